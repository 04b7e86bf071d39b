import { NO_POLICY_IN_SCOPE } from '../network-policy';
import type { Template } from '../template';

/**
 * A namespace without any NetworkPolicy leaves its pods open to every other pod of the cluster.
 * Judged only when some NetworkPolicy is in scope: otherwise the policies may be managed
 * elsewhere and every namespace would fail.
 */
export const namespaceNetworkPolicy: Template = {
  name: 'namespace-network-policy',
  description: 'Flags Namespace objects that no NetworkPolicy in scope belongs to.',
  kinds: ['Namespace'],
  placeholders: [],
  params: {},
  compile() {
    return (obj, ctx) => {
      const policies = ctx.index.ofKind('NetworkPolicy');
      if (policies.length === 0) return { skipped: NO_POLICY_IN_SCOPE };
      if (policies.some((np) => (np.namespace ?? 'default') === obj.name)) return [];
      return [{ path: ['metadata', 'name'] }];
    };
  },
};
