import { compileRegex } from './template';

/**
 * Decides whether a key/value pair looks like a literal credential. Shared by the rules that
 * look at configuration data; it answers with a reason and never returns the value itself.
 */
export interface CredentialMatcher {
  /** Why the pair looks like a credential, or undefined when it does not. */
  match(key: string, value: string): string | undefined;
  /** True when the key name alone suggests a credential. */
  sensitiveName(key: string): boolean;
  valueMatches(value: string): boolean;
  allowedValue(value: string): boolean;
}

export interface CredentialParams {
  keyNames: string[];
  keyNamesAllowed: string[];
  valuePatterns: string[];
  valuePatternsAllowed: string[];
}

// names that point at a credential rather than hold one: `secretName`, `password_file`, `token_ttl`
const REFERENCE_SUFFIX = /(name|names|ref|file|path|dir|enabled|ttl|timeout|length|expiry|expiration|seconds|duration|type|mode|policy)$/;

export function compileCredentialMatcher(p: CredentialParams): CredentialMatcher {
  const names = p.keyNames.map((s) => s.toLowerCase());
  const allowedNames = p.keyNamesAllowed.map((s) => s.toLowerCase());
  const values = p.valuePatterns.map((s) => compileRegex(s, 'valuePatterns'));
  const allowedValues = p.valuePatternsAllowed.map((s) => compileRegex(s, 'valuePatternsAllowed'));
  const sensitiveName = (key: string): boolean => {
    const k = key.toLowerCase();
    if (!names.some((n) => k.includes(n)) || allowedNames.some((n) => k.includes(n))) return false;
    return !REFERENCE_SUFFIX.test(k.replace(/[^a-z0-9]/g, ''));
  };
  const valueMatches = (v: string): boolean => values.some((r) => r.test(v));
  const allowedValue = (v: string): boolean => allowedValues.some((r) => r.test(v));
  return {
    sensitiveName,
    valueMatches,
    allowedValue,
    match(key, value) {
      if (value === '' || allowedValue(value)) return undefined;
      if (valueMatches(value)) return 'its value matches a credential pattern';
      if (sensitiveName(key) && !looksLikePlaceholder(value)) return 'its name suggests a credential and it holds a literal value';
      return undefined;
    },
  };
}

/** Values that are obviously not secrets: booleans, numbers, paths, template references, masks. */
export function looksLikePlaceholder(v: string): boolean {
  const s = v.trim().replace(/^["']|["']$/g, '');
  return (
    s === '' ||
    /^(\[\s*\]|\{\s*\}|~)$/.test(s) ||
    /^(true|false|yes|no|on|off|enabled|disabled|null|none|changeme|required|optional|\d+[smhd]?)$/i.test(s) ||
    s.startsWith('/') ||
    /^\$\(?[A-Za-z_]/.test(s) ||
    /^\$\{/.test(s) ||
    /^\{\{.*\}\}$/.test(s) ||
    /^<[^>]*>$/.test(s) ||
    /^%\(.*\)s?$/.test(s) ||
    /^[*xX•]+$/.test(s) ||
    /^(env|secret|vault|file|ref)[:+]/i.test(s)
  );
}
