import { compileMapSelector, selectorAnchor } from '../label-selector';
import { isRecord } from '../pod-spec';
import { notInScope, selectsAWorkload, workloadsIn } from '../references';
import type { Template } from '../template';

/** A Service whose selector matches no pod routes traffic nowhere: usually a typo or a leftover. */
export const serviceSelectsWorkload: Template = {
  name: 'service-selects-workload',
  description: "Flags Services whose selector matches the pods of no workload in the Service's namespace (judged only when workloads of that namespace are in scope).",
  kinds: ['Service'],
  placeholders: ['selector'],
  params: {},
  compile() {
    return (obj, ctx) => {
      const spec = obj.raw?.spec;
      // ExternalName Services and selector-less Services (manual Endpoints) select no pods on purpose
      if (!isRecord(spec) || spec.type === 'ExternalName' || !isRecord(spec.selector) || Object.keys(spec.selector).length === 0) return undefined;
      const ns = obj.namespace ?? 'default';
      const workloads = workloadsIn(ctx.index, ns);
      if (workloads.length === 0) return notInScope('workload', ns);
      if (selectsAWorkload(ctx.index, ns, selectorAnchor({ matchLabels: spec.selector }), compileMapSelector(spec.selector)!)) return [];
      const selector = Object.entries(spec.selector).map(([k, v]) => `${k}=${String(v)}`).join(',');
      return [{ path: ['spec', 'selector'], data: { selector } }];
    };
  },
};
