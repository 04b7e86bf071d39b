import { SEVERITIES, type Finding, type ScanResult } from '../model';
import { objectLabel } from '../pipeline/evaluate';
import { deltaSections } from './delta';
import { escapeMd } from './escape-md';
import { groupFindings } from './group-findings';

export { escapeMd };

export interface MarkdownOptions {
  /** `https://github.com/o/r/blob/<head-sha>/`: findings link to their exact lines. */
  linkBase?: string;
  /** Hard cap on the output length in UTF-16 units (1 MiB for the job summary, 65,535 for checks). */
  maxChars?: number;
  /** Sections other stages contribute (baseline delta, config changes), placed after the verdict. */
  extraSections?: string[];
  title?: string;
}

/** Ids other tools and auditors use for a control: Kubescape, MITRE ATT&CK, CIS section numbers. */
const EXTERNAL_ID = /^(C-\d{4}|T\d{4}(\.\d{3})?|\d+(\.\d+)+)$/;

const ICON = { critical: '🟣', high: '🔴', medium: '🟠', low: '🔵' } as const;

/** The summary a pull request shows: verdict, scores, failing controls, findings, acknowledged ones. */
export function buildMarkdown(result: ScanResult, opts: MarkdownOptions = {}): string {
  const max = opts.maxChars ?? 1_000_000;
  const active = result.findings.filter((f) => !f.suppression);
  const suppressed = result.findings.filter((f) => f.suppression);
  const head: string[] = [];
  head.push(`## ${opts.title ?? 'kubegate'}: ${result.gate.failed ? '❌ gate failed' : '✅ gate passed'}`, '');
  if (result.gate.failed) {
    for (const r of result.gate.reasons) head.push(`- ${escapeMd(r)}`);
    head.push('');
  }
  const counts = SEVERITIES.map((s) => `${ICON[s]} ${active.filter((f) => f.severity === s).length} ${s}`).join(' · ');
  head.push(`${counts} — ${result.stats.objects} objects in ${result.stats.files} files${suppressed.length ? `, ${suppressed.length} acknowledged` : ''}.`, '');
  head.push(
    `Gate: severity threshold **${result.gate.severityThreshold}**, compliance threshold **${result.gate.complianceThreshold}%**.`,
    '',
  );
  for (const s of [...deltaSections(result), ...(opts.extraSections ?? [])]) head.push(s, '');

  head.push('### Framework scores', '', '| Framework | Compliance | Critical | High | Medium | Low |', '| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const fw of result.frameworks) {
    const score = fw.compliance === null ? 'n/a' : `${fw.compliance.toFixed(1)}%`;
    head.push(`| ${escapeMd(fw.name)} (\`${fw.id}\`) | ${score} | ${fw.counts.critical} | ${fw.counts.high} | ${fw.counts.medium} | ${fw.counts.low} |`);
  }
  head.push('');

  const failing = new Map<string, { id: string; name: string; severity: string; failed: number; applicable: number; frameworks: Set<string>; rules: string[]; refs: string[] }>();
  // `all` lists rules as controls; with other frameworks selected their control ids say more
  const onlyAll = result.frameworks.every((f) => f.id === 'all');
  for (const fw of result.frameworks) {
    if (fw.id === 'all' && !onlyAll) continue;
    for (const c of fw.controls) {
      if (c.failed === 0) continue;
      const prev = failing.get(c.id);
      if (prev) prev.frameworks.add(fw.id);
      else failing.set(c.id, { id: c.id, name: c.name, severity: c.severity, failed: c.failed, applicable: c.applicable, frameworks: new Set([fw.id]), rules: c.rules, refs: c.refs });
    }
  }
  if (failing.size > 0) {
    head.push('<details><summary>Failing controls (' + failing.size + ')</summary>', '', '| Control | Name | Severity | Failed objects | Frameworks | Rules |', '| --- | --- | --- | ---: | --- | --- |');
    const rows = [...failing.values()].sort((a, b) => SEVERITIES.indexOf(a.severity as never) - SEVERITIES.indexOf(b.severity as never) || a.id.localeCompare(b.id));
    for (const c of rows) {
      // external ids only (C-0057, T1611, 5.2.2): PSS controls keep field paths in refs, too long here
      const ids = c.refs.filter((r) => EXTERNAL_ID.test(r)).slice(0, 4);
      head.push(`| ${c.id}${ids.length ? ` (${ids.join(', ')})` : ''} | ${escapeMd(c.name)} | ${c.severity} | ${c.failed}/${c.applicable} | ${[...c.frameworks].join(', ')} | ${c.rules.map((r) => `\`${r}\``).join(', ')} |`);
    }
    head.push('', '</details>', '');
  }

  const tail: string[] = [];
  if (suppressed.length > 0) {
    tail.push('### Acknowledged findings', '', '| Rule | Object | Where | Reason | Owner | Expires |', '| --- | --- | --- | --- | --- | --- |');
    for (const f of suppressed.slice(0, 500)) {
      const s = f.suppression!;
      tail.push(`| \`${f.ruleId}\` | ${escapeMd(objectLabel(f.object))} | ${link(f, opts.linkBase)} | ${escapeMd(s.justification)} (${s.kind}) | ${escapeMd(s.owner ?? '')} | ${s.expires ?? ''} |`);
    }
    if (suppressed.length > 500) tail.push('', `…and ${suppressed.length - 500} more acknowledged findings (see the SARIF file).`);
    tail.push('');
  }
  if (result.diagnostics.length > 0) {
    tail.push('### Input problems', '');
    for (const d of result.diagnostics.slice(0, 100)) {
      const where = d.file ? `\`${d.file}${d.range ? `:${d.range.startLine}` : ''}\` ` : '';
      tail.push(`- ${d.gating ? '**blocks the gate** ' : ''}${d.level}: ${where}${escapeMd(d.message)}`);
    }
    if (result.diagnostics.length > 100) tail.push(`- …and ${result.diagnostics.length - 100} more.`);
    tail.push('');
  }

  // findings take what room is left, most severe first; the rest is counted, never silently dropped
  const fixed = head.join('\n').length + tail.join('\n').length + 400;
  const budget = Math.max(0, max - fixed);
  const body: string[] = [];
  if (active.length > 0) {
    body.push('### Findings', '');
    let used = 0;
    let shown = 0;
    let currentFile = '';
    for (const { primary: f, others } of groupFindings(active)) {
      const lines: string[] = [];
      if (f.file !== currentFile) lines.push('', `**${escapeMd(f.file)}**`, '');
      const also = others.length ? ` _(also ${others.map((o) => `\`${o.ruleId}\``).join(', ')})_` : '';
      lines.push(`- ${ICON[f.severity]} ${link(f, opts.linkBase)} \`${f.ruleId}\` ${escapeMd(f.message)}${also}${f.origin ? ` _(rendered from ${f.origin.kind} ${escapeMd(f.origin.root)})_` : ''}`);
      const size = lines.join('\n').length + 1;
      if (used + size > budget) break;
      if (f.file !== currentFile) currentFile = f.file;
      body.push(...lines);
      used += size;
      shown += 1 + others.length;
    }
    if (shown < active.length) body.push('', `…and ${active.length - shown} more findings, not shown to stay within the size limit (all are in the SARIF file).`);
    body.push('');
  }
  let out = [...head, ...body, ...tail].join('\n');
  if (out.length > max) out = `${out.slice(0, max - 80)}\n\n…(truncated to fit the size limit)\n`;
  return out;
}

function link(f: Finding, base: string | undefined): string {
  const label = `${f.file}:${f.range.startLine}`;
  if (!base) return `\`${label}\``;
  const lines = f.range.endLine > f.range.startLine ? `#L${f.range.startLine}-L${f.range.endLine}` : `#L${f.range.startLine}`;
  return `[${escapeMd(label)}](${base}${f.file.split('/').map(encodeURIComponent).join('/')}${lines})`;
}
