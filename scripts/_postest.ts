import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments, isMap, isSeq, isScalar, LineCounter } from 'yaml';
import { parseManifest } from '../src/parse/parse-manifest';
function walk(d: string, out: string[]) { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p, out); else if (/\.(ya?ml|json)$/.test(e.name)) out.push(p); } return out; }
const files = walk('/work/shared/corpus/real', []);
let checked = 0, bad = 0, objs = 0, diags = 0;
for (const f of files) {
  const text = fs.readFileSync(f, 'utf8');
  const pf = parseManifest(f, text);
  objs += pf.objects.length; diags += pf.diagnostics.length;
  if (pf.diagnostics.length) console.log('DIAG', f, pf.diagnostics.map(d=>d.message).join('|'));
  const lc = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lc }) as any[];
  for (const o of pf.objects) {
    const doc = docs[o.docIndex];
    // walk every leaf in yaml lib, compare line of key
    const visit = (node: any, p: (string|number)[], keyNode: any) => {
      if (isMap(node)) { for (const it of node.items as any[]) { if (isScalar(it.key)) visit(it.value, [...p, String((it.key as any).value)], it.key); } }
      else if (isSeq(node)) { node.items.forEach((it: any, i: number) => visit(it, [...p, i], null)); }
      if (p.length <= o.basePath.length) return;
      const exp = lc.linePos((keyNode ?? node)?.range?.[0] ?? 0);
      const got = pf.locate({ docIndex: o.docIndex, basePath: [] }, p);
      checked++;
      if (got.range.startLine !== exp.line || got.range.startColumn !== exp.col) { bad++; if (bad < 15) console.log('MISMATCH', f, p.join('.'), got.range, exp); }
    };
    if (o.basePath.length === 0) visit(doc.contents, [], null);
  }
}
console.log({ files: files.length, objs, diags, checked, bad });
