import { containersOf, isRecord, podView, POD_KINDS } from '../pod-spec';
import type { Hit, Template } from '../template';

/**
 * Ports that reveal a service which should not run in a container (SSH on 22/2222): declared
 * as a container port, or published or targeted by a Service.
 */
export const exposedPorts: Template = {
  name: 'exposed-ports',
  description: 'Flags container ports and Service ports (or target ports) that are in a list of numbers or names.',
  kinds: [...POD_KINDS, 'Service'],
  placeholders: ['port'],
  params: {
    ports: { type: 'any', required: true, description: 'Port numbers (a list of numbers).' },
    names: { type: 'string[]', default: [], description: 'Port names that mean the same service (e.g. `ssh`).' },
  },
  compile(p) {
    const numbers = new Set((Array.isArray(p.ports) ? p.ports : []).map(Number));
    const names = new Set((p.names as string[]).map((n) => n.toLowerCase()));
    const matches = (v: unknown): boolean => (typeof v === 'number' ? numbers.has(v) : typeof v === 'string' && (names.has(v.toLowerCase()) || (/^\d+$/.test(v) && numbers.has(Number(v)))));
    return (obj) => {
      const hits: Hit[] = [];
      if (obj.kind === 'Service') {
        const ports = obj.raw?.spec?.ports;
        if (!Array.isArray(ports)) return [];
        ports.forEach((port, i) => {
          if (!isRecord(port)) return;
          const field = matches(port.port) ? 'port' : matches(port.targetPort) ? 'targetPort' : matches(port.name) ? 'name' : undefined;
          if (field) hits.push({ path: ['spec', 'ports', i, field], data: { port: String(port[field]) }, fixBase: ['spec', 'ports', i] });
        });
        return hits;
      }
      const pod = podView(obj);
      if (!pod) return undefined;
      for (const c of containersOf(pod)) {
        const ports = c.container.ports;
        if (!Array.isArray(ports)) continue;
        ports.forEach((port, i) => {
          if (!isRecord(port)) return;
          const field = matches(port.containerPort) ? 'containerPort' : matches(port.name) ? 'name' : undefined;
          if (field) hits.push({ path: [...c.path, 'ports', i, field], container: c.name, data: { port: String(port[field]) }, fixBase: [...c.path, 'ports', i] });
        });
      }
      return hits;
    };
  },
};
