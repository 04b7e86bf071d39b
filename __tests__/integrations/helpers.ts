/**
 * Shared by the integration tests: temporary directories, the CLI built from the current sources
 * as a `kubegate` command on PATH, XSD validation (libxml2 in WebAssembly) and XPath queries.
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import * as esbuild from 'esbuild';
import { select } from 'xpath';
import { validateXML } from 'xmllint-wasm';
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
export function bundleInto(dist: string): void {
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
  for (const f of ['package.json', 'bin', 'rules', 'frameworks', 'README.md', 'LICENSE', 'action.yml', 'scripts/unlink-node-bin.js']) {
    // scripts/unlink-node-bin.js: `npm pack` runs the prepare script, as in the repository
    fs.mkdirSync(path.dirname(path.join(pkg, f)), { recursive: true });
    fs.cpSync(path.join(REPO, f), path.join(pkg, f), { recursive: true });
  }
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
 * Schema validation with libxml2 itself, compiled to WebAssembly (npm xmllint-wasm): the same
 * validator as libxml2's command-line schema check, with nothing to install.
 * Returns libxml2's complaints, empty when the file is valid.
 */
export async function validateXsd(file: string, xsd: string): Promise<string[]> {
  const r = await validateXML({
    xml: { fileName: path.basename(file), contents: fs.readFileSync(file, 'utf8') },
    schema: { fileName: path.basename(xsd), contents: fs.readFileSync(xsd, 'utf8') },
    // reports of the whole corpus run to megabytes; the default 16 MiB heap is too small for them
    maxMemoryPages: 16384,
  });
  return r.valid ? [] : r.errors.map((e) => e.rawMessage);
}

const parsedXml = new Map<string, { stamp: string; doc: Document }>();

/** An XPath 1.0 expression's string value (`count(...)`, `string(@a)`) over an XML file. */
export function xpath(file: string, expr: string): string {
  const st = fs.statSync(file);
  const stamp = `${st.mtimeMs}:${st.size}`;
  let entry = parsedXml.get(file);
  if (entry?.stamp !== stamp) {
    const doc = new DOMParser().parseFromString(fs.readFileSync(file, 'utf8'), 'text/xml') as unknown as Document;
    entry = { stamp, doc };
    parsedXml.set(file, entry);
  }
  const value = select(expr, entry.doc);
  if (Array.isArray(value)) return value.map((n) => n.textContent ?? '').join('\n');
  return String(value);
}
