import type { RuleMeta } from '../core/model';
import { append } from '../core/arrays';

/** The help text of a rule, shared by SARIF `help.markdown` and docs/rules.md so they never differ. */
export function ruleHelpMarkdown(r: RuleMeta): string {
  const lines = [`**${r.title}** (severity: ${r.severity})`, '', r.description, '', `**Why it matters.** ${r.rationale}`, '', `**How to fix.** ${r.remediation}`];
  if (r.controls.length > 0) {
    lines.push('', `**Frameworks.** ${r.controls.map((c) => `${c.framework} ${c.control}`).join(', ')}`);
  }
  if (r.references.length > 0) {
    lines.push('', '**References.**');
    append(lines, r.references.map((u) => `- ${u}`));
  }
  return lines.join('\n');
}
