/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }] },
  // @actions/* and @octokit/* ship ESM only; let swc turn them into CommonJS for jest.
  transformIgnorePatterns: ['/node_modules/(?!(@actions|@octokit|@marcbachmann|before-after-hook|universal-user-agent|fast-content-type-parse|json-with-bigint)/)'],
  // helm, kubectl and the Node 24 runtime come from devDependencies; this unpacks and wires them
  globalSetup: '<rootDir>/__tests__/helpers/global-setup.ts',
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/scripts/jest-plain-summary.js'],
};
