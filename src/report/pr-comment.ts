import type { ScanResult } from '../core/model';
import { policyChangesSection } from './delta';
import { escapeMd } from './escape-md';
import { isComparisonNote } from './notes';
import { buildRollup, pct, plural } from './rollup';
import { blockingSection, countsLine, decidedBy, linksLine, verdictHeading, type Links } from './summary-parts';
import { append } from '../core/arrays';

/** The sticky comment stays short whatever the scan: it points at the full reports instead. */
export const COMMENT_TARGET_CHARS = 8_000;

/**
 * The pull-request comment: verdict and the rule that decided it, counts (new, fixed and already
 * there when compared with the base), the top blocking rules, the overall score, and links to the
 * job summary, the check run and code scanning (each only when it exists). Nothing in it points
 * at a file the reader cannot open.
 */
export function buildComment(result: ScanResult, links: Links, maxChars = COMMENT_TARGET_CHARS): string {
  const r = buildRollup(result);
  for (const rows of [5, 3, 1, 0]) {
    const out = [verdictHeading(r, 'kubegate', '###'), '', decidedBy(result, r), '', countsLine(result, r), ''];
    for (const d of result.diagnostics.filter(isComparisonNote)) out.push(`> ℹ️ ${escapeMd(clip(d.message, 400))}`, '');
    const changes = result.policyChanges ?? [];
    if (changes.length > 0) {
      out.push(`**⚠️ This pull request changes exceptions or gate configuration** (${plural(changes.length, 'change')}): review them in the job summary.`, '');
      if (rows > 0 && changes.length <= 5) out.push(policyChangesSection(result)!, '');
    }
    if (rows > 0) append(out, blockingSection(result, r, links.linkBase, rows, '####'));
    else if (r.blocking.length) out.push(`**Blocking:** ${plural(r.blocking.reduce((a, x) => a + x.findings.length, 0), 'finding')} of ${plural(r.blocking.length, 'rule')}.`, '');
    if (result.frameworks.length) {
      const ct = result.gate.complianceThreshold;
      out.push(`**Compliance:** ${pct(r.overall)}${result.frameworks.length > 1 ? ' (lowest framework score)' : ''} · threshold ${ct > 0 ? `${ct}%` : 'off'}`, '');
    }
    const l = linksLine(links);
    if (l) out.push(`Details: ${l}`, '');
    const text = out.join('\n');
    if (text.length <= maxChars) return text;
  }
  return `${verdictHeading(r, 'kubegate', '###')}\n\n${countsLine(result, r)}\n\n${linksLine(links)}\n`.slice(0, maxChars);
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
