import { envEntriesOf, podView, POD_KINDS, type ContainerView } from '../pod-spec';
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
      const seen = new Map<ContainerView, Set<string>>();
      for (const { container: c, entry: e, path } of envEntriesOf(pod)) {
        if (typeof e.name !== 'string') continue;
        let names = seen.get(c);
        if (!names) seen.set(c, (names = new Set()));
        if (names.has(e.name)) hits.push({ path: [...path, 'name'], container: c.name, data: { variable: e.name }, fixBase: path });
        names.add(e.name);
      }
      return hits;
    };
  },
};
