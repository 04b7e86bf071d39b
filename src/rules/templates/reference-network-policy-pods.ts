import { compileLabelSelector, selectorAnchor } from '../label-selector';
import { isRecord } from '../pod-spec';
import { notInScope, selectsAWorkload, workloadsIn } from '../references';
import type { Template } from '../template';

/**
 * A NetworkPolicy whose podSelector matches no pod protects nothing; the pods it was written for
 * stay open, usually because of a label typo.
 */
export const networkPolicySelectsPods: Template = {
  name: 'network-policy-selects-pods',
  description: "Flags NetworkPolicies whose podSelector matches the pods of no workload in the policy's namespace (judged only when workloads of that namespace are in scope).",
  kinds: ['NetworkPolicy'],
  placeholders: [],
  params: {},
  compile() {
    return (obj, ctx) => {
      const spec = obj.raw?.spec;
      if (!isRecord(spec)) return undefined;
      const selector = compileLabelSelector(spec.podSelector);
      if (!selector) return undefined;
      // `podSelector: {}` selects every pod of the namespace, present or future
      if (isRecord(spec.podSelector) && Object.keys(spec.podSelector).every((k) => isEmpty(spec.podSelector[k]))) return [];
      const ns = obj.namespace ?? 'default';
      const workloads = workloadsIn(ctx.index, ns);
      if (workloads.length === 0) return notInScope('workload', ns);
      return selectsAWorkload(ctx.index, ns, selectorAnchor(spec.podSelector), selector) ? [] : [{ path: ['spec', 'podSelector'] }];
    };
  },
};

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || (Array.isArray(v) && v.length === 0) || (isRecord(v) && Object.keys(v).length === 0);
}
