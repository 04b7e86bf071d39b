import { envEntriesOf, podView, POD_KINDS } from '../pod-spec';
import type { Hit, Template } from '../template';
import { compileRegex } from '../template';

/**
 * Literal credentials in environment variables. Reports the variable name and where it is,
 * never the value: findings end up in logs, SARIF and PR comments.
 */
export const envSecrets: Template = {
  name: 'env-secrets',
  description: 'Flags environment variables whose name suggests a credential and that carry a literal value, or whose value looks like one.',
  kinds: POD_KINDS,
  placeholders: ['variable', 'reason'],
  params: {
    keyNames: { type: 'string[]', default: [], description: 'Case-insensitive substrings of variable names that suggest a credential.' },
    keyNamesAllowed: { type: 'string[]', default: [], description: 'Name substrings never reported.' },
    valuePatterns: { type: 'string[]', default: [], description: 'Regular expressions matching credential values.' },
    valuePatternsAllowed: { type: 'string[]', default: [], description: 'Regular expressions for values never reported.' },
  },
  compile(p) {
    const names = (p.keyNames as string[]).map((s) => s.toLowerCase());
    const allowedNames = (p.keyNamesAllowed as string[]).map((s) => s.toLowerCase());
    const values = (p.valuePatterns as string[]).map((s) => compileRegex(s, 'valuePatterns'));
    const allowedValues = (p.valuePatternsAllowed as string[]).map((s) => compileRegex(s, 'valuePatternsAllowed'));
    return (obj) => {
      const pod = podView(obj);
      if (!pod) return undefined;
      const hits: Hit[] = [];
      for (const { container: c, entry: e, path } of envEntriesOf(pod)) {
        if (typeof e.name !== 'string') continue;
        const value = e.value;
        // only literal values: valueFrom (secretKeyRef...) is the remedy, not the problem
        if (value === undefined || value === null || value === '') continue;
        const text = String(value);
        if (allowedValues.some((r) => r.test(text))) continue;
        const lname = e.name.toLowerCase();
        const byName =
          names.some((n) => lname.includes(n)) && !allowedNames.some((n) => lname.includes(n)) && !REFERENCE_NAME.test(e.name) && !looksLikePlaceholder(text);
        const byValue = values.some((r) => r.test(text));
        if (byName || byValue) {
          hits.push({
            path: [...path, 'value'],
            container: c.name,
            data: { variable: e.name, reason: byValue ? 'its value matches a credential pattern' : 'its name suggests a credential and it holds a literal value' },
            fixBase: path,
          });
        }
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
