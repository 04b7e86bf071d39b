import type { Template } from '../template';

/**
 * Objects placed in the `default` namespace. Manifests without a namespace are not flagged: the
 * deploy tool chooses it. Some objects live in `default` by design, such as the API server's own
 * `kubernetes` Service and its Endpoints and EndpointSlice, which exported cluster state carries.
 */
export const defaultNamespace: Template = {
  name: 'default-namespace',
  description: "Flags objects whose metadata.namespace is default, except the objects listed in `exempt` (the API server's own).",
  kinds: '*',
  placeholders: [],
  params: {
    exempt: { type: 'string[]', default: [], description: 'Objects that belong in `default`, as `Kind/name` (e.g. `Service/kubernetes`).' },
  },
  compile(p) {
    const exempt = new Set(p.exempt as string[]);
    return (obj) => {
      if (obj.namespace !== 'default') return [];
      if (exempt.has(`${obj.kind}/${obj.name}`)) return [];
      return [{ path: ['metadata', 'namespace'] }];
    };
  },
};
