import type { Diagnostic, Finding, FrameworkScore, GateDecision, Severity } from '../core/model';
import { count } from '../core/plural';
import { isBlocking } from '../rules/score';


export interface GateInput {
  active: readonly Finding[];
  frameworks: readonly FrameworkScore[];
  diagnostics: readonly Diagnostic[];
  severityThreshold: Severity | 'none';
  complianceThreshold: number;
}

/**
 * Decides pass or fail and says why. Diagnostics marked gating (a manifest that could not be read,
 * a chart that failed to render when fail-on-render-error is on) fail the gate: an unreadable
 * manifest could hide anything, and passing it would be a silent pass.
 */
export function decideGate(input: GateInput): GateDecision {
  const reasons: string[] = [];
  const { severityThreshold: st, complianceThreshold: ct } = input;
  if (st !== 'none') {
    const over = input.active.filter((f) => isBlocking(f, st));
    if (over.length > 0) {
      const rules = [...new Set(over.map((f) => f.ruleId))];
      reasons.push(
        `${count(over.length, 'finding')} at or above severity "${st}" (${rules.slice(0, 5).join(', ')}${rules.length > 5 ? `, and ${count(rules.length - 5, 'more rule')}` : ''})`,
      );
    }
  }
  if (ct > 0) {
    for (const fw of input.frameworks) {
      if (fw.compliance !== null && fw.compliance < ct) reasons.push(`framework ${fw.id} scores ${fw.compliance}%, below the compliance threshold of ${ct}%`);
    }
  }
  const gating = input.diagnostics.filter((d) => d.gating);
  if (gating.length > 0) {
    const first = gating[0];
    reasons.push(`${count(gating.length, 'input problem')} kept manifests from being checked (first: ${first.file ?? ''}${first.range ? `:${first.range.startLine}` : ''} ${first.message})`);
  }
  return { failed: reasons.length > 0, reasons, severityThreshold: st, complianceThreshold: ct };
}
