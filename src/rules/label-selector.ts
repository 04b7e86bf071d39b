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
 * Items with label selectors (NetworkPolicies' podSelector...), indexed so that finding those
 * selecting a set of labels does not test every item: an item whose selector has matchLabels is
 * filed under its first pair and only tried against labels holding that pair; the rest are tried
 * always. Each selector is compiled once. Items whose selector is absent select nothing.
 */
export class SelectorIndex<T> {
  private readonly byPair = new Map<string, Array<{ at: number; item: T; test: LabelSelector }>>();
  private readonly always: Array<{ at: number; item: T; test: LabelSelector }> = [];

  constructor(items: readonly T[], selectorOf: (item: T) => unknown) {
    items.forEach((item, at) => {
      const raw = selectorOf(item);
      const test = compileLabelSelector(raw);
      if (!test || test === NOTHING) return;
      const first = isRecord(raw) && isRecord(raw.matchLabels) ? Object.entries(raw.matchLabels)[0] : undefined;
      if (!first) return void this.always.push({ at, item, test });
      const key = pairKey(first[0], first[1]);
      let list = this.byPair.get(key);
      if (!list) this.byPair.set(key, (list = []));
      list.push({ at, item, test });
    });
  }

  /** The items whose selector selects `labels`, in the order they were given. */
  selecting(labels: Readonly<Record<string, unknown>>): T[] {
    const hits = this.always.filter((e) => e.test(labels));
    for (const [k, v] of Object.entries(labels)) {
      for (const e of this.byPair.get(pairKey(k, v)) ?? []) if (e.test(labels)) hits.push(e);
    }
    if (hits.length > 1) hits.sort((a, b) => a.at - b.at);
    return hits.map((e) => e.item);
  }
}

function pairKey(k: string, v: unknown): string {
  return `${k}\u0000${String(v)}`;
}
