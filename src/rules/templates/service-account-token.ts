import { get, podView, POD_KINDS } from '../pod-spec';
import type { Template } from '../template';

/**
 * The API token must not be mounted unless needed. The pod's setting wins; when the pod leaves it
 * unset, the ServiceAccount's `automountServiceAccountToken` decides, as the API server does.
 */
export const serviceAccountToken: Template = {
  name: 'service-account-token',
  description: 'Flags pods that mount a service account token, looking at the pod and at its ServiceAccount when it is in scope.',
  kinds: POD_KINDS,
  placeholders: ['serviceAccount', 'reason'],
  params: {},
  compile() {
    return (obj, ctx) => {
      const pod = podView(obj);
      if (!pod) return undefined;
      const own = pod.spec.automountServiceAccountToken;
      if (own === false) return [];
      const saName: string = typeof pod.spec.serviceAccountName === 'string' && pod.spec.serviceAccountName ? pod.spec.serviceAccountName : typeof pod.spec.serviceAccount === 'string' && pod.spec.serviceAccount ? pod.spec.serviceAccount : 'default';
      if (own === true) {
        return [{ path: [...pod.path, 'automountServiceAccountToken'], data: { serviceAccount: saName, reason: 'the pod sets automountServiceAccountToken: true' }, fixBase: pod.path }];
      }
      const sa = ctx.index.find('ServiceAccount', saName, obj.namespace);
      if (sa && get(sa.raw, ['automountServiceAccountToken']) === false) return [];
      const reason = sa
        ? `neither the pod nor ServiceAccount "${saName}" sets automountServiceAccountToken: false`
        : `the pod does not set automountServiceAccountToken: false (ServiceAccount "${saName}" is not in the scan)`;
      return [{ path: pod.path, data: { serviceAccount: saName, reason }, fixBase: pod.path }];
    };
  },
};
