import type { FieldPath } from '../../core/model';
import { isRecord, podView, POD_KINDS } from '../pod-spec';
import type { Hit, Template } from '../template';

/**
 * An object should carry at least one of a set of labels, and so should the pods it creates,
 * since tooling (cost reports, policies, dashboards) selects pods by their own labels.
 */
export const labels: Template = {
  name: 'labels',
  description: 'Flags workloads (and their pod templates) that carry none of the given labels.',
  kinds: POD_KINDS,
  placeholders: ['labels', 'where'],
  params: {
    anyOf: { type: 'string[]', required: true, description: 'Label keys; at least one must be present.' },
    podTemplate: { type: 'boolean', default: true, description: 'Also require one on the pod template of workload kinds.' },
  },
  compile(p) {
    const keys = p.anyOf as string[];
    const podTemplate = p.podTemplate === true;
    const wanted = keys.join(', ');
    return (obj) => {
      if (keys.length === 0) return { skipped: 'no label keys are configured' };
      const hits: Hit[] = [];
      const check = (meta: unknown, metaPath: FieldPath, where: string): void => {
        const ls = isRecord(meta) && isRecord(meta.labels) ? meta.labels : {};
        if (!keys.some((k) => k in ls)) hits.push({ path: [...metaPath, 'labels'], data: { labels: wanted, where }, fixBase: metaPath });
      };
      check(obj.raw?.metadata, ['metadata'], 'the object');
      const pod = podTemplate && obj.kind !== 'Pod' ? podView(obj) : undefined;
      if (pod) check(pod.meta, pod.metaPath, 'its pod template');
      return hits;
    };
  },
};
