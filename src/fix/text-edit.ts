/**
 * Text edits in the ESLint sense: replace `[start, end)` of the original text with `text`.
 * Offsets are UTF-16 indexes into the whole file (a BOM counts as one unit).
 */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Edits sorted by position; inserts at one point keep their given order. */
export function sortEdits(edits: readonly TextEdit[]): TextEdit[] {
  return edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i)
    .map((x) => x.e);
}

/**
 * Two edits conflict when their ranges overlap, or when both touch the same point: two inserts
 * at one offset are usually two fixes creating the same parent key (`securityContext:`), and
 * applying both would write a duplicate key. The later one is re-planned on the new text instead.
 *
 * With the `text` they edit, a line break counts as no width: inserting lines before the break
 * that ends a mapping's last line (a single-step fix) and after it (a multi-step fix folded into
 * whole lines) is one logical point, and the lines of the shallower insert would end up above
 * those of the deeper one, putting them under the wrong parent in YAML that still parses.
 */
export function conflicts(a: TextEdit, b: TextEdit, text?: string): boolean {
  const [x, y] = (text === undefined ? [a, b] : [logical(a, text), logical(b, text)]).sort((p, q) => p.start - q.start);
  return y.start < x.end || y.start === x.start || (y.start === x.end && (x.start === x.end || y.start === y.end));
}

/** The edit with each end that sits just after a line break moved before it. */
function logical(e: TextEdit, text: string): TextEdit {
  const start = beforeBreak(e.start, text);
  return { start, end: e.end === e.start ? start : Math.max(start, beforeBreak(e.end, text)), text: e.text };
}

function beforeBreak(o: number, text: string): number {
  if (o === 0 || text.charCodeAt(o - 1) !== 10) return o;
  return o >= 2 && text.charCodeAt(o - 2) === 13 ? o - 2 : o - 1;
}

/** Applies edits that must not conflict (see `conflicts`); throws on a conflict, which is a planner bug. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = sortEdits(edits);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at || e.end < e.start || e.end > text.length) throw new Error(`overlapping or out-of-range edit [${e.start}, ${e.end})`);
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

/**
 * The one edit turning `before` into `after`, on whole lines: common leading and trailing lines
 * are trimmed. Used to fold the steps of a multi-operation fix into one edit of the original
 * text. Whole lines matter: trimmed character by character, an insertion after `value: false`
 * would end inside `false` (the common suffix `e\n`), hiding its conflict with another fix
 * inserting at that line's end.
 */
export function editBetween(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  p = before.lastIndexOf('\n', p - 1) + 1;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  // keep the suffix only from a line start on, in both texts alike
  while (s > 0 && before.charCodeAt(before.length - s - 1) !== 10) s--;
  return { start: p, end: before.length - s, text: after.slice(p, after.length - s) };
}
