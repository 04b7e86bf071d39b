import { CONTAINER_LISTS, containersOf, isRecord, podView, POD_KINDS } from '../pod-spec';
import type { Hit, Template } from '../template';

function norm(cap: unknown): string {
  // Kubernetes accepts both `SYS_ADMIN` and `CAP_SYS_ADMIN`; compare without the prefix
  return String(cap).toUpperCase().replace(/^CAP_/, '');
}

/** Added capabilities checked against a deny-list or an allow-list; required drops. */
export const capabilities: Template = {
  name: 'capabilities',
  description: 'Checks `securityContext.capabilities` of every container: forbidden or unlisted additions, and required drops.',
  kinds: POD_KINDS,
  placeholders: ['capability', 'required'],
  params: {
    forbidden: { type: 'string[]', description: 'Capabilities that must not be added.' },
    allowedAdd: { type: 'string[]', description: 'When set, any added capability outside this list is a finding.' },
    exempt: { type: 'string[]', default: [], description: 'Capabilities never reported as added (user allow-list).' },
    requireDrop: { type: 'string[]', description: 'Capabilities that must appear in `drop` (`ALL` for PSS restricted).' },
    lists: { type: 'string[]', enum: CONTAINER_LISTS, default: [...CONTAINER_LISTS], description: 'Container lists to check.' },
  },
  linuxOnly: () => true,
  compile(p) {
    const forbidden = Array.isArray(p.forbidden) ? new Set((p.forbidden as string[]).map(norm)) : undefined;
    const allowed = Array.isArray(p.allowedAdd) ? new Set((p.allowedAdd as string[]).map(norm)) : undefined;
    const exempt = new Set((p.exempt as string[]).map(norm));
    const requireDrop = Array.isArray(p.requireDrop) ? (p.requireDrop as string[]).map(norm) : undefined;
    const lists = p.lists as typeof CONTAINER_LISTS;
    return (obj) => {
      const pod = podView(obj);
      if (!pod) return undefined;
      const hits: Hit[] = [];
      for (const c of containersOf(pod, lists)) {
        const sc = isRecord(c.container.securityContext) ? c.container.securityContext : undefined;
        const caps = sc && isRecord(sc.capabilities) ? sc.capabilities : undefined;
        const add = caps && Array.isArray(caps.add) ? caps.add : [];
        add.forEach((cap: unknown, i: number) => {
          const n = norm(cap);
          if (exempt.has(n)) return;
          const bad = (forbidden !== undefined && forbidden.has(n)) || (allowed !== undefined && !allowed.has(n));
          if (bad) {
            hits.push({
              path: [...c.path, 'securityContext', 'capabilities', 'add', i],
              container: c.name,
              data: { capability: String(cap) },
              fixBase: c.path,
            });
          }
        });
        if (requireDrop) {
          const drop = caps && Array.isArray(caps.drop) ? new Set(caps.drop.map(norm)) : new Set<string>();
          const missing = requireDrop.filter((d) => !drop.has(d));
          if (missing.length > 0) {
            const at = caps && caps.drop !== undefined ? ['securityContext', 'capabilities', 'drop'] : ['securityContext', 'capabilities'];
            hits.push({ path: [...c.path, ...at], container: c.name, data: { required: missing.join(', ') }, fixBase: c.path });
          }
        }
      }
      return hits;
    };
  },
};
