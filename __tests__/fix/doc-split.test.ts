import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { splitDocuments } from '../../src/fix/doc-split';
import { CORPUS, REPO } from '../helpers/catalog';

function yamlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? yamlFiles(p) : /\.ya?ml$/.test(e.name) ? [p] : [];
  });
}

/** Each slice parses, alone, to the same single document the whole stream has at that index. */
function expectSameDocuments(text: string): void {
  const whole = parseAllDocuments(text, { uniqueKeys: false });
  const spans = splitDocuments(text)!;
  expect(spans.length).toBe(whole.length);
  spans.forEach((s, i) => {
    const alone = parseAllDocuments(text.slice(s.start, s.end), { uniqueKeys: false });
    expect(alone.length).toBe(1);
    expect(alone[0].toJS({ maxAliasCount: -1 })).toEqual(whole[i].toJS({ maxAliasCount: -1 }));
  });
}

describe('splitDocuments', () => {
  it.each([
    ['one implicit document', 'a: 1\n'],
    ['a leading marker', '---\na: 1\n'],
    ['comments before the first marker', '# header\n\n---\na: 1\n---\nb: 2\n'],
    ['empty documents', '---\n---\na: 1\n---\n'],
    ['document end markers', 'a: 1\n...\n---\nb: 2\n...\n# trailing\n'],
    ['a marker with content on its line', '--- !!map\na: 1\n--- # two\nb: 2\n'],
    ['block scalars holding dashes', 'a: |\n  ---\n  text\n---\nb: >\n  -- not a marker\n'],
    ['CRLF line ends', 'a: 1\r\n---\r\nb: 2\r\n'],
    ['a byte order mark', '\uFEFFa: 1\n---\nb: 2\n'],
    ['an indented dash line', 'a:\n  ---x\n---\nb: 1\n'],
  ])('agrees with the yaml library on %s', (_name, text) => expectSameDocuments(text));

  it('gives up on directives', () => {
    expect(splitDocuments('%YAML 1.2\n---\na: 1\n')).toBeUndefined();
  });

  it('agrees with the yaml library on every fixture and the real-world corpus', () => {
    const files = [...yamlFiles(path.join(REPO, 'rules')), ...yamlFiles(path.join(CORPUS, 'real'))];
    expect(files.length).toBeGreaterThan(300);
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      if (parseAllDocuments(text).some((d) => d.errors.length) || !splitDocuments(text)) continue;
      const whole = parseAllDocuments(text, { uniqueKeys: false }).length;
      expect([f, splitDocuments(text)!.length]).toEqual([f, whole]);
    }
  });
});
