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
export function buildCheckSummary(result: ScanResult, links: Links, maxChars = CHECK_SUMMARY_MAX, annotated?: { lines: number; of: number }): string {
  const r = buildRollup(result);
  // the check run's own link would point at itself
  const head = summaryHead(result, r, { ...links, checkRunUrl: undefined, title: 'kubegate' });
  const every = links.runUrl ? `Every finding, by file: [the job summary](${links.runUrl}).` : annotated && annotated.lines < annotated.of ? 'Every finding is in the job summary and the SARIF file.' : 'Every finding is annotated on its line.';
  const capped = annotated && annotated.lines < annotated.of ? [`Annotated: the ${annotated.lines.toLocaleString('en-US')} most severe of ${annotated.of.toLocaleString('en-US')} lines with findings.`] : [];
  const out = [...head, ...capped, every, ''].join('\n');
  return out.length <= maxChars ? out : `${out.slice(0, maxChars - 60)}\n\n…(truncated: see the job summary)\n`;
}
