import { podView, POD_KINDS } from '../pod-spec';
import { notInScope, objectsIn } from '../references';
import { serviceAccountOf } from '../service-accounts';
import type { Template } from '../template';

/**
 * A pod naming a ServiceAccount that does not exist is rejected at admission; the controller
 * retries forever and the rollout never completes. `default` always exists.
 */
export const serviceAccountExists: Template = {
  name: 'service-account-exists',
  description: "Flags workloads naming a ServiceAccount that is not in the workload's namespace (judged only when ServiceAccounts of that namespace are in scope).",
  kinds: POD_KINDS,
  placeholders: ['serviceAccount'],
  params: {},
  compile() {
    return (obj, ctx) => {
      const pod = podView(obj);
      if (!pod) return undefined;
      const sa = serviceAccountOf(pod);
      if (!sa.path || sa.name === 'default') return undefined;
      const ns = obj.namespace ?? 'default';
      const accounts = objectsIn(ctx.index, ['ServiceAccount'], ns);
      if (accounts.length === 0) return notInScope('ServiceAccount', ns);
      // by name through the index: a namespace of thousands of accounts and workloads stays linear
      return ctx.index.find('ServiceAccount', sa.name, ns) ? [] : [{ path: sa.path, data: { serviceAccount: sa.name } }];
    };
  },
};
