import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { FieldPath, FixOperation } from '../core/model';
import { formatPath } from '../rules/pod-spec';
import { isPlainObject, nest, renderBlockItem, renderBlockPair, renderFlow, renderKey, renderScalar, sameValue, type Quote } from './render-value';
import { columnOf, type SourceStyle } from './source-style';
import type { TextEdit } from './text-edit';
import { isNullScalar, walk, type Step } from './yaml-target';

/** Edits that carry one operation out; none when the document already says what it asks. */
export type OpPlan = { edits: TextEdit[] } | { skipped: string };

type AnyPair = Pair<Node, Node | null>;
type CstToken = { type: string; offset: number; source?: string };

/**
 * Plans one operation on one document as edits of the original text. `path` is the full path
 * from the document root (the object's basePath already prepended).
 */
export function planOperation(text: string, style: SourceStyle, root: Node | null, op: FixOperation, path: FieldPath): OpPlan {
  return new OperationPlanner(text, style).plan(root, op, path);
}

class OperationPlanner {
  constructor(
    private readonly text: string,
    private readonly style: SourceStyle,
  ) {}

  plan(root: Node | null, op: FixOperation, path: FieldPath): OpPlan {
    if (path.length === 0) return { skipped: 'the operation names no field' };
    const w = walk(root, path);
    if (!w.ok) return { skipped: w.reason };
    switch (op.op) {
      case 'set':
        return this.set(w.steps, w.node, w.rest, op.value, path);
      case 'add-to-list':
        return this.addToList(w.steps, w.node, w.rest, op.value, path);
      case 'remove':
        return w.rest.length ? { edits: [] } : this.remove(w.steps);
    }
  }

  private set(steps: Step[], node: Node | null, rest: FieldPath, value: unknown, path: FieldPath): OpPlan {
    if (rest.length === 0) {
      const holder = steps.at(-1)!;
      if (isNullScalar(node) && (isPlainObject(value) || Array.isArray(value) || emptySource(node))) return this.fillEmpty(steps, node as Scalar | null, value);
      if (node && isScalar(node)) return this.replaceScalar(node, value, !!(holder.node as YAMLMap).flow);
      if (node && sameValue(node.toJSON(), value)) return { edits: [] };
      return { skipped: `${dotted(path)} holds a ${isMap(node) ? 'mapping' : isSeq(node) ? 'list' : 'value'}; replacing it is left to a person` };
    }
    return this.create(steps, node, rest, value, path);
  }

  private addToList(steps: Step[], node: Node | null, rest: FieldPath, value: unknown, path: FieldPath): OpPlan {
    if (rest.length) return this.create(steps, node, rest, [value], path);
    if (isNullScalar(node)) return this.fillEmpty(steps, node as Scalar | null, [value]);
    if (!node || !isSeq(node)) return { skipped: `${dotted(path)} is not a list` };
    const seq = node as YAMLSeq<Node | null>;
    if (seq.items.some((i) => i && sameValue(i.toJSON(), value))) return { edits: [] };
    if (seq.flow) return { edits: [this.flowInsert(seq, renderFlow(value, this.style))] };
    const dash = this.dashOffset(seq, 0);
    if (dash === undefined) return { skipped: `the items of ${dotted(path)} could not be located` };
    return { edits: [this.insertLinesAfter(this.contentEnd(seq), renderBlockItem(value, columnOf(this.text, dash), this.style))] };
  }

  /** Sets a field some of whose parents do not exist yet: `rest` names the missing segments. */
  private create(steps: Step[], node: Node | null, rest: FieldPath, value: unknown, path: FieldPath): OpPlan {
    if (rest.some((s) => typeof s === 'number')) return { skipped: `${dotted(path)} needs a list item that does not exist` };
    if (isNullScalar(node) && steps.length) return this.fillEmpty(steps, node as Scalar | null, nest(rest, value));
    if (!node || !isMap(node)) return { skipped: `${dotted(path.slice(0, path.length - rest.length))} is not a mapping` };
    const map = node as YAMLMap<Node, Node | null>;
    const [key, ...below] = rest;
    const inner = nest(below, value);
    if (map.flow || map.items.length === 0) {
      if (!map.flow) return { skipped: `${dotted(path.slice(0, path.length - rest.length))} is an empty mapping without braces` };
      return { edits: [this.flowInsert(map, `${renderKey(key, this.style, true)}: ${renderFlow(inner, this.style)}`)] };
    }
    const col = columnOf(this.text, map.items[0].key!.range![0]);
    return { edits: [this.insertLinesAfter(this.contentEnd(map), renderBlockPair(key, inner, col, this.style))] };
  }

  /** `key:`, `key: ~` or `key: null` given a value: written after the colon (flow or block). */
  private fillEmpty(steps: Step[], node: Scalar | null, value: unknown): OpPlan {
    const holder = steps.at(-1)!;
    if (!holder.pair) return { skipped: 'an empty list item cannot be filled in' };
    const colon = this.colonEnd(holder.pair);
    if (colon === undefined) return { skipped: 'the key could not be located' };
    const tokenEnd = node?.range && !emptySource(node) ? node.range[1] : colon;
    const flow = !!(holder.node as YAMLMap).flow || this.style.json;
    if (flow || (!isPlainObject(value) && !Array.isArray(value)) || (isPlainObject(value) && !Object.keys(value).length)) {
      const rendered = isPlainObject(value) || Array.isArray(value) ? renderFlow(value, this.style) : renderScalar(value, this.style, { flow });
      return { edits: [{ start: colon, end: tokenEnd, text: ` ${rendered}` }] };
    }
    const keyCol = columnOf(this.text, holder.pair.key!.range![0]);
    const lines = Array.isArray(value)
      ? value.flatMap((x) => renderBlockItem(x, keyCol + (this.style.indentSequences ? this.style.indent : 0), this.style))
      : Object.entries(value as Record<string, unknown>).flatMap(([k, x]) => renderBlockPair(k, x, keyCol + this.style.indent, this.style));
    // the null token goes; a comment after it stays on the key's line
    const edits: TextEdit[] = tokenEnd > colon ? [{ start: colon, end: tokenEnd, text: '' }] : [];
    edits.push(this.insertLinesAfter(tokenEnd, lines));
    return { edits };
  }

  private replaceScalar(node: Scalar, value: unknown, inFlow: boolean): OpPlan {
    if (sameValue(node.toJSON(), value)) return { edits: [] };
    if (isPlainObject(value) || Array.isArray(value)) return { skipped: 'replacing a scalar with a collection is left to a person' };
    if (node.anchor) return { skipped: `the value carries anchor &${node.anchor}; changing it would change its aliases too` };
    if (node.tag) return { skipped: `the value carries an explicit tag (${node.tag})` };
    if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') return { skipped: 'the value is a block scalar' };
    const quote: Quote = node.type === 'QUOTE_DOUBLE' ? 'double' : node.type === 'QUOTE_SINGLE' ? 'single' : 'plain';
    // a quoted "true" becomes false, not "false": quotes are kept for strings only
    const text = renderScalar(value, this.style, { flow: inFlow, quote: typeof value === 'string' ? quote : 'plain' });
    return { edits: [{ start: node.range![0], end: node.range![1], text }] };
  }

  private remove(steps: Step[]): OpPlan {
    const holder = steps.at(-1)!;
    const outer = steps.at(-2);
    if (holder.pair) {
      const map = holder.node as YAMLMap<Node, Node | null>;
      const i = map.items.indexOf(holder.pair);
      if (map.flow) return { edits: [this.flowRemove(map, i)] };
      if (map.items.length === 1) return this.emptyCollection(map, outer, '{}');
      const keyStart = holder.pair.key!.range![0];
      const ls = this.lineStart(keyStart);
      if (this.onlySpaces(ls, keyStart)) return { edits: [{ start: ls, end: this.nextLineStart(this.itemEnd(holder.pair)), text: '' }] };
      // the first key of a list item shares the `- ` line: the next key moves up to it
      if (i === 0) return { edits: [{ start: keyStart, end: map.items[1].key!.range![0], text: '' }] };
      return { skipped: 'the key does not start its line' };
    }
    const seq = holder.node as YAMLSeq<Node | null>;
    const i = holder.index!;
    if (seq.flow) return { edits: [this.flowRemove(seq, i)] };
    if (seq.items.length === 1) return this.emptyCollection(seq, outer, '[]');
    const dash = this.dashOffset(seq, i);
    if (dash === undefined) return { skipped: 'the list item could not be located' };
    const ls = this.lineStart(dash);
    if (!this.onlySpaces(ls, dash)) return { skipped: 'the list item does not start its line' };
    const item = seq.items[i];
    return { edits: [{ start: ls, end: this.nextLineStart(item ? this.contentEnd(item) : dash + 1), text: '' }] };
  }

  /** Removing the last entry of a block collection leaves `key: {}` (or `[]`). */
  private emptyCollection(coll: YAMLMap | YAMLSeq, outer: Step | undefined, empty: string): OpPlan {
    if (!outer?.pair) return { skipped: 'removing the only entry would leave an empty document or list item' };
    const colon = this.colonEnd(outer.pair as AnyPair);
    if (colon === undefined) return { skipped: 'the key could not be located' };
    return { edits: [{ start: colon, end: this.contentEnd(coll), text: ` ${empty}` }] };
  }

  /** Adds an entry to a flow collection, one per line when the collection is written that way. */
  private flowInsert(coll: YAMLMap | YAMLSeq, item: string): TextEdit {
    const items = coll.items as Array<AnyPair | Node | null>;
    if (items.length === 0) {
      const open = coll.range![0] + 1;
      return { start: open, end: open, text: item };
    }
    const end = this.itemEnd(items[items.length - 1]);
    const firstStart = this.itemStart(items[0]);
    if (this.text.slice(coll.range![0], firstStart).includes('\n')) {
      return { start: end, end, text: `,${this.style.eol}${' '.repeat(columnOf(this.text, firstStart))}${item}` };
    }
    return { start: end, end, text: `, ${item}` };
  }

  private flowRemove(coll: YAMLMap | YAMLSeq, i: number): TextEdit {
    const items = coll.items as Array<AnyPair | Node | null>;
    if (items.length === 1) return { start: this.itemStart(items[0]), end: this.itemEnd(items[0]), text: '' };
    if (i < items.length - 1) return { start: this.itemStart(items[i]), end: this.itemStart(items[i + 1]), text: '' };
    return { start: this.itemEnd(items[i - 1]), end: this.itemEnd(items[i]), text: '' };
  }

  /** New lines after the line holding `end` (or at `end` when it already starts a line). */
  private insertLinesAfter(end: number, lines: string[]): TextEdit {
    const { eol } = this.style;
    if (end > 0 && this.text[end - 1] === '\n') return { start: end, end, text: lines.join(eol) + eol };
    const q = this.lineEnd(end);
    return { start: q, end: q, text: eol + lines.join(eol) };
  }

  /** Where the last token of a node ends (its trailing comments and line break excluded). */
  private contentEnd(node: Node | null): number {
    if (node && isMap(node) && !node.flow && node.items.length) return this.itemEnd(node.items[node.items.length - 1] as AnyPair);
    if (node && isSeq(node) && !node.flow && node.items.length) {
      const last = node.items[node.items.length - 1] as Node | null;
      return last ? this.contentEnd(last) : this.dashOffset(node as YAMLSeq<Node | null>, node.items.length - 1)! + 1;
    }
    return node!.range![1];
  }

  private itemEnd(item: AnyPair | Node | null): number {
    if (isPair(item)) {
      const pair = item as AnyPair;
      return pair.value && !(isScalar(pair.value) && emptySource(pair.value)) ? this.contentEnd(pair.value) : (this.colonEnd(pair) ?? pair.key!.range![1]);
    }
    return this.contentEnd(item as Node);
  }

  private itemStart(item: AnyPair | Node | null): number {
    if (isPair(item)) return (item as AnyPair).key!.range![0];
    return (item as Node).range![0];
  }

  /** Offset just after the `:` of a pair, read from the concrete syntax tree. */
  private colonEnd(pair: AnyPair): number | undefined {
    const sep = (pair as unknown as { srcToken?: { sep?: CstToken[] } }).srcToken?.sep;
    const ind = sep?.find((t) => t.type === 'map-value-ind');
    return ind ? ind.offset + 1 : undefined;
  }

  /** Offset of the `-` of a block sequence item, read from the concrete syntax tree. */
  private dashOffset(seq: YAMLSeq<Node | null>, i: number): number | undefined {
    const items = (seq as unknown as { srcToken?: { type: string; items?: Array<{ start: CstToken[] }> } }).srcToken?.items;
    return items?.[i]?.start.find((t) => t.type === 'seq-item-ind')?.offset;
  }

  private lineStart(o: number): number {
    return this.text.lastIndexOf('\n', o - 1) + 1;
  }

  /** Offset of the line break ending the line holding `o` (CR of a CRLF), or the text's end. */
  private lineEnd(o: number): number {
    const n = this.text.indexOf('\n', o);
    if (n < 0) return this.text.length;
    return n > 0 && this.text[n - 1] === '\r' ? n - 1 : n;
  }

  private nextLineStart(o: number): number {
    if (o > 0 && this.text[o - 1] === '\n') return o;
    const n = this.text.indexOf('\n', o);
    return n < 0 ? this.text.length : n + 1;
  }

  private onlySpaces(a: number, b: number): boolean {
    return /^[ \t]*$/.test(this.text.slice(a, b));
  }
}

function emptySource(node: Node | null): boolean {
  return !!node && isScalar(node) && node.range![0] === node.range![1];
}

function dotted(path: FieldPath): string {
  return formatPath(path);
}
