import { parseImageRef } from '../image-ref';
import { containersOf, podView, POD_KINDS } from '../pod-spec';
import type { Hit, Template } from '../template';
import { TemplateParamError } from '../template';
import { inRange, parseRange, versionFromTag, type VersionRange } from '../version-range';

/**
 * Known-vulnerable or end-of-life releases of a named component, recognised by image repository
 * and tag version. Tags without a readable version (`latest`, digests only) are not judged.
 */
export const imageVersion: Template = {
  name: 'image-version',
  description: 'Flags images of given repositories whose tag version falls in an affected range (or any version, for end-of-life software).',
  kinds: POD_KINDS,
  placeholders: ['image', 'version', 'advisory'],
  params: {
    repositories: {
      type: 'string[]',
      required: true,
      description: 'Repository paths, matched registry-agnostically on whole path segments: `argoproj/argocd` matches `quay.io/argoproj/argocd`.',
    },
    affected: {
      type: 'string[]',
      default: [],
      description: 'Affected ranges, each a space-separated list of comparators (`>=2.2.0 <2.2.4`). Empty: every release is affected.',
    },
    advisory: { type: 'string', required: true, description: 'What the finding is about, for the message (a CVE id, "end of life").' },
  },
  compile(p) {
    const repos = (p.repositories as string[]).map((r) => r.replace(/^\/+|\/+$/g, ''));
    let ranges: VersionRange[];
    try {
      ranges = (p.affected as string[]).map(parseRange);
    } catch (err) {
      throw new TemplateParamError(`affected: ${(err as Error).message}`);
    }
    const advisory = p.advisory as string;
    return (obj) => {
      const pod = podView(obj);
      if (!pod) return undefined;
      const hits: Hit[] = [];
      for (const c of containersOf(pod)) {
        const image = c.container.image;
        if (typeof image !== 'string') continue;
        const ref = parseImageRef(image);
        const full = `${ref.registry}/${ref.repository}`;
        if (!repos.some((r) => full === r || full.endsWith(`/${r}`))) continue;
        let version = ref.tag ?? 'untagged';
        if (ranges.length > 0) {
          const v = versionFromTag(ref.tag);
          if (!v || !ranges.some((r) => inRange(v, r))) continue;
          version = v.join('.');
        }
        hits.push({ path: [...c.path, 'image'], container: c.name, data: { image, version, advisory }, fixBase: c.path });
      }
      return hits;
    };
  },
};
