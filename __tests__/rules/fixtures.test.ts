import * as fs from 'node:fs';
import * as path from 'node:path';
import { evaluateRules } from '../../src/pipeline/evaluate';
import { parseManifest } from '../../src/parse/parse-manifest';
import { parse as parseYaml } from 'yaml';
import { loadCatalog } from '../../src/policy/catalog';
import { defaultSettings } from '../../src/rules/settings';
import { builtinCatalog, expectedMarks, REPO, ruleDirs } from '../helpers/catalog';

/**
 * Polaris-style convention: rules/<id>/fixtures/pass.*.yaml yield no finding of rule <id>;
 * fail.*.yaml yield exactly the findings marked `# expect: <id>` on their lines.
 */
const cases: Array<[string, string]> = [];
for (const id of ruleDirs()) {
  const dir = path.join(REPO, 'rules', id, 'fixtures');
  if (!fs.existsSync(dir)) continue;
  for (const f of fs.readdirSync(dir).sort()) if (/^(pass|fail)\..*\.ya?ml$/.test(f) && !f.includes('.fixed.')) cases.push([id, f]);
}

describe.each(cases)('rule %s fixture %s', (id, file) => {
  it(file.startsWith('pass') ? 'yields no finding' : 'flags exactly the marked lines', () => {
    const text = fs.readFileSync(path.join(REPO, 'rules', id, 'fixtures', file), 'utf8');
    const parsed = parseManifest(`rules/${id}/fixtures/${file}`, text);
    expect(parsed.diagnostics).toEqual([]);
    // `# settings: {trustedRegistries: [ghcr.io/acme]}` runs a fixture with those settings
    const header = /^# settings: (.+)$/m.exec(text);
    const catalog = header ? loadCatalog({ settings: { ...defaultSettings(), ...parseYaml(header[1]) } }) : builtinCatalog();
    const rule = catalog.rules.find((r) => r.id === id);
    expect(rule).toBeDefined();
    const { findings, tallies } = evaluateRules(parsed.objects, [rule!]);
    // the rule must have judged something, or a wrong kind list would pass every fixture
    expect(tallies.get(id)!.applicable.size + tallies.get(id)!.skipped.size).toBeGreaterThan(0);
    const got = findings.map((f) => `${f.ruleId}@${f.range.startLine}`).sort();
    const want = file.startsWith('pass') ? [] : expectedMarks(text).filter((m) => m.startsWith(`${id}@`));
    if (!file.startsWith('pass')) expect(want.length).toBeGreaterThan(0);
    expect(got).toEqual(want);
    for (const f of findings) {
      expect(f.message).not.toMatch(/\{\w+\}/);
      const line = text.split('\n')[f.range.startLine - 1];
      expect(f.range.startColumn).toBeGreaterThanOrEqual(1);
      expect(f.range.startColumn).toBeLessThanOrEqual(line.length + 1);
    }
  });
});
