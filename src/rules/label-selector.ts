import { isRecord } from './pod-spec';

/**
 * Kubernetes label selectors, with the API server's semantics: every matchLabels pair and every
 * matchExpressions requirement must hold; an empty selector matches everything. A selector that
 * the API server would reject (unknown operator, In without values) matches nothing, so a broken
 * policy never counts as covering a workload.
 */
export type LabelSelector = (labels: Readonly<Record<string, unknown>>) => boolean;

const NOTHING: LabelSelector = () => false;
const EVERYTHING: LabelSelector = () => true;

/** A `metav1.LabelSelector` (`{matchLabels, matchExpressions}`); undefined when `raw` is not a mapping. */
export function compileLabelSelector(raw: unknown): LabelSelector | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (!isRecord(raw)) return NOTHING;
  const tests: LabelSelector[] = [];
  if (raw.matchLabels !== undefined && raw.matchLabels !== null) {
    if (!isRecord(raw.matchLabels)) return NOTHING;
    for (const [k, v] of Object.entries(raw.matchLabels)) {
      const want = String(v);
      tests.push((labels) => k in labels && String(labels[k]) === want);
    }
  }
  if (raw.matchExpressions !== undefined && raw.matchExpressions !== null) {
    if (!Array.isArray(raw.matchExpressions)) return NOTHING;
    for (const e of raw.matchExpressions) {
      const t = compileRequirement(e);
      if (!t) return NOTHING;
      tests.push(t);
    }
  }
  if (tests.length === 0) return EVERYTHING;
  return (labels) => tests.every((t) => t(labels));
}

/** A plain equality map (Service `spec.selector`, ReplicationController `spec.selector`). */
export function compileMapSelector(raw: unknown): LabelSelector | undefined {
  if (!isRecord(raw)) return undefined;
  return compileLabelSelector({ matchLabels: raw });
}

function compileRequirement(e: unknown): LabelSelector | undefined {
  if (!isRecord(e) || typeof e.key !== 'string' || typeof e.operator !== 'string') return undefined;
  const key = e.key;
  const values = Array.isArray(e.values) ? e.values.map(String) : [];
  switch (e.operator) {
    case 'In':
      if (values.length === 0) return undefined;
      return (labels) => key in labels && values.includes(String(labels[key]));
    case 'NotIn':
      if (values.length === 0) return undefined;
      // a missing label satisfies NotIn, as in the API server
      return (labels) => !(key in labels) || !values.includes(String(labels[key]));
    case 'Exists':
      return (labels) => key in labels;
    case 'DoesNotExist':
      return (labels) => !(key in labels);
    default:
      return undefined;
  }
}

/** The labels of an object's metadata (or `{}`), for matching. */
export function labelsOf(meta: unknown): Record<string, unknown> {
  return isRecord(meta) && isRecord(meta.labels) ? meta.labels : {};
}

/**
 * Where every match of a selector must be found: labels holding one of `pairs` (its first
 * matchLabels pair, or its first `In` requirement's key with each value), or holding `key` (its
 * first `Exists`). Undefined when matches can be anywhere (an empty selector, only `NotIn` or
 * `DoesNotExist`). Indexes file items and workloads by these, so a namespace of thousands of
 * policies and workloads is not judged pair by pair.
 */
export type SelectorAnchor = { pairs: string[] } | { key: string };

export function selectorAnchor(raw: unknown): SelectorAnchor | undefined {
  if (!isRecord(raw)) return undefined;
  const first = isRecord(raw.matchLabels) ? Object.entries(raw.matchLabels)[0] : undefined;
  if (first) return { pairs: [pairKey(first[0], first[1])] };
  if (!Array.isArray(raw.matchExpressions)) return undefined;
  let exists: string | undefined;
  for (const e of raw.matchExpressions) {
    // a key the prototype of every labels object has is found by `in`, not by an index of own keys
    if (!isRecord(e) || typeof e.key !== 'string' || e.key in PROTOTYPE) continue;
    if (e.operator === 'In' && Array.isArray(e.values) && e.values.length > 0) return { pairs: [...new Set(e.values.map((v: unknown) => pairKey(e.key as string, v)))] };
    if (e.operator === 'Exists') exists ??= e.key;
  }
  return exists === undefined ? undefined : { key: exists };
}

const PROTOTYPE: Record<string, unknown> = {};

/** Items filed by the label pairs or keys their selectors need (see selectorAnchor). */
export class AnchorIndex<T> {
  private readonly byPair = new Map<string, T[]>();
  private readonly byKey = new Map<string, T[]>();

  /** Files `item` under every pair and key of `labels`: what a selector's anchor looks it up by. */
  add(item: T, labels: Readonly<Record<string, unknown>>): void {
    for (const [k, v] of Object.entries(labels)) {
      push(this.byPair, pairKey(k, v), item);
      push(this.byKey, k, item);
    }
  }

  /** The items a selector with this anchor can select (undefined: any item). */
  candidates(anchor: SelectorAnchor): T[] {
    if ('key' in anchor) return this.byKey.get(anchor.key) ?? [];
    if (anchor.pairs.length === 1) return this.byPair.get(anchor.pairs[0]) ?? [];
    // a label has one value: an item is under at most one of an In requirement's pairs
    return anchor.pairs.flatMap((p) => this.byPair.get(p) ?? []);
  }
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  list.push(item);
}

/**
 * Items with label selectors (NetworkPolicies' podSelector...), indexed so that finding those
 * selecting a set of labels does not test every item: an item is filed under its selector's
 * anchor (see selectorAnchor) and only tried against labels holding it; the rest are tried
 * always. Each selector is compiled once. Items whose selector is absent select nothing.
 */
export class SelectorIndex<T> {
  private readonly byPair = new Map<string, Array<{ at: number; item: T; test: LabelSelector }>>();
  private readonly byKey = new Map<string, Array<{ at: number; item: T; test: LabelSelector }>>();
  private readonly always: Array<{ at: number; item: T; test: LabelSelector }> = [];

  constructor(items: readonly T[], selectorOf: (item: T) => unknown) {
    items.forEach((item, at) => {
      const raw = selectorOf(item);
      const test = compileLabelSelector(raw);
      if (!test || test === NOTHING) return;
      const anchor = selectorAnchor(raw);
      const entry = { at, item, test };
      if (!anchor) this.always.push(entry);
      else if ('key' in anchor) push(this.byKey, anchor.key, entry);
      else for (const p of anchor.pairs) push(this.byPair, p, entry);
    });
  }

  /** The items whose selector selects `labels`, in the order they were given. */
  selecting(labels: Readonly<Record<string, unknown>>): T[] {
    const hits = this.always.filter((e) => e.test(labels));
    for (const [k, v] of Object.entries(labels)) {
      for (const e of this.byPair.get(pairKey(k, v)) ?? []) if (e.test(labels)) hits.push(e);
      for (const e of this.byKey.get(k) ?? []) if (e.test(labels)) hits.push(e);
    }
    if (hits.length > 1) hits.sort((a, b) => a.at - b.at);
    return hits.map((e) => e.item);
  }
}

function pairKey(k: string, v: unknown): string {
  return `${k}\u0000${String(v)}`;
}
