import type { KubeObject } from '../core/model';
import { compileLabelSelector, labelsOf } from './label-selector';
import type { ObjectIndex } from './object-index';
import { isRecord } from './pod-spec';
import { TemplateParamError } from './template';
import { append } from '../core/arrays';

/**
 * RBAC as the API server evaluates it, for rules that look across Roles, ClusterRoles and their
 * bindings. A Role grants nothing until a binding names it, so the questions here are "which
 * bindings in scope reach this role" and "what can this subject do".
 */

export interface PolicyRule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
  resourceNames: string[];
}

/** A permission a rule looks for. Omitted `apiGroups`/`verbs` mean any; a `*` item asks for the wildcard itself. */
export interface PermissionQuery {
  apiGroups?: string[];
  resources: string[];
  verbs?: string[];
  /**
   * Verbs that together amount to the query, each granted by name or by `*`: a rule that spells
   * out every standard verb is as administrative as one with `*`.
   */
  allVerbs?: string[];
  /** Named objects the query is about; rules restricted to other names do not match. */
  resourceNames?: string[];
}

export interface Subject {
  kind: string;
  name: string;
  namespace?: string;
  /** Index in the binding's `subjects` list. */
  index: number;
}

export const BINDING_KINDS = ['RoleBinding', 'ClusterRoleBinding'] as const;

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** The `rules` of a Role or ClusterRole with their indexes (non-resource URL rules are left out). */
export function policyRulesOf(raw: unknown): Array<{ rule: PolicyRule; index: number }> {
  if (!isRecord(raw) || !Array.isArray(raw.rules)) return [];
  const out: Array<{ rule: PolicyRule; index: number }> = [];
  raw.rules.forEach((r: unknown, index: number) => {
    if (!isRecord(r)) return;
    const rule = { apiGroups: strings(r.apiGroups), resources: strings(r.resources), verbs: strings(r.verbs), resourceNames: strings(r.resourceNames) };
    if (rule.resources.length > 0) out.push({ rule, index });
  });
  return out;
}

/** Validates the `grants` parameter of a template: a list of permission queries. */
export function parsePermissionQueries(raw: unknown, param: string): PermissionQuery[] {
  if (!Array.isArray(raw)) throw new TemplateParamError(`${param} must be a list of {apiGroups, resources, verbs}`);
  return raw.map((q, i) => {
    const at = `${param}[${i}]`;
    if (!isRecord(q)) throw new TemplateParamError(`${at} must be a mapping`);
    for (const k of Object.keys(q)) {
      if (!['apiGroups', 'resources', 'verbs', 'allVerbs', 'resourceNames'].includes(k)) throw new TemplateParamError(`${at}: unknown key "${k}"`);
    }
    const list = (k: string): string[] | undefined => {
      if (q[k] === undefined) return undefined;
      if (!Array.isArray(q[k]) || q[k].some((x: unknown) => typeof x !== 'string') || q[k].length === 0) throw new TemplateParamError(`${at}.${k} must be a non-empty list of strings`);
      return q[k] as string[];
    };
    const resources = list('resources');
    if (!resources) throw new TemplateParamError(`${at}.resources is required`);
    const verbs = list('verbs');
    const allVerbs = list('allVerbs');
    if (verbs && allVerbs) throw new TemplateParamError(`${at}: give verbs (any of) or allVerbs (all of), not both`);
    return { apiGroups: list('apiGroups'), resources, verbs, allVerbs, resourceNames: list('resourceNames') };
  });
}

function itemMatches(ruleItems: readonly string[], wanted: readonly string[] | undefined): string | undefined {
  if (wanted === undefined) return ruleItems.length > 0 ? ruleItems[0] : undefined;
  for (const w of wanted) {
    if (w === '*') {
      if (ruleItems.includes('*')) return '*';
    } else if (ruleItems.includes(w)) return w;
    else if (ruleItems.includes('*')) return `* (which includes ${w})`;
  }
  return undefined;
}

/** Every wanted verb is granted, by name or by `*`; order and extra verbs do not matter. */
function allVerbsMatch(ruleVerbs: readonly string[], wanted: readonly string[]): string | undefined {
  if (ruleVerbs.includes('*')) return '*';
  return wanted.every((w) => ruleVerbs.includes(w)) ? `every verb (${wanted.join(', ')})` : undefined;
}

/** The API server's resource matching: `*`, the exact `resource/subresource`, or `*\/subresource`. */
function resourceMatches(ruleResources: readonly string[], wanted: readonly string[]): string | undefined {
  for (const w of wanted) {
    if (w === '*') {
      if (ruleResources.includes('*')) return '*';
      continue;
    }
    const slash = w.indexOf('/');
    const sub = slash >= 0 ? w.slice(slash + 1) : '';
    if (ruleResources.includes(w)) return w;
    const wild = ruleResources.find((r) => r === '*' || (sub !== '' && r === `*/${sub}`));
    if (wild) return `${wild} (which includes ${w})`;
  }
  return undefined;
}

/**
 * Whether a policy rule grants the query; returns "verb on resource" for messages. A rule limited
 * to `resourceNames` grants access to those objects only, which is the least-privilege pattern
 * these checks recommend, so it matches only a query about one of those names.
 */
export function ruleGrants(rule: PolicyRule, q: PermissionQuery): string | undefined {
  if (rule.resourceNames.length > 0) {
    if (!q.resourceNames || !q.resourceNames.some((n) => rule.resourceNames.includes(n))) return undefined;
  }
  if (itemMatches(rule.apiGroups, q.apiGroups) === undefined) return undefined;
  const resource = resourceMatches(rule.resources, q.resources);
  if (resource === undefined) return undefined;
  const verb = q.allVerbs ? allVerbsMatch(rule.verbs, q.allVerbs) : itemMatches(rule.verbs, q.verbs);
  if (verb === undefined) return undefined;
  return `${verb} on ${resource}`;
}

export function firstGrant(rule: PolicyRule, queries: readonly PermissionQuery[]): string | undefined {
  for (const q of queries) {
    const g = ruleGrants(rule, q);
    if (g) return g;
  }
  return undefined;
}

export function subjectsOf(binding: KubeObject): Subject[] {
  const raw = binding.raw?.subjects;
  if (!Array.isArray(raw)) return [];
  const out: Subject[] = [];
  raw.forEach((s: unknown, index: number) => {
    if (!isRecord(s) || typeof s.kind !== 'string' || typeof s.name !== 'string') return;
    let namespace = typeof s.namespace === 'string' && s.namespace ? s.namespace : undefined;
    // kubectl and most tools require it; a RoleBinding's own namespace is the only sensible default
    if (s.kind === 'ServiceAccount' && !namespace && binding.kind === 'RoleBinding') namespace = binding.namespace ?? 'default';
    out.push({ kind: s.kind, name: s.name, namespace, index });
  });
  return out;
}

/** Groups that stand for people or workloads, even though their names start with `system:`. */
const BROAD_SYSTEM_GROUPS = new Set(['system:authenticated', 'system:unauthenticated', 'system:serviceaccounts']);

/**
 * Control-plane identities (`system:kube-scheduler`, `system:nodes`...) need their permissions;
 * granting them is not a finding. Broad groups and anonymous users are not control-plane
 * identities, and service accounts always belong to some workload.
 */
export function isSystemSubject(s: Pick<Subject, 'kind' | 'name'>): boolean {
  if (s.kind === 'ServiceAccount') return false;
  if (!s.name.startsWith('system:')) return false;
  if (s.name === 'system:anonymous') return false;
  if (BROAD_SYSTEM_GROUPS.has(s.name) || s.name.startsWith('system:serviceaccounts:')) return false;
  return true;
}

export function describeSubject(s: Pick<Subject, 'kind' | 'name' | 'namespace'>): string {
  return s.kind === 'ServiceAccount' ? `ServiceAccount ${s.namespace ?? '?'}/${s.name}` : `${s.kind} ${s.name}`;
}

export function describeBinding(b: KubeObject): string {
  return b.kind === 'RoleBinding' ? `RoleBinding ${b.namespace ?? 'default'}/${b.name}` : `ClusterRoleBinding ${b.name}`;
}

// ---------------------------------------------------------------------------------------------
// Built-in roles. Bindings to cluster-admin, admin, edit and view are common and the roles are
// never in the manifests, so their grants are approximated here from the bootstrap policy
// (plugin/pkg/auth/authorizer/rbac/bootstrappolicy, Kubernetes 1.30), for the resources that
// matter to security checks.

const READ = ['get', 'list', 'watch'];
const WRITE = ['create', 'delete', 'deletecollection', 'patch', 'update'];
const rule = (apiGroups: string[], resources: string[], verbs: string[]): PolicyRule => ({ apiGroups, resources, verbs, resourceNames: [] });

const VIEW: PolicyRule[] = [
  rule([''], ['pods', 'pods/log', 'pods/status', 'configmaps', 'endpoints', 'persistentvolumeclaims', 'replicationcontrollers', 'services', 'serviceaccounts', 'events', 'namespaces', 'limitranges', 'resourcequotas', 'bindings'], READ),
  rule(['apps'], ['daemonsets', 'deployments', 'replicasets', 'statefulsets'], READ),
  rule(['batch'], ['cronjobs', 'jobs'], READ),
  rule(['autoscaling'], ['horizontalpodautoscalers'], READ),
  rule(['networking.k8s.io'], ['ingresses', 'networkpolicies'], READ),
  rule(['policy'], ['poddisruptionbudgets'], READ),
];
const EDIT: PolicyRule[] = [
  ...VIEW,
  rule([''], ['pods', 'pods/attach', 'pods/exec', 'pods/portforward', 'pods/proxy'], [...WRITE, ...READ]),
  rule([''], ['configmaps', 'endpoints', 'persistentvolumeclaims', 'replicationcontrollers', 'replicationcontrollers/scale', 'secrets', 'serviceaccounts', 'services', 'services/proxy'], [...WRITE, ...READ]),
  rule([''], ['serviceaccounts'], ['impersonate']),
  rule([''], ['serviceaccounts/token'], ['create']),
  rule(['apps'], ['daemonsets', 'deployments', 'deployments/rollback', 'deployments/scale', 'replicasets', 'replicasets/scale', 'statefulsets', 'statefulsets/scale'], [...WRITE, ...READ]),
  rule(['autoscaling'], ['horizontalpodautoscalers'], WRITE),
  rule(['batch'], ['cronjobs', 'jobs'], WRITE),
  rule(['networking.k8s.io'], ['ingresses', 'networkpolicies'], WRITE),
  rule(['policy'], ['poddisruptionbudgets'], WRITE),
];
const ADMIN: PolicyRule[] = [...EDIT, rule(['rbac.authorization.k8s.io'], ['roles', 'rolebindings'], [...WRITE, ...READ]), rule(['authorization.k8s.io'], ['localsubjectaccessreviews'], ['create'])];

export const BUILTIN_CLUSTER_ROLES: ReadonlyMap<string, PolicyRule[]> = new Map([
  ['cluster-admin', [rule(['*'], ['*'], ['*'])]],
  ['admin', ADMIN],
  ['edit', EDIT],
  ['view', VIEW],
]);

/** Built-in roles that aggregate ClusterRoles carrying these labels (view is part of edit, edit of admin). */
const BUILTIN_AGGREGATION: Array<{ label: string; into: string }> = [
  { label: 'rbac.authorization.k8s.io/aggregate-to-admin', into: 'admin' },
  { label: 'rbac.authorization.k8s.io/aggregate-to-edit', into: 'edit' },
  { label: 'rbac.authorization.k8s.io/aggregate-to-view', into: 'view' },
];

// ---------------------------------------------------------------------------------------------

interface RbacIndex {
  bindingsByRole: Map<string, KubeObject[]>;
  /** Bindings by the service account they name (`ns/name`) or service-account group (`group:<name>`). */
  bindingsBySubject: Map<string, KubeObject[]>;
  bindingCount: number;
  clusterRoles: Map<string, KubeObject>;
  roles: Map<string, KubeObject>;
  /** Each binding's role, resolved once: every workload of an account asks about the same bindings. */
  resolved: Map<KubeObject, ResolvedRole | undefined>;
}

const CACHE = new WeakMap<ObjectIndex, RbacIndex>();

function roleKey(kind: string, name: string, namespace?: string): string {
  return kind === 'ClusterRole' ? `ClusterRole:${name}` : `Role:${namespace ?? 'default'}/${name}`;
}

/** The role a binding refers to, as a key; undefined for a reference the API server rejects. */
function roleKeyOfBinding(b: KubeObject): string | undefined {
  const ref = b.raw?.roleRef;
  if (!isRecord(ref) || typeof ref.name !== 'string') return undefined;
  if (ref.kind === 'ClusterRole') return roleKey('ClusterRole', ref.name);
  if (ref.kind === 'Role' && b.kind === 'RoleBinding') return roleKey('Role', ref.name, b.namespace);
  return undefined;
}

function rbacIndex(index: ObjectIndex): RbacIndex {
  let x = CACHE.get(index);
  if (x) return x;
  x = { bindingsByRole: new Map(), bindingsBySubject: new Map(), bindingCount: 0, clusterRoles: new Map(), roles: new Map(), resolved: new Map() };
  for (const kind of BINDING_KINDS) {
    for (const b of index.ofKind(kind)) {
      x.bindingCount++;
      // a binding naming one subject twice is listed once (a list per subject, not a scan of it)
      const named = new Set<string>();
      for (const s of subjectsOf(b)) {
        const sk = s.kind === 'ServiceAccount' ? `${s.namespace ?? 'default'}/${s.name}` : s.kind === 'Group' ? `group:${s.name}` : undefined;
        if (!sk || named.has(sk)) continue;
        named.add(sk);
        let list = x.bindingsBySubject.get(sk);
        if (!list) x.bindingsBySubject.set(sk, (list = []));
        list.push(b);
      }
      const key = roleKeyOfBinding(b);
      if (!key) continue;
      let list = x.bindingsByRole.get(key);
      if (!list) x.bindingsByRole.set(key, (list = []));
      list.push(b);
    }
  }
  for (const r of index.ofKind('ClusterRole')) x.clusterRoles.set(r.name, r);
  for (const r of index.ofKind('Role')) x.roles.set(roleKey('Role', r.name, r.namespace), r);
  CACHE.set(index, x);
  return x;
}

export function hasBindings(index: ObjectIndex): boolean {
  return rbacIndex(index).bindingCount > 0;
}

export function isAggregated(role: KubeObject): boolean {
  return role.kind === 'ClusterRole' && isRecord(role.raw?.aggregationRule);
}

/** In-scope ClusterRoles whose aggregationRule selects this one, transitively. */
function aggregatorsOf(role: KubeObject, idx: RbacIndex): KubeObject[] {
  const out: KubeObject[] = [];
  const seen = new Set<string>([role.name]);
  const queue = [role];
  while (queue.length > 0) {
    const cur = queue.shift()!;
    const labels = labelsOf(cur.raw?.metadata);
    for (const agg of idx.clusterRoles.values()) {
      if (seen.has(agg.name) || !isAggregated(agg)) continue;
      const selectors = agg.raw.aggregationRule.clusterRoleSelectors;
      if (!Array.isArray(selectors)) continue;
      if (selectors.some((s: unknown) => compileLabelSelector(s)?.(labels))) {
        seen.add(agg.name);
        out.push(agg);
        queue.push(agg);
      }
    }
  }
  return out;
}

/** One way a role's permissions reach subjects. */
export interface RoleGrant {
  /** Undefined when the role is folded into a built-in role bound outside the scan. */
  binding?: KubeObject;
  subjects: Subject[];
  /** How the grant reaches the role, when not directly ("aggregated into ClusterRole admin"). */
  via?: string;
}

/**
 * Every way a Role or ClusterRole is granted in scope: bindings naming it, bindings naming a
 * ClusterRole that aggregates it, and aggregation into the built-in admin/edit/view roles (which
 * every cluster binds to its users).
 */
export function grantsOfRole(role: KubeObject, index: ObjectIndex): RoleGrant[] {
  const idx = rbacIndex(index);
  const out: RoleGrant[] = [];
  const direct = idx.bindingsByRole.get(roleKey(role.kind, role.name, role.namespace)) ?? [];
  for (const b of direct) out.push({ binding: b, subjects: subjectsOf(b) });
  if (role.kind !== 'ClusterRole') return out;
  const aggregators = aggregatorsOf(role, idx);
  for (const agg of aggregators) {
    for (const b of idx.bindingsByRole.get(roleKey('ClusterRole', agg.name)) ?? []) out.push({ binding: b, subjects: subjectsOf(b), via: `aggregated into ClusterRole ${agg.name}` });
  }
  // the role a label names; view and edit reach the larger built-in roles through it
  const builtins = new Set<string>();
  for (const r of [role, ...aggregators]) {
    const labels = labelsOf(r.raw?.metadata);
    for (const a of BUILTIN_AGGREGATION) if (String(labels[a.label]) === 'true') builtins.add(a.into);
  }
  for (const name of builtins) {
    if (idx.clusterRoles.has(name)) continue; // an in-scope definition was handled above
    out.push({ subjects: [], via: `aggregated into the built-in ClusterRole ${name}` });
  }
  return out;
}

/** The rules a binding's role grants, from the scan, from aggregation, or from the built-in table. */
export interface ResolvedRole {
  kind: string;
  name: string;
  rules: PolicyRule[];
  /** `missing`: neither in scope nor built in, so nothing can be said about its grants. */
  source: 'scope' | 'builtin' | 'missing';
}

/** The role a binding grants, with its rules; the same object for every call on one scan (do not change it). */
export function roleOfBinding(binding: KubeObject, index: ObjectIndex): ResolvedRole | undefined {
  const idx = rbacIndex(index);
  if (idx.resolved.has(binding)) return idx.resolved.get(binding);
  const role = resolveRole(binding, idx);
  idx.resolved.set(binding, role);
  return role;
}

function resolveRole(binding: KubeObject, idx: RbacIndex): ResolvedRole | undefined {
  const ref = binding.raw?.roleRef;
  const key = roleKeyOfBinding(binding);
  if (!key || !isRecord(ref)) return undefined;
  const kind = String(ref.kind);
  const name = String(ref.name);
  if (kind === 'Role') {
    const r = idx.roles.get(key);
    return r ? { kind, name, rules: policyRulesOf(r.raw).map((x) => x.rule), source: 'scope' } : { kind, name, rules: [], source: 'missing' };
  }
  const cr = idx.clusterRoles.get(name);
  if (cr && isAggregated(cr)) {
    const rules = aggregatedRules(cr, idx);
    const builtin = BUILTIN_CLUSTER_ROLES.get(name);
    if (builtin) return { kind, name, rules: [...builtin, ...rules], source: 'builtin' };
    return { kind, name, rules, source: rules.length > 0 ? 'scope' : 'missing' };
  }
  if (cr) return { kind, name, rules: policyRulesOf(cr.raw).map((x) => x.rule), source: 'scope' };
  const builtin = BUILTIN_CLUSTER_ROLES.get(name);
  return builtin ? { kind, name, rules: builtin, source: 'builtin' } : { kind, name, rules: [], source: 'missing' };
}

/** The union of the rules of the in-scope ClusterRoles an aggregated ClusterRole selects. */
function aggregatedRules(agg: KubeObject, idx: RbacIndex, seen = new Set<string>()): PolicyRule[] {
  seen.add(agg.name);
  const selectors = (Array.isArray(agg.raw.aggregationRule.clusterRoleSelectors) ? agg.raw.aggregationRule.clusterRoleSelectors : [])
    .map((s: unknown) => compileLabelSelector(s))
    .filter((s: unknown): s is NonNullable<ReturnType<typeof compileLabelSelector>> => s !== undefined);
  const out: PolicyRule[] = [];
  for (const cr of idx.clusterRoles.values()) {
    if (seen.has(cr.name)) continue;
    if (!selectors.some((s: (l: Record<string, unknown>) => boolean) => s(labelsOf(cr.raw?.metadata)))) continue;
    if (isAggregated(cr)) append(out, aggregatedRules(cr, idx, seen));
    else append(out, policyRulesOf(cr.raw).map((x) => x.rule));
  }
  return out;
}

/**
 * Bindings in scope that grant something to a service account: naming it, or naming the groups
 * every service account (of its namespace) belongs to.
 */
export function bindingsOfServiceAccount(index: ObjectIndex, name: string, namespace: string): KubeObject[] {
  const by = rbacIndex(index).bindingsBySubject;
  const keys = [`${namespace}/${name}`, 'group:system:serviceaccounts', `group:system:serviceaccounts:${namespace}`];
  return [...new Set(keys.flatMap((k) => by.get(k) ?? []))];
}

/** A short list for messages: the first few items and how many more. */
export function summarize(items: readonly string[], max = 3): string {
  const uniq = [...new Set(items)];
  return uniq.length <= max ? uniq.join(', ') : `${uniq.slice(0, max).join(', ')} and ${uniq.length - max} more`;
}

// ---------------------------------------------------------------------------------------------

/** One offending entry of a role's `rules`, found by a template. */
export interface OffendingRule {
  index: number;
  /** What it grants, for the message ("create on pods/exec", "wildcard in verbs"). */
  what: string;
}

export interface RoleJudgement {
  /** Offending rules to report, each with who receives them. */
  hits: Array<OffendingRule & { subjects: string }>;
  /** Set when the role cannot be judged from the scan. */
  skipped?: string;
}

/**
 * Decides whether a role's offending rules are a finding. A role grants nothing until bound:
 * with a binding in scope that reaches a subject other than a control-plane identity, each
 * offending rule is reported on its `rules[i]` entry. Bound only to control-plane identities:
 * passes. Not bound in scope: skipped (the binding may live elsewhere), unless `reportUnbound`.
 */
export function judgeRole(role: KubeObject, index: ObjectIndex, offending: readonly OffendingRule[], reportUnbound: boolean): RoleJudgement {
  if (offending.length === 0) return { hits: [] };
  const grants = grantsOfRole(role, index);
  const receivers: string[] = [];
  for (const g of grants) {
    if (!g.binding) {
      receivers.push(`everyone bound to the built-in ClusterRole ${g.via!.replace(/^.* /, '')}`);
      continue;
    }
    const where = `${describeBinding(g.binding)}${g.via ? `, ${g.via}` : ''}`;
    for (const s of g.subjects) if (!isSystemSubject(s)) receivers.push(`${describeSubject(s)} (${where})`);
  }
  if (receivers.length > 0) return { hits: offending.map((o) => ({ ...o, subjects: summarize(receivers) })) };
  if (grants.length > 0) return { hits: [] };
  if (reportUnbound) return { hits: offending.map((o) => ({ ...o, subjects: 'whoever it gets bound to (no binding in scope)' })) };
  if (!hasBindings(index)) return { hits: [], skipped: 'no RoleBinding or ClusterRoleBinding in scope' };
  return { hits: [], skipped: `${role.kind} ${role.name} is not bound by any RoleBinding or ClusterRoleBinding in scope` };
}
