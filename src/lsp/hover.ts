/** Hover text for the findings under the cursor: what the rule is, why it matters, how to fix it. */
import type { Finding, RuleMeta } from '../core/model';
import { escapeMd } from '../report/escape-md';

/** `frameworks`: framework id to its name, as the catalog has them. */
export function hoverMarkdown(findings: readonly Finding[], rules: ReadonlyMap<string, RuleMeta>, frameworks: ReadonlyMap<string, string>): string {
  return findings.map((f) => section(f, rules.get(f.ruleId), frameworks)).join('\n\n---\n\n');
}

function section(f: Finding, meta: RuleMeta | undefined, frameworks: ReadonlyMap<string, string>): string {
  const title = meta?.helpUri ? `[${escapeMd(f.title)}](${meta.helpUri})` : escapeMd(f.title);
  const out = [`**${title}** · \`${f.ruleId}\` · ${f.severity}`, '', escapeMd(f.message)];
  if (meta?.rationale) out.push('', `**Why it matters:** ${escapeMd(meta.rationale.trim())}`);
  out.push('', `**How to fix:** ${escapeMd((meta?.remediation ?? f.remediation).trim())}`);
  if (f.fix) out.push('', `Quick fix available: ${escapeMd(f.fix.description)}${f.fix.mode === 'safe' ? '' : ' (a suggestion: check it fits the workload)'}`);
  const byFramework = new Map<string, string[]>();
  for (const c of (meta?.controls ?? []).filter((x) => frameworks.has(x.framework))) byFramework.set(c.framework, [...(byFramework.get(c.framework) ?? []), c.control]);
  if (byFramework.size) {
    out.push('', '**Frameworks:** ' + [...byFramework].map(([fw, ids]) => `${escapeMd(frameworks.get(fw) ?? fw)} ${[...new Set(ids)].join(', ')}`).join(' · '));
  }
  return out.join('\n');
}
