import { compileKeyNames, compileValuePattern, CREDENTIAL_PARAMS } from '../credential-match';
import { envEntriesOf, podView, POD_KINDS } from '../pod-spec';
import type { Hit, Template } from '../template';
import { compileRegex } from '../template';

/** Why an `env[]` entry holds a literal credential, or undefined. Never returns the value. */
export type EnvCredentialCheck = (entry: Record<string, unknown>) => string | undefined;

export function compileEnvCredentialCheck(p: Record<string, unknown>): EnvCredentialCheck {
  const nameMatches = compileKeyNames(p.keyNames as string[]);
  const nameAllowed = compileKeyNames(p.keyNamesAllowed as string[]);
  const values = (p.valuePatterns as string[]).map((s) => compileValuePattern(s, 'valuePatterns'));
  const allowedValues = (p.valuePatternsAllowed as string[]).map((s) => compileRegex(s, 'valuePatternsAllowed'));
  return (e) => {
    if (typeof e.name !== 'string') return undefined;
    const value = e.value;
    // only literal values: valueFrom (secretKeyRef...) is the remedy, not the problem
    if (value === undefined || value === null || value === '') return undefined;
    const text = String(value);
    if (allowedValues.some((r) => r.test(text))) return undefined;
    if (values.some((r) => r.test(text))) return 'its value matches a credential pattern';
    const byName = nameMatches(e.name) && !nameAllowed(e.name) && !REFERENCE_NAME.test(e.name) && !looksLikePlaceholder(text);
    return byName ? 'its name suggests a credential and it holds a literal value' : undefined;
  };
}

/**
 * Literal credentials in environment variables. Reports the variable name and where it is,
 * never the value: findings end up in logs, SARIF and PR comments.
 */
export const envSecrets: Template = {
  name: 'env-secrets',
  description: 'Flags environment variables whose name suggests a credential and that carry a literal value, or whose value looks like one.',
  kinds: POD_KINDS,
  placeholders: ['variable', 'reason'],
  params: CREDENTIAL_PARAMS,
  compile(p) {
    const literal = compileEnvCredentialCheck(p);
    return (obj) => {
      const pod = podView(obj);
      if (!pod) return undefined;
      const hits: Hit[] = [];
      for (const { container: c, entry: e, path } of envEntriesOf(pod)) {
        const reason = literal(e);
        if (reason) hits.push({ path: [...path, 'value'], container: c.name, data: { variable: String(e.name), reason }, fixBase: path });
      }
      return hits;
    };
  },
};

/**
 * Names that hold a pointer to a credential rather than the credential: SECRET_NAME, TOKEN_FILE,
 * PASSWORD_PATH, API_KEY_REF, TOKEN_TTL...
 */
const REFERENCE_NAME = /[_-](NAME|FILE|PATH|DIR|REF|KEY_?REF|TTL|TIMEOUT|LENGTH|ENABLED|ENDPOINT|URL|HEADER)$/i;

/** Values that are obviously not secrets: booleans, numbers, file paths, template references. */
function looksLikePlaceholder(v: string): boolean {
  return /^(true|false|yes|no|on|off|enabled|disabled|\d+[smhd]?)$/i.test(v) || v.startsWith('/') || /^\$\(?[A-Za-z_]/.test(v) || /^\$\{/.test(v);
}
