/**
 * The Git Data and pull-request side of the fake GitHub for the fix pull request tests: a
 * content-addressed object store (blob ids are git's own; trees and commits are hashed from their
 * content, commits with a timestamp, so a commit made again is a new commit), refs, and pull
 * requests, answering as GitHub documents it:
 * - POST git/refs: 422 "Reference already exists" when the branch exists;
 * - PATCH git/refs/heads/<b>: 422 "Update is not a fast forward" unless `force: true`;
 * - GET git/ref/heads/<b> (singular): 404 when missing;
 * - GET pulls?head=: filters only in the `owner:branch` form (otherwise ignored);
 * - POST pulls: 422 "A pull request already exists for …" / "No commits between …";
 * - closing a pull request leaves its branch.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Match, OpenApi } from './fake-api/openapi';
import type { FakeGitHub } from './fake-api/server';

/* eslint-disable @typescript-eslint/no-explicit-any */

type Entry = { mode: string; sha: string };
type Tree = Map<string, Entry>;
interface Commit {
  tree: string;
  parents: string[];
  message: string;
  date: string;
}

export interface FakePull {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string;
  head: string;
  base: string;
  merged: boolean;
}

const sha1 = (s: string | Buffer) => createHash('sha1').update(s).digest('hex');

function validation(message: string, docs: string): [number, unknown] {
  return [422, { message: 'Validation Failed', errors: [{ resource: 'PullRequest', code: 'custom', message }], documentation_url: docs, status: '422' }];
}

export class FakeRepository {
  readonly blobs = new Map<string, Buffer>();
  readonly trees = new Map<string, Tree>();
  readonly commits = new Map<string, Commit>();
  readonly refs = new Map<string, string>();
  readonly pulls: FakePull[] = [];
  private clock = Date.parse('2026-12-01T10:00:00Z');
  private nextPull = 100;

  constructor(
    readonly owner: string,
    readonly repo: string,
    private readonly api: OpenApi,
  ) {}

  /** A commit of the directory's files, given the id the runner reports (GITHUB_SHA), as the head of `branch`. */
  commitDirectory(dir: string, sha: string, branch: string, parents: string[] = []): string {
    const tree: Tree = new Map();
    const walk = (rel: string) => {
      for (const d of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
        const p = rel ? `${rel}/${d.name}` : d.name;
        if (d.isDirectory()) walk(p);
        else if (d.isFile()) tree.set(p, { mode: '100644', sha: this.blob(fs.readFileSync(path.join(dir, p))) });
      }
    };
    walk('');
    this.commits.set(sha, { tree: this.putTree(tree), parents, message: 'scanned commit', date: this.now() });
    this.refs.set(`heads/${branch}`, sha);
    return sha;
  }

  /** A commit on top of `branch` by someone else (changing one file), as a push would make it. */
  commitOnBranch(branch: string, file: string, content: string): string {
    const head = this.refs.get(`heads/${branch}`)!;
    const tree = new Map(this.trees.get(this.commits.get(head)!.tree)!);
    tree.set(file, { mode: '100644', sha: this.blob(Buffer.from(content)) });
    const sha = this.putCommit({ tree: this.putTree(tree), parents: [head], message: 'a reviewer tweaks the fix', date: this.now() });
    this.refs.set(`heads/${branch}`, sha);
    return sha;
  }

  /** The files of a commit: path → content. */
  filesAt(commitSha: string): Map<string, string> {
    const tree = this.trees.get(this.commits.get(commitSha)!.tree)!;
    return new Map([...tree].map(([p, e]) => [p, this.blobs.get(e.sha)!.toString('utf8')]));
  }

  commit(sha: string): Commit | undefined {
    return this.commits.get(sha);
  }

  install(gh: FakeGitHub): this {
    const on = (op: string, fn: (m: Match, body: any, query: Record<string, string>) => [number, unknown, Record<string, string>?]) =>
      gh.handlers.set(op, (m, rec, body) => (m.pathParams.owner === this.owner && m.pathParams.repo === this.repo ? fn(m, body, rec.query) : [404, { message: 'Not Found' }]));
    on('git/create-blob', (m, body) => {
      const content = body?.encoding === 'base64' ? Buffer.from(body.content, 'base64') : Buffer.from(body?.content ?? '', 'utf8');
      const sha = this.blob(content);
      return [201, { sha, url: this.url(`git/blobs/${sha}`) }];
    });
    on('git/create-tree', (m, body) => {
      const base = body?.base_tree ? this.trees.get(body.base_tree) : new Map<string, Entry>();
      if (!base) return [422, { message: 'Invalid tree info', documentation_url: 'https://docs.github.com/rest/git/trees#create-a-tree', status: '422' }];
      const tree: Tree = new Map(base);
      for (const e of body.tree ?? []) {
        if (e.sha === null) tree.delete(e.path);
        else if (typeof e.content === 'string') tree.set(e.path, { mode: e.mode, sha: this.blob(Buffer.from(e.content)) });
        else if (!this.blobs.has(e.sha)) return [422, { message: `tree.sha ${e.sha} is not a valid blob`, status: '422' }];
        else tree.set(e.path, { mode: e.mode, sha: e.sha });
      }
      const sha = this.putTree(tree);
      return [201, this.treeJson(sha)];
    });
    on('git/create-commit', (m, body) => {
      if (!this.trees.has(body?.tree)) return [422, { message: 'Tree SHA does not exist', status: '422' }];
      for (const p of body.parents ?? []) if (!this.commits.has(p)) return [422, { message: 'Parent SHA does not exist or is not a commit object', status: '422' }];
      const sha = this.putCommit({ tree: body.tree, parents: body.parents ?? [], message: body.message, date: this.now() });
      return [201, this.commitJson(m, sha)];
    });
    on('git/get-tree', (m) => (this.trees.has(m.pathParams.tree_sha) ? [200, this.treeJson(m.pathParams.tree_sha)] : [404, { message: 'Not Found', status: '404' }]));
    on('git/get-commit', (m) => (this.commits.has(m.pathParams.commit_sha) ? [200, this.commitJson(m, m.pathParams.commit_sha)] : [404, { message: 'Not Found', status: '404' }]));
    on('git/get-ref', (m) => {
      const ref = m.pathParams.ref;
      const sha = this.refs.get(ref);
      return sha ? [200, this.refJson(ref, sha)] : [404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/git/refs#get-a-reference', status: '404' }];
    });
    on('git/create-ref', (m, body) => {
      const ref = String(body?.ref ?? '');
      if (!/^refs\/[^/]+\/.+/.test(ref)) return [422, { message: 'Reference name is invalid', status: '422' }];
      const short = ref.slice('refs/'.length);
      if (this.refs.has(short)) return [422, { message: 'Reference already exists', documentation_url: 'https://docs.github.com/rest/git/refs#create-a-reference', status: '422' }];
      if (!this.commits.has(body.sha)) return [422, { message: 'Object does not exist', status: '422' }];
      this.refs.set(short, body.sha);
      return [201, this.refJson(short, body.sha)];
    });
    on('git/update-ref', (m, body) => {
      const ref = m.pathParams.ref;
      const current = this.refs.get(ref);
      if (!current) return [422, { message: 'Reference does not exist', documentation_url: 'https://docs.github.com/rest/git/refs#update-a-reference', status: '422' }];
      if (!this.commits.has(body.sha)) return [422, { message: 'Object does not exist', status: '422' }];
      if (!body.force && !this.descends(body.sha, current)) return [422, { message: 'Update is not a fast forward', documentation_url: 'https://docs.github.com/rest/git/refs#update-a-reference', status: '422' }];
      this.refs.set(ref, body.sha);
      return [200, this.refJson(ref, body.sha)];
    });
    on('pulls/list', (m, _b, q) => {
      const state = q.state ?? 'open';
      // only `owner:branch` filters; a bare branch name is ignored and every pull request listed
      const head = /^([^:]+):(.+)$/.exec(q.head ?? '');
      const list = this.pulls
        .filter((p) => state === 'all' || p.state === state)
        .filter((p) => !head || (head[1] === this.owner && p.head === head[2]))
        .sort((a, b) => (q.direction === 'asc' ? a.number - b.number : b.number - a.number));
      return [200, list.map((p) => this.pullJson(m, p, 'pulls/list'))];
    });
    on('pulls/create', (m, body) => {
      const docs = 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request';
      const head = String(body?.head ?? '').replace(new RegExp(`^${this.owner}:`), '');
      const headSha = this.refs.get(`heads/${head}`);
      const baseSha = this.refs.get(`heads/${body?.base}`);
      if (!headSha || !baseSha) return [422, { message: 'Validation Failed', errors: [{ resource: 'PullRequest', field: headSha ? 'base' : 'head', code: 'invalid' }], documentation_url: docs, status: '422' }];
      if (this.pulls.some((p) => p.state === 'open' && p.head === head && p.base === body.base)) return validation(`A pull request already exists for ${this.owner}:${head}.`, docs);
      if (this.descends(baseSha, headSha)) return validation(`No commits between ${body.base} and ${head}`, docs);
      const p: FakePull = { number: this.nextPull++, state: 'open', title: body.title, body: body.body ?? '', head, base: body.base, merged: false };
      this.pulls.push(p);
      return [201, this.pullJson(m, p, 'pulls/create')];
    });
    on('pulls/update', (m, body) => {
      const p = this.pulls.find((x) => x.number === Number(m.pathParams.pull_number));
      if (!p) return [404, { message: 'Not Found', status: '404' }];
      if (typeof body?.title === 'string') p.title = body.title;
      if (typeof body?.body === 'string') p.body = body.body;
      if (body?.state === 'closed' || body?.state === 'open') p.state = body.state;
      return [200, this.pullJson(m, p, 'pulls/update')];
    });
    return this;
  }

  /** Whether `sha` has `ancestor` in its history (or is it). */
  descends(sha: string, ancestor: string): boolean {
    const seen = new Set<string>();
    const todo = [sha];
    while (todo.length) {
      const s = todo.pop()!;
      if (s === ancestor) return true;
      if (seen.has(s)) continue;
      seen.add(s);
      todo.push(...(this.commits.get(s)?.parents ?? []));
    }
    return false;
  }

  private now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d+Z$/, 'Z');
  }

  private blob(content: Buffer): string {
    const sha = sha1(Buffer.concat([Buffer.from(`blob ${content.length}\0`), content]));
    this.blobs.set(sha, content);
    return sha;
  }

  private putTree(tree: Tree): string {
    const sorted = [...tree].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const sha = sha1(sorted.map(([p, e]) => `${e.mode} ${p}\0${e.sha}`).join('\n'));
    this.trees.set(sha, new Map(sorted));
    return sha;
  }

  private putCommit(c: Commit): string {
    const sha = sha1(`tree ${c.tree}\n${c.parents.map((p) => `parent ${p}\n`).join('')}date ${c.date}\n\n${c.message}`);
    this.commits.set(sha, c);
    return sha;
  }

  private url(rest: string): string {
    return `https://api.github.com/repos/${this.owner}/${this.repo}/${rest}`;
  }

  private treeJson(sha: string): any {
    const tree = this.trees.get(sha)!;
    return {
      sha,
      url: this.url(`git/trees/${sha}`),
      truncated: false,
      tree: [...tree].map(([p, e]) => ({ path: p, mode: e.mode, type: 'blob', sha: e.sha, size: this.blobs.get(e.sha)!.length, url: this.url(`git/blobs/${e.sha}`) })),
    };
  }

  private commitJson(m: Match, sha: string): any {
    const c = this.commits.get(sha)!;
    const ex = this.api.example(m.operation, m.operation.id === 'git/create-commit' ? 201 : 200);
    const who = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com', date: c.date };
    return {
      ...ex,
      sha,
      node_id: `C_${sha.slice(0, 12)}`,
      url: this.url(`git/commits/${sha}`),
      html_url: `https://github.com/${this.owner}/${this.repo}/commit/${sha}`,
      author: who,
      committer: who,
      message: c.message,
      tree: { sha: c.tree, url: this.url(`git/trees/${c.tree}`) },
      parents: c.parents.map((p) => ({ sha: p, url: this.url(`git/commits/${p}`), html_url: `https://github.com/${this.owner}/${this.repo}/commit/${p}` })),
    };
  }

  private refJson(ref: string, sha: string): any {
    return { ref: `refs/${ref}`, node_id: `REF_${sha.slice(0, 8)}`, url: this.url(`git/refs/${ref}`), object: { type: 'commit', sha, url: this.url(`git/commits/${sha}`) } };
  }

  private pullJson(m: Match, p: FakePull, op: string): any {
    const single = this.api.match('GET', `/repos/${this.owner}/${this.repo}/pulls/${p.number}`)!;
    const ex = this.api.example(op === 'pulls/list' ? single.operation : m.operation, op === 'pulls/create' ? 201 : 200);
    const html = `https://github.com/${this.owner}/${this.repo}/pull/${p.number}`;
    const side = (ref: string) => ({ ...ex.head, ref, label: `${this.owner}:${ref}`, sha: this.refs.get(`heads/${ref}`) ?? ex.head.sha });
    return { ...ex, requested_teams: [], requested_reviewers: [], number: p.number, id: p.number * 10, state: p.state, title: p.title, body: p.body, html_url: html, head: side(p.head), base: side(p.base), merged: p.merged, merged_at: null, closed_at: p.state === 'closed' ? '2026-12-01T11:00:00Z' : null };
  }
}
