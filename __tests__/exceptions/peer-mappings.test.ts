import * as fs from 'node:fs';
import * as path from 'node:path';
import { PEER_TOOLS, peerMappingsMarkdown } from '../../src/exceptions/peer-mappings';
import { KUBESCAPE_FRAMEWORK_NAMES } from '../../src/exceptions/resolver';
import { builtinCatalog, REPO } from '../helpers/catalog';

const DOC = path.join(REPO, 'docs', 'exceptions.md');
const START = '<!-- peer-mappings:start (generated from src/exceptions/peer-mappings.ts; KUBEGATE_UPDATE_DOCS=1 npx jest __tests__/exceptions/peer-mappings rewrites it) -->';
const END = '<!-- peer-mappings:end -->';

describe('peer annotation mappings', () => {
  const ruleIds = new Set(builtinCatalog().rules.map((r) => r.id));
  const rows = PEER_TOOLS.flatMap((t) => Object.entries(t.checks).map(([check, rules]) => [t.id, check, rules] as const));

  test.each(rows)('%s %s maps to built-in rules', (_tool, _check, rules) => {
    expect(rules.length).toBeGreaterThan(0);
    for (const r of rules) expect(ruleIds).toContain(r);
  });

  test('Kubescape framework names point at frameworks that exist', () => {
    const ids = new Set(builtinCatalog().frameworks.map((f) => f.id));
    for (const id of Object.keys(KUBESCAPE_FRAMEWORK_NAMES)) expect(ids).toContain(id);
  });

  test('docs/exceptions.md shows the current tables', () => {
    const doc = fs.readFileSync(DOC, 'utf8');
    const i = doc.indexOf(START);
    const j = doc.indexOf(END);
    expect(i).toBeGreaterThan(-1);
    expect(j).toBeGreaterThan(i);
    const expected = `${doc.slice(0, i + START.length)}\n\n${peerMappingsMarkdown()}\n${doc.slice(j)}`;
    if (process.env.KUBEGATE_UPDATE_DOCS === '1' && expected !== doc) fs.writeFileSync(DOC, expected);
    else expect(doc).toBe(expected);
  });
});
