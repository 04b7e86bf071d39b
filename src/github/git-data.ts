import { createHash } from 'node:crypto';
import { call, GitHubCallError } from './call';
import type { GitHubClient } from './client';

/**
 * The Git Data API calls a fix branch is made with: blobs, a tree on a base tree, a commit, a ref.
 * Nothing is pushed from the runner, so a shallow checkout and the workflow token suffice.
 */

export interface Repo {
  owner: string;
  repo: string;
}

export interface CommitInfo {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
}

/** A file of the new tree: its repository path, text and git mode. */
export interface TreeFile {
  path: string;
  content: string;
  mode: '100644' | '100755';
}

/** The commit a branch points at; undefined when the branch does not exist (GET git/ref answers 404). */
export async function branchHead(client: GitHubClient, r: Repo, branch: string): Promise<string | undefined> {
  // singular `ref`: the plural `git/refs/<prefix>` lists refs matching a prefix instead
  try {
    const res = await call<{ data: { object: { sha: string } } }>('read the fix branch', `GET /repos/${r.owner}/${r.repo}/git/ref/heads/${branch}`, () => client.rest.git.getRef({ ...r, ref: `heads/${branch}` }));
    return res.data.object.sha;
  } catch (err) {
    if (err instanceof GitHubCallError && err.status === 404) return undefined;
    throw err;
  }
}

export async function readCommit(client: GitHubClient, r: Repo, sha: string): Promise<CommitInfo> {
  const res = await call<{ data: { sha: string; tree: { sha: string }; parents: Array<{ sha: string }>; message: string } }>('read a commit', `GET /repos/${r.owner}/${r.repo}/git/commits/${sha}`, () => client.rest.git.getCommit({ ...r, commit_sha: sha }));
  return { sha: res.data.sha, tree: res.data.tree.sha, parents: res.data.parents.map((p) => p.sha), message: res.data.message };
}

/**
 * The blob id of every file in a tree (`?recursive=1`), to tell whether the text the scan read is
 * the commit's. Undefined when GitHub truncated the listing (over 100,000 entries or 7 MB).
 */
export async function readTreeBlobs(client: GitHubClient, r: Repo, tree: string): Promise<Map<string, string> | undefined> {
  const res = await call<{ data: { truncated: boolean; tree: Array<{ path?: string; type?: string; sha?: string }> } }>('read the scanned tree', `GET /repos/${r.owner}/${r.repo}/git/trees/${tree}`, () =>
    client.rest.git.getTree({ ...r, tree_sha: tree, recursive: '1' }),
  );
  if (res.data.truncated) return undefined;
  return new Map(res.data.tree.filter((e) => e.type === 'blob' && e.path && e.sha).map((e) => [e.path!, e.sha!]));
}

/** Git's id of a blob with this content: sha1 of `blob <size>\0<bytes>`. */
export function blobId(content: string): string {
  const bytes = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** One blob per file, then a tree of them on `baseTree`: the id is the same whenever the content is. */
export async function writeTree(client: GitHubClient, r: Repo, baseTree: string, files: readonly TreeFile[]): Promise<string> {
  const tree: Array<{ path: string; mode: TreeFile['mode']; type: 'blob'; sha: string }> = [];
  for (const f of files) {
    // base64, so the bytes are stored exactly as planned whatever the text holds
    const blob = await call<{ data: { sha: string } }>('create a blob', `POST /repos/${r.owner}/${r.repo}/git/blobs`, () =>
      client.rest.git.createBlob({ ...r, content: Buffer.from(f.content, 'utf8').toString('base64'), encoding: 'base64' }),
    );
    tree.push({ path: f.path, mode: f.mode, type: 'blob', sha: blob.data.sha });
  }
  const res = await call<{ data: { sha: string } }>('create a tree', `POST /repos/${r.owner}/${r.repo}/git/trees`, () => client.rest.git.createTree({ ...r, base_tree: baseTree, tree }));
  return res.data.sha;
}

export async function writeCommit(client: GitHubClient, r: Repo, commit: { message: string; tree: string; parents: string[] }): Promise<string> {
  const res = await call<{ data: { sha: string } }>('create a commit', `POST /repos/${r.owner}/${r.repo}/git/commits`, () => client.rest.git.createCommit({ ...r, ...commit }));
  return res.data.sha;
}

/** A new branch; GitHub answers 422 "Reference already exists" when it does. */
export async function createBranch(client: GitHubClient, r: Repo, branch: string, sha: string): Promise<void> {
  await call('create the fix branch', `POST /repos/${r.owner}/${r.repo}/git/refs`, () => client.rest.git.createRef({ ...r, ref: `refs/heads/${branch}`, sha }));
}

/**
 * Points an existing branch at `sha`. The fix commit's parent is the newly scanned commit, not the
 * branch's last fix commit, so the move is not a fast-forward and needs `force`. The REST call
 * takes no expected old sha: the caller checks the head just before, and a push in between is lost.
 */
export async function forceBranch(client: GitHubClient, r: Repo, branch: string, sha: string): Promise<void> {
  await call('move the fix branch', `PATCH /repos/${r.owner}/${r.repo}/git/refs/heads/${branch}`, () => client.rest.git.updateRef({ ...r, ref: `heads/${branch}`, sha, force: true }));
}
