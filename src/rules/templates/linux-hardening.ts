import { CONTAINER_LISTS, containersOf, isRecord, podView, POD_KINDS } from '../pod-spec';
import type { Hit, Template } from '../template';

/** A profile field (`seccompProfile`, `appArmorProfile`): confining, Unconfined, or not set. */
function fieldProfile(v: unknown): boolean | undefined {
  return isRecord(v) && typeof v.type === 'string' ? v.type !== 'Unconfined' : undefined;
}

/** A legacy profile annotation (`runtime/default`, `localhost/...`, `unconfined`), or not set. */
function annotationProfile(v: unknown): boolean | undefined {
  return typeof v === 'string' && v !== '' ? v.toLowerCase() !== 'unconfined' : undefined;
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
        // the most specific setting wins, as the kubelet resolves it: the container's over the
        // pod's (its Unconfined cancels the pod's RuntimeDefault), fields over legacy annotations
        const seccomp =
          fieldProfile(sc.seccompProfile) ??
          annotationProfile(ann[`container.seccomp.security.alpha.kubernetes.io/${c.name}`]) ??
          fieldProfile(podSc.seccompProfile) ??
          annotationProfile(ann['seccomp.security.alpha.kubernetes.io/pod']) ??
          false;
        const apparmor =
          fieldProfile(sc.appArmorProfile) ?? annotationProfile(ann[`container.apparmor.security.beta.kubernetes.io/${c.name}`]) ?? fieldProfile(podSc.appArmorProfile) ?? false;
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
