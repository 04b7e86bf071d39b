import { severityRank, type Finding, type ScanResult } from '../core/model';
import { objectLabel } from '../core/object-label';
import { policyChangesSection } from './delta';
import { escapeMd } from './escape-md';
import { groupFindings } from './group-findings';
import { buildRollup, plural, type Rollup } from './rollup';
import { blockingSection, countsLine, decidedBy, linksLine, locationLink, rollupTable, ruleLink, scoresSection, severityLabel, verdictHeading, type Links } from './summary-parts';
import { isComparisonNote } from './notes';
import { append } from '../core/arrays';

export { escapeMd };

export interface MarkdownOptions extends Links {
  /** Hard cap on the output length in UTF-16 units (1 MiB for the job summary, 65,535 for checks). */
  maxChars?: number;
  /** Sections other stages contribute, placed after the verdict. */
  extraSections?: string[];
  title?: string;
  /** Blocking-table rows before "and N more" (default 15: one screen). */
  maxRows?: number;
}

const MAX_LIST = 50;

/**
 * The job summary. First screen: the verdict and the gate rule that decided it, the counts (new,
 * fixed, already there when compared with a base), the blocking findings rolled up by rule, the
 * compliance scores. Then, collapsed: every finding by file (one heading per file, spots by
 * severity then line, each rule on a spot with its own title and severity), what the PR fixed,
 * what was already there, acknowledged findings and failing controls. Every count printed is the
 * number of entries listed, or says how many are left out.
 */
export function buildMarkdown(result: ScanResult, opts: MarkdownOptions = {}): string {
  const max = opts.maxChars ?? 1_000_000;
  const r = buildRollup(result);
  const head = [...summaryHead(result, r, opts), ...(opts.extraSections ?? []).flatMap((s) => [s, ''])];
  const below = result.gate.severityThreshold !== 'none' && r.other.length ? belowThreshold(result, r, opts.linkBase) : [];
  const tail = [...below, ...fixedSection(result, r), ...alreadyThereSection(r, opts.linkBase), ...acknowledgedSection(r, opts.linkBase), ...controlsSection(r), ...inputProblems(result)];
  // the findings by file take what room is left; what does not fit is counted, never dropped silently
  const budget = Math.max(0, max - head.join('\n').length - tail.join('\n').length - 600);
  const body = findingsByFile(r.active, opts.linkBase, budget, result.comparison ? 'New findings by file' : 'Findings by file');
  let out = [...head, ...body, ...tail].join('\n');
  if (out.length > max) out = `${out.slice(0, max - 80)}\n\n…(truncated to fit the size limit)\n`;
  return out;
}

/** Verdict, counts, notes, policy changes, the blocking roll-up and the scores: the first screen. */
export function summaryHead(result: ScanResult, r: Rollup, opts: MarkdownOptions): string[] {
  const out = [verdictHeading(r, opts.title), '', decidedBy(result, r), '', countsLine(result, r), ''];
  for (const d of result.diagnostics.filter(isComparisonNote)) out.push(`> ℹ️ ${escapeMd(d.message)}`, '');
  const links = linksLine(opts);
  if (links) out.push(links, '');
  const policy = policyChangesSection(result);
  if (policy) out.push(policy, '');
  append(out, blockingSection(result, r, opts.linkBase, opts.maxRows ?? 15));
  append(out, scoresSection(result, r));
  return out;
}

/**
 * One heading per file; within it the spots most severe first, then by line. A spot several rules
 * flag is one bullet with one line per rule, each with its own severity and title, so that the
 * lines of each severity add up to the severity counts.
 */
export function findingsByFile(active: readonly Finding[], linkBase: string | undefined, budget: number, title: string): string[] {
  if (active.length === 0) return [];
  const byFile = new Map<string, Finding[]>();
  for (const f of active) {
    let list = byFile.get(f.file);
    if (!list) byFile.set(f.file, (list = []));
    list.push(f);
  }
  const files = [...byFile.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const lines: string[] = [];
  let used = 0;
  let shown = 0;
  let filesLeft = 0;
  for (const file of files) {
    const list = byFile.get(file)!.sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || a.range.startLine - b.range.startLine || a.range.startColumn - b.range.startColumn);
    const block: string[] = ['', `#### ${escapeMd(file)}`, ''];
    let inFile = 0;
    for (const { primary, others } of groupFindings(list)) {
      const spot = [primary, ...others];
      const where = `**${locationLink(primary, linkBase, `line ${primary.range.startLine}`)}** · ${escapeMd(objectLabel(primary.object))}${primary.origin ? ` _(rendered from ${primary.origin.kind} ${escapeMd(primary.origin.root)})_` : ''}`;
      const entry = spot.length === 1 ? [`- ${where} · ${item(primary)}`] : [`- ${where}`, ...spot.map((f) => `  - ${item(f)}`)];
      const size = entry.join('\n').length + 1 + (inFile === 0 ? block.join('\n').length + 1 : 0);
      if (used + size > budget) break;
      if (inFile === 0) append(lines, block);
      append(lines, entry);
      used += size;
      inFile += spot.length;
    }
    shown += inFile;
    if (inFile < list.length) filesLeft++;
  }
  const out = [`<details><summary><b>${title}</b> (${plural(active.length, 'finding')} in ${plural(files.length, 'file')})</summary>`, ...lines, ''];
  if (shown < active.length) {
    out.push(`…and ${plural(active.length - shown, 'more finding')} in ${plural(filesLeft, 'file')}, left out to stay within GitHub's size limit; the annotations and \`kubegate scan\` list them all.`, '');
  }
  out.push('</details>', '');
  return out;
}

function item(f: Finding): string {
  return `${severityLabel(f.severity)} · ${ruleLink({ title: f.title, helpUri: '', ruleId: f.ruleId })}: ${escapeMd(f.message)}`;
}

/** What does not block, by rule: the findings under the severity threshold. */
function belowThreshold(result: ScanResult, r: Rollup, linkBase: string | undefined): string[] {
  const n = r.other.reduce((a, x) => a + x.findings.length, 0);
  return [
    `<details><summary><b>Below the severity threshold</b> (${plural(n, result.comparison ? 'new finding' : 'finding')} of ${plural(r.other.length, 'rule')}, not blocking)</summary>`,
    '',
    ...rollupTable(r.other, linkBase, MAX_LIST),
    '',
    '</details>',
    '',
  ];
}

function fixedSection(result: ScanResult, r: Rollup): string[] {
  const fixed = r.fixed ?? [];
  if (!result.comparison || fixed.length === 0) return [];
  const out = [`<details><summary><b>Fixed by this pull request</b> (${plural(fixed.length, 'finding')})</summary>`, ''];
  for (const f of fixed.slice(0, MAX_LIST)) {
    const sev = f.severity ? `${severityLabel(f.severity)} · ` : '';
    out.push(`- ${sev}${escapeMd(f.title ?? f.ruleId)} \`${f.ruleId}\`${f.message ? `: ${escapeMd(f.message)}` : ''}${f.file ? ` (\`${escapeMd(f.file)}${f.startLine ? `:${f.startLine}` : ''}\`)` : ''}`);
  }
  if (fixed.length > MAX_LIST) out.push(`- …and ${fixed.length - MAX_LIST} more.`);
  out.push('', '</details>', '');
  return out;
}

function alreadyThereSection(r: Rollup, linkBase: string | undefined): string[] {
  if (!r.alreadyPresent || r.alreadyPresentCount === 0) return [];
  return [
    `<details><summary><b>Already there before this pull request</b> (${plural(r.alreadyPresentCount, 'finding')} of ${plural(r.alreadyPresent.length, 'rule')}, not judged)</summary>`,
    '',
    ...rollupTable(r.alreadyPresent, linkBase, MAX_LIST),
    '',
    '</details>',
    '',
  ];
}

function acknowledgedSection(r: Rollup, linkBase: string | undefined): string[] {
  if (r.acknowledged.length === 0) return [];
  const out = [
    `<details><summary><b>Acknowledged</b> (${plural(r.acknowledged.length, 'finding')})</summary>`,
    '',
    '| Rule | Object | Where | Reason | Owner | Expires |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const f of r.acknowledged.slice(0, 500)) {
    const s = f.suppression!;
    out.push(`| \`${f.ruleId}\` | ${escapeMd(objectLabel(f.object))} | ${locationLink(f, linkBase)} | ${escapeMd(s.justification)} (${s.kind}) | ${escapeMd(s.owner ?? '')} | ${s.expires ?? ''} |`);
  }
  if (r.acknowledged.length > 500) out.push('', `…and ${r.acknowledged.length - 500} more acknowledged findings.`);
  out.push('', '</details>', '');
  return out;
}

/** Each problem once, with every control it fails (frameworks overlap). */
function controlsSection(r: Rollup): string[] {
  if (r.problems.length === 0) return [];
  const out = [
    `<details><summary><b>Failing controls</b>, by problem (${plural(r.problems.length, 'problem')})</summary>`,
    '',
    '| Severity | Problem | Objects | Controls |',
    '| --- | --- | ---: | --- |',
  ];
  for (const p of r.problems) {
    out.push(`| ${severityLabel(p.severity)} | ${ruleLink(p)} | ${p.objects} | ${p.controls.map((c) => `${escapeMd(c.framework)}: ${c.ids.map(escapeMd).join(', ')}`).join('<br>')} |`);
  }
  out.push('', '</details>', '');
  return out;
}

function inputProblems(result: ScanResult): string[] {
  const list = result.diagnostics.filter((d) => !isComparisonNote(d));
  if (list.length === 0) return [];
  const out = ['### Input problems', ''];
  for (const d of list.slice(0, 100)) {
    const where = d.file ? `\`${d.file}${d.range ? `:${d.range.startLine}` : ''}\` ` : '';
    out.push(`- ${d.gating ? '**blocks the gate** ' : ''}${d.level}: ${where}${escapeMd(d.message)}`);
  }
  if (list.length > 100) out.push(`- …and ${list.length - 100} more.`);
  out.push('');
  return out;
}

