import { severityRank, type Diagnostic, type Finding, type ScanResult, type Severity } from '../model';
import { objectLabel } from '../pipeline/evaluate';

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

/**
 * One annotation per active finding and per located input problem, most severe first. Acknowledged
 * findings get none: they are listed in the summary and carried as SARIF suppressions.
 */
export function checkAnnotations(result: ScanResult): CheckAnnotation[] {
  const ranked: Array<{ rank: number; a: CheckAnnotation }> = [];
  for (const f of result.findings) {
    if (f.suppression) continue;
    ranked.push({ rank: severityRank(f.severity), a: findingAnnotation(f) });
  }
  for (const d of result.diagnostics) {
    if (!d.file) continue;
    const r = d.range ?? { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
    ranked.push({
      rank: DIAGNOSTIC_RANK[d.level],
      a: {
        path: d.file,
        ...lines(r),
        annotation_level: DIAGNOSTIC_LEVEL[d.level],
        title: clip(`kubegate: ${d.code}${d.gating ? ' (blocks the gate)' : ''}`, MAX_TITLE),
        message: clip(d.message, MAX_TEXT),
      },
    });
  }
  // stable: within one rank the findings keep the pipeline's file and line order
  return ranked.sort((x, y) => x.rank - y.rank).map((x) => x.a);
}

function findingAnnotation(f: Finding): CheckAnnotation {
  const details = [`Object: ${objectLabel(f.object)}`, `Field: ${f.path}`];
  if (f.container) details.push(`Container: ${f.container}`);
  if (f.controls.length) details.push(`Controls: ${f.controls.join(', ')}`);
  if (f.origin) details.push(`Rendered from ${f.origin.kind} ${f.origin.root}${f.origin.detail ? ` (${f.origin.detail})` : ''}`);
  details.push(`Severity: ${f.severity}`, `Rule: ${f.ruleId}`);
  return {
    path: f.file,
    ...lines(f.range),
    annotation_level: LEVEL_OF[f.severity],
    title: clip(`${f.title} (${f.ruleId})`, MAX_TITLE),
    message: clip(`${f.message}\n\nRemediation: ${f.remediation}`, MAX_TEXT),
    raw_details: clip(details.join('\n'), MAX_TEXT),
  };
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
