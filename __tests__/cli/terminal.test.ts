import { colorEnabled, outputWidth } from '../../src/commands/terminal';
import { progressLine } from '../../src/commands/cli-progress';

describe('colour: --no-color, FORCE_COLOR (force-color.org), NO_COLOR (no-color.org), TERM, terminal', () => {
  it.each([
    // [case, flag, env, isTty, colour]
    ['a terminal', false, {}, true, true],
    ['a pipe', false, {}, false, false],
    ['NO_COLOR=1 on a terminal', false, { NO_COLOR: '1' }, true, false],
    ['NO_COLOR set but empty is ignored', false, { NO_COLOR: '' }, true, true],
    ['TERM=dumb', false, { TERM: 'dumb' }, true, false],
    ['FORCE_COLOR=1 into a pipe', false, { FORCE_COLOR: '1' }, false, true],
    ['FORCE_COLOR=3 into a pipe', false, { FORCE_COLOR: '3' }, false, true],
    ['FORCE_COLOR=true into a pipe', false, { FORCE_COLOR: 'true' }, false, true],
    ['FORCE_COLOR empty is ignored', false, { FORCE_COLOR: '' }, false, false],
    ['FORCE_COLOR=0 switches colour off on a terminal', false, { FORCE_COLOR: '0' }, true, false],
    ['FORCE_COLOR=false switches colour off', false, { FORCE_COLOR: 'false' }, true, false],
    ['FORCE_COLOR wins over NO_COLOR', false, { FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
    ['--no-color wins over FORCE_COLOR', true, { FORCE_COLOR: '1' }, true, false],
    ['--no-color on a terminal', true, {}, true, false],
  ])('%s', (_n, noColorFlag, env, isTty, expected) => {
    expect(colorEnabled({ noColorFlag, env, isTty })).toBe(expected);
  });
});

describe('output width', () => {
  it.each([
    ['a terminal: its columns', true, 100, {}, 100],
    ['a terminal without a size: 80', true, undefined, {}, 80],
    ['a pipe: no wrapping', false, undefined, {}, Infinity],
    ['a pipe with COLUMNS', false, undefined, { COLUMNS: '72' }, 72],
    ['a pipe with a bad COLUMNS', false, undefined, { COLUMNS: 'wide' }, Infinity],
    ['the terminal size wins over COLUMNS', true, 132, { COLUMNS: '72' }, 132],
  ])('%s', (_n, isTty, columns, env, expected) => {
    expect(outputWidth({ isTty, columns, env })).toBe(expected);
  });
});

describe('progress line', () => {
  function harness(columns = 60) {
    let t = 0;
    let out = '';
    const line = progressLine({ write: (s) => (out += s), now: () => t, columns });
    return { line, advance: (ms: number) => (t += ms), out: () => out };
  }

  it('stays silent for a scan under a second, and leaves nothing behind', () => {
    const h = harness();
    h.line.update({ stage: 'discover' });
    h.advance(900);
    h.line.update({ stage: 'read', done: 10, total: 20 });
    h.line.stop();
    expect(h.out()).toBe('');
  });

  it('after a second, redraws one line in place, fits the terminal, and erases it when stopped', () => {
    const h = harness(40);
    h.line.update({ stage: 'discover' });
    h.advance(1200);
    h.line.update({ stage: 'read', done: 120, total: 561 });
    h.advance(10);
    h.line.update({ stage: 'read', done: 121, total: 561 }); // within 100 ms: not redrawn
    h.advance(200);
    h.line.update({ stage: 'evaluate', total: 1379, base: true });
    const drawn = h.out().split('\r\u001b[K').filter(Boolean);
    expect(drawn).toEqual(['kubegate: reading files 120/561 (1 s)', expect.stringMatching(/^kubegate: base commit: checking 13.*…$/)]);
    for (const d of drawn) expect(d.length).toBeLessThan(40);
    expect(h.out()).not.toContain('\n');
    h.line.stop();
    expect(h.out().endsWith('\r\u001b[K')).toBe(true);
    h.advance(5000);
    h.line.update({ stage: 'exceptions' });
    expect(h.out().endsWith('\r\u001b[K')).toBe(true);
  });
});
