import type { YamlFile } from '../parse/yaml-file';
import { ConfigError, ConfigErrors } from '../core/errors';
import type { Diagnostic, Finding, KubeObject } from '../core/model';
import { parseExpiry } from './expiry';
import type { RuleResolver } from './resolver';
import { EXCEPTIONS_DOCS, type ExceptionEntry, type ExceptionSet } from './types';

/*
 * Kubescape's exceptions file (an array of PostureExceptionPolicy), read as Kubescape reads it
 * (opa-utils exceptions/exceptionprocessor.go, comparator.go):
 * - designator attribute values are anchored, case-sensitive regular expressions;
 * - posturePolicies fields (frameworkName, controlID, ruleName) are anchored and case-insensitive;
 * - an entry matches when any of its designators matches (all attributes of it) and any of its
 *   posturePolicies matches (all fields of it); no posturePolicies means every control;
 * - a designator without attributes never matches.
 */

/* eslint-disable @typescript-eslint/no-explicit-any */

const KNOWN_ATTRIBUTES = new Set(['cluster', 'namespace', 'kind', 'name', 'resourceID', 'path', 'containerName']);

export function isKubescapeExceptions(v: unknown): boolean {
  const looks = (x: any) => x && typeof x === 'object' && !Array.isArray(x) && (x.policyType === 'postureExceptionPolicy' || 'posturePolicies' in x || ('resources' in x && Array.isArray(x.resources)));
  if (Array.isArray(v)) return v.length > 0 && v.every(looks);
  return looks(v);
}

type Test = (s: string) => boolean;

interface Designator {
  attrs: Array<{ key: string; test: Test }>;
}

interface PosturePolicy {
  framework?: Test;
  control?: Test;
  rule?: Test;
}

export function parseKubescapeExceptions(y: YamlFile, resolver: RuleResolver): ExceptionSet {
  const errors: ConfigError[] = [];
  const diagnostics: Diagnostic[] = [];
  const isList = Array.isArray(y.value);
  const list = isList ? (y.value as any[]) : [y.value];
  const entries: ExceptionEntry[] = [];
  list.forEach((p, i) => {
    const at = (...rest: Array<string | number>) => (isList ? [i, ...rest] : rest);
    const err = (path: Array<string | number>, m: string) => errors.push(y.error(path, m, EXCEPTIONS_DOCS));
    const before = errors.length;
    const label = typeof p.name === 'string' && p.name ? p.name : `#${i + 1}`;
    if (p.policyType !== undefined && p.policyType !== 'postureExceptionPolicy') {
      const pos = y.position(at('policyType'));
      diagnostics.push({ level: 'warning', code: 'unsupported-exception', message: `Kubescape exception "${label}" has policyType "${p.policyType}"; only postureExceptionPolicy applies to manifests, so it is ignored`, file: y.path, range: { ...pos, endLine: pos.startLine, endColumn: pos.startColumn }, gating: false });
      return;
    }
    const regex = (path: Array<string | number>, src: unknown, flags: string): Test | undefined => {
      if (typeof src !== 'string' && typeof src !== 'number' && typeof src !== 'boolean') {
        err(path, 'expected a string (a regular expression)');
        return undefined;
      }
      try {
        const re = new RegExp(`^(?:${String(src)})$`, flags);
        return (s) => re.test(s);
      } catch (e) {
        err(path, `invalid regular expression: ${(e as Error).message}`);
        return undefined;
      }
    };

    const designators: Designator[] = [];
    if (!Array.isArray(p.resources)) err(at('resources'), 'a Kubescape exception needs a "resources" list of designators');
    else
      p.resources.forEach((d: any, j: number) => {
        const type = String(d?.designatorType ?? '').toLowerCase();
        if (type !== 'attributes' && type !== 'attribute') {
          const pos = y.position(at('resources', j));
          diagnostics.push({ level: 'warning', code: 'unsupported-exception', message: `Kubescape exception "${label}": designatorType "${d?.designatorType}" names cluster objects, not manifests; only "Attributes" designators apply`, file: y.path, range: { ...pos, endLine: pos.startLine, endColumn: pos.startColumn }, gating: false });
          return;
        }
        const attrs: Designator['attrs'] = [];
        for (const [key, val] of Object.entries(d.attributes ?? {})) {
          const t = regex(at('resources', j, 'attributes', key), val, '');
          if (t) attrs.push({ key, test: t });
        }
        // an empty designator never matches in Kubescape: keep that, rather than "matches all"
        if (attrs.length > 0) designators.push({ attrs });
      });

    const policies: PosturePolicy[] = [];
    if (p.posturePolicies !== undefined && !Array.isArray(p.posturePolicies)) err(at('posturePolicies'), '"posturePolicies" must be a list');
    (Array.isArray(p.posturePolicies) ? p.posturePolicies : []).forEach((pp: any, j: number) => {
      const field = (k: string) => (pp?.[k] === undefined || pp?.[k] === '' ? undefined : regex(at('posturePolicies', j, k), pp[k], 'i'));
      policies.push({ framework: field('frameworkName'), control: field('controlID'), rule: field('ruleName') });
    });

    let expiresAt: number | undefined;
    const expires = typeof p.expirationDate === 'string' ? p.expirationDate : undefined;
    if (expires) {
      const e = parseExpiry(expires);
      if ('error' in e) err(at('expirationDate'), `"expirationDate": ${e.error}`);
      else expiresAt = e.at;
    }
    if (errors.length > before) return;

    const coversRule = (ruleId: string) =>
      policies.length === 0 ||
      policies.some((pp) => {
        if (pp.rule && !pp.rule(ruleId)) return false;
        if (!pp.framework && !pp.control) return true;
        return resolver.memberships(ruleId).some((m) => (!pp.framework || m.frameworkNames.some(pp.framework)) && (!pp.control || m.controlIds.some(pp.control)));
      });
    const pos = y.position(at());
    entries.push({
      label,
      format: 'kubescape',
      location: { file: y.path, ...pos },
      reason: typeof p.reason === 'string' && p.reason.trim() ? p.reason.trim() : `Kubescape exception "${label}"`,
      owner: typeof p.createdBy === 'string' && p.createdBy ? p.createdBy : undefined,
      expires,
      expiresAt,
      matches: (f, obj) => coversRule(f.ruleId) && designators.some((d) => d.attrs.every((a) => attributeMatches(a.key, a.test, f, obj))),
      spec: p,
    });
  });
  if (errors.length > 0) throw errors.length === 1 ? errors[0] : new ConfigErrors(errors);
  return { file: y.path, format: 'kubescape', entries, diagnostics };
}

function attributeMatches(key: string, test: Test, f: Finding, obj: KubeObject | undefined): boolean {
  const o = f.object;
  switch (key) {
    case 'cluster':
      // a repository scan has no cluster: only a pattern accepting the empty name matches
      return test('');
    case 'namespace':
      return o.namespace === undefined ? test('') || test('default') : test(o.namespace);
    case 'kind':
      return test(o.kind);
    case 'name':
      return test(o.name);
    case 'path':
      return test(f.file);
    case 'containerName':
      return f.container !== undefined && test(f.container);
    case 'resourceID':
      return test(resourceId(o));
    default: {
      if (KNOWN_ATTRIBUTES.has(key)) return false;
      // any other attribute is a label (or, failing that, an annotation) of the object
      const meta = obj?.raw?.metadata;
      const v = meta?.labels?.[key] ?? meta?.annotations?.[key];
      return typeof v === 'string' && test(v);
    }
  }
}

/** Kubescape's resource id: `<group>/<version>/<namespace>/<kind>/<name>`, group empty for core. */
export function resourceId(o: { apiVersion: string; kind: string; namespace?: string; name: string }): string {
  const [group, version] = o.apiVersion.includes('/') ? o.apiVersion.split('/', 2) : ['', o.apiVersion];
  return `${group}/${version}/${o.namespace ?? ''}/${o.kind}/${o.name}`;
}
