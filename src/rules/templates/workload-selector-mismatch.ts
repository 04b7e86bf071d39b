import { compileLabelSelector, compileMapSelector, labelsOf } from '../label-selector';
import type { FieldPath } from '../../core/model';
import { get, isRecord, podView } from '../pod-spec';
import type { Template } from '../template';

/**
 * A controller whose selector does not match its own pod template cannot count the pods it
 * creates: the API server rejects it for apps/v1, and older or hand-rolled objects keep creating
 * pods forever. Only the object itself is needed. A Job's selector is its own only with
 * `manualSelector: true` (otherwise the API server generates it from the Job's uid); a CronJob
 * copies `jobTemplate.spec.selector` into every Job it creates.
 */
export const workloadSelectorMismatch: Template = {
  name: 'workload-selector-mismatch',
  description: "Flags controllers whose spec.selector does not match their pod template's labels.",
  kinds: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob'],
  placeholders: [],
  params: {},
  compile() {
    return (obj) => {
      const pod = podView(obj);
      const at = selectorPath(obj.kind);
      const owner = get(obj.raw, at.slice(0, -1));
      const raw = get(obj.raw, at);
      // a missing selector defaults to the template labels (ReplicationController), is generated
      // (Job, CronJob) or is a schema error
      if (!pod || !isRecord(owner) || !isRecord(raw)) return undefined;
      if (obj.kind === 'Job' && owner.manualSelector !== true) return undefined;
      const selector = obj.kind === 'ReplicationController' ? compileMapSelector(raw) : compileLabelSelector(raw);
      if (!selector || selector(labelsOf(pod.meta))) return [];
      return [{ path: at }];
    };
  },
};

function selectorPath(kind: string): FieldPath {
  return kind === 'CronJob' ? ['spec', 'jobTemplate', 'spec', 'selector'] : ['spec', 'selector'];
}
