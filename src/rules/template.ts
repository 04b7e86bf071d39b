import type { FieldPath, KubeObject } from '../core/model';
import type { ObjectIndex } from './object-index';

/** A template parameter, described once: validation, defaults and docs all come from this. */
export interface ParamSpec {
  type: 'string' | 'string[]' | 'number' | 'boolean' | 'any' | 'object';
  description: string;
  required?: boolean;
  default?: unknown;
  enum?: readonly string[];
}

/** One place a rule found a problem, relative to the object. */
export interface Hit {
  /** Object-relative path the finding is about; the deepest part present in the source is shown. */
  path: FieldPath;
  /** Container name, for container-level findings (messages and exceptions use it). */
  container?: string;
  /** Values for the rule message's `{placeholders}`. Never put a secret value here. */
  data?: Record<string, string | number | boolean>;
  /** Path the rule's fix operations are relative to (the container, the pod spec...). */
  fixBase?: FieldPath;
  /** The rule's fix edits another object than the one reported (one not in the manifests): offer none. */
  noFix?: boolean;
}

/**
 * What a check says about one object: a list of hits (empty = passed), `skipped` with the reason
 * it cannot be judged from the files in scope, or undefined when the rule does not apply.
 */
export type Outcome = Hit[] | { skipped: string } | undefined;

export interface EvalContext {
  index: ObjectIndex;
}

export type Check = (obj: KubeObject, ctx: EvalContext) => Outcome;

export interface Template {
  name: string;
  description: string;
  params: Record<string, ParamSpec>;
  /** Kinds the template judges unless a rule's `match.kinds` says otherwise; '*' = every kind. */
  kinds: readonly string[] | '*';
  /** Placeholders each hit can fill besides kind, name, namespace and container. */
  placeholders: readonly string[];
  /** Does the failure-prone work (regexes, sets) once; throws TemplateParamError on bad params. */
  compile(params: Record<string, unknown>): Check;
  /**
   * Whether the check, with these params, is about Linux-only settings (seccomp, capabilities,
   * runAsUser...). Windows pods (`spec.os.name: windows`) are then out of its scope: the API
   * server rejects those settings there, so no remedy exists. Decided once, for every such rule.
   */
  linuxOnly?(params: Record<string, unknown>): boolean;
}

export class TemplateParamError extends Error {}

/** Validates params against the spec and fills defaults; returns errors as text lines. */
export function validateParams(spec: Record<string, ParamSpec>, given: Record<string, unknown>): { params: Record<string, unknown>; errors: string[] } {
  const errors: string[] = [];
  const params: Record<string, unknown> = {};
  for (const key of Object.keys(given)) {
    if (!(key in spec)) errors.push(`unknown parameter "${key}" (known: ${Object.keys(spec).join(', ') || 'none'})`);
  }
  for (const [key, s] of Object.entries(spec)) {
    let v = given[key];
    if (v === undefined) {
      if (s.required) errors.push(`missing required parameter "${key}"`);
      v = s.default;
      if (v !== undefined) params[key] = structuredClone(v);
      continue;
    }
    const bad = typeError(s, v);
    if (bad) errors.push(`parameter "${key}" ${bad}`);
    else params[key] = v;
  }
  return { params, errors };
}

function typeError(s: ParamSpec, v: unknown): string | undefined {
  switch (s.type) {
    case 'string':
      if (typeof v !== 'string') return `must be a string, got ${describe(v)}`;
      if (s.enum && !s.enum.includes(v)) return `must be one of ${s.enum.join(', ')}, got "${v}"`;
      return undefined;
    case 'string[]':
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) return `must be a list of strings, got ${describe(v)}`;
      if (s.enum) {
        const badItem = (v as string[]).find((x) => !s.enum!.includes(x));
        if (badItem !== undefined) return `items must be among ${s.enum.join(', ')}, got "${badItem}"`;
      }
      return undefined;
    case 'number':
      return typeof v === 'number' && Number.isFinite(v) ? undefined : `must be a number, got ${describe(v)}`;
    case 'boolean':
      return typeof v === 'boolean' ? undefined : `must be true or false, got ${describe(v)}`;
    case 'object':
      return v !== null && typeof v === 'object' && !Array.isArray(v) ? undefined : `must be a mapping, got ${describe(v)}`;
    case 'any':
      return undefined;
  }
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'string' ? `"${v}"` : typeof v;
}

/** Compiles a user- or rule-supplied regular expression with a located message on failure. */
export function compileRegex(pattern: string, what: string): RegExp {
  try {
    return new RegExp(pattern);
  } catch (err) {
    throw new TemplateParamError(`${what}: invalid regular expression ${JSON.stringify(pattern)}: ${(err as Error).message}`);
  }
}
