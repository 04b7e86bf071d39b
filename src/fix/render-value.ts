import { stringify } from 'yaml';
import type { SourceStyle } from './source-style';

/** How the value being replaced was quoted; a new string value keeps that quoting. */
export type Quote = 'plain' | 'single' | 'double';

const FLOW_UNSAFE = /[,[\]{}]/;

/** A scalar as YAML (or JSON) text. Strings that would read as another type are quoted. */
export function renderScalar(v: unknown, style: Pick<SourceStyle, 'json'>, opts: { flow?: boolean; quote?: Quote } = {}): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  if (typeof v !== 'string') throw new Error(`not a scalar: ${JSON.stringify(v)}`);
  if (style.json || opts.quote === 'double') return JSON.stringify(v);
  if (opts.quote === 'single') return `'${v.replace(/'/g, "''")}'`;
  // the library knows which plain strings would resolve to bool, null, number or break the syntax
  const plain = plainScalar(v);
  if (plain.includes('\n') || (opts.flow && FLOW_UNSAFE.test(plain) && !/^["']/.test(plain))) return JSON.stringify(v);
  return plain;
}

// fixes write the same few keys and values (runAsNonRoot, RuntimeDefault, 500m) tens of thousands of times
const PLAIN = new Map<string, string>();
const PLAIN_MAX = 10_000;

function plainScalar(v: string): string {
  let plain = PLAIN.get(v);
  if (plain === undefined) {
    plain = stringify(v, { lineWidth: 0 }).replace(/\n$/, '');
    if (PLAIN.size >= PLAIN_MAX) PLAIN.clear();
    PLAIN.set(v, plain);
  }
  return plain;
}

export function renderKey(k: string | number, style: Pick<SourceStyle, 'json'>, flow = false): string {
  return renderScalar(String(k), style, { flow });
}

/** A value inside a flow collection (or JSON written on one line): `{a: 1, b: [x]}`. */
export function renderFlow(v: unknown, style: Pick<SourceStyle, 'json'>): string {
  if (Array.isArray(v)) return `[${v.map((x) => renderFlow(x, style)).join(', ')}]`;
  if (isPlainObject(v)) return `{${Object.entries(v).map(([k, x]) => `${renderKey(k, style, true)}: ${renderFlow(x, style)}`).join(', ')}}`;
  return renderScalar(v, style, { flow: true });
}

/**
 * `key: value` as block YAML lines at column `col`, nested mappings indented by the file's step
 * and sequences placed the way the file places them. Empty collections are written in flow style.
 */
export function renderBlockPair(key: string | number, v: unknown, col: number, style: SourceStyle): string[] {
  const head = `${' '.repeat(col)}${renderKey(key, style)}:`;
  if (isPlainObject(v) && Object.keys(v).length) {
    return [head, ...Object.entries(v).flatMap(([k, x]) => renderBlockPair(k, x, col + style.indent, style))];
  }
  if (Array.isArray(v) && v.length) {
    const dash = col + (style.indentSequences ? style.indent : 0);
    return [head, ...v.flatMap((x) => renderBlockItem(x, dash, style))];
  }
  return [`${head} ${isPlainObject(v) || Array.isArray(v) ? renderFlow(v, style) : renderScalar(v, style)}`];
}

/** `- item` lines with the dash at column `dash`. */
export function renderBlockItem(v: unknown, dash: number, style: SourceStyle): string[] {
  if (isPlainObject(v) && Object.keys(v).length) {
    const lines = Object.entries(v).flatMap(([k, x]) => renderBlockPair(k, x, dash + 2, style));
    lines[0] = `${' '.repeat(dash)}- ${lines[0].slice(dash + 2)}`;
    return lines;
  }
  return [`${' '.repeat(dash)}- ${isPlainObject(v) || Array.isArray(v) ? renderFlow(v, style) : renderScalar(v, style)}`];
}

/** `{a: {b: v}}` for the path segments still to create below an existing mapping. */
export function nest(rest: ReadonlyArray<string | number>, value: unknown): unknown {
  let v = value;
  for (let i = rest.length - 1; i >= 0; i--) v = { [String(rest[i])]: v };
  return v;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Structural equality of plain JSON-like values (order of keys ignored). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && sameValue(a[k], b[k]));
  }
  return false;
}
