import type { ScanResult } from '../core/model';
import { summaryHead } from './markdown';
import { buildRollup } from './rollup';
import type { Links } from './summary-parts';

/** Checks API: output.summary holds at most 65,535 characters. */
const CHECK_SUMMARY_MAX = 65_535;

/**
 * The check run's summary: the roll-up (verdict, blocking rules, scores) without the list of
 * findings, which the annotations carry line by line and the job summary lists by file.
 */
export function buildCheckSummary(result: ScanResult, links: Links, maxChars = CHECK_SUMMARY_MAX): string {
  const r = buildRollup(result);
  // the check run's own link would point at itself
  const head = summaryHead(result, r, { ...links, checkRunUrl: undefined, title: 'kubegate' });
  const out = [...head, links.runUrl ? `Every finding, by file: [the job summary](${links.runUrl}).` : 'Every finding is annotated on its line.', ''].join('\n');
  return out.length <= maxChars ? out : `${out.slice(0, maxChars - 60)}\n\n…(truncated: see the job summary)\n`;
}
