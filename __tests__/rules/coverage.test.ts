import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildCoverage, readFrameworks, readReasons, renderCoverage } from '../../scripts/coverage';
import { REPO } from '../helpers/catalog';

/**
 * Every Kubescape control is either implemented by rules that some framework lists, or has a
 * written reason why manifests cannot show it; docs/coverage.md is generated from the same data.
 */
const rows = buildCoverage(REPO);
const reasons = readReasons(REPO);

/** Kubescape framework name (controls.tsv column) -> kubegate framework id. */
const KUBESCAPE_FRAMEWORKS: Array<[string, string]> = [
  ['AllControls', 'allcontrols'],
  ['NSA', 'nsa'],
  ['ArmoBest', 'armobest'],
  ['DevOpsBest', 'devopsbest'],
  ['WorkloadScan', 'workloadscan'],
  ['SOC2', 'soc2'],
  ['security', 'security'],
];

describe('Kubescape control coverage', () => {
  it('reads every control of docs/kubescape-controls.tsv', () => {
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) {
      expect(r.id).toMatch(/^C-\d{4}$/);
      expect(['yes', 'partial', 'no']).toContain(r.staticScan);
    }
  });

  it('maps each control Kubescape can judge from files to rules, or says why not', () => {
    const gaps = rows.filter((r) => r.staticScan !== 'no' && r.rules.length === 0 && !r.reason).map((r) => `${r.id} ${r.name}`);
    expect(gaps).toEqual([]);
  });

  it('says why each control Kubescape cannot judge from files has no rule', () => {
    const gaps = rows.filter((r) => r.staticScan === 'no' && r.rules.length === 0 && !r.reason).map((r) => r.id);
    expect(gaps).toEqual([]);
  });

  it('keeps no stale reason for a control that has rules, and no entry for an unknown control', () => {
    expect(rows.filter((r) => r.rules.length > 0 && r.reason).map((r) => r.id)).toEqual([]);
    const known = new Set(rows.map((r) => r.id));
    expect(Object.keys(reasons).filter((id) => !known.has(id))).toEqual([]);
    expect(Object.entries(reasons).filter(([, v]) => !v.reason && !v.note).map(([id]) => id)).toEqual([]);
  });

  it.each(KUBESCAPE_FRAMEWORKS)('Kubescape %s is frameworks/%s.yaml, listing exactly the controls that have rules', (column, id) => {
    const fw = readFrameworks(REPO).find((f) => f.id === id);
    expect(fw).toBeDefined();
    const listed = fw!.controls.map((c) => c.id).sort();
    const expected = rows.filter((r) => r.frameworks.includes(column) && r.rules.length > 0).map((r) => r.id).sort();
    expect(listed).toEqual(expected);
  });

  it('keeps docs/coverage.md in step (node scripts/run-ts.js scripts/gen-coverage.ts)', () => {
    expect(fs.readFileSync(path.join(REPO, 'docs', 'coverage.md'), 'utf8')).toBe(renderCoverage(rows));
  });
});
