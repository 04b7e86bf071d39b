import { hasPinningDigest, parseImageRef } from '../image-ref';
import { containersOf, podView, POD_KINDS } from '../pod-spec';
import type { Hit, Template } from '../template';

/**
 * An image on a floating tag must be pulled every time, or nodes run whatever they cached.
 * Unset is fine: for `:latest` or no tag the API server defaults imagePullPolicy to Always.
 */
export const imagePullPolicy: Template = {
  name: 'image-pull-policy',
  description: 'Flags containers on a floating tag whose imagePullPolicy is set to something other than Always.',
  kinds: POD_KINDS,
  placeholders: ['image', 'policy'],
  params: {
    floatingTags: { type: 'string[]', default: ['latest'], description: 'Tags that name a moving target, besides a missing tag.' },
  },
  compile(p) {
    const floating = new Set((p.floatingTags as string[]).map((t) => t.toLowerCase()));
    return (obj) => {
      const pod = podView(obj);
      if (!pod) return undefined;
      const hits: Hit[] = [];
      for (const c of containersOf(pod)) {
        const image = c.container.image;
        const policy = c.container.imagePullPolicy;
        if (typeof image !== 'string' || policy === undefined || policy === null || policy === 'Always') continue;
        const ref = parseImageRef(image);
        if (hasPinningDigest(ref) || (ref.tag && !floating.has(ref.tag.toLowerCase()))) continue;
        hits.push({ path: [...c.path, 'imagePullPolicy'], container: c.name, data: { image, policy: String(policy) }, fixBase: c.path });
      }
      return hits;
    };
  },
};
