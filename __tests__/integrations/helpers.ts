/**
 * Shared by the integration tests: temporary directories, the CLI built from the current sources
 * as a `kubegate` command on PATH, and xmllint for schema validation.
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { runCli } from '../../src/cli';

export const REPO = path.resolve(__dirname, '..', '..');

const created: string[] = [];

export function tempDir(prefix: string): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), `kubegate-${prefix}-`));
  created.push(d);
  return d;
}

export function cleanup(): void {
  for (const d of created.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

/** A directory holding copies of repository paths: `[['examples/secure', 'k8s']]`. */
export function workspace(copies: Array<[from: string, to: string]>): string {
  const dir = tempDir('ws');
  for (const [from, to] of copies) fs.cpSync(path.join(REPO, from), path.join(dir, to), { recursive: true });
  return dir;
}

export async function cli(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd, isTty: false });
  return { code, out, err };
}

/**
 * Bundles the action and the CLI from the current sources with the project's bundle script into
 * `dist`. The script is compiled to its own file (not run-ts's shared cache), so parallel test
 * files do not race on it.
 */
function bundleInto(dist: string): void {
  const script = path.join(tempDir('bundler'), 'bundle-script.cjs');
  const nodePath = path.join(REPO, 'node_modules');
  esbuild.buildSync({ entryPoints: [path.join(REPO, 'scripts', 'bundle.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: script, packages: 'external', logLevel: 'warning' });
  execFileSync(process.execPath, [script], { cwd: REPO, env: { ...process.env, KUBEGATE_DIST_DIR: dist, NODE_PATH: nodePath }, stdio: 'pipe' });
}

/** A directory holding a `kubegate` command that runs the CLI built from the current sources, for PATH. */
export function kubegateOnPath(): string {
  const dir = tempDir('bin');
  bundleInto(path.join(dir, 'dist'));
  const bin = path.join(dir, 'path');
  fs.mkdirSync(bin);
  fs.writeFileSync(path.join(bin, 'kubegate'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(dir, 'dist', 'cli.js')}" "$@"\n`, { mode: 0o755 });
  return bin;
}

/** npm without the network, notices or audits: what an offline install sees. */
export const OFFLINE_NPM_ENV = { ...process.env, npm_config_offline: 'true', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };

/**
 * Installs the package as `npm pack` would make it, but with dist/ bundled from the current
 * sources (the committed dist/ may lag them until it is rebuilt), into `dir` with an empty cache
 * and no network: `npx kubegate@<version>` there resolves to it.
 */
export function installFreshPackage(dir: string): void {
  const pkg = tempDir('pkg');
  for (const f of ['package.json', 'bin', 'rules', 'frameworks', 'README.md', 'LICENSE', 'action.yml']) fs.cpSync(path.join(REPO, f), path.join(pkg, f), { recursive: true });
  bundleInto(path.join(pkg, 'dist'));
  const out = tempDir('tgz');
  const packed = run('npm', ['pack', '--json', '--pack-destination', out], { cwd: pkg, env: OFFLINE_NPM_ENV });
  if (packed.status !== 0) throw new Error(`npm pack: ${packed.stderr}`);
  const tgz = path.join(out, JSON.parse(packed.stdout)[0].filename);
  const installed = run('npm', ['install', '--no-save', '--cache', tempDir('npm-cache'), tgz], { cwd: dir, env: OFFLINE_NPM_ENV });
  if (installed.status !== 0) throw new Error(`npm install: ${installed.stderr}`);
}

/** The code block after `<!-- snippet: NAME -->` in README.md. */
export function readmeSnippet(name: string): { lang: string; body: string } {
  const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
  const m = new RegExp(`<!-- snippet: ${name} -->\\n\`\`\`(\\w*)\\n([\\s\\S]*?)\`\`\`\\n`).exec(readme);
  if (!m) throw new Error(`README.md has no snippet "${name}"`);
  return { lang: m[1], body: m[2] };
}

export function run(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; input?: string }): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, input: opts.input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/**
 * xmllint (Debian/Ubuntu: libxml2-utils), which validates against an XSD. Node has no schema
 * validator of its own; a test that needs one fails with the install line rather than passing.
 */
export function xmllint(args: string[]): SpawnSyncReturns<string> {
  const r = spawnSync('xmllint', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error('xmllint is not installed; install it with: apt-get install -y libxml2-utils (.ci/run does)');
  }
  return r;
}

/** An XPath expression's string value (`count(...)`, `string(@a)`) over an XML file. */
export function xpath(file: string, expr: string): string {
  const r = xmllint(['--xpath', expr, file]);
  // xmllint ends its output with a newline; an empty node-set is an error to it but "" to us
  if (r.status === 10 || /XPath set is empty/.test(r.stderr)) return '';
  if (r.status !== 0) throw new Error(`xmllint --xpath ${expr}: ${r.stderr}`);
  return r.stdout.replace(/\n$/, '');
}
