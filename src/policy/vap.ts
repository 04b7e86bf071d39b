import { CelCompileError } from '../rules/cel/compile';
import { celCheck, type CelProgramSpec } from '../rules/cel/program';
import { groupOf, isClusterScoped } from '../rules/cel/resources';
import { readMatchConditions, readValidations, readVariables } from '../rules/cel/spec';
import { toCel } from '../rules/cel/values';
import { ConfigError, ConfigErrors } from '../core/errors';
import { SEVERITIES, type KubeObject, type Severity } from '../core/model';
import { compileLabelSelector, labelsOf } from '../rules/label-selector';
import type { RuleFile, RuleOverride } from '../rules/load-rules';
import { isRecord } from '../rules/pod-spec';
import type { Rule } from '../rules/rule';
import type { Check, EvalContext, Hit, Outcome } from '../rules/template';
import { kindsOf, matchResources, readMatchResources, type MatchResources } from './match-resources';
import { readPolicyDocs, type PolicyDoc } from './yaml-docs';

/* eslint-disable @typescript-eslint/no-explicit-any */

export const VAP_GROUP = 'admissionregistration.k8s.io';
/** Annotations a policy may carry to give the imported rule its metadata. */
export const ANNOTATIONS = {
  severity: 'kubegate.io/severity',
  title: 'kubegate.io/title',
  description: 'kubegate.io/description',
  remediation: 'kubegate.io/remediation',
  references: 'kubegate.io/references',
} as const;
export const DEFAULT_SEVERITY: Severity = 'medium';

interface Binding {
  doc: PolicyDoc;
  name: string;
  paramRef?: { name?: string; namespace?: string; selector?: (labels: Record<string, unknown>) => boolean; allowMissing: boolean };
  match?: MatchResources;
  denies: boolean;
}

/** An object from the policy files a binding's paramRef may name (a ConfigMap, a custom resource). */
interface ParamObject {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
  raw: any;
}

/**
 * ValidatingAdmissionPolicies as rules: the same policy gates the pull request and the cluster.
 * Bindings and params objects are read from the same files; params can also be among the
 * scanned manifests. Every problem in every file is collected before throwing.
 */
export function importPolicies(files: readonly RuleFile[], opts: { overrides?: Record<string, RuleOverride>; taken?: ReadonlySet<string> } = {}): Rule[] {
  const errors: ConfigError[] = [];
  const policies: PolicyDoc[] = [];
  const bindings: Binding[] = [];
  const params: ParamObject[] = [];
  for (const f of files) {
    let docs: PolicyDoc[];
    try {
      docs = readPolicyDocs(f.path, f.text);
    } catch (err) {
      if (err instanceof ConfigError) {
        errors.push(err);
        continue;
      }
      throw err;
    }
    for (const doc of docs) {
      const v = doc.value;
      if (!isRecord(v) || typeof v.kind !== 'string') continue;
      const isAdmission = typeof v.apiVersion === 'string' && groupOf(v.apiVersion) === VAP_GROUP;
      try {
        if (isAdmission && v.kind === 'ValidatingAdmissionPolicy') policies.push(doc);
        else if (isAdmission && v.kind === 'ValidatingAdmissionPolicyBinding') bindings.push(readBinding(doc));
        else if (isRecord(v.metadata) && typeof v.metadata.name === 'string') {
          params.push({ apiVersion: String(v.apiVersion ?? ''), kind: v.kind, name: v.metadata.name, namespace: typeof v.metadata.namespace === 'string' ? v.metadata.namespace : undefined, raw: v });
        }
      } catch (err) {
        if (err instanceof ConfigError) errors.push(err);
        else throw err;
      }
    }
  }
  const rules: Rule[] = [];
  const seen = new Map<string, string>();
  for (const doc of policies) {
    try {
      const rule = importPolicy(doc, bindings, params, opts.overrides);
      if (!rule) continue;
      const prev = seen.get(rule.id);
      if (prev) throw doc.error(['metadata', 'name'], `duplicate ValidatingAdmissionPolicy "${rule.id}" (also in ${prev})`);
      if (opts.taken?.has(rule.id)) throw doc.error(['metadata', 'name'], `ValidatingAdmissionPolicy "${rule.id}" has the id of another rule; rename one of them`);
      seen.set(rule.id, doc.file);
      rules.push(rule);
    } catch (err) {
      if (err instanceof ConfigError) errors.push(err);
      else throw err;
    }
  }
  for (const b of bindings) {
    if (!policies.some((p) => p.value.metadata?.name === b.name)) errors.push(b.doc.error(['spec', 'policyName'], `binding names policy "${b.name}", which is not among the policy files`));
  }
  if (errors.length > 0) throw errors.length === 1 ? errors[0] : new ConfigErrors(errors);
  return rules.sort((a, b) => a.id.localeCompare(b.id));
}

function readBinding(doc: PolicyDoc): Binding {
  const spec = doc.value.spec;
  if (!isRecord(spec) || typeof spec.policyName !== 'string' || !spec.policyName) throw doc.error(['spec', 'policyName'], 'a ValidatingAdmissionPolicyBinding needs spec.policyName');
  let paramRef: Binding['paramRef'];
  if (spec.paramRef !== undefined && spec.paramRef !== null) {
    const r = spec.paramRef;
    if (!isRecord(r)) throw doc.error(['spec', 'paramRef'], 'paramRef must be a mapping');
    if ((r.name === undefined) === (r.selector === undefined)) throw doc.error(['spec', 'paramRef'], 'paramRef needs exactly one of "name" and "selector"');
    if (r.parameterNotFoundAction !== undefined && r.parameterNotFoundAction !== 'Allow' && r.parameterNotFoundAction !== 'Deny') throw doc.error(['spec', 'paramRef', 'parameterNotFoundAction'], 'parameterNotFoundAction must be Allow or Deny');
    paramRef = {
      name: typeof r.name === 'string' ? r.name : undefined,
      namespace: typeof r.namespace === 'string' ? r.namespace : undefined,
      selector: r.selector !== undefined ? (compileLabelSelector(r.selector) ?? (() => true)) : undefined,
      allowMissing: r.parameterNotFoundAction === 'Allow',
    };
  }
  const actions = spec.validationActions;
  if (actions !== undefined && (!Array.isArray(actions) || actions.some((a) => !['Deny', 'Warn', 'Audit'].includes(a)))) throw doc.error(['spec', 'validationActions'], 'validationActions must be a list of Deny, Warn, Audit');
  return {
    doc,
    name: spec.policyName,
    paramRef,
    match: readMatchResources(doc, ['spec', 'matchResources'], false),
    denies: !Array.isArray(actions) || actions.includes('Deny'),
  };
}

function importPolicy(doc: PolicyDoc, allBindings: readonly Binding[], params: readonly ParamObject[], overrides?: Record<string, RuleOverride>): Rule | undefined {
  const v = doc.value;
  const name = v.metadata?.name;
  if (typeof name !== 'string' || !name) throw doc.error(['metadata'], 'a ValidatingAdmissionPolicy needs metadata.name');
  const spec = v.spec;
  if (!isRecord(spec)) throw doc.error(['spec'], 'a ValidatingAdmissionPolicy needs a spec');
  // audit annotations alone never reject anything: there is nothing to gate on
  if (spec.validations === undefined && spec.auditAnnotations !== undefined) return undefined;
  const annotations: Record<string, unknown> = isRecord(v.metadata.annotations) ? v.metadata.annotations : {};
  const meta = (key: string): string | undefined => (typeof annotations[key] === 'string' && (annotations[key] as string).trim() ? (annotations[key] as string).trim() : undefined);
  let severity = (meta(ANNOTATIONS.severity) ?? DEFAULT_SEVERITY) as Severity;
  if (!SEVERITIES.includes(severity)) throw doc.error(['metadata', 'annotations', ANNOTATIONS.severity], `${ANNOTATIONS.severity} must be one of ${SEVERITIES.join(', ')}`);
  if (spec.failurePolicy !== undefined && spec.failurePolicy !== 'Fail' && spec.failurePolicy !== 'Ignore') throw doc.error(['spec', 'failurePolicy'], 'failurePolicy must be Fail or Ignore');
  const paramKind = spec.paramKind;
  if (paramKind !== undefined && paramKind !== null && (!isRecord(paramKind) || typeof paramKind.kind !== 'string' || typeof paramKind.apiVersion !== 'string')) {
    throw doc.error(['spec', 'paramKind'], 'paramKind needs apiVersion and kind');
  }
  const constraints = readMatchResources(doc, ['spec', 'matchConstraints'], true)!;

  let parts: Pick<CelProgramSpec, 'validations' | 'variables' | 'matchConditions'>;
  try {
    const variables = readVariables(spec.variables, ['spec', 'variables']);
    parts = { variables, validations: readValidations(spec.validations, ['spec', 'validations'], variables), matchConditions: readMatchConditions(spec.matchConditions, ['spec', 'matchConditions']) };
  } catch (err) {
    if (err instanceof CelCompileError) throw new ConfigError(`ValidatingAdmissionPolicy "${name}": ${err.message}`, doc.file, doc.positionIn(err.at.path, err.at.offset));
    throw err;
  }

  const bindings = allBindings.filter((b) => b.name === name);
  const onError = spec.failurePolicy === 'Ignore' ? 'ignore' : 'fail';
  const hasParams = isRecord(paramKind);
  // a policy with no binding in scope is judged as if bound without further restrictions; one
  // that needs params cannot be, and says so on every object it matches
  const checks: Check[] = (bindings.length ? bindings : [undefined]).map((b) =>
    celCheck({
      ...parts,
      path: [],
      onError,
      applies: (obj, ctx) => {
        const a = matchResources(constraints, obj, ctx);
        if (a !== true || !b?.match) return a;
        return matchResources(b.match, obj, ctx);
      },
      params: hasParams ? (obj, ctx) => resolveParams(paramKind as { apiVersion: string; kind: string }, b, obj, ctx, params) : () => [null],
    }),
  );
  // with only Warn/Audit bindings, the cluster lets the object in: report it, but as low
  if (!meta(ANNOTATIONS.severity) && bindings.length > 0 && bindings.every((b) => !b.denies)) severity = 'low';
  const ov = overrides?.[name];
  if (ov?.severity) severity = ov.severity;
  const kinds = kindsOf(constraints);
  return {
    id: name,
    title: meta(ANNOTATIONS.title) ?? `ValidatingAdmissionPolicy ${name}`,
    severity,
    description: meta(ANNOTATIONS.description) ?? `Imported from the ValidatingAdmissionPolicy ${name}: ${parts.validations.map((x) => x.message ?? x.expression.source.trim()).join('; ')}`,
    rationale: 'The cluster enforces this policy when the object is applied; checking it in the pull request finds the rejection before the deployment does.',
    remediation: meta(ANNOTATIONS.remediation) ?? 'Change the object so that every validation of the policy holds.',
    references: (meta(ANNOTATIONS.references) ?? '').split(/[\s,]+/).filter(Boolean),
    kinds,
    template: 'validating-admission-policy',
    params: {},
    message: '{message}',
    source: doc.file,
    builtin: false,
    check: checks.length === 1 ? checks[0] : mergeChecks(checks),
    kindSet: kinds ? new Set(kinds) : undefined,
  };
}

/**
 * The params object(s) a binding's paramRef selects for this object: from the policy files, then
 * from the scanned manifests. A paramRef without a namespace looks in the object's namespace
 * (for namespaced param kinds), as the API server does.
 */
function resolveParams(paramKind: { apiVersion: string; kind: string }, b: Binding | undefined, obj: KubeObject, ctx: EvalContext, fromPolicies: readonly ParamObject[]): unknown[] | { skipped: string } {
  const what = `${paramKind.kind} params`;
  if (!b?.paramRef) return { skipped: `the policy needs ${what}, and no ValidatingAdmissionPolicyBinding with a paramRef is among the policy files` };
  const ref = b.paramRef;
  const group = groupOf(paramKind.apiVersion);
  const candidates: ParamObject[] = [...fromPolicies, ...ctx.index.ofKind(paramKind.kind)].filter((p) => p.kind === paramKind.kind && groupOf(p.apiVersion) === group);
  const namespace = ref.namespace ?? (isClusterScoped(paramKind.kind) ? undefined : (obj.namespace ?? (isClusterScoped(obj.kind) ? undefined : 'default')));
  const found = candidates.filter((p) => {
    if (ref.name !== undefined && p.name !== ref.name) return false;
    if (ref.selector && !ref.selector(labelsOf(p.raw?.metadata))) return false;
    // params without a namespace of their own are taken as cluster-scoped
    return p.namespace === undefined || namespace === undefined || p.namespace === namespace;
  });
  if (found.length > 0) return found.map((p) => toCel(p.raw));
  if (ref.allowMissing) return [];
  const which = ref.name ? `"${ref.name}"` : 'matching the selector';
  return { skipped: `the ${what} ${which}${namespace ? ` in namespace "${namespace}"` : ''} named by binding "${b.doc.value.metadata?.name ?? b.name}" are not in the policy files or the scanned manifests` };
}

/** One outcome from several bindings: hits of all (one per path), skipped only if all skipped. */
function mergeChecks(checks: Check[]): Check {
  return (obj, ctx): Outcome => {
    let skipped: { skipped: string } | undefined;
    let hits: Hit[] | undefined;
    for (const c of checks) {
      const o = c(obj, ctx);
      if (o === undefined) continue;
      if (!Array.isArray(o)) {
        skipped ??= o;
        continue;
      }
      hits ??= [];
      for (const h of o) {
        const same = hits.find((x) => x.path.join('.') === h.path.join('.'));
        if (same && same.data && h.data && same.data.message !== h.data.message) same.data.message = `${same.data.message}; ${h.data.message}`;
        else if (!same) hits.push(h);
      }
    }
    return hits ?? skipped;
  };
}
