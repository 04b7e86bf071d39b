import { imageMatchesPrefix, parseImageRef } from '../image-ref';
import { containersOf, podView, POD_KINDS } from '../pod-spec';
import type { Hit, Template } from '../template';

/**
 * Where images come from: a deny-list (forbidden registries) or an allow-list (trusted
 * registries). An empty list means "not configured": the rule is reported as skipped with the
 * reason rather than failing every image, which is what users of Kubescape's C-0078 hit.
 */
export const imageRegistry: Template = {
  name: 'image-registry',
  description: 'Flags container images pulled from a forbidden registry, or from outside the trusted registries.',
  kinds: POD_KINDS,
  placeholders: ['image', 'registry'],
  params: {
    forbidden: { type: 'string[]', default: [], description: 'Registries (host or host/path prefixes) images must not come from.' },
    allowed: { type: 'string[]', default: [], description: 'When non-empty, registries (host or host/path prefixes) images must come from.' },
    unconfigured: {
      type: 'string',
      default: 'no registry list is configured',
      description: 'Why the rule is skipped when both lists are empty (name the setting to fill in).',
    },
  },
  compile(p) {
    const forbidden = (p.forbidden as string[]).filter((s) => s.trim() !== '');
    const allowed = (p.allowed as string[]).filter((s) => s.trim() !== '');
    const unconfigured = p.unconfigured as string;
    return (obj) => {
      const pod = podView(obj);
      if (!pod) return undefined;
      if (forbidden.length === 0 && allowed.length === 0) return { skipped: unconfigured };
      const hits: Hit[] = [];
      for (const c of containersOf(pod)) {
        const image = c.container.image;
        if (typeof image !== 'string' || image.trim() === '') continue;
        const bad = forbidden.some((f) => imageMatchesPrefix(image, f)) || (allowed.length > 0 && !allowed.some((a) => imageMatchesPrefix(image, a)));
        if (bad) hits.push({ path: [...c.path, 'image'], container: c.name, data: { image, registry: parseImageRef(image).registry }, fixBase: c.path });
      }
      return hits;
    };
  },
};
