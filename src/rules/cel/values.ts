/**
 * Manifest values as CEL sees them. YAML gives JavaScript numbers; CEL tells `int` from
 * `double`, and Kubernetes' schemas make `replicas: 3` an int, so `object.spec.replicas + 1`
 * must work. Integral numbers become BigInt (cel-js's int), the rest stay doubles.
 */

// the converted tree of each parsed object, shared by every CEL rule of a scan and freed with it
const converted = new WeakMap<object, unknown>();

export function toCel(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return scalar(value);
  const hit = converted.get(value);
  if (hit !== undefined) return hit;
  const out = convert(value);
  converted.set(value, out);
  return out;
}

function convert(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return scalar(value);
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = convert(value[i]);
    return out;
  }
  if (value instanceof Date) return value.toISOString();
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = convert(v);
  }
  return out;
}

function scalar(v: unknown): unknown {
  if (typeof v === 'number') return Number.isInteger(v) && Number.isSafeInteger(v) ? BigInt(v) : v;
  // YAML `~` and a missing value are both null to CEL
  if (v === undefined) return null;
  return v;
}

/** A CEL result as text for messages: strings bare, everything else in CEL-ish notation. */
export function celToString(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'bigint') return v.toString();
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map(celInner).join(', ')}]`;
  if (typeof v === 'object' && v.constructor === Object) {
    return `{${Object.entries(v as Record<string, unknown>)
      .map(([k, x]) => `${JSON.stringify(k)}: ${celInner(x)}`)
      .join(', ')}}`;
  }
  return String(v);
}

function celInner(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v) : celToString(v);
}
