import type { Finding } from '../model';
import { objectLabel } from '../pipeline/evaluate';

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
