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

/** One finding or input problem, before those on the same line are merged: its text is built only if it is annotated. */
interface Item {
  rank: number;
  level: AnnotationLevel;
  range: { startLine: number; startColumn: number; endLine: number; endColumn: number };
  of: Finding | Diagnostic;
}

/**
 * A line that has something to annotate, with what is on it, most severe first. Its annotation's
 * text is built by `annotationOf`: a scan of a million findings annotates only the lines it shows.
 */
export interface AnnotatedLine {
  path: string;
  /** The most severe level on the line. */
  annotation_level: AnnotationLevel;
  rank: number;
  items: readonly Item[];
}

/**
 * One annotation per line that has active findings or located input problems, at the most severe
 * level among them, naming every rule on the line (overlapping frameworks flag one spot several
 * times; a reviewer should see one marker, not a pile). Most severe first. Acknowledged findings
 * get none: they are listed in the summary and carried as SARIF suppressions. Only the first
 * `limit` are built.
 */
export function checkAnnotations(result: ScanResult, limit = Infinity): CheckAnnotation[] {
  const lines = annotatedLines(result);
  return (lines.length > limit ? lines.slice(0, limit) : lines).map(annotationOf);
}

/** The lines `checkAnnotations` annotates, in its order, before any text is built. */
export function annotatedLines(result: ScanResult): AnnotatedLine[] {
  const byLine = new Map<string, { path: string; items: Item[] }>();
  const add = (path: string, item: Item) => {
    const key = `${path}\u0000${Math.max(1, item.range.startLine)}`;
    const line = byLine.get(key);
    if (line) line.items.push(item);
    else byLine.set(key, { path, items: [item] });
  };
  for (const f of result.findings) {
    if (f.suppression) continue;
    add(f.file, { rank: severityRank(f.severity), level: LEVEL_OF[f.severity], range: f.range, of: f });
  }
  for (const d of result.diagnostics) {
    if (!d.file) continue;
    add(d.file, { rank: DIAGNOSTIC_RANK[d.level], level: DIAGNOSTIC_LEVEL[d.level], range: d.range ?? { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }, of: d });
  }
  const lines: AnnotatedLine[] = [];
  for (const { path, items } of byLine.values()) {
    // stable: within one rank the items keep the pipeline's order
    const sorted = items.length > 1 ? [...items].sort((x, y) => x.rank - y.rank) : items;
    lines.push({ path, annotation_level: sorted[0].level, rank: sorted[0].rank, items: sorted });
  }
  // stable: within one rank the lines keep the pipeline's file and line order
  return lines.sort((x, y) => x.rank - y.rank);
}

/** The text of one item: its title, message and details. */
function itemText(it: Item): { label: string; severity: string; message: string; details: string } {
  if (isFinding(it.of)) {
    const f = it.of;
    const details = [`Object: ${objectLabel(f.object)}`, `Field: ${f.path}`];
    if (f.container) details.push(`Container: ${f.container}`);
    if (f.controls.length) details.push(`Controls: ${f.controls.join(', ')}`);
    if (f.origin) details.push(`Rendered from ${f.origin.kind} ${f.origin.root}${f.origin.detail ? ` (${f.origin.detail})` : ''}`);
    details.push(`Severity: ${f.severity}`, `Rule: ${f.ruleId}`);
    return { label: `${f.title} (${f.ruleId})`, severity: f.severity, message: `${f.message}\n\nRemediation: ${f.remediation}`, details: details.join('\n') };
  }
  const d = it.of;
  return { label: `kubegate: ${d.code}${d.gating ? ' (blocks the gate)' : ''}`, severity: d.level, message: d.message, details: '' };
}

function isFinding(x: Finding | Diagnostic): x is Finding {
  return 'ruleId' in x;
}

/** The annotation of one line: its items, most severe first, as one annotation. */
export function annotationOf(line: AnnotatedLine): CheckAnnotation {
  const { items } = line;
  const [first] = items;
  const start = Math.max(1, first.range.startLine);
  const range = {
    startLine: start,
    endLine: largest(items.map((i) => i.range.endLine)),
    startColumn: smallest(items.map((i) => i.range.startColumn)),
    endColumn: largest(items.map((i) => i.range.endColumn)),
  };
  const texts = items.map(itemText);
  if (items.length === 1) {
    const [t] = texts;
    return {
      path: line.path,
      ...lines(range),
      annotation_level: first.level,
      title: clip(t.label, MAX_TITLE),
      message: clip(t.message, MAX_TEXT),
      ...(t.details ? { raw_details: clip(t.details, MAX_TEXT) } : {}),
    };
  }
  const message = texts.map((t) => `[${t.severity}] ${t.label}: ${t.message}`).join('\n\n');
  const details = texts.filter((t) => t.details).map((t) => `${t.label}\n${t.details}`);
  return {
    path: line.path,
    ...lines(range),
    annotation_level: first.level,
    title: titleNaming(texts.map((t) => t.label)),
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

/** Up to `budget[level]` annotations (or annotated lines) of each level, keeping the given (most severe first) order. */
export function topPerLevel<T extends { annotation_level: AnnotationLevel }>(all: readonly T[], budget: Record<AnnotationLevel, number>): T[] {
  const left = { ...budget };
  return all.filter((a) => left[a.annotation_level]-- > 0);
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
