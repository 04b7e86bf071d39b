import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { errorMessage } from '../core/errors';
import type { FixReport } from '../pipeline/run-fix';
import { call, GitHubCallError } from './call';
import type { GitHubClient } from './client';
import type { RunContext } from './context';
import { fixCount, markerOf, pullRequestBody, pullRequestTitle, type BodyInput, type FixMarker, type FixScope } from './fix-pull-request-body';
import { blobId, branchHead, createBranch, forceBranch, readCommit, readTreeBlobs, writeCommit, writeTree, type CommitInfo, type Repo, type TreeFile } from './git-data';

export type FixPullRequestMode = 'off' | FixScope;

/** Events on a branch of the repository itself; a pull request gets suggestions instead. */
const EVENTS = ['push', 'schedule', 'workflow_dispatch'];

export const FIX_BRANCH_PREFIX = 'kubegate/fixes/';

export interface FixPullRequestLog {
  info(m: string): void;
  notice(m: string): void;
  warning(m: string): void;
}

export interface FixPullRequestInput {
  mode: FixScope;
  ctx: RunContext;
  /** The commit the scan read (the checkout's HEAD, else GITHUB_SHA): the fix commit's parent. */
  scannedCommit: string;
  /** The scan root, to read file modes and the checkout's place in the repository. */
  root: string;
  /** Plans and verifies the fixes in memory (`kubegate fix --dry-run`), on the scan already made. */
  plan: () => FixReport;
}

export interface FixPullRequestOutcome {
  url: string;
  proposed: number;
}

/** Why the token could not: a permission the workflow grants, or the repository's Actions setting. */
class Denied extends Error {
  constructor(
    readonly need: string,
    readonly failure: GitHubCallError,
  ) {
    super(failure.message);
  }
}

const NOT_PERMITTED = /not permitted to create or approve pull requests/i;

/**
 * Keeps one pull request with the fixes of the scanned branch: branch `kubegate/fixes/<branch>`
 * holds one commit on top of the scanned commit (made with the Git Data API, never pushed from the
 * runner) and the pull request, found again by its head branch and the hidden marker in its body,
 * is updated in place. Nothing to fix closes it; a branch someone else committed to is left alone.
 * Every failure is one warning: the scan, gate and other reports are already done.
 */
export async function publishFixPullRequest(client: GitHubClient | undefined, input: FixPullRequestInput, log: FixPullRequestLog): Promise<FixPullRequestOutcome> {
  const none = { url: '', proposed: 0 };
  const { ctx } = input;
  if (!EVENTS.includes(ctx.eventName)) {
    const pr = ctx.eventName.startsWith('pull_request');
    const msg = `fix-pull-request: skipped on ${ctx.eventName || 'this'} events; it runs on push, schedule and workflow_dispatch, on a branch.${pr ? ' On pull requests, `suggestions: true` offers the fixes as review suggestions.' : ''}`;
    if (pr) log.notice(msg);
    else log.info(msg);
    return none;
  }
  const branch = /^refs\/heads\/(.+)$/.exec(ctx.ref)?.[1];
  if (!branch) {
    log.notice(`fix-pull-request: skipped: ${ctx.ref || 'the run'} is not a branch, so there is nothing to open a pull request against.`);
    return none;
  }
  // with a token that triggers workflows, the fix branch's own runs must not open fixes of fixes
  if (branch.startsWith(FIX_BRANCH_PREFIX)) {
    log.info(`fix-pull-request: skipped on ${branch}, a kubegate fix branch.`);
    return none;
  }
  if (!client) {
    log.notice('fix-pull-request: skipped: no token (input `token` is empty).');
    return none;
  }
  try {
    return await publish(client, input, branch, log);
  } catch (err) {
    if (err instanceof Denied) log.warning(deniedMessage(err, ctx));
    else log.warning(`fix-pull-request: ${errorMessage(err)}. The fix pull request was not updated; the scan, gate and reports are unaffected.`);
    return none;
  }
}

function deniedMessage(err: Denied, ctx: RunContext): string {
  const what = `kubegate could not publish the fix pull request: ${err.failure.message}.`;
  if (err.need === 'setting') {
    return `${what} The repository (or its organization) does not allow GitHub Actions to create pull requests: enable "Allow GitHub Actions to create and approve pull requests" in Settings → Actions → General → Workflow permissions, or pass an app or personal token as \`token\`.`;
  }
  const who = ctx.actor === 'dependabot[bot]' ? ' (Dependabot runs get a read-only token)' : '';
  return `${what} The token needs \`${err.need}\`${who}: grant \`contents: write\` and \`pull-requests: write\` in the workflow's permissions block. The scan, gate and reports are unaffected.`;
}

async function publish(client: GitHubClient, input: FixPullRequestInput, branch: string, log: FixPullRequestLog): Promise<FixPullRequestOutcome> {
  const { ctx, scannedCommit } = input;
  const r: Repo = { owner: ctx.owner, repo: ctx.repo };
  const fixBranch = `${FIX_BRANCH_PREFIX}${branch}`;
  const report = input.plan();
  if (report.broken.length || report.newFindings.length) {
    const what = report.broken.length ? `${report.broken.length} parse errors (${report.broken[0].file}: ${report.broken[0].message})` : `${report.newFindings.length} new findings (${report.newFindings[0].ruleId} in ${report.newFindings[0].file})`;
    log.warning(`fix-pull-request: the planned fixes would cause ${what}, so no fix pull request is published (a kubegate bug; please report it).`);
    return { url: '', proposed: 0 };
  }
  const prefix = repoPrefix(input.root);
  const repoPath = (file: string) => path.posix.join(prefix, file);
  const base = await step('contents: read', () => readCommit(client, r, scannedCommit));
  const committed = await step('contents: read', () => readTreeBlobs(client, r, base.tree));
  const { files, report: planned } = treeFiles(input.root, report, repoPath, committed);
  const proposed = fixCount(planned);

  const pulls = await listFixPulls(client, r, fixBranch);
  const mine = pulls.filter((p) => markerOf(p.body)?.branch === branch);
  const open = mine.find((p) => p.state === 'open');
  // the open pull request's marker, else the newest one's: the fix commits kubegate last made
  const recorded = markerOf((open ?? mine[0])?.body);

  if (proposed === 0) {
    if (open) {
      await closePull(client, r, open.number, `kubegate has no fix left to commit on \`${branch}\` at ${scannedCommit.slice(0, 7)}, so it closes this pull request (the branch \`${fixBranch}\` is left as it is).`);
      log.info(`fix-pull-request: nothing left to fix; closed ${open.html_url}.`);
    } else log.info('fix-pull-request: nothing to fix; no pull request opened.');
    return { url: '', proposed: 0 };
  }

  const head = await step('contents: read', () => branchHead(client, r, fixBranch));
  const headCommit = head ? await step('contents: read', () => readCommit(client, r, head)) : undefined;
  if (headCommit && !madeByKubegate(headCommit, recorded, !!open, branch)) {
    const pr = open ? ` (${open.html_url})` : '';
    log.warning(
      `fix-pull-request: ${fixBranch} has commits kubegate did not make (its head ${headCommit.sha.slice(0, 7)} is not the last fix commit${recorded ? ` ${recorded.commit.slice(0, 7)}` : ''}), so kubegate leaves it and its pull request${pr} as they are. Merge or close it and delete the branch, and the next run starts again.`,
    );
    return { url: open?.html_url ?? '', proposed: 0 };
  }

  const tree = await step('contents: write', () => writeTree(client, r, base.tree, files));
  // commit ids carry timestamps: the same tree on the same parent is the same fix
  const same = !!headCommit && headCommit.tree === tree && headCommit.parents[0] === scannedCommit;
  let marker: FixMarker;
  if (same) {
    marker = { branch, commit: headCommit.sha, ...(recorded?.commit === headCommit.sha && recorded.previous ? { previous: recorded.previous } : {}) };
    log.info(`fix-pull-request: ${fixBranch} already holds these fixes (tree ${tree.slice(0, 7)}).`);
  } else {
    const message = commitMessage(proposed, branch, scannedCommit);
    const sha = await step('contents: write', () => writeCommit(client, r, { message, tree, parents: [scannedCommit] }));
    marker = { branch, commit: sha, ...(head ? { previous: head } : {}) };
  }
  const moveBranch = async () => {
    if (same) return;
    await step('contents: write', async () => {
      if (head) await forceBranch(client, r, fixBranch, marker.commit);
      else await createBranch(client, r, fixBranch, marker.commit);
    });
    log.info(`fix-pull-request: ${head ? 'moved' : 'created'} ${fixBranch} at ${marker.commit.slice(0, 7)} (${proposed} fixes on ${scannedCommit.slice(0, 7)}).`);
  };

  const bodyInput: BodyInput = { report: planned, mode: input.mode, branch, commit: scannedCommit, fixBranch, blobBase: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/blob/${scannedCommit}/`, repoPath };
  const title = pullRequestTitle(proposed, branch);
  const body = pullRequestBody(bodyInput, marker);
  const update = async (pull: Pull) => {
    if (pull.title === title && pull.body === body) return;
    await step('pull-requests: write', () =>
      call('update the fix pull request', `PATCH /repos/${r.owner}/${r.repo}/pulls/${pull.number}`, () => client.rest.pulls.update({ ...r, pull_number: pull.number, title, body })),
    );
    log.info(`fix-pull-request: updated ${pull.html_url} (${proposed} fixes).`);
  };
  if (open) {
    // the marker first: should the branch then fail to move, its head is still the `previous` the marker names
    await update(open);
    await moveBranch();
    if (same && open.title === title && open.body === body) log.info(`fix-pull-request: ${open.html_url} is up to date.`);
    return { url: open.html_url, proposed };
  }
  await moveBranch();
  const pull = await createPull(client, r, { title, body, head: fixBranch, base: branch }, log);
  if (!pull) return { url: '', proposed: 0 };
  await update(pull);
  return { url: pull.html_url, proposed };
}

/**
 * Whether the fix branch's head is kubegate's: the commit the marker records (or the one it
 * replaces, when a run updated the pull request but could not move the branch). With no open
 * pull request to record it (opening it was refused, or it was closed), the commit's own trailer
 * says so. Authorship cannot: every workflow commits as github-actions[bot].
 */
function madeByKubegate(head: CommitInfo, recorded: FixMarker | undefined, open: boolean, branch: string): boolean {
  if (recorded && (head.sha === recorded.commit || head.sha === recorded.previous)) return true;
  return !open && hasTrailer(head.message, branch);
}

/** What kubegate reads of a pull request. */
interface Pull {
  number: number;
  state: string;
  title: string;
  body: string | null;
  html_url: string;
}

/** The pull requests whose head is the fix branch, newest first; `head` filters only as `owner:branch`. */
async function listFixPulls(client: GitHubClient, r: Repo, fixBranch: string): Promise<Pull[]> {
  const res = await step('pull-requests: read', () =>
    call<{ data: Pull[] }>('list the fix pull requests', `GET /repos/${r.owner}/${r.repo}/pulls`, () =>
      client.rest.pulls.list({ ...r, head: `${r.owner}:${fixBranch}`, state: 'all', sort: 'created', direction: 'desc', per_page: 100 }),
    ),
  );
  return res.data.map((p) => ({ number: p.number, state: p.state, title: p.title, body: p.body, html_url: p.html_url }));
}

/**
 * Opens the pull request. 422 "A pull request already exists" (one opened meanwhile, or without
 * our marker) is looked up again and taken over; 422 "No commits between" cannot happen with a
 * fix commit on top of the base, but is said plainly if GitHub thinks so.
 */
async function createPull(client: GitHubClient, r: Repo, pr: { title: string; body: string; head: string; base: string }, log: FixPullRequestLog): Promise<Pull | undefined> {
  try {
    const res = await step('pull-requests: write', () =>
      call<{ data: Pull }>('open the fix pull request', `POST /repos/${r.owner}/${r.repo}/pulls`, () => withValidationDetail(client.rest.pulls.create({ ...r, ...pr }))),
    );
    log.info(`fix-pull-request: opened ${res.data.html_url}.`);
    return { number: res.data.number, state: res.data.state, title: res.data.title, body: res.data.body, html_url: res.data.html_url };
  } catch (err) {
    const e = err instanceof GitHubCallError ? err : undefined;
    if (e?.status === 422 && /already exists/i.test(e.apiMessage)) {
      const again = (await listFixPulls(client, r, pr.head)).find((p) => p.state === 'open');
      if (again) return again;
    }
    if (e?.status === 422 && /no commits between/i.test(e.apiMessage)) {
      log.warning(`fix-pull-request: GitHub sees no commits between ${pr.base} and ${pr.head}, so no pull request was opened.`);
      return undefined;
    }
    throw err;
  }
}

/** GitHub's 422 says "Validation Failed" and puts the reason in `errors`: keep it in the message. */
async function withValidationDetail<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (err) {
    const data = (err as { response?: { data?: { message?: string; errors?: unknown } } }).response?.data;
    const details = Array.isArray(data?.errors) ? data.errors.map((x) => (typeof x === 'string' ? x : (x as { message?: string })?.message)).filter((m): m is string => !!m) : [];
    if (data && details.length) data.message = `${data.message ?? 'Validation Failed'}: ${details.join('; ')}`;
    throw err;
  }
}

async function closePull(client: GitHubClient, r: Repo, number: number, comment: string): Promise<void> {
  await step('pull-requests: write', () =>
    call('comment on the fix pull request', `POST /repos/${r.owner}/${r.repo}/issues/${number}/comments`, () => client.rest.issues.createComment({ ...r, issue_number: number, body: comment })),
  );
  await step('pull-requests: write', () =>
    call('close the fix pull request', `PATCH /repos/${r.owner}/${r.repo}/pulls/${number}`, () => client.rest.pulls.update({ ...r, pull_number: number, state: 'closed' })),
  );
}

/** Runs a call; a 403 becomes `Denied`, naming what the token or repository lacks. */
async function step<T>(need: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof GitHubCallError && err.status === 403 && !/rate limit/i.test(err.apiMessage)) {
      throw new Denied(NOT_PERMITTED.test(err.apiMessage) ? 'setting' : need, err);
    }
    throw err;
  }
}

const TRAILER = 'Kubegate-Fixes-For';

function commitMessage(n: number, branch: string, scanned: string): string {
  return `kubegate: ${n} security ${n === 1 ? 'fix' : 'fixes'} for the Kubernetes manifests\n\nMade by the kubegate action from the scan of ${branch} at ${scanned}; re-scanned before committing.\n\n${TRAILER}: ${branch}\n`;
}

function hasTrailer(message: string, branch: string): boolean {
  return message.split('\n').some((l) => l.trim() === `${TRAILER}: ${branch}`);
}

/**
 * The changed files as tree entries, keeping each file's mode. Only a file whose scanned text is
 * the scanned commit's is committed: a file an earlier step generated or changed would carry that
 * change into the pull request too. A symbolic link is never written through (its target may lie
 * outside the workspace). Their fixes are listed as not made, with why.
 */
function treeFiles(root: string, report: FixReport, repoPath: (f: string) => string, committed: ReadonlyMap<string, string> | undefined): { files: TreeFile[]; report: FixReport } {
  const files: TreeFile[] = [];
  const left = new Map<string, string>();
  for (const f of report.files) {
    const p = repoPath(f.file);
    let st: fs.Stats | undefined;
    try {
      st = fs.lstatSync(path.join(root, f.file));
    } catch {
      st = undefined;
    }
    if (!st?.isFile()) left.set(f.file, `${p} is a symbolic link or not a regular file; kubegate does not write through it`);
    else if (committed && !committed.has(p)) left.set(f.file, `${p} is not in the scanned commit (made by an earlier step?), so kubegate does not add it`);
    else if (committed && committed.get(p) !== blobId(f.before)) left.set(f.file, `${p} differs from the scanned commit (changed by an earlier step?), so its fix would carry that change too`);
    else files.push({ path: p, content: f.after, mode: st.mode & 0o111 ? '100755' : '100644' });
  }
  const results = report.results.map((x) => (x.status === 'fixed' && left.has(x.finding.file) ? { ...x, status: 'skipped' as const, detail: left.get(x.finding.file) } : x));
  return { files, report: { ...report, results } };
}

/** Where the scan root lies in the repository (`git rev-parse --show-prefix`); empty at the top or outside git. */
function repoPrefix(root: string): string {
  try {
    const res = spawnSync('git', ['rev-parse', '--show-prefix'], { cwd: root, encoding: 'utf8', timeout: 5000 });
    return res.status === 0 ? res.stdout.trim().replace(/\/$/, '') : '';
  } catch {
    return '';
  }
}
