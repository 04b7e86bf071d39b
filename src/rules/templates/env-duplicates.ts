import { containersOf, isRecord, podView, POD_KINDS } from '../pod-spec';
import type { Hit, Template } from '../template';

/**
 * A container's env list must not name a variable twice: the last entry silently wins, so the
 * value a reader sees first is not the one the process gets (and `kubectl apply` merges by name).
 */
export const envDuplicates: Template = {
  name: 'env-duplicates',
  description: 'Flags environment variables defined more than once in the same container.',
  kinds: POD_KINDS,
  placeholders: ['variable'],
  params: {},
  compile() {
    return (obj) => {
      const pod = podView(obj);
      if (!pod) return undefined;
      const hits: Hit[] = [];
      for (const c of containersOf(pod)) {
        const env = c.container.env;
        if (!Array.isArray(env)) continue;
        const seen = new Set<string>();
        env.forEach((e, i) => {
          if (!isRecord(e) || typeof e.name !== 'string') return;
          if (seen.has(e.name)) hits.push({ path: [...c.path, 'env', i, 'name'], container: c.name, data: { variable: e.name }, fixBase: [...c.path, 'env', i] });
          seen.add(e.name);
        });
      }
      return hits;
    };
  },
};
