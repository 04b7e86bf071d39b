// Builds what the .vsix ships (run by `vsce package` as vscode:prepublish): the client bundled
// into out/extension.js, and the kubegate CLI bundle (the language server) copied to server/.
// KUBEGATE_SERVER_JS names another CLI bundle than the repository's dist/cli.js.
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const here = __dirname;
const repo = path.resolve(here, '..', '..');
const server = process.env.KUBEGATE_SERVER_JS ? path.resolve(process.env.KUBEGATE_SERVER_JS) : path.join(repo, 'dist', 'cli.js');
if (!fs.existsSync(server)) {
  console.error(`${server} does not exist: run \`npm run bundle\` at the repository root first`);
  process.exit(1);
}
esbuild.buildSync({
  entryPoints: [path.join(here, 'src', 'extension.ts')],
  outfile: path.join(here, 'out', 'extension.js'),
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  external: ['vscode'],
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
});
fs.rmSync(path.join(here, 'server'), { recursive: true, force: true });
fs.mkdirSync(path.join(here, 'server'));
fs.copyFileSync(server, path.join(here, 'server', 'cli.js'));
fs.writeFileSync(path.join(here, 'server', 'package.json'), '{ "type": "commonjs" }\n');
fs.copyFileSync(path.join(repo, 'LICENSE'), path.join(here, 'LICENSE'));
