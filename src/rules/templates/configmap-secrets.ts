import { compileCredentialMatcher, CREDENTIAL_PARAMS, looksLikePlaceholder } from '../credential-match';
import { isRecord } from '../pod-spec';
import type { Hit, Template } from '../template';

// `key = value`, `key: value`, `"key": "value"` lines of a configuration file held in one key
const ASSIGNMENT = /^\s*(?:export\s+)?["']?([A-Za-z0-9_.-]+)["']?\s*[:=]\s*(.*?)\s*,?\s*$/;

/**
 * Literal credentials in ConfigMap data: a key whose name suggests a credential, a value that
 * matches a credential pattern, or a line of an embedded configuration file that assigns one.
 * Findings name the key (and line), never the value: they end up in logs, SARIF and PR comments.
 */
export const configMapSecrets: Template = {
  name: 'configmap-secrets',
  description: 'Flags ConfigMap data keys that hold a literal credential, judged by key name and value patterns, including embedded config files.',
  kinds: ['ConfigMap'],
  placeholders: ['key', 'reason'],
  params: {
    ...CREDENTIAL_PARAMS,
    scanEmbeddedFiles: { type: 'boolean', default: true, description: 'Also read `key = value` / `key: value` lines of multi-line values.' },
  },
  compile(p) {
    const m = compileCredentialMatcher({
      keyNames: p.keyNames as string[],
      keyNamesAllowed: p.keyNamesAllowed as string[],
      valuePatterns: p.valuePatterns as string[],
      valuePatternsAllowed: p.valuePatternsAllowed as string[],
    });
    const embedded = p.scanEmbeddedFiles === true;
    return (obj) => {
      const data = obj.raw?.data;
      if (!isRecord(data)) return [];
      const hits: Hit[] = [];
      for (const [key, raw] of Object.entries(data)) {
        if (raw === null || raw === undefined || typeof raw === 'object') continue;
        const value = String(raw);
        const multiLine = value.includes('\n');
        let reason = multiLine ? (m.allowedValue(value) || !m.valueMatches(value) ? undefined : 'its value matches a credential pattern') : m.match(key, value);
        if (!reason && multiLine && embedded) reason = embeddedReason(value, m);
        if (reason) hits.push({ path: ['data', key], data: { key, reason } });
      }
      return hits;
    };
  },
};

function embeddedReason(text: string, m: ReturnType<typeof compileCredentialMatcher>): string | undefined {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (/^\s*[#;]/.test(lines[i]) || lines[i].trimStart().startsWith('//')) continue;
    const a = ASSIGNMENT.exec(lines[i]);
    if (!a) continue;
    const [, name, rawValue] = a;
    const value = rawValue.replace(/\s+#.*$/, '').replace(/^["']|["']$/g, '');
    // a nested block (`password:` followed by indented lines) carries no literal on this line
    if (value === '' || value === '|' || value === '>' || value === '{' || value === '[') continue;
    if (m.allowedValue(value)) continue;
    if (m.sensitiveName(name) && !looksLikePlaceholder(value)) return `line ${i + 1} of its value sets "${name}" to a literal`;
  }
  return undefined;
}
