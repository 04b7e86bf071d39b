import { readYamlFile, type YamlFile } from '../parse/yaml-file';
import { ConfigError, ConfigErrors } from '../core/errors';
import type { Finding } from '../core/model';
import { parseExpiry } from './expiry';
import { globMatcher, type Matcher } from './glob';
import { isKubescapeExceptions, parseKubescapeExceptions } from './kubescape-exceptions';
import type { RuleResolver } from './resolver';
import { EXCEPTIONS_DOCS, type ExceptionEntry, type ExceptionSet } from './types';

export const DEFAULT_EXCEPTIONS_FILE = '.kubegate/exceptions.yaml';

const TOP_KEYS = new Set(['version', 'exceptions']);
const SELECTOR_KEYS = ['rules', 'controls', 'framework'] as const;
const MATCH_KEYS = ['kind', 'namespace', 'name', 'file', 'container'] as const;
const ENTRY_KEYS = new Set<string>(['id', ...SELECTOR_KEYS, ...MATCH_KEYS, 'reason', 'owner', 'expires']);

/** An entry of our format as plain data: lists everywhere, so base and head compare field by field. */
export interface KubegateEntrySpec {
  id?: string;
  rules: string[];
  controls: string[];
  framework: string[];
  kind: string[];
  namespace: string[];
  name: string[];
  file: string[];
  container: string[];
  reason: string;
  owner: string;
  expires?: string;
}

/**
 * Reads an exceptions file: our YAML format, or a Kubescape exceptions JSON (recognised by its
 * content, so a team moving over points `exceptions` at the file it already has).
 */
export function parseExceptionsFile(file: string, text: string, resolver: RuleResolver): ExceptionSet {
  let y: YamlFile;
  try {
    y = readYamlFile(file, text);
  } catch (err) {
    if (err instanceof ConfigError && !err.docs) throw new ConfigError(err.message, err.file, err.range, EXCEPTIONS_DOCS);
    throw err;
  }
  if (isKubescapeExceptions(y.value)) return parseKubescapeExceptions(y, resolver);
  return parseKubegateExceptions(y, resolver);
}

function parseKubegateExceptions(y: YamlFile, resolver: RuleResolver): ExceptionSet {
  const errors: ConfigError[] = [];
  const err = (path: Array<string | number>, message: string) => errors.push(y.error(path, message, EXCEPTIONS_DOCS));
  const v = y.value as Record<string, unknown> | null;
  if (v === null || v === undefined) return { file: y.path, format: 'kubegate', entries: [], diagnostics: [] };
  if (typeof v !== 'object' || Array.isArray(v)) throw y.error([], 'an exceptions file must be a mapping with an "exceptions" list (or a Kubescape exceptions JSON array)', EXCEPTIONS_DOCS);
  for (const k of Object.keys(v)) if (!TOP_KEYS.has(k)) err([k], `unknown key "${k}" (known: ${[...TOP_KEYS].join(', ')})`);
  if (v.version !== undefined && v.version !== 1) err(['version'], `unsupported version ${JSON.stringify(v.version)} (this kubegate reads version 1)`);
  const list = v.exceptions ?? [];
  if (!Array.isArray(list)) throw y.error(['exceptions'], '"exceptions" must be a list', EXCEPTIONS_DOCS);
  const entries: ExceptionEntry[] = [];
  const ids = new Set<string>();
  list.forEach((raw: unknown, i: number) => {
    const at = (...p: Array<string | number>) => ['exceptions', i, ...p];
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      err(at(), 'an exception must be a mapping');
      return;
    }
    const before = errors.length;
    const e = raw as Record<string, unknown>;
    for (const k of Object.keys(e)) if (!ENTRY_KEYS.has(k)) err(at(k), `unknown key "${k}" in exception (known: ${[...ENTRY_KEYS].join(', ')})`);
    const strings = (k: string): string[] => {
      const x = e[k];
      if (x === undefined || x === null) return [];
      const arr = Array.isArray(x) ? x : [x];
      const out: string[] = [];
      arr.forEach((s, j) => {
        if ((typeof s !== 'string' && typeof s !== 'number') || String(s).trim() === '') err(Array.isArray(x) ? at(k, j) : at(k), `"${k}" must be a non-empty string or a list of them`);
        else out.push(String(s).trim());
      });
      return out;
    };
    const text = (k: string, required: boolean): string | undefined => {
      const x = e[k];
      if (x === undefined || x === null || (typeof x === 'string' && x.trim() === '')) {
        if (required) err(at(), `exception needs "${k}"${k === 'reason' ? ': say why the finding is accepted' : k === 'owner' ? ': who decided and answers for it' : ''}`);
        return undefined;
      }
      if (typeof x !== 'string' && typeof x !== 'number' && !(x instanceof Date)) {
        err(at(k), `"${k}" must be a string`);
        return undefined;
      }
      return x instanceof Date ? x.toISOString().slice(0, 10) : String(x).trim();
    };

    const spec: KubegateEntrySpec = {
      id: text('id', false),
      rules: strings('rules'),
      controls: strings('controls'),
      framework: strings('framework'),
      kind: strings('kind'),
      namespace: strings('namespace'),
      name: strings('name'),
      file: strings('file'),
      container: strings('container'),
      reason: text('reason', true) ?? '',
      owner: text('owner', true) ?? '',
      expires: text('expires', false),
    };
    if (spec.id !== undefined) {
      if (ids.has(spec.id)) err(at('id'), `duplicate exception id "${spec.id}"`);
      ids.add(spec.id);
    }

    // what the entry covers: explicit rules, rules of controls, rules of frameworks
    let allRules = false;
    const ruleSet = new Set<string>();
    spec.rules.forEach((r, j) => {
      if (r === '*') allRules = true;
      else if (resolver.ruleIds.has(r)) ruleSet.add(r);
      else err(Array.isArray(e.rules) ? at('rules', j) : at('rules'), `unknown rule "${r}"${resolver.rulesOfControl(r) ? ` (it is a control id: list it under "controls")` : ''}`);
    });
    spec.controls.forEach((c, j) => {
      const rs = resolver.rulesOfControl(c);
      if (rs) rs.forEach((r) => ruleSet.add(r));
      else err(Array.isArray(e.controls) ? at('controls', j) : at('controls'), `unknown control "${c}": no framework in use lists it`);
    });
    spec.framework.forEach((f, j) => {
      const rs = resolver.rulesOfFramework(f);
      if (rs) rs.forEach((r) => ruleSet.add(r));
      else err(Array.isArray(e.framework) ? at('framework', j) : at('framework'), `unknown framework "${f}"`);
    });
    if (SELECTOR_KEYS.every((k) => e[k] === undefined)) err(at(), 'exception must name "rules", "controls" or a "framework" (rules: ["*"] for every rule)');
    if (MATCH_KEYS.slice(0, 4).every((k) => e[k] === undefined)) {
      err(at(), 'exception must match resources by "kind", "namespace", "name" or "file" (file: "**" for every file)');
    }
    let expiresAt: number | undefined;
    if (spec.expires !== undefined) {
      const p = parseExpiry(spec.expires);
      if ('error' in p) err(at('expires'), `"expires": ${p.error}`);
      else expiresAt = p.at;
    }
    if (errors.length > before) return;

    const m = {
      kind: spec.kind.length ? globMatcher(spec.kind) : undefined,
      namespace: spec.namespace.length ? globMatcher(spec.namespace) : undefined,
      name: spec.name.length ? globMatcher(spec.name) : undefined,
      file: spec.file.length ? globMatcher(spec.file.map(stripDotSlash)) : undefined,
      container: spec.container.length ? globMatcher(spec.container) : undefined,
    };
    const pos = y.position(at());
    entries.push({
      label: spec.id ?? `#${i + 1}`,
      format: 'kubegate',
      location: { file: y.path, ...pos },
      reason: spec.reason,
      owner: spec.owner,
      expires: spec.expires,
      expiresAt,
      matches: (f) => (allRules || ruleSet.has(f.ruleId)) && resourceMatches(m, f),
      spec: { ...spec },
    });
  });
  if (errors.length > 0) throw errors.length === 1 ? errors[0] : new ConfigErrors(errors);
  return { file: y.path, format: 'kubegate', entries, diagnostics: [] };
}

interface ResourceMatchers {
  kind?: Matcher;
  namespace?: Matcher;
  name?: Matcher;
  file?: Matcher;
  container?: Matcher;
}

function resourceMatches(m: ResourceMatchers, f: Finding): boolean {
  if (m.kind && !m.kind(f.object.kind)) return false;
  if (m.name && !m.name(f.object.name)) return false;
  // an object without metadata.namespace lands in the namespace it is applied to, usually `default`
  if (m.namespace && !(f.object.namespace === undefined ? m.namespace('') || m.namespace('default') : m.namespace(f.object.namespace))) return false;
  if (m.file && !m.file(f.file)) return false;
  // a container-scoped exception never covers pod-level findings (hostNetwork, volumes...)
  if (m.container && (f.container === undefined || !m.container(f.container))) return false;
  return true;
}

function stripDotSlash(p: string): string {
  return p.startsWith('./') ? p.slice(2) : p;
}
