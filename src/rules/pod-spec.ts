import type { FieldPath, KubeObject } from '../core/model';

/* eslint-disable @typescript-eslint/no-explicit-any */

/** Where each pod-bearing kind keeps its pod spec. Every rule sees pods through this table. */
const POD_SPEC_PATHS: Record<string, FieldPath> = {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
  // agent-sandbox (agents.x-k8s.io): each sandbox is a pod built from this template
  SandboxTemplate: ['spec', 'podTemplate', 'spec'],
  // Argo Rollouts (argoproj.io) replaces Deployments in many clusters; a Rollout that points at a
  // Deployment through workloadRef has no template and is judged through that Deployment
  Rollout: ['spec', 'template', 'spec'],
};

export const POD_KINDS = Object.keys(POD_SPEC_PATHS);

/** The pod template's metadata path (annotations such as AppArmor live there). */
export function podMetaPath(kind: string): FieldPath | undefined {
  const p = POD_SPEC_PATHS[kind];
  return p ? [...p.slice(0, -1), 'metadata'] : undefined;
}

// one per kind, shared by every view (read-only, as the spec paths are)
const POD_META_PATHS: Record<string, FieldPath> = Object.fromEntries(POD_KINDS.map((k) => [k, podMetaPath(k)!]));

export interface PodView {
  spec: any;
  /** Path of the pod spec inside the object. */
  path: FieldPath;
  /** Pod (template) metadata, `{}` when absent. */
  meta: any;
  metaPath: FieldPath;
}

/**
 * A Windows pod (`spec.os.name: windows`): the API server rejects Linux-only security settings in
 * it (seccomp, SELinux, AppArmor, capabilities, readOnlyRootFilesystem, privileged,
 * allowPrivilegeEscalation, procMount, runAsUser, runAsGroup), so rules about them do not apply.
 */
export function isWindowsPod(pod: PodView): boolean {
  return isRecord(pod.spec.os) && pod.spec.os.name === 'windows';
}

/** Container fields the API server rejects in a Windows pod (core validation, validateWindows). */
const LINUX_ONLY_CONTAINER_FIELDS: readonly FieldPath[] = [
  'seLinuxOptions',
  'seccompProfile',
  'appArmorProfile',
  'capabilities',
  'readOnlyRootFilesystem',
  'privileged',
  'allowPrivilegeEscalation',
  'procMount',
  'runAsUser',
  'runAsGroup',
].map((f) => ['securityContext', f]);

/** True when a container-relative path lies inside a Linux-only field. */
export function isLinuxOnlyContainerField(path: FieldPath): boolean {
  return LINUX_ONLY_CONTAINER_FIELDS.some((f) => f.every((seg, i) => path[i] === seg));
}

export function isPodBearing(obj: Pick<KubeObject, 'kind'>): boolean {
  return POD_SPEC_PATHS[obj.kind] !== undefined;
}

/** Every rule asks for the same object's pod view: build it once per object. */
const podViews = new WeakMap<KubeObject, PodView | null>();
const containerViews = new WeakMap<PodView, ContainerView[]>();

/** The object's pod spec, or undefined when the kind bears none or the spec is missing. */
export function podView(obj: KubeObject): PodView | undefined {
  const cached = podViews.get(obj);
  if (cached !== undefined) return cached ?? undefined;
  const view = buildPodView(obj);
  podViews.set(obj, view ?? null);
  return view;
}

/**
 * Lets go of the object's views once it is judged: a workload's containers are viewed by every
 * rule while it is judged, and by the cross-object rules at most once more (they keep what they
 * read), so the views need not live as long as the scan's objects.
 */
export function forgetPodView(obj: KubeObject): void {
  podViews.delete(obj);
}

function buildPodView(obj: KubeObject): PodView | undefined {
  const path = POD_SPEC_PATHS[obj.kind];
  if (!path) return undefined;
  const spec = get(obj.raw, path);
  if (!isRecord(spec)) return undefined;
  const metaPath = POD_META_PATHS[obj.kind];
  const meta = get(obj.raw, metaPath);
  return { spec, path, meta: isRecord(meta) ? meta : {}, metaPath };
}

export type ContainerList = 'containers' | 'initContainers' | 'ephemeralContainers';
export const CONTAINER_LISTS: readonly ContainerList[] = ['containers', 'initContainers', 'ephemeralContainers'];

export interface ContainerView {
  container: any;
  name: string;
  list: ContainerList;
  index: number;
  /** Path of the container inside the object. */
  path: FieldPath;
}

/**
 * Every container of the pod, in the order containers, initContainers, ephemeralContainers.
 * Views are shared between rules: callers must not mutate them.
 */
export function containersOf(pod: PodView, lists: readonly ContainerList[] = CONTAINER_LISTS): ContainerView[] {
  let all = containerViews.get(pod);
  if (!all) containerViews.set(pod, (all = buildContainerViews(pod)));
  if (lists === CONTAINER_LISTS || lists.length === 3) return all;
  return all.filter((c) => lists.includes(c.list));
}

function buildContainerViews(pod: PodView, lists: readonly ContainerList[] = CONTAINER_LISTS): ContainerView[] {
  const out: ContainerView[] = [];
  for (const list of lists) {
    const arr = pod.spec[list];
    if (!Array.isArray(arr)) continue;
    for (let i = 0; i < arr.length; i++) {
      const c = arr[i];
      if (!isRecord(c)) continue;
      out.push({ container: c, name: typeof c.name === 'string' ? c.name : `#${i}`, list, index: i, path: [...pod.path, list, i] });
    }
  }
  return out;
}

export interface EnvEntryView {
  container: ContainerView;
  /** The `env[i]` mapping; entries that are not mappings are left out. */
  entry: Record<string, any>;
  index: number;
  /** Path of the entry inside the object. */
  path: FieldPath;
}

/** Every `env` entry of every container: the walk the environment rules share. */
export function envEntriesOf(pod: PodView): EnvEntryView[] {
  const out: EnvEntryView[] = [];
  for (const c of containersOf(pod)) {
    const env = c.container.env;
    if (!Array.isArray(env)) continue;
    env.forEach((entry, index) => {
      if (isRecord(entry)) out.push({ container: c, entry, index, path: [...c.path, 'env', index] });
    });
  }
  return out;
}

export function isRecord(v: unknown): v is Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Reads a value at a path; undefined when any segment is missing. */
export function get(root: unknown, path: FieldPath): any {
  let v: any = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = v[seg as any];
  }
  return v;
}

/** Splits `a.b[0].c` (or `a.b.0.c`) into path segments. Keys containing dots are quoted: `a["x.y"]`. */
export function parsePath(p: string): FieldPath {
  const out: Array<string | number> = [];
  const re = /([^.[\]]+)|\[(\d+)\]|\["([^"]*)"\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(p)) !== null) {
    if (m[1] !== undefined) out.push(/^\d+$/.test(m[1]) ? Number(m[1]) : m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(m[3]);
  }
  return out;
}

/** The inverse of parsePath: `spec.containers[0].image`. */
export function formatPath(path: FieldPath): string {
  // joined, not concatenated: every finding keeps its path, and a string built with += is a
  // tree of pieces several times the size of its text
  const parts: string[] = [];
  for (const seg of path) {
    if (typeof seg === 'number') parts.push(`[${seg}]`);
    else if (/^[A-Za-z0-9_-]+$/.test(seg)) parts.push(parts.length ? `.${seg}` : seg);
    else parts.push(`["${seg}"]`);
  }
  return parts.join('');
}
