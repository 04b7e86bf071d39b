/**
 * The fake Git Data store must refuse what GitHub refuses (its REST reference, "Git database"
 * and "Pulls"), or the fix pull request tests prove nothing. Driven over HTTP as a client would.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { OpenApi } from './fake-api/openapi';
import { FakeGitHub } from './fake-api/server';
import { FakeRepository } from './git-fake';

/* eslint-disable @typescript-eslint/no-explicit-any */

const BASE = '1'.repeat(40);
const FIX = 'kubegate%2Ffixes%2Fmain';
let api: OpenApi;
let gh: FakeGitHub;
let repo: FakeRepository;
let dir: string;

beforeAll(() => {
  api = new OpenApi();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-git-fake-'));
  fs.mkdirSync(path.join(dir, 'deploy'));
  fs.writeFileSync(path.join(dir, 'deploy/a.yaml'), 'kind: ConfigMap\n');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

beforeEach(async () => {
  gh = await new FakeGitHub(api).start();
  repo = new FakeRepository('octo-org', 'platform', api).install(gh);
  repo.commitDirectory(dir, BASE, 'main');
});
afterEach(async () => {
  expect(gh.requests.filter((q) => q.errors.length).map((q) => q.errors)).toEqual([]);
  expect(gh.responseErrors).toEqual([]);
  await gh.stop();
});

async function req(method: string, rest: string, body?: unknown): Promise<{ status: number; data: any }> {
  const res = await fetch(`${gh.url}/repos/octo-org/platform/${rest}`, {
    method,
    headers: { authorization: 'token ghs_test', 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, data: text ? JSON.parse(text) : undefined };
}

async function fixCommit(content: string, parent = BASE): Promise<string> {
  const base = await req('GET', `git/commits/${parent}`);
  const blob = await req('POST', 'git/blobs', { content: Buffer.from(content).toString('base64'), encoding: 'base64' });
  const tree = await req('POST', 'git/trees', { base_tree: base.data.tree.sha, tree: [{ path: 'deploy/a.yaml', mode: '100644', type: 'blob', sha: blob.data.sha }] });
  return (await req('POST', 'git/commits', { message: 'fix', tree: tree.data.sha, parents: [parent] })).data.sha;
}

const createBranch = (sha: string, name = 'kubegate/fixes/main') => req('POST', 'git/refs', { ref: `refs/heads/${name}`, sha });
const head = async () => (await req('GET', `git/ref/heads%2F${FIX}`)).data?.object?.sha;

test('a missing branch is 404 on the singular git/ref route', async () => {
  expect((await req('GET', `git/ref/heads%2F${FIX}`)).status).toBe(404);
  expect(gh.requests.at(-1)!.operationId).toBe('git/get-ref');
});

test('creating a branch that exists answers 422 "Reference already exists"', async () => {
  const c = await fixCommit('kind: ConfigMap\n# fixed\n');
  expect((await createBranch(c)).status).toBe(201);
  expect(await head()).toBe(c);
  const again = await createBranch(c);
  expect([again.status, again.data.message]).toEqual([422, 'Reference already exists']);
});

test('moving a branch to a commit that does not descend from its head needs force', async () => {
  const first = await fixCommit('kind: ConfigMap\n# one\n');
  await createBranch(first);
  const second = await fixCommit('kind: ConfigMap\n# two\n');
  const plain = await req('PATCH', `git/refs/heads%2F${FIX}`, { sha: second });
  expect([plain.status, plain.data.message]).toEqual([422, 'Update is not a fast forward']);
  expect(await head()).toBe(first);
  expect((await req('PATCH', `git/refs/heads%2F${FIX}`, { sha: second, force: true })).status).toBe(200);
  expect(await head()).toBe(second);
  // a descendant moves without force
  const third = await fixCommit('kind: ConfigMap\n# three\n', second);
  expect((await req('PATCH', `git/refs/heads%2F${FIX}`, { sha: third })).status).toBe(200);
});

test('the same content gives the same tree, while a commit made again is a new commit', async () => {
  const c1 = await fixCommit('kind: ConfigMap\n# same\n');
  const c2 = await fixCommit('kind: ConfigMap\n# same\n');
  expect(c1).not.toBe(c2);
  const t = async (c: string) => (await req('GET', `git/commits/${c}`)).data.tree.sha;
  expect(await t(c1)).toBe(await t(c2));
  expect(await t(c1)).not.toBe(await t(BASE));
  // git's own blob id
  expect((await req('POST', 'git/blobs', { content: 'hello\n', encoding: 'utf-8' })).data.sha).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
});

test('pulls?head= filters only in the owner:branch form', async () => {
  await createBranch(await fixCommit('kind: ConfigMap\n# f\n'));
  await createBranch(await fixCommit('kind: ConfigMap\n# o\n'), 'other');
  await req('POST', 'pulls', { head: 'kubegate/fixes/main', base: 'main', title: 'a' });
  await req('POST', 'pulls', { head: 'other', base: 'main', title: 'b' });
  const owned = await req('GET', `pulls?head=${encodeURIComponent('octo-org:kubegate/fixes/main')}`);
  expect(owned.data.map((p: any) => p.title)).toEqual(['a']);
  const bare = await req('GET', `pulls?head=${encodeURIComponent('kubegate/fixes/main')}`);
  expect(bare.data.map((p: any) => p.title).sort()).toEqual(['a', 'b']);
});

test.each([
  ['a second open pull request for the same head', 'A pull request already exists for octo-org:kubegate/fixes/main.'],
  ['a head with nothing the base lacks', 'No commits between main and kubegate/fixes/main'],
])('pulls/create answers 422 for %s', async (name, message) => {
  const second = name.startsWith('a second');
  await createBranch(second ? await fixCommit('kind: ConfigMap\n# f\n') : BASE);
  if (second) expect((await req('POST', 'pulls', { head: 'kubegate/fixes/main', base: 'main', title: 'first' })).status).toBe(201);
  const res = await req('POST', 'pulls', { head: 'kubegate/fixes/main', base: 'main', title: 'again' });
  expect(res.status).toBe(422);
  expect(res.data.errors[0].message).toBe(message);
});

test('closing a pull request leaves its branch', async () => {
  const c = await fixCommit('kind: ConfigMap\n# f\n');
  await createBranch(c);
  const pr = await req('POST', 'pulls', { head: 'kubegate/fixes/main', base: 'main', title: 't' });
  expect((await req('PATCH', `pulls/${pr.data.number}`, { state: 'closed' })).data.state).toBe('closed');
  expect(repo.pulls[0].state).toBe('closed');
  expect(await head()).toBe(c);
});
