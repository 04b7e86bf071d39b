import type { Diagnostic } from '../core/model';

/**
 * Diagnostics about what the run could compare with (the base commit missing from a shallow
 * clone, a fallback to the merge commit's parent). They are not problems with the input: the
 * summary shows them beside the counts they qualify, not under "Input problems".
 */
export const COMPARISON_NOTE_CODES: ReadonlySet<string> = new Set(['baseline-base', 'baseline-unavailable', 'policy-changes-unavailable']);

export function isComparisonNote(d: Diagnostic): boolean {
  return !d.gating && COMPARISON_NOTE_CODES.has(d.code);
}
