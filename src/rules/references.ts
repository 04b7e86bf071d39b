import type { KubeObject } from '../model';
import { labelsOf, type LabelSelector } from './label-selector';
import type { ObjectIndex } from './object-index';
import { podView, POD_KINDS } from './pod-spec';

/**
 * Shared by the "dangling reference" rules: a reference is judged only when the kind it points
 * at has objects in the same namespace in scope. A repository that keeps its Services in another
 * folder, chart or repository then gets "not evaluated" instead of a false alarm.
 */
export function objectsIn(index: ObjectIndex, kinds: readonly string[], namespace: string): KubeObject[] {
  return kinds.flatMap((k) => index.ofKind(k).filter((o) => (o.namespace ?? 'default') === namespace));
}

export function notInScope(what: string, namespace: string): { skipped: string } {
  return { skipped: `no ${what} in namespace ${namespace} in scope` };
}

/** Pod-bearing objects of a namespace with their pods' labels. */
export function workloadsIn(index: ObjectIndex, namespace: string): Array<{ obj: KubeObject; labels: Record<string, unknown> }> {
  const out: Array<{ obj: KubeObject; labels: Record<string, unknown> }> = [];
  for (const obj of objectsIn(index, POD_KINDS, namespace)) {
    const pod = podView(obj);
    if (pod) out.push({ obj, labels: labelsOf(pod.meta) });
  }
  return out;
}

export function anySelected(workloads: ReadonlyArray<{ labels: Record<string, unknown> }>, selector: LabelSelector): boolean {
  return workloads.some((w) => selector(w.labels));
}
