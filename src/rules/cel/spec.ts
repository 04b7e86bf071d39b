import type { FieldPath } from '../../core/model';
import { isRecord, parsePath } from '../pod-spec';
import { CelCompileError, compileCel } from './compile';
import type { CelProgramSpec, CelValidation, NamedCel } from './program';

/**
 * Reads the CEL parts that rules and imported ValidatingAdmissionPolicies share (validations,
 * variables, match conditions) and compiles each expression once, with errors located at the
 * parameter that holds it. `base` is where these parts sit (`[]` in a rule's params,
 * `['spec']` in a policy).
 */
export function readVariables(raw: unknown, base: FieldPath): NamedCel[] {
  if (raw === undefined || raw === null) return [];
  const list: Array<{ name: unknown; expression: unknown; at: FieldPath }> = [];
  if (Array.isArray(raw)) raw.forEach((v, i) => list.push({ name: isRecord(v) ? v.name : undefined, expression: isRecord(v) ? v.expression : undefined, at: [...base, i] }));
  else if (isRecord(raw)) for (const [name, expression] of Object.entries(raw)) list.push({ name, expression, at: [...base, name] });
  else throw shapeError('"variables" must be a mapping of name to expression, or a list of {name, expression}', base);
  const out: NamedCel[] = [];
  const declared = new Set<string>();
  for (const v of list) {
    if (typeof v.name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(v.name)) throw shapeError(`variable name ${JSON.stringify(v.name)} must be a CEL identifier`, v.at);
    if (declared.has(v.name)) throw shapeError(`variable "${v.name}" is declared twice`, v.at);
    const exprAt = Array.isArray(raw) ? [...v.at, 'expression'] : v.at;
    if (typeof v.expression !== 'string') throw shapeError(`variable "${v.name}" needs an expression (a string)`, exprAt);
    // a variable may use the ones declared before it, as in Kubernetes
    out.push({ name: v.name, expr: compileCel(v.expression, exprAt, { variables: new Set(declared) }) });
    declared.add(v.name);
  }
  return out;
}

export function readMatchConditions(raw: unknown, base: FieldPath): NamedCel[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw shapeError('"matchConditions" must be a list of {name, expression}', base);
  return raw.map((m, i) => {
    if (!isRecord(m) || typeof m.expression !== 'string') throw shapeError('a match condition needs "name" and "expression"', [...base, i]);
    const expr = compileCel(m.expression, [...base, i, 'expression']);
    for (const bad of ['variables', 'item', 'container']) {
      if (expr.uses.has(bad)) throw shapeError(`match condition ${JSON.stringify(m.name ?? i)} cannot use "${bad}": match conditions decide whether the rule applies, before variables and items exist`, [...base, i, 'expression']);
    }
    return { name: String(m.name ?? `#${i}`), expr };
  });
}

export function readValidations(raw: unknown, base: FieldPath, variables: readonly NamedCel[]): CelValidation[] {
  if (!Array.isArray(raw) || raw.length === 0) throw shapeError('"validations" must be a non-empty list of {expression, message, messageExpression, reason}', base);
  const names = new Set(variables.map((v) => v.name));
  return raw.map((v, i) => {
    const at = [...base, i];
    if (!isRecord(v) || typeof v.expression !== 'string') throw shapeError('a validation needs an "expression" (a string)', at);
    for (const k of Object.keys(v)) if (!['expression', 'message', 'messageExpression', 'reason'].includes(k)) throw shapeError(`unknown key "${k}" in validation (known: expression, message, messageExpression, reason)`, [...at, k]);
    if (v.message !== undefined && typeof v.message !== 'string') throw shapeError('"message" must be a string', [...at, 'message']);
    if (v.messageExpression !== undefined && typeof v.messageExpression !== 'string') throw shapeError('"messageExpression" must be a string', [...at, 'messageExpression']);
    return {
      expression: compileCel(v.expression, [...at, 'expression'], { variables: names }),
      message: v.message as string | undefined,
      messageExpression: typeof v.messageExpression === 'string' ? compileCel(v.messageExpression, [...at, 'messageExpression'], { variables: names }) : undefined,
      reason: typeof v.reason === 'string' ? v.reason : undefined,
    };
  });
}

/** `containers`, or a field path where `*` (or `[*]`) stands for every element. */
export function readForEach(raw: unknown, at: FieldPath): CelProgramSpec['forEach'] {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (typeof raw !== 'string') throw shapeError('"forEach" must be "containers" or a field path such as spec.rules[*].http.paths', at);
  if (raw === 'containers') return 'containers';
  const path = readPath(raw, at, true);
  if (path.length === 0) throw shapeError(`"forEach" path ${JSON.stringify(raw)} names no field`, at);
  return path;
}

function shapeError(message: string, at: FieldPath): CelCompileError {
  return new CelCompileError(message, { path: at, offset: -1 });
}

const SEGMENT = String.raw`(?:[A-Za-z0-9_-]+|\[\d+\]|\["[^"]*"\]|\[\*\]|\*)`;
const PATH_RE = new RegExp(`^${SEGMENT}(?:\\.?${SEGMENT})*$`);

/** A field path such as `spec.containers[0].image` or `metadata.labels["app.kubernetes.io/name"]`; `*` only where allowed. */
export function readPath(raw: string, at: FieldPath, allowStar: boolean): FieldPath {
  if (raw === '') return [];
  if (!PATH_RE.test(raw) || raw.includes('..') || raw.startsWith('[')) throw shapeError(`${JSON.stringify(raw)} is not a field path (write it as spec.containers[0].image, quoting keys with dots: metadata.labels["app.kubernetes.io/name"])`, at);
  const path = parsePath(raw);
  if (!allowStar && path.includes('*')) throw shapeError(`"*" is only allowed in forEach, not in ${JSON.stringify(raw)}`, at);
  return path;
}
