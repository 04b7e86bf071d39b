import type { ParamSpec } from '../template';

/** Parameters shared by the field templates: what a compliant value looks like. */
export const EXPECTATION_PARAMS: Record<string, ParamSpec> = {
  equals: { type: 'any', description: 'The field must equal this value.' },
  oneOf: { type: 'any', description: 'The field must be one of these values (a list).' },
  notOneOf: { type: 'any', description: 'The field must not be any of these values (a list).' },
  missing: {
    type: 'string',
    enum: ['pass', 'fail'],
    default: 'pass',
    description: 'Whether an unset field complies (pass) or is a finding (fail).',
  },
};

export interface Expectation {
  /** True when the (present) value complies. */
  accepts(value: unknown): boolean;
  missingFails: boolean;
  /** Human text of what is expected, for messages: `false`, `one of RuntimeDefault, Localhost`. */
  describe: string;
}

export function compileExpectation(p: Record<string, unknown>): Expectation {
  const missingFails = p.missing === 'fail';
  if (p.equals !== undefined) {
    const want = p.equals;
    return { accepts: (v) => v === want, missingFails, describe: JSON.stringify(want) };
  }
  if (Array.isArray(p.oneOf)) {
    const set = new Set(p.oneOf);
    return { accepts: (v) => set.has(v), missingFails, describe: `one of ${p.oneOf.map((x) => JSON.stringify(x)).join(', ')}` };
  }
  if (Array.isArray(p.notOneOf)) {
    const set = new Set(p.notOneOf);
    return { accepts: (v) => !set.has(v), missingFails, describe: `none of ${p.notOneOf.map((x) => JSON.stringify(x)).join(', ')}` };
  }
  return { accepts: () => true, missingFails, describe: 'set' };
}

export function show(v: unknown): string {
  if (typeof v === 'string') return v;
  return JSON.stringify(v) ?? String(v);
}
