import type { KubeObject } from '../core/model';
import { CILIUM_POLICY_KINDS, ciliumIdentity, ciliumRules, namespaceIdentity, type Direction } from './cilium-policy';
import { compileLabelSelector, labelsOf, SelectorIndex } from './label-selector';
import type { ObjectIndex } from './object-index';
import { isRecord } from './pod-spec';
import { objectsIn } from './references';

export type { Direction } from './cilium-policy';

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

/** The kinds that count as network policies: Kubernetes' own and Cilium's (src/rules/cilium-policy.ts). */
export const NETWORK_POLICY_KINDS: readonly string[] = ['NetworkPolicy', ...CILIUM_POLICY_KINDS];

export function anyNetworkPolicyInScope(index: ObjectIndex): boolean {
  return NETWORK_POLICY_KINDS.some((k) => index.has(k));
}

/** A policy, or one rule of a Cilium policy, that selects a pod, with the directions it isolates. */
export interface SelectingPolicy {
  object: KubeObject;
  directions: Direction[];
}

/**
 * Every policy that selects a pod of `namespace`: its NetworkPolicies, its CiliumNetworkPolicies
 * and the clusterwide Cilium policies, rule by rule.
 */
export function policiesCovering(index: ObjectIndex, namespace: string, pod: { labels: Record<string, unknown>; serviceAccount: string }): SelectingPolicy[] {
  const out: SelectingPolicy[] = policiesSelecting(index, namespace, pod.labels).map((np) => ({ object: np, directions: policyTypes(np) }));
  const cilium = [...objectsIn(index, ['CiliumNetworkPolicy'], namespace), ...index.ofKind('CiliumClusterwideNetworkPolicy')];
  if (cilium.length === 0) return out;
  const identity = ciliumIdentity({ labels: pod.labels, namespace, serviceAccount: pod.serviceAccount, namespaceLabels: namespaceLabels(index, namespace) });
  for (const o of cilium) for (const r of ciliumRules(o)) if (r.selects(identity)) out.push({ object: o, directions: r.directions });
  return out;
}

/** Whether some policy applies to pods of the namespace: a NetworkPolicy or CiliumNetworkPolicy in it, or a clusterwide Cilium policy whose selector admits it. */
export function namespaceHasPolicy(index: ObjectIndex, namespace: string): boolean {
  if (objectsIn(index, ['NetworkPolicy'], namespace).length > 0) return true;
  if (objectsIn(index, ['CiliumNetworkPolicy'], namespace).some((o) => ciliumRules(o).length > 0)) return true;
  const clusterwide = index.ofKind('CiliumClusterwideNetworkPolicy');
  if (clusterwide.length === 0) return false;
  const identity = namespaceIdentity(namespace, namespaceLabels(index, namespace));
  return clusterwide.some((o) => ciliumRules(o).some((r) => r.mayCoverNamespace(identity)));
}

function namespaceLabels(index: ObjectIndex, namespace: string): Record<string, unknown> {
  return labelsOf(index.find('Namespace', namespace, undefined)?.raw?.metadata);
}
