import { compileLabelSelector, compileMapSelector, labelsOf } from '../label-selector';
import { isRecord, podView } from '../pod-spec';
import type { Template } from '../template';

/**
 * A controller whose selector does not match its own pod template cannot count the pods it
 * creates: the API server rejects it for apps/v1, and older or hand-rolled objects keep creating
 * pods forever. Only the object itself is needed.
 */
export const workloadSelectorMismatch: Template = {
  name: 'workload-selector-mismatch',
  description: "Flags controllers whose spec.selector does not match their pod template's labels.",
  kinds: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController'],
  placeholders: [],
  params: {},
  compile() {
    return (obj) => {
      const pod = podView(obj);
      const raw = obj.raw?.spec?.selector;
      // a missing selector defaults to the template labels (ReplicationController) or is a schema error
      if (!pod || !isRecord(raw)) return undefined;
      const selector = obj.kind === 'ReplicationController' ? compileMapSelector(raw) : compileLabelSelector(raw);
      if (!selector || selector(labelsOf(pod.meta))) return [];
      return [{ path: ['spec', 'selector'] }];
    };
  },
};
