import { CREDENTIAL_PARAMS } from '../credential-match';
import { containersOf, envEntriesOf, isRecord, podView, POD_KINDS } from '../pod-spec';
import type { Hit, Template } from '../template';
import { compileEnvCredentialCheck } from './env-secrets';

/**
 * Workloads whose containers receive credentials through their environment at all: literal
 * values that look like credentials, `valueFrom.secretKeyRef` and `envFrom.secretRef`. This is
 * an attack-surface inventory (which workloads an attacker would go after for credentials), not
 * a misconfiguration: reading a Secret is the remedy for a literal, yet still puts the workload
 * on the list.
 */
export const envCredentialSources: Template = {
  name: 'env-credential-sources',
  description: 'Flags every way a container gets credentials through its environment: literal credentials, Secret keys (valueFrom.secretKeyRef) and whole Secrets (envFrom.secretRef).',
  kinds: POD_KINDS,
  placeholders: ['source'],
  params: CREDENTIAL_PARAMS,
  compile(p) {
    const literal = compileEnvCredentialCheck(p);
    return (obj) => {
      const pod = podView(obj);
      if (!pod) return undefined;
      const hits: Hit[] = [];
      for (const { container: c, entry: e, path } of envEntriesOf(pod)) {
        const name = String(e.name ?? `env[${path[path.length - 1]}]`);
        const ref = isRecord(e.valueFrom) && isRecord(e.valueFrom.secretKeyRef) ? e.valueFrom.secretKeyRef : undefined;
        if (ref) {
          hits.push({ path: [...path, 'valueFrom', 'secretKeyRef'], container: c.name, data: { source: `variable ${name} reads key "${String(ref.key ?? '')}" of Secret "${String(ref.name ?? '')}"` }, fixBase: path });
          continue;
        }
        const reason = literal(e);
        if (reason) {
          const why = reason.startsWith('its value') ? 'its value matches a credential pattern' : 'its name suggests a credential';
          hits.push({ path: [...path, 'value'], container: c.name, data: { source: `variable ${name} holds a literal credential (${why})` }, fixBase: path });
        }
      }
      for (const c of containersOf(pod)) {
        const envFrom = c.container.envFrom;
        if (!Array.isArray(envFrom)) continue;
        envFrom.forEach((e, i) => {
          if (isRecord(e) && isRecord(e.secretRef)) {
            hits.push({ path: [...c.path, 'envFrom', i, 'secretRef'], container: c.name, data: { source: `envFrom reads every key of Secret "${String(e.secretRef.name ?? '')}"` }, fixBase: [...c.path, 'envFrom', i] });
          }
        });
      }
      return hits;
    };
  },
};
