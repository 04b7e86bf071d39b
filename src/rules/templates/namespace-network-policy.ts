import { NO_POLICY_IN_SCOPE } from '../network-policy';
import { objectsIn } from '../references';
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
      if (!ctx.index.has('NetworkPolicy')) return { skipped: NO_POLICY_IN_SCOPE };
      if (objectsIn(ctx.index, ['NetworkPolicy'], obj.name).length > 0) return [];
      return [{ path: ['metadata', 'name'] }];
    };
  },
};
