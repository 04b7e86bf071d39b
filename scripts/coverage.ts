import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';

/**
 * Coverage of the external ids kubegate claims, and how faithfully: Kubescape's controls (which
 * rules implement each, read from the frameworks that list it, or why none can) and the CIS and
 * Pod Security Standards controls of kubegate's own frameworks. Every claimed id carries a
 * statement: `exact` when the rules follow the id's definition, `differs` with why. Statements
 * live with the frameworks: frameworks/fidelity/kubescape.yaml for Kubescape ids (shared by every
 * framework that names them), `fidelity` and `note` on the controls of cis.yaml and pss-*.yaml.
 * One function builds the tables so that docs/coverage.md and the test that guards it agree.
 */
export interface KubescapeControl {
  id: string;
  name: string;
  severity: string;
  frameworks: string[];
  /** Whether Kubescape can judge it from files: yes, partial or no. */
  staticScan: string;
}

export type Fidelity = 'exact' | 'differs';

export interface Statement {
  fidelity?: Fidelity;
  note?: string;
  /** Why no rule judges the control (controls kubegate does not claim). */
  reason?: string;
}

export interface ControlCoverage extends KubescapeControl, Statement {
  rules: string[];
  /** kubegate frameworks that list the control. */
  inFrameworks: string[];
}

export const KUBESCAPE_ID = /^C-\d{4}$/;
/** kubegate frameworks whose control ids are external ids with a definition of their own. */
export const OWN_ID_FRAMEWORKS: Array<{ id: string; title: string; source: string }> = [
  { id: 'cis', title: 'CIS Kubernetes Benchmark v1.10, section 5', source: 'the benchmark text of each recommendation' },
  { id: 'pss-baseline', title: 'Pod Security Standards, baseline', source: 'the Pod Security Standards page and Pod Security Admission' },
  { id: 'pss-restricted', title: 'Pod Security Standards, restricted', source: 'the Pod Security Standards page and Pod Security Admission' },
];

export function readControls(root: string): KubescapeControl[] {
  const lines = fs.readFileSync(path.join(root, 'docs', 'kubescape-controls.tsv'), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const head = lines[0].split('\t');
  const col = (name: string): number => {
    const i = head.indexOf(name);
    if (i === -1) throw new Error(`docs/kubescape-controls.tsv has no "${name}" column`);
    return i;
  };
  const [id, name, severity, frameworks, scan] = ['id', 'name', 'severity', 'frameworks', 'static_scan'].map(col);
  return lines.slice(1).map((l) => {
    const c = l.split('\t');
    return { id: c[id], name: c[name], severity: c[severity].toLowerCase(), frameworks: c[frameworks].split(',').filter(Boolean), staticScan: c[scan] };
  });
}

export interface FrameworkControlFile {
  id: string;
  name?: string;
  rules?: string[];
  refs?: string[];
  fidelity?: Fidelity;
  note?: string;
}

interface FrameworkFile {
  id: string;
  controls: FrameworkControlFile[];
}

export function readFrameworks(root: string): FrameworkFile[] {
  const dir = path.join(root, 'frameworks');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parseYaml(fs.readFileSync(path.join(dir, f), 'utf8')) as FrameworkFile);
}

/** Statements about Kubescape ids, by id. */
export function readKubescapeStatements(root: string): Record<string, Statement> {
  const doc = parseYaml(fs.readFileSync(path.join(root, 'frameworks', 'fidelity', 'kubescape.yaml'), 'utf8')) as { controls?: Record<string, Statement> };
  return doc?.controls ?? {};
}

/** Every Kubescape id some framework claims, as its control id or one of its refs, with the rules. */
export function claimedKubescapeIds(root: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const fw of readFrameworks(root)) {
    for (const c of fw.controls ?? []) {
      for (const id of [c.id, ...(c.refs ?? [])].filter((x) => KUBESCAPE_ID.test(x))) {
        const rules = out.get(id) ?? new Set<string>();
        for (const r of c.rules ?? []) rules.add(r);
        out.set(id, rules);
      }
    }
  }
  return out;
}

/** A framework control stands for a Kubescape control by its id or by one of its refs (CIS, MITRE). */
export function buildCoverage(root: string): ControlCoverage[] {
  const frameworks = readFrameworks(root);
  const statements = readKubescapeStatements(root);
  return readControls(root).map((c) => {
    const rules = new Set<string>();
    const inFrameworks = new Set<string>();
    for (const fw of frameworks) {
      for (const fc of fw.controls ?? []) {
        if (fc.id !== c.id && !(fc.refs ?? []).includes(c.id)) continue;
        inFrameworks.add(fw.id);
        for (const r of fc.rules ?? []) rules.add(r);
      }
    }
    const s = statements[c.id] ?? {};
    return { ...c, rules: [...rules].sort(), inFrameworks: [...inFrameworks].sort(), fidelity: s.fidelity, note: s.note, reason: s.reason };
  });
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

function ruleLinks(rules: readonly string[]): string {
  return rules.length > 0 ? rules.map((id) => `[\`${id}\`](rules.md#${id})`).join(', ') : '—';
}

function fidelityCell(s: Statement): string {
  return s.fidelity ?? '';
}

export function renderCoverage(rows: ControlCoverage[], root?: string): string {
  const covered = rows.filter((r) => r.rules.length > 0);
  const judgeable = rows.filter((r) => r.staticScan !== 'no');
  const exact = covered.filter((r) => r.fidelity === 'exact').length;
  const out: string[] = [
    '# Coverage and fidelity',
    '',
    '<!-- Generated by scripts/gen-coverage.ts from docs/kubescape-controls.tsv, frameworks/*.yaml and frameworks/fidelity/kubescape.yaml. Do not edit. -->',
    '',
    'Every external id kubegate puts on a finding (a Kubescape control, a CIS recommendation, a Pod Security Standards control) is listed here with',
    'a statement: **exact** when the rules follow the definition of the id as its owner publishes it, **differs** with how and why.',
    'MITRE ATT&CK technique ids (frameworks/mitre.yaml) name the techniques a control guards against; they have no check of their own to follow.',
    '',
    '## Kubescape controls',
    '',
    `kubegate implements ${covered.length} of Kubescape's ${rows.length} controls (${judgeable.filter((r) => r.rules.length > 0).length} of the ${judgeable.length} that Kubescape can judge, fully or partly, from files), ${exact} of them exactly as Kubescape's rules define them.`,
    'Select them by Kubescape framework name (`allcontrols`, `nsa`, `armobest`, `devopsbest`, `workloadscan`, `soc2`, `security`, ...);',
    'each control is scored from the rules listed here. "File scan" is whether Kubescape itself can judge the control from manifests.',
    '',
    '| Control | Name | Severity | File scan | kubegate rules | Frameworks | Fidelity | Notes |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    const notes = r.rules.length > 0 ? (r.note ?? '') : `Not covered: ${r.reason ?? ''}`;
    out.push(`| ${r.id} | ${cell(r.name)} | ${r.severity} | ${r.staticScan} | ${ruleLinks(r.rules)} | ${r.inFrameworks.join(', ')} | ${r.rules.length > 0 ? fidelityCell(r) : ''} | ${cell(notes)} |`);
  }
  if (root) {
    const known = new Set(rows.map((r) => r.id));
    const statements = readKubescapeStatements(root);
    const others = [...claimedKubescapeIds(root)].filter(([id]) => !known.has(id)).sort(([a], [b]) => a.localeCompare(b));
    if (others.length > 0) {
      out.push('', 'Kubescape ids that kubegate refers to but that are not in the control list above (docs/kubescape-controls.tsv):', '', '| Id | kubegate rules | Fidelity | Notes |', '| --- | --- | --- | --- |');
      for (const [id, rules] of others) out.push(`| ${id} | ${ruleLinks([...rules].sort())} | ${fidelityCell(statements[id] ?? {})} | ${cell(statements[id]?.note ?? '')} |`);
    }
    const frameworks = readFrameworks(root);
    for (const own of OWN_ID_FRAMEWORKS) {
      const fw = frameworks.find((f) => f.id === own.id);
      if (!fw) continue;
      const n = fw.controls.filter((c) => c.fidelity === 'exact').length;
      out.push('', `## ${own.title} (\`${own.id}\`)`, '', `${n} of ${fw.controls.length} controls follow ${own.source} exactly.`, '', '| Control | Name | kubegate rules | Fidelity | Notes |', '| --- | --- | --- | --- | --- |');
      for (const c of fw.controls) out.push(`| ${c.id} | ${cell(c.name ?? c.id)} | ${ruleLinks(c.rules ?? [])} | ${c.fidelity ?? ''} | ${cell(c.note ?? '')} |`);
    }
  }
  return out.join('\n') + '\n';
}
