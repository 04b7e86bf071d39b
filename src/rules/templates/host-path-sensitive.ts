import { isRecord, podView, POD_KINDS } from '../pod-spec';
import type { Hit, Template } from '../template';

function segments(p: string): string[] {
  return p.split('/').filter((s) => s !== '' && s !== '.');
}

/** `*` in a pattern matches one path segment. */
function segMatch(pattern: string, seg: string): boolean {
  return pattern === '*' || pattern === seg;
}

/**
 * How a mounted host path relates to a sensitive location: the location itself, something
 * inside it, or (with `matchParents`) a directory that contains it, since mounting `/etc` exposes
 * `/etc/kubernetes/azure.json` as surely as mounting the file.
 */
function relation(hostPath: string[], pattern: string[], matchParents: boolean): boolean {
  const n = Math.min(hostPath.length, pattern.length);
  for (let i = 0; i < n; i++) if (!segMatch(pattern[i], hostPath[i])) return false;
  return hostPath.length >= pattern.length || matchParents;
}

export const hostPathSensitive: Template = {
  name: 'host-path-sensitive',
  description: 'Flags hostPath volumes that expose a sensitive host location (a runtime socket, cloud credentials), or a directory containing it.',
  kinds: POD_KINDS,
  placeholders: ['volume', 'hostPath', 'location'],
  params: {
    paths: { type: 'string[]', required: true, description: 'Sensitive host paths; `*` matches one path segment (`/home/*/.aws`).' },
    matchParents: { type: 'boolean', default: true, description: 'Also flag a hostPath that is a parent directory of a sensitive path.' },
  },
  compile(p) {
    const patterns = (p.paths as string[]).map((s) => ({ text: s, segs: segments(s) }));
    const matchParents = p.matchParents === true;
    return (obj) => {
      const pod = podView(obj);
      if (!pod) return undefined;
      const vols = pod.spec.volumes;
      if (!Array.isArray(vols)) return [];
      const hits: Hit[] = [];
      vols.forEach((v, i) => {
        if (!isRecord(v) || !isRecord(v.hostPath) || typeof v.hostPath.path !== 'string') return;
        const hp = segments(v.hostPath.path);
        const hit = patterns.find((pat) => relation(hp, pat.segs, matchParents));
        if (hit) {
          hits.push({
            path: [...pod.path, 'volumes', i, 'hostPath', 'path'],
            data: { volume: typeof v.name === 'string' ? v.name : `#${i}`, hostPath: v.hostPath.path, location: hit.text },
            fixBase: [...pod.path, 'volumes', i],
          });
        }
      });
      return hits;
    };
  },
};
