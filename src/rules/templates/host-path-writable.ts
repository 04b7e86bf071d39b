import { containersOf, isRecord, podView, POD_KINDS } from '../pod-spec';
import type { Hit, Template } from '../template';

/**
 * A hostPath volume mounted read-write lets the container change the node's files (plant
 * binaries, edit kubelet config). Each mount is judged on its own: one read-only mount does not
 * excuse another container mounting the same volume read-write.
 */
export const hostPathWritable: Template = {
  name: 'host-path-writable',
  description: 'Flags container volume mounts of hostPath volumes that are not read-only.',
  kinds: POD_KINDS,
  placeholders: ['volume', 'hostPath', 'mountPath'],
  params: {},
  compile() {
    return (obj) => {
      const pod = podView(obj);
      if (!pod) return undefined;
      const hostPaths = new Map<string, string>();
      if (Array.isArray(pod.spec.volumes)) {
        for (const v of pod.spec.volumes) {
          if (isRecord(v) && typeof v.name === 'string' && isRecord(v.hostPath)) hostPaths.set(v.name, String(v.hostPath.path ?? ''));
        }
      }
      if (hostPaths.size === 0) return [];
      const hits: Hit[] = [];
      for (const c of containersOf(pod)) {
        const mounts = c.container.volumeMounts;
        if (!Array.isArray(mounts)) continue;
        mounts.forEach((m, j) => {
          if (!isRecord(m) || typeof m.name !== 'string' || !hostPaths.has(m.name) || m.readOnly === true) return;
          const base = [...c.path, 'volumeMounts', j];
          hits.push({
            path: m.readOnly !== undefined ? [...base, 'readOnly'] : base,
            container: c.name,
            data: { volume: m.name, hostPath: hostPaths.get(m.name)!, mountPath: String(m.mountPath ?? '') },
            fixBase: base,
          });
        });
      }
      return hits;
    };
  },
};
