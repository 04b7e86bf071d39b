import fc from 'fast-check';
import { detached, StringPool } from '../../src/core/detached';

// every UTF-16 code unit, lone surrogates included: what a hostile manifest can hold
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

describe('detached strings', () => {
  it.each([
    ['short', 'apps/v1'],
    ['a long ASCII name', 'payments-api-deployment-blue'],
    ['accents and CJK', 'réader/ü-名前-サービス-v2'],
    ['an emoji (a surrogate pair)', 'team-😀-namespace-x'],
    ['a lone surrogate', 'broken-\ud800-name-here'],
    ['a NUL', 'with\u0000nul-in-the-middle'],
  ])('keep %s exactly', (_name, s) => {
    const slice = `---${s}---`.slice(3, -3);
    expect(detached(slice)).toBe(s);
    expect(new StringPool().get(slice)).toBe(s);
  });

  it('keep any string exactly, and the pool gives one value per string', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: codeUnit, maxLength: 40 }), { maxLength: 20 }), (strings) => {
        const pool = new StringPool();
        for (const s of strings) {
          expect(detached(s)).toBe(s);
          expect(pool.get(s)).toBe(s);
          expect(pool.get(s + '')).toBe(s);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('StringPool', () => {
  it('keeps giving exact values after it forgets what it held', () => {
    const pool = new StringPool(3);
    const values = Array.from({ length: 20 }, (_, i) => `value-number-${i % 7}-of-the-pool`);
    expect(values.map((v) => pool.get(v))).toEqual(values);
  });
});
