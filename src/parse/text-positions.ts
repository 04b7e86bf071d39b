import type { SourceRange } from '../core/model';

/** Turns string offsets into 1-based line/column positions; built lazily, once per file. */
export class LineIndex {
  // typed: four bytes a line, where a number array took eight and its slack
  private starts: Uint32Array | undefined;
  // findings at one place share one range (ten findings on a container's first line are common)
  private ranges: Map<number, SourceRange> | undefined;
  constructor(private readonly text: string) {}

  private lineStarts(): Uint32Array {
    if (this.starts) return this.starts;
    const t = this.text;
    let n = 1;
    for (let i = t.indexOf('\n'); i !== -1; i = t.indexOf('\n', i + 1)) n++;
    const starts = new Uint32Array(n);
    let k = 1;
    for (let i = t.indexOf('\n'); i !== -1; i = t.indexOf('\n', i + 1)) starts[k++] = i + 1;
    this.starts = starts;
    return starts;
  }

  /** Lets go of the line starts and shared ranges (rebuilt if asked again). */
  release(): void {
    this.starts = undefined;
    this.ranges = undefined;
  }

  /** 0-based line index holding `offset`. */
  lineOf(offset: number): number {
    const s = this.lineStarts();
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  position(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    return { line: line + 1, column: offset - this.lineStarts()[line] + 1 };
  }

  /** Offset just past the last character of the line holding `offset` (before CR/LF). */
  lineEnd(offset: number): number {
    let nl = this.text.indexOf('\n', offset);
    if (nl === -1) nl = this.text.length;
    if (nl > 0 && this.text.charCodeAt(nl - 1) === 13) nl -= 1;
    return nl;
  }

  get lineCount(): number {
    return this.lineStarts().length;
  }

  range(start: number, end: number): SourceRange {
    const a = this.position(start);
    const b = this.position(Math.max(start, end));
    return { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column };
  }

  /**
   * `range(start, end)`, the same object for the same offsets until `release`: a finding keeps
   * its range, and a range nobody changes can be shared. Readers must not modify it.
   */
  sharedRange(start: number, end: number): SourceRange {
    const ranges = (this.ranges ??= new Map());
    const known = ranges.get(start);
    const b = this.position(Math.max(start, end));
    if (known && known.endLine === b.line && known.endColumn === b.column) return known;
    const a = this.position(start);
    const r = { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column };
    if (!known) ranges.set(start, r);
    return r;
  }
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * From a parser's node-open offset (which may sit before whitespace, comments, anchors and
 * tags), find where the node's own text starts.
 */
export function skipToContent(text: string, offset: number, limit = text.length): number {
  let i = offset;
  for (;;) {
    while (i < limit && WS.has(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    if (c === 0x23 /* # */) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? limit : nl + 1;
      continue;
    }
    if ((c === 0x26 /* & */ || c === 0x21) /* ! */ && i + 1 < limit) {
      // anchor or tag property before the node: skip the token and keep going
      let j = i + 1;
      while (j < limit && !WS.has(text.charCodeAt(j))) j++;
      if (j < limit) {
        i = j;
        continue;
      }
    }
    return Math.min(i, limit);
  }
}

/**
 * The end of a scalar that starts at `start`, limited to its first line: quoted scalars end at
 * their closing quote, plain ones before a trailing comment or spaces.
 */
export function scalarLineEnd(text: string, start: number, lineEnd: number): number {
  const q = text.charCodeAt(start);
  if (q === 0x22 || q === 0x27) {
    for (let i = start + 1; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (q === 0x22 && c === 0x5c /* \ */) {
        i++;
        continue;
      }
      if (c === q) {
        if (q === 0x27 && text.charCodeAt(i + 1) === 0x27) {
          i++;
          continue;
        }
        return i + 1;
      }
    }
    return lineEnd;
  }
  let end = lineEnd;
  // a comment starts at a `#` after a space or tab; look on this line only (an indexOf over the
  // rest of the text made every finding in a large file cost a scan to its end)
  for (let i = start + 1; i < lineEnd; i++) {
    if (text.charCodeAt(i) !== 0x23) continue;
    const before = text.charCodeAt(i - 1);
    if (before === 0x20 || before === 0x09) {
      end = i - 1;
      break;
    }
  }
  while (end > start && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end--;
  return end;
}

/**
 * How many byte order marks open the text. js-yaml strips one itself, so a reader that strips
 * only one would see its offsets drift by one on a file that starts with two.
 */
export function leadingBoms(text: string): number {
  let n = 0;
  while (text.charCodeAt(n) === 0xfeff) n++;
  return n;
}
