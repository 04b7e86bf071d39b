import { SEVERITIES, type Diagnostic, type Finding, type ScanResult, type Severity } from '../core/model';
import { objectLabel } from '../core/object-label';
import { isBlocking } from '../rules/score';
import { findingsByFile, findingsByRule, severityTotals, topRules } from './group-findings';
import { count } from '../core/plural';
import { renderSpans, wrapSpans, type Span } from './text-wrap';
import { reportText, type ReportSink } from './sink';
import { largest } from '../core/arrays';

export type GroupBy = 'file' | 'rule';
export const GROUP_BY: readonly GroupBy[] = ['file', 'rule'];

export interface TableOptions {
  color?: boolean;
  showSuppressed?: boolean;
  /** Columns to wrap at (Infinity: never wrap). */
  width?: number;
  groupBy?: GroupBy;
  /** Only what fails the gate: blocking findings, gating input problems, failing frameworks. */
  quiet?: boolean;
}

const ANSI: Record<string, string> = {
  critical: '\u001b[35m',
  high: '\u001b[31m',
  medium: '\u001b[33m',
  low: '\u001b[36m',
  heading: '\u001b[1;4m',
  rule: '\u001b[1m',
  dim: '\u001b[2m',
  pass: '\u001b[32m',
  fail: '\u001b[1;31m',
};
const RESET = '\u001b[0m';
/** The severity column fits the longest word, "critical". */
const SEV_WIDTH = largest(SEVERITIES.map((s) => s.length));
/** Narrower than this, a hanging indent leaves no room for the text. */
const MIN_WIDTH = 40;

/**
 * Human output for a terminal. Findings are grouped by file (most severe first, then by line) or
 * by rule; every finding is its own row with its severity in words and its rule, so the totals
 * at the end count exactly the rows above them. Long rows wrap at `width` with a hanging indent.
 */
export function buildTable(result: ScanResult, opts: TableOptions = {}): string {
  return reportText((sink) => writeTable(sink, result, opts));
}

/** The same, written line by line to `sink`: a table of a million findings is never one string. */
export function writeTable(sink: ReportSink, result: ScanResult, opts: TableOptions = {}): void {
  const width = Math.max(MIN_WIDTH, opts.width ?? Infinity);
  const paint = (style: string, text: string) => (opts.color && ANSI[style] ? `${ANSI[style]}${text}${RESET}` : text);
  const emit = (out: Lines, head: Span[], body: Span[], indent: number) => {
    for (const l of wrapSpans(head, body, width, indent)) out.push(renderSpans(l, paint));
  };
  const threshold = result.gate.severityThreshold;
  const listed = result.findings.filter((f) => (opts.quiet ? isBlocking(f, threshold) : !f.suppression || opts.showSuppressed));
  const diagnostics = opts.quiet ? result.diagnostics.filter((d) => d.gating) : result.diagnostics;
  if (opts.quiet && !result.gate.failed) return;

  const out: Lines = { push: (line) => sink.write(`${line}\n`) };
  if (opts.groupBy === 'rule') rowsByRule(listed, out, emit);
  else rowsByFile(listed, out, emit);

  for (const d of diagnostics) emit(out, [], diagnosticSpans(d), 2);
  if (diagnostics.length) out.push('');

  const frameworks = opts.quiet ? result.frameworks.filter((fw) => result.gate.complianceThreshold > 0 && fw.compliance !== null && fw.compliance < result.gate.complianceThreshold) : result.frameworks;
  if (frameworks.length) {
    out.push(paint('heading', 'Framework scores:'));
    const idWidth = largest(frameworks.map((fw) => fw.id.length));
    for (const fw of frameworks) {
      const score = fw.compliance === null ? 'n/a' : `${fw.compliance.toFixed(1)}%`;
      const counts = SEVERITIES.map((s) => `${fw.counts[s]} ${s}`).join(', ');
      emit(out, [{ text: `  ${fw.id.padEnd(idWidth)}  ${score.padStart(6)}  ` }], [{ text: `(${counts})` }], idWidth + 12);
    }
    out.push('');
  }

  const active = result.findings.filter((f) => !f.suppression);
  if (!opts.quiet) {
    const suppressed = result.findings.length - active.length;
    const shownSuppressed = opts.showSuppressed ? ` (${suppressed} of them suppressed)` : suppressed ? ` (+${suppressed} suppressed, not shown)` : '';
    const findingsTotal = opts.showSuppressed ? result.findings.length : active.length;
    emit(out, [], [{ text: `${count(result.stats.objects, 'object')} in ${count(result.stats.files, 'file')}, ${count(findingsTotal, 'finding')}${shownSuppressed}, ${duration(result.stats.durationMs)}.` }], 2);
    const totals = severityTotals(listed);
    emit(out, [{ text: 'By severity: ' }], SEVERITIES.map((s, i) => ({ text: `${totals[s]} ${s}${i < SEVERITIES.length - 1 ? ',' : ''}`, style: totals[s] ? s : undefined, keep: true })), 13);
  }
  emit(out, [{ text: 'Blocking: ' }], [{ text: blockingText(result, active) }], 10);
  const top = opts.quiet ? [] : topRules(listed, 5);
  if (top.length) emit(out, [{ text: 'Top rules: ' }], top.map((r, i) => ({ text: `${r.ruleId} (${r.count} ${r.severity})${i < top.length - 1 ? ',' : ''}`, keep: true })), 11);
  if (result.gate.failed) emit(out, [{ text: 'Gate FAILED: ', style: 'fail' }], [{ text: result.gate.reasons.join('; ') }], 13);
  else out.push(paint('pass', 'Gate passed.'));
}

/** Where the table's lines go, each ended with a newline. */
interface Lines {
  push(line: string): void;
}

type Emit = (out: Lines, head: Span[], body: Span[], indent: number) => void;

/** Per file: a heading, then `line:col  severity  rule-id  message` rows. */
function rowsByFile(findings: readonly Finding[], out: Lines, emit: Emit): void {
  // one position column for the whole table, so severities line up from file to file
  const posWidth = largest(findings.map((f) => position(f).length), 0);
  for (const { file, findings: list } of findingsByFile(findings)) {
    emit(out, [], [{ text: file, style: 'heading' }], 2);
    const where = objectTag(list);
    for (const f of list) {
      const head: Span[] = [{ text: `  ${position(f).padEnd(posWidth)}  ` }, { text: f.severity, style: f.severity }, { text: ' '.repeat(SEV_WIDTH - f.severity.length + 2) }];
      emit(out, head, [{ text: `${f.ruleId} `, style: 'rule', keep: true }, { text: f.message }, ...where(f), ...suppressedSpan(f)], posWidth + SEV_WIDTH + 6);
    }
    out.push('');
  }
}

/**
 * Per rule: `severity  rule-id: title (counts)`, then one short row per finding, where it is and
 * on what (`file:line:col  namespace/Kind/name container "c"`): a roll-up to read at a glance;
 * the messages are in the by-file view.
 */
function rowsByRule(findings: readonly Finding[], out: Lines, emit: Emit): void {
  for (const g of findingsByRule(findings)) {
    const head: Span[] = [{ text: g.severity, style: g.severity }, { text: ' '.repeat(SEV_WIDTH - g.severity.length + 2) }];
    emit(out, head, [{ text: `${g.ruleId}:`, style: 'rule' }, { text: g.title }, { text: `(${count(g.findings.length, 'finding')} in ${count(g.objects, 'object')}, ${count(g.files, 'file')})`, style: 'dim' }], SEV_WIDTH + 2);
    for (const f of g.findings) {
      const own: Span[] = f.severity === g.severity ? [] : [{ text: f.severity, style: f.severity }];
      const on = `${objectLabel(f.object)}${f.container ? ` container "${f.container}"` : ''}`;
      emit(out, [{ text: '  ' }], [{ text: `${f.file}:${position(f)} `, keep: true }, ...own, { text: on, style: 'dim' }, ...suppressedSpan(f)], 6);
    }
    out.push('');
  }
}

/**
 * Messages name the object ("Container "app" of Deployment web ..."), not its namespace; where
 * rows of one list come from several namespaces, each row says which (`kubectl get -A` output).
 */
function objectTag(list: readonly Finding[]): (f: Finding) => Span[] {
  const namespaces = new Set(list.map((f) => f.object.namespace ?? ''));
  if (namespaces.size < 2) return () => [];
  return (f) => [{ text: f.object.namespace ? `(namespace ${f.object.namespace})` : `(${objectLabel(f.object)})`, style: 'dim' }];
}

function position(f: Finding): string {
  return `${f.range.startLine}:${f.range.startColumn}`;
}

function suppressedSpan(f: Finding): Span[] {
  return f.suppression ? [{ text: `[suppressed: ${f.suppression.justification}]`, style: 'dim' }] : [];
}

function diagnosticSpans(d: Diagnostic): Span[] {
  const where = d.file ? `${d.file}${d.range ? `:${d.range.startLine}:${d.range.startColumn}` : ''}:` : '';
  return [{ text: `${d.level}:`, style: d.level === 'error' ? 'high' : d.level === 'warning' ? 'medium' : undefined }, ...(where ? [{ text: where }] : []), { text: d.message }];
}

/** What fails the gate, counted: findings at or above the threshold and input problems. */
function blockingText(result: ScanResult, active: readonly Finding[]): string {
  const threshold: Severity | 'none' = result.gate.severityThreshold;
  const parts: string[] = [];
  if (threshold === 'none') parts.push('no findings (severity threshold none)');
  else {
    const n = active.filter((f) => isBlocking(f, threshold)).length;
    parts.push(`${count(n, 'finding')} at or above ${threshold}`);
  }
  const gating = result.diagnostics.filter((d) => d.gating).length;
  if (gating) parts.push(count(gating, 'input problem'));
  const compliance = result.gate.complianceThreshold;
  if (compliance > 0) {
    const below = result.frameworks.filter((fw) => fw.compliance !== null && fw.compliance < compliance).length;
    if (below) parts.push(`${count(below, 'framework')} below ${compliance}%`);
  }
  return parts.join(', ') + '.';
}

function duration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
