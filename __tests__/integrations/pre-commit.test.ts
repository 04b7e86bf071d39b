import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { EXIT } from '../../src/cli';
import { cleanup, kubegateOnPath, REPO, run, tempDir } from './helpers';

/* eslint-disable @typescript-eslint/no-explicit-any */

afterAll(cleanup);

const hooks: any[] = parse(fs.readFileSync(path.join(REPO, '.pre-commit-hooks.yaml'), 'utf8'));
const hook = hooks.find((h) => h.id === 'kubegate');
// pre-commit matches `files` with Python's re.search; this pattern means the same in JavaScript
const files = new RegExp(hook.files);

describe('.pre-commit-hooks.yaml', () => {
  it('declares a node hook that gets the staged file names, in one process', () => {
    expect(hook).toMatchObject({ language: 'node', entry: 'kubegate scan', pass_filenames: true, require_serial: true });
  });

  it.each([
    ['k8s/deploy.yaml', true],
    ['k8s/deploy.yml', true],
    ['k8s/deploy.json', true],
    ['charts/web/Chart.yaml', true],
    ['charts/web/templates/_helpers.tpl', false],
    ['README.md', false],
    ['k8s/deploy.yaml.orig', false],
  ])('files matches %s: %s', (name, matched) => expect(files.test(name)).toBe(matched));
});

/**
 * The hook as pre-commit runs it: from the repository root, `entry` followed by the staged file
 * names that match `files`. The repository holds a plain manifest directory, a Kustomize base
 * with an overlay whose patch is a partial Deployment, a Helm chart, and non-Kubernetes files.
 */
describe('the hook on staged files', () => {
  let repo: string;
  let binDir: string;

  beforeAll(() => {
    binDir = kubegateOnPath();
    repo = tempDir('precommit');
    const copies: Array<[string, string]> = [
      ['examples/argocd/app', 'k8s/app'],
      ['examples/insecure', 'k8s/insecure'],
      ['__tests__/fixtures/kustomize/shop', 'deploy/shop'],
      ['__tests__/fixtures/helm/web', 'charts/web'],
      ['package.json', 'package.json'],
      ['README.md', 'README.md'],
    ];
    for (const [from, to] of copies) fs.cpSync(path.join(REPO, from), path.join(repo, to), { recursive: true });
    // pre-commit runs in a git work tree: finding paths are relative to its top level
    expect(run('git', ['init', '--quiet'], { cwd: repo }).status).toBe(0);
    fs.writeFileSync(path.join(repo, '.pre-commit-config.yaml'), 'repos:\n  - repo: https://github.com/kubegate/kubegate\n    rev: v0.1.0\n    hooks:\n      - id: kubegate\n');
  });

  function commitHook(staged: string[]): { status: number | null; out: string; ms: number } {
    const [cmd, ...args] = hook.entry.split(' ');
    const t0 = Date.now();
    const r = run(cmd, [...args, ...staged.filter((f) => files.test(f))], { cwd: repo, env: { ...process.env, PATH: `${binDir}:${process.env.PATH}` } });
    return { status: r.status, out: r.stdout + r.stderr, ms: Date.now() - t0 };
  }

  it('passes a hardened manifest', () => {
    const r = commitHook(['k8s/app/shop.yaml', 'README.md']);
    expect(r).toMatchObject({ status: EXIT.pass });
    expect(r.out).toMatch(/Gate passed\./);
  });

  it('blocks an insecure manifest, naming file, line and rule', () => {
    const r = commitHook(['k8s/insecure/debug-pod.yaml']);
    expect(r.status).toBe(EXIT.gateFailed);
    expect(r.out).toMatch(/^k8s\/insecure\/debug-pod\.yaml$/m);
    expect(r.out).toMatch(/^ {2}19:9 +high +privileged-container +Container "shell" of Pod debug runs privileged /m);
  });

  it('builds the overlay a staged patch belongs to instead of judging the partial object', () => {
    const r = commitHook(['deploy/shop/overlays/prod/privileged.yaml']);
    expect(r.status).toBe(EXIT.gateFailed);
    // the patch's one finding is its own line; the limits and probes it does not repeat are the base's
    const section = /^deploy\/shop\/overlays\/prod\/privileged\.yaml\n((?: {2}.*\n)+)/m.exec(r.out)?.[1] ?? '';
    expect(section.trimEnd().split('\n').map((l) => /^ {2}\d+:\d+ +[a-z]+ +([a-z0-9-]+) /.exec(l)?.[1])).toEqual(['privileged-container']);
    expect(section).toMatch(/of Deployment prod-cart /);
    expect(r.out).not.toMatch(/Invalid YAML|^error: /m);
  });

  it('renders the chart a staged template belongs to instead of parsing the template', () => {
    const r = commitHook(['charts/web/templates/deployment.yaml', 'charts/web/templates/_helpers.tpl']);
    expect(r.out).not.toMatch(/Invalid YAML|^error: /m);
    expect(r.out).toMatch(/^charts\/web\/templates\/deployment\.yaml$/m);
    expect(r.status).toBe(EXIT.gateFailed);
  });

  it('ignores YAML and JSON that are not Kubernetes manifests', () => {
    const r = commitHook(['package.json', '.pre-commit-config.yaml', 'README.md']);
    expect(r).toMatchObject({ status: EXIT.pass });
    expect(r.out).toMatch(/^0 objects in 2 files/m);
  });

  it('scans every example manifest in one run', () => {
    const staged = ['k8s/app/shop.yaml', 'k8s/insecure/debug-pod.yaml', 'k8s/insecure/workloads.yaml', 'deploy/shop/overlays/prod/privileged.yaml', 'charts/web/templates/deployment.yaml'];
    const r = commitHook(staged);
    // one run for all staged files, not one per file (time is for npm run bench, not tests)
    expect(r.status).toBe(EXIT.gateFailed);
    expect(r.out.match(/^\d+ objects? in \d+ files?/gm)).toHaveLength(1);
  });
});
