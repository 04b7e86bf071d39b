import { SEVERITIES, severityRank, type Finding, type Severity } from '../core/model';
import { objectLabel } from '../core/object-label';

/** Findings of several rules about one spot: reported as one line naming every rule. */
export interface FindingGroup {
  /** The most severe finding of the group (the first in report order). */
  primary: Finding;
  /** The other rules' findings at the same place, in report order. */
  others: Finding[];
}

/**
 * Frameworks overlap: the NSA guide, CIS 5.2 and the Pod Security Standards each have a rule for
 * privilege escalation, so one missing field can fail three rules. Human reports (terminal,
 * summary) show such findings once, naming every rule; SARIF, JSON and the gate keep one finding
 * per rule, since each framework's rule is its own alert and control.
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  const byKey = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = `${f.file}\u0000${f.range.startLine}:${f.range.startColumn}\u0000${objectLabel(f.object)}\u0000${f.container ?? ''}\u0000${f.suppression ? 's' : 'a'}`;
    const g = byKey.get(key);
    if (g) g.others.push(f);
    else {
      const fresh = { primary: f, others: [] };
      byKey.set(key, fresh);
      groups.push(fresh);
    }
  }
  return groups;
}

/** Report order inside one file: most severe first, then by line, column and rule. */
export function compareInFile(a: Finding, b: Finding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    a.range.startLine - b.range.startLine ||
    a.range.startColumn - b.range.startColumn ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

/** Findings per file (files sorted by path), each file's list in `compareInFile` order. */
export function findingsByFile(findings: readonly Finding[]): Array<{ file: string; findings: Finding[] }> {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    let list = byFile.get(f.file);
    if (!list) byFile.set(f.file, (list = []));
    list.push(f);
  }
  return [...byFile.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, list]) => ({ file, findings: list.sort(compareInFile) }));
}

/** One rule's findings, with how many objects and files they touch. */
export interface RuleGroup {
  ruleId: string;
  title: string;
  severity: Severity;
  /** By file, then line and column. */
  findings: Finding[];
  objects: number;
  files: number;
}

/**
 * Findings per rule: most severe rule first, then the rule with most findings. A rule whose
 * severity was overridden for some findings is listed at its most severe.
 */
export function findingsByRule(findings: readonly Finding[]): RuleGroup[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    let list = byRule.get(f.ruleId);
    if (!list) byRule.set(f.ruleId, (list = []));
    list.push(f);
  }
  const groups = [...byRule.entries()].map(([ruleId, list]): RuleGroup => {
    list.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.range.startLine - b.range.startLine || a.range.startColumn - b.range.startColumn);
    const severity = list.reduce<Severity>((s, f) => (severityRank(f.severity) < severityRank(s) ? f.severity : s), list[0].severity);
    return { ruleId, title: list[0].title, severity, findings: list, objects: new Set(list.map((f) => `${f.file}\u0000${f.objectKey}`)).size, files: new Set(list.map((f) => f.file)).size };
  });
  return groups.sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || b.findings.length - a.findings.length || (a.ruleId < b.ruleId ? -1 : 1));
}

/** How many findings of each severity (every severity present, zeros included). */
export function severityTotals(findings: readonly Finding[]): Record<Severity, number> {
  const out = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) out[f.severity]++;
  return out;
}

/** The rules with most findings, most first (ties: more severe first, then by id). */
export function topRules(findings: readonly Finding[], n: number): Array<{ ruleId: string; severity: Severity; count: number }> {
  return findingsByRule(findings)
    .map((g) => ({ ruleId: g.ruleId, severity: g.severity, count: g.findings.length }))
    .sort((a, b) => b.count - a.count || severityRank(a.severity) - severityRank(b.severity) || (a.ruleId < b.ruleId ? -1 : 1))
    .slice(0, n);
}
