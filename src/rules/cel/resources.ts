/**
 * Kinds and the plural resource names admission rules use for them (`resources: ["deployments"]`).
 * Covers the built-in API groups a manifest repository holds; other resources fall back to the
 * API server's default plural (lower-case kind + "s", "y" → "ies"), which is what CRDs get
 * unless they declare otherwise.
 */
const KINDS: Array<[group: string, kind: string, plural: string]> = [
  ['', 'Pod', 'pods'],
  ['', 'PodTemplate', 'podtemplates'],
  ['', 'ReplicationController', 'replicationcontrollers'],
  ['', 'Service', 'services'],
  ['', 'Endpoints', 'endpoints'],
  ['', 'ConfigMap', 'configmaps'],
  ['', 'Secret', 'secrets'],
  ['', 'ServiceAccount', 'serviceaccounts'],
  ['', 'Namespace', 'namespaces'],
  ['', 'Node', 'nodes'],
  ['', 'PersistentVolume', 'persistentvolumes'],
  ['', 'PersistentVolumeClaim', 'persistentvolumeclaims'],
  ['', 'LimitRange', 'limitranges'],
  ['', 'ResourceQuota', 'resourcequotas'],
  ['', 'Event', 'events'],
  ['apps', 'Deployment', 'deployments'],
  ['apps', 'StatefulSet', 'statefulsets'],
  ['apps', 'DaemonSet', 'daemonsets'],
  ['apps', 'ReplicaSet', 'replicasets'],
  ['apps', 'ControllerRevision', 'controllerrevisions'],
  ['batch', 'Job', 'jobs'],
  ['batch', 'CronJob', 'cronjobs'],
  ['autoscaling', 'HorizontalPodAutoscaler', 'horizontalpodautoscalers'],
  ['policy', 'PodDisruptionBudget', 'poddisruptionbudgets'],
  ['networking.k8s.io', 'Ingress', 'ingresses'],
  ['networking.k8s.io', 'IngressClass', 'ingressclasses'],
  ['networking.k8s.io', 'NetworkPolicy', 'networkpolicies'],
  ['rbac.authorization.k8s.io', 'Role', 'roles'],
  ['rbac.authorization.k8s.io', 'RoleBinding', 'rolebindings'],
  ['rbac.authorization.k8s.io', 'ClusterRole', 'clusterroles'],
  ['rbac.authorization.k8s.io', 'ClusterRoleBinding', 'clusterrolebindings'],
  ['storage.k8s.io', 'StorageClass', 'storageclasses'],
  ['scheduling.k8s.io', 'PriorityClass', 'priorityclasses'],
  ['node.k8s.io', 'RuntimeClass', 'runtimeclasses'],
  ['apiextensions.k8s.io', 'CustomResourceDefinition', 'customresourcedefinitions'],
  ['admissionregistration.k8s.io', 'ValidatingAdmissionPolicy', 'validatingadmissionpolicies'],
  ['admissionregistration.k8s.io', 'ValidatingAdmissionPolicyBinding', 'validatingadmissionpolicybindings'],
  ['admissionregistration.k8s.io', 'ValidatingWebhookConfiguration', 'validatingwebhookconfigurations'],
  ['admissionregistration.k8s.io', 'MutatingWebhookConfiguration', 'mutatingwebhookconfigurations'],
  ['gateway.networking.k8s.io', 'Gateway', 'gateways'],
  ['gateway.networking.k8s.io', 'HTTPRoute', 'httproutes'],
];

const PLURAL_BY_KIND = new Map(KINDS.map(([, kind, plural]) => [kind, plural]));
const KIND_BY_PLURAL = new Map(KINDS.map(([, kind, plural]) => [plural, kind]));

/** The API group of an `apiVersion` (`apps/v1` → `apps`, `v1` → ``). */
export function groupOf(apiVersion: string): string {
  const i = apiVersion.indexOf('/');
  return i < 0 ? '' : apiVersion.slice(0, i);
}

export function versionOf(apiVersion: string): string {
  const i = apiVersion.indexOf('/');
  return i < 0 ? apiVersion : apiVersion.slice(i + 1);
}

/** `deployments` for `Deployment`; the API server's default plural for kinds not in the table. */
export function pluralOf(kind: string): string {
  const known = PLURAL_BY_KIND.get(kind);
  if (known) return known;
  const lower = kind.toLowerCase();
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(lower)) return `${lower}es`;
  return `${lower}s`;
}

/** The kind a plural names, when the table knows it. */
export function kindOfPlural(plural: string): string | undefined {
  return KIND_BY_PLURAL.get(plural);
}

const CLUSTER_SCOPED = new Set([
  'Namespace',
  'Node',
  'PersistentVolume',
  'ClusterRole',
  'ClusterRoleBinding',
  'StorageClass',
  'PriorityClass',
  'RuntimeClass',
  'IngressClass',
  'CustomResourceDefinition',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
]);

/** Whether objects of the kind live outside namespaces (unknown kinds count as namespaced). */
export function isClusterScoped(kind: string): boolean {
  return CLUSTER_SCOPED.has(kind);
}
