/**
 * `fix-pull-request` end to end: the bundled action on push runs of `main`, against the fake
 * GitHub (every request checked against GitHub's REST description) with a Git Data store and pull
 * requests that answer as GitHub documents it (git-fake.ts). The workspace holds floating-tag
 * containers pulled IfNotPresent (the safe fix), privileged and root workloads (suggestions and
 * values a person must choose) and a Kustomize overlay (rendered: advice only).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { markerOf } from '../../src/github/fix-pull-request-body';
import { scanDir } from '../helpers/scan';
import { OpenApi } from './fake-api/openapi';
import { FAULTS, FakeGitHub } from './fake-api/server';
import { FakeRepository } from './git-fake';
import { bundle, cleanup, PUSH_SHA, runAction, TOKEN, workspace, type RunOptions, type RunResult } from './harness';

/* eslint-disable @typescript-eslint/no-explicit-any */

const FIX_BRANCH = 'kubegate/fixes/main';
const LANDED_SHA = '3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f';
const FIXED_SHA = '7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b';

const CACHE = `# the cache tier: floating tags, pulled once per node
apiVersion: apps/v1
kind: Deployment
metadata:
  name: cache
  namespace: shop
spec:
  selector:
    matchLabels: { app: cache }
  template:
    metadata:
      labels: { app: cache }
    spec:
      containers:
        - name: redis
          image: redis:latest
          imagePullPolicy: IfNotPresent # cached on purpose?
        - name: exporter
          image: oliver006/redis_exporter
          imagePullPolicy: Never
`;

const BATCH = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly-report
  namespace: shop
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: "registry.example.com/report:latest"
              imagePullPolicy: IfNotPresent
`;

let api: OpenApi;
let entry: string;
let ws: string;

beforeAll(() => {
  entry = bundle();
  api = new OpenApi();
  ws = workspace([
    ['examples/insecure', 'deploy/legacy'],
    ['__tests__/fixtures/kustomize/shop', 'kustomize/shop'],
  ]);
  fs.writeFileSync(path.join(ws, 'deploy/cache.yaml'), CACHE);
  fs.writeFileSync(path.join(ws, 'deploy/batch.yaml'), BATCH);
}, 120_000);

afterAll(() => cleanup());

interface World {
  gh: FakeGitHub;
  repo: FakeRepository;
}

async function world(): Promise<World> {
  const gh = await new FakeGitHub(api).start();
  const repo = new FakeRepository('octo-org', 'platform', api).install(gh);
  repo.commitDirectory(ws, PUSH_SHA, 'main');
  return { gh, repo };
}

function run(w: World, opts: Partial<RunOptions> & { mode?: string } = {}): Promise<RunResult> {
  const before = w.gh.requests.length;
  return runAction({
    entry,
    apiUrl: w.gh.url,
    workspace: ws,
    event: 'push',
    ...opts,
    inputs: { 'fix-pull-request': opts.mode ?? 'safe', 'upload-sarif': 'false', ...(opts.inputs ?? {}) },
  }).then((r) => {
    expectSound(w, r, before);
    return r;
  });
}

/** Every request matched the REST description, every answer too; the token stays secret. */
function expectSound(w: World, r: RunResult, from: number): void {
  expect(w.gh.requests.slice(from).filter((q) => q.errors.length).map((q) => `${q.method} ${q.path}: ${q.errors.join('; ')}`)).toEqual([]);
  expect(w.gh.responseErrors).toEqual([]);
  const logs = (r.stdout + r.stderr).replace(/^::add-mask::.*$/gm, '');
  expect(logs).not.toContain(TOKEN);
  expect(logs).not.toMatch(/internal error/);
  expect(r.summary).toContain('## kubegate:');
  // the job summary names the fix pull request whenever the outputs do
  if (r.outputs['fix-pull-request-url']) expect(r.summary).toContain(`### Fix pull request\n${Number(r.outputs['fixes-proposed']) > 0 ? `${r.outputs['fixes-proposed']} verified` : 'The fix pull request'}`);
  else expect(r.summary).not.toContain('### Fix pull request');
  expect(r.code).toBe(r.outputs.result === 'failed' ? 1 : 0);
}

/** Main moves on with the cache fix of `fixCommit` applied by hand: a checkout of the new main. */
function landCacheFix(w: World, fixCommit: string): string {
  const landed = workspace([]);
  fs.cpSync(ws, landed, { recursive: true });
  fs.writeFileSync(path.join(landed, 'deploy/cache.yaml'), w.repo.filesAt(fixCommit).get('deploy/cache.yaml')!);
  w.repo.commitDirectory(landed, LANDED_SHA, 'main', [PUSH_SHA]);
  return landed;
}

const ops = (w: World, from = 0) => w.gh.requests.slice(from).map((q) => q.operationId);
const warnings = (r: RunResult) => r.commands.filter((c) => c.command === 'warning').map((c) => c.message);
const notices = (r: RunResult) => r.commands.filter((c) => c.command === 'notice').map((c) => c.message);

/** The table rows of a section of the pull request body. */
function rows(body: string, heading: RegExp): string[] {
  const start = body.split('\n').findIndex((l) => heading.test(l));
  const out: string[] = [];
  for (const l of body.split('\n').slice(start + 1)) {
    if (l.startsWith('### ')) break;
    if (l.startsWith('| ') && !l.startsWith('| Rule') && !l.startsWith('| ---')) out.push(l);
  }
  return out;
}

/** A copy of the scanned workspace with the fix commit's changed files written into it. */
function checkoutOfBranch(w: World, base: string = ws): { dir: string; changed: string[] } {
  const dir = workspace([]);
  fs.cpSync(base, dir, { recursive: true });
  const head = w.repo.refs.get(`heads/${FIX_BRANCH}`)!;
  const parent = w.repo.commit(head)!.parents[0];
  const before = w.repo.filesAt(parent);
  const changed: string[] = [];
  for (const [file, text] of w.repo.filesAt(head)) {
    if (before.get(file) === text) continue;
    changed.push(file);
    fs.writeFileSync(path.join(dir, file), text);
  }
  return { dir, changed };
}

describe('first run on main', () => {
  let w: World;
  let r: RunResult;
  beforeAll(async () => {
    w = await world();
    r = await run(w);
  }, 120_000);
  afterAll(() => w.gh.stop());

  test('creates blobs, a tree on the scanned tree, a commit on the scanned commit, the branch and the pull request', () => {
    const git = ops(w).filter((o) => o?.startsWith('git/') || o?.startsWith('pulls/'));
    const blobs = w.gh.byOperation('git/create-blob');
    expect(git).toEqual(['git/get-commit', 'git/get-tree', 'pulls/list', 'git/get-ref', ...blobs.map(() => 'git/create-blob'), 'git/create-tree', 'git/create-commit', 'git/create-ref', 'pulls/create']);
    const [tree] = w.gh.byOperation('git/create-tree');
    expect(tree.body.base_tree).toBe(w.repo.commit(PUSH_SHA)!.tree);
    expect(tree.body.tree.map((e: any) => e.path).sort()).toEqual(['deploy/batch.yaml', 'deploy/cache.yaml']);
    expect(tree.body.tree.every((e: any) => e.mode === '100644' && e.type === 'blob')).toBe(true);
    const [commit] = w.gh.byOperation('git/create-commit');
    expect(commit.body.parents).toEqual([PUSH_SHA]);
    const [ref] = w.gh.byOperation('git/create-ref');
    expect(ref.body.ref).toBe(`refs/heads/${FIX_BRANCH}`);
    expect(w.gh.byOperation('pulls/list')[0].query.head).toBe(`octo-org:${FIX_BRANCH}`);
    expect(w.gh.byOperation('git/get-ref')[0].path).toBe(`/repos/octo-org/platform/git/ref/${encodeURIComponent(`heads/${FIX_BRANCH}`)}`);
  });

  test('the pull request targets main from the fix branch, counts the fixes, lists them and what it left', () => {
    expect(w.repo.pulls).toHaveLength(1);
    const pr = w.repo.pulls[0];
    expect(pr).toMatchObject({ head: FIX_BRANCH, base: 'main', state: 'open' });
    const fixed = rows(pr.body, /^### Fixed/);
    expect(fixed).toHaveLength(3);
    expect(pr.title).toBe('kubegate: 3 security fixes for the Kubernetes manifests on main');
    expect(r.outputs['fixes-proposed']).toBe('3');
    expect(r.outputs['fix-pull-request-url']).toBe(`https://github.com/octo-org/platform/pull/${w.repo.pulls[0].number}`);
    for (const row of fixed) expect(row).toMatch(/^\| `image-pull-policy-not-always` \| (Deployment shop\/cache|CronJob shop\/nightly-report) \| \[deploy\/(cache|batch)\.yaml:\d+\]\(https:\/\/github\.com\/octo-org\/platform\/blob\/[0-9a-f]{40}\/deploy\/(cache|batch)\.yaml#L\d+\) \|$/);
    // safe mode: the suggestions, the values to choose and the rendered findings are listed with why
    const left = rows(pr.body, /^### Not fixed here/);
    expect(left.some((l) => /changes how the workload runs.*fix-pull-request: all/.test(l))).toBe(true);
    expect(left.some((l) => /needs a value a person must choose/.test(l))).toBe(true);
    expect(pr.body).toMatch(/### Verification\n\nkubegate re-scanned .*the 3 fixed findings are no longer reported, no new finding appeared, every edited file parses\./);
  });

  test('the hidden marker records the fix commit the branch points at', () => {
    const m = markerOf(w.repo.pulls[0].body);
    expect(m).toEqual({ branch: 'main', commit: w.repo.refs.get(`heads/${FIX_BRANCH}`) });
  });

  test('the edited files re-parse and re-scan clean of the fixed findings, with nothing new', async () => {
    const { dir, changed } = checkoutOfBranch(w);
    expect(changed.sort()).toEqual(['deploy/batch.yaml', 'deploy/cache.yaml']);
    const before = await scanDir(ws, { frameworks: 'all' });
    const after = await scanDir(dir, { frameworks: 'all' });
    expect(after.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
    const gone = before.findings.filter((f) => !after.findings.some((a) => a.fingerprint === f.fingerprint));
    expect(gone.map((f) => f.ruleId)).toEqual(['image-pull-policy-not-always', 'image-pull-policy-not-always', 'image-pull-policy-not-always']);
    expect(after.findings.filter((a) => !before.findings.some((f) => f.fingerprint === a.fingerprint))).toEqual([]);
    // minimal edits: the comment on the edited line and the file's other lines are kept
    const cache = fs.readFileSync(path.join(dir, 'deploy/cache.yaml'), 'utf8');
    expect(cache).toContain('# the cache tier: floating tags, pulled once per node');
    expect(cache.split('\n').length).toBe(CACHE.split('\n').length);
  });
});

describe('later runs', () => {
  test('the same findings again change nothing: same tree, no new commit, no update', async () => {
    const w = await world();
    try {
      await run(w);
      const head = w.repo.refs.get(`heads/${FIX_BRANCH}`);
      const body = w.repo.pulls[0].body;
      const from = w.gh.requests.length;
      const r = await run(w);
      const again = ops(w, from);
      expect(again).not.toContain('git/create-commit');
      expect(again).not.toContain('git/update-ref');
      expect(again).not.toContain('git/create-ref');
      expect(again).not.toContain('pulls/create');
      expect(again).not.toContain('pulls/update');
      expect(w.repo.refs.get(`heads/${FIX_BRANCH}`)).toBe(head);
      expect(w.repo.pulls).toHaveLength(1);
      expect(w.repo.pulls[0].body).toBe(body);
      expect(r.outputs['fixes-proposed']).toBe('3');
      expect(warnings(r).filter((m) => m.includes('fix-pull-request'))).toEqual([]);
    } finally {
      await w.gh.stop();
    }
  }, 120_000);

  test('after a fix landed on main the branch is moved (force) onto the new commit and the pull request updated', async () => {
    const w = await world();
    try {
      await run(w);
      const first = w.repo.refs.get(`heads/${FIX_BRANCH}`)!;
      // someone applies the cache fix by hand on main; the batch fix is still to do
      const landed = landCacheFix(w, first);
      const from = w.gh.requests.length;
      const r = await run(w, { workspace: landed, env: { GITHUB_SHA: LANDED_SHA } });
      const [update] = w.gh.byOperation('git/update-ref');
      expect(update.body.force).toBe(true);
      expect(update.path).toBe(`/repos/octo-org/platform/git/refs/${encodeURIComponent(`heads/${FIX_BRANCH}`)}`);
      const head = w.repo.refs.get(`heads/${FIX_BRANCH}`)!;
      expect(head).not.toBe(first);
      expect(w.repo.commit(head)!.parents).toEqual([LANDED_SHA]);
      // not a fast-forward of the old fix commit: only `force` moves it
      expect(w.repo.descends(head, first)).toBe(false);
      expect(ops(w, from)).not.toContain('pulls/create');
      const pr = w.repo.pulls[0];
      expect(pr.title).toBe('kubegate: 1 security fix for the Kubernetes manifests on main');
      expect(rows(pr.body, /^### Fixed/)).toEqual([expect.stringContaining('CronJob shop/nightly-report')]);
      expect(markerOf(pr.body)?.commit).toBe(head);
      expect(r.outputs['fixes-proposed']).toBe('1');
      expect(checkoutOfBranch(w, landed).changed).toEqual(['deploy/batch.yaml']);
    } finally {
      await w.gh.stop();
    }
  }, 120_000);

  test('a branch that could not be moved after the pull request was updated is still recognised next run', async () => {
    const w = await world();
    try {
      await run(w);
      const first = w.repo.refs.get(`heads/${FIX_BRANCH}`)!;
      const landed = landCacheFix(w, first);
      w.gh.fail('git/update-ref', { status: 422, body: { message: 'Reference update failed', documentation_url: 'https://docs.github.com/rest/git/refs#update-a-reference', status: '422' } });
      const failed = await run(w, { workspace: landed, env: { GITHUB_SHA: LANDED_SHA } });
      expect(warnings(failed).filter((m) => /Reference update failed/.test(m))).toHaveLength(1);
      expect(w.repo.refs.get(`heads/${FIX_BRANCH}`)).toBe(first);
      expect(markerOf(w.repo.pulls[0].body)?.previous).toBe(first);
      const r = await run(w, { workspace: landed, env: { GITHUB_SHA: LANDED_SHA } });
      expect(warnings(r).filter((m) => m.includes('fix'))).toEqual([]);
      const head = w.repo.refs.get(`heads/${FIX_BRANCH}`)!;
      expect(w.repo.commit(head)!.parents).toEqual([LANDED_SHA]);
      expect(markerOf(w.repo.pulls[0].body)).toEqual({ branch: 'main', commit: head, previous: first });
    } finally {
      await w.gh.stop();
    }
  }, 120_000);

  test('nothing left to fix closes the pull request with a one-line comment and leaves the branch', async () => {
    const w = await world();
    try {
      await run(w);
      const fixedTree = checkoutOfBranch(w).dir;
      w.repo.commitDirectory(fixedTree, FIXED_SHA, 'main', [PUSH_SHA]);
      const from = w.gh.requests.length;
      const r = await run(w, { workspace: fixedTree, env: { GITHUB_SHA: FIXED_SHA } });
      expect(ops(w, from).filter((o) => o?.startsWith('git/create'))).toEqual([]);
      const pr = w.repo.pulls[0];
      expect(pr.state).toBe('closed');
      const comments = w.gh.byOperation('issues/create-comment');
      expect(comments).toHaveLength(1);
      expect(comments[0].path).toBe(`/repos/octo-org/platform/issues/${pr.number}/comments`);
      expect(comments[0].body.body.split('\n')).toHaveLength(1);
      expect(comments[0].body.body).toMatch(/no fix left to commit on `main`/);
      expect(w.repo.refs.has(`heads/${FIX_BRANCH}`)).toBe(true);
      expect(r.outputs['fixes-proposed']).toBe('0');
      expect(r.outputs['fix-pull-request-url']).toBe('');
      // a later run with fixes again opens a new pull request on the same (kubegate's) branch
      const again = await run(w);
      expect(w.repo.pulls.filter((p) => p.state === 'open')).toHaveLength(1);
      expect(again.outputs['fixes-proposed']).toBe('3');
    } finally {
      await w.gh.stop();
    }
  }, 120_000);

  test('a pull request opened meanwhile (422 "A pull request already exists") is found again and kept', async () => {
    const w = await world();
    try {
      await run(w);
      // the listing misses it once, as when another run opened it a moment before
      const list = w.gh.handlers.get('pulls/list')!;
      let missed = false;
      w.gh.handlers.set('pulls/list', (...args) => (missed ? list(...args) : ((missed = true), [200, []])));
      const from = w.gh.requests.length;
      const r = await run(w);
      const created = w.gh.requests.slice(from).filter((q) => q.operationId === 'pulls/create');
      expect(created.map((q) => q.outcome)).toEqual([422]);
      expect(w.repo.pulls).toHaveLength(1);
      expect(r.outputs['fix-pull-request-url']).toBe(`https://github.com/octo-org/platform/pull/${w.repo.pulls[0].number}`);
      expect(warnings(r).filter((m) => m.includes('fix'))).toEqual([]);
    } finally {
      await w.gh.stop();
    }
  }, 120_000);

  test('a branch someone else committed to is left alone, with one warning', async () => {
    const w = await world();
    try {
      await run(w);
      const foreign = w.repo.commitOnBranch(FIX_BRANCH, 'deploy/cache.yaml', CACHE.replace('Never', 'Always'));
      const body = w.repo.pulls[0].body;
      const from = w.gh.requests.length;
      const r = await run(w);
      expect(ops(w, from).filter((o) => /^git\/(create|update)|^pulls\/(create|update)/.test(o ?? ''))).toEqual([]);
      expect(w.repo.refs.get(`heads/${FIX_BRANCH}`)).toBe(foreign);
      expect(w.repo.pulls[0].body).toBe(body);
      const warned = warnings(r).filter((m) => m.includes(FIX_BRANCH));
      expect(warned).toHaveLength(1);
      expect(warned[0]).toMatch(/has commits kubegate did not make/);
      expect(r.outputs['fixes-proposed']).toBe('0');
    } finally {
      await w.gh.stop();
    }
  }, 120_000);
});

test('files an earlier step generated or changed are not committed; their fixes are listed with why', async () => {
  const w = await world();
  try {
    const dirty = workspace([]);
    fs.cpSync(ws, dirty, { recursive: true });
    fs.writeFileSync(path.join(dirty, 'deploy/generated.yaml'), CACHE.replace(/cache/g, 'generated'));
    fs.writeFileSync(path.join(dirty, 'deploy/batch.yaml'), `${BATCH}# stamped by the build\n`);
    const r = await run(w, { workspace: dirty });
    const [tree] = w.gh.byOperation('git/create-tree');
    expect(tree.body.tree.map((e: any) => e.path)).toEqual(['deploy/cache.yaml']);
    expect(r.outputs['fixes-proposed']).toBe('2');
    const left = rows(w.repo.pulls[0].body, /^### Not fixed here/);
    expect(left.filter((l) => /deploy\/generated\.yaml is not in the scanned commit/.test(l))).toHaveLength(2);
    expect(left.filter((l) => /deploy\/batch\.yaml differs from the scanned commit/.test(l))).toHaveLength(1);
  } finally {
    await w.gh.stop();
  }
}, 120_000);

describe('permissions', () => {
  test('Actions not permitted to create pull requests: one warning naming the setting; scan, gate, SARIF and summary unaffected', async () => {
    const w = await world();
    const forbidden = { status: 403, body: { message: 'GitHub Actions is not permitted to create or approve pull requests.', documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request', status: '403' } };
    w.gh.failAlways('pulls/create', forbidden);
    try {
      const r = await run(w);
      const mine = warnings(r).filter((m) => /pull request/.test(m));
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatch(/Allow GitHub Actions to create and approve pull requests/);
      expect(r.outputs.result).toBe('failed');
      expect(Number(r.outputs.findings)).toBeGreaterThan(0);
      expect(fs.existsSync(r.sarifFile)).toBe(true);
      expect(r.outputs['fixes-proposed']).toBe('0');
      // the branch was made; once the setting allows it, the next run adopts it (its commit says kubegate made it)
      expect(w.repo.refs.has(`heads/${FIX_BRANCH}`)).toBe(true);
    } finally {
      await w.gh.stop();
    }
  }, 120_000);

  test('after the refused pull request, the next run opens it on the branch kubegate made', async () => {
    const w = await world();
    try {
      w.gh.fail('pulls/create', { status: 403, body: { message: 'GitHub Actions is not permitted to create or approve pull requests.', status: '403' } });
      await run(w);
      const head = w.repo.refs.get(`heads/${FIX_BRANCH}`);
      const r = await run(w);
      expect(warnings(r).filter((m) => m.includes('fix'))).toEqual([]);
      expect(w.repo.pulls).toHaveLength(1);
      expect(markerOf(w.repo.pulls[0].body)?.commit).toBe(head);
    } finally {
      await w.gh.stop();
    }
  }, 120_000);

  test('a read-only token: one warning naming contents: write', async () => {
    const w = await world();
    w.gh.failAlways('git/create-blob', FAULTS.readOnly);
    try {
      const r = await run(w);
      const mine = warnings(r).filter((m) => /fix pull request/.test(m));
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatch(/needs `contents: write`/);
      expect(w.repo.pulls).toEqual([]);
    } finally {
      await w.gh.stop();
    }
  }, 120_000);
});

describe('modes and events', () => {
  test('all: the suggestions without a value to choose are committed too; rendered findings never edited', async () => {
    const w = await world();
    try {
      const r = await run(w, { mode: 'all' });
      const pr = w.repo.pulls[0];
      const fixed = rows(pr.body, /^### Fixed/);
      expect(Number(r.outputs['fixes-proposed'])).toBe(fixed.length);
      expect(fixed.length).toBeGreaterThan(3);
      const { dir, changed } = checkoutOfBranch(w);
      expect(changed.filter((f) => f.startsWith('kustomize/'))).toEqual([]);
      const left = rows(pr.body, /^### Not fixed here/);
      expect(left.some((l) => /Built by Kustomize/.test(l))).toBe(true);
      expect(left.some((l) => /changes how the workload runs/.test(l))).toBe(false);
      const after = await scanDir(dir, { frameworks: 'all' });
      expect(after.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
      const before = await scanDir(ws, { frameworks: 'all' });
      expect(after.findings.filter((a) => !before.findings.some((f) => f.fingerprint === a.fingerprint))).toEqual([]);
      // each (rule, object) the table lists has lost at least that many findings (a fix may remove others too)
      const key = (rule: string, o: { kind: string; namespace?: string; name: string }) => `${rule} ${o.kind} ${o.namespace ? `${o.namespace}/` : ''}${o.name}`;
      const listed = new Map<string, number>();
      for (const row of fixed) {
        const [, rule, object] = /^\| `([^`]+)` \| ([^|]+?) \|/.exec(row)!;
        listed.set(`${rule} ${object}`, (listed.get(`${rule} ${object}`) ?? 0) + 1);
      }
      for (const [k, n] of listed) {
        const count = (fs: typeof before.findings) => fs.filter((f) => key(f.ruleId, f.object) === k).length;
        expect(count(before.findings)).toBeGreaterThanOrEqual(n);
        expect(count(after.findings)).toBeLessThanOrEqual(count(before.findings) - n);
      }
    } finally {
      await w.gh.stop();
    }
  }, 120_000);

  test.each(['schedule', 'workflow_dispatch'])('runs on %s too, against the branch run', async (event) => {
    const w = await world();
    try {
      w.repo.commitDirectory(ws, PUSH_SHA, 'release/1.x');
      const r = await run(w, { env: { GITHUB_EVENT_NAME: event, GITHUB_REF: 'refs/heads/release/1.x' } });
      expect(w.repo.pulls).toMatchObject([{ head: 'kubegate/fixes/release/1.x', base: 'release/1.x', state: 'open' }]);
      expect(r.outputs['fixes-proposed']).toBe('3');
    } finally {
      await w.gh.stop();
    }
  }, 120_000);

  test('off (the default) makes no Git or pull request call', async () => {
    const w = await world();
    try {
      const r = await run(w, { mode: '' });
      expect(ops(w).filter((o) => o?.startsWith('git/') || o?.startsWith('pulls/'))).toEqual([]);
      expect([r.outputs['fixes-proposed'], r.outputs['fix-pull-request-url']]).toEqual(['0', '']);
    } finally {
      await w.gh.stop();
    }
  }, 120_000);

  test('on a pull request it is not run, and a notice says so', async () => {
    const w = await world();
    try {
      const r = await runAction({ entry, apiUrl: w.gh.url, workspace: ws, event: 'pull_request', inputs: { 'fix-pull-request': 'safe', 'upload-sarif': 'false' } });
      expect(ops(w).filter((o) => o?.startsWith('git/') || o === 'pulls/create' || o === 'pulls/list')).toEqual([]);
      expect(notices(r).filter((m) => /fix-pull-request: skipped on pull_request/.test(m))).toHaveLength(1);
    } finally {
      await w.gh.stop();
    }
  }, 120_000);
});
