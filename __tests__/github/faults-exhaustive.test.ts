/**
 * Faults at the GitHub edge held until the action gives up: every call failing (500/502/503),
 * the upload never recovering, annotations GitHub refuses (422), rate limits outlasting the
 * retries, connections reset and requests hanging on every attempt. Each runs the bundled action
 * against the fake API and asserts what a user relies on whatever GitHub does: the exit code the
 * gate decides, a complete job summary, SARIF file and outputs, every finding either in a
 * check-run annotation GitHub accepted or in the step's own annotations and summary, one warning
 * per failed call naming it, and the token nowhere in what the step wrote.
 */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { OpenApi } from './fake-api/openapi';
import { FakeGitHub, FAULTS, type Fault } from './fake-api/server';
import { listedFindings } from '../helpers/summary-parse';
import { bundle, cleanup, HEAD_SHA, REPO, runAction, TOKEN, workspace, type RunOptions, type RunResult } from './harness';

/* eslint-disable @typescript-eslint/no-explicit-any */

/** Every operation the action may call; a fault "on every call" is set on all of them. */
const EVERY_OPERATION = [
  'checks/create',
  'checks/update',
  'users/get-authenticated',
  'issues/list-comments',
  'issues/create-comment',
  'issues/update-comment',
  'pulls/list-files',
  'pulls/list-review-comments',
  'pulls/create-review',
  'code-scanning/upload-sarif',
  'code-scanning/get-sarif',
];
const ROUTE = '/repos/octo-org/platform';
/** 1 attempt + 3 retries (docs/github.md, "When the API fails"). */
const ATTEMPTS = 4;
/** The request timeout for the hang case: short, so four attempts per call stay well under a second each. */
const HANG_TIMEOUT_MS = 250;

/** GitHub's answer when it refuses a check run's annotations: the whole request is rejected. */
const REFUSED = { message: 'Validation Failed', errors: [{ resource: 'CheckRun', code: 'invalid', field: 'annotations' }], documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run', status: '422' };
const INVALID_ANNOTATIONS: Fault = { status: 422, body: REFUSED };
const SECONDARY_429: Fault = { ...FAULTS.secondaryRateLimit, status: 429 };
/** The primary limit spent; an hour is too long to wait (no retry at all), a second is waited out. */
const primaryRateLimit = (status: 403 | 429, resetInS = 3600): Fault => ({
  status,
  body: { message: 'API rate limit exceeded for installation ID 4242.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api', status: String(status) },
  headers: { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '5000', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetInS) },
});

let api: OpenApi;
let entry: string;
let insecure: string;
let secure: string;
let validateSarif: (x: unknown) => boolean;
let outputNames: string[];

beforeAll(() => {
  entry = bundle();
  api = new OpenApi();
  // about 140 lines with findings (one annotation each): three annotation batches
  insecure = workspace(['deploy', 'staging', 'prod', 'dev', 'qa'].map((d): [string, string] => ['examples/insecure', d]));
  secure = workspace([['examples/secure', 'deploy']]);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  validateSarif = ajv.compile(JSON.parse(fs.readFileSync(path.join(REPO, 'node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json'), 'utf8')));
  outputNames = Object.keys(parseYaml(fs.readFileSync(path.join(REPO, 'action.yml'), 'utf8')).outputs);
}, 60_000);

afterAll(() => cleanup());

interface Scenario {
  gh: FakeGitHub;
  r: RunResult;
  sarif: any;
  ms: number;
}

async function scenario(setup: (gh: FakeGitHub) => void, run: Partial<RunOptions> = {}): Promise<Scenario> {
  const gh = await new FakeGitHub(api).start();
  setup(gh);
  const started = Date.now();
  try {
    const r = await runAction({ entry, apiUrl: gh.url, workspace: insecure, event: 'pull_request', ...run });
    const ms = Date.now() - started;
    const sarif = r.sarifFile && fs.existsSync(r.sarifFile) ? JSON.parse(fs.readFileSync(r.sarifFile, 'utf8')) : undefined;
    return { gh, r, sarif, ms };
  } finally {
    await gh.stop();
  }
}

function failEverything(gh: FakeGitHub, fault: Fault): void {
  for (const op of EVERY_OPERATION) gh.failAlways(op, fault);
}

const outcomeOf = (f: Fault) => ('status' in f ? f.status : 'reset' in f ? 'reset' : 'hang');

type Level = 'failure' | 'warning' | 'notice';
const LEVEL: Record<string, Level> = { critical: 'failure', high: 'failure', medium: 'warning', low: 'notice' };
const COMMAND: Record<Level, string> = { failure: 'error', warning: 'warning', notice: 'notice' };

interface Result {
  key: string;
  level: Level;
}

/** The active findings, in the SARIF file's order (most severe first), keyed by file, line and rule. */
function findingsOf(s: Scenario): Result[] {
  return s.sarif.runs[0].results
    .filter((x: any) => !x.suppressions?.length)
    .map((x: any) => {
      const loc = x.locations[0].physicalLocation;
      return { key: `${decodeURIComponent(loc.artifactLocation.uri)}:${loc.region.startLine}:${x.ruleId}`, level: LEVEL[x.properties.severity] };
    });
}

const RANK: Record<Level, number> = { failure: 0, warning: 1, notice: 2 };

/**
 * The lines with active findings (`file:line`), each at its most severe level, in the order of
 * their first finding in the SARIF file: one annotation per line, the most severe lines first.
 */
function linesOf(findings: Result[]): Result[] {
  const lines = new Map<string, Level>();
  for (const f of findings) {
    const k = f.key.replace(/:[^:]+$/, '');
    const had = lines.get(k);
    if (!had || RANK[f.level] < RANK[had]) lines.set(k, f.level);
  }
  const out = [...lines].map(([key, level]) => ({ key, level }));
  return out.sort((a, b) => RANK[a.level] - RANK[b.level]);
}

/** Annotations GitHub accepted (the fake keeps only those of requests it answered with success), by line. */
function accepted(s: Scenario): string[] {
  return s.gh.checkRuns.flatMap((c) => c.annotations).map((a) => `${a.path}:${a.start_line}`);
}

/** The step's own annotations on findings (`::error file=…,line=…,title=…::`), by line. */
function commandAnnotations(s: Scenario): Array<{ key: string; level: string }> {
  return s.r.commands.filter((c) => c.props.file).map((c) => ({ key: `${c.props.file}:${c.props.line}`, level: c.command }));
}

/** The findings listed in the job summary, each with its link to the line at the PR head. */
function summaryFindings(summary: string): string[] {
  const base = `https://github.com/octo-org/platform/blob/${HEAD_SHA}/`;
  const { items, left } = listedFindings(summary);
  expect(left).toBe(0);
  for (const it of items) expect(it.href).toBe(`${base}${it.file}#L${it.line}`);
  return items.map((it) => `${it.file}:${it.line}:${it.ruleId}`);
}

const sorted = (xs: string[]) => [...xs].sort();
const stripMasks = (log: string) => log.replace(/^::add-mask::.*$/gm, '');

interface Expect {
  /** The gate's verdict for the workspace, which alone decides the exit code. */
  gate: 'failed' | 'passed';
  /** One warning per call that failed for good, naming it (method and path) and its status. */
  warnings: RegExp[];
}

/** What must hold whatever GitHub answered. */
function expectSound(s: Scenario, want: Expect): void {
  const { gh, r } = s;
  // the requests the action made are still valid ones, and the fake's own answers too
  expect(gh.requests.filter((q) => q.errors.length).map((q) => `${q.method} ${q.path}: ${q.errors.join('; ')}`)).toEqual([]);
  expect(gh.responseErrors).toEqual([]);

  // the documented exit code: the gate's, never an internal error
  expect(r.outputs.result).toBe(want.gate);
  expect(r.code).toBe(want.gate === 'failed' ? 1 : 0);
  expect(r.stdout + r.stderr).not.toMatch(/internal error/);
  if (want.gate === 'failed') expect(r.commands.filter((c) => c.command === 'error' && !c.props.file).map((c) => c.message)).toEqual([expect.stringMatching(/^kubegate gate failed: /)]);

  // every output, the SARIF file valid and complete, the summary listing every finding
  for (const name of outputNames) expect(r.outputs).toHaveProperty(name);
  const findings = findingsOf(s);
  expect(findings).toHaveLength(Number(r.outputs.findings));
  expect(Number(r.outputs.critical) + Number(r.outputs.high) + Number(r.outputs.medium) + Number(r.outputs.low)).toBe(findings.length);
  if (!validateSarif(s.sarif)) throw new Error('the SARIF file is not valid SARIF 2.1.0');
  expect(r.summary).toContain(`## kubegate: ${want.gate === 'failed' ? '❌ gate failed' : '✅ gate passed'}`);
  expect(sorted(summaryFindings(r.summary))).toEqual(sorted(findings.map((f) => f.key)));

  // one warning per failed call, naming it; nothing about permissions (none is missing)
  const warnings = r.commands.filter((c) => c.command === 'warning' && !c.props.file).map((c) => c.message);
  expect(warnings).toHaveLength(want.warnings.length);
  for (const w of want.warnings) expect(warnings.filter((m) => w.test(m))).toHaveLength(1);
  expect(r.commands.filter((c) => c.command === 'notice' && !c.props.file)).toEqual([]);

  // the token: masked before anything else is written, then never written again
  expect(r.commands[0]).toEqual({ command: 'add-mask', props: {}, message: TOKEN });
  expect(stripMasks(r.stdout + r.stderr)).not.toContain(TOKEN);
  expect(r.summary).not.toContain(TOKEN);
  expect(fs.readFileSync(r.sarifFile, 'utf8')).not.toContain(TOKEN);
  expect(JSON.stringify(r.outputs)).not.toContain(TOKEN);

  expectNoFindingLost(s, findings);
}

/**
 * Each finding is in a check-run annotation GitHub accepted, or else in the summary (checked above)
 * and, while GitHub's 10 per level per step allow, in a workflow-command annotation: the most
 * severe first, none dropped while its level had room, and the step says how many it left out.
 */
function expectNoFindingLost(s: Scenario, results: Result[]): void {
  const findings = linesOf(results);
  const all = new Set(findings.map((f) => f.key));
  const inCheck = accepted(s);
  const commands = commandAnnotations(s);
  for (const k of [...inCheck, ...commands.map((c) => c.key)]) expect(all.has(k)).toBe(true);
  // nothing shown twice: a finding GitHub accepted is not annotated again
  expect(new Set(inCheck).size).toBe(inCheck.length);
  expect(commands.filter((c) => inCheck.includes(c.key))).toEqual([]);

  const left = findings.filter((f) => !inCheck.includes(f.key));
  const shown = new Set(commands.map((c) => c.key));
  for (const level of ['failure', 'warning', 'notice'] as const) {
    const mine = left.filter((f) => f.level === level);
    const annotated = mine.filter((f) => shown.has(f.key));
    for (const c of commands.filter((c) => left.some((f) => f.key === c.key && f.level === level))) expect(c.level).toBe(COMMAND[level]);
    // the most severe first (the SARIF order): the annotated ones are a prefix of the level's
    expect(annotated.map((f) => f.key)).toEqual(mine.slice(0, annotated.length).map((f) => f.key));
    // and only GitHub's display limit stops them
    if (annotated.length < mine.length) expect(s.r.commands.filter((c) => c.command === COMMAND[level])).toHaveLength(10);
  }
  const unannotated = left.length - left.filter((f) => shown.has(f.key)).length;
  if (unannotated > 0) expect(s.r.stdout).toContain(`${unannotated} more ${unannotated === 1 ? 'line' : 'lines'} with findings are not annotated`);
  else expect(s.r.stdout).not.toMatch(/more lines? with findings are not annotated/);
}

/** A warning naming the call: its description, method and path, then the status GitHub gave. */
function failed(call: string, method: string, route: string | RegExp, status: number | RegExp): RegExp {
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const path = esc(ROUTE) + (typeof route === 'string' ? esc(route) : route.source);
  const st = typeof status === 'number' ? ` \\(HTTP ${status}\\): ` : status.source;
  return new RegExp(`^${esc(call)} \\(${method} ${path}\\) failed${st}`);
}

/** The four channels a pull request run uses with comment and suggestions on, each failing once and for all. */
const everyChannel = (status: number | RegExp) => [
  failed('create check run', 'POST', '/check-runs', status),
  failed('list pull request comments', 'GET', '/issues/42/comments', status),
  failed('list the pull request files', 'GET', '/pulls/42/files', status),
  failed('upload SARIF to code scanning', 'POST', '/code-scanning/sarifs', status),
];
const allChannels = { comment: 'always', suggestions: 'true' };

describe('every call failing, on every attempt', () => {
  const cases: Array<[string, Fault, 'insecure' | 'secure', number | RegExp, Partial<RunOptions>]> = [
    ['500', FAULTS.serverError, 'insecure', 500, {}],
    ['502', FAULTS.badGateway, 'insecure', 502, {}],
    ['503 with retry-after', FAULTS.unavailable, 'insecure', 503, {}],
    ['503 on a passing workspace', FAULTS.unavailable, 'secure', 503, {}],
    // undici's words for a socket closed before any answer, by Node version
    ['connection reset', FAULTS.reset, 'insecure', /: (other side closed|socket hang up|read ECONNRESET)\b/, {}],
    [`hang past the ${HANG_TIMEOUT_MS} ms timeout`, FAULTS.hang, 'insecure', /: no response within \d+ ms/, { env: { KUBEGATE_API_TIMEOUT_MS: String(HANG_TIMEOUT_MS) } }],
  ];
  test.concurrent.each(cases)('%s: retried, then one warning per call; the gate alone sets the exit code', async (_name, fault, ws, status, run) => {
    const s = await scenario((gh) => failEverything(gh, fault), { ...run, workspace: ws === 'insecure' ? insecure : secure, inputs: { ...allChannels, ...(ws === 'secure' ? { frameworks: '' } : {}) } });
    expectSound(s, { gate: ws === 'insecure' ? 'failed' : 'passed', warnings: everyChannel(status) });
    // each call was tried and retried, and got nothing but the fault
    expect(s.gh.requests.map((q) => q.outcome).filter((o) => o !== outcomeOf(fault))).toEqual([]);
    for (const op of ['checks/create', 'issues/list-comments', 'pulls/list-files', 'code-scanning/upload-sarif']) expect(s.gh.byOperation(op)).toHaveLength(ATTEMPTS);
    expect(s.r.outputs['check-run-url']).toBe('');
    // a hang costs at most the timeout per attempt: 4 calls x 4 attempts x 250 ms, plus back-off and the scan
    if ('hang' in fault) expect(s.ms).toBeLessThan(20_000);
  }, 40_000);
});

describe('the SARIF upload answering 503 for good', () => {
  test('retried, then one warning pointing at the SARIF file; the check run carries every finding', async () => {
    const s = await scenario((gh) => gh.failAlways('code-scanning/upload-sarif', FAULTS.unavailable));
    expectSound(s, { gate: 'failed', warnings: [failed('upload SARIF to code scanning', 'POST', '/code-scanning/sarifs', 503)] });
    expect(s.gh.byOperation('code-scanning/upload-sarif')).toHaveLength(ATTEMPTS);
    expect(s.gh.byOperation('code-scanning/get-sarif')).toHaveLength(0);
    expect(s.r.commands.find((c) => c.command === 'warning')!.message).toContain(`The SARIF file is ${s.r.sarifFile}`);
    expect(accepted(s)).toHaveLength(linesOf(findingsOf(s)).length);
    expect(s.r.outputs['check-run-url']).toMatch(/\/runs\/\d+$/);
  }, 40_000);
});

describe('annotations GitHub refuses (422)', () => {
  test('on create: the check run is created again without them, the later batches still appended', async () => {
    const s = await scenario((gh) => gh.fail('checks/create', INVALID_ANNOTATIONS));
    expectSound(s, { gate: 'failed', warnings: [failed('create check run', 'POST', '/check-runs', 422)] });
    // refused, not retried as it was
    const creates = s.gh.byOperation('checks/create');
    expect(creates.map((q) => q.outcome)).toEqual([422, 201]);
    expect(creates[1].body.output.annotations).toBeUndefined();
    expect(s.gh.checkRuns).toHaveLength(1);
    expect(s.gh.checkRuns[0].create.conclusion).toBe('failure');
    expect(s.r.outputs['check-run-url']).toMatch(/\/runs\/\d+$/);
    expect(accepted(s)).toHaveLength(linesOf(findingsOf(s)).length - 50);
  }, 40_000);

  test('on one update: that batch is left out, the next one is still appended', async () => {
    const s = await scenario((gh) => gh.fail('checks/update', INVALID_ANNOTATIONS));
    expectSound(s, { gate: 'failed', warnings: [failed('add annotations 51-100 to the check run', 'PATCH', /\/check-runs\/\d+/, 422)] });
    const updates = s.gh.byOperation('checks/update');
    expect(updates.map((q) => q.outcome)).toEqual([422, 200]);
    // the check run holds the first and third batches, in order
    const sent = (q: { body?: any }) => q.body.output.annotations.map((a: any) => `${a.path}:${a.start_line}`);
    expect(accepted(s)).toEqual([...sent(s.gh.byOperation('checks/create')[0]), ...sent(updates[1])]);
    expect(accepted(s)).toHaveLength(linesOf(findingsOf(s)).length - 50);
  }, 40_000);

  test('on every request carrying annotations: a check run without any, every finding in the step', async () => {
    const s = await scenario((gh) => {
      for (const op of ['checks/create', 'checks/update']) {
        gh.handlers.set(op, (_m, _rec, body) => (body?.output?.annotations?.length ? [422, REFUSED] : undefined));
      }
    });
    expectSound(s, { gate: 'failed', warnings: [failed('create check run', 'POST', '/check-runs', 422)] });
    // one warning for the three refused requests
    expect(s.r.commands.find((c) => c.command === 'warning')!.message).toContain(`Validation Failed (and 2 more requests). ${linesOf(findingsOf(s)).length} annotations are missing from the check run`);
    expect(s.gh.byOperation('checks/update').map((q) => q.outcome)).toEqual([422, 422]);
    expect(s.gh.checkRuns).toHaveLength(1);
    expect(accepted(s)).toEqual([]);
    expect(s.r.outputs['check-run-url']).toMatch(/\/runs\/\d+$/);
  }, 40_000);
});

describe('rate limits outlasting the retries, on every call', () => {
  const cases: Array<[string, Fault, number, number]> = [
    // plugin-retry: 1 + 3 attempts, each waiting out retry-after first
    ['429 with retry-after', FAULTS.tooMany, 429, ATTEMPTS],
    // secondary limits are waited out twice (docs/github.md), whichever status carries them
    ['secondary rate limit (403, retry-after)', FAULTS.secondaryRateLimit, 403, 3],
    ['secondary rate limit (429, retry-after)', SECONDARY_429, 429, 3],
    // the primary limit resets in an hour: not worth waiting for, nor retrying
    ['primary rate limit spent for an hour (403, x-ratelimit-remaining: 0)', primaryRateLimit(403), 403, 1],
    ['primary rate limit spent for an hour (429, x-ratelimit-remaining: 0)', primaryRateLimit(429), 429, 1],
  ];
  test.concurrent.each(cases)('%s: one warning per call, every finding in the step', async (_name, fault, status, attempts) => {
    const s = await scenario((gh) => failEverything(gh, fault), { inputs: allChannels });
    expectSound(s, { gate: 'failed', warnings: everyChannel(status) });
    for (const op of ['checks/create', 'issues/list-comments', 'pulls/list-files', 'code-scanning/upload-sarif']) expect(s.gh.byOperation(op)).toHaveLength(attempts);
  }, 40_000);
});

describe('rate limits that lift within the retries', () => {
  const cases: Array<[string, Fault]> = [
    ['secondary rate limit (429, retry-after)', SECONDARY_429],
    ['primary rate limit resetting in a second (429)', primaryRateLimit(429, 1)],
  ];
  // the retries taken from plugin-retry for rate limits must leave plugin-throttling's wait intact
  test.concurrent.each(cases)('%s once on create: waited out, then everything published', async (_name, fault) => {
    const s = await scenario((gh) => gh.fail('checks/create', fault));
    expectSound(s, { gate: 'failed', warnings: [] });
    expect(s.gh.byOperation('checks/create').map((q) => q.outcome)).toEqual([429, 201]);
    expect(accepted(s)).toHaveLength(linesOf(findingsOf(s)).length);
    expect(s.gh.sarifs).toHaveLength(1);
  }, 40_000);
});
