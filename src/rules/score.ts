import { addAllKeys, KeySet, type KeyCollection, type KeyRegistry } from '../core/key-set';
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
  const registry = firstRegistry(tallies);
  const { failedBy, counts: countsByRule } = activeByRule(active, registry);
  const controls: ControlScore[] = fw.controls.map((c) => {
    const applicable: KeyCollection = registry ? new KeySet(registry) : new Set<string>();
    const failed: KeyCollection = registry ? new KeySet(registry) : new Set<string>();
    let skippedReason: string | undefined;
    for (const r of c.rules) {
      const t = tallies.get(r);
      if (!t) continue;
      addAllKeys(applicable, t.applicable);
      const f = failedBy.get(r);
      if (f) addAllKeys(failed, f);
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
  for (const [ruleId, bySeverity] of countsByRule) if (inFw.has(ruleId)) for (const sev of SEVERITIES) counts[sev] += bySeverity[sev];
  return { id: fw.id, name: fw.name, controls, compliance, counts };
}

/** The active findings grouped by rule: the objects each has one on, and their counts by severity. */
interface ActiveByRule {
  failedBy: Map<string, KeyCollection>;
  counts: Map<string, Record<Severity, number>>;
}

// every framework of a scan is scored on the same findings: they are grouped by rule once
const GROUPED = new WeakMap<readonly Finding[], { length: number; registry: KeyRegistry | undefined; value: ActiveByRule }>();

function activeByRule(active: readonly Finding[], registry: KeyRegistry | undefined): ActiveByRule {
  const known = GROUPED.get(active);
  if (known && known.length === active.length && known.registry === registry) return known.value;
  const value: ActiveByRule = { failedBy: new Map(), counts: new Map() };
  for (const f of active) {
    let s = value.failedBy.get(f.ruleId);
    if (!s) value.failedBy.set(f.ruleId, (s = registry ? new KeySet(registry) : new Set<string>()));
    s.add(f.objectKey);
    let c = value.counts.get(f.ruleId);
    if (!c) value.counts.set(f.ruleId, (c = emptyCounts()));
    c[f.severity]++;
  }
  GROUPED.set(active, { length: active.length, registry, value });
  return value;
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
