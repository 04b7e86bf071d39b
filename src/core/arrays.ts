/**
 * Array helpers for lists of any length. A spread into a call (`a.push(...b)`,
 * `Math.max(...xs)`) passes every element as an argument on the stack: past about 100,000
 * elements (fewer on Node 24 than on 20) it throws "Maximum call stack size exceeded", and one
 * file of 60,000 documents has 600,000 findings. ESLint forbids those spreads in src/
 * (eslint.config.js); these loops take their place.
 */

/** Appends `items` to `target` in order; returns `target`. */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values`, or `floor` when there is none larger (Math.max(floor, ...values)). */
export function largest(values: Iterable<number>, floor = -Infinity): number {
  let most = floor;
  // NaN wins and 0 is larger than -0, as in Math.max
  for (const v of values) if (v > most || Number.isNaN(v) || (v === 0 && Object.is(most, -0))) most = v;
  return most;
}

/** The smallest of `values`, or `ceiling` when there is none smaller (Math.min(ceiling, ...values)). */
export function smallest(values: Iterable<number>, ceiling = Infinity): number {
  let least = ceiling;
  for (const v of values) if (v < least || Number.isNaN(v) || (Object.is(v, -0) && least === 0)) least = v;
  return least;
}
