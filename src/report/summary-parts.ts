import { baselineLabel } from '../exceptions/baseline';
import { SEVERITIES, type Finding, type ScanResult, type Severity } from '../core/model';
import { escapeMd } from './escape-md';
import { pct, plural, type Rollup, type RuleRollup } from './rollup';

/** Pieces the job summary, the check run and the PR comment share, so they never disagree. */

export const ICON: Record<Severity, string> = { critical: '🟣', high: '🔴', medium: '🟠', low: '🔵' };
const LABEL: Record<Severity, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };

/** Severity as text and icon, so it reads without colour. */
export function severityLabel(s: Severity): string {
  return `${ICON[s]} ${LABEL[s]}`;
}

/** Where links point: lines at the PR head, the run's page (job summary), the check run, code scanning. */
export interface Links {
  /** `https://github.com/o/r/blob/<head-sha>/`. */
  linkBase?: string;
  runUrl?: string;
  checkRunUrl?: string;
  /** Only when the SARIF log was uploaded. */
  codeScanningUrl?: string;
}

export function verdictHeading(r: Rollup, title = 'kubegate', level = '##'): string {
  return `${level} ${title}: ${r.failed ? '❌ gate failed' : '✅ gate passed'} — ${escapeMd(r.headline)}`;
}

/** The rule that decided, then the others that were applied. */
export function decidedBy(result: ScanResult, r: Rollup): string {
  const deciding = r.gateRules.filter((g) => (r.failed ? g.failed : g.applied));
  const first = deciding.length ? deciding : r.gateRules.slice(0, 1);
  const rest = r.gateRules.filter((g) => !first.includes(g));
  let line = `**Decided by** the ${first.map((g) => g.text).join('; the ')}.`;
  for (const g of rest) line += ` ${g.text[0].toUpperCase()}${g.text.slice(1)}.`;
  if (result.comparison) line += ` Only findings new since ${escapeMd(baselineLabel(result.comparison.source))} are judged.`;
  return line;
}

export function severityCounts(counts: Record<Severity, number>): string {
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${ICON[s]} ${counts[s]} ${s}`);
  return parts.length ? parts.join(' · ') : 'none';
}

/** Findings counted by what the PR did to them, or by severity when nothing was compared. */
export function countsLine(result: ScanResult, r: Rollup): string {
  const where = `${plural(result.stats.objects, 'object')} in ${plural(result.stats.files, 'file')}`;
  const ack = r.acknowledged.length ? ` · ${r.acknowledged.length} acknowledged` : '';
  if (result.comparison) {
    const n = r.active.length;
    return `**This pull request:** ${plural(n, 'new finding')}${n ? ` (${severityCounts(r.counts)})` : ''} · ${r.fixed?.length ?? 0} fixed · ${r.alreadyPresentCount} already there, not judged${ack} · ${where}`;
  }
  if (r.active.length === 0) return `**No findings**${ack} · ${where}`;
  return `**${plural(r.active.length, 'finding')}:** ${severityCounts(r.counts)}${ack} · ${where}`;
}

/** The rule's title linked to its docs (the id shows on hover); the id in code when there are no docs. */
export function ruleLink(row: { title: string; helpUri: string; ruleId: string }): string {
  const title = escapeMd(row.title);
  return row.helpUri ? `[${title}](${row.helpUri} "${row.ruleId}")` : `${title} \`${row.ruleId}\``;
}

/** `file:line`, linked to the lines at the head commit when a base is known. */
export function locationLink(f: Finding, base: string | undefined, label = `${f.file}:${f.range.startLine}`): string {
  if (!base) return `\`${label}\``;
  const lines = f.range.endLine > f.range.startLine ? `#L${f.range.startLine}-L${f.range.endLine}` : `#L${f.range.startLine}`;
  return `[${escapeMd(label)}](${base}${f.file.split('/').map(encodeURIComponent).join('/')}${lines})`;
}

/**
 * A roll-up table, one row per rule, at most `maxRows` rows; the rest counted in one line. The
 * findings column adds up to `total` (the rows' findings plus those counted in the last line).
 */
export function rollupTable(rows: readonly RuleRollup[], linkBase: string | undefined, maxRows: number): string[] {
  if (rows.length === 0) return [];
  const out = ['| Severity | Rule | Objects | First location |', '| --- | --- | ---: | --- |'];
  for (const row of rows.slice(0, maxRows)) {
    // a rule can flag one object more than once (one finding per container)
    const n = row.findings.length === row.objects ? `${row.objects}` : `${row.objects} (${plural(row.findings.length, 'finding')})`;
    out.push(`| ${severityLabel(row.severity)} | ${ruleLink(row)} | ${n} | ${locationLink(row.findings[0], linkBase)} |`);
  }
  const rest = rows.slice(maxRows);
  if (rest.length) {
    const n = rest.reduce((a, r) => a + r.findings.length, 0);
    out.push('', `…and ${plural(rest.length, 'more rule')} with ${plural(n, 'finding')}.`);
  }
  return out;
}

export function blockingSection(result: ScanResult, r: Rollup, linkBase: string | undefined, maxRows: number, heading = '###'): string[] {
  const total = r.blocking.reduce((a, x) => a + x.findings.length, 0);
  const st = result.gate.severityThreshold;
  if (st === 'none') {
    // nothing can block: the roll-up of everything found takes the table's place
    if (r.other.length === 0) return [];
    const n = r.other.reduce((a, x) => a + x.findings.length, 0);
    return [`${heading} Findings by rule: ${plural(n, result.comparison ? 'new finding' : 'finding')} of ${plural(r.other.length, 'rule')}`, '', 'The severity threshold is off: nothing blocks.', '', ...rollupTable(r.other, linkBase, maxRows), ''];
  }
  const what = result.comparison ? 'new findings' : 'findings';
  if (total === 0) return [`${heading} Blocking`, '', `Nothing blocks: no ${what} at or above **${st}**.`, ''];
  return [`${heading} Blocking: ${plural(total, result.comparison ? 'new finding' : 'finding')} of ${plural(r.blocking.length, 'rule')}`, '', ...rollupTable(r.blocking, linkBase, maxRows), ''];
}

/** Framework scores with one overall score (the `compliance-score` output) and the threshold. */
export function scoresSection(result: ScanResult, r: Rollup, heading = '###'): string[] {
  if (result.frameworks.length === 0) return [];
  const ct = result.gate.complianceThreshold;
  const out = [`${heading} Compliance: ${pct(r.overall)}`, ''];
  const which = result.frameworks.length > 1 ? `The lowest of the ${result.frameworks.length} framework scores` : 'The framework score';
  out.push(`${which} (output \`compliance-score\`) · compliance threshold **${ct > 0 ? `${ct}%` : 'off'}**`, '');
  const deltas = new Map((result.comparison?.frameworks ?? []).map((d) => [d.id, d]));
  const withDelta = deltas.size > 0;
  if (withDelta) {
    // the gate's scores leave out what was already there; the whole repository's are shown beside them
    out.push('Scores count the findings that are judged (new in this pull request). The whole repository, findings already there included, is shown from the base to this pull request.', '');
  }
  out.push(
    `| Framework | Score |${withDelta ? ' Whole repository | Change |' : ''} Critical | High | Medium | Low |`,
    `| --- | ---: |${withDelta ? ' ---: | ---: |' : ''} ---: | ---: | ---: | ---: |`,
  );
  for (const fw of result.frameworks) {
    const d = deltas.get(fw.id);
    const change = d?.delta === null || d?.delta === undefined ? '' : d.delta > 0 ? `▲ +${d.delta}` : d.delta < 0 ? `▼ ${d.delta}` : '=';
    const whole = withDelta ? ` ${d ? `${pct(d.before)} → ${pct(d.after)}` : ''} | ${change} |` : '';
    out.push(`| ${escapeMd(fw.name)} | ${pct(fw.compliance)} |${whole} ${fw.counts.critical} | ${fw.counts.high} | ${fw.counts.medium} | ${fw.counts.low} |`);
  }
  out.push('');
  return out;
}

/** Links to the other views of this run; only those that exist. */
export function linksLine(links: Links): string {
  const parts: string[] = [];
  if (links.runUrl) parts.push(`[Job summary](${links.runUrl})`);
  if (links.checkRunUrl) parts.push(`[Check run](${links.checkRunUrl})`);
  if (links.codeScanningUrl) parts.push(`[Code scanning](${links.codeScanningUrl})`);
  return parts.join(' · ');
}
