import { labelsOf } from '../label-selector';
import { NO_POLICY_IN_SCOPE, policiesSelecting, policyTypes, type Direction } from '../network-policy';
import { podView, POD_KINDS } from '../pod-spec';
import type { Template } from '../template';

/**
 * A pod no NetworkPolicy selects accepts traffic from, and sends it to, anything in the cluster.
 * Without any NetworkPolicy in scope the policies may live elsewhere (another repository, a
 * platform chart), so workloads are "not evaluated" rather than all failing, the false alarm
 * Kubescape users report for C-0030.
 */
export const networkPolicyCoverage: Template = {
  name: 'network-policy-coverage',
  description: 'Flags workloads whose pods no NetworkPolicy in their namespace selects for the given traffic directions.',
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
      if (!ctx.index.has('NetworkPolicy')) return { skipped: NO_POLICY_IN_SCOPE };
      const ns = obj.namespace ?? 'default';
      const covered = new Set(policiesSelecting(ctx.index, ns, labelsOf(pod.meta)).flatMap((np) => policyTypes(np)));
      const missing = directions.filter((d) => !covered.has(d));
      const failed = all ? missing.length > 0 : missing.length === directions.length;
      if (!failed) return [];
      return [{ path: [...pod.metaPath, 'labels'], data: { missing: missing.join(' and ') } }];
    };
  },
};
