import { KeyRegistry, KeySet } from '../../src/core/key-set';

/** A small deterministic generator, so a failure names its seed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('KeySet behaves as a Set of object keys', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('agrees with Set<string> on random adds, lookups and unions (seed %i)', (seed) => {
    const next = rng(seed);
    const registry = new KeyRegistry();
    // keys registered in judging order, as evaluateRules does; some sets use keys the registry meets late
    const universe = Array.from({ length: 40 + Math.floor(next() * 200) }, (_, i) => `f${i % 7}.yaml#${i}|Deployment/ns/app-${i}`);
    for (const k of universe.slice(0, universe.length / 2)) registry.id(k);
    const sets = [0, 1, 2].map(() => ({ bits: new KeySet(registry), plain: new Set<string>() }));
    for (let n = 0; n < 500; n++) {
      const key = universe[Math.floor(next() * universe.length)];
      const s = sets[Math.floor(next() * sets.length)];
      s.bits.add(key);
      s.plain.add(key);
    }
    for (const s of sets) {
      expect(s.bits.size).toBe(s.plain.size);
      for (const k of universe) expect(s.bits.has(k)).toBe(s.plain.has(k));
      // registry order: the order keys were first numbered in
      expect([...s.bits]).toEqual(registry.keys.filter((k) => s.plain.has(k)));
    }
    const union = new KeySet(registry);
    const plainUnion = new Set<string>();
    for (const s of sets) {
      union.addAll(s.bits);
      for (const k of s.plain) plainUnion.add(k);
    }
    expect(union.size).toBe(plainUnion.size);
    expect(new Set(union)).toEqual(plainUnion);
    // a union with a plain Set, or a set of another registry, goes key by key
    const other = new KeySet(new KeyRegistry());
    other.add('elsewhere.yaml#0|Pod/ns/x');
    union.addAll(other);
    union.addAll(new Set(['stdin#0|Pod/default/y']));
    expect(union.has('elsewhere.yaml#0|Pod/ns/x') && union.has('stdin#0|Pod/default/y')).toBe(true);
    expect(union.size).toBe(plainUnion.size + 2);
  });

  it('crosses threads as bits over the registry and reads back the same keys', () => {
    const registry = new KeyRegistry();
    const keys = Array.from({ length: 100 }, (_, i) => `k${i}`);
    for (const k of keys) registry.id(k);
    const s = new KeySet(registry);
    for (const i of [0, 31, 32, 33, 63, 64, 99]) s.add(keys[i]);
    const words = s.toWords();
    expect(words.length).toBe(Math.ceil(keys.length / 32));
    const back = new KeySet(registry, structuredClone(words));
    expect([...back]).toEqual([...s]);
    expect(back.size).toBe(7);
    expect([...back.ids()]).toEqual([0, 31, 32, 33, 63, 64, 99]);
  });

  it('ignores a key added twice and knows nothing of keys never numbered', () => {
    const s = new KeySet(new KeyRegistry());
    s.add('a').add('a');
    expect(s.size).toBe(1);
    expect(s.has('b')).toBe(false);
    expect([...s]).toEqual(['a']);
  });
});

describe('KeyRegistry.canonical', () => {
  it('gives the string the registry holds for a key built again, and nothing for a key it never saw', () => {
    const registry = new KeyRegistry();
    const parts = ['a.yaml', '0', 'Deployment', 'shop', 'web'];
    registry.id(parts.join('#'));
    expect(registry.canonical(['a.yaml', '0', 'Deployment', 'shop', 'web'].join('#'))).toBe('a.yaml#0#Deployment#shop#web');
    expect(registry.canonical('b.yaml#0#Deployment#shop#web')).toBeUndefined();
  });
});
