import { anyNetworkPolicyInScope, namespaceHasPolicy, NO_POLICY_IN_SCOPE } from '../network-policy';
import type { Template } from '../template';

/**
 * A namespace without any NetworkPolicy leaves its pods open to every other pod of the cluster.
 * Cilium's policies count: a CiliumNetworkPolicy in the namespace, or a clusterwide one whose
 * endpointSelector admits the namespace. Judged only when some network policy is in scope:
 * otherwise the policies may be managed elsewhere and every namespace would fail.
 */
export const namespaceNetworkPolicy: Template = {
  name: 'namespace-network-policy',
  description: 'Flags Namespace objects that no NetworkPolicy or Cilium policy in scope applies to.',
  kinds: ['Namespace'],
  placeholders: [],
  params: {},
  compile() {
    return (obj, ctx) => {
      if (!anyNetworkPolicyInScope(ctx.index)) return { skipped: NO_POLICY_IN_SCOPE };
      if (namespaceHasPolicy(ctx.index, obj.name)) return [];
      return [{ path: ['metadata', 'name'] }];
    };
  },
};
