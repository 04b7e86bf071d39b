import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { FieldPath } from '../../core/model';

export interface Position {
  startLine: number;
  startColumn: number;
}

/**
 * Line and column of character `offset` of the string at `path` in a YAML file, so a CEL error
 * points at the token inside the expression, whatever the scalar style (plain, quoted, `|`,
 * `>`). Undefined when the path does not lead to a string scalar.
 */
export function positionInScalar(text: string, path: FieldPath, offset: number): Position | undefined {
  if (offset < 0) return undefined;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  if (doc.errors.length) return undefined;
  return positionInNode(text, lineCounter, doc.contents as Node | null, path, offset);
}

/** As positionInScalar, from a node of an already parsed document (multi-document files). */
export function positionInNode(text: string, lineCounter: LineCounter, root: Node | null, path: FieldPath, offset: number): Position | undefined {
  let node = root;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((it) => isScalar(it.key) && String(it.key.value) === String(seg));
      node = (pair?.value as Node | null) ?? null;
    } else if (isSeq(node) && typeof seg === 'number') node = (node.items[seg] as Node | undefined) ?? null;
    else return undefined;
  }
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  if (offset < 0) {
    const p = lineCounter.linePos(node.range[0]);
    return { startLine: p.line, startColumn: p.col };
  }
  const value = node.value;
  let j = node.range[0];
  const end = node.range[1];
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') j = text.indexOf('\n', j) + 1;
  else if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') j++;
  // the value aligned with its source character by character: indentation, quotes, escapes
  // and folded line breaks are the source characters the value does not have
  const target = Math.min(offset, value.length);
  for (let i = 0; i < target && j < end; ) {
    if (text[j] === value[i]) i++;
    j++;
  }
  while (j < end && target < value.length && text[j] !== value[target]) j++;
  const pos = lineCounter.linePos(j);
  return { startLine: pos.line, startColumn: pos.col };
}
