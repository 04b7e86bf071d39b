import type { KubeObject } from '../core/model';
import { compileLabelSelector, type LabelSelector } from './label-selector';
import { isRecord } from './pod-spec';

/** A traffic direction a policy isolates (NetworkPolicy's policyTypes; Cilium's (deny) rule lists). */
export type Direction = 'Ingress' | 'Egress';

/**
 * Cilium's policies (cilium.io/v2), read as the same thing a NetworkPolicy is to the coverage
 * rules: which pods a rule selects and which directions it isolates. A CiliumNetworkPolicy
 * selects pods of its own namespace, a CiliumClusterwideNetworkPolicy pods of every namespace;
 * each has one rule in `spec` and/or several in `specs`.
 *
 * Cilium matches selectors against a pod's identity labels: its own labels plus
 * `io.kubernetes.pod.namespace`, `io.cilium.k8s.policy.serviceaccount` and
 * `io.cilium.k8s.namespace.labels.<label>`, with keys optionally prefixed by their source
 * (`k8s:app`, `any:app`). Keys of other sources (`reserved:`, `cidr:`...) never name a pod.
 */
export const CILIUM_POLICY_KINDS: readonly string[] = ['CiliumNetworkPolicy', 'CiliumClusterwideNetworkPolicy'];

export const CILIUM_NAMESPACE_LABEL = 'io.cilium.k8s.namespace.labels.';
const NAMESPACE_KEY = 'io.kubernetes.pod.namespace';
const SERVICE_ACCOUNT_KEY = 'io.cilium.k8s.policy.serviceaccount';

export interface CiliumRule {
  object: KubeObject;
  /** The namespace whose pods the rule may select; undefined for a clusterwide policy. */
  namespace: string | undefined;
  /** Tests a pod's identity labels (ciliumIdentity). */
  selects: LabelSelector;
  /** Tests a namespace's identity labels with only the selector's namespace requirements: could the rule select some pod there? */
  mayCoverNamespace: LabelSelector;
  /** Directions the rule puts its pods into default deny for. */
  directions: Direction[];
}

/** What Cilium knows about a pod when it matches selectors. */
export interface PodIdentity {
  labels: Readonly<Record<string, unknown>>;
  namespace: string;
  serviceAccount: string;
  namespaceLabels: Readonly<Record<string, unknown>>;
}

export function ciliumIdentity(pod: PodIdentity): Record<string, unknown> {
  return { ...pod.labels, ...namespaceIdentity(pod.namespace, pod.namespaceLabels), [SERVICE_ACCOUNT_KEY]: pod.serviceAccount };
}

/** The identity labels every pod of a namespace shares. */
export function namespaceIdentity(namespace: string, namespaceLabels: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = { [NAMESPACE_KEY]: namespace };
  // the API server sets this label on every namespace
  const labels = { ...namespaceLabels, 'kubernetes.io/metadata.name': namespace };
  for (const [k, v] of Object.entries(labels)) out[CILIUM_NAMESPACE_LABEL + k] = v;
  return out;
}

const RULES = new WeakMap<KubeObject, CiliumRule[]>();

/** The rules of a Cilium policy object (none for other kinds or unreadable ones). Host policies (nodeSelector) select nodes, not pods, and are left out. */
export function ciliumRules(obj: KubeObject): CiliumRule[] {
  let rules = RULES.get(obj);
  if (rules) return rules;
  rules = [];
  if (CILIUM_POLICY_KINDS.includes(obj.kind) && isRecord(obj.raw)) {
    const entries = [obj.raw.spec, ...(Array.isArray(obj.raw.specs) ? obj.raw.specs : [])];
    const namespace = obj.kind === 'CiliumNetworkPolicy' ? (obj.namespace ?? 'default') : undefined;
    for (const entry of entries) {
      const rule = readRule(obj, entry, namespace);
      if (rule) rules.push(rule);
    }
  }
  RULES.set(obj, rules);
  return rules;
}

function readRule(object: KubeObject, entry: unknown, namespace: string | undefined): CiliumRule | undefined {
  if (!isRecord(entry) || !isRecord(entry.endpointSelector)) return undefined;
  const selector = translateSelector(entry.endpointSelector);
  const compiled = selector ? compileLabelSelector(selector) : undefined;
  const selects: LabelSelector = compiled ?? (() => false);
  const nsOnly = selector ? compileLabelSelector(namespaceRequirements(selector)) : undefined;
  const mayCoverNamespace: LabelSelector = nsOnly ?? (() => false);
  const deny = isRecord(entry.enableDefaultDeny) ? entry.enableDefaultDeny : {};
  const directions: Direction[] = [];
  if ((nonEmpty(entry.ingress) || nonEmpty(entry.ingressDeny)) && deny.ingress !== false) directions.push('Ingress');
  if ((nonEmpty(entry.egress) || nonEmpty(entry.egressDeny)) && deny.egress !== false) directions.push('Egress');
  return { object, namespace, selects, mayCoverNamespace, directions };
}

function nonEmpty(v: unknown): boolean {
  return Array.isArray(v) && v.length > 0;
}

interface PlainSelector {
  matchLabels: Record<string, unknown>;
  matchExpressions: Array<Record<string, unknown>>;
}

/**
 * The selector with Cilium's source prefixes removed; undefined when it names a label of a source
 * no pod carries (it then selects no pod) or is malformed.
 */
function translateSelector(raw: Record<string, unknown>): PlainSelector | undefined {
  const out: PlainSelector = { matchLabels: {}, matchExpressions: [] };
  if (raw.matchLabels !== undefined && raw.matchLabels !== null) {
    if (!isRecord(raw.matchLabels)) return undefined;
    for (const [k, v] of Object.entries(raw.matchLabels)) {
      const key = podLabelKey(k);
      if (key === undefined) return undefined;
      out.matchLabels[key] = v;
    }
  }
  if (raw.matchExpressions !== undefined && raw.matchExpressions !== null) {
    if (!Array.isArray(raw.matchExpressions)) return undefined;
    for (const e of raw.matchExpressions) {
      if (!isRecord(e) || typeof e.key !== 'string') return undefined;
      const key = podLabelKey(e.key);
      // a requirement on a label no pod carries holds only when it asks for the label's absence
      if (key === undefined) {
        if (e.operator === 'DoesNotExist' || e.operator === 'NotIn') continue;
        return undefined;
      }
      out.matchExpressions.push({ ...e, key });
    }
  }
  return out;
}

function podLabelKey(key: string): string | undefined {
  const colon = key.indexOf(':');
  if (colon === -1) return key;
  const source = key.slice(0, colon);
  return source === 'k8s' || source === 'any' ? key.slice(colon + 1) : undefined;
}

function namespaceRequirements(selector: PlainSelector): PlainSelector {
  const isNamespaceKey = (k: string) => k === NAMESPACE_KEY || k.startsWith(CILIUM_NAMESPACE_LABEL);
  return {
    matchLabels: Object.fromEntries(Object.entries(selector.matchLabels).filter(([k]) => isNamespaceKey(k))),
    matchExpressions: selector.matchExpressions.filter((e) => isNamespaceKey(String(e.key))),
  };
}
