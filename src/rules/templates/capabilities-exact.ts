import { CONTAINER_LISTS, containersOf, get, podView, POD_KINDS, type ContainerList } from '../pod-spec';
import type { Hit, Template } from '../template';
import { compileExemption, UNLESS_PARAM } from './pod-exemption';

/**
 * Capability lists compared exactly, as Pod Security Admission compares them: `ALL` and
 * `NET_BIND_SERVICE` are case-sensitive and take no `CAP_` prefix, so `drop: [all]` or
 * `add: [CAP_CHOWN]` fail admission even where a container runtime would accept them.
 * (The `capabilities` template normalises names instead, to judge what the runtime grants.)
 */
export const capabilitiesExact: Template = {
  name: 'capabilities-exact',
  description: 'Checks `securityContext.capabilities` of every container with exact names: additions outside an allow-list, and required drops.',
  kinds: POD_KINDS,
  placeholders: ['capability', 'required', 'problem'],
  params: {
    allowedAdd: { type: 'string[]', required: true, description: 'The only capabilities `add` may list (an empty list forbids every addition).' },
    requireDrop: { type: 'string[]', default: [], description: 'Capabilities `drop` must list, e.g. `ALL`.' },
    lists: { type: 'string[]', enum: CONTAINER_LISTS, default: [...CONTAINER_LISTS], description: 'Container lists to check.' },
    unless: UNLESS_PARAM,
  },
  compile(p) {
    const allowed = new Set(p.allowedAdd as string[]);
    const requireDrop = p.requireDrop as string[];
    const lists = p.lists as ContainerList[];
    const exempt = compileExemption(p.unless);
    return (obj) => {
      const pod = podView(obj);
      if (!pod) return undefined;
      if (exempt(pod)) return undefined;
      const hits: Hit[] = [];
      for (const c of containersOf(pod, lists)) {
        const add = get(c.container, ['securityContext', 'capabilities', 'add']);
        if (Array.isArray(add)) {
          add.forEach((cap: unknown, i: number) => {
            if (typeof cap === 'string' && allowed.has(cap)) return;
            hits.push({ path: [...c.path, 'securityContext', 'capabilities', 'add', i], container: c.name, data: { capability: String(cap), required: '', problem: `adds capability ${String(cap)}` }, fixBase: c.path });
          });
        }
        if (requireDrop.length > 0) {
          const drop = get(c.container, ['securityContext', 'capabilities', 'drop']);
          const dropped = new Set(Array.isArray(drop) ? drop : []);
          const missing = requireDrop.filter((d) => !dropped.has(d));
          if (missing.length > 0) {
            hits.push({ path: [...c.path, 'securityContext', 'capabilities', 'drop'], container: c.name, data: { capability: '', required: missing.join(', '), problem: `does not drop ${missing.join(', ')}` }, fixBase: c.path });
          }
        }
      }
      return hits;
    };
  },
};
