import type { Diagnostic, Finding, KubeObject } from '../core/model';

export const EXCEPTIONS_DOCS = 'https://github.com/kubegate/kubegate/blob/main/docs/exceptions.md';

/** Where an entry sits in its file, for stale/expired diagnostics and tampering reports. */
export interface EntryLocation {
  file: string;
  startLine: number;
  startColumn: number;
}

/**
 * One exception, whatever file format it came from (ours or Kubescape's), reduced to a predicate
 * over a finding and the object it is on.
 */
export interface ExceptionEntry {
  /** How messages name it: its `id`, Kubescape `name`, or `#<n>` (1-based). */
  label: string;
  format: 'kubegate' | 'kubescape';
  location: EntryLocation;
  reason: string;
  owner?: string;
  /** As written (a date or date-time). */
  expires?: string;
  /** First instant (ms since epoch) at which the entry no longer applies. */
  expiresAt?: number;
  matches(finding: Finding, object: KubeObject | undefined): boolean;
  /** The entry as plain data, compared between base and head to report policy changes. */
  spec: Record<string, unknown>;
}

export interface ExceptionSet {
  /** Repository-relative path of the file. */
  file: string;
  format: 'kubegate' | 'kubescape';
  entries: ExceptionEntry[];
  /** Non-fatal problems found while reading (e.g. a Kubescape control we do not implement). */
  diagnostics: Diagnostic[];
}

export function entryDiagnostic(e: ExceptionEntry, level: Diagnostic['level'], code: string, message: string): Diagnostic {
  const { file, startLine, startColumn } = e.location;
  return { level, code, message, file, range: { startLine, startColumn, endLine: startLine, endColumn: startColumn }, gating: false };
}
