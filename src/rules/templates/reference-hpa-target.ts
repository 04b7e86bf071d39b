import { isRecord } from '../pod-spec';
import { notInScope, objectsIn } from '../references';
import type { Template } from '../template';

/** An autoscaler whose target does not exist scales nothing; the workload it was meant for runs unscaled. */
export const hpaTargetExists: Template = {
  name: 'hpa-target-exists',
  description: "Flags HorizontalPodAutoscalers whose scaleTargetRef names an object that is not in the autoscaler's namespace (judged only when objects of the target kind in that namespace are in scope).",
  kinds: ['HorizontalPodAutoscaler'],
  placeholders: ['target'],
  params: {},
  compile() {
    return (obj, ctx) => {
      const ref = obj.raw?.spec?.scaleTargetRef;
      if (!isRecord(ref) || typeof ref.kind !== 'string' || typeof ref.name !== 'string') return undefined;
      const ns = obj.namespace ?? 'default';
      const candidates = objectsIn(ctx.index, [ref.kind], ns);
      if (candidates.length === 0) return notInScope(ref.kind, ns);
      if (ctx.index.find(ref.kind, ref.name, ns)) return [];
      return [{ path: ['spec', 'scaleTargetRef', 'name'], data: { target: `${ref.kind} ${ref.name}` } }];
    };
  },
};
