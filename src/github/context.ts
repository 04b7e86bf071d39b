import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';

/** What the publishers need to know about the workflow run, read once from the runner's environment. */
export interface RunContext {
  owner: string;
  repo: string;
  eventName: string;
  /** GITHUB_SHA: on pull_request events the synthetic merge commit. */
  sha: string;
  /** GITHUB_REF, e.g. refs/heads/main or refs/pull/7/merge. */
  ref: string;
  /** The commit the check run belongs to: the PR head on pull-request events, else GITHUB_SHA. */
  headSha: string;
  /** baseSha: pull_request.base.sha, the commit a baseline or policy-change comparison uses. */
  pullRequest?: { number: number; headSha: string; fromFork: boolean; baseSha?: string };
  serverUrl: string;
  apiUrl: string;
  workspace: string;
  /** Dependabot runs get a read-only token, like fork PRs. */
  actor: string;
  /** The workflow run's page, which shows the job summary; empty when GITHUB_RUN_ID is not set. */
  runUrl: string;
}

type Env = Record<string, string | undefined>;

/** Undefined outside Actions (no GITHUB_REPOSITORY): there is no API to publish to. */
export function readRunContext(env: Env = process.env): RunContext | undefined {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let payload: any = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(fs.readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch {
      payload = {};
    }
  }
  const sha = env.GITHUB_SHA ?? '';
  const pr = payload.pull_request;
  const pullRequest =
    pr && typeof pr.number === 'number' && typeof pr.head?.sha === 'string'
      ? {
          number: pr.number,
          headSha: pr.head.sha as string,
          ...(typeof pr.base?.sha === 'string' ? { baseSha: pr.base.sha as string } : {}),
          fromFork: !!pr.head.repo && !!pr.base?.repo && pr.head.repo.full_name !== pr.base.repo.full_name,
        }
      : undefined;
  return {
    owner,
    repo,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    sha,
    ref: env.GITHUB_REF ?? '',
    headSha: pullRequest?.headSha ?? sha,
    pullRequest,
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, ''),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    actor: env.GITHUB_ACTOR ?? '',
    runUrl: /^\d+$/.test(env.GITHUB_RUN_ID ?? '') ? `${(env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '')}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : '',
  };
}

/** Code-scanning alerts of this pull request (or of the branch), for links once the SARIF log is uploaded. */
export function codeScanningUrl(ctx: RunContext): string {
  const query = ctx.pullRequest ? `is:open pr:${ctx.pullRequest.number}` : `is:open tool:kubegate`;
  return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/security/code-scanning?query=${encodeURIComponent(query)}`;
}

/**
 * The commit and ref a SARIF upload describes, following codeql-action: on a pull request the
 * default checkout is the merge commit (refs/pull/N/merge at GITHUB_SHA); a workflow that checked
 * out the PR head instead gets refs/pull/N/head at that commit, so the alerts match the lines
 * that were scanned. Other events use GITHUB_REF at the checked-out commit.
 */
export function sarifTarget(ctx: RunContext, checkedOut: string | undefined): { commitSha: string; ref: string } {
  const head = checkedOut || ctx.sha;
  const pr = ctx.pullRequest;
  if (pr) {
    if (head === pr.headSha) return { commitSha: head, ref: `refs/pull/${pr.number}/head` };
    if (/^refs\/pull\/\d+\/merge$/.test(ctx.ref) && head === ctx.sha) return { commitSha: ctx.sha, ref: ctx.ref };
    if (head !== ctx.sha) return { commitSha: head, ref: `refs/pull/${pr.number}/head` };
  }
  return { commitSha: head, ref: ctx.ref };
}

/** `git rev-parse HEAD` in the workspace; undefined when it is not a git checkout. */
export function gitHead(dir: string): string | undefined {
  try {
    const r = spawnSync('git', ['rev-parse', '--verify', '-q', 'HEAD'], { cwd: dir, encoding: 'utf8', timeout: 5000 });
    const out = r.status === 0 ? r.stdout.trim() : '';
    return /^[0-9a-f]{40}$/.test(out) ? out : undefined;
  } catch {
    return undefined;
  }
}

/** Link base for findings in summaries: the exact lines at the commit the check run shows. */
export function blobBase(ctx: RunContext): string {
  return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/blob/${ctx.headSha}/`;
}
