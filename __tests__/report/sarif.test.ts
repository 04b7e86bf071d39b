import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSarif } from '../../src/report/sarif';
import { FINGERPRINT_KEY } from '../../src/exceptions/baseline';
import { CORPUS, REPO } from '../helpers/catalog';
import { scanDir } from '../helpers/scan';

const MULTITOOL_DIR = path.join(REPO, 'node_modules/@microsoft/sarif-multitool-linux');
const schema = JSON.parse(fs.readFileSync(path.join(MULTITOOL_DIR, 'sarif-2.1.0.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** Microsoft's validator with GitHub's ingestion rules; its exit code is always 0, so read its output. */
function multitoolProblems(sarif: unknown): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-sarif-'));
  const input = path.join(dir, 'in.sarif');
  const output = path.join(dir, 'out.sarif');
  fs.writeFileSync(input, JSON.stringify(sarif));
  const r = spawnSync(path.join(MULTITOOL_DIR, 'Sarif.Multitool'), ['validate', '--rule-kind', 'Sarif;Gh', '-o', output, input], { encoding: 'utf8', timeout: 120_000 });
  if (!fs.existsSync(output)) throw new Error(`Sarif.Multitool produced no output: ${r.stdout} ${r.stderr}`);
  const results = JSON.parse(fs.readFileSync(output, 'utf8')).runs[0].results as Array<{ ruleId: string; level?: string; message: { text?: string; arguments?: string[] } }>;
  return results.filter((x) => (x.level ?? 'warning') === 'error').map((x) => `${x.ruleId}: ${x.message.text ?? JSON.stringify(x.message.arguments)}`);
}

describe('SARIF', () => {
  const cases: Array<[string, string]> = [
    ['bundled examples', path.join(REPO, 'examples')],
    ['real-world corpus', path.join(CORPUS, 'real')],
  ];

  it.each(cases)('for the %s validates against the SARIF 2.1.0 schema and GitHub rules', async (_name, dir) => {
    const result = await scanDir(dir);
    expect(result.findings.length).toBeGreaterThan(0);
    const sarif = buildSarif(result, { srcRoot: dir });
    const ok = validate(sarif);
    expect(ajv.errorsText(validate.errors, { separator: '\n' })).toBe('No errors');
    expect(ok).toBe(true);
    expect(multitoolProblems(sarif)).toEqual([]);
  });

  it('gives every result a real region, a relative uri, a logical location and a fingerprint', async () => {
    const result = await scanDir(path.join(REPO, 'examples'));
    const sarif = buildSarif(result);
    const run = sarif.runs[0];
    expect(run.results).toHaveLength(result.findings.length);
    for (const r of run.results) {
      const loc = r.locations[0];
      expect(loc.physicalLocation.artifactLocation.uri).toMatch(/^[\w-]+(\/[\w.-]+)*\.yaml$/);
      expect(loc.physicalLocation.region.startLine).toBeGreaterThan(0);
      expect(loc.logicalLocations[0].fullyQualifiedName).toMatch(/^(\w+\/)?\w+\/[\w-]+$/);
      expect(r.partialFingerprints[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{32}$/);
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    }
    for (const rule of run.tool.driver.rules) {
      expect(Number(rule.properties['security-severity'])).toBeGreaterThan(0);
      expect(rule.properties.tags).toContain('security');
      expect(rule.help.markdown).toContain('How to fix');
    }
    const privileged = run.tool.driver.rules.find((x: { id: string }) => x.id === 'privileged-container');
    expect(privileged.properties.tags).toEqual(expect.arrayContaining(['nsa', 'C-0057']));
  });

  it('marks suppressed findings with a SARIF suppression and justification', async () => {
    const result = await scanDir(path.join(REPO, 'examples', 'insecure'));
    result.findings[0].suppression = { kind: 'external', justification: 'accepted risk', owner: 'team-a', expires: '2027-01-01', source: '.kubegate/exceptions.yaml:3' };
    const sarif = buildSarif(result);
    const r = sarif.runs[0].results[0];
    expect(r.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: expect.stringContaining('accepted risk (owner: team-a, expires 2027-01-01)') }]);
    expect(validate(sarif)).toBe(true);
  });
});
