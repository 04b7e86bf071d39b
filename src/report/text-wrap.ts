/** A run of text in one style (a key the caller maps to colours; undefined is plain). */
export interface Span {
  text: string;
  style?: string;
  /** Kept on one line when it fits (an item of a list: `cpu-limit-missing (6 high),`). */
  keep?: boolean;
}

/** Text width in terminal cells: one per code point (manifests and messages are mostly ASCII). */
export function cellWidth(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/**
 * Where a token too long for a line may be broken, best first: after a `/` (between path or
 * image segments), after a `-` or `_` (inside an id), after other punctuation.
 */
const BREAKS = [/\//, /[-_]/, /[.,;:=@]/];

interface Word {
  text: string;
  style?: string;
  /** Continues the previous word (a piece of a broken token): no space before it. */
  glued?: boolean;
}

/**
 * Lays `head` (unbreakable: the position and severity columns) and then the `body` words on
 * lines of at most `width` cells; continuation lines start with `indent` spaces (a hanging
 * indent under the body's first word). Lines break between words only; a token wider than a
 * whole line is cut, after a `/`, `-`, `.`... where one falls on the line, else at the width.
 * Spans are separated by one space. `width` Infinity never wraps.
 */
export function wrapSpans(head: Span[], body: Span[], width: number, indent: number): Span[][] {
  const headWidth = head.reduce((n, s) => n + cellWidth(s.text), 0);
  const words: Word[] = [];
  for (const span of body) {
    if (span.keep && cellWidth(span.text) <= width - indent) words.push({ text: span.text, style: span.style });
    else for (const w of span.text.split(' ')) if (w) words.push({ text: w, style: span.style });
  }
  const lines: Span[][] = [];
  let line: Span[] = [...head];
  let used = headWidth;
  let empty = true;
  const start = () => {
    lines.push(line);
    line = indent > 0 ? [{ text: ' '.repeat(indent) }] : [];
    used = indent;
    empty = true;
  };
  const put = (w: Word) => {
    if (!empty && !w.glued) {
      line.push({ text: ' ' });
      used++;
    }
    line.push({ text: w.text, style: w.style });
    used += cellWidth(w.text);
    empty = false;
  };
  for (const word of words) {
    const need = cellWidth(word.text) + (empty ? 0 : 1);
    if (used + need <= width) {
      put(word);
      continue;
    }
    // not on this line: a fresh line, unless the word is too wide for any line (then cut it)
    const room = Math.max(1, width - indent);
    if (!empty && cellWidth(word.text) <= room) {
      start();
      put(word);
      continue;
    }
    let rest = word.text;
    let glued = false;
    while (rest) {
      let avail = width - used - (empty || glued ? 0 : 1);
      if (avail < Math.min(8, room)) {
        if (!empty) start();
        avail = width - used;
      }
      if (cellWidth(rest) <= avail) {
        put({ text: rest, style: word.style, glued });
        break;
      }
      const cut = breakPoint(rest, Math.max(1, avail));
      put({ text: rest.slice(0, cut), style: word.style, glued });
      rest = rest.slice(cut);
      glued = true;
      start();
    }
  }
  lines.push(line);
  return lines.filter((l, i) => i === 0 || l.some((s) => s.text.trim()));
}

/**
 * How many UTF-16 units of `s` fit in `cells`, ending after the best separator found in the
 * line's second half, else after any separator in its last two thirds, else at the width.
 */
function breakPoint(s: string, cells: number): number {
  const chars = [...s].slice(0, cells);
  const after = (re: RegExp, from: number) => {
    for (let i = chars.length - 1; i >= from; i--) if (re.test(chars[i])) return i + 1;
    return 0;
  };
  const at = BREAKS.map((re) => after(re, Math.floor(cells / 2))).find((i) => i > 0) ?? BREAKS.map((re) => after(re, Math.floor(cells / 3))).reduce((a, b) => Math.max(a, b), 0);
  return chars.slice(0, at || chars.length).join('').length;
}

/** Joins a line's spans, styling each run of one style once (so colours never span a line end). */
export function renderSpans(line: Span[], paint: (style: string, text: string) => string): string {
  let out = '';
  let run = '';
  let runStyle: string | undefined;
  const flush = () => {
    if (run) out += runStyle ? paint(runStyle, run) : run;
    run = '';
  };
  for (const s of line) {
    // a space between two words of one style stays inside the run
    const style = s.text === ' ' && runStyle !== undefined ? runStyle : s.style;
    if (style !== runStyle) {
      flush();
      runStyle = style;
    }
    run += s.text;
  }
  flush();
  return out.replace(/\s+$/, '');
}
