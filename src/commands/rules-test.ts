import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseManifest } from '../parse/parse-manifest';
import { loadCatalog, type Catalog } from '../policy/catalog';
import { evaluateRules } from '../pipeline/evaluate';
import { defaultSettings, type Settings } from '../rules/settings';
import { discoverCustomPolicy } from '../policy/discover';

/**
 * `kubegate rules test`: a team's own rules checked against their fixtures, with the built-in
 * rules' convention. `<rules>/<id>/fixtures/` (or `<policies>/<policy name>/fixtures/`) holds
 * `pass.*.yaml`, which must yield no finding of the rule, and `fail.*.yaml`, which must yield
 * exactly the findings marked by a trailing `# expect: <id>` comment on their first line.
 */
export interface FixtureResult {
  rule: string;
  /** Fixture path relative to the tested root; empty for a rule without fixtures. */
  file: string;
  ok: boolean;
  problems: string[];
}

export interface RulesTestResult {
  results: FixtureResult[];
  /** Custom rules that have no fixtures (reported, not failed). */
  untested: string[];
  catalog: Catalog;
}

/**
 * `dir` is a repository (holding `.kubegate/`), a `.kubegate/` folder (holding `rules/`,
 * `frameworks/`, `policies/`) or a rules folder itself.
 */
export function resolveRulesLayout(dir: string): { root: string; rulesDir: string } {
  const abs = path.resolve(dir);
  if (fs.existsSync(path.join(abs, '.kubegate'))) return { root: abs, rulesDir: '.kubegate/rules' };
  if (['rules', 'policies', 'frameworks'].some((d) => fs.existsSync(path.join(abs, d)))) return { root: path.dirname(abs), rulesDir: `${path.basename(abs)}/rules` };
  return { root: path.dirname(abs), rulesDir: path.basename(abs) };
}

export function runRuleTests(dir: string, settings: Settings = defaultSettings()): RulesTestResult {
  const { root, rulesDir } = resolveRulesLayout(dir);
  const custom = discoverCustomPolicy(root, { rulesDir });
  // frameworks load too, so a broken framework fails the test run as it would fail a scan
  const catalog = loadCatalog({ settings, customRules: custom.rules, customFrameworks: custom.frameworks, policies: custom.policies });
  const parent = path.posix.dirname(rulesDir);
  const results: FixtureResult[] = [];
  const untested: string[] = [];
  for (const rule of catalog.rules.filter((r) => !r.builtin)) {
    const fromPolicy = custom.policies.some((p) => p.path === rule.source);
    const fixturesDir = path.posix.join(fromPolicy ? path.posix.join(parent, 'policies') : rulesDir, rule.id, 'fixtures');
    const abs = path.join(root, fixturesDir);
    const files = fs.existsSync(abs) ? fs.readdirSync(abs).filter((f) => /^(pass|fail)\..*\.ya?ml$/.test(f)).sort() : [];
    if (files.length === 0) {
      untested.push(rule.id);
      continue;
    }
    for (const f of files) {
      const rel = path.posix.join(fixturesDir, f);
      results.push(checkFixture(rule.id, rel, fs.readFileSync(path.join(root, rel), 'utf8'), catalog));
    }
  }
  return { results, untested, catalog };
}

function checkFixture(id: string, file: string, text: string, catalog: Catalog): FixtureResult {
  const problems: string[] = [];
  const parsed = parseManifest(file, text);
  for (const d of parsed.diagnostics) problems.push(`${d.range ? `line ${d.range.startLine}: ` : ''}${d.message}`);
  const rule = catalog.rules.find((r) => r.id === id)!;
  const { findings, tallies } = evaluateRules(parsed.objects, [rule]);
  const t = tallies.get(id)!;
  if (t.applicable.size + t.skipped.size === 0) problems.push('the rule judged no object of the fixture (check its kinds and match conditions)');
  const pass = path.posix.basename(file).startsWith('pass.');
  const want = pass ? [] : expectedLines(text, id);
  if (!pass && want.length === 0) problems.push(`a fail fixture must mark at least one line with "# expect: ${id}"`);
  const got = findings.map((f) => f.range.startLine).sort((a, b) => a - b);
  for (const line of got.filter((l) => !want.includes(l))) {
    const f = findings.find((x) => x.range.startLine === line)!;
    problems.push(`unexpected finding on line ${line}: ${f.message}`);
  }
  for (const line of want.filter((l) => !got.includes(l))) problems.push(`no finding on line ${line}, which is marked "# expect: ${id}"`);
  for (const s of t.skipped.values()) problems.push(`skipped: ${s}`);
  return { rule: id, file, ok: problems.length === 0, problems };
}

/** Lines carrying `# expect: <id>` (a comma-separated list may name several rules). */
function expectedLines(text: string, id: string): number[] {
  const out: number[] = [];
  text.split('\n').forEach((line, i) => {
    const m = /#\s*expect:\s*(.+)$/.exec(line);
    if (m && m[1].split(',').some((x) => x.trim() === id)) out.push(i + 1);
  });
  return out;
}
