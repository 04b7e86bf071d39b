/**
 * kubegate's findings and diagnostics as LSP diagnostics. Pure: the server owns the documents.
 * LSP positions are 0-based with UTF-16 columns; kubegate's are 1-based with UTF-16 columns and
 * an exclusive end, so the conversion is a shift.
 */
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type Range } from 'vscode-languageserver';
import { severityRank, type Diagnostic, type Finding, type RuleMeta, type Severity, type SourceRange } from '../core/model';

export const SOURCE = 'kubegate';

/** What a diagnostic carries so code actions and hovers find its findings again. */
export interface DiagnosticData {
  fingerprints: string[];
}

export function toLspRange(r: SourceRange): Range {
  return { start: { line: r.startLine - 1, character: r.startColumn - 1 }, end: { line: r.endLine - 1, character: r.endColumn - 1 } };
}

export function severityOf(s: Severity): DiagnosticSeverity {
  return s === 'critical' || s === 'high' ? DiagnosticSeverity.Error : s === 'medium' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information;
}

const LEVELS: Record<Diagnostic['level'], DiagnosticSeverity> = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, notice: DiagnosticSeverity.Information };

function sameRange(a: SourceRange, b: SourceRange): boolean {
  return a.startLine === b.startLine && a.startColumn === b.startColumn && a.endLine === b.endLine && a.endColumn === b.endColumn;
}

/**
 * One diagnostic per spot: several rules flagging the same range become one diagnostic that
 * names each rule (most severe first), so an editor showing one message per line loses none.
 */
export function findingDiagnostics(findings: readonly Finding[], rules: ReadonlyMap<string, RuleMeta>): LspDiagnostic[] {
  const groups: Finding[][] = [];
  for (const f of findings) {
    const g = groups.find((x) => sameRange(x[0].range, f.range));
    if (g) g.push(f);
    else groups.push([f]);
  }
  return groups.map((g) => {
    g.sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
    const first = g[0];
    const href = rules.get(first.ruleId)?.helpUri;
    const message = g.length === 1 ? line(first) : `${g.length} kubegate rules flag this:\n${g.map((f) => `- ${line(f)}`).join('\n')}`;
    const data: DiagnosticData = { fingerprints: g.map((f) => f.fingerprint) };
    return {
      range: toLspRange(first.range),
      severity: severityOf(first.severity),
      source: SOURCE,
      code: first.ruleId,
      ...(href ? { codeDescription: { href } } : {}),
      message,
      data,
    };
  });
}

function line(f: Finding): string {
  return `${f.ruleId} (${f.severity}): ${f.message}`;
}

/** A parse, render or suppression problem kubegate reports about a file; unlocated ones sit on the first line. */
export function problemDiagnostic(d: Diagnostic): LspDiagnostic {
  const range = d.range ? toLspRange(d.range) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return { range, severity: LEVELS[d.level], source: SOURCE, code: d.code, message: d.message };
}

export /** Whether a finding's range (1-based, end exclusive) touches an LSP range (0-based). */
function intersects(r: SourceRange, range: { start: { line: number; character: number }; end: { line: number; character: number } }): boolean {
  const before = (l1: number, c1: number, l2: number, c2: number) => l1 < l2 || (l1 === l2 && c1 <= c2);
  const s = { l: r.startLine - 1, c: r.startColumn - 1 };
  const e = { l: r.endLine - 1, c: r.endColumn - 1 };
  return before(s.l, s.c, range.end.line, range.end.character) && before(range.start.line, range.start.character, e.l, e.c);
}
