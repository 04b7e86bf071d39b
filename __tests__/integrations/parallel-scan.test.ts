import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundleInto, cleanup, tempDir, workspace } from './helpers';

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
  afterAll(cleanup);

  const scan = (jobs: string, format: string, extra: string[] = []) => {
    const out = path.join(tempDir('parallel-out'), `report.${format}`);
    const r = spawnSync(process.execPath, [cli, 'scan', '.', '--frameworks', 'all', '--format', format, '--output', out, '--jobs', jobs, '--verbose', ...extra], {
      cwd: tree,
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
    expect(many.stderr).toMatch(new RegExp(`judging \\d+ files in ${jobs} threads`));
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
});
