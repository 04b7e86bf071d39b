import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildCoverage, claimedKubescapeIds, OWN_ID_FRAMEWORKS, readFrameworks, readKubescapeStatements, renderCoverage } from '../../scripts/coverage';
import { REPO } from '../helpers/catalog';

/**
 * Every Kubescape control is either implemented by rules that some framework lists, or has a
 * written reason why manifests cannot show it; every external id kubegate claims (Kubescape,
 * CIS, Pod Security Standards) says whether its rules follow the id's definition exactly or how
 * they differ. docs/coverage.md is generated from the same data.
 */
const rows = buildCoverage(REPO);
const statements = readKubescapeStatements(REPO);
const claimed = claimedKubescapeIds(REPO);
const frameworks = readFrameworks(REPO);

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

  it('keeps no stale reason for a control that has rules, and no entry for an id nothing claims or lists', () => {
    expect(rows.filter((r) => r.rules.length > 0 && r.reason).map((r) => r.id)).toEqual([]);
    const known = new Set([...rows.map((r) => r.id), ...claimed.keys()]);
    expect(Object.keys(statements).filter((id) => !known.has(id))).toEqual([]);
    expect(Object.entries(statements).filter(([, v]) => !v.reason && !v.fidelity).map(([id]) => id)).toEqual([]);
  });

  it('states for every claimed Kubescape id whether its rules follow the definition exactly, and why not', () => {
    expect(claimed.size).toBeGreaterThan(100);
    const missing = [...claimed.keys()].filter((id) => !statements[id]?.fidelity);
    expect(missing).toEqual([]);
    const unexplained = [...claimed.keys()].filter((id) => statements[id]?.fidelity === 'differs' && !statements[id]?.note?.trim());
    expect(unexplained).toEqual([]);
    for (const [id, s] of Object.entries(statements)) {
      if (s.fidelity !== undefined) expect([id, s.fidelity]).toEqual([id, expect.stringMatching(/^(exact|differs)$/)]);
      // a statement about rules for an id nothing claims would describe nothing
      if (s.fidelity !== undefined) expect([id, claimed.has(id)]).toEqual([id, true]);
    }
  });

  it.each(OWN_ID_FRAMEWORKS.map((f) => f.id))('states for every control of frameworks/%s.yaml whether it follows its definition exactly, and why not', (id) => {
    const fw = frameworks.find((f) => f.id === id)!;
    expect(fw.controls.length).toBeGreaterThan(10);
    expect(fw.controls.filter((c) => c.fidelity !== 'exact' && c.fidelity !== 'differs').map((c) => c.id)).toEqual([]);
    expect(fw.controls.filter((c) => c.fidelity === 'differs' && !c.note?.trim()).map((c) => c.id)).toEqual([]);
  });

  it.each(KUBESCAPE_FRAMEWORKS)('Kubescape %s is frameworks/%s.yaml, listing exactly the controls that have rules', (column, id) => {
    const fw = frameworks.find((f) => f.id === id);
    expect(fw).toBeDefined();
    const listed = fw!.controls.map((c) => c.id).sort();
    const expected = rows.filter((r) => r.frameworks.includes(column) && r.rules.length > 0).map((r) => r.id).sort();
    expect(listed).toEqual(expected);
  });

  it('keeps docs/coverage.md in step (node scripts/run-ts.js scripts/gen-coverage.ts)', () => {
    const text = fs.readFileSync(path.join(REPO, 'docs', 'coverage.md'), 'utf8');
    expect(text).toBe(renderCoverage(rows, REPO));
    // every claimed id appears in the page with its statement
    for (const id of claimed.keys()) expect([id, text.includes(`| ${id} |`)]).toEqual([id, true]);
  });
});
