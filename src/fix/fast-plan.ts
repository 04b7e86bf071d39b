import * as jsyaml from 'js-yaml';
import type { FieldPath, ObjectIdentity, PlannedFix } from '../core/model';
import { EventLog, pairList, positionTree, type PosNode } from '../parse/event-log';
import { K8S_SCHEMA } from '../parse/k8s-yaml';
import { skipToContent } from '../parse/text-positions';
import type { FixTarget } from './finding-target';
import { isPlainObject, nest, renderBlockItem, renderBlockPair, renderFlow, renderKey, renderScalar, sameValue, type Quote } from './render-value';
import { columnOf, type SourceStyle } from './source-style';
import type { TextEdit } from './text-edit';
import { siblingKeyEdits } from './sibling-keys';

/**
 * The common fixes planned from the offsets js-yaml reports (the parser the scan reads with),
 * instead of the `yaml` library's syntax tree, which costs five times as much to build: setting
 * keys missing from a mapping (block or flow), alone or as siblings, replacing a plain or quoted
 * scalar, and adding an item to a block list of scalars. These give exactly the edits src/fix/plan-fix.ts gives (a test holds the two to each
 * other on every fixable finding of the vendored corpus); anything else (anchors, aliases, tags,
 * merge keys, block scalars, items added to or replaced in lists in brackets, empty values, keys
 * to remove, CRLF text) is left to that planner: `plan` answers undefined. Paths may go through
 * lists in brackets, and JSON files are planned here too, in JSON (keys added to objects, values
 * replaced).
 */
export class FastDocument {
  /** `delta` turns the tree's offsets into offsets of `text` (a tree of the whole file, a document's slice). */
  private constructor(
    private readonly text: string,
    private readonly root: PosNode,
    readonly style: SourceStyle,
    private readonly delta: number,
  ) {}

  /** One document's text (a slice from a document marker, see splitDocuments); undefined when out of scope. */
  static parse(text: string, json = false): FastDocument | undefined {
    if (!FastDocument.inScope(text)) return undefined;
    const log = new EventLog();
    let docs: unknown[];
    try {
      docs = jsyaml.loadAll(text, undefined, { schema: K8S_SCHEMA, listener: log.listener }) as unknown[];
    } catch {
      return undefined;
    }
    const roots = positionTree(log).filter((n) => n.result !== null && n.result !== undefined);
    return docs.length === 1 && roots.length === 1 ? FastDocument.fromTree(text, roots[0], 0, json) : undefined;
  }

  /**
   * One document's text with its node from the tree the scan already built (src/parse/event-log.ts),
   * whose offsets plus `delta` are offsets of `text`: no second parse. `json`: the file is JSON
   * (an object at the root, written as JSON, as the yaml planner writes a .json file).
   */
  static fromTree(text: string, root: PosNode, delta: number, json = false): FastDocument | undefined {
    if (!FastDocument.inScope(text)) return undefined;
    if (json) return isPlainObject(root.result) && text[skipToContent(text, root.start + delta)] === '{' ? new FastDocument(text, root, JSON_STYLE, delta) : undefined;
    if (!isBlockMap(text, root, delta)) return undefined;
    const style = detectStyleFast(text, root, delta);
    return style && new FastDocument(text, root, style, delta);
  }

  /** Anchors, aliases and tags start a node after a space or an indicator; merge keys are `<<`. */
  private static inScope(text: string): boolean {
    return !(text.includes('\r') || text.includes('<<') || /(^|[\s:\-[{,])[&*!%]/.test(text) || text.charCodeAt(0) === 0xfeff);
  }

  /** Where a node's own text starts in `text`. */
  private at(node: PosNode): number {
    return skipToContent(this.text, node.start + this.delta);
  }

  private endOf(node: PosNode): number {
    return node.end + this.delta;
  }

  /** The fix's edits of this document's text ([] when it already says what the fix asks), or undefined. */
  plan(target: FixTarget, fix: PlannedFix, object?: ObjectIdentity): TextEdit[] | undefined {
    if (object && !this.holds(target.basePath, object)) return undefined;
    if (fix.operations.length === 1) return this.planOne(target, fix.operations[0]);
    return this.planSiblingKeys(target, fix);
  }

  private holds(base: FieldPath, o: ObjectIdentity): boolean {
    let v: unknown = this.root.result;
    for (const seg of base) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[seg as string] : undefined;
    if (!isPlainObject(v) || v.kind !== o.kind) return false;
    if (!o.name) return true;
    const meta = v.metadata;
    return isPlainObject(meta) && (meta.name === o.name || meta.generateName === o.name);
  }

  private planOne(target: FixTarget, op: PlannedFix['operations'][number]): TextEdit[] | undefined {
    if (op.op === 'remove') return undefined;
    const path = [...target.basePath, ...op.path];
    if (path.length === 0) return undefined;
    const w = this.walk(path);
    if (!w) return undefined;
    if (w.rest.length === 0) return op.op === 'set' ? this.replaceScalar(w, op.value) : this.appendItem(w.node, op.value);
    const edit = this.create(w.node, w.rest, op.op === 'set' ? op.value : [op.value]);
    return edit && [edit];
  }

  /** Adds an item to an existing block sequence of scalars, unless it holds it already. */
  private appendItem(node: PosNode, value: unknown): TextEdit[] | undefined {
    if (!Array.isArray(node.result) || !this.isBlock(node)) return undefined;
    const kids = node.kids ?? [];
    if (kids.length === 0 || kids.length !== node.result.length) return undefined;
    const items = kids.map((k) => this.scalar(k));
    if (items.some((i) => !i)) return undefined;
    if (items.some((i) => sameValue(i!.value, value))) return [];
    const end = this.contentEnd(node);
    if (end === undefined) return undefined;
    const lines = renderBlockItem(value, columnOf(this.text, this.at(node)), this.style);
    const q = this.lineEnd(end);
    return [{ start: q, end: q, text: this.style.eol + lines.join(this.style.eol) }];
  }

  /** The sibling-keys rule (src/fix/sibling-keys.ts) on this document's offsets. */
  private planSiblingKeys(target: FixTarget, fix: PlannedFix): TextEdit[] | undefined {
    return siblingKeyEdits<PosNode>(
      {
        text: this.text,
        eol: this.style.eol,
        walk: (path) => this.walk(path),
        isMap: (node) => isPlainObject(node.result),
        insert: (path, value) => {
          const w = this.walk(path);
          return w && w.rest.length ? this.create(w.node, w.rest, value) : undefined;
        },
      },
      target.basePath,
      fix,
    );
  }

  /** Follows the path as the yaml planner's walk does: the deepest node found, and what is missing below it. */
  private walk(path: FieldPath): { node: PosNode; holder?: PosNode; rest: FieldPath } | undefined {
    let node = this.root;
    let holder: PosNode | undefined;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      const v = node.result;
      if (Array.isArray(v)) {

        if (typeof seg !== 'number') return { node, holder, rest: path.slice(i) };
        const kids = node.kids ?? [];
        if (kids.length !== v.length) return undefined;
        if (seg >= kids.length) return { node, holder, rest: path.slice(i) };
        holder = node;
        node = kids[seg];
        continue;
      }
      if (isPlainObject(v)) {
        let found: PosNode | undefined;
        for (const [k, val] of pairList(node)) {
          // a key the two readers could read apart (a YAML 1.1 boolean, a collection) is the other planner's
          if (typeof k.result !== 'string' && !(typeof k.result === 'number' && this.text.slice(this.at(k), this.endOf(k)) === String(k.result))) return undefined;
          if (String(k.result) === String(seg)) found = val;
        }
        if (!found) return { node, holder, rest: path.slice(i) };
        holder = node;
        node = found;
        continue;
      }
      return undefined;
    }
    return { node, holder, rest: [] };
  }

  /** Sets missing keys below an existing, non-empty block mapping: lines after its last entry. */
  private create(node: PosNode, rest: FieldPath, value: unknown): TextEdit | undefined {
    if (rest.some((s) => typeof s === 'number') || !isPlainObject(node.result)) return undefined;
    const pairs = pairList(node);
    const [key, ...below] = rest;
    if (!this.isBlock(node)) return this.flowInsert(node, pairs, `${renderKey(key, this.style, true)}: ${renderFlow(nest(below, value), this.style)}`);
    if (pairs.length === 0) return undefined;
    const end = this.contentEnd(node);
    if (end === undefined) return undefined;
    const col = columnOf(this.text, this.at(pairs[0][0]));
    const lines = renderBlockPair(key, nest(below, value), col, this.style);
    // the content never ends after a line break here (block scalars are left to the other planner)
    const q = this.lineEnd(end);
    return { start: q, end: q, text: this.style.eol + lines.join(this.style.eol) };
  }

  /** An entry added to a flow mapping after its last one, on a line of its own when the entries have theirs. */
  private flowInsert(node: PosNode, pairs: Array<[PosNode, PosNode]>, item: string): TextEdit | undefined {
    const open = this.at(node);
    if (pairs.length === 0) return { start: open + 1, end: open + 1, text: item };
    const last = pairs[pairs.length - 1][1];
    const end = this.contentEnd(last);
    if (end === undefined) return undefined;
    const firstStart = this.at(pairs[0][0]);
    if (this.text.slice(open, firstStart).includes('\n')) return { start: end, end, text: `,${this.style.eol}${' '.repeat(columnOf(this.text, firstStart))}${item}` };
    return { start: end, end, text: `, ${item}` };
  }

  private replaceScalar(w: { node: PosNode; holder?: PosNode }, value: unknown): TextEdit[] | undefined {
    const { node, holder } = w;
    if (!holder || isPlainObject(value) || Array.isArray(value)) return undefined;
    // a list written in brackets is the other planner's
    if (Array.isArray(holder.result) && !this.isBlock(holder)) return undefined;
    const read = this.scalar(node);
    if (!read) return undefined;
    if (sameValue(read.value, value)) return [];
    const text = renderScalar(value, this.style, { flow: !this.isBlock(holder), quote: typeof value === 'string' ? read.quote : 'plain' });
    return [{ start: read.start, end: read.end, text }];
  }

  /**
   * A scalar both readers give the same value: quoted, or plain and read alike by YAML 1.1 (the
   * scan's reading) and the YAML 1.2 core schema (the yaml planner's): no `yes`, `on`, `0755`...
   */
  private scalar(node: PosNode): { start: number; end: number; value: unknown; quote: Quote } | undefined {
    const v = node.result;
    if (v === null || typeof v === 'object' || node.kids) return undefined;
    const start = this.at(node);
    const c = this.text[start];
    if (c === '"' || c === "'") return { start, end: this.endOf(node), value: v, quote: c === '"' ? 'double' : 'single' };
    if (c === '|' || c === '>') return undefined;
    // js-yaml's close offset of a plain scalar may take in the blanks before a comment, and in a
    // flow collection the line breaks and indentation before the next `,` or `}` (JSON numbers)
    let end = this.endOf(node);
    while (end > start && (this.text[end - 1] === ' ' || this.text[end - 1] === '\t' || this.text[end - 1] === '\n')) end--;
    const raw = this.text.slice(start, end);
    if (raw.includes('\n')) return undefined;
    if (typeof v === 'string') return { start, end, value: v, quote: 'plain' };
    if (typeof v === 'boolean' && /^(true|True|TRUE|false|False|FALSE)$/.test(raw)) return { start, end, value: v, quote: 'plain' };
    if (typeof v === 'number' && /^-?(0|[1-9][0-9]*)$/.test(raw)) return { start, end, value: v, quote: 'plain' };
    return undefined;
  }

  /** Where the last token of a block node ends, as the yaml planner's contentEnd finds it. */
  private contentEnd(node: PosNode): number | undefined {
    const v = node.result;
    if (Array.isArray(v)) {
      if (!this.isBlock(node)) return this.endOf(node);
      const kids = node.kids ?? [];
      if (kids.length !== v.length || kids.length === 0) return undefined;
      return this.contentEnd(kids[kids.length - 1]);
    }
    if (isPlainObject(v)) {
      if (!this.isBlock(node)) return this.endOf(node);
      const pairs = pairList(node);
      if (pairs.length === 0) return undefined;
      return this.contentEnd(pairs[pairs.length - 1][1]);
    }
    return this.scalar(node)?.end;
  }

  private isBlock(node: PosNode): boolean {
    const c = this.text[this.at(node)];
    return c !== '{' && c !== '[';
  }

  private lineEnd(o: number): number {
    const n = this.text.indexOf('\n', o);
    return n < 0 ? this.text.length : n;
  }
}

/** detectStyle's answer for a .json file: everything is flow, so no step is measured. */
const JSON_STYLE: SourceStyle = { eol: '\n', indent: 2, indentSequences: true, json: true };

function isBlockMap(text: string, node: PosNode, delta: number): boolean {
  return isPlainObject(node.result) && text[skipToContent(text, node.start + delta)] !== '{';
}

/**
 * detectStyle of src/fix/source-style.ts from the position tree: the most common step between a
 * key and the first key of its block-mapping value, and where the `- ` of block-sequence values
 * sit. Undefined for a key the tree cannot place.
 */
function detectStyleFast(text: string, root: PosNode, delta: number): SourceStyle | undefined {
  const at = (n: PosNode) => skipToContent(text, n.start + delta);
  const steps = new Map<number, number>();
  let indented = 0;
  let flush = 0;
  let ok = true;
  const visit = (node: PosNode): void => {
    const v = node.result;
    if (Array.isArray(v)) {
      for (const k of node.kids ?? []) visit(k);
      return;
    }
    if (!isPlainObject(v)) return;
    for (const [k, val] of pairList(node)) {
      if (k.result === null || typeof k.result === 'object') ok = false;
      const value = val.result;
      if ((Array.isArray(value) || isPlainObject(value)) && text[at(val)] !== '{' && text[at(val)] !== '[') {
        const keyCol = columnOf(text, at(k));
        if (isPlainObject(value)) {
          const first = pairList(val)[0];
          if (first) {
            const step = columnOf(text, at(first[0])) - keyCol;
            if (step > 0) steps.set(step, (steps.get(step) ?? 0) + 1);
          }
        } else if ((val.kids ?? []).length > 0) {
          const dashCol = columnOf(text, at(val));
          if (dashCol > keyCol) indented++;
          else if (dashCol === keyCol) flush++;
        }
      }
      visit(val);
    }
  };
  visit(root);
  if (!ok) return undefined;
  let indent = 2;
  let best = 0;
  for (const [step, n] of steps) if (n > best || (n === best && step < indent)) [indent, best] = [step, n];
  return { eol: '\n', indent, indentSequences: indented >= flush, json: false };
}
