import { cutShares, MAX_JOBS, PARALLEL_MIN_BYTES, shareCount, sharesOfFile } from '../../src/pipeline/parallel-evaluate';

describe('how a parallel scan cuts its work', () => {
  it.each([
    // jobs, bytes, cores → shares
    ['auto', PARALLEL_MIN_BYTES - 1, 8, 1],
    ['auto', PARALLEL_MIN_BYTES, 2, 1],
    ['auto', PARALLEL_MIN_BYTES, 4, 2],
    ['auto', PARALLEL_MIN_BYTES, 1, 1],
    ['auto', 10 * PARALLEL_MIN_BYTES, 16, MAX_JOBS],
    [1, 10 * PARALLEL_MIN_BYTES, 16, 1],
    [3, 10, 1, 3],
  ] as const)('--jobs %s on %i bytes with %i cores: %i shares', (jobs, bytes, cores, want) => {
    expect(shareCount(jobs, bytes, cores)).toBe(want);
  });

  it('cuts bytes into shares of about equal size, the last open-ended', () => {
    expect(cutShares(100, 1)).toEqual([0, Infinity]);
    expect(cutShares(100, 3)).toEqual([0, 33, 66, Infinity]);
  });

  const text = ['a: 1', 'b: 2', 'c: 3', 'd: 4'].join('\n---\n');
  const docs = [0, 1, 2, 3].map((docIndex) => ({ docIndex }));
  it.each([
    ['a file inside one share', 0, [0, 1000, Infinity], [0, 0, 0, 0]],
    ['a file after the cut', 2000, [0, 1000, Infinity], [1, 1, 1, 1]],
    ['a file cut between its documents', 0, [0, 10, Infinity], [0, 0, 1, 1]],
    ['a file cut into three', 0, [0, 5, 19, Infinity], [0, 1, 1, 2]],
  ] as const)('places the documents of %s', (_what, start, bounds, want) => {
    expect(sharesOfFile(docs, text, start, text.length, bounds)).toEqual(want);
  });

  it('keeps shares in object order whatever the cut', () => {
    for (let cut = 0; cut <= text.length; cut++) {
      const of = sharesOfFile(docs, text, 0, text.length, [0, cut, Infinity]);
      expect([...of].sort()).toEqual(of);
    }
  });
});
