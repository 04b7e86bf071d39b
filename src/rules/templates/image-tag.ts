import { containersOf, podView, POD_KINDS } from '../pod-spec';
import { parseImageRef } from '../image-ref';
import type { Hit, Template } from '../template';

/** Images must be pinned: no missing tag, no floating tag, optionally a digest. */
export const imageTag: Template = {
  name: 'image-tag',
  description: 'Flags container images with no tag or a floating tag (and, optionally, without a digest).',
  kinds: POD_KINDS,
  placeholders: ['image', 'problem'],
  params: {
    floatingTags: { type: 'string[]', default: ['latest'], description: 'Tags that do not pin a version.' },
    requireDigest: { type: 'boolean', default: false, description: 'Require an `@sha256:` digest on every image.' },
    exemptRepositories: { type: 'string[]', default: [], description: 'Image prefixes exempt from this rule.' },
  },
  compile(p) {
    const floating = new Set((p.floatingTags as string[]).map((t) => t.toLowerCase()));
    const requireDigest = p.requireDigest === true;
    const exempt = p.exemptRepositories as string[];
    return (obj) => {
      const pod = podView(obj);
      if (!pod) return undefined;
      const hits: Hit[] = [];
      for (const c of containersOf(pod)) {
        const image = c.container.image;
        if (typeof image !== 'string' || image === '') continue;
        if (exempt.some((e) => image.startsWith(e))) continue;
        const ref = parseImageRef(image);
        let problem: string | undefined;
        if (requireDigest) {
          if (!ref.digest) problem = 'is not pinned to a digest';
        } else if (!ref.digest) {
          if (!ref.tag) problem = 'has no tag, so it means :latest';
          else if (floating.has(ref.tag.toLowerCase())) problem = `uses the floating tag "${ref.tag}"`;
        }
        if (problem) hits.push({ path: [...c.path, 'image'], container: c.name, data: { image, problem }, fixBase: c.path });
      }
      return hits;
    };
  },
};
