import { podView, POD_KINDS } from '../pod-spec';
import type { Template } from '../template';

/**
 * Pods that run under a powerful, well-known service account (the Kubernetes dashboard's) while
 * not being that component: a way to borrow its permissions.
 */
export const serviceAccountName: Template = {
  name: 'service-account-name',
  description: 'Flags pods that use one of the given service accounts, unless the workload name starts with an exempt prefix.',
  kinds: POD_KINDS,
  placeholders: ['serviceAccount'],
  params: {
    names: { type: 'string[]', required: true, description: 'Service account names that only their own component should use.' },
    exemptNamePrefixes: { type: 'string[]', default: [], description: 'Workload name prefixes allowed to use them (the component itself).' },
  },
  compile(p) {
    const names = new Set(p.names as string[]);
    const exempt = p.exemptNamePrefixes as string[];
    return (obj) => {
      const pod = podView(obj);
      if (!pod) return undefined;
      for (const field of ['serviceAccountName', 'serviceAccount']) {
        const sa = pod.spec[field];
        if (typeof sa !== 'string' || !names.has(sa)) continue;
        if (exempt.some((e) => obj.name.startsWith(e))) return [];
        return [{ path: [...pod.path, field], data: { serviceAccount: sa }, fixBase: pod.path }];
      }
      return [];
    };
  },
};
