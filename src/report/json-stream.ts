import type { ReportSink } from './sink';

/**
 * An array whose items are produced while the JSON is written (findings, SARIF results), so a
 * report of any size never exists as one string or one array of serialized items.
 */
export class JsonItems<T = unknown> {
  /** `flat`: the items hold no JsonItems, so each is stringified whole without looking inside. */
  constructor(
    readonly items: Iterable<T>,
    readonly flat = false,
  ) {}
}

/**
 * Writes `value` exactly as `JSON.stringify(value, null, indent)` would (indent 0: compact), with every JsonItems
 * written as the array of its items. Parts holding no JsonItems are stringified whole; JSON text
 * holds no raw line breaks inside strings, so nesting them is a matter of indenting every line.
 */
export function writeJson(sink: ReportSink, value: unknown, indent = 2): void {
  if (!writeValue(sink, value, 0, indent)) sink.write('null');
}

/** Writes one value; false when JSON.stringify would leave it out (undefined, a function, a symbol). */
function writeValue(sink: ReportSink, value: unknown, depth: number, indent: number): boolean {
  const v = toJsonValue(value);
  if (v instanceof JsonItems) {
    writeItems(sink, v.items, depth, indent, v.flat);
    return true;
  }
  if (v !== null && typeof v === 'object' && holdsItems(v)) {
    if (Array.isArray(v)) writeItems(sink, v, depth, indent);
    else writeObject(sink, v as Record<string, unknown>, depth, indent);
    return true;
  }
  const text = JSON.stringify(v, null, indent);
  if (text === undefined) return false;
  sink.write(depth && indent ? text.replaceAll('\n', newline(depth, indent)) : text);
  return true;
}

function writeItems(sink: ReportSink, items: Iterable<unknown>, depth: number, indent: number, flat = false): void {
  const inner = newline(depth + 1, indent);
  let first = true;
  for (const item of items) {
    sink.write(first ? `[${inner}` : `,${inner}`);
    first = false;
    if (flat) {
      const text = JSON.stringify(item, null, indent);
      sink.write(text === undefined ? 'null' : indent ? text.replaceAll('\n', inner) : text);
    } else if (!writeValue(sink, item, depth + 1, indent)) sink.write('null');
  }
  sink.write(first ? '[]' : `${newline(depth, indent)}]`);
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
