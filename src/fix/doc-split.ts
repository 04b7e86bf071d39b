/** Where one document of a YAML stream lies in the file's text. */
export interface DocumentSpan {
  start: number;
  end: number;
}

/**
 * The documents of a YAML stream, found from their markers alone: a line starting with `---` or
 * `...` (then a space, a tab or the line's end) is a document marker wherever it occurs, since
 * YAML forbids such lines inside content (block and flow scalars included). This lets a fix parse
 * only the documents it edits, not the 30,000 lines of CustomResourceDefinitions around them.
 * Counting follows the parsers: text before the first `---` is a document only when it holds
 * content, `---` always starts one. Returns undefined for a stream with directives (`%YAML`,
 * `%TAG`), which change how the documents after them read.
 */
export function splitDocuments(text: string): DocumentSpan[] | undefined {
  const docs: DocumentSpan[] = [];
  let cur: { start: number; explicit: boolean; content: boolean } | undefined = { start: 0, explicit: false, content: false };
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (at < text.length) {
    const nl = text.indexOf('\n', at);
    const next = nl < 0 ? text.length : nl + 1;
    const line = text.slice(at, nl < 0 ? text.length : nl).replace(/\r$/, '');
    if (line.startsWith('%')) return undefined;
    const marker = /^(---|\.\.\.)(?=[ \t]|$)/.exec(line)?.[1];
    if (marker === '---') {
      if (cur && (cur.explicit || cur.content)) docs.push({ start: cur.start, end: at });
      cur = { start: at, explicit: true, content: false };
    } else if (marker === '...') {
      if (cur && (cur.explicit || cur.content)) docs.push({ start: cur.start, end: next });
      cur = { start: next, explicit: false, content: false };
    } else if (cur && line.trim() && !line.trimStart().startsWith('#')) {
      cur.content = true;
    }
    at = next;
  }
  if (cur && (cur.explicit || cur.content)) docs.push({ start: cur.start, end: text.length });
  return docs;
}
