import type { FieldPath, SourceRange } from '../core/model';
import { LineIndex, scalarLineEnd } from './text-positions';

/** Offsets of one node of the source: its key (when a mapping member) and its value. */
export interface NodeSpan {
  keyStart?: number;
  valueStart: number;
  scalar: boolean;
}

export interface Located {
  range: SourceRange;
  /** How many leading segments of the requested path exist in the source. */
  depth: number;
}

/** Resolves field paths of a parsed document to source ranges, lazily. */
export interface Locator {
  /** `spans[i]` is the span of `path.slice(0, i)`; stops at the first segment not in the source. */
  spans(docIndex: number, path: FieldPath): NodeSpan[];
  /** The last entry of `spans` and its depth, where a locator can find it faster. */
  deepest?(docIndex: number, path: FieldPath): { span: NodeSpan; depth: number } | undefined;
  /** Drops what was built to answer queries (rebuilt if asked again). */
  release?(): void;
  /** Drops what was built for one document only. */
  releaseDocument?(docIndex: number): void;
}

/**
 * The range a finding on `path` points at: the deepest part of the path present in the source,
 * from its key to the end of its value on the same line (or the end of the key's line).
 */
export function locate(locator: Locator, lines: LineIndex, text: string, docIndex: number, path: FieldPath): Located {
  let found: { span: NodeSpan; depth: number } | undefined;
  if (locator.deepest) found = locator.deepest(docIndex, path);
  else {
    const spans = locator.spans(docIndex, path);
    if (spans.length > 0) found = { span: spans[spans.length - 1], depth: spans.length - 1 };
  }
  if (!found) return { range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }, depth: 0 };
  const span = found.span;
  const start = span.keyStart ?? span.valueStart;
  const startLineEnd = lines.lineEnd(start);
  let end: number;
  if (span.scalar && span.valueStart <= startLineEnd) {
    end = scalarLineEnd(text, span.valueStart, startLineEnd);
  } else {
    end = scalarLineEnd(text, start, startLineEnd);
  }
  if (end <= start) end = Math.min(start + 1, Math.max(startLineEnd, start));
  return { range: lines.sharedRange(start, end), depth: found.depth };
}
