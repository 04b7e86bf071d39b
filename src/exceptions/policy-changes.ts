import { readYamlFile } from '../parse/yaml-file';
import { globCovers } from './glob';
import type { KubegateEntrySpec } from './exceptions-file';
import type { ExceptionEntry, ExceptionSet } from './types';
import type { PolicyChange } from '../core/model';


/* ---------- exceptions ---------- */

export function diffExceptions(file: string, base: ExceptionSet | undefined, head: ExceptionSet | undefined): PolicyChange[] {
  const b = base?.entries ?? [];
  const h = head?.entries ?? [];
  const key = (e: ExceptionEntry) => (e.format === 'kubegate' ? ((e.spec as unknown as KubegateEntrySpec).id ?? `~${selectorKey(e)}`) : `ks:${e.label}`);
  const baseBy = new Map(b.map((e) => [key(e), e]));
  const headKeys = new Set(h.map(key));
  const out: PolicyChange[] = [];
  for (const e of h) {
    const old = baseBy.get(key(e));
    if (!old) {
      out.push({ file, change: 'added', description: `exception ${describeEntry(e)} added (owner ${e.owner ?? 'not given'}; reason: ${e.reason}${e.expires ? `; expires ${e.expires}` : ''})`, line: e.location.startLine });
      continue;
    }
    const c = compareEntries(old, e);
    if (c) out.push({ file, change: c.change, description: `exception ${describeEntry(e)} ${c.change}: ${c.details.join('; ')}`, line: e.location.startLine });
  }
  for (const e of b) if (!headKeys.has(key(e))) out.push({ file, change: 'removed', description: `exception ${describeEntry(e)} removed` });
  return out;
}

/** Identity of an entry without an id: what it covers and where. */
function selectorKey(e: ExceptionEntry): string {
  const s = e.spec as unknown as KubegateEntrySpec;
  return JSON.stringify([s.rules, s.controls, s.framework, s.kind, s.namespace, s.name, s.file, s.container]);
}

function describeEntry(e: ExceptionEntry): string {
  if (e.format === 'kubescape') return `"${e.label}" (Kubescape)`;
  const s = e.spec as unknown as KubegateEntrySpec;
  const what = [...s.rules, ...s.controls, ...s.framework.map((f) => `framework ${f}`)].join(', ');
  const where = (['kind', 'namespace', 'name', 'file', 'container'] as const)
    .filter((k) => s[k].length)
    .map((k) => `${k} ${s[k].join('|')}`)
    .join(', ');
  return `${s.id ? `${s.id} ` : ''}[${what} on ${where}]`;
}

function compareEntries(a: ExceptionEntry, b: ExceptionEntry): { change: PolicyChange['change']; details: string[] } | undefined {
  if (JSON.stringify(a.spec) === JSON.stringify(b.spec)) return undefined;
  if (a.format !== 'kubegate' || b.format !== 'kubegate') return { change: 'changed', details: ['resources or posturePolicies edited'] };
  const x = a.spec as unknown as KubegateEntrySpec;
  const y = b.spec as unknown as KubegateEntrySpec;
  let wider = false;
  let narrower = false;
  const details: string[] = [];
  // what it covers: more rules is wider
  for (const k of ['rules', 'controls', 'framework'] as const) {
    const added = y[k].filter((v) => !x[k].includes(v));
    const removed = x[k].filter((v) => !y[k].includes(v));
    if (added.length) {
      wider = true;
      details.push(`${k} + ${added.join(', ')}`);
    }
    if (removed.length) {
      narrower = true;
      details.push(`${k} − ${removed.join(', ')}`);
    }
  }
  // where it applies: no constraint is widest; otherwise judge the patterns on their literals
  for (const k of ['kind', 'namespace', 'name', 'file', 'container'] as const) {
    const [from, to] = [x[k], y[k]];
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    const w = from.length > 0 && (to.length === 0 || to.some((p) => !from.some((q) => globCovers(q, p))));
    const n = to.length > 0 && (from.length === 0 || from.some((p) => !to.some((q) => globCovers(q, p))));
    wider ||= w;
    narrower ||= n;
    details.push(`${k} ${from.join('|') || '(any)'} → ${to.join('|') || '(any)'}`);
  }
  if (x.expires !== y.expires) {
    if (y.expires === undefined || (x.expires !== undefined && y.expires > x.expires)) wider = true;
    else narrower = true;
    details.push(`expires ${x.expires ?? 'never'} → ${y.expires ?? 'never'}`);
  }
  if (x.reason !== y.reason) details.push('reason reworded');
  if (x.owner !== y.owner) details.push(`owner ${x.owner} → ${y.owner}`);
  return { change: wider ? 'widened' : narrower ? 'narrowed' : 'changed', details };
}

/* ---------- .kubegate.yaml ---------- */

/** Thresholds from least to most permissive. */
const SEVERITY_LAXITY = ['low', 'medium', 'high', 'critical', 'none'];
const DEFAULTS: Record<string, unknown> = { 'severity-threshold': 'high', 'compliance-threshold': 0 };

/* eslint-disable @typescript-eslint/no-explicit-any */

export function diffRepoConfig(file: string, baseText: string | undefined, headText: string | undefined): PolicyChange[] {
  if (baseText === headText) return [];
  const read = (t: string | undefined): Record<string, any> | 'invalid' => {
    if (t === undefined) return {};
    try {
      const v = readYamlFile(file, t).value;
      return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : 'invalid';
    } catch {
      return 'invalid';
    }
  };
  const a = read(baseText);
  const b = read(headText);
  if (a === 'invalid' || b === 'invalid') return [{ file, change: 'changed', description: `${file} changed (one side does not parse, so the change cannot be itemised)` }];
  const out: PolicyChange[] = [];
  const push = (change: PolicyChange['change'], description: string) => out.push({ file, change, description });
  if (baseText === undefined) push('added', `${file} added`);
  if (headText === undefined) push('removed', `${file} removed: defaults apply`);

  const sev = (v: any) => String(v ?? DEFAULTS['severity-threshold']).toLowerCase();
  if (sev(a['severity-threshold']) !== sev(b['severity-threshold'])) {
    const [x, y] = [sev(a['severity-threshold']), sev(b['severity-threshold'])];
    push(SEVERITY_LAXITY.indexOf(y) > SEVERITY_LAXITY.indexOf(x) ? 'widened' : 'narrowed', `severity-threshold ${x} → ${y}`);
  }
  const comp = (v: any) => Number(String(v ?? DEFAULTS['compliance-threshold']).replace(/%$/, ''));
  if (comp(a['compliance-threshold']) !== comp(b['compliance-threshold'])) {
    const [x, y] = [comp(a['compliance-threshold']), comp(b['compliance-threshold'])];
    push(y < x ? 'widened' : 'narrowed', `compliance-threshold ${x} → ${y}`);
  }
  listDiff(a.frameworks, b.frameworks, (added, removed) => {
    if (removed.length) push('widened', `frameworks no longer evaluated: ${removed.join(', ')}`);
    if (added.length) push('narrowed', `frameworks added: ${added.join(', ')}`);
  });
  listDiff(a.exclude, b.exclude, (added, removed) => {
    if (added.length) push('widened', `exclude + ${added.join(', ')}`);
    if (removed.length) push('narrowed', `exclude − ${removed.join(', ')}`);
  });
  listDiff(a.files, b.files, (added, removed) => push('changed', `files: ${[...added.map((x) => `+ ${x}`), ...removed.map((x) => `− ${x}`)].join(', ')}`));

  const sa = obj(a.settings);
  const sb = obj(b.settings);
  for (const k of union(Object.keys(sa), Object.keys(sb))) {
    listDiff(sa[k] ?? [], sb[k] ?? [], (added, removed) => {
      // allow-lists widen as they grow; deny-lists (insecureCapabilities...) widen as they shrink
      const allow = /allow/i.test(k);
      const widened = allow ? added.length > 0 : removed.length > 0;
      const narrowed = allow ? removed.length > 0 : added.length > 0;
      push(widened ? 'widened' : narrowed ? 'narrowed' : 'changed', `setting ${k}: ${[...added.map((x) => `+ ${x}`), ...removed.map((x) => `− ${x}`)].join(', ')}`);
    });
  }

  const ra = obj(a.rules);
  const rb = obj(b.rules);
  for (const id of union(Object.keys(ra), Object.keys(rb))) {
    const x = obj(ra[id]);
    const y = obj(rb[id]);
    if (JSON.stringify(x) === JSON.stringify(y)) continue;
    if (x.enabled !== false && y.enabled === false) push('widened', `rule ${id} disabled`);
    else if (x.enabled === false && y.enabled !== false) push('narrowed', `rule ${id} enabled again`);
    if (x.severity !== y.severity) {
      const order = ['critical', 'high', 'medium', 'low'];
      const [from, to] = [x.severity ?? 'default', y.severity ?? 'default'];
      const lower = from !== 'default' && to !== 'default' ? order.indexOf(to) > order.indexOf(from) : undefined;
      push(lower === undefined ? 'changed' : lower ? 'widened' : 'narrowed', `rule ${id} severity ${from} → ${to}`);
    }
    if (JSON.stringify(x.params) !== JSON.stringify(y.params)) push('changed', `rule ${id} parameters changed`);
  }
  const known = new Set(['frameworks', 'severity-threshold', 'compliance-threshold', 'files', 'exclude', 'settings', 'rules']);
  for (const k of union(Object.keys(a), Object.keys(b))) {
    if (!known.has(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k])) push('changed', `${k} changed`);
  }
  return out;
}

function listDiff(a: unknown, b: unknown, then: (added: string[], removed: string[]) => void): void {
  const la = toList(a);
  const lb = toList(b);
  const added = lb.filter((x) => !la.includes(x));
  const removed = la.filter((x) => !lb.includes(x));
  if (added.length || removed.length) then(added, removed);
}

function toList(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') return v.split(',').map((s) => s.trim()).filter(Boolean);
  return Array.isArray(v) ? v.map(String) : [JSON.stringify(v)];
}

function obj(v: unknown): Record<string, any> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}

/* ---------- custom rules, frameworks and policies: see custom-policy-changes.ts ---------- */

export { diffCustomPolicy, type CustomPolicySide } from './custom-policy-changes';
