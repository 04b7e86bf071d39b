/**
 * Runs the bundled action as the runner does: `node dist/index.js` with INPUT_* variables, an
 * event payload file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and GITHUB_API_URL pointing at
 * the fake API. The bundle is built from the current sources by the project's own bundle script
 * (into a temporary directory, so dist/ in the working tree is left alone).
 */
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { actionNode, describeRuntime } from '../helpers/node-runtime';

/* eslint-disable @typescript-eslint/no-explicit-any */

export const REPO = path.resolve(__dirname, '..', '..');
export const FIXTURES = path.join(REPO, '__tests__', 'fixtures', 'github');
export const MERGE_SHA = '5f2c9a1e0b7d4c3a8e6f1b2d9c0a7e4f3b8d6c1a';
export const HEAD_SHA = '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c';
export const PUSH_SHA = '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b';
/** GITHUB_RUN_ID: the run's page shows the job summary. */
export const RUN_ID = '7201';
/** Shaped like an installation token, so it would be caught if it ever reached a log. */
export const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';

const created: string[] = [];
let announced = false;
function tempDir(prefix: string): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(d);
  return d;
}

/** Removes every directory the harness made. */
export function cleanup(): void {
  for (const d of created.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

export function bundle(): string {
  const out = tempDir('kubegate-dist-');
  execFileSync(process.execPath, [path.join(REPO, 'scripts', 'run-ts.js'), path.join(REPO, 'scripts', 'bundle.ts')], {
    cwd: REPO,
    env: { ...process.env, KUBEGATE_DIST_DIR: out },
    stdio: 'pipe',
  });
  return path.join(out, 'index.js');
}

/** A repository checkout with the given example directories copied in (each under its own name). */
export function workspace(copies: Array<[from: string, to: string]>): string {
  const dir = tempDir('kubegate-ws-');
  for (const [from, to] of copies) fs.cpSync(path.join(REPO, from), path.join(dir, to), { recursive: true });
  return dir;
}

export type Event = 'pull_request' | 'pull_request_fork' | 'push';

export interface RunOptions {
  entry: string;
  apiUrl: string;
  workspace: string;
  event: Event;
  inputs?: Record<string, string>;
  token?: string;
  env?: Record<string, string>;
  /** Edits the event payload before the run (e.g. a head SHA matching a real checkout). */
  payload?: (p: any) => void;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  sarifFile: string;
  /** Workflow commands on stdout: `::error file=…::message`. */
  commands: Array<{ command: string; props: Record<string, string>; message: string }>;
}

export async function runAction(opts: RunOptions): Promise<RunResult> {
  const tmp = tempDir('kubegate-run-');
  const outputFile = path.join(tmp, 'output');
  const summaryFile = path.join(tmp, 'summary.md');
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(summaryFile, '');
  const eventFile = path.join(tmp, 'event.json');
  const isPr = opts.event !== 'push';
  const payload = JSON.parse(fs.readFileSync(path.join(FIXTURES, isPr ? 'pull_request.json' : 'push.json'), 'utf8'));
  if (opts.event === 'pull_request_fork') {
    payload.pull_request.head.repo = { ...payload.pull_request.head.repo, full_name: 'outside-contributor/platform', fork: true, owner: { login: 'outside-contributor', id: 77, type: 'User' } };
    payload.pull_request.head.label = 'outside-contributor:payments-manifests';
  }
  opts.payload?.(payload);
  fs.writeFileSync(eventFile, JSON.stringify(payload));
  // `all` so that the insecure workspace yields well over 100 findings (three annotation batches)
  const inputs = { token: opts.token ?? TOKEN, frameworks: 'all', ...(opts.inputs ?? {}) };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: os.homedir(),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'octo-org/platform',
    GITHUB_EVENT_NAME: isPr ? 'pull_request' : 'push',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_SHA: isPr ? MERGE_SHA : PUSH_SHA,
    GITHUB_REF: isPr ? 'refs/pull/42/merge' : 'refs/heads/main',
    GITHUB_API_URL: opts.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ACTOR: opts.event === 'pull_request_fork' ? 'outside-contributor' : 'octocat',
    GITHUB_RUN_ID: RUN_ID,
    RUNNER_TEMP: tmp,
    KUBEGATE_TIME_SCALE: '0.01',
    // long enough that a busy CI machine never times out a healthy request
    KUBEGATE_API_TIMEOUT_MS: '5000',
    ...opts.env,
  };
  // the runner turns `with:` keys into INPUT_<NAME>, upper-cased, spaces to underscores, hyphens kept
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  // the runtime action.yml names (node24), as the runner starts it
  const node = actionNode();
  if (!announced) {
    announced = true;
    console.log(`bundled action runs on ${describeRuntime(node)}`);
  }
  const child = spawn(node.bin, [opts.entry], { cwd: opts.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const outputs = parseOutputs(fs.readFileSync(outputFile, 'utf8'));
  return {
    code,
    stdout,
    stderr,
    outputs,
    summary: fs.readFileSync(summaryFile, 'utf8'),
    sarifFile: outputs['sarif-file'] ?? '',
    commands: parseCommands(stdout),
  };
}

/** GITHUB_OUTPUT holds `name<<delimiter\nvalue\ndelimiter` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    out[m[1]] = value.join('\n');
  }
  return out;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProp = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

export function parseCommands(stdout: string): RunResult['commands'] {
  const out: RunResult['commands'] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = kv.indexOf('=');
      props[kv.slice(0, eq)] = unescapeProp(kv.slice(eq + 1));
    }
    out.push({ command: m[1], props, message: unescapeData(m[3]) });
  }
  return out;
}
