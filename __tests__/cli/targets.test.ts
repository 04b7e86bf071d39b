import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { commonDirectory, resolveTargets } from '../../src/commands/cli-targets';
import { ConfigError } from '../../src/core/errors';

/** A scratch tree: names ending in / are directories, `.git` makes a work tree. */
function tree(entries: string[]): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-targets-')));
  for (const e of entries) {
    const p = path.join(dir, e);
    if (e.endsWith('/')) fs.mkdirSync(p, { recursive: true });
    else {
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, e.endsWith('.git') ? 'gitdir: /elsewhere\n' : 'kind: Pod\n');
    }
  }
  return dir;
}

describe('scan targets and the root', () => {
  const outside = tree(['elsewhere/pod.yaml', 'elsewhere/deploy/web.yaml', 'other/svc.yaml', 'cwd/', 'chart/Chart.yaml', 'chart/templates/deployment.yaml']);
  const repo = tree(['.git/', 'deploy/a.yaml', 'deploy/b/c.yaml', 'apps/x.yaml', 'sub/.kubegate.yaml', 'sub/k8s/pod.yaml', 'wt/.git', 'wt/k8s/pod.yaml']);

  it.each([
    ['a file outside the current directory: its directory', outside, ['../elsewhere/pod.yaml'], 'cwd', undefined, 'elsewhere', ['pod.yaml']],
    ['an absolute file path', outside, [path.join(outside, 'elsewhere/pod.yaml')], 'cwd', undefined, 'elsewhere', ['pod.yaml']],
    ['files in two directories: their common directory', outside, ['../elsewhere/pod.yaml', '../other/svc.yaml'], 'cwd', undefined, '.', ['elsewhere/pod.yaml', 'other/svc.yaml']],
    ['a directory and a file under it', outside, ['../elsewhere', '../elsewhere/deploy/web.yaml'], 'cwd', undefined, 'elsewhere', ['.', 'deploy/web.yaml']],
    ['a template of a chart outside a work tree: the chart', outside, ['../chart/templates/deployment.yaml'], 'cwd', undefined, 'chart', ['templates/deployment.yaml']],
    ['inside a git work tree: its top level', repo, ['deploy/b'], '.', undefined, '.', ['deploy/b']],
    ['run from a subdirectory of the work tree', repo, ['.'], 'deploy', undefined, '.', ['deploy']],
    ['two directories of the work tree', repo, ['deploy/a.yaml', 'apps'], '.', undefined, '.', ['deploy/a.yaml', 'apps']],
    ['a directory with its own .kubegate.yaml below the top level', repo, ['sub/k8s'], '.', undefined, 'sub', ['k8s']],
    ['a worktree (.git is a file)', repo, ['wt/k8s/pod.yaml'], '.', undefined, 'wt', ['k8s/pod.yaml']],
    ['--root overrides', repo, ['deploy/b'], '.', 'deploy', 'deploy', ['b']],
  ])('%s', (_n, base, args, cwd, rootFlag, root, targets) => {
    const r = resolveTargets(args, rootFlag, path.join(base, cwd), { allowStdin: true });
    expect({ root: path.relative(base, r.root) || '.', targets: r.targets, stdin: r.stdin }).toEqual({ root, targets, stdin: false });
  });

  it.each([
    ['only -: no tree, the root is the work tree', ['-'], 'deploy', '.', []],
    ['- and a directory', ['-', 'deploy/b'], '.', '.', ['deploy/b']],
  ])('standard input: %s', (_n, args, cwd, root, targets) => {
    const r = resolveTargets(args, undefined, path.join(repo, cwd), { allowStdin: true });
    expect({ root: path.relative(repo, r.root) || '.', targets: r.targets, stdin: r.stdin }).toEqual({ root, targets, stdin: true });
  });

  it('only - outside any work tree: the current directory is the root', () => {
    expect(resolveTargets(['-'], undefined, path.join(outside, 'cwd'), { allowStdin: true })).toEqual({ root: path.join(outside, 'cwd'), targets: [], stdin: true });
  });

  it('a command that cannot read standard input says so', () => {
    expect(() => resolveTargets(['-'], undefined, repo)).toThrow(ConfigError);
  });

  it('a missing path is a usage error', () => {
    expect(() => resolveTargets(['nope.yaml'], undefined, repo)).toThrow(/nope\.yaml does not exist/);
  });

  it.each([
    [['/a/b/c', '/a/b/d'], '/a/b'],
    [['/a/b', '/a/bc'], '/a'],
    [['/a', '/b'], '/'],
    [['/a/b/c.yaml'], '/a/b'],
  ])('the common directory of %j is %s (paths that are not directories count by their parent)', (paths, common) => {
    expect(commonDirectory(paths)).toBe(common);
  });
});
