import { severityRank, type Diagnostic, type Finding, type ScanResult, type Severity } from '../core/model';
import { objectLabel } from '../core/object-label';
import { largest, smallest } from '../core/arrays';

export type AnnotationLevel = 'failure' | 'warning' | 'notice';

/** A check-run annotation as the Checks API takes it. */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: AnnotationLevel;
  title: string;
  message: string;
  raw_details?: string;
}

export const LEVEL_OF: Record<Severity, AnnotationLevel> = { critical: 'failure', high: 'failure', medium: 'warning', low: 'notice' };
const DIAGNOSTIC_LEVEL: Record<Diagnostic['level'], AnnotationLevel> = { error: 'failure', warning: 'warning', notice: 'notice' };
/** Where input problems sort among findings: an unreadable manifest is as bad as a high finding. */
const DIAGNOSTIC_RANK: Record<Diagnostic['level'], number> = { error: 1, warning: 2, notice: 3 };

/** Checks API limits (REST description): title 255 characters, message and raw_details 64 KB. */
const MAX_TITLE = 255;
const MAX_TEXT = 60_000;

/** One finding or input problem, before those on the same line are merged. */
interface Item {
  rank: number;
  level: AnnotationLevel;
  path: string;
  range: { startLine: number; startColumn: number; endLine: number; endColumn: number };
  /** `Title (rule-id)`. */
  label: string;
  /** The finding's severity, or the problem's level. */
  severity: string;
  message: string;
  details: string;
}

/**
 * One annotation per line that has active findings or located input problems, at the most severe
 * level among them, naming every rule on the line (overlapping frameworks flag one spot several
 * times; a reviewer should see one marker, not a pile). Most severe first. Acknowledged findings
 * get none: they are listed in the summary and carried as SARIF suppressions.
 */
export function checkAnnotations(result: ScanResult): CheckAnnotation[] {
  const items: Item[] = [];
  for (const f of result.findings) {
    if (f.suppression) continue;
    items.push(findingItem(f));
  }
  for (const d of result.diagnostics) {
    if (!d.file) continue;
    const label = `kubegate: ${d.code}${d.gating ? ' (blocks the gate)' : ''}`;
    items.push({
      rank: DIAGNOSTIC_RANK[d.level],
      level: DIAGNOSTIC_LEVEL[d.level],
      path: d.file,
      range: d.range ?? { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
      label,
      severity: d.level,
      message: d.message,
      details: '',
    });
  }
  const byLine = new Map<string, Item[]>();
  for (const it of items) {
    const key = `${it.path}\u0000${Math.max(1, it.range.startLine)}`;
    const list = byLine.get(key);
    if (list) list.push(it);
    else byLine.set(key, [it]);
  }
  const merged = [...byLine.values()].map((list) => {
    // stable: within one rank the items keep the pipeline's order
    const sorted = [...list].sort((x, y) => x.rank - y.rank);
    return { rank: sorted[0].rank, a: lineAnnotation(sorted) };
  });
  // stable: within one rank the lines keep the pipeline's file and line order
  return merged.sort((x, y) => x.rank - y.rank).map((x) => x.a);
}

function findingItem(f: Finding): Item {
  const details = [`Object: ${objectLabel(f.object)}`, `Field: ${f.path}`];
  if (f.container) details.push(`Container: ${f.container}`);
  if (f.controls.length) details.push(`Controls: ${f.controls.join(', ')}`);
  if (f.origin) details.push(`Rendered from ${f.origin.kind} ${f.origin.root}${f.origin.detail ? ` (${f.origin.detail})` : ''}`);
  details.push(`Severity: ${f.severity}`, `Rule: ${f.ruleId}`);
  return {
    rank: severityRank(f.severity),
    level: LEVEL_OF[f.severity],
    path: f.file,
    range: f.range,
    label: `${f.title} (${f.ruleId})`,
    severity: f.severity,
    message: `${f.message}\n\nRemediation: ${f.remediation}`,
    details: details.join('\n'),
  };
}

/** The items of one line, most severe first, as one annotation. */
function lineAnnotation(items: Item[]): CheckAnnotation {
  const [first] = items;
  const start = Math.max(1, first.range.startLine);
  const range = {
    startLine: start,
    endLine: largest(items.map((i) => i.range.endLine)),
    startColumn: smallest(items.map((i) => i.range.startColumn)),
    endColumn: largest(items.map((i) => i.range.endColumn)),
  };
  if (items.length === 1) {
    return {
      path: first.path,
      ...lines(range),
      annotation_level: first.level,
      title: clip(first.label, MAX_TITLE),
      message: clip(first.message, MAX_TEXT),
      ...(first.details ? { raw_details: clip(first.details, MAX_TEXT) } : {}),
    };
  }
  const message = items.map((i) => `[${i.severity}] ${i.label}: ${i.message}`).join('\n\n');
  const details = items.filter((i) => i.details).map((i) => `${i.label}\n${i.details}`);
  return {
    path: first.path,
    ...lines(range),
    annotation_level: first.level,
    title: titleNaming(items.map((i) => i.label)),
    message: clip(message, MAX_TEXT),
    ...(details.length ? { raw_details: clip(details.join('\n\n'), MAX_TEXT) } : {}),
  };
}

/** `A (a) · B (b) · +3 more` within the 255 characters a title may hold. */
export function titleNaming(labels: string[]): string {
  const more = (n: number) => (n > 0 ? ` · +${n} more` : '');
  let title = clip(labels[0], MAX_TITLE - more(labels.length - 1).length);
  for (let i = 1; i < labels.length; i++) {
    const next = `${title} · ${labels[i]}`;
    if (next.length + more(labels.length - i - 1).length > MAX_TITLE) return title + more(labels.length - i);
    title = next;
  }
  return title;
}

/** Columns are only accepted when the annotation is on one line. */
function lines(r: { startLine: number; startColumn: number; endLine: number; endColumn: number }): Pick<CheckAnnotation, 'start_line' | 'end_line' | 'start_column' | 'end_column'> {
  const start = Math.max(1, r.startLine);
  const end = Math.max(start, r.endLine);
  if (start !== end) return { start_line: start, end_line: end };
  const sc = Math.max(1, r.startColumn);
  return { start_line: start, end_line: end, start_column: sc, end_column: Math.max(sc, r.endColumn) };
}

/** Up to `budget[level]` annotations of each level, keeping the given (most severe first) order. */
export function topPerLevel(all: CheckAnnotation[], budget: Record<AnnotationLevel, number>): CheckAnnotation[] {
  const left = { ...budget };
  return all.filter((a) => left[a.annotation_level]-- > 0);
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
