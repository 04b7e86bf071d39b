import { containersOf, isRecord, podView, POD_KINDS } from '../pod-spec';
import type { Hit, Template } from '../template';

/** Containers must not bind host ports (PSS baseline "Host Ports"), except listed ones. */
export const hostPorts: Template = {
  name: 'host-ports',
  description: 'Flags container ports that set a non-zero hostPort outside an allow-list.',
  kinds: POD_KINDS,
  placeholders: ['port'],
  params: {
    allowed: { type: 'any', default: [], description: 'Host port numbers that are accepted (a list of numbers).' },
  },
  compile(p) {
    const allowed = new Set((Array.isArray(p.allowed) ? p.allowed : []).map(Number));
    return (obj) => {
      const pod = podView(obj);
      if (!pod) return undefined;
      const hits: Hit[] = [];
      for (const c of containersOf(pod)) {
        const ports = c.container.ports;
        if (!Array.isArray(ports)) continue;
        ports.forEach((port, i) => {
          if (!isRecord(port)) return;
          const hp = Number(port.hostPort);
          if (port.hostPort !== undefined && port.hostPort !== null && hp !== 0 && !allowed.has(hp)) {
            hits.push({ path: [...c.path, 'ports', i, 'hostPort'], container: c.name, data: { port: String(port.hostPort) }, fixBase: [...c.path, 'ports', i] });
          }
        });
      }
      return hits;
    };
  },
};
