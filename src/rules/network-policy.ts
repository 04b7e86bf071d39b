import type { KubeObject } from '../model';
import { compileLabelSelector, SelectorIndex } from './label-selector';
import type { ObjectIndex } from './object-index';
import { isRecord } from './pod-spec';
import { objectsIn } from './references';

export type Direction = 'Ingress' | 'Egress';

/**
 * The directions a NetworkPolicy isolates. Without `policyTypes` the API server assumes Ingress,
 * plus Egress when the policy has an `egress` section.
 */
export function policyTypes(np: KubeObject): Direction[] {
  const spec = np.raw?.spec;
  if (!isRecord(spec)) return [];
  if (Array.isArray(spec.policyTypes)) return spec.policyTypes.filter((t: unknown): t is Direction => t === 'Ingress' || t === 'Egress');
  return spec.egress !== undefined && spec.egress !== null ? ['Ingress', 'Egress'] : ['Ingress'];
}

/**
 * NetworkPolicies of a namespace whose podSelector selects pods with these labels. A policy only
 * ever selects pods of its own namespace (namespaceSelector belongs to peers, not to the target).
 */
export function policiesSelecting(index: ObjectIndex, namespace: string, labels: Record<string, unknown>): KubeObject[] {
  let perNs = SELECTING.get(index);
  if (!perNs) SELECTING.set(index, (perNs = new Map()));
  let policies = perNs.get(namespace);
  if (!policies) perNs.set(namespace, (policies = new SelectorIndex(objectsIn(index, ['NetworkPolicy'], namespace), podSelectorOf)));
  return policies.selecting(labels);
}

// every workload asks about its namespace's policies: index them once per scan and namespace
const SELECTING = new WeakMap<ObjectIndex, Map<string, SelectorIndex<KubeObject>>>();

function podSelectorOf(np: KubeObject): unknown {
  const spec = np.raw?.spec;
  return isRecord(spec) ? spec.podSelector : undefined;
}

export function selectsPods(np: KubeObject, labels: Record<string, unknown>): boolean {
  const spec = np.raw?.spec;
  if (!isRecord(spec)) return false;
  // podSelector is required; an absent one is rejected by the API server, so it selects nothing
  const sel = compileLabelSelector(spec.podSelector);
  return sel !== undefined && sel(labels);
}

export const NO_POLICY_IN_SCOPE = 'no NetworkPolicy in scope';
