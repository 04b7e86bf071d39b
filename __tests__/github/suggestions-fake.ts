/**
 * The pull-request side of the fake GitHub for the suggestion tests: a PR whose files and
 * patches come from a real `git diff` of a base and a head workspace, its review comments, and
 * `POST .../reviews` judged as GitHub judges it (a comment's lines must lie in one hunk of the
 * file's diff at the head commit, else 422 for the whole review).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parsePatch, type ChangedLines } from '../../src/fix/pr-diff';
import type { OpenApi } from './fake-api/openapi';
import type { FakeGitHub, Recorded } from './fake-api/server';
import { HEAD_SHA, REPO, workspace } from './harness';

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface PrFile {
  filename: string;
  status: 'added' | 'modified' | 'removed';
  patch?: string;
}

export interface StoredComment {
  id: number;
  body: string;
  path: string;
  /** null once the comment is outdated, as GitHub reports it. */
  line: number | null;
  start_line?: number | null;
  login: string;
  review_id?: number;
}

/** GitHub's answer when a review comment's line is not in the diff. */
export const LINE_NOT_IN_DIFF = {
  status: 422,
  body: { message: 'Unprocessable Entity', errors: ['Pull request review thread line must be part of the diff'], documentation_url: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request', status: '422' },
};

export class FakePullRequest {
  comments: StoredComment[] = [];
  reviews: any[] = [];
  /** Lines (`path:line`) GitHub pretends are not in its diff, as when the PR moved on meanwhile. */
  readonly refuse = new Set<string>();
  /** Refuse every comment spanning several lines. */
  refuseRanges = false;
  private nextId = 7000;
  private readonly changes: Map<string, ChangedLines>;

  constructor(
    readonly files: PrFile[],
    private readonly api: OpenApi,
  ) {
    this.changes = new Map(files.filter((f) => f.patch).map((f) => [f.filename, parsePatch(f.patch!)]));
  }

  /** Serves the three pull-request operations on `gh`. */
  install(gh: FakeGitHub): this {
    gh.handlers.set('pulls/list-files', (m, rec) => this.page(gh, rec, this.files.map((f) => this.diffEntry(m, f))));
    gh.handlers.set('pulls/list-review-comments', (m, rec) => this.page(gh, rec, this.comments.map((c) => this.reviewComment(m, c))));
    gh.handlers.set('pulls/create-review', (m, _rec, body) => this.createReview(m, body));
    return this;
  }

  private createReview(m: any, body: any): [number, unknown] {
    if (body?.commit_id !== HEAD_SHA) return [422, { message: 'Unprocessable Entity', errors: ['commit_id is not part of the pull request'], status: '422' }];
    for (const c of body?.comments ?? []) {
      const changes = this.changes.get(c.path);
      const start = c.start_line ?? c.line;
      const hunk = changes?.hunks.find((h) => h.start <= start && c.line <= h.end);
      const refused = (this.refuseRanges && c.start_line !== undefined) || [...Array(c.line - start + 1).keys()].some((i) => this.refuse.has(`${c.path}:${start + i}`));
      if (!hunk || refused) return [LINE_NOT_IN_DIFF.status, LINE_NOT_IN_DIFF.body];
    }
    const ex = this.api.example(m.operation, 200);
    const id = this.nextId++;
    const review = { ...ex, id, node_id: `PRR_${id}`, body: body.body ?? '', state: 'COMMENTED', commit_id: body.commit_id, html_url: `https://github.com/${m.pathParams.owner}/${m.pathParams.repo}/pull/${m.pathParams.pull_number}#pullrequestreview-${id}` };
    this.reviews.push({ ...body, id });
    for (const c of body.comments ?? []) this.comments.push({ id: this.nextId++, body: c.body, path: c.path, line: c.line, start_line: c.start_line ?? null, login: 'github-actions[bot]', review_id: id });
    return [200, review];
  }

  private page(gh: FakeGitHub, rec: Recorded, all: any[]): [number, unknown, Record<string, string>] {
    const per = Number(rec.query.per_page ?? 30);
    const page = Number(rec.query.page ?? 1);
    const pages = Math.max(1, Math.ceil(all.length / per));
    const link = (p: number, rel: string) => `<${gh.url}${rec.path}?per_page=${per}&page=${p}>; rel="${rel}"`;
    const links = [page < pages ? link(page + 1, 'next') : '', link(pages, 'last')].filter(Boolean).join(', ');
    return [200, all.slice((page - 1) * per, page * per), pages > 1 ? { link: links } : {}];
  }

  private diffEntry(m: any, f: PrFile): any {
    const ex = this.api.example(m.operation, 200)[0];
    const counts = (c: string) => (f.patch ?? '').split('\n').filter((l) => l.startsWith(c) && !l.startsWith(`${c}${c}${c}`)).length;
    const entry: any = {
      ...ex,
      filename: f.filename,
      status: f.status,
      additions: counts('+'),
      deletions: counts('-'),
      changes: counts('+') + counts('-'),
      blob_url: `https://github.com/octo-org/platform/blob/${HEAD_SHA}/${f.filename}`,
      raw_url: `https://github.com/octo-org/platform/raw/${HEAD_SHA}/${f.filename}`,
      contents_url: `https://api.github.com/repos/octo-org/platform/contents/${f.filename}?ref=${HEAD_SHA}`,
    };
    if (f.patch === undefined) delete entry.patch;
    else entry.patch = f.patch;
    return entry;
  }

  private reviewComment(m: any, c: StoredComment): any {
    const ex = this.api.example(m.operation, 200)[0];
    return {
      ...ex,
      id: c.id,
      node_id: `PRRC_${c.id}`,
      pull_request_review_id: c.review_id ?? null,
      body: c.body,
      path: c.path,
      line: c.line,
      original_line: c.line ?? 1,
      start_line: c.start_line ?? null,
      original_start_line: c.start_line ?? null,
      position: c.line,
      commit_id: HEAD_SHA,
      user: { ...ex.user, login: c.login, type: c.login.endsWith('[bot]') ? 'Bot' : 'User' },
    };
  }
}

/**
 * A checkout of the PR head and the PR's files with the patches `git diff` gives between the
 * base and the head (hunks only, as GitHub's `patch` field holds them).
 */
export function pullRequestWorkspace(base: Record<string, string>, head: Record<string, string>, extra: PrFile[] = []): { dir: string; files: PrFile[] } {
  const dir = workspace([]);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-base-'));
  const files: PrFile[] = [];
  for (const [file, text] of Object.entries(head)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  for (const file of [...new Set([...Object.keys(base), ...Object.keys(head)])].sort()) {
    if (base[file] === head[file]) continue;
    const before = path.join(scratch, 'a', file);
    const after = path.join(scratch, 'b', file);
    for (const [p, text] of [
      [before, base[file]],
      [after, head[file]],
    ] as const) {
      if (text === undefined) continue;
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, text);
    }
    const r = spawnSync('git', ['diff', '--no-index', '--no-color', '-U3', base[file] === undefined ? '/dev/null' : before, head[file] === undefined ? '/dev/null' : after], { encoding: 'utf8' });
    if (r.status !== 1) throw new Error(`git diff failed: ${r.stderr}`);
    const patch = r.stdout.slice(r.stdout.indexOf('\n@@') + 1).replace(/\n$/, '');
    files.push({ filename: file, status: base[file] === undefined ? 'added' : head[file] === undefined ? 'removed' : 'modified', patch });
  }
  fs.rmSync(scratch, { recursive: true, force: true });
  return { dir, files: [...files, ...extra] };
}

/** A repository file's text, for building base and head versions from the examples and fixtures. */
export function repoFile(rel: string): string {
  return fs.readFileSync(path.join(REPO, rel), 'utf8');
}

/** Every file under a repository directory, keyed by its path under `to`. */
export function repoTree(from: string, to: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(REPO, from, rel), { withFileTypes: true })) {
      const r = path.posix.join(rel, e.name);
      if (e.isDirectory()) walk(r);
      else out[path.posix.join(to, r)] = repoFile(path.posix.join(from, r));
    }
  };
  walk('');
  return out;
}
