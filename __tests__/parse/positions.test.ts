import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node } from 'yaml';
import { parseManifest } from '../../src/parse/parse-manifest';
import { CORPUS, REPO } from '../helpers/catalog';

/**
 * The fast parser (js-yaml with a node-offset listener) must place every key exactly where an
 * independent parser (`yaml`, with its own positions) does, on real manifests.
 */
function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yamlFiles(p, out);
    else if (/\.(ya?ml|json)$/.test(e.name)) out.push(p);
  }
  return out;
}

const files = [...yamlFiles(path.join(REPO, 'examples')), ...yamlFiles(path.join(CORPUS, 'real'))];

describe('source positions', () => {
  it.each(files.map((f) => [path.relative(REPO, f), f]))('%s: every key path resolves where the yaml library puts it', (_n, file) => {
    const text = fs.readFileSync(file, 'utf8');
    const parsed = parseManifest(file, text);
    const lc = new LineCounter();
    const docs = parseAllDocuments(text, { lineCounter: lc, uniqueKeys: false });
    if (!Array.isArray(docs)) return;
    const mismatches: string[] = [];
    let checked = 0;
    for (const obj of parsed.objects) {
      const visit = (node: Node | null, p: Array<string | number>, keyNode: Node | null) => {
        if (isMap(node)) {
          // with duplicate keys only the last one counts (as for Kubernetes' decoder)
          const last = new Map(node.items.filter((it) => isScalar(it.key)).map((it) => [String((it.key as { value: unknown }).value), it]));
          for (const [k, it] of last) visit(it.value as Node, [...p, k], it.key as Node);
        }
        if (isSeq(node)) node.items.forEach((it, i) => visit(it as Node, [...p, i], null));
        if (p.length === 0 || !(keyNode ?? node)?.range) return;
        const want = lc.linePos((keyNode ?? node)!.range![0]);
        const got = obj.locate(p).range;
        checked++;
        if (got.startLine !== want.line || got.startColumn !== want.col) mismatches.push(`${p.join('.')}: got ${got.startLine}:${got.startColumn}, want ${want.line}:${want.col}`);
      };
      let root = docs[obj.docIndex].contents as Node | null;
      for (const seg of obj.basePath) root = isSeq(root) ? (root.items[seg as number] as Node) : isMap(root) ? (root.get(seg, true) as Node) : null;
      visit(root, [], null);
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
    if (parsed.objects.length > 0) expect(checked).toBeGreaterThan(0);
  });

  it('points an absent field at its nearest existing parent', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      image: nginx:1\n';
    const [obj] = parseManifest('p.yaml', text).objects;
    const loc = obj.locate(['spec', 'containers', 0, 'securityContext', 'runAsNonRoot']);
    expect(loc.depth).toBe(3);
    expect(loc.range).toMatchObject({ startLine: 7, startColumn: 7 });
  });

  it.each([
    ['CRLF line endings', 'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: p\r\nspec:\r\n  hostPID: true\r\n', ['spec', 'hostPID'], 6, 3],
    ['a byte order mark', '\ufeffapiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  hostPID: true\n', ['spec', 'hostPID'], 6, 3],
    ['a flow mapping', 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {hostPID: true}\n', ['spec', 'hostPID'], 4, 8],
    ['JSON', '{\n  "apiVersion": "v1",\n  "kind": "Pod",\n  "metadata": {"name": "p"},\n  "spec": {\n    "hostPID": true\n  }\n}\n', ['spec', 'hostPID'], 6, 5],
    ['the second document', '---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  hostPID: true\n', ['spec', 'hostPID'], 11, 3],
  ])('locates keys in %s', (_name, text, p, line, col) => {
    const objs = parseManifest('x.yaml', text).objects;
    const pod = objs.find((o) => o.kind === 'Pod')!;
    expect(pod.locate(p as string[]).range).toMatchObject({ startLine: line, startColumn: col });
  });
});
