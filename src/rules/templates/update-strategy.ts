import type { Template } from '../template';

/** Where each controller keeps its update strategy and which type stops every pod at once. */
const STRATEGY: Record<string, { field: string; unsafe: string }> = {
  Deployment: { field: 'strategy', unsafe: 'Recreate' },
  StatefulSet: { field: 'updateStrategy', unsafe: 'OnDelete' },
  DaemonSet: { field: 'updateStrategy', unsafe: 'OnDelete' },
};

/**
 * Controllers should roll updates out gradually: `Recreate` takes every replica down before the
 * new ones start, and `OnDelete` leaves old pods running until someone deletes them by hand.
 */
export const updateStrategy: Template = {
  name: 'update-strategy',
  description: 'Flags Deployments with the Recreate strategy and StatefulSets or DaemonSets with the OnDelete update strategy.',
  kinds: Object.keys(STRATEGY),
  placeholders: ['strategy'],
  params: {},
  compile() {
    return (obj) => {
      const s = STRATEGY[obj.kind];
      if (!s) return undefined;
      const type = obj.raw?.spec?.[s.field]?.type;
      return type === s.unsafe ? [{ path: ['spec', s.field, 'type'], data: { strategy: type }, fixBase: ['spec', s.field] }] : [];
    };
  },
};
