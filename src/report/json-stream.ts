import type { ReportSink } from './sink';

/**
 * How a JsonItems array lays out its items:
 * - `nested`: items may hold JsonItems of their own; written exactly as JSON.stringify would indent them.
 * - `whole`: items hold no JsonItems; each is stringified whole, exactly as JSON.stringify would indent it.
 * - `line`: items hold no JsonItems; each is one line of compact JSON. For arrays of many large
 *   items (SARIF results): a third the size of indented JSON, written by one native call per item,
 *   and still a line per item to read, grep and diff.
 */
export type ItemLayout = 'nested' | 'whole' | 'line';

/**
 * An array whose items are produced while the JSON is written (findings, SARIF results), so a
 * report of any size never exists as one string or one array of serialized items.
 */
export class JsonItems<T = unknown> {
  constructor(
    readonly items: Iterable<T>,
    readonly layout: ItemLayout = 'nested',
  ) {}
}

/**
 * Writes `value` as `JSON.stringify(value, null, indent)` would (indent 0: compact), with every
 * JsonItems written as the array of its items; byte for byte the same unless a JsonItems has the
 * `line` layout, whose items are compact, one per line (the same JSON value either way).
 */
export function writeJson(sink: ReportSink, value: unknown, indent = 2): void {
  if (!writeValue(sink, value, 0, indent)) sink.write('null');
}

/** Writes one value; false when JSON.stringify would leave it out (undefined, a function, a symbol). */
function writeValue(sink: ReportSink, value: unknown, depth: number, indent: number): boolean {
  const v = toJsonValue(value);
  if (v instanceof JsonItems) {
    writeItems(sink, v.items, depth, indent, v.layout);
    return true;
  }
  if (v !== null && typeof v === 'object' && holdsItems(v)) {
    if (Array.isArray(v)) writeItems(sink, v, depth, indent, 'nested');
    else writeObject(sink, v as Record<string, unknown>, depth, indent);
    return true;
  }
  const text = stringifyAt(v, depth, indent);
  if (text === undefined) return false;
  sink.write(text);
  return true;
}

function writeItems(sink: ReportSink, items: Iterable<unknown>, depth: number, indent: number, layout: ItemLayout): void {
  const inner = newline(depth + 1, indent);
  // compact items still go one to a line, so an indented log stays readable line by line
  const sep = layout === 'line' && !indent ? '' : inner;
  let first = true;
  for (const item of items) {
    sink.write(first ? `[${sep}` : `,${sep}`);
    first = false;
    if (layout === 'nested') {
      if (!writeValue(sink, item, depth + 1, indent)) sink.write('null');
    } else {
      const text = layout === 'line' ? JSON.stringify(item) : stringifyAt(item, depth + 1, indent);
      sink.write(text ?? 'null');
    }
  }
  sink.write(first ? '[]' : `${sep && newline(depth, indent)}]`);
}

function writeObject(sink: ReportSink, obj: Record<string, unknown>, depth: number, indent: number): void {
  const inner = newline(depth + 1, indent);
  let first = true;
  for (const key of Object.keys(obj)) {
    const v = toJsonValue(obj[key]);
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    sink.write(`${first ? '{' : ','}${inner}${JSON.stringify(key)}:${indent ? ' ' : ''}`);
    first = false;
    writeValue(sink, v, depth + 1, indent);
  }
  sink.write(first ? '{}' : `${newline(depth, indent)}}`);
}

/**
 * `JSON.stringify(v, null, indent)` as it reads `depth` levels down. The value is stringified
 * inside `depth` one-item arrays and cut out of them, so JSON.stringify indents it natively: no
 * second pass over the text to indent its lines, no second copy of it.
 */
function stringifyAt(v: unknown, depth: number, indent: number): string | undefined {
  if (!indent || !depth || v === null || typeof v !== 'object') return JSON.stringify(v, null, indent);
  let wrapped: unknown = v;
  for (let d = 0; d < depth; d++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, indent);
  const [head, tail] = wrapping(depth, indent);
  return text.slice(head, text.length - tail);
}

/** Lengths of what `depth` one-item arrays put before and after their item: `[` and a newline with indentation per level. */
function wrapping(depth: number, indent: number): [number, number] {
  let head = 0;
  let tail = 0;
  for (let d = 0; d < depth; d++) {
    head += 2 + (d + 1) * indent;
    tail += 2 + d * indent;
  }
  return [head, tail];
}

function toJsonValue(v: unknown): unknown {
  return v !== null && typeof v === 'object' && !(v instanceof JsonItems) && typeof (v as { toJSON?: unknown }).toJSON === 'function' ? (v as { toJSON: () => unknown }).toJSON() : v;
}

function holdsItems(v: object): boolean {
  for (const x of Array.isArray(v) ? v : Object.values(v)) {
    if (x instanceof JsonItems) return true;
    if (x !== null && typeof x === 'object' && holdsItems(x)) return true;
  }
  return false;
}

/** A line break and the indentation of `depth`; nothing at all in compact JSON (indent 0). */
function newline(depth: number, indent: number): string {
  return indent ? `\n${' '.repeat(depth * indent)}` : '';
}
