import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { errorMessage } from '../../src/core/errors';
import { loadRules } from '../../src/rules/load-rules';
import { defaultSettings } from '../../src/rules/settings';
import { TEMPLATES } from '../../src/rules/templates';
import { builtinCatalog, expectedMarks, REPO, ruleDirs } from '../helpers/catalog';

/** Every rule is complete, tested by fixtures, mapped, and documented from its own metadata. */
describe('rule library', () => {
  const catalog = builtinCatalog();

  it.each(ruleDirs())('%s has complete metadata, fixtures and a framework', (id) => {
    const rule = catalog.rules.find((r) => r.id === id)!;
    expect(rule).toBeDefined();
    expect(rule.source).toBe(`rules/${id}/rule.yaml`);
    for (const k of ['title', 'description', 'rationale', 'remediation', 'message'] as const) expect(rule[k].length).toBeGreaterThan(10);
    expect(rule.remediation).toMatch(/[.!]$/);
    expect(rule.references.length).toBeGreaterThan(0);
    for (const u of rule.references) expect(u).toMatch(/^https:\/\//);
    const fixtures = fs.readdirSync(path.join(REPO, 'rules', id, 'fixtures'));
    expect(fixtures.filter((f) => f.startsWith('pass.')).length).toBeGreaterThan(0);
    const fails = fixtures.filter((f) => f.startsWith('fail.') && !f.includes('.fixed.'));
    expect(fails.length).toBeGreaterThan(0);
    for (const f of fails) expect(expectedMarks(fs.readFileSync(path.join(REPO, 'rules', id, 'fixtures', f), 'utf8')).some((m) => m.startsWith(`${id}@`))).toBe(true);
    const frameworks = catalog.frameworks.filter((f) => f.id !== 'all' && f.controls.some((c) => c.rules.includes(id)));
    expect(frameworks.map((f) => f.id).length).toBeGreaterThan(0);
  });

  it('registers every template a rule can name, each documented', () => {
    for (const t of TEMPLATES.values()) {
      expect(t.description.length).toBeGreaterThan(10);
      for (const p of Object.values(t.params)) expect(p.description.length).toBeGreaterThan(5);
    }
  });

  const ok = 'message: "{kind} {name} is wrong"';
  it.each([
    ['an unknown template', 'check: { template: nope }', ok, /unknown template "nope"/],
    ['an unknown parameter', 'check: { template: pod-field, params: { path: hostPID, colour: red } }', ok, /unknown parameter "colour"/],
    ['a wrongly typed parameter', 'check: { template: pod-field, params: { path: 3 } }', ok, /parameter "path" must be a string/],
    ['an unknown setting', 'check: { template: capabilities, params: { forbidden: { $setting: nope } } }', ok, /unknown setting "nope"/],
    ['an unknown placeholder', 'check: { template: pod-field, params: { path: hostPID } }', 'message: "{colour} is wrong"', /placeholder \{colour\}/],
    ['a bad severity', 'check: { template: pod-field, params: { path: hostPID } }\nseverity: severe', ok, /duplicate|severity must be one of/],
  ])('rejects a rule file with %s, naming file and line', (_n, check, message, msg) => {
    const text = `id: demo-rule\ntitle: Demo rule\n${check.includes('severity:') ? '' : 'severity: low\n'}description: Demo rule for the loader.\nrationale: Only for tests.\nremediation: Nothing to do.\n${message}\n${check}\n`;
    let described = '';
    try {
      loadRules([{ path: '.kubegate/rules/demo.yaml', text }], defaultSettings(), { builtin: false });
    } catch (err) {
      described = errorMessage(err);
    }
    expect(described).toMatch(msg);
    expect(described).toMatch(/^\.kubegate\/rules\/demo\.yaml:\d+:\d+: /);
  });

  it('keeps docs/ in step with the rule metadata (npm run docs)', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-docs-'));
    execFileSync(process.execPath, [path.join(REPO, 'scripts/run-ts.js'), path.join(REPO, 'scripts/gen-docs.ts'), out], { cwd: REPO });
    for (const f of fs.readdirSync(out)) {
      expect({ file: f, text: fs.readFileSync(path.join(REPO, 'docs', f), 'utf8') }).toEqual({ file: f, text: fs.readFileSync(path.join(out, f), 'utf8') });
    }
  });
});
