import type { KubeObject } from '../core/model';
import { AnchorIndex, labelsOf, type LabelSelector, type SelectorAnchor } from './label-selector';
import type { ObjectIndex } from './object-index';
import { podView, POD_KINDS } from './pod-spec';

/**
 * Shared by the "dangling reference" rules: a reference is judged only when the kind it points
 * at has objects in the same namespace in scope. A repository that keeps its Services in another
 * folder, chart or repository then gets "not evaluated" instead of a false alarm.
 */
export function objectsIn(index: ObjectIndex, kinds: readonly string[], namespace: string): readonly KubeObject[] {
  if (kinds.length === 1) return byNamespace(index, kinds[0]).get(namespace) ?? [];
  return kinds.flatMap((k) => byNamespace(index, k).get(namespace) ?? []);
}

// every object of a scan asks about its own namespace: group once per scan and kind, not per object
const GROUPED = new WeakMap<ObjectIndex, Map<string, Map<string, KubeObject[]>>>();

function byNamespace(index: ObjectIndex, kind: string): Map<string, KubeObject[]> {
  let perKind = GROUPED.get(index);
  if (!perKind) GROUPED.set(index, (perKind = new Map()));
  let groups = perKind.get(kind);
  if (groups) return groups;
  groups = new Map();
  for (const o of index.ofKind(kind)) {
    const ns = o.namespace ?? 'default';
    let list = groups.get(ns);
    if (!list) groups.set(ns, (list = []));
    list.push(o);
  }
  perKind.set(kind, groups);
  return groups;
}

export function notInScope(what: string, namespace: string): { skipped: string } {
  return { skipped: `no ${what} in namespace ${namespace} in scope` };
}

/** Pod-bearing objects of a namespace with their pods' labels. */
export function workloadsIn(index: ObjectIndex, namespace: string): ReadonlyArray<{ obj: KubeObject; labels: Record<string, unknown> }> {
  let perNs = WORKLOADS.get(index);
  if (!perNs) WORKLOADS.set(index, (perNs = new Map()));
  let out = perNs.get(namespace);
  if (out) return out;
  out = [];
  for (const obj of objectsIn(index, POD_KINDS, namespace)) {
    const pod = podView(obj);
    if (pod) out.push({ obj, labels: labelsOf(pod.meta) });
  }
  perNs.set(namespace, out);
  return out;
}

const WORKLOADS = new WeakMap<ObjectIndex, Map<string, Array<{ obj: KubeObject; labels: Record<string, unknown> }>>>();

export function anySelected(workloads: ReadonlyArray<{ labels: Record<string, unknown> }>, selector: LabelSelector): boolean {
  return workloads.some((w) => selector(w.labels));
}

/**
 * Whether a selector selects some workload of the namespace. Every Service and NetworkPolicy
 * asks about its namespace: the workloads are filed by label pair and key once, and a selector
 * only tries those holding its anchor (see selectorAnchor), which any match must hold.
 */
export function selectsAWorkload(index: ObjectIndex, namespace: string, anchor: SelectorAnchor | undefined, selector: LabelSelector): boolean {
  if (!anchor) return anySelected(workloadsIn(index, namespace), selector);
  let perNs = BY_LABEL.get(index);
  if (!perNs) BY_LABEL.set(index, (perNs = new Map()));
  let filed = perNs.get(namespace);
  if (!filed) {
    filed = new AnchorIndex();
    for (const w of workloadsIn(index, namespace)) filed.add(w, w.labels);
    perNs.set(namespace, filed);
  }
  return anySelected(filed.candidates(anchor), selector);
}

const BY_LABEL = new WeakMap<ObjectIndex, Map<string, AnchorIndex<{ obj: KubeObject; labels: Record<string, unknown> }>>>();
