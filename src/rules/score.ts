import { KeySet, type KeyCollection, type KeyRegistry } from '../core/key-set';
import { SEVERITIES, type ControlScore, type Finding, type FrameworkScore, type RuleTally, type Severity } from '../core/model';
import { ruleSeverityMax, type Framework } from './framework';
import type { Rule } from '../rules/rule';

export function emptyCounts(): Record<Severity, number> {
  return { critical: 0, high: 0, medium: 0, low: 0 };
}

/**
 * Compliance per control = objects passing / objects the control applies to, counting only
 * findings that are not suppressed. A control that applies to nothing in scope is n/a (null) and
 * left out of the framework's mean, unlike Kubescape, which counts it as 100% and so inflates
 * the scores of small repositories.
 */
export function scoreFramework(fw: Framework, rules: readonly Rule[], tallies: ReadonlyMap<string, RuleTally>, active: readonly Finding[]): FrameworkScore {
  const failedBy = new Map<string, Set<string>>();
  for (const f of active) {
    let s = failedBy.get(f.ruleId);
    if (!s) failedBy.set(f.ruleId, (s = new Set()));
    s.add(f.objectKey);
  }
  const registry = firstRegistry(tallies);
  const controls: ControlScore[] = fw.controls.map((c) => {
    const applicable: KeyCollection = registry ? new KeySet(registry) : new Set<string>();
    const failed = new Set<string>();
    let skippedReason: string | undefined;
    for (const r of c.rules) {
      const t = tallies.get(r);
      if (!t) continue;
      if (applicable instanceof KeySet) applicable.addAll(t.applicable);
      else for (const k of t.applicable) applicable.add(k);
      for (const k of failedBy.get(r) ?? []) failed.add(k);
      if (t.skipped.size > 0 && !skippedReason) skippedReason = `not evaluated: ${t.skipped.values().next().value}`;
    }
    const compliance = applicable.size === 0 ? null : round1((100 * (applicable.size - failed.size)) / applicable.size);
    return {
      id: c.id,
      name: c.name,
      rules: c.rules,
      refs: c.refs,
      severity: c.severity ?? ruleSeverityMax(rules, c.rules),
      applicable: applicable.size,
      failed: failed.size,
      compliance,
      skippedReason: applicable.size === 0 ? skippedReason : undefined,
    };
  });
  const judged = controls.filter((c) => c.compliance !== null);
  const compliance = judged.length === 0 ? null : round1(judged.reduce((a, c) => a + (c.compliance as number), 0) / judged.length);
  const inFw = new Set(fw.controls.flatMap((c) => c.rules));
  const counts = emptyCounts();
  for (const f of active) if (inFw.has(f.ruleId)) counts[f.severity]++;
  return { id: fw.id, name: fw.name, controls, compliance, counts };
}

/** The registry the scan's tallies number their keys in, when they are KeySets. */
function firstRegistry(tallies: ReadonlyMap<string, RuleTally>): KeyRegistry | undefined {
  for (const t of tallies.values()) return t.applicable instanceof KeySet ? t.applicable.registry : undefined;
  return undefined;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

export function severityAtLeast(s: Severity, threshold: Severity): boolean {
  return SEVERITIES.indexOf(s) <= SEVERITIES.indexOf(threshold);
}

/** Whether an unsuppressed finding fails the gate at this severity threshold. */
export function isBlocking(f: Pick<Finding, 'severity' | 'suppression'>, threshold: Severity | 'none'): boolean {
  return !f.suppression && threshold !== 'none' && severityAtLeast(f.severity, threshold);
}
