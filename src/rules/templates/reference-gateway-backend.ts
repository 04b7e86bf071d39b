import { isRecord } from '../pod-spec';
import { objectsIn } from '../references';
import type { Hit, Template } from '../template';
import { servicePortExists } from './reference-ingress-backend';

/**
 * Gateway API routes (HTTPRoute, GRPCRoute, TLSRoute, TCPRoute, UDPRoute) whose backendRefs name
 * a missing Service answer with errors for that share of the traffic. Only core Service
 * references are judged; other backend kinds belong to their implementations.
 */
export const gatewayBackendExists: Template = {
  name: 'gateway-backend-exists',
  description: 'Flags route backendRefs naming a Service, or a Service port, that is not in scope (judged only when Services of the target namespace are in scope).',
  kinds: ['HTTPRoute', 'GRPCRoute', 'TLSRoute', 'TCPRoute', 'UDPRoute'],
  placeholders: ['service', 'reason'],
  params: {},
  compile() {
    return (obj, ctx) => {
      const rules = obj.raw?.spec?.rules;
      if (!Array.isArray(rules)) return undefined;
      const routeNs = obj.namespace ?? 'default';
      const hits: Hit[] = [];
      const unjudged = new Set<string>();
      let refs = 0;
      rules.forEach((r: unknown, i: number) => {
        if (!isRecord(r) || !Array.isArray(r.backendRefs)) return;
        r.backendRefs.forEach((b: unknown, j: number) => {
          if (!isRecord(b) || typeof b.name !== 'string') return;
          if ((b.group ?? '') !== '' || (b.kind ?? 'Service') !== 'Service') return;
          refs++;
          const ns = typeof b.namespace === 'string' && b.namespace ? b.namespace : routeNs;
          const services = objectsIn(ctx.index, ['Service'], ns);
          if (services.length === 0) {
            unjudged.add(ns);
            return;
          }
          const at = ['spec', 'rules', i, 'backendRefs', j];
          const svc = ctx.index.find('Service', b.name, ns);
          if (!svc) hits.push({ path: [...at, 'name'], data: { service: `${ns}/${b.name}`, reason: `no Service named ${b.name} in namespace ${ns}` } });
          else if ((typeof b.port === 'number' || typeof b.port === 'string') && !servicePortExists(svc, b.port)) {
            hits.push({ path: [...at, 'port'], data: { service: `${ns}/${b.name}`, reason: `Service ${b.name} has no port ${String(b.port)}` } });
          }
        });
      });
      if (refs === 0) return undefined;
      if (hits.length === 0 && unjudged.size > 0) return { skipped: `no Service in namespace ${[...unjudged].join(', ')} in scope` };
      return hits;
    };
  },
};
