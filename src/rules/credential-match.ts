import { compileRegex, type ParamSpec } from './template';

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

/** The parameters of every rule about literal credentials (environment variables, ConfigMap keys). */
export const CREDENTIAL_PARAMS: Record<string, ParamSpec> = {
  keyNames: {
    type: 'string[]',
    default: [],
    description: 'Variable or key names that suggest a credential, case-insensitive: a substring, or with `*` a pattern for the whole name (`azure_*key`).',
  },
  keyNamesAllowed: { type: 'string[]', default: [], description: 'Names never reported, in the same form as keyNames.' },
  valuePatterns: { type: 'string[]', default: [], description: 'Regular expressions matching credential values, in any letter case.' },
  valuePatternsAllowed: { type: 'string[]', default: [], description: 'Regular expressions for values never reported (as written).' },
};

// names that point at a credential rather than hold one: `secretName`, `password_file`, `token_ttl`
const REFERENCE_SUFFIX = /(name|names|ref|file|path|dir|enabled|ttl|timeout|length|expiry|expiration|seconds|duration|type|mode|policy)$/;

/**
 * Key-name entries (sensitiveKeyNames and its allow-list), case-insensitive. A plain entry is a
 * substring, as in Kubescape (`password` matches `DB_PASSWORD`); an entry with `*` is a pattern
 * for the whole name, `*` standing for any characters (`azure_*key` matches `AZURE_STORAGE_KEY`
 * but not `AZURE_KEYVAULT_URL`), for credentials whose only marker is a word as common as "key".
 */
export function compileKeyNames(entries: readonly string[]): (name: string) => boolean {
  const plain: string[] = [];
  const patterns: RegExp[] = [];
  for (const e of entries) {
    const t = e.trim().toLowerCase();
    if (t === '') continue;
    if (t.includes('*')) patterns.push(new RegExp(`^${t.split('*').map(escapeRegex).join('.*')}$`, 's'));
    else plain.push(t);
  }
  return (name) => {
    const n = name.toLowerCase();
    return plain.some((p) => n.includes(p)) || patterns.some((r) => r.test(n));
  };
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A sensitiveValues pattern. Kubescape lower-cases value and pattern before matching, so its
 * patterns match in any case; the `i` flag does the same without lower-casing the pattern, which
 * would turn `\S` into `\s`. Allow-list patterns are kept as written, as Kubescape keeps them.
 */
export function compileValuePattern(pattern: string, what: string): RegExp {
  const r = compileRegex(pattern, what);
  return new RegExp(r.source, r.flags.includes('i') ? r.flags : r.flags + 'i');
}

export function compileCredentialMatcher(p: CredentialParams): CredentialMatcher {
  const nameMatches = compileKeyNames(p.keyNames);
  const nameAllowed = compileKeyNames(p.keyNamesAllowed);
  const values = p.valuePatterns.map((s) => compileValuePattern(s, 'valuePatterns'));
  const allowedValues = p.valuePatternsAllowed.map((s) => compileRegex(s, 'valuePatternsAllowed'));
  const sensitiveName = (key: string): boolean => {
    if (!nameMatches(key) || nameAllowed(key)) return false;
    return !REFERENCE_SUFFIX.test(key.toLowerCase().replace(/[^a-z0-9]/g, ''));
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
