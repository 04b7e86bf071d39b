import { baselineLabel } from '../exceptions/baseline';
import type { ScanResult } from '../model';
import { escapeMd } from './escape-md';

const MAX_ROWS = 50;

/**
 * Markdown sections for what this change does to the security posture: score before → after per
 * framework, findings fixed and introduced, and every change to exceptions or gate configuration
 * (a PR can edit those to pass its own gate, so reviewers must see them).
 */
export function deltaSections(result: ScanResult): string[] {
  const out: string[] = [];
  const changes = result.policyChanges ?? [];
  if (changes.length > 0) {
    const lines = ['### ⚠️ Policy changes in this pull request', '', 'Exceptions or gate configuration this change edits. Review them like code: they decide what the gate lets through.', '', '| File | Change | What |', '| --- | --- | --- |'];
    for (const c of changes.slice(0, MAX_ROWS)) lines.push(`| \`${escapeMd(c.file)}${c.line ? `:${c.line}` : ''}\` | ${c.change} | ${escapeMd(c.description)} |`);
    if (changes.length > MAX_ROWS) lines.push('', `…and ${changes.length - MAX_ROWS} more changes.`);
    out.push(lines.join('\n'));
  }
  const cmp = result.comparison;
  if (cmp) {
    const lines = [`### Compared with ${escapeMd(baselineLabel(cmp.source))}`, ''];
    lines.push(`${cmp.introduced.length} new finding${cmp.introduced.length === 1 ? '' : 's'}, ${cmp.fixed.length} fixed, ${cmp.unchanged} unchanged (already known findings do not count against the gate).`, '');
    if (cmp.frameworks.length > 0) {
      lines.push('| Framework | Before | After | Change |', '| --- | ---: | ---: | ---: |');
      const pct = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(1)}%`);
      for (const f of cmp.frameworks) {
        const d = f.before !== null && f.after !== null ? Math.round((f.after - f.before) * 10) / 10 : null;
        lines.push(`| ${escapeMd(f.name)} | ${pct(f.before)} | ${pct(f.after)} | ${d === null ? '' : d > 0 ? `▲ +${d}` : d < 0 ? `▼ ${d}` : '='} |`);
      }
      lines.push('');
    }
    if (cmp.fixed.length > 0) {
      lines.push('<details><summary>Fixed by this change (' + cmp.fixed.length + ')</summary>', '');
      for (const f of cmp.fixed.slice(0, MAX_ROWS)) lines.push(`- \`${f.ruleId}\` ${escapeMd(f.message ?? f.title ?? '')}${f.file ? ` (\`${escapeMd(f.file)}${f.startLine ? `:${f.startLine}` : ''}\`)` : ''}`);
      if (cmp.fixed.length > MAX_ROWS) lines.push(`- …and ${cmp.fixed.length - MAX_ROWS} more.`);
      lines.push('', '</details>');
    }
    out.push(lines.join('\n'));
  }
  return out;
}
