/**
 * A copy of `s` that holds only its own characters. V8 keeps a long substring as a view on the
 * string it was cut from (js-yaml's scalars are views on the whole file), and a cheap-looking
 * join as a tree of its parts: a finding that outlives its file would keep the file's text, or
 * a dozen small strings, alive for one name. Short strings are copies already.
 */
export function detached(s: string): string {
  // a value a typed boundary let through as another type is returned as it is, and so is a
  // string with a lone surrogate, which UTF-8 cannot carry: it stays exact (and a view) rather
  // than become another string
  if (typeof s !== 'string' || s.length < 13 || !isWellFormed(s)) return s;
  return Buffer.from(s, 'utf8').toString('utf8');
}

const isWellFormed = (s: string): boolean => (s as string & { isWellFormed(): boolean }).isWellFormed();

/**
 * Strings of their own (see `detached`), one per distinct value: a million findings naming a few
 * hundred images hold a few hundred strings, and none of them keeps a file's text alive. The
 * pool forgets what it holds past `max` values: values named once (an object's name in a
 * message) would otherwise fill it, and a value that recurs is soon pooled again.
 */
export class StringPool {
  readonly #strings = new Map<string, string>();

  constructor(private readonly max = 20_000) {}

  get(s: string): string {
    if (typeof s !== 'string' || s.length < 13) return s;
    let own = this.#strings.get(s);
    if (own === undefined) {
      if (this.#strings.size >= this.max) this.#strings.clear();
      own = detached(s);
      this.#strings.set(own, own);
    }
    return own;
  }
}
