import fc from 'fast-check';
import { append, largest, smallest } from '../../src/core/arrays';

describe('array helpers for lists of any length', () => {
  it('agree with push, Math.max and Math.min on short lists', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.array(fc.double()), fc.double(), (head, values, bound) => {
        const pushed = [...head];
        pushed.push(...values);
        expect(append([...head], values)).toEqual(pushed);
        expect(largest(values)).toBe(Math.max(...values));
        expect(smallest(values)).toBe(Math.min(...values));
        expect(largest(values, bound)).toBe(Math.max(bound, ...values));
        expect(smallest(values, bound)).toBe(Math.min(bound, ...values));
      }),
    );
  });

  it.each([
    ['empty', [], -Infinity, Infinity],
    ['one value', [7], 7, 7],
    ['NaN wins, as in Math.max', [1, NaN, 3], NaN, NaN],
    ['negative zero and zero', [-0, 0], 0, -0],
  ])('%s', (_name, values, most, least) => {
    expect(largest(values)).toBe(most);
    expect(smallest(values)).toBe(least);
  });

  it('take lists far longer than a call can spread', () => {
    const n = 3_000_000;
    const long = Array.from({ length: n }, (_, i) => (i * 7919) % n);
    // the reason they exist: the spread throws at this length
    expect(() => Math.max(...long)).toThrow(RangeError);
    expect(() => ([] as number[]).push(...long)).toThrow(RangeError);
    expect(largest(long)).toBe(n - 1);
    expect(smallest(long, 5)).toBe(0);
    const target = [-1];
    expect(append(target, long)).toBe(target);
    expect([target.length, target[0], target[1], target[n]]).toEqual([n + 1, -1, long[0], long[n - 1]]);
  });

  it('append reads any iterable once, in order', () => {
    function* gen() {
      yield 'a';
      yield 'b';
    }
    expect(append(['x'], gen())).toEqual(['x', 'a', 'b']);
    expect(append([0], new Set([1, 2]))).toEqual([0, 1, 2]);
  });
});
