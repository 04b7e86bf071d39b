/** Findings as LSP diagnostics: UTF-16 columns, severities, one diagnostic per spot. */
import { findingDiagnostics, severityOf } from '../../src/lsp/convert';
import { parseManifest } from '../../src/parse/parse-manifest';
import { controlIdsByRule, ruleMeta } from '../../src/policy/catalog';
import { evaluateRules } from '../../src/pipeline/evaluate';
import { builtinCatalog } from '../helpers/catalog';

const catalog = builtinCatalog();
const controls = controlIdsByRule(catalog);
const metas = new Map(catalog.rules.map((r) => [r.id, ruleMeta(r, controls.get(r.id) ?? [])]));

function diagnostics(text: string) {
  const parsed = parseManifest('pod.yaml', text);
  return findingDiagnostics(evaluateRules(parsed.objects, catalog.rules).findings, metas);
}

describe('findingDiagnostics', () => {
  const flagged = (prefix: string) => `      securityContext: {${prefix}privileged: true}`;
  const pod = (line: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n${line}\n`;
  const width = (() => {
    const r = diagnostics(pod(flagged(''))).find((d) => d.code === 'privileged-container')!.range;
    return r.end.character - r.start.character;
  })();

  it.each([
    ['ASCII before the value', '"a": 1, '],
    ['astral characters before the value (two UTF-16 units each)', '"🚀🚀": 1, '],
    ['CJK before the value', '"設定": 1, '],
  ])('puts the range on the flagged text with UTF-16 columns: %s', (_name, prefix) => {
    const line = flagged(prefix);
    const text = pod(line);
    const priv = diagnostics(text).find((d) => d.code === 'privileged-container')!;
    // the flagged key starts where JavaScript (UTF-16) finds it, whatever comes before it
    expect(priv.range.start).toEqual({ line: 8, character: line.indexOf('privileged') });
    // and the range is as wide as without the prefix (the core's range, shifted)
    expect(priv.range.end.line).toBe(8);
    expect(priv.range.end.character - priv.range.start.character).toBe(width);
  });

  it('makes one diagnostic per spot, naming each rule, most severe first, coded by the first', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n';
    const ds = diagnostics(text);
    const spots = ds.map((d) => JSON.stringify(d.range));
    expect(new Set(spots).size).toBe(spots.length);
    const shared = ds.find((d) => (d.data as { fingerprints: string[] }).fingerprints.length > 1)!;
    const named = [...shared.message.matchAll(/^- ([a-z0-9-]+) \((\w+)\)/gm)].map((m) => ({ rule: m[1], severity: m[2] }));
    expect(named.length).toBe((shared.data as { fingerprints: string[] }).fingerprints.length);
    expect(shared.code).toBe(named[0].rule);
    const ranks = named.map((n) => ['critical', 'high', 'medium', 'low'].indexOf(n.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it.each([
    ['critical', 1],
    ['high', 1],
    ['medium', 2],
    ['low', 3],
  ] as const)('maps severity %s to LSP %d', (s, lsp) => {
    expect(severityOf(s)).toBe(lsp);
  });
});
