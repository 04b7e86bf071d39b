import * as fs from 'node:fs';
import * as path from 'node:path';
import * as jsyaml from 'js-yaml';
import type { Diagnostic, KubeObject, SourceRange } from '../core/model';

/** What rendering one chart or overlay produced. */
export interface RenderUnitResult {
  /** `helm` or `kustomize`, and the chart/overlay directory (repository-relative). */
  kind: 'helm' | 'kustomize';
  root: string;
  objects: KubeObject[];
  diagnostics: Diagnostic[];
  /** Repository-relative files whose objects this unit now reports (so not read as plain YAML). */
  consumed: string[];
  ok: boolean;
  durationMs: number;
}

export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** `dir/file` with `.` as the repository root, POSIX separators. */
export function joinRel(dir: string, file: string): string {
  return path.posix.normalize(dir === '.' || dir === '' ? file : `${dir}/${file}`);
}

/** The repository-relative form of an absolute path, or undefined when it lies outside the root. */
export function relInside(root: string, abs: string): string | undefined {
  const rel = path.relative(root, abs);
  if (rel === '' ) return '.';
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return toPosix(rel);
}

/** Resolves symlinks when the path exists, so "inside the root" cannot be faked by a link. */
export function realOrSelf(abs: string): string {
  try {
    return fs.realpathSync(abs);
  } catch {
    return abs;
  }
}

/** Reads a small YAML file (Chart.yaml, kustomization.yaml); undefined when absent or invalid. */
export function readYaml(abs: string): { value: unknown; text: string } | { error: string } | undefined {
  let text: string;
  try {
    text = fs.readFileSync(abs, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return { value: jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA }), text };
  } catch (err) {
    return { error: (err as Error).message.split('\n')[0] };
  }
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export const LINE_ONE: SourceRange = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };

/** The range of the first line of `text` holding `needle` (a regular expression), else line 1. */
export function lineOf(text: string, needle: RegExp): SourceRange {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => needle.test(l));
  if (i < 0) return LINE_ONE;
  const l = lines[i].replace(/\r$/, '');
  const start = l.length - l.trimStart().length;
  return { startLine: i + 1, startColumn: start + 1, endLine: i + 1, endColumn: Math.max(start + 1, l.trimEnd().length) + 1 };
}

/** A render problem: it gates (as an error) unless the user chose `fail-on-render-error: false`. */
export function renderDiagnostic(code: 'render-failed' | 'tool-missing' | 'render-refused', message: string, file: string | undefined, gating: boolean, range?: SourceRange): Diagnostic {
  return { level: gating ? 'error' : 'warning', code, message, file, range: file ? range ?? LINE_ONE : undefined, gating };
}
