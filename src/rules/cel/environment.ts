import { Environment } from '@marcbachmann/cel-js';
import { parseQuantity } from '../quantity';
import { re2Matches } from './re2';

/**
 * The variables a kubegate CEL expression may use. `object`, `oldObject`, `params`, `request`,
 * `namespaceObject` and `variables` are ValidatingAdmissionPolicy's; `item`/`container`,
 * `podSpec` and `podMeta` are kubegate's own conveniences (forEach items, the normalised pod).
 */
export const CEL_VARIABLES = ['object', 'oldObject', 'params', 'request', 'namespaceObject', 'variables', 'item', 'container', 'podSpec', 'podMeta'] as const;
export type CelVariable = (typeof CEL_VARIABLES)[number];

/** The names cel-js's built-in `matches` is renamed to, so calls reach the RE2 implementation. */
export const RE2_MATCHES = 'kubegateRe2Matches';

/** A Kubernetes resource quantity, as the `quantity()` library of Kubernetes CEL returns it. */
export class Quantity {
  constructor(
    readonly text: string,
    readonly value: number,
  ) {}
}

function quantity(s: string): Quantity {
  const v = parseQuantity(s);
  if (v === undefined) throw new Error(`quantities must match the regular expression of Kubernetes quantities, got ${JSON.stringify(s)}`);
  return new Quantity(s, v);
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if ((typeof a === 'bigint' || typeof a === 'number') && (typeof b === 'bigint' || typeof b === 'number')) return a < b ? -1 : a > b ? 1 : 0;
  throw new Error('list elements must be comparable (numbers or strings)');
}

let shared: Environment | undefined;

/**
 * One environment for every rule: cel-js's environments are expensive to build and immutable
 * once used. Variables are all `dyn`-valued maps so manifests need no schema, as in Kubernetes
 * for unstructured objects; undeclared names are still type errors.
 */
export function celEnvironment(): Environment {
  if (shared) return shared;
  const env = new Environment({ enableOptionalTypes: true, homogeneousAggregateLiterals: false, unlistedVariablesAreDyn: false });
  for (const v of CEL_VARIABLES) env.registerVariable(v, v === 'object' || v === 'request' || v === 'variables' ? 'map' : 'dyn');
  env.registerFunction(`string.${RE2_MATCHES}(string): bool`, (s: string, p: string) => re2Matches(s, p));
  env.registerFunction(`${RE2_MATCHES}(string, string): bool`, (s: string, p: string) => re2Matches(s, p));
  // the Kubernetes extension libraries rules most often need (strings, lists, quantity)
  env.registerFunction('string.charAt(int): string', (s: string, i: bigint) => {
    if (i < 0n || i > BigInt(s.length)) throw new Error(`index out of range: ${i}`);
    return s.charAt(Number(i));
  });
  env.registerFunction('string.replace(string, string): string', (s: string, a: string, b: string) => s.split(a).join(b));
  env.registerFunction('string.replace(string, string, int): string', (s: string, a: string, b: string, n: bigint) => {
    if (n < 0n) return s.split(a).join(b);
    const parts = s.split(a);
    const k = Math.min(Number(n), parts.length - 1);
    return parts.slice(0, k + 1).join(b) + (k + 1 < parts.length ? a + parts.slice(k + 1).join(a) : '');
  });
  env.registerFunction('string.reverse(): string', (s: string) => [...s].reverse().join(''));
  env.registerFunction('list.isSorted(): bool', (l: unknown[]) => l.every((x, i) => i === 0 || compare(l[i - 1], x) <= 0));
  env.registerFunction('list.sum(): dyn', (l: unknown[]) => {
    if (l.length === 0) return 0n;
    if (l.every((x) => typeof x === 'bigint')) return (l as bigint[]).reduce((a, b) => a + b, 0n);
    return l.reduce((a: number, b) => a + Number(b), 0);
  });
  env.registerFunction('list.min(): dyn', (l: unknown[]) => {
    if (l.length === 0) throw new Error('min() of an empty list');
    return l.reduce((a, b) => (compare(b, a) < 0 ? b : a));
  });
  env.registerFunction('list.max(): dyn', (l: unknown[]) => {
    if (l.length === 0) throw new Error('max() of an empty list');
    return l.reduce((a, b) => (compare(b, a) > 0 ? b : a));
  });
  env.registerFunction('list.indexOf(dyn): int', (l: unknown[], x: unknown) => BigInt(l.findIndex((y) => y === x)));
  env.registerFunction('list.lastIndexOf(dyn): int', (l: unknown[], x: unknown) => BigInt(l.findLastIndex((y) => y === x)));
  env.registerType('Quantity', Quantity);
  env.registerFunction('quantity(string): Quantity', quantity);
  env.registerFunction('isQuantity(string): bool', (s: string) => parseQuantity(s) !== undefined);
  env.registerFunction('Quantity.compareTo(Quantity): int', (a: Quantity, b: Quantity) => BigInt(compare(a.value, b.value)));
  env.registerFunction('Quantity.isLessThan(Quantity): bool', (a: Quantity, b: Quantity) => a.value < b.value);
  env.registerFunction('Quantity.isGreaterThan(Quantity): bool', (a: Quantity, b: Quantity) => a.value > b.value);
  env.registerFunction('Quantity.asApproximateFloat(): double', (a: Quantity) => a.value);
  env.registerFunction('Quantity.isInteger(): bool', (a: Quantity) => Number.isInteger(a.value));
  env.registerFunction('Quantity.asInteger(): int', (a: Quantity) => {
    if (!Number.isInteger(a.value)) throw new Error(`cannot convert value to integer: ${a.text}`);
    return BigInt(a.value);
  });
  env.registerFunction('Quantity.sign(): int', (a: Quantity) => BigInt(Math.sign(a.value)));
  shared = env;
  return env;
}
