import type { FieldPath, KubeObject } from '../../core/model';
import { containersOf, formatPath, get, podView } from '../pod-spec';
import type { Check, EvalContext, Hit, Outcome } from '../template';
import { celText, type CompiledCel } from './compile';
import { groupOf, pluralOf, versionOf } from './resources';
import { celToString, toCel } from './values';

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface CelValidation {
  expression: CompiledCel;
  message?: string;
  messageExpression?: CompiledCel;
  reason?: string;
}

export interface NamedCel {
  name: string;
  expr: CompiledCel;
}

/**
 * What a CEL rule evaluates: a ValidatingAdmissionPolicy's parts (validations, variables,
 * match conditions, params) plus where findings point (`forEach` items and `path`).
 */
export interface CelProgramSpec {
  validations: CelValidation[];
  variables: NamedCel[];
  matchConditions: NamedCel[];
  /** `containers` (every container of the pod), a field path with `*` for "every element", or none. */
  forEach?: 'containers' | FieldPath;
  /** Where a finding points, relative to the forEach item (or the object). */
  path: FieldPath;
  /** An expression that cannot be evaluated: a finding (failurePolicy Fail) or nothing (Ignore). */
  onError: 'fail' | 'ignore';
  /** The `params` values to evaluate with (one evaluation each), or why they are not in scope. */
  params: (obj: KubeObject, ctx: EvalContext) => unknown[] | { skipped: string };
  /** Further applicability (VAP match rules): false = the rule does not apply to this object. */
  applies?: (obj: KubeObject, ctx: EvalContext) => boolean | { skipped: string };
}

interface Item {
  raw: unknown;
  cel: unknown;
  path: FieldPath;
  container?: string;
}

type Result = { ok: true; value: unknown } | { ok: false; error: string };

function evaluate(expr: CompiledCel, activation: Record<string, unknown>): Result {
  try {
    return { ok: true, value: expr.run(activation) };
  } catch (err) {
    return { ok: false, error: celText(((err as { summary?: string }).summary ?? (err as Error).message ?? String(err)).split('\n')[0]) };
  }
}

/** Compiles the spec into a template check: evaluation only, every expression already compiled. */
export function celCheck(spec: CelProgramSpec): Check {
  const uses = new Set<string>();
  for (const e of [...spec.validations.flatMap((v) => [v.expression, v.messageExpression]), ...spec.variables.map((v) => v.expr), ...spec.matchConditions.map((m) => m.expr)]) {
    for (const u of e?.uses ?? []) uses.add(u);
  }
  const failEval = spec.onError === 'fail';

  return (obj, ctx): Outcome => {
    if (spec.applies) {
      const a = spec.applies(obj, ctx);
      if (a === false) return undefined;
      if (a !== true) return a;
    }
    const items = itemsOf(obj, spec.forEach);
    if (!items) return undefined;
    const paramSets = spec.params(obj, ctx);
    if (!Array.isArray(paramSets)) return paramSets;
    const base = bindings(obj, ctx, uses);
    // most objects comply: the map is only built for the first finding
    let hits: Map<string, Hit & { messages: string[] }> | undefined;
    const report = (path: FieldPath, message: string, container: string | undefined, reason: string | undefined, fixBase: FieldPath) => {
      const key = formatPath(path);
      hits ??= new Map();
      const prev = hits.get(key);
      if (prev) {
        if (!prev.messages.includes(message)) prev.messages.push(message);
        return;
      }
      hits.set(key, { path, container, fixBase, messages: [message], data: { reason: reason ?? 'Invalid' } });
    };
    let applicable = false;
    for (const params of paramSets) {
      const act: Record<string, unknown> = { ...base, params };
      const matched = matchAll(spec.matchConditions, act);
      if (matched === false) continue;
      applicable = true;
      if (matched !== true) {
        if (failEval) report(spec.forEach ? [] : spec.path, matched, undefined, undefined, []);
        continue;
      }
      for (const item of items) {
        const itemAct = item.raw === undefined ? act : { ...act, item: item.cel, container: item.cel };
        if (spec.variables.length) itemAct.variables = lazyVariables(spec.variables, itemAct);
        for (const v of spec.validations) {
          const r = evaluate(v.expression, itemAct);
          if (r.ok && r.value === true) continue;
          let message: string;
          if (!r.ok || typeof r.value !== 'boolean') {
            if (!failEval) continue;
            message = r.ok ? `expression ${JSON.stringify(v.expression.source)} returned ${celToString(r.value)}, not a bool` : `expression ${JSON.stringify(v.expression.source)} could not be evaluated: ${r.error}`;
          } else message = messageOf(v, itemAct);
          report([...item.path, ...spec.path], message, item.container, v.reason, item.path);
        }
      }
    }
    if (!applicable) return undefined;
    if (!hits) return [];
    return [...hits.values()].map(({ messages, ...hit }) => ({ ...hit, data: { ...hit.data, message: messages.join('; '), field: formatPath(hit.path) || '(object)' } }));
  };
}

/** true = all hold; false = the rule does not apply; a string = why one could not be evaluated. */
function matchAll(conditions: readonly NamedCel[], act: Record<string, unknown>): true | false | string {
  let error: string | undefined;
  for (const c of conditions) {
    const r = evaluate(c.expr, act);
    if (r.ok && r.value === false) return false;
    if (!r.ok) error ??= `match condition "${c.name}" could not be evaluated: ${r.error}`;
    else if (r.value !== true) error ??= `match condition "${c.name}" returned ${celToString(r.value)}, not a bool`;
  }
  // as the API server does: any false wins over errors, then errors follow the failure policy
  return error ?? true;
}

/** Kubernetes' order: a usable messageExpression, else the static message, else the expression. */
function messageOf(v: CelValidation, act: Record<string, unknown>): string {
  if (v.messageExpression) {
    const r = evaluate(v.messageExpression, act);
    if (r.ok && typeof r.value === 'string' && r.value.trim() !== '' && !r.value.includes('\n')) return r.value.trim();
  }
  if (v.message) return v.message;
  return `failed expression: ${v.expression.source.trim()}`;
}

/**
 * Composited variables are evaluated when first read, as in Kubernetes: a variable nobody reads
 * cannot fail the rule, and one read by several validations is computed once.
 */
function lazyVariables(defs: readonly NamedCel[], act: Record<string, unknown>): Record<string, unknown> {
  const vars: Record<string, unknown> = {};
  for (const d of defs) {
    let state: 0 | 1 | 2 = 0;
    let value: unknown;
    let error: unknown;
    Object.defineProperty(vars, d.name, {
      enumerable: true,
      get() {
        if (state === 0) {
          try {
            value = d.expr.run(act);
            state = 1;
          } catch (err) {
            error = err;
            state = 2;
          }
        }
        if (state === 2) throw error;
        return value;
      },
    });
  }
  return vars;
}

function bindings(obj: KubeObject, ctx: EvalContext, uses: ReadonlySet<string>): Record<string, unknown> {
  const object = toCel(obj.raw);
  const act: Record<string, unknown> = { object, oldObject: null, params: null };
  if (uses.has('request')) act.request = requestOf(obj);
  if (uses.has('namespaceObject')) {
    const ns = obj.namespace ? ctx.index.find('Namespace', obj.namespace, undefined) : undefined;
    act.namespaceObject = ns ? toCel(ns.raw) : null;
  }
  if (uses.has('podSpec') || uses.has('podMeta')) {
    const pod = podView(obj);
    act.podSpec = pod ? get(object, pod.path) : null;
    act.podMeta = pod ? (get(object, pod.metaPath) ?? {}) : null;
  }
  return act;
}

/** A minimal admission request: what a manifest can tell (a CREATE by an unknown user). */
function requestOf(obj: KubeObject): Record<string, unknown> {
  const group = groupOf(obj.apiVersion);
  const version = versionOf(obj.apiVersion);
  const kind = { group, version, kind: obj.kind };
  const resource = { group, version, resource: pluralOf(obj.kind) };
  return {
    kind,
    resource,
    requestKind: kind,
    requestResource: resource,
    name: obj.name,
    namespace: obj.namespace ?? '',
    operation: 'CREATE',
    userInfo: { username: '', groups: [] },
    dryRun: false,
    options: {},
  };
}

const WHOLE: Item[] = [{ raw: undefined, cel: undefined, path: [] }];

function itemsOf(obj: KubeObject, forEach: CelProgramSpec['forEach']): Item[] | undefined {
  if (forEach === undefined) return WHOLE;
  const celObj = toCel(obj.raw);
  if (forEach === 'containers') {
    const pod = podView(obj);
    if (!pod) return undefined;
    return containersOf(pod).map((c) => ({ raw: c.container, cel: get(celObj, c.path), path: c.path, container: c.name }));
  }
  const out: Item[] = [];
  expand(obj.raw, forEach, 0, [], (raw, path) => out.push({ raw, cel: get(celObj, path), path }));
  return out;
}

/** Every value at `pattern` (`*` = each element or member); a path ending at a list yields its elements. */
function expand(node: any, pattern: FieldPath, i: number, at: Array<string | number>, emit: (raw: unknown, path: FieldPath) => void): void {
  if (node === undefined || node === null) return;
  if (i === pattern.length) {
    if (Array.isArray(node) && pattern[pattern.length - 1] !== '*') node.forEach((x, j) => x !== null && x !== undefined && emit(x, [...at, j]));
    else emit(node, at);
    return;
  }
  const seg = pattern[i];
  if (seg === '*') {
    if (Array.isArray(node)) node.forEach((x, j) => expand(x, pattern, i + 1, [...at, j], emit));
    else if (typeof node === 'object') for (const k of Object.keys(node)) expand(node[k], pattern, i + 1, [...at, k], emit);
    return;
  }
  if (typeof node !== 'object') return;
  expand(node[seg as any], pattern, i + 1, [...at, seg], emit);
}
