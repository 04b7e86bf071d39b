import type { FieldPath, PositionNode } from '../core/model';
import type { Locator, NodeSpan } from './locator';
import { skipToContent } from './text-positions';

/**
 * js-yaml's `listener` reports each node's open and close offsets. Recording them costs two
 * array pushes per node; the tree of positions is rebuilt only when a finding needs a range.
 * This keeps the evaluation path at js-yaml speed (see DESIGN.md, performance facts).
 */
export class EventLog {
  /** open: offset; close: ~offset (negative). Typed once the parse is over (see `seal`). */
  events: number[] | Int32Array = [];
  /** One entry per close event: the composed value. */
  readonly results: unknown[] = [];
  /** The text js-yaml read: its own copy of the input, which every scalar it returns is a slice of. */
  input: string | undefined;

  readonly listener = (type: 'open' | 'close', state: { position: number; result: unknown; input?: string }): void => {
    this.input ??= state.input;
    const events = this.events as number[];
    if (type === 'open') events.push(state.position);
    else {
      events.push(~state.position);
      this.results.push(state.result);
    }
  };

  /**
   * Ends the log: its events become four bytes each instead of an array's eight and its spare
   * room. A scan holds every file's log until the file is judged, a third of what it holds then.
   */
  seal(): this {
    if (Array.isArray(this.events)) this.events = Int32Array.from(this.events);
    // offsets are what it keeps: a log made again to locate a finding must not hold a second text
    this.input = undefined;
    return this;
  }
}

/** A node of the position tree: its open and close offsets and the value js-yaml composed. */
export interface PosNode extends PositionNode {
  kids: PosNode[] | undefined;
  /** key → [key node, value node] for mappings, built on first use. */
  pairs?: Map<string, [PosNode, PosNode]> | null;
}

/** The documents' position trees, rebuilt from the open/close events (one root per document). */
export function positionTree(log: EventLog): PosNode[] {
  return treeOf(log, 0, log.events.length, 0);
}

/** The trees of the events [from, to), whose first close is result `r`. */
function treeOf(log: EventLog, from: number, to: number, r: number): PosNode[] {
  const roots: PosNode[] = [];
  const stack: PosNode[] = [];
  const { events, results } = log;
  for (let i = from; i < to; i++) {
    const e = events[i];
    if (e >= 0) {
      stack.push({ start: e, end: e, result: undefined, kids: undefined });
    } else {
      const node = stack.pop();
      if (!node) break;
      node.end = ~e;
      node.result = results[r++];
      // js-yaml reads a flow collection (or plain scalar) in block context through a nested
      // "implicit key" attempt whose result it keeps: that inner node is this node
      const k = node.kids;
      if (k && k.length === 1 && k[0].result === node.result) node.kids = k[0].kids;
      const parent = stack[stack.length - 1];
      if (parent) (parent.kids ??= []).push(node);
      else roots.push(node);
    }
  }
  return roots;
}

/**
 * Where each document's events lie in the log: [first event, end, first result]. One pass without
 * building a node, so a file of 60,000 documents builds the tree of the one being judged only.
 */
function documentBounds(log: EventLog): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  const { events } = log;
  let depth = 0;
  let start = 0;
  let r = 0;
  let firstResult = 0;
  for (let i = 0; i < events.length; i++) {
    if (events[i] >= 0) {
      if (depth === 0) {
        start = i;
        firstResult = r;
      }
      depth++;
    } else {
      r++;
      if (--depth === 0) out.push([start, i + 1, firstResult]);
      if (depth < 0) break;
    }
  }
  return out;
}

/**
 * A mapping node's [key, value] pairs in source order. js-yaml opens a node for the key it tries
 * to read at the end of a mapping and finds none: that empty node is not a key.
 */
export function pairList(node: PosNode): Array<[PosNode, PosNode]> {
  const kids = node.kids ?? [];
  const out: Array<[PosNode, PosNode]> = [];
  let i = 0;
  while (i < kids.length) {
    const k = kids[i];
    if (k.start === k.end && k.result === null) {
      i++;
      continue;
    }
    const v = kids[i + 1];
    if (!v) break;
    out.push([k, v]);
    i += 2;
  }
  return out;
}

export class EventLogLocator implements Locator {
  private roots: Array<PosNode | undefined> | undefined;
  private bounds: Array<[number, number, number]> | undefined;

  /**
   * `shift` maps parser offsets back to the original text (a stripped BOM). `reparse` gives the
   * same log again by parsing the text anew: with it, `release` lets the log go too.
   */
  constructor(
    private log: EventLog | undefined,
    private readonly text: string,
    private readonly shift: number,
    private readonly reparse?: () => EventLog,
  ) {}

  /** The root of one document's tree, built on first use. */
  private root(docIndex: number): PosNode | undefined {
    const built = this.roots?.[docIndex];
    if (built) return built;
    // a finding on an object after its file was let go (an inline suppression) parses the file again
    this.log ??= this.reparse!();
    this.bounds ??= documentBounds(this.log);
    const b = this.bounds[docIndex];
    if (!b) return undefined;
    const node = treeOf(this.log, b[0], b[1], b[2])[0];
    (this.roots ??= [])[docIndex] = node;
    return node;
  }

  private pairsOf(node: PosNode): Map<string, [PosNode, PosNode]> | null {
    if (node.pairs !== undefined) return node.pairs;
    const map = new Map<string, [PosNode, PosNode]>();
    for (const [k, v] of pairList(node)) {
      const key = k.result;
      if (key !== null && typeof key !== 'object') map.set(String(key), [k, v]);
    }
    node.pairs = map;
    return map;
  }

  private span(node: PosNode, keyNode: PosNode | undefined): NodeSpan {
    const t = this.text;
    const valueStart = skipToContent(t, node.start + this.shift);
    const keyStart = keyNode ? skipToContent(t, keyNode.start + this.shift) : undefined;
    return { keyStart, valueStart, scalar: node.result === null || typeof node.result !== 'object' };
  }

  /**
   * Walks `path` from the document root as far as the source has it, calling `visit` with each
   * node reached (and its key node for mapping members); returns the last node and its depth.
   */
  private walk(docIndex: number, path: FieldPath, visit?: (node: PosNode, key: PosNode | undefined) => void): { node: PosNode; key?: PosNode; depth: number } | undefined {
    // documents whose root failed to open (empty input) have no node
    const root = this.root(docIndex);
    if (!root) return undefined;
    let node: PosNode = root;
    visit?.(node, undefined);
    let key: PosNode | undefined;
    let depth = 0;
    for (const seg of path) {
      const value = node.result;
      if (Array.isArray(value)) {
        const kids = node.kids ?? [];
        if (typeof seg !== 'number' || kids.length !== value.length || !kids[seg]) break;
        node = kids[seg];
        key = undefined;
      } else if (value !== null && typeof value === 'object') {
        const pair = this.pairsOf(node)?.get(String(seg));
        if (!pair) break;
        [key, node] = pair;
      } else break;
      depth++;
      visit?.(node, key);
    }
    return { node, key, depth };
  }

  /** A document's root node (building the tree if it was let go), and the shift of its offsets. */
  documentNode(docIndex: number): PosNode | undefined {
    return this.root(docIndex);
  }

  get offsetShift(): number {
    return this.shift;
  }

  /**
   * The tree of positions is larger than the parsed objects: a scan lets it go once a file's
   * objects are judged, and the log it is built from when the text can be parsed again (at
   * 100,000 objects the logs alone hold hundreds of megabytes).
   */
  release(): void {
    this.roots = undefined;
    if (this.reparse) {
      this.log = undefined;
      this.bounds = undefined;
    }
  }

  /** Lets go of one document's tree (the next object is in another document of the file). */
  releaseDocument(docIndex: number): void {
    if (this.roots) this.roots[docIndex] = undefined;
  }

  /** Only the deepest node's span: what a finding's range needs, without scanning every prefix. */
  deepest(docIndex: number, path: FieldPath): { span: NodeSpan; depth: number } | undefined {
    const end = this.walk(docIndex, path);
    return end && { span: this.span(end.node, end.key), depth: end.depth };
  }

  spans(docIndex: number, path: FieldPath): NodeSpan[] {
    const out: NodeSpan[] = [];
    this.walk(docIndex, path, (node, key) => out.push(this.span(node, key)));
    return out;
  }
}
