import { containersOf, envEntriesOf, isRecord, podView, POD_KINDS } from '../pod-spec';
import type { Hit, Template } from '../template';

/**
 * Secrets handed to a container as environment variables (`valueFrom.secretKeyRef`,
 * `envFrom.secretRef`) leak more easily than mounted files: into crash dumps, child processes,
 * `/proc/<pid>/environ` and logs of debugging tools.
 */
export const envSecretRefs: Template = {
  name: 'env-secret-refs',
  description: 'Flags environment variables and envFrom sources that read a Secret.',
  kinds: POD_KINDS,
  placeholders: ['secret', 'source'],
  params: {},
  compile() {
    return (obj) => {
      const pod = podView(obj);
      if (!pod) return undefined;
      const hits: Hit[] = [];
      for (const { container: c, entry: e, path } of envEntriesOf(pod)) {
        const ref = isRecord(e.valueFrom) && isRecord(e.valueFrom.secretKeyRef) ? e.valueFrom.secretKeyRef : undefined;
        if (ref) hits.push({ path: [...path, 'valueFrom', 'secretKeyRef'], container: c.name, data: { secret: String(ref.name ?? ''), source: `variable ${String(e.name)}` }, fixBase: path });
      }
      for (const c of containersOf(pod)) {
        const envFrom = c.container.envFrom;
        if (Array.isArray(envFrom)) {
          envFrom.forEach((e, i) => {
            if (isRecord(e) && isRecord(e.secretRef)) {
              hits.push({ path: [...c.path, 'envFrom', i, 'secretRef'], container: c.name, data: { secret: String(e.secretRef.name ?? ''), source: 'envFrom' }, fixBase: [...c.path, 'envFrom', i] });
            }
          });
        }
      }
      return hits;
    };
  },
};
