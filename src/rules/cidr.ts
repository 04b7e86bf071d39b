/**
 * IPv4 and IPv6 CIDR blocks as address ranges, so that rules can ask whether a set of blocks
 * covers another (NetworkPolicy `ipBlock.except` against the metadata ranges) by arithmetic
 * rather than by comparing strings: `169.0.0.0/8` covers `169.254.0.0/16`, and two halves cover
 * the whole.
 */
export interface AddressRange {
  family: 4 | 6;
  first: bigint;
  last: bigint;
}

/** A CIDR block (`10.0.0.0/8`, `fd00:ec2::/32`); undefined when it is not one. Host bits are ignored, as the API server's parser masks them. */
export function parseCidr(text: unknown): AddressRange | undefined {
  if (typeof text !== 'string') return undefined;
  const m = /^([^/\s]+)\/(\d{1,3})$/.exec(text.trim());
  if (!m) return undefined;
  const v4 = parseIPv4(m[1]);
  const family = v4 !== undefined ? 4 : 6;
  const address = v4 ?? parseIPv6(m[1]);
  if (address === undefined) return undefined;
  const bits = family === 4 ? 32 : 128;
  const prefix = Number(m[2]);
  if (prefix > bits) return undefined;
  const hostBits = BigInt(bits - prefix);
  const first = (address >> hostBits) << hostBits;
  return { family, first, last: first + (1n << hostBits) - 1n };
}

/** Whether the union of `blocks` contains every address of `target`. */
export function rangesCover(blocks: readonly AddressRange[], target: AddressRange): boolean {
  const sorted = blocks.filter((b) => b.family === target.family && b.last >= target.first && b.first <= target.last).sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  let next = target.first;
  for (const b of sorted) {
    if (b.first > next) return false;
    if (b.last >= next) next = b.last + 1n;
    if (next > target.last) return true;
  }
  return next > target.last;
}

/** Whether `outer` contains every address of `inner`. */
export function rangeContains(outer: AddressRange, inner: AddressRange): boolean {
  return outer.family === inner.family && outer.first <= inner.first && inner.last <= outer.last;
}

function parseIPv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0n;
  for (const p of parts) {
    // leading zeros are refused by Go's parser (octal ambiguity), so by the API server too
    if (!/^(0|[1-9]\d{0,2})$/.test(p) || Number(p) > 255) return undefined;
    n = (n << 8n) | BigInt(p);
  }
  return n;
}

function parseIPv6(text: string): bigint | undefined {
  if (!/^[0-9a-fA-F:.]+$/.test(text)) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (s: string): number[] | undefined => {
    if (s === '') return [];
    const out: number[] = [];
    const parts = s.split(':');
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (i === parts.length - 1 && p.includes('.')) {
        // an embedded IPv4 tail (::ffff:192.0.2.1) stands for two groups
        const v4 = parseIPv4(p);
        if (v4 === undefined) return undefined;
        out.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
      } else if (/^[0-9a-fA-F]{1,4}$/.test(p)) out.push(parseInt(p, 16));
      else return undefined;
    }
    return out;
  };
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const all = [...head, ...new Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail];
  return all.reduce((n, g) => (n << 16n) | BigInt(g), 0n);
}
