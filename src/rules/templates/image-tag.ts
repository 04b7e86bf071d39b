import { containersOf, podView, POD_KINDS } from '../pod-spec';
import { hasPinningDigest, imageMatchesPrefix, parseImageRef } from '../image-ref';
import type { Hit, Template } from '../template';

/** Images must be pinned: no missing tag, no floating tag, optionally a digest. */
export const imageTag: Template = {
  name: 'image-tag',
  description: 'Flags container images with no tag or a floating tag (and, optionally, without a digest).',
  kinds: POD_KINDS,
  placeholders: ['image', 'problem'],
  params: {
    floatingTags: { type: 'string[]', default: ['latest'], description: 'Tags that do not pin a version.' },
    requireDigest: {
      type: 'boolean',
      default: false,
      description: 'Require a digest on every image: `@sha256:` with 64, `@sha512:` with 128 or `@blake3:` with 64 lower-case hex digits.',
    },
    exemptRepositories: {
      type: 'string[]',
      default: [],
      description: 'Registries or repository prefixes exempt from this rule, matched on path boundaries (`ghcr.io/acme` covers `ghcr.io/acme/app`, not `ghcr.io/acme-evil/app`).',
    },
  },
  compile(p) {
    const floating = new Set((p.floatingTags as string[]).map((t) => t.toLowerCase()));
    const requireDigest = p.requireDigest === true;
    const exempt = (p.exemptRepositories as string[]).filter((e) => e.trim() !== '');
    return (obj) => {
      const pod = podView(obj);
      if (!pod) return undefined;
      const hits: Hit[] = [];
      for (const c of containersOf(pod)) {
        const image = c.container.image;
        if (typeof image !== 'string' || image === '') continue;
        if (exempt.some((e) => imageMatchesPrefix(image, e))) continue;
        const ref = parseImageRef(image);
        if (hasPinningDigest(ref)) continue;
        // a digest of the wrong length, case or algorithm pins nothing (the runtime rejects it)
        const badDigest = ref.digest !== undefined ? `has the digest "${ref.digest}", which pins nothing (not a full lower-case sha256, sha512 or blake3 digest)` : undefined;
        let problem: string | undefined;
        if (requireDigest) problem = badDigest ?? 'is not pinned to a digest';
        else if (!ref.tag) problem = badDigest ? `${badDigest} and no tag` : 'has no tag, so it means :latest';
        else if (floating.has(ref.tag.toLowerCase())) problem = `uses the floating tag "${ref.tag}"${badDigest ? ` and ${badDigest.replace(/^has /, '')}` : ''}`;
        if (problem) hits.push({ path: [...c.path, 'image'], container: c.name, data: { image, problem }, fixBase: c.path });
      }
      return hits;
    };
  },
};
