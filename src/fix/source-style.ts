import { isMap, isPair, isScalar, isSeq, visit, type Document, type Node } from 'yaml';

/** How a manifest file is written, so inserted text looks like its neighbours. */
export interface SourceStyle {
  /** `\r\n` when the file's line breaks are CRLF. */
  eol: string;
  /** Spaces per nesting level of block mappings (2 when the file does not tell). */
  indent: number;
  /**
   * Whether block sequences under a mapping key are indented (`key:\n  - a`) or not
   * (`key:\n- a`, kubectl's style). The majority of the file's sequences decides.
   */
  indentSequences: boolean;
  /** The file is JSON: keys and strings are double-quoted, no block collections. */
  json: boolean;
}

/** Column (0-based) of an offset. */
export function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/**
 * Reads the style from the parsed documents: the most common step between a key and the keys
 * of its block-mapping value, and where `- ` items of a block-sequence value sit.
 */
export function detectStyle(text: string, docs: readonly Document[], file = ''): SourceStyle {
  const nl = text.indexOf('\n');
  const eol = nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n';
  const steps = new Map<number, number>();
  let indented = 0;
  let flush = 0;
  let flowRoots = 0;
  for (const doc of docs) {
    if (doc.contents && (isMap(doc.contents) || isSeq(doc.contents)) && doc.contents.flow) flowRoots++;
    visit(doc, {
      Pair(_, pair) {
        if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) return;
        const value = pair.value as Node | null;
        if (!value || !value.range || (!isMap(value) && !isSeq(value)) || value.flow) return;
        const keyCol = columnOf(text, pair.key.range[0]);
        const first = value.items[0] as unknown as { key?: Node } | Node | undefined;
        if (isMap(value)) {
          const k = (first as { key?: Node } | undefined)?.key;
          if (!k?.range) return;
          const step = columnOf(text, k.range[0]) - keyCol;
          if (step > 0) steps.set(step, (steps.get(step) ?? 0) + 1);
        } else {
          // the sequence's range starts at its first `-`
          const dashCol = columnOf(text, value.range[0]);
          if (dashCol > keyCol) indented++;
          else if (dashCol === keyCol) flush++;
        }
      },
    });
  }
  let indent = 2;
  let best = 0;
  for (const [step, n] of steps) if (n > best || (n === best && step < indent)) [indent, best] = [step, n];
  const json = /\.json$/i.test(file) || (docs.length > 0 && flowRoots === docs.length && /^\uFEFF?\s*[{[]/.test(text));
  return { eol, indent, indentSequences: indented >= flush, json };
}
