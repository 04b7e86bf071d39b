/**
 * Object keys of one scan, numbered in the order the objects are judged. Every rule tallies every
 * object it applies to: 100 rules on 100,000 objects are ten million memberships, which as
 * `Set<string>` entries cost hundreds of megabytes and as bits cost about a megabyte.
 */
export class KeyRegistry {
  private readonly ids = new Map<string, number>();
  readonly keys: string[] = [];

  /** The key's number, given on first sight. */
  id(key: string): number {
    let i = this.ids.get(key);
    if (i === undefined) {
      i = this.keys.length;
      this.ids.set(key, i);
      this.keys.push(key);
    }
    return i;
  }

  lookup(key: string): number | undefined {
    return this.ids.get(key);
  }

  /** The registry's own string for `key` when it holds it: the same key built again need not be kept twice. */
  canonical(key: string): string | undefined {
    const i = this.ids.get(key);
    return i === undefined ? undefined : this.keys[i];
  }
}

/** What a tally needs of a set of object keys: a `Set<string>` is one too. */
export interface KeyCollection extends Iterable<string> {
  readonly size: number;
  has(key: string): boolean;
  add(key: string): unknown;
}

/**
 * A set of a registry's keys, one bit per key. It iterates in the registry's order, which is the
 * order the keys were first added in when objects are judged one after another, as a Set's is.
 */
export class KeySet implements KeyCollection {
  private words: Uint32Array;
  private count = 0;

  constructor(
    readonly registry: KeyRegistry,
    words?: Uint32Array,
  ) {
    this.words = words ?? new Uint32Array(0);
    if (words) for (const w of words) this.count += popcount(w);
  }

  get size(): number {
    return this.count;
  }

  add(key: string): this {
    this.addId(this.registry.id(key));
    return this;
  }

  addId(i: number): void {
    const w = i >>> 5;
    if (w >= this.words.length) {
      const grown = new Uint32Array(Math.max(w + 1, this.words.length * 2, 8));
      grown.set(this.words);
      this.words = grown;
    }
    const bit = 1 << (i & 31);
    if ((this.words[w] & bit) === 0) {
      this.words[w] |= bit;
      this.count++;
    }
  }

  hasId(i: number): boolean {
    const w = i >>> 5;
    return w < this.words.length && (this.words[w] & (1 << (i & 31))) !== 0;
  }

  has(key: string): boolean {
    const i = this.registry.lookup(key);
    return i !== undefined && this.hasId(i);
  }

  /** Adds every key of `other`: word by word when both number keys alike. */
  addAll(other: Iterable<string>): void {
    if (other instanceof KeySet && other.registry === this.registry) {
      if (other.words.length > this.words.length) {
        const grown = new Uint32Array(other.words.length);
        grown.set(this.words);
        this.words = grown;
      }
      let count = 0;
      for (let w = 0; w < this.words.length; w++) {
        if (w < other.words.length) this.words[w] |= other.words[w];
        count += popcount(this.words[w]);
      }
      this.count = count;
      return;
    }
    for (const k of other) this.add(k);
  }

  /** The numbers of the keys in the set, ascending. */
  *ids(): IterableIterator<number> {
    const words = this.words;
    for (let w = 0; w < words.length; w++) {
      let bits = words[w];
      while (bits !== 0) {
        const low = bits & -bits;
        yield (w << 5) + (31 - Math.clz32(low));
        bits ^= low;
      }
    }
  }

  *[Symbol.iterator](): IterableIterator<string> {
    for (const i of this.ids()) yield this.registry.keys[i];
  }

  /** The bits, for sending to another thread (the registry's keys go beside them). */
  toWords(): Uint32Array {
    return this.words.slice(0, Math.ceil(this.registry.keys.length / 32));
  }
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Adds every key of `from` to `into`: word by word when both are bitsets of one registry. */
export function addAllKeys(into: KeyCollection, from: KeyCollection): void {
  if (into instanceof KeySet) into.addAll(from);
  else for (const k of from) into.add(k);
}
