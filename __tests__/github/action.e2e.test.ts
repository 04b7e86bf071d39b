/**
 * The bundled action end to end against a fake api.github.com that checks every request against
 * GitHub's REST description. Each scenario is one step run as the runner does it.
 */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { largePr, makeWebPrivileged, removeWorkspaces, shallowSmallPr } from '../helpers/pr-workspaces';
import { firstScreen, listedFindings, rollupRows } from '../helpers/summary-parse';
import { OpenApi } from './fake-api/openapi';
import { FakeGitHub, FAULTS, type Fault } from './fake-api/server';
import { bundle, cleanup, HEAD_SHA, MERGE_SHA, PUSH_SHA, REPO, RUN_ID, runAction, TOKEN, workspace, type RunOptions, type RunResult } from './harness';

/* eslint-disable @typescript-eslint/no-explicit-any */

let api: OpenApi;
let entry: string;
let insecure: string;
let secure: string;
let validateSarif: (x: unknown) => boolean;
let sarifErrors: () => unknown;

beforeAll(() => {
  entry = bundle();
  api = new OpenApi();
  // about 140 lines with findings (one annotation each, three batches): the insecure examples in five places
  insecure = workspace(['deploy', 'staging', 'prod', 'dev', 'qa'].map((d): [string, string] => ['examples/insecure', d]));
  secure = workspace([['examples/secure', 'deploy']]);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const v = ajv.compile(JSON.parse(fs.readFileSync(path.join(REPO, 'node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json'), 'utf8')));
  validateSarif = v;
  sarifErrors = () => v.errors;
}, 60_000);

afterAll(() => {
  cleanup();
  removeWorkspaces();
});

interface Scenario {
  gh: FakeGitHub;
  r: RunResult;
  findings: number;
  sarif: any;
}

async function scenario(setup: (gh: FakeGitHub) => void, run: Partial<RunOptions> = {}): Promise<Scenario> {
  const gh = await new FakeGitHub(api).start();
  setup(gh);
  try {
    const r = await runAction({ entry, apiUrl: gh.url, workspace: insecure, event: 'pull_request', ...run });
    const sarif = r.sarifFile && fs.existsSync(r.sarifFile) ? JSON.parse(fs.readFileSync(r.sarifFile, 'utf8')) : undefined;
    return { gh, r, findings: Number(r.outputs.findings), sarif };
  } finally {
    await gh.stop();
  }
}

/** What must hold in every scenario, whatever was injected. */
function expectSound({ gh, r, sarif, findings }: Scenario): void {
  expect(gh.requests.filter((q) => q.errors.length).map((q) => `${q.method} ${q.path}: ${q.errors.join('; ')}`)).toEqual([]);
  expect(gh.responseErrors).toEqual([]);
  expect(gh.requests.every((q) => q.authorization === `token ${TOKEN}` || q.authorization?.startsWith('token '))).toBe(true);
  // the runner consumes `::add-mask::` itself (it masks the value in every later line); no other line may hold the token
  const logs = stripMasks(r.stdout + r.stderr);
  expect(logs).not.toContain(TOKEN);
  expect(logs).not.toMatch(/internal error/);
  // the step's own reports never depend on the API
  expect(r.summary).toContain('## kubegate:');
  expect(sarif.runs[0].results.length).toBeGreaterThanOrEqual(findings);
  expect(r.outputs.result).toMatch(/^(passed|failed)$/);
  expect(r.code).toBe(r.outputs.result === 'failed' ? 1 : 0);
}

function stripMasks(log: string): string {
  return log.replace(/^::add-mask::.*$/gm, '');
}

function annotationsOf(gh: FakeGitHub): any[] {
  return gh.checkRuns.flatMap((c) => c.annotations);
}

const RANK = { failure: 0, warning: 1, notice: 2 } as const;
const LEVEL_OF: Record<string, keyof typeof RANK> = { critical: 'failure', high: 'failure', medium: 'warning', low: 'notice' };

/** The active SARIF results by line (`path:line`), in the file's order (most severe first). */
function resultsByLine(sarif: any): Map<string, Array<{ ruleId: string; level: keyof typeof RANK }>> {
  const lines = new Map<string, Array<{ ruleId: string; level: keyof typeof RANK }>>();
  for (const x of sarif.runs[0].results.filter((r: any) => !r.suppressions?.length)) {
    const loc = x.locations[0].physicalLocation;
    const k = `${decodeURIComponent(loc.artifactLocation.uri)}:${loc.region.startLine}`;
    if (!lines.has(k)) lines.set(k, []);
    lines.get(k)!.push({ ruleId: x.ruleId, level: LEVEL_OF[x.properties.severity] });
  }
  return lines;
}

/** The rule ids an annotation names: its title for one rule, its message's `[severity] Title (id): ` lines for several. */
function rulesNamed(title: string, message: string): string[] {
  const several = [...message.matchAll(/^\[\w+\] .*?\(([a-z0-9-]+)\): /gm)].map((m) => m[1]);
  return several.length ? several : [/\(([a-z0-9-]+)\)$/.exec(title)![1]];
}

/** Check-run annotations and workflow-command annotations: one per line, together naming every finding shown. */
function expectEveryFindingAnnotated(s: Scenario): void {
  const check = annotationsOf(s.gh);
  const commands = s.r.commands.filter((c) => c.props.file);
  const lines = resultsByLine(s.sarif);
  const keys = [...check.map((a) => `${a.path}:${a.start_line}`), ...commands.map((c) => `${c.props.file}:${c.props.line}`)];
  // one annotation per line, never two for the same line across both channels
  expect(new Set(keys).size).toBe(keys.length);
  for (const k of keys) expect(lines.has(k)).toBe(true);
  for (const a of check) expect(rulesNamed(a.title, a.message).sort()).toEqual(lines.get(`${a.path}:${a.start_line}`)!.map((x) => x.ruleId).sort());
  for (const c of commands) expect(rulesNamed(c.props.title, c.message).sort()).toEqual(lines.get(`${c.props.file}:${c.props.line}`)!.map((x) => x.ruleId).sort());
  const active = s.sarif.runs[0].results.filter((x: any) => !x.suppressions);
  expect(active).toHaveLength(s.findings);
  if (check.length === lines.size) return;
  // the rest is in the summary, and the step says so
  expect(s.r.stdout).toMatch(/more lines? with findings are not annotated|annotations are missing/);
}

describe('pull request with a token allowed to write', () => {
  let s: Scenario;
  beforeAll(async () => {
    s = await scenario(
      (gh) => {
        // 130 comments from others on two pages, one of them quoting our marker
        for (let i = 0; i < 130; i++) gh.comments.push({ id: 500 + i, body: i === 7 ? 'quoting <!-- kubegate:summary --> here' : `review note ${i}`, login: i === 7 ? 'octocat' : 'reviewer' });
      },
      { inputs: { comment: 'always' } },
    );
  }, 60_000);

  test('every request and answer matches the REST description; the token stays secret', () => expectSound(s));

  test('about 140 lines with findings become one check run with one annotation per line: created with 50, then appended 50 at a time', () => {
    const lines = resultsByLine(s.sarif).size;
    expect(lines).toBeLessThan(s.findings);
    expect(lines).toBeGreaterThan(100);
    const batches = Math.ceil(lines / 50);
    expect(s.gh.byOperation('checks/create')).toHaveLength(1);
    expect(s.gh.byOperation('checks/update')).toHaveLength(batches - 1);
    const run = s.gh.checkRuns[0];
    expect(run.create.output.annotations).toHaveLength(50);
    for (const u of run.updates) expect(u.output.annotations.length).toBeLessThanOrEqual(50);
    expect(run.annotations).toHaveLength(lines);
    expectEveryFindingAnnotated(s);
  });

  test('the check run is on the PR head commit, named kubegate, concluded by the gate', () => {
    const c = s.gh.checkRuns[0].create;
    expect(c.head_sha).toBe(HEAD_SHA);
    expect(c.name).toBe('kubegate');
    expect(c.conclusion).toBe(s.r.outputs.result === 'failed' ? 'failure' : 'success');
    expect(s.r.outputs.result).toBe('failed');
    expect(c.output.title).toContain(`${s.findings} findings (${s.r.outputs.critical} critical, ${s.r.outputs.high} high, ${s.r.outputs.medium} medium, ${s.r.outputs.low} low)`);
    expect(c.output.summary.length).toBeLessThanOrEqual(65_535);
    expect(c.output.summary).toContain(`https://github.com/octo-org/platform/blob/${HEAD_SHA}/deploy/`);
    expect(s.r.outputs['check-run-url']).toBe(`https://github.com/octo-org/platform/runs/${s.gh.checkRuns[0].id}`);
  });

  test('annotations: most severe lines first, each at its most severe level, columns only on one line, remediation in the message', () => {
    const all = annotationsOf(s.gh);
    const ranks = all.map((a) => RANK[a.annotation_level as keyof typeof RANK]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const lines = resultsByLine(s.sarif);
    for (const a of all) {
      const worst = Math.min(...lines.get(`${a.path}:${a.start_line}`)!.map((x) => RANK[x.level]));
      expect(RANK[a.annotation_level as keyof typeof RANK]).toBe(worst);
      if (a.start_line !== a.end_line) expect(a.start_column).toBeUndefined();
      expect(a.message).toContain('Remediation: ');
      expect(a.title.length).toBeLessThanOrEqual(255);
      expect(fs.existsSync(path.join(insecure, a.path))).toBe(true);
    }
    // several rules on one line: one annotation, all named (the container line without a securityContext)
    expect(all.some((a) => rulesNamed(a.title, a.message).length >= 5)).toBe(true);
    // nothing doubled as workflow commands when the check run carries them
    expect(s.r.commands.filter((c) => c.props.file)).toHaveLength(0);
  });

  test('the check run carries the roll-up, linking to the run for the full list', () => {
    const { summary } = s.gh.checkRuns[0].create.output;
    expect(summary).toMatch(/^## kubegate: ❌ gate failed — \d+ findings at or above high/);
    expect(summary).toContain('### Blocking: ');
    expect(summary).toContain(`[the job summary](https://github.com/octo-org/platform/actions/runs/${RUN_ID})`);
    expect(summary).not.toMatch(/^#### /m);
    expect(summary.length).toBeLessThan(20_000);
  });

  test('the SARIF upload: gzip+base64 of a valid SARIF 2.1.0 log with line hashes, for the merge ref', () => {
    expect(s.gh.sarifs).toHaveLength(1);
    const { body, log } = s.gh.sarifs[0];
    expect(body.commit_sha).toBe(MERGE_SHA);
    expect(body.ref).toBe('refs/pull/42/merge');
    expect(body.checkout_uri).toMatch(/^file:\/\//);
    const ok = validateSarif(log);
    if (!ok) throw new Error(JSON.stringify(sarifErrors()).slice(0, 2000));
    expect(log.runs[0].automationDetails.id).toBe('kubegate/');
    expect(log.runs[0].results).toHaveLength(s.sarif.runs[0].results.length);
    for (const res of log.runs[0].results) expect(res.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]+:\d+$/);
    // the file on disk is what was sent
    expect(log).toEqual(s.sarif);
    // processing polled until complete
    expect(s.gh.byOperation('code-scanning/get-sarif').length).toBe(2);
    expect(s.r.stdout).toContain('processed');
  });

  test('the comment is short and links to the job summary, the check run and code scanning', () => {
    const body = s.gh.comments.at(-1)!.body;
    expect(body.length).toBeLessThanOrEqual(8_000);
    expect(body).toContain(`[Job summary](https://github.com/octo-org/platform/actions/runs/${RUN_ID})`);
    expect(body).toContain(`[Check run](https://github.com/octo-org/platform/runs/${s.gh.checkRuns[0].id})`);
    expect(body).toContain('[Code scanning](https://github.com/octo-org/platform/security/code-scanning?query=is%3Aopen%20pr%3A42)');
    expect(body).not.toMatch(/SARIF|\.sarif|RUNNER_TEMP|kubegate-run-/);
  });

  test('the sticky comment is created once, with the hidden marker, found among paginated comments', () => {
    const lists = s.gh.byOperation('issues/list-comments');
    expect(lists.map((q) => q.query.page ?? '1')).toEqual(['1', '2']);
    expect(lists[0].query.per_page).toBe('100');
    expect(s.gh.byOperation('issues/create-comment')).toHaveLength(1);
    const mine = s.gh.comments.at(-1)!;
    expect(mine.body.startsWith('<!-- kubegate:summary -->\n')).toBe(true);
    expect(mine.body.length).toBeLessThanOrEqual(65_536);
    // an installation token never asks who it is (GET /user answers 403 for it)
    expect(s.gh.byOperation('users/get-authenticated')).toHaveLength(0);
  });

  test('summary and outputs are written', () => {
    expect(s.r.summary).toContain('gate failed');
    expect(fs.existsSync(s.r.sarifFile)).toBe(true);
    expect(Number(s.r.outputs.critical) + Number(s.r.outputs.high) + Number(s.r.outputs.medium) + Number(s.r.outputs.low)).toBe(s.findings);
  });
});

describe('read-only token', () => {
  test.each([
    ['same-repository PR, read-only permissions', 'pull_request' as const, /the token was not allowed to/],
    ['pull request from a fork', 'pull_request_fork' as const, /read-only, as on every pull request from a fork/],
  ])('%s: gate still decides, reports still written, top findings annotated, one notice', async (_n, event, cause) => {
    const s = await scenario((gh) => gh.readOnly(), { event, inputs: { comment: 'always' } });
    expectSound(s);
    expect(s.r.outputs.result).toBe('failed');
    expect(s.r.code).toBe(1);
    expect(fs.existsSync(s.r.sarifFile)).toBe(true);
    expect(s.gh.checkRuns).toHaveLength(0);
    const notices = s.r.commands.filter((c) => c.command === 'notice' && !c.props.file);
    expect(notices).toHaveLength(1);
    expect(notices[0].message).toMatch(cause);
    for (const perm of ['checks: write', 'pull-requests: write', 'security-events: write']) expect(notices[0].message).toContain(perm);
    const annotated = s.r.commands.filter((c) => c.props.file);
    const per = (cmd: string) => s.r.commands.filter((c) => c.command === cmd).length;
    // GitHub shows 10 per level per step; the gate's own error and the notice count too
    expect(per('error')).toBeLessThanOrEqual(10);
    expect(per('warning')).toBeLessThanOrEqual(10);
    expect(per('notice')).toBeLessThanOrEqual(10);
    expect(per('error')).toBe(10);
    // the most severe ones: the first error annotations are the first SARIF results
    const top = [...resultsByLine(s.sarif).keys()].slice(0, 9);
    expect(annotated.filter((c) => c.command === 'error').map((c) => `${c.props.file}:${c.props.line}`)).toEqual(top);
    expectEveryFindingAnnotated(s);
    // no retries on a permission answer
    expect(s.gh.byOperation('checks/create')).toHaveLength(1);
    expect(s.gh.byOperation('code-scanning/upload-sarif')).toHaveLength(1);
  }, 30_000);
});

describe('injected faults: retried or degraded, never a lost finding', () => {
  const complete = (s: Scenario) => {
    expectSound(s);
    expect(annotationsOf(s.gh)).toHaveLength(resultsByLine(s.sarif).size);
    expect(s.gh.sarifs).toHaveLength(1);
  };
  const cases: Array<[string, string, Fault[], (s: Scenario) => void]> = [
    ['502 on create', 'checks/create', [FAULTS.badGateway], complete],
    ['500 then 503 (retry-after) on an update', 'checks/update', [FAULTS.serverError, FAULTS.unavailable], complete],
    ['429 with retry-after on an update', 'checks/update', [FAULTS.tooMany], complete],
    ['secondary rate limit (403, retry-after) on create', 'checks/create', [FAULTS.secondaryRateLimit], complete],
    ['connection reset on the SARIF upload', 'code-scanning/upload-sarif', [FAULTS.reset], complete],
    ['a request that hangs past the timeout', 'checks/update', [FAULTS.hang], complete],
    ['a 500 on the status poll', 'code-scanning/get-sarif', [FAULTS.serverError], complete],
  ];
  test.concurrent.each(cases)('%s', async (_name, op, faults, check) => {
    const s = await scenario((gh) => gh.fail(op, ...faults));
    check(s);
    // the failing attempts were made, then the call went through
    const attempts = s.gh.byOperation(op);
    expect(attempts.slice(0, faults.length).map((a) => a.outcome)).toEqual(faults.map((f) => ('status' in f ? f.status : 'reset' in f ? 'reset' : 'hang')));
    expect(attempts.length).toBeGreaterThan(faults.length);
  }, 30_000);

  test('an update failing for good: the warning names the call, the rest become workflow annotations', async () => {
    const s = await scenario((gh) => gh.failAlways('checks/update', FAULTS.serverError));
    expectSound(s);
    expect(annotationsOf(s.gh)).toHaveLength(50);
    // 1 try + 3 retries
    expect(s.gh.byOperation('checks/update')).toHaveLength(4);
    const warning = s.r.commands.find((c) => c.command === 'warning' && /add annotations 51-100 to the check run \(PATCH \/repos\/octo-org\/platform\/check-runs\/\d+\) failed \(HTTP 500\)/.test(c.message));
    expect(warning).toBeDefined();
    expect(s.r.commands.filter((c) => c.props.file).length).toBeGreaterThan(0);
    expectEveryFindingAnnotated(s);
    expect(s.r.outputs['check-run-url']).toMatch(/\/runs\/\d+$/);
  }, 30_000);

  test('the check run cannot be created at all (502 on every try): a warning, and the top findings as workflow annotations', async () => {
    const s = await scenario((gh) => gh.failAlways('checks/create', FAULTS.badGateway));
    expectSound(s);
    expect(s.gh.byOperation('checks/create')).toHaveLength(4);
    expect(s.r.commands.some((c) => c.command === 'warning' && c.message.startsWith('create check run (POST /repos/octo-org/platform/check-runs) failed (HTTP 502)'))).toBe(true);
    expect(s.r.commands.filter((c) => c.command === 'error' && c.props.file)).toHaveLength(9);
    expect(s.r.commands.filter((c) => c.command === 'notice' && !c.props.file)).toHaveLength(0);
    expect(s.r.outputs['check-run-url']).toBe('');
    expectEveryFindingAnnotated(s);
    expect(s.gh.sarifs).toHaveLength(1);
  }, 30_000);

  test.each([
    ['404', FAULTS.notFound],
    ['403 without Advanced Security', FAULTS.noAdvancedSecurity],
  ])('code scanning not enabled (%s): one warning, no retry, everything else published', async (_n, fault) => {
    const s = await scenario((gh) => gh.failAlways('code-scanning/upload-sarif', fault));
    expectSound(s);
    expect(s.gh.byOperation('code-scanning/upload-sarif')).toHaveLength(1);
    expect(s.r.commands.filter((c) => c.command === 'warning' && /Code scanning is not enabled for octo-org\/platform/.test(c.message))).toHaveLength(1);
    expect(s.r.commands.filter((c) => c.command === 'notice')).toHaveLength(0);
    expect(annotationsOf(s.gh)).toHaveLength(resultsByLine(s.sarif).size);
  }, 30_000);

  test('413 on the upload: a warning pointing at the SARIF file', async () => {
    const s = await scenario((gh) => gh.failAlways('code-scanning/upload-sarif', FAULTS.tooLarge));
    expectSound(s);
    expect(s.r.commands.some((c) => c.command === 'warning' && c.message.includes('upload SARIF to code scanning (POST /repos/octo-org/platform/code-scanning/sarifs) failed (HTTP 413)') && c.message.includes(s.r.sarifFile))).toBe(true);
  }, 30_000);

  test('processing failed: the errors GitHub gives are reported as a warning', async () => {
    const s = await scenario((gh) => {
      gh.sarifStatuses = ['pending', 'failed'];
    });
    expectSound(s);
    expect(s.r.commands.some((c) => c.command === 'warning' && c.message.includes('could not process the SARIF upload') && c.message.includes('locationFromSarifResult'))).toBe(true);
  }, 30_000);

  test('processing still pending after five looks: reported, not waited for longer', async () => {
    const s = await scenario((gh) => {
      gh.sarifStatuses = ['pending'];
    });
    expectSound(s);
    expect(s.gh.byOperation('code-scanning/get-sarif')).toHaveLength(5);
    expect(s.r.stdout).toContain('still processing');
  }, 30_000);

  test('422 on the comment: a warning naming the call; check run and upload unaffected', async () => {
    const s = await scenario((gh) => gh.failAlways('issues/create-comment', FAULTS.unprocessable), { inputs: { comment: 'always' } });
    expectSound(s);
    expect(s.r.commands.some((c) => c.command === 'warning' && c.message.startsWith('create the pull request comment (POST /repos/octo-org/platform/issues/42/comments) failed (HTTP 422)'))).toBe(true);
    expect(annotationsOf(s.gh)).toHaveLength(resultsByLine(s.sarif).size);
    expect(s.gh.sarifs).toHaveLength(1);
  }, 30_000);
});

describe('sticky comment', () => {
  test('a personal token: GET /user names the author; its earlier comment is updated in place', async () => {
    const pat = 'ghp_R8f3kLx2QzP0vWm7YtN4uC6hJ1sD9aEbG5oI';
    const s = await scenario(
      (gh) => {
        gh.tokenUser = 'platform-bot';
        gh.comments.push({ id: 11, body: '<!-- kubegate:summary -->\nold', login: 'github-actions[bot]' }, { id: 12, body: '<!-- kubegate:summary -->\nold', login: 'platform-bot' });
      },
      { token: pat, inputs: { comment: 'on-failure' } },
    );
    expect(stripMasks(s.r.stdout + s.r.stderr)).not.toContain(pat);
    expect(s.r.stdout).toContain(`::add-mask::${pat}`);
    expect(s.gh.byOperation('users/get-authenticated')).toHaveLength(1);
    expect(s.gh.byOperation('issues/update-comment').map((q) => q.path)).toEqual(['/repos/octo-org/platform/issues/comments/12']);
    expect(s.gh.byOperation('issues/create-comment')).toHaveLength(0);
    expect(s.gh.comments.find((c) => c.id === 11)!.body).toContain('old');
  }, 30_000);

  test('GET /user refused (403): falls back to the Actions bot and still finds its comment', async () => {
    const s = await scenario(
      (gh) => {
        gh.comments.push({ id: 21, body: 'intro <!-- kubegate:summary --> old', login: 'github-actions[bot]' });
      },
      { token: 'ghp_R8f3kLx2QzP0vWm7YtN4uC6hJ1sD9aEbG5oI', inputs: { comment: 'always' } },
    );
    expectSound({ ...s, r: { ...s.r, stdout: s.r.stdout } });
    expect(s.gh.byOperation('users/get-authenticated')[0].outcome).toBe(403);
    expect(s.gh.byOperation('issues/update-comment').map((q) => q.path)).toEqual(['/repos/octo-org/platform/issues/comments/21']);
  }, 30_000);

  test('on-failure and a passing gate: nothing new is posted, an existing comment is refreshed', async () => {
    // the default frameworks: `all` includes inventory controls (a workload mounting a Secret)
    const fresh = await scenario(() => {}, { workspace: secure, inputs: { comment: 'on-failure', frameworks: '' } });
    expectSound(fresh);
    expect(fresh.r.outputs.result).toBe('passed');
    expect(fresh.gh.byOperation('issues/create-comment')).toHaveLength(0);
    expect(fresh.gh.checkRuns[0].create.conclusion).toBe('success');
    const again = await scenario((gh) => gh.comments.push({ id: 31, body: '<!-- kubegate:summary -->\n❌ gate failed', login: 'github-actions[bot]' }), { workspace: secure, inputs: { comment: 'on-failure', frameworks: '' } });
    expect(again.gh.comments[0].body).toContain('gate passed');
  }, 30_000);
});

describe('other events and inputs', () => {
  test('push to main: check run and upload on the pushed commit and branch, no comment', async () => {
    const s = await scenario(() => {}, { event: 'push', inputs: { comment: 'always', 'sarif-category': 'kubegate/prod' } });
    expectSound(s);
    expect(s.gh.checkRuns[0].create.head_sha).toBe(PUSH_SHA);
    expect(s.gh.sarifs[0].body).toMatchObject({ commit_sha: PUSH_SHA, ref: 'refs/heads/main' });
    expect(s.gh.sarifs[0].log.runs[0].automationDetails.id).toBe('kubegate/prod/');
    expect(s.gh.byOperation('issues/list-comments')).toHaveLength(0);
  }, 30_000);

  test('the PR head checked out instead of the merge commit: uploaded for refs/pull/N/head at that commit', async () => {
    const ws = workspace([['examples/insecure/workloads.yaml', 'deploy/workloads.yaml']]);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: ws, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } }).trim();
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'head');
    const sha = git('rev-parse', 'HEAD');
    const s = await scenario(() => {}, { workspace: ws, payload: (p) => (p.pull_request.head.sha = sha) });
    expectSound(s);
    expect(s.gh.sarifs[0].body).toMatchObject({ commit_sha: sha, ref: 'refs/pull/42/head' });
    expect(s.gh.checkRuns[0].create.head_sha).toBe(sha);
  }, 30_000);

  test('a push of a large tree: the 1,000 most severe lines annotated in 20 requests, the rest left to the summary and SARIF', async () => {
    // the insecure examples forty times over: well over 1,000 lines with findings, and no baseline on a push
    const ws = workspace(Array.from({ length: 40 }, (_, i): [string, string] => ['examples/insecure', `team-${i}`]));
    const s = await scenario(() => {}, { event: 'push', workspace: ws });
    expectSound(s);
    const lines = resultsByLine(s.sarif);
    expect(lines.size).toBeGreaterThan(1000);
    expect(s.gh.byOperation('checks/create')).toHaveLength(1);
    expect(s.gh.byOperation('checks/update')).toHaveLength(19);
    const all = annotationsOf(s.gh);
    expect(all).toHaveLength(1000);
    // the most severe: no line left out is more severe than the last one annotated
    const rank = (a: any) => RANK[a.annotation_level as keyof typeof RANK];
    const annotated = new Set(all.map((a) => `${a.path}:${a.start_line}`));
    const worstLeftOut = Math.min(...[...lines].filter(([k]) => !annotated.has(k)).map(([, xs]) => Math.min(...xs.map((x) => RANK[x.level]))));
    expect(worstLeftOut).toBeGreaterThanOrEqual(rank(all[all.length - 1]));
    expect(all.map(rank)).toEqual(all.map(rank).sort((a, b) => a - b));
    expect(s.gh.checkRuns[0].create.output.summary).toContain(`Annotated: the 1,000 most severe of ${lines.size.toLocaleString('en-US')} lines with findings.`);
    expect(s.r.stdout).toContain(`${lines.size - 1000} more lines with findings are not annotated: the check run carries the 1000 most severe`);
    expect(s.r.commands.filter((c) => c.props.file)).toHaveLength(0);
  }, 60_000);

  test('annotations: false and upload-sarif: false: a check run without annotations, nothing uploaded', async () => {
    const s = await scenario(() => {}, { inputs: { annotations: 'false', 'upload-sarif': 'false' } });
    expectSound(s);
    expect(s.gh.checkRuns[0].annotations).toHaveLength(0);
    expect(s.gh.checkRuns[0].create.output.annotations).toBeUndefined();
    expect(s.gh.byOperation('code-scanning/upload-sarif')).toHaveLength(0);
    expect(s.r.commands.filter((c) => c.props.file)).toHaveLength(0);
  }, 30_000);

  test('a bad input value is a configuration error naming the input', async () => {
    const s = await scenario(() => {}, { inputs: { comment: 'sometimes' } });
    expect(s.r.code).toBe(1);
    expect(s.r.stdout).toContain('kubegate configuration error: comment: expected one of off, on-failure, always, got "sometimes"');
    expect(s.gh.requests).toHaveLength(0);
  }, 30_000);
});

describe('the reports a reviewer reads, end to end (default inputs: baseline auto)', () => {
  const checkOf = (s: Scenario) => s.gh.checkRuns[0].create.output;

  describe('a 4-object pull request, checked out one commit deep: the base is fetched and only what the PR adds is judged', () => {
    let s: Scenario;
    let baseSha: string;
    beforeAll(async () => {
      const top = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-e2e-pr4-'));
      // the PR makes the web Deployment privileged and fixes the debug pod's host PID
      const pr = shallowSmallPr(top, (src) => {
        makeWebPrivileged(src);
        const pod = path.join(src, 'deploy', 'debug-pod.yaml');
        fs.writeFileSync(pod, fs.readFileSync(pod, 'utf8').replace('hostPID: true', 'hostPID: false'));
      });
      baseSha = pr.baseSha;
      const { clone: ws, headSha } = pr;
      s = await scenario(() => {}, {
        workspace: ws,
        inputs: { comment: 'always', frameworks: '' },
        payload: (p) => {
          p.pull_request.head.sha = headSha;
          p.pull_request.base.sha = baseSha;
        },
      });
      fs.rmSync(top, { recursive: true, force: true });
    }, 60_000);

    test('sound, and the gate judged the new findings only', () => {
      expectSound(s);
      expect(s.r.outputs.result).toBe('failed');
      // the base commit was fetched: no notice about it anywhere
      expect(s.r.summary).not.toMatch(/Not compared with the base commit|fetch-depth/);
      expect(s.r.summary).toMatch(/^## kubegate: ❌ gate failed — \d+ new findings? at or above high$/m);
      expect(s.r.summary).toContain(`Only findings new since the base commit ${baseSha.slice(0, 7)} are judged.`);
      const active = s.sarif.runs[0].results.filter((x: any) => !x.suppressions?.length);
      expect(new Set(active.map((x: any) => x.locations[0].physicalLocation.artifactLocation.uri))).toEqual(new Set(['deploy/web.yaml']));
      expect(Number(s.r.outputs.findings)).toBe(active.length);
    });

    test('summary: new, then fixed, then what was already there, collapsed; counts equal the rows', () => {
      const screen = firstScreen(s.r.summary);
      const counts = /^\*\*This pull request:\*\* (\d+) new findings? .* · (\d+) fixed · (\d+) already there, not judged · 4 objects in 3 files$/m.exec(screen)!;
      expect(Number(counts[1])).toBe(Number(s.r.outputs.findings));
      expect(Number(counts[2])).toBeGreaterThanOrEqual(1);
      expect(Number(counts[3])).toBeGreaterThan(30);
      expect(listedFindings(s.r.summary).items).toHaveLength(Number(s.r.outputs.findings));
      const order = ['<b>New findings by file</b>', '<b>Fixed by this pull request</b>', '<b>Already there before this pull request</b>'].map((x) => s.r.summary.indexOf(x));
      expect(order[0]).toBeGreaterThan(screen.length - 1);
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(s.r.summary).toMatch(/Pod uses the host PID namespace `host-pid`/);
    });

    test('comment and check run: short, the same verdict, links that exist', () => {
      const body = s.gh.comments.at(-1)!.body;
      expect(body.length).toBeLessThanOrEqual(8_000);
      expect(body).toContain(firstScreen(s.r.summary).split('\n')[0].replace(/^## /, '### '));
      expect(body).toMatch(/\*\*This pull request:\*\* \d+ new findings?/);
      expect(checkOf(s).summary.split('\n')[0]).toBe(s.r.summary.split('\n')[0]);
      expect(checkOf(s).title).toMatch(/^Gate failed, \d+ new findings? at or above high: /);
    });

    test('one annotation per line, each naming every rule on it', () => {
      expectEveryFindingAnnotated(s);
      expect(annotationsOf(s.gh)).toHaveLength(resultsByLine(s.sarif).size);
    });
  });

  describe('an 880-finding pull request', () => {
    let s: Scenario;
    beforeAll(async () => {
      s = await scenario(() => {}, { workspace: largePr(), inputs: { comment: 'always', frameworks: '' } });
    }, 60_000);

    test('sound; without git the base cannot be had: one notice beside the counts, everything judged', () => {
      expectSound(s);
      expect(Math.round(s.findings / 10)).toBe(88);
      const screen = firstScreen(s.r.summary);
      expect(screen.match(/> ℹ️ Not compared with the base commit/g)).toHaveLength(1);
      expect(s.r.summary).not.toContain('### Input problems');
      expect(screen).toMatch(/^## kubegate: ❌ gate failed — \d+ findings at or above high$/m);
    });

    test('summary: the first screen is a roll-up, the list is collapsed and complete', () => {
      const screen = firstScreen(s.r.summary);
      expect(screen.split('\n').length).toBeLessThan(50);
      const { rows, moreFindings, headingText } = rollupRows(s.r.summary, /^### Blocking/);
      expect(rows.length).toBeLessThanOrEqual(15);
      const total = Number(/^### Blocking: (\d+) findings/.exec(headingText)![1]);
      expect(rows.reduce((a, r) => a + r.findings, 0) + moreFindings).toBe(total);
      expect(total).toBe(Number(s.r.outputs.critical) + Number(s.r.outputs.high));
      expect(screen).toContain(`### Compliance: ${Number(s.r.outputs['compliance-score']).toFixed(1)}%`);
      expect(screen).toContain('compliance threshold **off**');
      const { items, left } = listedFindings(s.r.summary);
      expect(left).toBe(0);
      expect(items).toHaveLength(s.findings);
      for (const sev of ['critical', 'high', 'medium', 'low'] as const) expect(items.filter((i) => i.severity === sev)).toHaveLength(Number(s.r.outputs[sev]));
      expect(Buffer.byteLength(s.r.summary)).toBeLessThan(1024 * 1024);
    });

    test('the comment stays under 8,000 characters and the check run carries the roll-up only', () => {
      const body = s.gh.comments.at(-1)!.body;
      expect(body.length).toBeLessThanOrEqual(8_000);
      expect(rollupRows(body, /^#### Blocking/).rows.length).toBeLessThanOrEqual(5);
      const check = checkOf(s).summary;
      expect(check.length).toBeLessThan(10_000);
      expect(rollupRows(check, /^### Blocking/)).toEqual(rollupRows(s.r.summary, /^### Blocking/));
      expect(check).not.toMatch(/^#### /m);
    });

    test('one annotation per line: far fewer than the findings, in as few requests', () => {
      const lines = resultsByLine(s.sarif).size;
      expect(annotationsOf(s.gh)).toHaveLength(lines);
      expect(lines).toBeLessThan(s.findings / 2);
      expect(s.gh.byOperation('checks/update')).toHaveLength(Math.ceil(lines / 50) - 1);
      expectEveryFindingAnnotated(s);
    });
  });
});
