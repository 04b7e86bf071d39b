import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { fixFile } from '../../src/fix/apply-fixes';
import { fixTargetOf } from '../../src/fix/finding-target';
import { loadCatalog } from '../../src/policy/catalog';
import { evaluateRules } from '../../src/pipeline/evaluate';
import { parseManifest } from '../../src/parse/parse-manifest';
import type { Rule } from '../../src/rules/rule';
import { defaultSettings } from '../../src/rules/settings';
import { builtinCatalog, REPO, ruleDirs } from '../helpers/catalog';

/**
 * For every rule with a fix, each `fail.<why>.yaml` fixture with all its fixes applied
 * (suggestions and placeholder values included) must equal `fail.<why>.fixed.yaml` byte for
 * byte, still parse, and no longer trip the rule. `UPDATE_FIXED=1 npx jest __tests__/fix/fixtures`
 * writes missing `.fixed` files for review; it never overwrites one.
 */
const update = process.env.UPDATE_FIXED === '1';

function ruleFor(id: string, text: string): Rule {
  // `# settings: {...}` runs a fixture with those settings, as __tests__/rules/fixtures.test.ts does
  const header = /^# settings: (.+)$/m.exec(text);
  const catalog = header ? loadCatalog({ settings: { ...defaultSettings(), ...parseYaml(header[1]) } }) : builtinCatalog();
  return catalog.rules.find((r) => r.id === id)!;
}

const fixable = ruleDirs().filter((id) => builtinCatalog().rules.find((r) => r.id === id)?.fix);
const cases: Array<[string, string]> = [];
for (const id of fixable) {
  const dir = path.join(REPO, 'rules', id, 'fixtures');
  for (const f of fs.readdirSync(dir).sort()) if (/^fail\..*\.ya?ml$/.test(f) && !f.includes('.fixed.')) cases.push([id, f]);
}

describe('rules with a fix', () => {
  it('are many enough for this test to mean something', () => {
    expect(fixable.length).toBeGreaterThanOrEqual(30);
  });

  it('have no orphan .fixed fixtures', () => {
    for (const id of ruleDirs()) {
      const dir = path.join(REPO, 'rules', id, 'fixtures');
      if (!fs.existsSync(dir)) continue;
      for (const f of fs.readdirSync(dir).filter((n) => /^fail\..+\.fixed\.ya?ml$/.test(n))) {
        expect([id, fs.existsSync(path.join(dir, f.replace('.fixed.', '.'))) && fixable.includes(id)]).toEqual([id, true]);
      }
    }
  });
});

describe.each(cases)('rule %s, fixture %s', (id, file) => {
  it('fixes to the checked-in .fixed fixture, which parses and passes the rule', () => {
    const rel = `rules/${id}/fixtures/${file}`;
    const text = fs.readFileSync(path.join(REPO, rel), 'utf8');
    const rule = ruleFor(id, text);
    const { findings } = evaluateRules(parseManifest(rel, text).objects, [rule]);
    expect(findings.length).toBeGreaterThan(0);
    const fixedRel = rel.replace(/\.(ya?ml)$/, '.fixed.$1');
    const fixedPath = path.join(REPO, fixedRel);
    // a finding whose fix belongs on an object the manifests lack (a namespace's implicit default
    // ServiceAccount) carries none; such findings get a fixture of their own, without a .fixed file
    if (findings.every((f) => !f.fix)) {
      expect(fs.existsSync(fixedPath)).toBe(false);
      return;
    }
    const requests = findings.map((f, i) => ({ id: String(i), target: fixTargetOf(f)!, fix: f.fix!, object: f.object }));
    const outcome = fixFile(rel, text, requests);
    expect(outcome.skipped).toEqual([]);
    expect(outcome.unchanged).toEqual([]);
    expect(outcome.after).not.toBe(text);

    if (update && !fs.existsSync(fixedPath)) fs.writeFileSync(fixedPath, outcome.after);
    expect(fs.existsSync(fixedPath)).toBe(true);
    expect(outcome.after).toBe(fs.readFileSync(fixedPath, 'utf8'));

    const reparsed = parseManifest(fixedRel, outcome.after);
    expect(reparsed.diagnostics).toEqual([]);
    expect(reparsed.objects.length).toBe(parseManifest(rel, text).objects.length);
    expect(evaluateRules(reparsed.objects, [rule]).findings).toEqual([]);
  });
});
