import { labelsOf } from '../label-selector';
import { anyNetworkPolicyInScope, NO_POLICY_IN_SCOPE, policiesCovering, type Direction } from '../network-policy';
import { podView, POD_KINDS } from '../pod-spec';
import type { Template } from '../template';

/**
 * A pod no NetworkPolicy selects accepts traffic from, and sends it to, anything in the cluster.
 * Cilium's policies (CiliumNetworkPolicy, CiliumClusterwideNetworkPolicy) count as well.
 * Without any network policy in scope the policies may live elsewhere (another repository, a
 * platform chart), so workloads are "not evaluated" rather than all failing, the false alarm
 * Kubescape users report for C-0030.
 */
export const networkPolicyCoverage: Template = {
  name: 'network-policy-coverage',
  description: 'Flags workloads whose pods no NetworkPolicy in their namespace, or Cilium policy, selects for the given traffic directions.',
  kinds: POD_KINDS,
  placeholders: ['missing'],
  params: {
    directions: { type: 'string[]', default: ['Ingress', 'Egress'], enum: ['Ingress', 'Egress'], description: 'Traffic directions that policies must isolate.' },
    match: {
      type: 'string',
      default: 'all',
      enum: ['all', 'any'],
      description: '`all`: every direction must be isolated by some selecting policy; `any`: one selecting policy for any direction is enough.',
    },
  },
  compile(p) {
    const directions = p.directions as Direction[];
    const all = p.match === 'all';
    return (obj, ctx) => {
      const pod = podView(obj);
      if (!pod) return undefined;
      if (!anyNetworkPolicyInScope(ctx.index)) return { skipped: NO_POLICY_IN_SCOPE };
      const ns = obj.namespace ?? 'default';
      const covered = new Set(policiesCovering(ctx.index, ns, { labels: labelsOf(pod.meta), serviceAccount: serviceAccountOf(pod.spec) }).flatMap((p) => p.directions));
      const missing = directions.filter((d) => !covered.has(d));
      const failed = all ? missing.length > 0 : missing.length === directions.length;
      if (!failed) return [];
      return [{ path: [...pod.metaPath, 'labels'], data: { missing: missing.join(' and ') } }];
    };
  },
};

function serviceAccountOf(spec: Record<string, unknown>): string {
  for (const v of [spec.serviceAccountName, spec.serviceAccount]) if (typeof v === 'string' && v !== '') return v;
  return 'default';
}
