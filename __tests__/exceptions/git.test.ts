import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigError } from '../../src/core/errors';
import { changedFiles, extractTree, findBaseCommit, openRepo, readFileAt, resolveCommit } from '../../src/workspace/git';
import { TempRepo } from './git-helpers';

describe('git helpers', () => {
  let repo: TempRepo;
  let base: string;
  let pr: string;
  beforeAll(() => {
    repo = new TempRepo();
    base = repo.commit('base', {
      'deploy/app.yaml': 'kind: A\n',
      'deploy/nested/b.yaml': 'kind: B\n',
      'other/x.yaml': 'kind: X\n',
      // export-ignore hides files from `git archive`; the base scan must still see them
      '.gitattributes': 'deploy/nested/** export-ignore\n',
    });
    repo.git('checkout', '-q', '-b', 'pr');
    pr = repo.commit('pr', { 'deploy/app.yaml': 'kind: A2\n', 'deploy/new.yaml': 'kind: N\n', 'deploy/nested/b.yaml': null });
  });
  afterAll(() => repo.remove());

  test('a directory outside git is not a repository', () => {
    expect(openRepo(path.dirname(repo.dir))).toBeUndefined();
  });

  test('extracts the scanned sub-directory as it was at a commit, then cleans up', () => {
    const sub = openRepo(path.join(repo.dir, 'deploy'))!;
    expect(sub.prefix).toBe('deploy/');
    const { dir, cleanup } = extractTree(sub, base);
    try {
      const list = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? list(path.join(d, e.name)).map((x) => `${e.name}/${x}`) : [e.name]));
      expect(list(dir).sort()).toEqual(['app.yaml', 'nested/b.yaml']);
      expect(fs.readFileSync(path.join(dir, 'app.yaml'), 'utf8')).toBe('kind: A\n');
    } finally {
      cleanup();
    }
    expect(fs.existsSync(dir)).toBe(false);
    // the clone's own index and work tree are untouched
    expect(repo.git('status', '--porcelain')).toBe('');
    expect(fs.readFileSync(path.join(repo.dir, 'deploy/app.yaml'), 'utf8')).toBe('kind: A2\n');
  });

  test('reads a file of the scanned directory at a commit', () => {
    const sub = openRepo(path.join(repo.dir, 'deploy'))!;
    expect(readFileAt(sub, base, 'app.yaml')).toBe('kind: A\n');
    expect(readFileAt(sub, base, 'new.yaml')).toBeUndefined();
    expect(readFileAt(sub, pr, 'new.yaml')).toBe('kind: N\n');
  });

  test('lists files changed since a commit, uncommitted and untracked ones included', () => {
    const r = openRepo(repo.dir)!;
    fs.writeFileSync(path.join(repo.dir, 'deploy/untracked.yaml'), 'x');
    try {
      expect(changedFiles(r, base, ['deploy'])).toEqual([
        { status: 'modified', file: 'deploy/app.yaml' },
        { status: 'removed', file: 'deploy/nested/b.yaml' },
        { status: 'added', file: 'deploy/new.yaml' },
        { status: 'added', file: 'deploy/untracked.yaml' },
      ]);
    } finally {
      fs.rmSync(path.join(repo.dir, 'deploy/untracked.yaml'));
    }
  });

  test('a revision that looks like an option is refused', () => {
    expect(() => resolveCommit(openRepo(repo.dir)!, '--output=/tmp/x')).toThrow(ConfigError);
  });

  describe('finding the base commit', () => {
    test('a named ref', () => {
      expect(findBaseCommit(openRepo(repo.dir)!, 'main')).toEqual({ sha: base, ref: 'main' });
    });

    test('unnamed: the merge-base with the default branch', () => {
      expect(findBaseCommit(openRepo(repo.dir)!)).toEqual({ sha: base, ref: 'merge-base of HEAD and main' });
    });

    test('on a PR merge commit (what actions/checkout checks out): its first parent', () => {
      repo.git('checkout', '-q', '--detach', 'main');
      repo.commit('main moves on', { 'other/y.yaml': 'kind: Y\n' });
      const mainTip = repo.git('rev-parse', 'HEAD');
      repo.git('-c', 'user.name=T', '-c', 'user.email=t@e', 'merge', '-q', '--no-ff', '-m', 'merge', 'pr');
      try {
        expect(findBaseCommit(openRepo(repo.dir)!)).toEqual({ sha: mainTip, ref: 'HEAD^1' });
        // a shallow clone may lack pull_request.base.sha: fall back to the merge's base side, and say so
        const r = findBaseCommit(openRepo(repo.dir)!, 'ffffffffffffffffffffffffffffffffffffffff');
        expect(r).toMatchObject({ sha: mainTip, ref: 'HEAD^1' });
        expect(r.note).toMatch(/not in the clone; using HEAD\^1/);
      } finally {
        repo.git('checkout', '-q', 'pr');
      }
    });
  });
});
