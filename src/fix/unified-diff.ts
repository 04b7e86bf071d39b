import { applyEdits, type TextEdit } from './text-edit';

/** One line-level change script entry: ' ' kept, '-' removed from before, '+' added in after. */
type Op = { kind: ' ' | '-' | '+'; line: string };

/** Lines with their terminators, so CRLF and a missing final line break survive the diff. */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/**
 * Myers' O((N+M)·D) shortest edit script on the lines between the common prefix and suffix.
 * Fixes change few lines, so D stays small even in large files.
 */
function lineScript(a: string[], b: string[]): Op[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const x = a.slice(pre, a.length - suf);
  const y = b.slice(pre, b.length - suf);
  const middle = myers(x, y);
  return [...a.slice(0, pre).map((line) => ({ kind: ' ' as const, line })), ...middle, ...a.slice(a.length - suf).map((line) => ({ kind: ' ' as const, line }))];
}

function myers(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let xi = k === -d || (k !== d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1;
      let yi = xi - k;
      while (xi < n && yi < m && a[xi] === b[yi]) {
        xi++;
        yi++;
      }
      v[off + k] = xi;
      if (xi >= n && yi >= m) {
        found = true;
        break;
      }
    }
  }
  // walk the trace back from (n, m)
  const ops: Op[] = [];
  let xi = n;
  let yi = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const vd = trace[d];
    const k = xi - yi;
    const prevK = k === -d || (k !== d && vd[off + k - 1] < vd[off + k + 1]) ? k + 1 : k - 1;
    const prevX = vd[off + prevK];
    const prevY = prevX - prevK;
    while (xi > prevX && yi > prevY) {
      ops.push({ kind: ' ', line: a[--xi] });
      yi--;
    }
    if (xi === prevX) ops.push({ kind: '+', line: b[--yi] });
    else ops.push({ kind: '-', line: a[--xi] });
  }
  while (xi > 0 && yi > 0) {
    ops.push({ kind: ' ', line: a[--xi] });
    yi--;
  }
  return ops.reverse();
}

/**
 * The script of `before` → `before` with `changes` applied, diffed only on the lines each change
 * touches (merged where they meet). Myers' time and trace grow with the product of the lines
 * and the edits: on one file of 60,000 fixed documents that was 10^11 steps and more memory
 * than the machine had, where each document's own lines take microseconds.
 */
function changedLinesScript(before: string, changes: readonly TextEdit[]): Op[] {
  const sorted = [...changes].sort((a, b) => a.start - b.start || a.end - b.end);
  // each change widened to whole lines of `before`: from its line's start to the end of the line
  // holding its end, so that both sides of the span end on a line break; a change that already
  // ends on one (a whole document replaced) is not widened, or every document would join the next
  const spans: Array<{ start: number; end: number; edits: TextEdit[] }> = [];
  const lineStartAt = (i: number) => i === 0 || before.charCodeAt(i - 1) === 10;
  for (const c of sorted) {
    // (lastIndexOf reads a negative position as 0: a change at the very start is its own case)
    const start = c.start === 0 ? 0 : before.lastIndexOf('\n', c.start - 1) + 1;
    const endsOnBreak = lineStartAt(c.end) && (c.text ? c.text.endsWith('\n') : lineStartAt(c.start));
    const eol = before.indexOf('\n', c.end);
    const end = endsOnBreak ? c.end : eol < 0 ? before.length : eol + 1;
    const last = spans[spans.length - 1];
    if (last && start < last.end) {
      last.end = Math.max(last.end, end);
      last.edits.push(c);
    } else spans.push({ start, end, edits: [c] });
  }
  const ops: Op[] = [];
  const keep = (from: number, to: number) => {
    for (const line of splitLines(before.slice(from, to))) ops.push({ kind: ' ', line });
  };
  let at = 0;
  for (const span of spans) {
    keep(at, span.start);
    const old = before.slice(span.start, span.end);
    const edits = span.edits.map((e) => ({ start: e.start - span.start, end: e.end - span.start, text: e.text }));
    for (const op of lineScript(splitLines(old), splitLines(applyEdits(old, edits)))) ops.push(op);
    at = span.end;
  }
  keep(at, before.length);
  return ops;
}

/**
 * A unified diff (`git apply` / `patch -p1` compatible) of one file; empty when nothing changed.
 * `file` is the repository-relative path, written as `a/<file>` and `b/<file>`. `changes`, when
 * the caller knows them (the edits that made `after` from `before`), confine the line diff to
 * the lines they touch: a large file with thousands of edits is diffed in linear time.
 */
export function unifiedDiff(file: string, before: string, after: string, context = 3, changes?: readonly TextEdit[]): string {
  if (before === after) return '';
  const script = changes?.length ? changedLinesScript(before, changes) : lineScript(splitLines(before), splitLines(after));
  const out: string[] = [`--- a/${file}\n`, `+++ b/${file}\n`];
  let i = 0;
  // positions (1-based) in before/after of script[i]
  const oldAt: number[] = [];
  const newAt: number[] = [];
  let o = 1;
  let n = 1;
  for (const op of script) {
    oldAt.push(o);
    newAt.push(n);
    if (op.kind !== '+') o++;
    if (op.kind !== '-') n++;
  }
  while (i < script.length) {
    if (script[i].kind === ' ') {
      i++;
      continue;
    }
    const start = Math.max(0, i - context);
    let end = i;
    // extend over changes whose gap of kept lines is at most 2 × context
    for (;;) {
      while (end < script.length && script[end].kind !== ' ') end++;
      let gap = end;
      while (gap < script.length && script[gap].kind === ' ') gap++;
      if (gap < script.length && gap - end <= 2 * context) end = gap;
      else break;
    }
    const stop = Math.min(script.length, end + context);
    const hunk = script.slice(start, stop);
    const oldLen = hunk.filter((h) => h.kind !== '+').length;
    const newLen = hunk.filter((h) => h.kind !== '-').length;
    const oldStart = oldLen ? oldAt[start] : oldAt[start] - 1;
    const newStart = newLen ? newAt[start] : newAt[start] - 1;
    out.push(`@@ -${oldStart},${oldLen} +${newStart},${newLen} @@\n`);
    for (const h of hunk) {
      out.push(h.kind + h.line);
      if (!h.line.endsWith('\n')) out.push('\n\\ No newline at end of file\n');
    }
    i = stop;
  }
  return out.join('');
}
