import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BASELINE_DOCS, ConfigError } from '../core/errors';

/**
 * The few git operations the baseline and tampering checks need, all local: the base commit must
 * already be in the clone (actions/checkout with fetch-depth: 0, or 2 for the PR merge commit).
 */
export interface GitRepo {
  /** Directory the scan runs in. */
  root: string;
  /** `root` relative to the top of the work tree, POSIX, '' or ending in '/'. */
  prefix: string;
  /** The top of the work tree. */
  top: string;
}

function git(cwd: string, args: string[], input?: Buffer): Buffer {
  return execFileSync('git', args, {
    cwd,
    input,
    stdio: ['pipe', 'pipe', 'pipe'],
    maxBuffer: 1024 * 1024 * 1024,
    // never prompt, never fetch large-file content: a baseline is computed offline
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_LFS_SKIP_SMUDGE: '1' },
  });
}

function tryGit(cwd: string, args: string[]): string | undefined {
  try {
    return git(cwd, args).toString('utf8').trim();
  } catch {
    return undefined;
  }
}

export function openRepo(root: string): GitRepo | undefined {
  const prefix = tryGit(root, ['rev-parse', '--show-prefix']);
  const top = tryGit(root, ['rev-parse', '--show-toplevel']);
  return prefix === undefined || !top ? undefined : { root, prefix, top };
}

/** The commit a ref names, or undefined when the clone does not have it. */
export function resolveCommit(repo: GitRepo, ref: string): string | undefined {
  if (ref.startsWith('-')) throw new ConfigError(`"${ref}" is not a git revision`);
  return tryGit(repo.root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
}

/**
 * The commit a PR is compared with when none is named: the first parent of a merge commit (what
 * actions/checkout checks out for pull_request events), else where HEAD left the default branch.
 */
export function findBaseCommit(repo: GitRepo, ref?: string): { sha: string; ref: string; note?: string } {
  if (ref) {
    const sha = resolveCommit(repo, ref);
    if (sha) return { sha, ref };
    const parents = tryGit(repo.root, ['rev-list', '--parents', '-n', '1', 'HEAD'])?.split(/\s+/) ?? [];
    // a shallow PR checkout (fetch-depth 2) has the merge commit's parents but maybe not base.sha
    if (parents.length === 3) return { sha: parents[1], ref: 'HEAD^1', note: `base ${ref} is not in the clone; using HEAD^1, the base side of the merge commit` };
    throw new ConfigError(`the base commit ${ref} is not in the clone; check out with fetch-depth: 0 (or fetch the base branch)`, undefined, undefined, BASELINE_DOCS);
  }
  const parents = tryGit(repo.root, ['rev-list', '--parents', '-n', '1', 'HEAD'])?.split(/\s+/) ?? [];
  if (parents.length === 3) return { sha: parents[1], ref: 'HEAD^1' };
  for (const candidate of ['origin/HEAD', 'origin/main', 'origin/master', 'main', 'master']) {
    if (!resolveCommit(repo, candidate)) continue;
    const base = tryGit(repo.root, ['merge-base', 'HEAD', candidate]);
    if (base) return { sha: base, ref: `merge-base of HEAD and ${candidate}` };
  }
  throw new ConfigError('no base commit found to compare with (give --base-ref, or run on a pull_request event)', undefined, undefined, BASELINE_DOCS);
}

/** A file of the scanned directory as it is at `sha`; undefined when it does not exist there. */
export function readFileAt(repo: GitRepo, sha: string, rel: string): string | undefined {
  const spec = `${sha}:${repo.prefix}${rel.split(path.sep).join('/')}`;
  if (tryGit(repo.root, ['cat-file', '-e', spec]) === undefined) return undefined;
  return git(repo.root, ['cat-file', 'blob', spec]).toString('utf8');
}

/**
 * Writes the scanned directory as it is at `sha` into a temporary directory, through a private
 * index (read-tree + checkout-index): the clone's index, work tree and worktree list stay
 * untouched, and unlike `git archive` no export-ignore attribute can hide a manifest.
 */
export function extractTree(repo: GitRepo, sha: string): { dir: string; cleanup(): void } {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-base-'));
  const dir = path.join(tmp, 'tree');
  const cleanup = () => fs.rmSync(tmp, { recursive: true, force: true });
  try {
    fs.mkdirSync(dir);
    const env = { ...process.env, GIT_INDEX_FILE: path.join(tmp, 'index'), GIT_TERMINAL_PROMPT: '0', GIT_LFS_SKIP_SMUDGE: '1' };
    const tree = repo.prefix ? `${sha}:${repo.prefix.replace(/\/$/, '')}` : `${sha}^{tree}`;
    // from the top: run in a sub-directory, checkout-index would only write entries under it
    const opts = { cwd: repo.top, env, stdio: ['ignore', 'pipe', 'pipe'] as ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 };
    execFileSync('git', ['read-tree', tree], opts);
    execFileSync('git', ['checkout-index', '--all', '--force', `--prefix=${dir}${path.sep}`], opts);
    return { dir, cleanup };
  } catch (err) {
    cleanup();
    throw new Error(`could not extract commit ${sha}: ${(err as { stderr?: Buffer }).stderr?.toString().trim() || (err as Error).message}`);
  }
}

/** Files under `paths` (relative to the root) that differ between `sha` and the work tree: [status, path]. */
export function changedFiles(repo: GitRepo, sha: string, paths: string[]): Array<{ status: 'added' | 'removed' | 'modified'; file: string }> {
  const out = tryGit(repo.root, ['diff', '--no-renames', '--name-status', '--relative', sha, '--', ...paths]);
  const untracked = tryGit(repo.root, ['ls-files', '--others', '--exclude-standard', '--', ...paths]);
  const list: Array<{ status: 'added' | 'removed' | 'modified'; file: string }> = [];
  for (const line of (out ?? '').split('\n')) {
    const m = /^([AMDT])\t(.+)$/.exec(line);
    if (m) list.push({ status: m[1] === 'A' ? 'added' : m[1] === 'D' ? 'removed' : 'modified', file: m[2] });
  }
  for (const f of (untracked ?? '').split('\n')) if (f) list.push({ status: 'added', file: f });
  return list.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** `rel` (relative to the scanned directory) as a `<sha>:<path>` spec; the root is `<sha>:<prefix>`. */
function specAt(repo: GitRepo, sha: string, rel: string): string {
  const p = `${repo.prefix}${rel.split(path.sep).join('/')}`
    .split('/')
    .filter((s) => s && s !== '.')
    .join('/');
  return `${sha}:${p}`;
}

/** What `rel` is at `sha`: a directory, a regular file, or absent (symlinks and submodules count as absent). */
export function pathKindAt(repo: GitRepo, sha: string, rel: string): 'dir' | 'file' | undefined {
  const spec = specAt(repo, sha, rel);
  const type = tryGit(repo.root, ['cat-file', '-t', spec]);
  if (type === 'tree') return 'dir';
  if (type !== 'blob') return undefined;
  // a blob may be a symlink (mode 120000); the work-tree reader skips links too
  const entries = listDirAt(repo, sha, path.posix.dirname(rel.split(path.sep).join('/')));
  return entries.find((e) => e.name === path.posix.basename(rel))?.kind === 'file' ? 'file' : undefined;
}

/**
 * Entries of directory `rel` at `sha`, one level: sub-directories and regular files. Symlinks
 * and submodules are left out, as the work-tree reader leaves them out. Empty when absent.
 */
export function listDirAt(repo: GitRepo, sha: string, rel: string): Array<{ name: string; kind: 'dir' | 'file' }> {
  let out: string;
  try {
    // from the top: in a sub-directory, ls-tree would only list entries under the same sub-path
    out = git(repo.top, ['ls-tree', '-z', specAt(repo, sha, rel)]).toString('utf8');
  } catch {
    return [];
  }
  const entries: Array<{ name: string; kind: 'dir' | 'file' }> = [];
  for (const rec of out.split('\0')) {
    const m = /^(\d+) (\w+) [0-9a-f]+\t(.+)$/s.exec(rec);
    if (!m) continue;
    if (m[2] === 'tree') entries.push({ name: m[3], kind: 'dir' });
    else if (m[2] === 'blob' && (m[1] === '100644' || m[1] === '100755')) entries.push({ name: m[3], kind: 'file' });
  }
  return entries;
}

/**
 * Brings one commit into a clone that lacks it, from the checkout's remote: `git fetch --depth=1`
 * in a shallow clone (what actions/checkout makes by default), so comparing with a pull request's
 * base needs no `fetch-depth: 0`. Uses the credentials the checkout left for the remote and never
 * prompts. Returns why it failed, or undefined when the commit is (now) in the clone.
 */
export function fetchCommit(root: string, sha: string, remote = 'origin', timeoutMs = 120_000): string | undefined {
  if (!/^[0-9a-f]{40}$/i.test(sha)) return `"${sha}" is not a full commit id`;
  const repo = openRepo(root);
  if (!repo) return "the workspace is not a git checkout";
  if (resolveCommit(repo, sha)) return undefined;
  const shallow = tryGit(root, ['rev-parse', '--is-shallow-repository']) === 'true';
  try {
    execFileSync('git', ['fetch', '--quiet', '--no-tags', '--no-recurse-submodules', ...(shallow ? ['--depth=1'] : []), remote, sha], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_LFS_SKIP_SMUDGE: '1' },
    });
  } catch (err) {
    const e = err as { stderr?: Buffer; message: string; code?: string };
    const detail = e.code === 'ETIMEDOUT' ? `timed out after ${Math.round(timeoutMs / 1000)} s` : (e.stderr?.toString().trim().split('\n').pop() ?? e.message);
    return `git fetch of ${sha.slice(0, 7)} from ${remote} failed: ${detail}`;
  }
  return resolveCommit(repo, sha) ? undefined : `git fetch of ${sha.slice(0, 7)} from ${remote} did not bring the commit`;
}
