import { isRecord, podView, POD_KINDS } from '../pod-spec';
import type { Hit, Template } from '../template';

/** Volume sources a pod may not use (hostPath), or the only ones it may use (PSS restricted). */
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
  },
  compile(p) {
    const forbidden = new Set(p.forbiddenTypes as string[]);
    const allowed = Array.isArray(p.allowedTypes) ? new Set(p.allowedTypes as string[]) : undefined;
    const prefixes = p.hostPathPrefixes as string[] | undefined;
    return (obj) => {
      const pod = podView(obj);
      if (!pod) return undefined;
      const vols = pod.spec.volumes;
      if (!Array.isArray(vols)) return [];
      const hits: Hit[] = [];
      vols.forEach((v, i) => {
        if (!isRecord(v)) return;
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
