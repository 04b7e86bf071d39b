import type { FieldPath, KubeObject } from '../../core/model';
import { isRecord } from '../pod-spec';
import { notInScope, objectsIn } from '../references';
import type { Hit, Template } from '../template';

interface BackendRef {
  service: string;
  port?: number | string;
  /** Paths of the service name and port fields. */
  namePath: FieldPath;
  portPath: FieldPath;
}

/** networking.k8s.io/v1 `service: {name, port: {number|name}}`, or v1beta1 `serviceName`/`servicePort`. */
function backendAt(b: unknown, at: FieldPath): BackendRef | undefined {
  if (!isRecord(b)) return undefined;
  if (isRecord(b.service) && typeof b.service.name === 'string') {
    const port = isRecord(b.service.port) ? (b.service.port.number ?? b.service.port.name) : undefined;
    const portKey = isRecord(b.service.port) ? (b.service.port.number !== undefined ? 'number' : 'name') : 'number';
    return { service: b.service.name, port, namePath: [...at, 'service', 'name'], portPath: [...at, 'service', 'port', portKey] };
  }
  if (typeof b.serviceName === 'string') return { service: b.serviceName, port: b.servicePort, namePath: [...at, 'serviceName'], portPath: [...at, 'servicePort'] };
  return undefined;
}

function backendsOf(ing: KubeObject): BackendRef[] {
  const spec = ing.raw?.spec;
  if (!isRecord(spec)) return [];
  const out: BackendRef[] = [];
  for (const key of ['defaultBackend', 'backend']) {
    const b = backendAt(spec[key], ['spec', key]);
    if (b) out.push(b);
  }
  if (Array.isArray(spec.rules)) {
    spec.rules.forEach((r: unknown, i: number) => {
      if (!isRecord(r) || !isRecord(r.http) || !Array.isArray(r.http.paths)) return;
      r.http.paths.forEach((p: unknown, j: number) => {
        const b = isRecord(p) ? backendAt(p.backend, ['spec', 'rules', i, 'http', 'paths', j, 'backend']) : undefined;
        if (b) out.push(b);
      });
    });
  }
  return out;
}

export function servicePortExists(svc: KubeObject, port: number | string): boolean {
  const ports = svc.raw?.spec?.ports;
  if (!Array.isArray(ports)) return false;
  return ports.some((p: unknown) => isRecord(p) && (typeof port === 'number' || /^\d+$/.test(port) ? Number(p.port) === Number(port) : p.name === port));
}

/** An Ingress path that points at a missing Service, or a port the Service does not expose, serves 503s. */
export const ingressBackendExists: Template = {
  name: 'ingress-backend-exists',
  description: "Flags Ingress backends naming a Service, or a Service port, that is not in the Ingress's namespace (judged only when Services of that namespace are in scope).",
  kinds: ['Ingress'],
  placeholders: ['service', 'reason'],
  params: {},
  compile() {
    return (obj, ctx) => {
      const backends = backendsOf(obj);
      if (backends.length === 0) return undefined;
      const ns = obj.namespace ?? 'default';
      const services = objectsIn(ctx.index, ['Service'], ns);
      if (services.length === 0) return notInScope('Service', ns);
      const hits: Hit[] = [];
      for (const b of backends) {
        const svc = ctx.index.find('Service', b.service, ns);
        if (!svc) hits.push({ path: b.namePath, data: { service: b.service, reason: `no Service named ${b.service} in namespace ${ns}` } });
        else if (b.port !== undefined && !servicePortExists(svc, b.port)) hits.push({ path: b.portPath, data: { service: b.service, reason: `Service ${b.service} has no port ${String(b.port)}` } });
      }
      return hits;
    };
  },
};
