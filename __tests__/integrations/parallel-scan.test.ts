import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundleInto, cleanup, tempDir, workspace } from './helpers';
import { CASES, COMPANION } from '../hostile/cases';
import { privilegedPod, removeTempRepos } from '../hostile/generate';

/**
 * The bundled CLI judges large trees in several threads (src/pipeline/parallel-evaluate.ts). A
 * thread count must never change what a scan says: the reports of one thread and of several are
 * the same, finding for finding, fix for fix, on real manifests with objects that refer to each
 * other across files (RBAC bindings, ServiceAccounts, NetworkPolicies) and rendered objects that
 * the workers only see as context.
 */
describe('a scan in several threads', () => {
  let cli: string;
  let tree: string;
  beforeAll(() => {
    const dist = path.join(tempDir('parallel'), 'dist');
    bundleInto(dist);
    cli = path.join(dist, 'cli.js');
    // RBAC, NetworkPolicies and ServiceAccounts spread over files, and one overlay rendered by kustomize
    tree = workspace([
      ['__tests__/corpus/real/argo-cd', 'argo-cd'],
      ['__tests__/corpus/real/kube-prometheus', 'kube-prometheus'],
      ['__tests__/corpus/real/istio', 'istio'],
      ['__tests__/corpus/real/microservices-demo', 'microservices-demo'],
      ['__tests__/corpus/kustomize/metrics-server', 'overlays/metrics-server'],
    ]);
  });
  afterAll(() => {
    cleanup();
    removeTempRepos();
  });

  const scan = (jobs: string, format: string, extra: string[] = [], cwd = () => tree) => {
    const out = path.join(tempDir('parallel-out'), `report.${format}`);
    const r = spawnSync(process.execPath, [cli, 'scan', '.', '--frameworks', 'all', '--format', format, '--output', out, '--jobs', jobs, '--verbose', ...extra], {
      cwd: cwd(),
      encoding: 'utf8',
      maxBuffer: 64 << 20,
      env: { ...process.env, NO_COLOR: '1' },
    });
    const text = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
    return { code: r.status, stderr: r.stderr, report: text ? JSON.parse(text) : null };
  };

  /** What may differ between two runs of the same scan: the time it took. */
  const timeless = (report: { stats?: { durationMs?: number }; runs?: Array<{ invocations?: unknown }> }) => {
    if (report.stats) delete report.stats.durationMs;
    for (const run of report.runs ?? []) delete run.invocations;
    return report;
  };

  it.each([
    ['sarif', '3'],
    ['json', '2'],
  ])('writes the same %s report in one thread and in %s', (format, jobs) => {
    const one = scan('1', format);
    const many = scan(jobs, format);
    expect(one.stderr).not.toMatch(/judging .* in \d+ threads/);
    expect(many.stderr).toMatch(new RegExp(`judging \\d+ files \\(\\d+ bytes\\) in ${jobs} threads`));
    expect(many.stderr).not.toMatch(/worker \d+ failed/);
    expect(many.code).toBe(one.code);
    expect(one.report).not.toBeNull();
    const findings = format === 'sarif' ? one.report.runs[0].results : one.report.findings;
    // the comparison means something only on a scan that found and fixed things
    expect(findings.length).toBeGreaterThan(500);
    if (format === 'sarif') expect(findings.filter((r: { fixes?: unknown }) => r.fixes).length).toBeGreaterThan(100);
    else {
      // judged against objects of other files and other threads, and rendered objects seen only as context there
      const rules = new Set(findings.map((f: { ruleId: string }) => f.ruleId));
      for (const crossObject of ['service-account-with-roles-automounted', 'network-policy-missing', 'service-without-workload']) expect(rules).toContain(crossObject);
      expect(findings.some((f: { origin?: { kind: string } }) => f.origin?.kind === 'kustomize')).toBe(true);
    }
    expect(timeless(many.report)).toEqual(timeless(one.report));
  });

  it('reads a baseline the same way in several threads', () => {
    // a baseline of every finding of the default frameworks: under --frameworks all, only the rest gate
    const baseline = path.join(tempDir('parallel-baseline'), 'known.sarif');
    const known = spawnSync(process.execPath, [cli, 'scan', '.', '--format', 'sarif', '--output', baseline, '--jobs', '1'], { cwd: tree, encoding: 'utf8' });
    expect(fs.existsSync(baseline)).toBe(true);
    expect(known.status).not.toBe(3);
    const one = scan('1', 'json', ['--baseline', baseline]);
    const many = scan('2', 'json', ['--baseline', baseline]);
    const suppressed = one.report.findings.filter((f: { suppression?: { kind: string } }) => f.suppression?.kind === 'baseline');
    expect(suppressed.length).toBeGreaterThan(100);
    expect(timeless(many.report)).toEqual(timeless(one.report));
  });

  it('cuts one file of many documents between threads at document boundaries, with the same results', () => {
    // a generated bundle: workloads bound to ServiceAccounts and Roles written at its other end
    const dir = tempDir('parallel-bundle');
    const docs: string[] = [];
    for (let i = 0; i < 1500; i++) {
      docs.push(`apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web-${i}\n  namespace: ns-${i % 5}\nspec:\n  selector:\n    matchLabels: {app: web-${i}}\n  template:\n    metadata:\n      labels: {app: web-${i}}\n    spec:\n      serviceAccountName: sa-${i % 5}\n      containers:\n      - name: web\n        image: nginx:1.${i % 9}\n${i % 2 ? '        securityContext:\n          privileged: true\n' : ''}`);
    }
    for (let n = 0; n < 5; n++) {
      docs.push(`apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: sa-${n}\n  namespace: ns-${n}\n`);
      docs.push(`apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: rb-${n}\n  namespace: ns-${n}\nsubjects:\n- kind: ServiceAccount\n  name: sa-${n}\n  namespace: ns-${n}\nroleRef:\n  kind: ClusterRole\n  name: cluster-admin\n  apiGroup: rbac.authorization.k8s.io\n`);
    }
    fs.writeFileSync(path.join(dir, 'bundle.yaml'), docs.join('---\n'));
    const one = scan('1', 'sarif', [], () => dir);
    const many = scan('2', 'sarif', [], () => dir);
    expect(many.stderr).toMatch(/judging 1 files \(\d+ bytes\) in 2 threads/);
    const results = one.report.runs[0].results as Array<{ ruleId: string; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }>;
    // findings in both halves of the file, and the cross-object ones on workloads of the first half
    const lines = results.map((r) => r.locations[0].physicalLocation.region.startLine);
    expect(Math.min(...lines)).toBeLessThan(1000);
    expect(Math.max(...lines)).toBeGreaterThan(20_000);
    expect(results.some((r) => r.ruleId === 'workload-administrative-permissions' && r.locations[0].physicalLocation.region.startLine < 1000)).toBe(true);
    expect(timeless(many.report)).toEqual(timeless(one.report));
  });

  it('judges hostile inputs the same way in several threads, every diagnostic kept', () => {
    // every hostile repository of the robustness suite side by side in one tree: invalid YAML,
    // alias bombs, binary and oversized files, odd encodings, deep nesting, non-Kubernetes documents
    const dir = tempDir('parallel-hostile');
    for (const c of CASES) {
      const root = path.join(dir, c.id);
      for (const [rel, content] of Object.entries({ [COMPANION]: privilegedPod(c.id).text, ...c.files })) {
        fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
        fs.writeFileSync(path.join(root, rel), content);
      }
      c.setup?.(root);
    }
    const one = scan('1', 'json', ['--severity-threshold', 'none'], () => dir);
    const many = scan('3', 'json', ['--severity-threshold', 'none'], () => dir);
    expect(many.stderr).toMatch(/judging \d+ files \(\d+ bytes\) in 3 threads/);
    expect(one.code === 0 || one.code === 1).toBe(true);
    expect(one.report.diagnostics.length).toBeGreaterThan(10);
    expect(one.report.findings.filter((f: { ruleId: string; file: string }) => f.ruleId === 'privileged-container' && f.file.endsWith(COMPANION)).length).toBe(CASES.length);
    expect(many.code).toBe(one.code);
    expect(timeless(many.report)).toEqual(timeless(one.report));
  });
});
