import * as fs from 'node:fs';
import * as path from 'node:path';
import { cleanup, readmeSnippet, REPO, run, tempDir } from './helpers';

afterAll(cleanup);

/**
 * The package as npm publishes it: `npm pack` of this repository (dist/ as committed, which CI
 * checks is a fresh bundle), installed into an empty folder with the network off and an empty
 * cache, so that any dependency it still declared would fail the install.
 */
describe('npm package', () => {
  let app: string;
  let tarball: string;
  const env = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };

  beforeAll(() => {
    const out = tempDir('pack');
    const packed = run('npm', ['pack', '--json', '--pack-destination', out], { cwd: REPO, env });
    expect(packed.status).toBe(0);
    tarball = path.join(out, JSON.parse(packed.stdout)[0].filename);
    app = tempDir('app');
    const cache = tempDir('npm-cache');
    const installed = run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--cache', cache, tarball], { cwd: app, env });
    expect({ status: installed.status, stderr: installed.status === 0 ? '' : installed.stderr }).toEqual({ status: 0, stderr: '' });
    fs.cpSync(path.join(REPO, 'examples'), path.join(app, 'examples'), { recursive: true });
  });

  it('ships the bin, the bundle, rules and frameworks, and no sources or tests', () => {
    const listed = run('tar', ['-tzf', tarball], { cwd: REPO }).stdout.split('\n');
    for (const f of ['package/bin/kubegate.js', 'package/dist/cli.js', 'package/dist/index.js', 'package/action.yml', 'package/README.md', 'package/LICENSE']) expect(listed).toContain(f);
    expect(listed.some((f) => f.startsWith('package/rules/') && f.endsWith('/rule.yaml'))).toBe(true);
    expect(listed.some((f) => f.startsWith('package/frameworks/'))).toBe(true);
    expect(listed.filter((f) => /^package\/(src|__tests__|scripts|node_modules)\//.test(f))).toEqual([]);
  });

  it('declares no runtime dependencies: everything it runs is bundled', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(app, 'node_modules', 'kubegate', 'package.json'), 'utf8'));
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(fs.readdirSync(path.join(app, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual(['kubegate']);
  });

  it("runs the README's command: the examples include insecure manifests, so the gate fails", () => {
    const [cmd, ...args] = readmeSnippet('npm').body.trim().split(/\s+/);
    expect([cmd, ...args]).toEqual(['npx', 'kubegate', 'scan', 'examples/']);
    const r = run(cmd, ['--offline', ...args], { cwd: app, env });
    expect({ status: r.status, internal: /internal error/.test(r.stderr) }).toEqual({ status: 1, internal: false });
    expect(r.stdout).toMatch(/^insecure\/debug-pod\.yaml$/m);
    expect(r.stdout).toMatch(/Gate FAILED: /);
  });

  it.each([
    // an overlay (rendered with kustomize from PATH, as on CI) whose only workload is the hardened Argo CD hook
    ['npx kubegate scan examples/argocd', ['scan', 'examples/argocd'], 0, /Gate passed\./],
    ['npx kubegate version', ['version'], 0, /^\d+\.\d+\.\d+/],
  ])('%s exits %d', (_name, args, code, pattern) => {
    const r = run('npx', ['--offline', 'kubegate', ...(args as string[])], { cwd: app, env });
    expect({ status: r.status, internal: /internal error/.test(r.stderr) }).toEqual({ status: code, internal: false });
    expect(r.stdout).toMatch(pattern as RegExp);
  });

  it('reports the version of the package', () => {
    const r = run('npx', ['--offline', 'kubegate', 'version'], { cwd: app, env });
    expect(r.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version);
  });
});
