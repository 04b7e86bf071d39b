import { type Finding, type KnownFinding, type ScanResult, SEVERITIES, type Severity, severityRank } from '../core/model';
import { naturalCompare } from './natural-sort';
import { smallest } from '../core/arrays';

/** Findings of one rule, as a row of a roll-up table. */
export interface RuleRollup {
  ruleId: string;
  title: string;
  severity: Severity;
  /** The rule's documentation; empty for the repository's own rules without docs. */
  helpUri: string;
  /** In report order; the first is the one shown as the first location. */
  findings: Finding[];
  /** Distinct objects the rule flags. */
  objects: number;
}

/** Controls one rule fails, per framework, in natural order (5.2.2 before 5.2.11). */
export interface ProblemControls {
  ruleId: string;
  title: string;
  severity: Severity;
  helpUri: string;
  objects: number;
  controls: Array<{ framework: string; ids: string[] }>;
}

/** Why the gate decided as it did: one entry per gate rule that was applied. */
export interface GateRule {
  kind: 'severity' | 'compliance' | 'input';
  /** Whether this rule failed the gate. */
  failed: boolean;
  /** False when the rule is off (threshold none or 0). */
  applied: boolean;
  /** One sentence: the rule and what it found. */
  text: string;
}

/**
 * What the human reports (job summary, check run, PR comment) show, computed once so that every
 * count they print is the length of a list they print.
 */
export interface Rollup {
  failed: boolean;
  /** The verdict in a few words: what decided it. */
  headline: string;
  gateRules: GateRule[];
  /** Findings that count: not acknowledged by an exception, an annotation or the baseline. */
  active: Finding[];
  counts: Record<Severity, number>;
  /** Active findings at or above the severity threshold, by rule, most severe first. */
  blocking: RuleRollup[];
  /** Active findings below the threshold, by rule. */
  other: RuleRollup[];
  /** With a baseline: findings the baseline already had (not judged), by rule. */
  alreadyPresent?: RuleRollup[];
  alreadyPresentCount: number;
  /** With a baseline: findings it had that this scan no longer finds. */
  fixed?: KnownFinding[];
  /** Acknowledged by an exception or annotation (not the baseline). */
  acknowledged: Finding[];
  /** The lowest framework score: the `compliance-score` output and what the threshold compares. */
  overall: number | null;
  problems: ProblemControls[];
}

/** The lowest framework score, or null when no framework applies (the `compliance-score` output). */
export function overallScore(result: Pick<ScanResult, 'frameworks'>): number | null {
  const scores = result.frameworks.map((f) => f.compliance).filter((c): c is number => c !== null);
  return scores.length ? smallest(scores) : null;
}

/**
 * The job summary, the check run's title and summary and the PR comment each read the roll-up of
 * one result: it is worked out once per result (a scan of 600,000 findings took 1.4 s for each).
 * A result is not changed once scanned; one whose findings list was replaced is worked out again.
 */
const ROLLUPS = new WeakMap<ScanResult, { findings: readonly Finding[]; length: number; rollup: Rollup }>();

export function buildRollup(result: ScanResult): Rollup {
  const known = ROLLUPS.get(result);
  if (known && known.findings === result.findings && known.length === result.findings.length) return known.rollup;
  const rollup = rollupOf(result);
  ROLLUPS.set(result, { findings: result.findings, length: result.findings.length, rollup });
  return rollup;
}

function rollupOf(result: ScanResult): Rollup {
  const active = result.findings.filter((f) => !f.suppression);
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of active) counts[f.severity]++;
  const threshold = result.gate.severityThreshold;
  const blocks = (f: Finding) => threshold !== 'none' && severityRank(f.severity) <= severityRank(threshold);
  const meta = new Map(result.rules.map((r) => [r.id, r]));
  const byBaseline = result.findings.filter((f) => f.suppression?.kind === 'baseline');
  const comparison = result.comparison;
  const overall = overallScore(result);
  const gateRules = describeGate(result, active.filter(blocks).length, overall);
  const deciding = gateRules.find((g) => g.failed);
  return {
    failed: result.gate.failed,
    headline: deciding ? headlineOf(deciding, result) : passedHeadline(result),
    gateRules,
    active,
    counts,
    blocking: rollupByRule(active.filter(blocks), meta),
    other: rollupByRule(
      active.filter((f) => !blocks(f)),
      meta,
    ),
    alreadyPresent: comparison ? rollupByRule(byBaseline, meta) : undefined,
    alreadyPresentCount: byBaseline.length,
    fixed: comparison?.fixed,
    acknowledged: result.findings.filter((f) => f.suppression && f.suppression.kind !== 'baseline'),
    overall,
    problems: problemControls(result, active, meta),
  };
}

type Meta = Map<string, { title: string; severity: Severity; helpUri: string }>;

/** Findings grouped by rule: most severe rule first, then the rule flagging most objects. */
export function rollupByRule(findings: readonly Finding[], meta: Meta): RuleRollup[] {
  const rows = new Map<string, RuleRollup & { keys: Set<string> }>();
  for (const f of findings) {
    let row = rows.get(f.ruleId);
    if (!row) {
      const m = meta.get(f.ruleId);
      rows.set(f.ruleId, (row = { ruleId: f.ruleId, title: m?.title ?? f.title, severity: f.severity, helpUri: m?.helpUri ?? '', findings: [], objects: 0, keys: new Set() }));
    }
    // a rule's severity may be overridden per finding; the row shows the worst
    if (severityRank(f.severity) < severityRank(row.severity)) row.severity = f.severity;
    row.findings.push(f);
    row.keys.add(f.objectKey);
  }
  return [...rows.values()]
    .map(({ keys, ...r }) => ({ ...r, objects: keys.size }))
    .sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || b.objects - a.objects || b.findings.length - a.findings.length || naturalCompare(a.ruleId, b.ruleId));
}

function describeGate(result: ScanResult, blocking: number, overall: number | null): GateRule[] {
  const { severityThreshold: st, complianceThreshold: ct } = result.gate;
  const scope = result.comparison ? 'new ' : '';
  const rules: GateRule[] = [];
  if (st === 'none') rules.push({ kind: 'severity', failed: false, applied: false, text: 'severity threshold off' });
  else {
    rules.push({
      kind: 'severity',
      failed: blocking > 0,
      applied: true,
      text: blocking > 0 ? `severity threshold **${st}**: ${plural(blocking, `${scope}finding`)} at or above it` : `severity threshold **${st}**: no ${scope}finding at or above it`,
    });
  }
  if (ct <= 0) rules.push({ kind: 'compliance', failed: false, applied: false, text: 'compliance threshold off' });
  else {
    const below = result.frameworks.filter((f) => f.compliance !== null && f.compliance < ct);
    rules.push({
      kind: 'compliance',
      failed: below.length > 0,
      applied: true,
      text:
        below.length > 0
          ? `compliance threshold **${ct}%**: ${below.map((f) => `${f.name} scores ${pct(f.compliance)}`).join(', ')}`
          : `compliance threshold **${ct}%**: ${overall === null ? 'no framework applies' : `the lowest score is ${pct(overall)}`}`,
    });
  }
  const gating = result.diagnostics.filter((d) => d.gating);
  if (gating.length > 0) rules.push({ kind: 'input', failed: true, applied: true, text: `${plural(gating.length, 'input problem')} kept manifests from being checked` });
  return rules;
}

function headlineOf(rule: GateRule, result: ScanResult): string {
  if (rule.kind === 'severity') {
    const st = result.gate.severityThreshold;
    const n = result.findings.filter((f) => !f.suppression && st !== 'none' && severityRank(f.severity) <= severityRank(st)).length;
    return `${plural(n, `${result.comparison ? 'new ' : ''}finding`)} at or above ${st}`;
  }
  if (rule.kind === 'compliance') return `compliance below ${result.gate.complianceThreshold}%`;
  const n = result.diagnostics.filter((d) => d.gating).length;
  return `${plural(n, 'input problem')} kept manifests from being checked`;
}

function passedHeadline(result: ScanResult): string {
  const st = result.gate.severityThreshold;
  const scope = result.comparison ? 'new ' : '';
  if (st !== 'none') return `no ${scope}finding at or above ${st}`;
  if (result.gate.complianceThreshold > 0) return `every framework scores at least ${result.gate.complianceThreshold}%`;
  return 'no gate threshold is set';
}

/**
 * Frameworks overlap: one missing field fails an NSA, a CIS and a PSS control. The summary lists
 * each problem (rule) once, naming every control it fails.
 */
function problemControls(result: ScanResult, active: readonly Finding[], meta: Meta): ProblemControls[] {
  const flagged = new Map<string, Set<string>>();
  // the worst severity each rule's findings have (a severity may be overridden per finding)
  const worst = new Map<string, Severity>();
  for (const f of active) {
    let s = flagged.get(f.ruleId);
    if (!s) flagged.set(f.ruleId, (s = new Set()));
    s.add(f.objectKey);
    const w = worst.get(f.ruleId);
    if (w === undefined || severityRank(f.severity) < severityRank(w)) worst.set(f.ruleId, f.severity);
  }
  const rows = new Map<string, Map<string, Set<string>>>();
  const onlyAll = result.frameworks.every((f) => f.id === 'all');
  for (const fw of result.frameworks) {
    // `all` lists rules as controls; beside other frameworks their control ids say more
    if (fw.id === 'all' && !onlyAll) continue;
    for (const c of fw.controls) {
      if (c.failed === 0) continue;
      for (const r of c.rules) {
        if (!flagged.has(r)) continue;
        let byFw = rows.get(r);
        if (!byFw) rows.set(r, (byFw = new Map()));
        let ids = byFw.get(fw.id);
        if (!ids) byFw.set(fw.id, (ids = new Set()));
        ids.add(c.id);
      }
    }
  }
  const out: ProblemControls[] = [];
  for (const [ruleId, byFw] of rows) {
    const m = meta.get(ruleId);
    const sev = worst.get(ruleId) ?? 'low';
    out.push({
      ruleId,
      title: m?.title ?? ruleId,
      severity: sev,
      helpUri: m?.helpUri ?? '',
      objects: flagged.get(ruleId)!.size,
      controls: [...byFw].map(([framework, ids]) => ({ framework, ids: [...ids].sort(naturalCompare) })),
    });
  }
  return out.sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || b.objects - a.objects || naturalCompare(a.ruleId, b.ruleId));
}

export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

export function pct(x: number | null): string {
  return x === null ? 'n/a' : `${x.toFixed(1)}%`;
}
