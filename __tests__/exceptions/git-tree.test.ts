import * as fs from 'node:fs';
import * as path from 'node:path';
import { listDirAt, openRepo, pathKindAt } from '../../src/workspace/git';
import { discoverCustomPolicy } from '../../src/policy/discover';
import { commitTree } from '../../src/policy/policy-tree';
import { TempRepo } from './git-helpers';

describe('reading a directory of a commit without checking it out', () => {
  let repo: TempRepo;
  let base: string;
  beforeAll(() => {
    repo = new TempRepo();
    repo.write({
      'svc/.kubegate/rules/a/rule.yaml': 'id: a\n',
      'svc/.kubegate/rules/a/fixtures/fail.x.yaml': 'kind: Pod\n',
      'svc/.kubegate/rules/b.yml': 'id: b\n',
      'svc/.kubegate/rules/notes.md': 'not a rule\n',
      'svc/.kubegate/frameworks/org.yaml': 'id: org\n',
      'svc/.kubegate/frameworks/nested/ignored.yaml': 'id: nested\n',
      'svc/.kubegate/policies/p.yaml': 'kind: ValidatingAdmissionPolicy\n',
      'svc/deploy/app.yaml': 'kind: Deployment\n',
    });
    // a symlink in the tree is skipped, as the work-tree walk skips it
    fs.symlinkSync('a/rule.yaml', path.join(repo.dir, 'svc/.kubegate/rules/link.yaml'));
    base = repo.commit('base', {});
    // the work tree moves on; the commit is what is read
    repo.commit('head', { 'svc/.kubegate/rules/b.yml': null, 'svc/.kubegate/rules/c.yaml': 'id: c\n' });
  });
  afterAll(() => repo.remove());

  test('lists one level of a directory, relative to the scanned sub-directory', () => {
    const r = openRepo(path.join(repo.dir, 'svc'))!;
    expect(listDirAt(r, base, '.kubegate/rules').sort((x, y) => x.name.localeCompare(y.name))).toEqual([
      { name: 'a', kind: 'dir' },
      { name: 'b.yml', kind: 'file' },
      { name: 'notes.md', kind: 'file' },
    ]);
    expect(listDirAt(r, base, 'missing')).toEqual([]);
  });

  test.each<[string, 'dir' | 'file' | undefined]>([
    ['.kubegate', 'dir'],
    ['.kubegate/rules/b.yml', 'file'],
    ['.kubegate/rules/link.yaml', undefined],
    ['.kubegate/rules/c.yaml', undefined],
    ['nope', undefined],
    ['.', 'dir'],
  ])('%s is %s at the commit', (rel, kind) => {
    expect(pathKindAt(openRepo(path.join(repo.dir, 'svc'))!, base, rel)).toBe(kind);
  });

  test('discovers the same policy files in a commit as in a work tree', () => {
    const root = path.join(repo.dir, 'svc');
    const fromCommit = discoverCustomPolicy(root, {}, commitTree(openRepo(root)!, base));
    expect(fromCommit.rules.map((f) => f.path)).toEqual(['.kubegate/rules/a/rule.yaml', '.kubegate/rules/b.yml']);
    expect(fromCommit.frameworks.map((f) => f.path)).toEqual(['.kubegate/frameworks/org.yaml']);
    expect(fromCommit.policies.map((f) => [f.path, f.text])).toEqual([['.kubegate/policies/p.yaml', 'kind: ValidatingAdmissionPolicy\n']]);
    const fromWorkTree = discoverCustomPolicy(root);
    expect(fromWorkTree.rules.map((f) => f.path)).toEqual(['.kubegate/rules/a/rule.yaml', '.kubegate/rules/c.yaml']);
    expect(fromWorkTree.frameworks).toEqual(fromCommit.frameworks);
  });
});
