import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { SEVERITIES, type ScanResult } from '../core/model';
import { objectLabel } from '../core/object-label';
import { annotatedLines, annotationOf, topPerLevel, type AnnotationLevel, type CheckAnnotation } from './annotations';
import { reportText, type ReportSink } from './sink';

/** GitHub displays at most this many workflow-command annotations of each level per step. */
export const ANNOTATIONS_PER_LEVEL = 10;

const COMMAND: Record<AnnotationLevel, 'error' | 'warning' | 'notice'> = { failure: 'error', warning: 'warning', notice: 'notice' };

export interface GithubCommandsOptions {
  /**
   * Directory annotation paths must be relative to: the checkout (`GITHUB_WORKSPACE`). Findings are
   * relative to the scan root, which differs when a sub-directory was scanned.
   */
  workspace?: string;
}

/**
 * Workflow commands for the CLI run inside a GitHub Actions step without the action: the most
 * severe findings as `::error`/`::warning`/`::notice` annotations on their lines, within what
 * GitHub displays per step; every other finding as a plain log line (with command processing
 * stopped, since messages quote manifest text); and a closing `::notice` with the counts and the
 * gate verdict, which always takes one notice slot.
 */
export function buildGithubCommands(result: ScanResult, opts: GithubCommandsOptions = {}): string {
  return reportText((sink) => writeGithubCommands(sink, result, opts));
}

/**
 * The same, written line by line to `sink`. Only the annotated lines' full text is built; every
 * other line is built twice (once for the stop token, once to write it) and never held, so a
 * scan of a million findings prints them all in little memory.
 */
export function writeGithubCommands(sink: ReportSink, result: ScanResult, opts: GithubCommandsOptions = {}): void {
  const line = (text: string) => sink.write(`${text}\n`);
  const workspace = opts.workspace ?? result.root;
  const where = (file: string) => relativeTo(workspace, result.root, file);
  const all = annotatedLines(result);
  const shown = topPerLevel(all, { failure: ANNOTATIONS_PER_LEVEL, warning: ANNOTATIONS_PER_LEVEL, notice: ANNOTATIONS_PER_LEVEL - 1 });
  for (const l of shown) line(command({ ...annotationOf(l), path: where(l.path) }));

  const annotated = new Set(shown);
  const rest = all.filter((l) => !annotated.has(l));
  const unlocated = result.diagnostics.filter((d) => !d.file);
  function* plain(): Generator<string> {
    for (const l of rest) {
      const a = annotationOf(l);
      yield `${where(a.path)}:${a.start_line}${a.start_column ? `:${a.start_column}` : ''}: ${a.annotation_level}: ${a.title}: ${oneLine(a.message)}`;
    }
    for (const d of unlocated) yield `${d.level}: ${d.code}: ${oneLine(d.message)}`;
  }
  const count = rest.length + unlocated.length;
  if (count) {
    line(`::group::kubegate: ${count} more not annotated`);
    const token = stopToken(plain());
    line(`::stop-commands::${token}`);
    for (const p of plain()) line(p);
    line(`::${token}::`);
    line('::endgroup::');
  }
  line(`::notice title=${escapeProperty('kubegate')}::${escapeData(summary(result, shown.length, rest.length))}`);
}

function summary(result: ScanResult, shown: number, rest: number): string {
  const active = result.findings.filter((f) => !f.suppression);
  const counts = SEVERITIES.map((s) => `${active.filter((f) => f.severity === s).length} ${s}`).join(', ');
  const acknowledged = result.findings.length - active.length;
  const parts = [`${active.length} finding${active.length === 1 ? '' : 's'} (${counts}) in ${result.stats.objects} objects${acknowledged ? `, ${acknowledged} acknowledged` : ''}.`];
  parts.push(
    rest === 0
      ? `${shown} ${shown === 1 ? 'line' : 'lines'} annotated (one annotation per line, naming every rule on it).`
      : `${shown} lines annotated, the most severe first; ${rest} more are listed in the log (GitHub shows ${ANNOTATIONS_PER_LEVEL} annotations per level per step).`,
  );
  const worst = active[0];
  if (worst && rest > 0) parts.push(`Most severe: ${worst.severity} ${worst.ruleId} on ${objectLabel(worst.object)}.`);
  parts.push(result.gate.failed ? `Gate failed: ${result.gate.reasons.join('; ')}` : 'Gate passed.');
  return parts.join(' ');
}

function command(a: CheckAnnotation): string {
  const props: Array<[string, string | number | undefined]> = [
    ['file', a.path],
    ['line', a.start_line],
    ['endLine', a.end_line],
    ['col', a.start_column],
    ['endColumn', a.end_column],
    ['title', a.title],
  ];
  const p = props
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${COMMAND[a.annotation_level]} ${p}::${escapeData(a.message)}`;
}

/** The runner's own escaping for a command's message (as @actions/core does). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values additionally escape the separators `:` and `,`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * The token of the `::stop-commands::` block that wraps lines quoting manifest text, so that a
 * line the runner would take for a command (`::add-mask::`, `::error::`) is printed instead. It
 * is derived from the lines (their hash, as if joined by newlines): text cannot contain the hash
 * of itself, so it cannot end the block early.
 */
function stopToken(lines: Iterable<string>): string {
  const hash = createHash('sha256');
  let first = true;
  for (const l of lines) {
    hash.update(first ? l : `\n${l}`);
    first = false;
  }
  return `kubegate-${hash.digest('hex').slice(0, 32)}`;
}

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}

function relativeTo(workspace: string, root: string, file: string): string {
  return path.relative(workspace, path.resolve(root, file)).split(path.sep).join('/');
}
