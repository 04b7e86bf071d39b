/**
 * `suggestions: true` end to end: the bundled action on a pull request whose diff comes from a
 * real `git diff`, against the fake GitHub (every request checked against GitHub's REST
 * description). The PR adds a privileged flag, hostPID and a bare sidecar container to a
 * hardened Deployment and a privileged Kustomize patch; a file it does not touch carries
 * fixable findings too.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { fingerprintsIn } from '../../src/fix/review-suggestions';
import { scanDir } from '../helpers/scan';
import { OpenApi } from './fake-api/openapi';
import { FAULTS, FakeGitHub } from './fake-api/server';
import { bundle, cleanup, HEAD_SHA, runAction, TOKEN, workspace, type RunOptions, type RunResult } from './harness';
import { FakePullRequest, pullRequestWorkspace, repoFile, repoTree, type PrFile } from './suggestions-fake';

/* eslint-disable @typescript-eslint/no-explicit-any */

const SIDECAR = `        - name: agent
          image: registry.example.com/agent:2.1.0@sha256:0f3a5f5e7b1c2d4e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f51
`;

let api: OpenApi;
let entry: string;
let ws: string;
let files: PrFile[];
let head: Record<string, string>;

beforeAll(() => {
  entry = bundle();
  api = new OpenApi();
  const web = repoFile('examples/secure/web.yaml');
  const headWeb = web
    .replace('      automountServiceAccountToken: false\n', '      automountServiceAccountToken: false\n      hostPID: true\n')
    .replace('            allowPrivilegeEscalation: false\n', '            allowPrivilegeEscalation: false\n            privileged: true\n')
    .replace('      volumes:\n', `${SIDECAR}      volumes:\n`);
  const shop = repoTree('__tests__/fixtures/kustomize/shop', 'kustomize/shop');
  const baseShop = { ...shop };
  delete baseShop['kustomize/shop/overlays/prod/privileged.yaml'];
  const base = { 'deploy/web.yaml': web, 'deploy/legacy.yaml': repoFile('examples/insecure/workloads.yaml'), ...baseShop };
  head = { ...base, 'deploy/web.yaml': headWeb, ...shop };
  // 130 more files, so the file list takes two pages; one without a patch (binary), one removed
  const extra: PrFile[] = [
    ...Array.from({ length: 130 }, (_, i) => ({ filename: `docs/notes-${i}.md`, status: 'added' as const, patch: `@@ -0,0 +1 @@\n+note ${i}` })),
    { filename: 'docs/diagram.png', status: 'added' },
    { filename: 'deploy/old.yaml', status: 'removed', patch: '@@ -1,2 +0,0 @@\n-kind: ConfigMap\n-apiVersion: v1' },
  ];
  ({ dir: ws, files } = pullRequestWorkspace(base, head, extra));
}, 120_000);

afterAll(() => cleanup());

interface Run {
  gh: FakeGitHub;
  pr: FakePullRequest;
  r: RunResult;
}

async function start(setup: (gh: FakeGitHub, pr: FakePullRequest) => void = () => {}): Promise<{ gh: FakeGitHub; pr: FakePullRequest }> {
  const gh = await new FakeGitHub(api).start();
  const pr = new FakePullRequest(files, api).install(gh);
  // comments of reviewers on two pages, one quoting nothing of ours
  for (let i = 0; i < 130; i++) pr.comments.push({ id: 100 + i, body: `nit ${i}`, path: 'deploy/web.yaml', line: 43, login: 'reviewer' });
  setup(gh, pr);
  return { gh, pr };
}

function run(gh: FakeGitHub, opts: Partial<RunOptions> = {}): Promise<RunResult> {
  return runAction({ entry, apiUrl: gh.url, workspace: ws, event: 'pull_request', ...opts, inputs: { suggestions: 'true', 'upload-sarif': 'false', ...(opts.inputs ?? {}) } });
}

async function once(setup?: (gh: FakeGitHub, pr: FakePullRequest) => void, opts: Partial<RunOptions> = {}): Promise<Run> {
  const { gh, pr } = await start(setup);
  try {
    return { gh, pr, r: await run(gh, opts) };
  } finally {
    await gh.stop();
  }
}

/**
 * GitHub sends `line: null` and `position: null` for an outdated review comment, which its REST
 * description does not allow (github/rest-api-description#1901); the fake sends what GitHub sends.
 */
const OUTDATED_LINE = /^pulls\/list-review-comments: response 200\/\d+\/(line|position) must be integer/;

/** Every request matched the REST description; the step explains itself; the token stays secret. */
function expectSound({ gh, r }: Run): void {
  expect(gh.requests.filter((q) => q.errors.length).map((q) => `${q.method} ${q.path}: ${q.errors.join('; ')}`)).toEqual([]);
  expect(gh.responseErrors.filter((e) => !OUTDATED_LINE.test(e))).toEqual([]);
  const logs = (r.stdout + r.stderr).replace(/^::add-mask::.*$/gm, '');
  expect(logs).not.toContain(TOKEN);
  expect(logs).not.toMatch(/internal error/);
  expect(r.summary).toContain('## kubegate:');
  expect(r.code).toBe(r.outputs.result === 'failed' ? 1 : 0);
}

const reviewsOf = (gh: FakeGitHub) => gh.byOperation('pulls/create-review');
const SUGGESTION = /^(`{3,})suggestion\n([\s\S]*?)\n?\1$/m;

/** A comment's suggestion applied as GitHub applies it: lines start_line..line replaced. */
function applySuggestions(text: string, comments: any[]): string {
  const lines = text.split('\n');
  // bottom first, so earlier line numbers still hold
  for (const c of [...comments].sort((a, b) => b.line - a.line)) {
    const m = SUGGESTION.exec(c.body);
    if (!m) continue;
    const start = c.start_line ?? c.line;
    lines.splice(start - 1, c.line - start + 1, ...(m[2] === '' ? [] : m[2].split('\n')));
  }
  return lines.join('\n');
}

function summaryPatch(summary: string): string | undefined {
  const m = /<details><summary>Patch: [^<]*<\/summary>\n\n(`{3,})diff\n([\s\S]*?)\1\n/.exec(summary);
  return m?.[2];
}

/** The checkout as a git repository, with `patch` applied by `git apply` as a user would. */
function applyPatch(patch: string): string {
  const dir = workspace([]);
  for (const [file, text] of Object.entries(head)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  execFileSync('git', ['init', '-q'], { cwd: dir });
  fs.writeFileSync(path.join(dir, 'kubegate-fixes.patch'), patch);
  const r = spawnSync('git', ['apply', 'kubegate-fixes.patch'], { cwd: dir, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  fs.rmSync(path.join(dir, 'kubegate-fixes.patch'));
  return dir;
}

describe('a token allowed to write', () => {
  let s: Run;
  beforeAll(async () => {
    s = await once();
  }, 60_000);

  test('every request matches the REST description; both lists are read page by page', () => {
    expectSound(s);
    expect(s.gh.byOperation('pulls/list-files').map((q) => q.query.page ?? '1')).toEqual(['1', '2']);
    expect(s.gh.byOperation('pulls/list-review-comments').map((q) => q.query.page ?? '1')).toEqual(['1', '2']);
  });

  test('one COMMENT review on the PR head, its comments only on lines the PR changed', () => {
    expect(reviewsOf(s.gh)).toHaveLength(1);
    const body = reviewsOf(s.gh)[0].body;
    expect(body).toMatchObject({ commit_id: HEAD_SHA, event: 'COMMENT' });
    const added = new Map(files.filter((f) => f.patch).map((f) => [f.filename, f.patch!]));
    for (const c of body.comments) {
      expect(added.has(c.path)).toBe(true);
      expect(c.side).toBe('RIGHT');
      // the finding's own line, the first of the range, is one the PR added
      const addedLines = new Set<number>();
      let n = 0;
      for (const l of added.get(c.path)!.split('\n')) {
        const h = /^@@ -\S+ \+(\d+)/.exec(l);
        if (h) n = Number(h[1]);
        else if (l.startsWith('+')) addedLines.add(n++);
        else if (l.startsWith(' ')) n++;
      }
      expect(addedLines.has(c.start_line ?? c.line)).toBe(true);
    }
    expect(body.comments.map((c: any) => c.path)).not.toContain('deploy/legacy.yaml');
  });

  test('privileged: true and hostPID: true become one-click suggestions setting them false', () => {
    const comments = reviewsOf(s.gh)[0].body.comments;
    const suggestionOf = (re: RegExp) => comments.find((c: any) => re.test(c.body) && SUGGESTION.test(c.body));
    expect(SUGGESTION.exec(suggestionOf(/`privileged-container`/).body)![2]).toBe('            privileged: false');
    expect(SUGGESTION.exec(suggestionOf(/`host-pid`/).body)![2]).toBe('      hostPID: false');
    // the bare sidecar: one comment for its findings, the suggestion spanning the container's lines
    const sidecar = suggestionOf(/`capabilities-not-dropped`/);
    expect(sidecar.path).toBe('deploy/web.yaml');
    expect(sidecar.line - sidecar.start_line).toBe(1);
  });

  test('applied as GitHub applies them, the suggestions leave valid YAML and remove their findings', async () => {
    const comments = reviewsOf(s.gh)[0].body.comments.filter((c: any) => c.path === 'deploy/web.yaml');
    const scan = async (text: string) => {
      const dir = workspace([]);
      fs.mkdirSync(path.join(dir, 'deploy'));
      fs.writeFileSync(path.join(dir, 'deploy/web.yaml'), text);
      return (await scanDir(dir, { frameworks: 'all' })).findings;
    };
    const before = await scan(head['deploy/web.yaml']);
    const after = await scan(applySuggestions(head['deploy/web.yaml'], comments));
    const suggested = fingerprintsIn(comments.filter((c: any) => SUGGESTION.test(c.body)).map((c: any) => c.body));
    expect(suggested.size).toBeGreaterThan(2);
    expect(before.filter((f) => suggested.has(f.fingerprint))).toHaveLength(suggested.size);
    expect(after.filter((f) => suggested.has(f.fingerprint)).map((f) => `${f.ruleId}@${f.range.startLine}`)).toEqual([]);
    // and nothing new appeared
    const had = new Set(before.map((f) => f.fingerprint));
    expect(after.filter((f) => !had.has(f.fingerprint)).map((f) => f.ruleId)).toEqual([]);
  });

  test('the rendered Kustomize patch gets advice on its line, no suggestion', () => {
    const comments = reviewsOf(s.gh)[0].body.comments.filter((c: any) => c.path === 'kustomize/shop/overlays/prod/privileged.yaml');
    expect(comments).toHaveLength(1);
    expect(comments[0].line).toBe(12);
    expect(comments[0].body).toMatch(/`privileged-container`/);
    expect(comments[0].body).not.toMatch(/```suggestion/);
    expect(comments[0].body).toMatch(/kustomize|overlay/i);
  });

  test('the job summary links the review and holds a patch for the rest, which git applies and which fixes them', async () => {
    const summary = s.r.summary;
    expect(summary).toContain('### Fixes');
    expect(summary).toMatch(/posted \[a review\]\(https:\/\/github\.com\/octo-org\/platform\/pull\/42#pullrequestreview-\d+\) on lines this pull request changes: 3 one-click suggestions and 1 comment with advice or a change to copy\./);
    const patch = summaryPatch(summary)!;
    expect(patch).toContain('--- a/deploy/legacy.yaml');
    // what the review suggests is not repeated in the patch
    expect(patch).not.toContain('+            privileged: false');
    expect(patch).not.toContain('+      hostPID: false');
    // rendered findings get no edits, and values a person must choose are listed, not written
    expect(patch).not.toContain('kustomize/');
    expect(patch).not.toMatch(/^\+\s*(cpu|memory|runAsUser):/m);
    expect(summary).toMatch(/need values a person must choose[\s\S]*`deploy\/legacy\.yaml` line \d+ \(`cpu-limit-missing`\)/);
    const dir = applyPatch(patch);
    const key = (f: { ruleId: string; file: string }) => `${f.ruleId}@${f.file}`;
    const before = new Set((await scanDir(ws, { frameworks: 'all' })).findings.map(key));
    const after = (await scanDir(dir, { frameworks: 'all' })).findings.map(key);
    for (const gone of ['privilege-escalation-allowed@deploy/legacy.yaml', 'capabilities-not-dropped@deploy/legacy.yaml', 'seccomp-profile-missing@deploy/legacy.yaml']) {
      expect(before.has(gone)).toBe(true);
      expect(after).not.toContain(gone);
    }
    expect(after.filter((k) => !before.has(k))).toEqual([]);
  });

  test('the log says what was posted', () => {
    expect(s.r.stdout).toMatch(/Review posted with \d+ comments \(\d+ with a suggestion\): https:\/\/github\.com\//);
    expect(s.r.commands.filter((c) => c.command === 'warning')).toEqual([]);
  });
});

describe('re-runs', () => {
  test('a second run posts nothing new; an outdated suggestion comes back in the patch, not as a comment', async () => {
    const { gh, pr } = await start();
    try {
      const first = await run(gh);
      expect(reviewsOf(gh)).toHaveLength(1);
      const posted = pr.comments.filter((c) => c.login === 'github-actions[bot]');
      expect(posted.length).toBeGreaterThan(3);

      const second = await run(gh);
      expectSound({ gh, pr, r: second });
      expect(reviewsOf(gh)).toHaveLength(1);
      expect(second.stdout).toMatch(/nothing new to suggest .*commented on by earlier runs/);
      expect(summaryPatch(second.summary)).toBe(summaryPatch(first.summary));

      // a push touched the privileged line: GitHub reports that comment outdated (line null)
      posted.find((c) => c.body.includes('`privileged-container`'))!.line = null;
      const third = await run(gh);
      expectSound({ gh, pr, r: third });
      expect(reviewsOf(gh)).toHaveLength(1);
      expect(summaryPatch(third.summary)).toContain('+            privileged: false');
      expect(summaryPatch(third.summary)).not.toContain('+      hostPID: false');
    } finally {
      await gh.stop();
    }
  }, 60_000);
});

describe('GitHub refuses the review (422)', () => {
  test('ranges refused: posted again with the single-line comments on added lines; the rest go to the patch', async () => {
    const s = await once((_gh, pr) => (pr.refuseRanges = true));
    expectSound(s);
    const reviews = reviewsOf(s.gh);
    expect(reviews.map((q) => q.outcome)).toEqual([422, 200]);
    const [all, fewer] = reviews.map((q) => q.body.comments);
    expect(fewer.length).toBeLessThan(all.length);
    expect(fewer.every((c: any) => c.start_line === undefined)).toBe(true);
    expect(s.pr.reviews).toHaveLength(1);
    const warning = s.r.commands.find((c) => c.command === 'warning' && /create the review with suggestions \(POST \/repos\/octo-org\/platform\/pulls\/42\/reviews\) failed \(HTTP 422\)/.test(c.message));
    expect(warning?.message).toMatch(/Posting again with the \d+ single-line comments on added lines/);
    // the sidecar's fixes, no longer suggested, are in the patch; the posted ones are not
    const patch = summaryPatch(s.r.summary)!;
    expect(patch).toMatch(/^\+ {12}capabilities:/m);
    expect(patch).not.toContain('+            privileged: false');
    expect(s.r.summary).toMatch(/GitHub refused 1 comment spanning several lines/);
  }, 60_000);

  test('refused again: no review at all, every fix in the patch, the gate unchanged', async () => {
    const hostPidLine = head['deploy/web.yaml'].split('\n').indexOf('      hostPID: true') + 1;
    const s = await once((_gh, pr) => pr.refuse.add(`deploy/web.yaml:${hostPidLine}`));
    expectSound(s);
    expect(reviewsOf(s.gh).map((q) => q.outcome)).toEqual([422, 422]);
    expect(s.pr.reviews).toHaveLength(0);
    const patch = summaryPatch(s.r.summary)!;
    for (const line of ['+            privileged: false', '+      hostPID: false', '--- a/deploy/legacy.yaml']) expect(patch).toContain(line);
    expect(s.r.summary).toMatch(/GitHub refused the review \(Unprocessable Entity\)/);
    expect(s.r.outputs.result).toBe('failed');
  }, 60_000);
});

test('the checkout is a merge commit whose base also changed web.yaml: no suggestion there, its fixes in the patch', async () => {
  const merged = workspace([]);
  fs.cpSync(ws, merged, { recursive: true });
  const web = path.join(merged, 'deploy/web.yaml');
  fs.writeFileSync(web, `# owned by the platform team (added on the base branch)\n${fs.readFileSync(web, 'utf8')}`);
  const { gh, pr } = await start();
  try {
    const r = await run(gh, { workspace: merged });
    expectSound({ gh, pr, r });
    const comments = reviewsOf(gh)[0].body.comments;
    expect(comments.map((c: any) => c.path)).toEqual(['kustomize/shop/overlays/prod/privileged.yaml']);
    expect(r.summary).toMatch(/The checked-out `deploy\/web\.yaml` differs from the pull request head/);
    expect(summaryPatch(r.summary)).toContain('+            privileged: false');
  } finally {
    await gh.stop();
  }
}, 60_000);

describe('read-only token and other events', () => {
  test('a fork: the review is skipped in the one permissions notice; the patch holds every fix', async () => {
    const s = await once((gh) => gh.readOnly(), { event: 'pull_request_fork' });
    expectSound(s);
    // one attempt: a permission answer is not retried
    expect(reviewsOf(s.gh).map((q) => q.outcome)).toEqual([403]);
    const notices = s.r.commands.filter((c) => c.command === 'notice' && !c.props.file);
    expect(notices).toHaveLength(1);
    expect(notices[0].message).toMatch(/the review suggestions \(needs `pull-requests: write`\)/);
    expect(notices[0].message).toMatch(/read-only, as on every pull request from a fork/);
    expect(s.r.commands.filter((c) => c.command === 'warning' && /review/.test(c.message))).toEqual([]);
    const patch = summaryPatch(s.r.summary)!;
    for (const line of ['+            privileged: false', '+      hostPID: false', '--- a/deploy/legacy.yaml']) expect(patch).toContain(line);
  }, 60_000);

  test('the file list failing for good (500): a warning naming the call, every fix in the patch', async () => {
    const s = await once((gh) => gh.failAlways('pulls/list-files', FAULTS.serverError));
    expectSound(s);
    expect(s.gh.byOperation('pulls/list-files')).toHaveLength(4);
    expect(reviewsOf(s.gh)).toHaveLength(0);
    expect(s.r.commands.some((c) => c.command === 'warning' && /list the pull request files \(GET \/repos\/octo-org\/platform\/pulls\/42\/files\) failed \(HTTP 500\)/.test(c.message))).toBe(true);
    expect(summaryPatch(s.r.summary)).toContain('+            privileged: false');
  }, 60_000);

  test('push: no pull-request calls, the patch in the summary', async () => {
    const s = await once(undefined, { event: 'push' });
    expectSound(s);
    expect(s.gh.requests.filter((q) => q.operationId?.startsWith('pulls/'))).toEqual([]);
    expect(s.r.stdout).toMatch(/Review suggestions skipped: not a pull request event \(push\)/);
    expect(summaryPatch(s.r.summary)).toContain('+      hostPID: false');
  }, 60_000);

  test('suggestions off (the default): no pull-request calls and no Fixes section', async () => {
    const s = await once(undefined, { inputs: { suggestions: '' } });
    expectSound(s);
    expect(s.gh.requests.filter((q) => q.operationId?.startsWith('pulls/'))).toEqual([]);
    expect(s.r.summary).not.toContain('### Fixes');
  }, 60_000);

  test('a bad value is a configuration error naming the input', async () => {
    const s = await once(undefined, { inputs: { suggestions: 'yes' } });
    expect(s.r.code).toBe(1);
    expect(s.r.commands.some((c) => c.command === 'error' && /suggestions: expected true or false, got "yes"/.test(c.message))).toBe(true);
  }, 60_000);
});

test('the suggestion fixture is what the tests think it is', () => {
  // the PR adds the three lines the tests look for; the sidecar is a full container
  const doc = parse(head['deploy/web.yaml'].split('\n---\n')[2]);
  expect(doc.spec.template.spec.hostPID).toBe(true);
  expect(doc.spec.template.spec.containers.map((c: any) => c.name)).toEqual(['web', 'agent']);
});
