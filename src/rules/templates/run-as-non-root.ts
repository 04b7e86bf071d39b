import { containersOf, isRecord, podView, POD_KINDS } from '../pod-spec';
import type { Hit, Template } from '../template';

/**
 * Every container must run as a non-root user: `runAsNonRoot: true` at container or pod level,
 * or (unless `requireRunAsNonRoot`) a non-zero `runAsUser`, which the kubelet enforces equally.
 */
export const runAsNonRoot: Template = {
  name: 'run-as-non-root',
  description: 'Flags containers that may run as root: neither runAsNonRoot: true nor a non-zero runAsUser applies to them.',
  kinds: POD_KINDS,
  placeholders: ['reason'],
  params: {
    requireRunAsNonRoot: {
      type: 'boolean',
      default: false,
      description: 'Accept only `runAsNonRoot: true` (Pod Security Standards restricted), not a non-zero runAsUser.',
    },
  },
  linuxOnly: () => true,
  compile(p) {
    const strict = p.requireRunAsNonRoot === true;
    return (obj) => {
      const pod = podView(obj);
      if (!pod) return undefined;
      const podSc = isRecord(pod.spec.securityContext) ? pod.spec.securityContext : {};
      const hits: Hit[] = [];
      for (const c of containersOf(pod)) {
        const sc = isRecord(c.container.securityContext) ? c.container.securityContext : {};
        const nonRoot = sc.runAsNonRoot ?? podSc.runAsNonRoot;
        const user = sc.runAsUser ?? podSc.runAsUser;
        if (nonRoot === true && user !== 0) continue;
        if (!strict && nonRoot !== false && typeof user === 'number' && user > 0) continue;
        let at = [...c.path, 'securityContext', 'runAsNonRoot'];
        let reason = 'runAsNonRoot is not set to true';
        if (nonRoot === false) reason = 'runAsNonRoot is false';
        else if (user === 0) {
          reason = 'runAsUser is 0 (root)';
          at = sc.runAsUser !== undefined ? [...c.path, 'securityContext', 'runAsUser'] : [...pod.path, 'securityContext', 'runAsUser'];
        }
        if (sc.runAsNonRoot === undefined && podSc.runAsNonRoot !== undefined && user !== 0) at = [...pod.path, 'securityContext', 'runAsNonRoot'];
        hits.push({ path: at, container: c.name, data: { reason }, fixBase: c.path });
      }
      return hits;
    };
  },
};
