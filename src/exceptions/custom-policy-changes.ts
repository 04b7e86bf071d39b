import { ConfigError } from '../core/errors';
import { type FieldPath, type PolicyChange, SEVERITIES } from '../core/model';
import { readPolicyDocs, type PolicyDoc } from '../policy/yaml-docs';
import { VAP_GROUP, ANNOTATIONS, DEFAULT_SEVERITY } from '../policy/vap';
import type { RuleFile } from '../rules/load-rules';
import { append } from '../core/arrays';

/* eslint-disable @typescript-eslint/no-explicit-any */

/** The repository's own policy on one side of a pull request (paths relative to the root). */
export interface CustomPolicySide {
  rules: readonly RuleFile[];
  frameworks: readonly RuleFile[];
  policies: readonly RuleFile[];
}

/** What one edit does to the gate: lets more through (wider), less (narrower), or cannot tell. */
interface Detail {
  text: string;
  effect: 'wider' | 'narrower' | 'neutral';
  /** Where in the head document it is, for the line a reviewer jumps to. */
  at?: FieldPath;
}

/** A rule, framework or policy object, identified by what the gate knows it by (not its file). */
interface Item {
  key: string;
  label: string;
  file: string;
  value: any;
  doc: PolicyDoc;
  /** Shown when the item is added or removed. */
  summary: string;
}

/**
 * Itemised changes to custom rules, frameworks and ValidatingAdmissionPolicies between the base
 * and the head: per rule id, framework id and policy object, so a rule moved to another file is
 * one change, and "severity high → low" reads as what it does. A file that does not parse on one
 * side is reported as a whole.
 */
export function diffCustomPolicy(base: CustomPolicySide, head: CustomPolicySide): PolicyChange[] {
  const b = collect(base);
  const h = collect(head);
  const out: PolicyChange[] = [];
  for (const file of [...new Set([...b.unreadable.keys(), ...h.unreadable.keys()])].sort()) {
    const sides = [b.unreadable.has(file) && 'base', h.unreadable.has(file) && 'head'].filter(Boolean).join(' and ');
    const [bt, ht] = [b.texts.get(file), h.texts.get(file)];
    if (bt === ht) continue;
    const status = bt === undefined ? 'added' : ht === undefined ? 'removed' : 'changed';
    out.push({ file, change: status, description: `${kindOfFile(file, head, base)} file ${file} ${status}; it does not parse at the ${sides} (${(h.unreadable.get(file) ?? b.unreadable.get(file))!}), so the change cannot be itemised` });
  }
  // items of an unreadable file are left out on both sides: the file-level entry covers them
  const skip = new Set([...b.unreadable.keys(), ...h.unreadable.keys()]);
  const baseItems = new Map(b.items.filter((i) => !skip.has(i.file)).map((i) => [i.key, i]));
  const headItems = h.items.filter((i) => !skip.has(i.file));
  const headKeys = new Set(headItems.map((i) => i.key));
  for (const y of headItems) {
    const x = baseItems.get(y.key);
    if (!x) {
      out.push({ file: y.file, change: 'added', description: `${y.label} added${y.summary ? ` (${y.summary})` : ''}`, line: y.doc.position([]).startLine });
      continue;
    }
    const details = compare(x, y);
    if (x.file !== y.file) details.unshift({ text: `moved from ${x.file}`, effect: 'neutral' });
    if (details.length === 0) continue;
    const change = details.some((d) => d.effect === 'wider') ? 'widened' : details.some((d) => d.effect === 'narrower') ? 'narrowed' : 'changed';
    const at = details.find((d) => d.at)?.at ?? [];
    out.push({ file: y.file, change, description: `${y.label}: ${details.map((d) => d.text).join('; ')}`, line: y.doc.position(at).startLine });
  }
  for (const x of baseItems.values()) {
    if (!headKeys.has(x.key)) out.push({ file: x.file, change: 'removed', description: `${x.label} removed${x.summary ? ` (was ${x.summary})` : ''}: the gate no longer applies it` });
  }
  return out.sort((p, q) => p.file.localeCompare(q.file) || p.description.localeCompare(q.description));
}

function kindOfFile(file: string, ...sides: CustomPolicySide[]): string {
  for (const s of sides) {
    if (s.frameworks.some((f) => f.path === file)) return 'custom framework';
    if (s.policies.some((f) => f.path === file)) return 'policy';
  }
  return 'custom rule';
}

function collect(side: CustomPolicySide): { items: Item[]; unreadable: Map<string, string>; texts: Map<string, string> } {
  const items: Item[] = [];
  const unreadable = new Map<string, string>();
  const texts = new Map<string, string>();
  const read = (f: RuleFile): PolicyDoc[] | undefined => {
    texts.set(f.path, f.text);
    try {
      return readPolicyDocs(f.path, f.text);
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      unreadable.set(f.path, err.message);
      return undefined;
    }
  };
  for (const f of side.rules) {
    const doc = read(f)?.[0];
    if (!doc) continue;
    const v = obj(doc.value);
    // a rule file without an id is still a file the PR touched: key it by its path
    const id = typeof v.id === 'string' ? v.id : undefined;
    items.push({ key: id ? `rule:${id}` : `rule-file:${f.path}`, label: id ? `rule ${id}` : `custom rule file ${f.path}`, file: f.path, value: v, doc, summary: [v.severity && `severity ${v.severity}`, v.check?.template && `template ${v.check.template}`].filter(Boolean).join(', ') });
  }
  for (const f of side.frameworks) {
    const doc = read(f)?.[0];
    if (!doc) continue;
    const v = obj(doc.value);
    const id = typeof v.id === 'string' ? v.id : undefined;
    const controls = list(v.controls).map((c) => obj(c).id).filter((c) => c !== undefined);
    items.push({ key: id ? `framework:${id}` : `framework-file:${f.path}`, label: id ? `framework ${id}` : `custom framework file ${f.path}`, file: f.path, value: v, doc, summary: controls.length ? `controls ${controls.join(', ')}` : '' });
  }
  for (const f of side.policies) {
    for (const doc of read(f) ?? []) {
      const v = obj(doc.value);
      const name = obj(v.metadata).name;
      if (typeof v.kind !== 'string' || typeof name !== 'string') continue;
      const admission = typeof v.apiVersion === 'string' && v.apiVersion.split('/')[0] === VAP_GROUP;
      const ns = typeof v.metadata.namespace === 'string' ? `${v.metadata.namespace}/` : '';
      const label =
        admission && v.kind === 'ValidatingAdmissionPolicy' ? `policy ${name}`
        : admission && v.kind === 'ValidatingAdmissionPolicyBinding' ? `policy binding ${name}`
        : `policy params ${v.kind} ${ns}${name}`;
      const summary =
        v.kind === 'ValidatingAdmissionPolicy' ? `severity ${vapSeverity(v)}, ${list(v.spec?.validations).length} validation(s)`
        : v.kind === 'ValidatingAdmissionPolicyBinding' ? `binds ${v.spec?.policyName ?? '?'}, actions ${list(v.spec?.validationActions).join('|') || 'none'}`
        : '';
      items.push({ key: `${admission ? 'vap:' : 'obj:'}${v.kind}:${ns}${name}`, label, file: f.path, value: v, doc, summary });
    }
  }
  return { items, unreadable, texts };
}

function compare(x: Item, y: Item): Detail[] {
  if (JSON.stringify(x.value) === JSON.stringify(y.value)) return [];
  if (x.key.startsWith('rule')) return compareRules(x.value, y.value);
  if (x.key.startsWith('framework')) return compareFrameworks(x.value, y.value);
  if (x.value.kind === 'ValidatingAdmissionPolicy') return comparePolicies(x.value, y.value);
  if (x.value.kind === 'ValidatingAdmissionPolicyBinding') return compareBindings(x.value, y.value);
  return leafChanges(x.value, y.value, []).map((text) => ({ text, effect: 'neutral' }));
}

/* ---------- rules ---------- */

const RULE_TEXT = ['title', 'description', 'rationale', 'remediation', 'references', 'message'];

function compareRules(x: any, y: any): Detail[] {
  const out: Detail[] = [];
  const sev = severityChange(x.severity, y.severity, 'severity', ['severity']);
  if (sev) out.push(sev);
  append(out, kindsChange(list(x.kinds).map(String), list(y.kinds).map(String)));
  const [cx, cy] = [obj(x.check), obj(y.check)];
  if (cx.template !== cy.template) out.push({ text: `template ${cx.template ?? '(none)'} → ${cy.template ?? '(none)'}`, effect: 'neutral', at: ['check', 'template'] });
  const [px, py] = [obj(cx.params), obj(cy.params)];
  // a CEL check that stops failing on evaluation errors lets broken objects through
  const onError = (p: any) => String(p.onError ?? 'fail');
  if (onError(px) !== onError(py)) out.push({ text: `onError ${onError(px)} → ${onError(py)}`, effect: onError(py) === 'ignore' ? 'wider' : 'narrower', at: ['check', 'params', 'onError'] });
  const { onError: _a, ...restX } = px;
  const { onError: _b, ...restY } = py;
  for (const text of leafChanges(restX, restY, ['params'])) out.push({ text: `check ${text}`, effect: 'neutral', at: ['check', 'params'] });
  if (JSON.stringify(x.fix) !== JSON.stringify(y.fix)) out.push({ text: x.fix === undefined ? 'fix added' : y.fix === undefined ? 'fix removed' : 'fix edited', effect: 'neutral', at: ['fix'] });
  const reworded = RULE_TEXT.filter((k) => JSON.stringify(x[k]) !== JSON.stringify(y[k]));
  if (reworded.length) out.push({ text: `${reworded.join(', ')} reworded`, effect: 'neutral' });
  const known = new Set(['id', 'severity', 'kinds', 'check', 'fix', ...RULE_TEXT]);
  for (const k of union(Object.keys(x), Object.keys(y))) if (!known.has(k) && JSON.stringify(x[k]) !== JSON.stringify(y[k])) out.push({ text: `${k} changed`, effect: 'neutral', at: [k] });
  return out;
}

/** `kinds` narrows what a rule judges; none means every kind, so dropping a kind is wider. */
function kindsChange(a: string[], b: string[]): Detail[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  const effect: Detail['effect'] =
    a.length === 0 ? 'wider'
    : b.length === 0 ? 'narrower'
    : a.some((k) => !b.includes(k)) ? 'wider'
    : b.some((k) => !a.includes(k)) ? 'narrower'
    : 'neutral';
  return [{ text: `kinds ${a.join('|') || '(any)'} → ${b.join('|') || '(any)'}`, effect, at: ['kinds'] }];
}

/* ---------- frameworks ---------- */

function compareFrameworks(x: any, y: any): Detail[] {
  const out: Detail[] = [];
  const controls = (v: any) => new Map(list(v.controls).map((c, i) => [String(obj(c).id), { c: obj(c), i }]));
  const [cx, cy] = [controls(x), controls(y)];
  for (const [id, { c }] of cx) {
    if (!cy.has(id)) out.push({ text: `control ${id} dropped (rules ${list(c.rules).join(', ') || 'none'})`, effect: 'wider' });
  }
  for (const [id, { c: b, i }] of cy) {
    const a = cx.get(id)?.c;
    const at: FieldPath = ['controls', i];
    if (!a) {
      out.push({ text: `control ${id} added (rules ${list(b.rules).join(', ') || 'none'})`, effect: 'narrower', at });
      continue;
    }
    const [ra, rb] = [list(a.rules).map(String), list(b.rules).map(String)];
    const removed = ra.filter((r) => !rb.includes(r));
    const added = rb.filter((r) => !ra.includes(r));
    if (removed.length) out.push({ text: `control ${id}: rules − ${removed.join(', ')}`, effect: 'wider', at: [...at, 'rules'] });
    if (added.length) out.push({ text: `control ${id}: rules + ${added.join(', ')}`, effect: 'narrower', at: [...at, 'rules'] });
    // in a repository's own framework a control's severity becomes its findings' severity
    const sev = severityChange(a.severity, b.severity, `control ${id}: severity`, [...at, 'severity']);
    if (sev) out.push(sev);
    for (const text of leafChanges(obj(a.params), obj(b.params), ['params'])) out.push({ text: `control ${id}: ${text}`, effect: 'neutral', at: [...at, 'params'] });
    if (JSON.stringify(a.refs) !== JSON.stringify(b.refs)) out.push({ text: `control ${id}: refs ${list(a.refs).join(', ') || '(none)'} → ${list(b.refs).join(', ') || '(none)'} (exceptions naming these ids follow)`, effect: 'neutral', at: [...at, 'refs'] });
    const reworded = ['name', 'note'].filter((k) => a[k] !== b[k]);
    if (reworded.length) out.push({ text: `control ${id}: ${reworded.join(', ')} reworded`, effect: 'neutral', at });
  }
  const reworded = ['name', 'description', 'url', 'version'].filter((k) => JSON.stringify(x[k]) !== JSON.stringify(y[k]));
  if (reworded.length) out.push({ text: `${reworded.join(', ')} reworded`, effect: 'neutral' });
  return out;
}

/* ---------- ValidatingAdmissionPolicies ---------- */

function vapSeverity(v: any): string {
  return String(obj(obj(v.metadata).annotations)[ANNOTATIONS.severity] ?? DEFAULT_SEVERITY);
}

function comparePolicies(x: any, y: any): Detail[] {
  const out: Detail[] = [];
  const sev = severityChange(vapSeverity(x), vapSeverity(y), 'severity', ['metadata', 'annotations', ANNOTATIONS.severity]);
  if (sev) out.push(sev);
  const [sx, sy] = [obj(x.spec), obj(y.spec)];
  const fp = (s: any) => String(s.failurePolicy ?? 'Fail');
  if (fp(sx) !== fp(sy)) out.push({ text: `failurePolicy ${fp(sx)} → ${fp(sy)}`, effect: fp(sy) === 'Ignore' ? 'wider' : 'narrower', at: ['spec', 'failurePolicy'] });
  const exprs = (s: any) => list(s.validations).map((v) => String(obj(v).expression ?? '').trim());
  const [ex, ey] = [exprs(sx), exprs(sy)];
  for (const e of ex.filter((e) => !ey.includes(e))) out.push({ text: `validation removed: ${short(e)}`, effect: 'wider', at: ['spec', 'validations'] });
  for (const e of ey.filter((e) => !ex.includes(e))) out.push({ text: `validation added: ${short(e)}`, effect: 'narrower', at: ['spec', 'validations'] });
  if (JSON.stringify(ex) === JSON.stringify(ey) && JSON.stringify(sx.validations) !== JSON.stringify(sy.validations)) out.push({ text: 'validation messages edited', effect: 'neutral', at: ['spec', 'validations'] });
  const { failurePolicy: _a, validations: _b, ...restX } = sx;
  const { failurePolicy: _c, validations: _d, ...restY } = sy;
  for (const text of leafChanges(restX, restY, ['spec'])) out.push({ text, effect: 'neutral', at: ['spec'] });
  const meta = (v: any) => {
    const { [ANNOTATIONS.severity]: _s, ...rest } = obj(obj(v.metadata).annotations);
    return rest;
  };
  for (const text of leafChanges(meta(x), meta(y), ['annotations'])) out.push({ text, effect: 'neutral', at: ['metadata', 'annotations'] });
  return out;
}

function compareBindings(x: any, y: any): Detail[] {
  const out: Detail[] = [];
  const [sx, sy] = [obj(x.spec), obj(y.spec)];
  if (sx.policyName !== sy.policyName) out.push({ text: `policyName ${sx.policyName} → ${sy.policyName}`, effect: 'neutral', at: ['spec', 'policyName'] });
  // without Deny the policy only warns: its findings drop to low severity
  const deny = (s: any) => list(s.validationActions).includes('Deny');
  const [ax, ay] = [list(sx.validationActions).join('|'), list(sy.validationActions).join('|')];
  if (ax !== ay) out.push({ text: `validationActions ${ax || '(none)'} → ${ay || '(none)'}`, effect: deny(sx) && !deny(sy) ? 'wider' : !deny(sx) && deny(sy) ? 'narrower' : 'neutral', at: ['spec', 'validationActions'] });
  const { policyName: _a, validationActions: _b, ...restX } = sx;
  const { policyName: _c, validationActions: _d, ...restY } = sy;
  for (const text of leafChanges(restX, restY, ['spec'])) out.push({ text, effect: 'neutral', at: ['spec'] });
  return out;
}

/* ---------- helpers ---------- */

/** Lower severity lets more through the gate. An unset severity cannot be ranked against a set one. */
function severityChange(a: unknown, b: unknown, what: string, at: FieldPath): Detail | undefined {
  if (a === b) return undefined;
  const [ia, ib] = [SEVERITIES.indexOf(a as never), SEVERITIES.indexOf(b as never)];
  const effect = ia < 0 || ib < 0 ? 'neutral' : ib > ia ? 'wider' : 'narrower';
  return { text: `${what} ${a ?? '(unset)'} → ${b ?? '(unset)'}`, effect, at };
}

const MAX_LEAVES = 6;

/** `path: old → new` for each differing leaf (lists compared whole), at most a few. */
function leafChanges(a: unknown, b: unknown, prefix: string[]): string[] {
  const out: string[] = [];
  const walk = (x: unknown, y: unknown, p: string[]) => {
    if (JSON.stringify(x) === JSON.stringify(y)) return;
    if (isObj(x) && isObj(y)) {
      for (const k of union(Object.keys(x), Object.keys(y))) walk(x[k], y[k], [...p, k]);
      return;
    }
    out.push(`${p.join('.') || 'value'}: ${show(x)} → ${show(y)}`);
  };
  walk(a, b, prefix);
  return out.length > MAX_LEAVES ? [...out.slice(0, MAX_LEAVES), `${out.length - MAX_LEAVES} more fields changed`] : out;
}

function show(v: unknown): string {
  if (v === undefined) return '(unset)';
  return short(typeof v === 'string' ? v : JSON.stringify(v));
}

function short(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 80 ? `${one.slice(0, 77)}...` : one;
}

function isObj(v: unknown): v is Record<string, any> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function obj(v: unknown): Record<string, any> {
  return isObj(v) ? v : {};
}

function list(v: unknown): any[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}
