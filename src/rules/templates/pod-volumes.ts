import { containersOf, isRecord, podView, POD_KINDS, type PodView } from '../pod-spec';
import type { Hit, Template } from '../template';

/**
 * Volume sources a pod may not use (hostPath), or the only ones it may use (PSS restricted).
 * The attack-surface rules count only volumes some container mounts: a declared but unmounted
 * volume gives no process access to its data.
 */
export const podVolumes: Template = {
  name: 'pod-volumes',
  description: 'Flags pod volumes whose source type is forbidden, or not in an allow-list.',
  kinds: POD_KINDS,
  placeholders: ['volume', 'type'],
  params: {
    forbiddenTypes: { type: 'string[]', default: [], description: 'Volume source types that are findings, e.g. `hostPath`.' },
    allowedTypes: { type: 'string[]', description: 'When set, every volume source type outside this list is a finding.' },
    hostPathPrefixes: {
      type: 'string[]',
      description: 'With `forbiddenTypes: [hostPath]`: only hostPath volumes whose path starts with one of these are findings.',
    },
    mountedOnly: {
      type: 'boolean',
      default: false,
      description: 'Only volumes that some container, init or ephemeral container mounts (volumeMounts or volumeDevices) are findings.',
    },
  },
  compile(p) {
    const forbidden = new Set(p.forbiddenTypes as string[]);
    const allowed = Array.isArray(p.allowedTypes) ? new Set(p.allowedTypes as string[]) : undefined;
    const prefixes = p.hostPathPrefixes as string[] | undefined;
    const mountedOnly = p.mountedOnly === true;
    return (obj) => {
      const pod = podView(obj);
      if (!pod) return undefined;
      const vols = pod.spec.volumes;
      if (!Array.isArray(vols)) return [];
      const mounted = mountedOnly ? mountedVolumeNames(pod) : undefined;
      const hits: Hit[] = [];
      vols.forEach((v, i) => {
        if (!isRecord(v)) return;
        if (mounted && !(typeof v.name === 'string' && mounted.has(v.name))) return;
        const name = typeof v.name === 'string' ? v.name : `#${i}`;
        for (const type of Object.keys(v)) {
          if (type === 'name') continue;
          let bad = forbidden.has(type) || (allowed !== undefined && !allowed.has(type));
          if (bad && type === 'hostPath' && prefixes) {
            const hp = isRecord(v.hostPath) && typeof v.hostPath.path === 'string' ? v.hostPath.path : '';
            bad = prefixes.some((pre) => hp === pre || hp.startsWith(pre.endsWith('/') ? pre : pre + '/') || pre === '/');
          }
          if (bad) hits.push({ path: [...pod.path, 'volumes', i, type], data: { volume: name, type }, fixBase: [...pod.path, 'volumes', i] });
        }
      });
      return hits;
    };
  },
};

/** Names of the volumes that some container mounts as a filesystem or attaches as a block device. */
function mountedVolumeNames(pod: PodView): Set<string> {
  const names = new Set<string>();
  for (const c of containersOf(pod)) {
    for (const field of ['volumeMounts', 'volumeDevices']) {
      const list: unknown = c.container[field];
      if (!Array.isArray(list)) continue;
      for (const m of list) if (isRecord(m) && typeof m.name === 'string') names.add(m.name);
    }
  }
  return names;
}
