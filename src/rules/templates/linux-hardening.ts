import { CONTAINER_LISTS, containersOf, isRecord, podView, POD_KINDS } from '../pod-spec';
import type { Hit, Template } from '../template';

/* eslint-disable @typescript-eslint/no-explicit-any */

function profileSet(p: any): boolean {
  return isRecord(p) && typeof p.type === 'string' && p.type !== 'Unconfined';
}

/**
 * At least one Linux hardening mechanism must apply to each container: a seccomp profile,
 * SELinux options, an AppArmor profile, or dropped capabilities. Pod-level settings and the
 * legacy annotations count, as the kubelet applies them; an `Unconfined` profile does not.
 */
export const linuxHardening: Template = {
  name: 'linux-hardening',
  description: 'Flags containers to which none of seccomp, SELinux, AppArmor or dropped capabilities applies.',
  kinds: POD_KINDS,
  placeholders: [],
  params: {},
  compile() {
    return (obj) => {
      const pod = podView(obj);
      if (!pod) return undefined;
      const podSc = isRecord(pod.spec.securityContext) ? pod.spec.securityContext : {};
      const ann = isRecord(pod.meta.annotations) ? pod.meta.annotations : {};
      const podLevel =
        profileSet(podSc.seccompProfile) ||
        profileSet(podSc.appArmorProfile) ||
        (isRecord(podSc.seLinuxOptions) && Object.keys(podSc.seLinuxOptions).length > 0) ||
        (typeof ann['seccomp.security.alpha.kubernetes.io/pod'] === 'string' && ann['seccomp.security.alpha.kubernetes.io/pod'] !== 'unconfined');
      if (podLevel) return [];
      const hits: Hit[] = [];
      for (const c of containersOf(pod, CONTAINER_LISTS)) {
        const sc = isRecord(c.container.securityContext) ? c.container.securityContext : {};
        const caps = isRecord(sc.capabilities) ? sc.capabilities : {};
        const apparmorAnn = ann[`container.apparmor.security.beta.kubernetes.io/${c.name}`];
        const hardened =
          profileSet(sc.seccompProfile) ||
          profileSet(sc.appArmorProfile) ||
          (isRecord(sc.seLinuxOptions) && Object.keys(sc.seLinuxOptions).length > 0) ||
          (Array.isArray(caps.drop) && caps.drop.length > 0) ||
          (typeof apparmorAnn === 'string' && apparmorAnn !== 'unconfined') ||
          typeof ann[`container.seccomp.security.alpha.kubernetes.io/${c.name}`] === 'string';
        if (!hardened) hits.push({ path: c.path, container: c.name, fixBase: c.path });
      }
      return hits;
    };
  },
};
