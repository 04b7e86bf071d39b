import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
/** The repository root (this file lives in __tests__/hostile/). */
const REPO = path.resolve(__dirname, '..', '..');

/**
 * The CLI as CI runs it: one bundled file in its own Node process, so a stack overflow, an
 * out-of-memory abort or a hang shows up as what it is (a signal, an exit code, a timeout)
 * instead of taking the test runner down. The bundle lives under node_modules/.cache so that
 * the built-in rules are found by walking up to the repository, as from src/.
 */
let bundled: string | undefined;
export function cliBundle(): string {
  if (bundled) return bundled;
  const dir = fs.mkdtempSync(path.join(REPO, 'node_modules', '.cache', 'kubegate-hostile-'));
  const outfile = path.join(dir, 'cli.cjs');
  esbuild.buildSync({ entryPoints: [path.join(REPO, 'src/cli.ts')], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error' });
  // reports the process's peak resident set size when it exits, whatever the exit path
  fs.writeFileSync(path.join(dir, 'rss.cjs'), `process.on('exit', () => { if (process.env.KUBEGATE_RSS_FILE) require('fs').writeFileSync(process.env.KUBEGATE_RSS_FILE, String(process.resourceUsage().maxRSS)); });\n`);
  bundled = outfile;
  return outfile;
}

/** Removes the bundle (call from afterAll of the test file that used it). */
export function removeCliBundle(): void {
  if (bundled) fs.rmSync(path.dirname(bundled), { recursive: true, force: true });
  bundled = undefined;
}

export interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Peak resident set size in MiB. */
  peakRssMiB: number;
  ms: number;
  timedOut: boolean;
}

export function runCliChild(args: string[], opts: { cwd: string; timeoutMs: number; maxOldSpaceMiB?: number }): ChildRun {
  const cli = cliBundle();
  const rssFile = path.join(path.dirname(cli), `rss-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  const nodeArgs = ['--require', path.join(path.dirname(cli), 'rss.cjs')];
  if (opts.maxOldSpaceMiB) nodeArgs.push(`--max-old-space-size=${opts.maxOldSpaceMiB}`);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [...nodeArgs, cli, ...args], {
    cwd: opts.cwd,
    timeout: opts.timeoutMs,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, KUBEGATE_RSS_FILE: rssFile },
  });
  const ms = Date.now() - t0;
  let peakRssMiB = NaN;
  if (fs.existsSync(rssFile)) {
    peakRssMiB = Number(fs.readFileSync(rssFile, 'utf8')) / 1024;
    fs.rmSync(rssFile);
  }
  const timedOut = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  return { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', peakRssMiB, ms, timedOut };
}
