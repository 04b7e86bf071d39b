import { groupOf, isClusterScoped, kindOfPlural, pluralOf, versionOf } from '../rules/cel/resources';
import type { FieldPath, KubeObject } from '../core/model';
import { compileLabelSelector, labelsOf, type LabelSelector } from '../rules/label-selector';
import { isRecord } from '../rules/pod-spec';
import type { EvalContext } from '../rules/template';
import type { PolicyDoc } from './yaml-docs';

/**
 * `matchConstraints` of a ValidatingAdmissionPolicy, or `matchResources` of its binding: which
 * objects the admission controller would send to the policy. A manifest is judged as what
 * applying it is: a CREATE (or UPDATE) of the object.
 */
export interface MatchResources {
  rules: ResourceRule[];
  exclude: ResourceRule[];
  namespaceSelector?: LabelSelector;
  objectSelector?: LabelSelector;
  /** `matchPolicy: Exact` compares versions; `Equivalent` (the default) matches any version. */
  exact: boolean;
}

interface ResourceRule {
  groups: string[];
  versions: string[];
  resources: string[];
  /** Whether CREATE or UPDATE is among the operations (what applying a manifest does). */
  onApply: boolean;
  scope: 'Cluster' | 'Namespaced' | '*';
  names: string[];
}

const MATCH_KEYS = ['resourceRules', 'excludeResourceRules', 'namespaceSelector', 'objectSelector', 'matchPolicy'];
const RULE_KEYS = ['apiGroups', 'apiVersions', 'resources', 'operations', 'scope', 'resourceNames'];

export function readMatchResources(doc: PolicyDoc, at: FieldPath, required: boolean): MatchResources | undefined {
  const raw = at.reduce<unknown>((v, k) => (isRecord(v) ? v[k as string] : undefined), doc.value);
  if (raw === undefined || raw === null) {
    if (required) throw doc.error(at, `${String(at[at.length - 1])} is required: it says which objects the policy applies to`);
    return undefined;
  }
  if (!isRecord(raw)) throw doc.error(at, `${String(at[at.length - 1])} must be a mapping`);
  for (const k of Object.keys(raw)) if (!MATCH_KEYS.includes(k)) throw doc.error([...at, k], `unknown key "${k}" (known: ${MATCH_KEYS.join(', ')})`);
  if (raw.matchPolicy !== undefined && raw.matchPolicy !== 'Exact' && raw.matchPolicy !== 'Equivalent') throw doc.error([...at, 'matchPolicy'], 'matchPolicy must be Exact or Equivalent');
  const rules = readRules(doc, [...at, 'resourceRules'], raw.resourceRules);
  if (required && rules.length === 0) throw doc.error([...at, 'resourceRules'], 'resourceRules must list at least one rule');
  return {
    rules,
    exclude: readRules(doc, [...at, 'excludeResourceRules'], raw.excludeResourceRules),
    namespaceSelector: selector(doc, [...at, 'namespaceSelector'], raw.namespaceSelector),
    objectSelector: selector(doc, [...at, 'objectSelector'], raw.objectSelector),
    exact: raw.matchPolicy === 'Exact',
  };
}

function readRules(doc: PolicyDoc, at: FieldPath, raw: unknown): ResourceRule[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw doc.error(at, 'must be a list of resource rules');
  return raw.map((r, i) => {
    if (!isRecord(r)) throw doc.error([...at, i], 'a resource rule must be a mapping');
    for (const k of Object.keys(r)) if (!RULE_KEYS.includes(k)) throw doc.error([...at, i, k], `unknown key "${k}" (known: ${RULE_KEYS.join(', ')})`);
    const list = (k: string): string[] => {
      const v = r[k];
      if (v === undefined || v === null) return [];
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw doc.error([...at, i, k], `"${k}" must be a list of strings`);
      return v as string[];
    };
    const ops = list('operations');
    const scope = r.scope ?? '*';
    if (!['Cluster', 'Namespaced', '*'].includes(scope)) throw doc.error([...at, i, 'scope'], 'scope must be Cluster, Namespaced or *');
    return {
      groups: list('apiGroups'),
      versions: list('apiVersions'),
      resources: list('resources'),
      onApply: ops.some((o) => o === '*' || o === 'CREATE' || o === 'UPDATE'),
      scope,
      names: list('resourceNames'),
    };
  });
}

function selector(doc: PolicyDoc, at: FieldPath, raw: unknown): LabelSelector | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!isRecord(raw)) throw doc.error(at, 'a label selector must be a mapping');
  const s = compileLabelSelector(raw);
  // an empty selector matches everything: no need to look anything up
  return s && (Object.keys(raw).length === 0 || (isEmpty(raw.matchLabels) && isEmpty(raw.matchExpressions))) ? undefined : s;
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || (Array.isArray(v) && v.length === 0) || (isRecord(v) && Object.keys(v).length === 0);
}

function ruleMatches(r: ResourceRule, obj: KubeObject, plural: string, exact: boolean): boolean {
  if (!r.onApply) return false;
  const group = groupOf(obj.apiVersion);
  if (!r.groups.includes('*') && !r.groups.includes(group)) return false;
  if (exact && !r.versions.includes('*') && !r.versions.includes(versionOf(obj.apiVersion))) return false;
  // subresources (`pods/status`, `deployments/scale`) are never what a manifest creates
  if (!r.resources.some((x) => x === '*' || x === '*/*' || x === plural)) return false;
  if (r.scope !== '*' && (r.scope === 'Cluster') !== isClusterScoped(obj.kind)) return false;
  return r.names.length === 0 || r.names.includes(obj.name);
}

/** Kinds the rules can match, for the evaluator's kind filter; undefined = any kind may match. */
export function kindsOf(m: MatchResources): string[] | undefined {
  const kinds = new Set<string>();
  for (const r of m.rules) {
    if (!r.onApply) continue;
    for (const res of r.resources) {
      if (res.includes('/') && res !== '*/*') continue;
      const k = res === '*' || res === '*/*' ? undefined : kindOfPlural(res);
      if (!k) return undefined;
      kinds.add(k);
    }
  }
  return [...kinds];
}

/**
 * Whether the object is in scope: resource rules first, then the selectors. A namespace
 * selector needs the Namespace's labels; when that Namespace is not among the scanned files the
 * object cannot be judged and is reported as skipped, never guessed.
 */
export function matchResources(m: MatchResources, obj: KubeObject, ctx: EvalContext): boolean | { skipped: string } {
  const plural = pluralOf(obj.kind);
  // a binding without resource rules narrows nothing: the policy's constraints already hold
  if (m.rules.length > 0 && !m.rules.some((r) => ruleMatches(r, obj, plural, m.exact))) return false;
  if (m.exclude.some((r) => ruleMatches(r, obj, plural, m.exact))) return false;
  if (m.objectSelector && !m.objectSelector(labelsOf(obj.raw?.metadata))) return false;
  if (m.namespaceSelector) {
    if (obj.kind === 'Namespace') return m.namespaceSelector(labelsOf(obj.raw?.metadata));
    if (isClusterScoped(obj.kind)) return true;
    const name = obj.namespace ?? 'default';
    const ns = ctx.index.find('Namespace', name, undefined);
    if (!ns) return { skipped: `the policy's namespaceSelector needs the labels of Namespace "${name}", which is not in the scanned files` };
    return m.namespaceSelector(labelsOf(ns.raw?.metadata));
  }
  return true;
}
