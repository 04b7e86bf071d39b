import { ConfigError } from '../core/errors';

/** Input values parsed strictly, so a typo is a configuration error naming the input. */

export type CommentMode = 'off' | 'on-failure' | 'always';

/** Accepts the spellings YAML 1.2 core schema does (what `core.getBooleanInput` accepts). */
export function parseBool(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new ConfigError(`${name}: expected true or false, got "${value}"`);
}

export function parseChoice<T extends string>(name: string, value: string, choices: readonly T[], fallback: T): T {
  if (value === '') return fallback;
  const v = value.toLowerCase();
  if ((choices as readonly string[]).includes(v)) return v as T;
  throw new ConfigError(`${name}: expected one of ${choices.join(', ')}, got "${value}"`);
}

/** GitHub reads everything up to the last `/` of `runAutomationDetails.id` as the category. */
export function normaliseCategory(value: string): string {
  const c = value || 'kubegate/';
  return c.endsWith('/') ? c : `${c}/`;
}
