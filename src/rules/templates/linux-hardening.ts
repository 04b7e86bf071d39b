import { CONTAINER_LISTS, containersOf, isRecord, podView, POD_KINDS } from '../pod-spec';
import type { Hit, Template } from '../template';

/**
 * A profile as the kubelet resolves it: the most specific setting wins, so a container's
 * `Unconfined` cancels a pod-level RuntimeDefault. Each candidate is a field value or a legacy
 * annotation value; the first one that is set decides.
 */
function confined(candidates: readonly unknown[]): boolean {
  for (const c of candidates) {
    if (isRecord(c) && typeof c.type === 'string') return c.type !== 'Unconfined';
    if (typeof c === 'string' && c !== '') return c.toLowerCase() !== 'unconfined';
  }
  return false;
}

/** SELinux options that label the process; `spc_t` (super-privileged container) is not confinement. */
function seLinuxSet(o: unknown): boolean | undefined {
  if (!isRecord(o) || Object.keys(o).length === 0) return undefined;
  return o.type !== 'spc_t' && o.type !== 'unconfined_t';
}

function capName(c: unknown): string {
  return String(c).toUpperCase().replace(/^CAP_/, '');
}

/**
 * At least one Linux hardening mechanism must apply to each container: a seccomp profile,
 * SELinux options, an AppArmor profile, or dropped capabilities. Pod-level settings and the
 * legacy annotations count as the kubelet applies them, overridden by the container's own.
 */
export const linuxHardening: Template = {
  name: 'linux-hardening',
  description: 'Flags containers to which none of seccomp, SELinux, AppArmor or dropped capabilities applies.',
  kinds: POD_KINDS,
  placeholders: [],
  params: {},
  linuxOnly: () => true,
  compile() {
    return (obj) => {
      const pod = podView(obj);
      if (!pod) return undefined;
      const podSc = isRecord(pod.spec.securityContext) ? pod.spec.securityContext : {};
      const ann = isRecord(pod.meta.annotations) ? pod.meta.annotations : {};
      const hits: Hit[] = [];
      for (const c of containersOf(pod, CONTAINER_LISTS)) {
        const sc = isRecord(c.container.securityContext) ? c.container.securityContext : {};
        const caps = isRecord(sc.capabilities) ? sc.capabilities : {};
        // fields win over the legacy annotations, the container's over the pod's
        const seccomp = confined([
          sc.seccompProfile,
          ann[`container.seccomp.security.alpha.kubernetes.io/${c.name}`],
          podSc.seccompProfile,
          ann['seccomp.security.alpha.kubernetes.io/pod'],
        ]);
        const apparmor = confined([sc.appArmorProfile, ann[`container.apparmor.security.beta.kubernetes.io/${c.name}`], podSc.appArmorProfile]);
        const selinux = seLinuxSet(sc.seLinuxOptions) ?? seLinuxSet(podSc.seLinuxOptions) ?? false;
        // a drop list is undone by adding ALL back
        const adds = Array.isArray(caps.add) ? caps.add.map(capName) : [];
        const drops = Array.isArray(caps.drop) && caps.drop.length > 0 && !adds.includes('ALL');
        if (!(seccomp || apparmor || selinux || drops)) hits.push({ path: c.path, container: c.name, fixBase: c.path });
      }
      return hits;
    };
  },
};
