import type { FieldPath, KubeObject } from '../core/model';
import type { ObjectIndex } from './object-index';
import type { PodView } from './pod-spec';

/** The service account a pod runs as, and where the pod names it (undefined: the `default` account, implicitly). */
export function serviceAccountOf(pod: PodView): { name: string; path?: FieldPath } {
  for (const key of ['serviceAccountName', 'serviceAccount'] as const) {
    const v = pod.spec[key];
    if (typeof v === 'string' && v) return { name: v, path: [...pod.path, key] };
  }
  return { name: 'default' };
}

/**
 * Whether the pod gets its service account's API token mounted, as the API server decides it:
 * the pod's automountServiceAccountToken wins; unset, the ServiceAccount's decides; both unset
 * (or the account not in scope) means mounted.
 */
export function tokenMounted(pod: PodView, sa: KubeObject | undefined): boolean {
  const own = pod.spec.automountServiceAccountToken;
  if (own === true || own === false) return own;
  return sa?.raw?.automountServiceAccountToken !== false;
}

export function findServiceAccount(index: ObjectIndex, name: string, namespace: string | undefined): KubeObject | undefined {
  return index.find('ServiceAccount', name, namespace);
}
