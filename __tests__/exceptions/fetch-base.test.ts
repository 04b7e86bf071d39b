/**
 * `baseline: auto` on a pull request checked out as actions/checkout does by default (one commit
 * deep): the base commit is fetched from the remote, shallowly, and the scan judges only what the
 * pull request introduces. When it cannot be fetched, one notice says so and everything is judged.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fetchCommit } from '../../src/workspace/git';
import { git, makeWebPrivileged, removeWorkspaces, shallowSmallPr } from '../helpers/pr-workspaces';
import { scanDir } from '../helpers/scan';

let top: string;
let baseSha: string;
let headSha: string;
let clone: string;

beforeAll(() => {
  top = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-fetch-'));
  // the PR adds a privileged container to the web Deployment and fixes nothing
  ({ clone, baseSha, headSha } = shallowSmallPr(top, makeWebPrivileged));
});

afterAll(() => {
  fs.rmSync(top, { recursive: true, force: true });
  removeWorkspaces();
});

test('the shallow checkout lacks the base commit; fetchCommit brings it, one commit deep', () => {
  expect(() => git(clone, 'cat-file', '-e', `${baseSha}^{commit}`)).toThrow();
  expect(fetchCommit(clone, baseSha)).toBeUndefined();
  expect(git(clone, 'cat-file', '-t', baseSha)).toBe('commit');
  expect(git(clone, 'rev-parse', '--is-shallow-repository')).toBe('true');
  expect(git(clone, 'rev-parse', 'HEAD')).toBe(headSha);
  // already there: nothing to do
  expect(fetchCommit(clone, baseSha)).toBeUndefined();
});

test('baseline auto with the base commit: only what the PR introduces is judged', async () => {
  const r = await scanDir(clone, { baseRef: baseSha });
  expect(r.comparison).toBeDefined();
  const active = r.findings.filter((f) => !f.suppression);
  expect(active.map((f) => f.ruleId)).toContain('privileged-container');
  expect(new Set(active.map((f) => f.file))).toEqual(new Set(['deploy/web.yaml']));
  expect(r.findings.filter((f) => f.suppression?.kind === 'baseline').length).toBeGreaterThan(40);
  expect(r.gate.failed).toBe(true);
  expect(r.diagnostics.filter((d) => d.code.startsWith('baseline'))).toEqual([]);
});

test('baseline auto without a base (not a pull request): every finding is judged, nothing noted', async () => {
  const r = await scanDir(clone, {});
  expect(r.comparison).toBeUndefined();
  expect(r.diagnostics.filter((d) => d.code.endsWith('-unavailable'))).toEqual([]);
});

test.each([
  ['a remote that cannot be reached', 'gone', true],
  ['a commit the remote does not have', 'unknown', false],
])('%s: the reason is returned, and the scan judges everything with one notice', async (_name, name, unreachable) => {
  const dir = path.join(top, `broken-${name}`);
  git(top, 'clone', '-q', '--depth', '1', '--branch', 'pr', `file://${path.join(top, 'remote.git')}`, dir);
  if (unreachable) git(dir, 'remote', 'set-url', 'origin', `file://${path.join(top, 'gone.git')}`);
  const missing = unreachable ? baseSha : 'f'.repeat(40);
  const why = fetchCommit(dir, missing);
  expect(why).toMatch(/^git fetch of [0-9a-f]{7} from origin failed: \S/);
  const r = await scanDir(dir, { baseRef: missing, baseUnavailable: why });
  expect(r.comparison).toBeUndefined();
  const notes = r.diagnostics.filter((d) => d.code.endsWith('-unavailable'));
  expect(notes).toEqual([expect.objectContaining({ code: 'baseline-unavailable', level: 'notice', gating: false })]);
  expect(notes[0].message).toContain(why);
  // the gate judged every finding: the insecure examples fail it on their own
  expect(r.gate.failed).toBe(true);
  expect(r.findings.filter((f) => f.suppression)).toEqual([]);
});

test('trusted-config base cannot do without the base: a configuration error naming why the fetch failed', async () => {
  const why = 'git fetch of fffffff from origin failed: not our ref';
  await expect(scanDir(clone, { baseRef: 'f'.repeat(40), baseUnavailable: why, trustedConfig: 'base' })).rejects.toThrow(`trusted-config: base needs the base commit, which could not be fetched (${why})`);
});

test('anything but a full commit id is refused without running git', () => {
  expect(fetchCommit(clone, '--upload-pack=touch /tmp/x')).toMatch(/is not a full commit id/);
});
