import { cellWidth, renderSpans, wrapSpans, type Span } from '../../src/report/text-wrap';

const MESSAGE =
  'Container "server" of Deployment productcatalogservice runs image us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/productcatalogservice:v0.10.6, which is not pinned to a digest.';
const HEAD: Span[] = [{ text: '  939:9  ' }, { text: 'low', style: 'low' }, { text: '       ' }];
const plain = (line: Span[]) => renderSpans(line, (_s, t) => t);

describe('wrapSpans', () => {
  it.each([40, 50, 64, 80, 100, 120, 200])('at %i columns: every line fits, continuation lines hang under the text, and no word is lost or split needlessly', (width) => {
    const indent = 18;
    const lines = wrapSpans(HEAD, [{ text: MESSAGE }, { text: '(image-not-pinned-to-digest; Deployment/productcatalogservice)', style: 'dim' }], width, indent).map(plain);
    for (const l of lines) expect(cellWidth(l)).toBeLessThanOrEqual(width);
    expect(lines[0].startsWith('  939:9  low       ')).toBe(true);
    for (const l of lines.slice(1)) expect(l).toMatch(new RegExp(`^ {${indent}}\\S`));
    const words = `${MESSAGE} (image-not-pinned-to-digest; Deployment/productcatalogservice)`.split(' ');
    const body = lines.map((l, i) => (i === 0 ? l.slice(18) : l.slice(indent)));
    // nothing lost, nothing added, in order
    expect(body.join('').replace(/ /g, '')).toBe(words.join(''));
    // a word that fits on a line of its own is never cut
    const tokens = body.flatMap((l) => l.split(' '));
    for (const w of words.filter((x) => cellWidth(x) <= width - indent)) expect(tokens).toContain(w);
  });

  it('does not wrap at Infinity', () => {
    expect(wrapSpans(HEAD, [{ text: MESSAGE }], Infinity, 18)).toHaveLength(1);
  });

  it.each([
    ['a path breaks after a slash', 'kubernetes-examples/_archived/persistent-volume-provisioning/quobyte/quobyte-admin-secret.yaml:9:1:', 40, /\/$/],
    ['an id without slashes breaks after a hyphen', 'namespace-pod-security-below-restricted-and-something-longer', 30, /-$/],
    ['a token without separators breaks at the width', 'x'.repeat(95), 40, /x$/],
  ])('%s', (_n, token, width, ending) => {
    const lines = wrapSpans([], [{ text: token }], width, 2).map(plain);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(cellWidth(l)).toBeLessThanOrEqual(width);
    expect(lines[0]).toMatch(ending);
    expect(lines.map((l, i) => (i ? l.slice(2) : l)).join('')).toBe(token);
  });

  it('keeps a kept span on one line', () => {
    const items = ['cpu-limit-missing (6 high),', 'memory-limit-missing (6 high),', 'linux-hardening-missing (6 medium)'].map((text) => ({ text, keep: true }));
    const lines = wrapSpans([{ text: 'Top rules: ' }], items, 50, 11).map(plain);
    for (const i of items) expect(lines.some((l) => l.includes(i.text))).toBe(true);
  });

  it('paints each run once per line, so no colour crosses a line end', () => {
    const paint = (s: string, t: string) => `<${s}>${t}</${s}>`;
    const lines = wrapSpans([{ text: 'x ' }], [{ text: 'one two three four five six', style: 'dim' }], 15, 2).map((l) => renderSpans(l, paint));
    expect(lines).toEqual(['x <dim>one two three</dim>', '  <dim>four five six</dim>']);
  });
});

