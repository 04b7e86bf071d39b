import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readFixSources, sarifFixBuilder } from '../../src/fix/sarif-fixes';
import { LineIndex } from '../../src/parse/text-positions';
import { parseManifest } from '../../src/parse/parse-manifest';
import { evaluateRules } from '../../src/pipeline/evaluate';
import { buildSarif, encodeUri } from '../../src/report/sarif';
import { builtinCatalog, REPO } from '../helpers/catalog';
import { scanDir } from '../helpers/scan';
import { plainFinding } from '../../src/core/plain-finding';

const MULTITOOL_DIR = path.join(REPO, 'node_modules/@microsoft/sarif-multitool-linux');
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(MULTITOOL_DIR, 'sarif-2.1.0.json'), 'utf8')));

/* eslint-disable @typescript-eslint/no-explicit-any */

/** Applies SARIF replacements to a text the way a SARIF consumer would: by line and column. */
function applyReplacements(text: string, replacements: any[]): string {
  const lines = new LineIndex(text);
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const offset = (line: number, col: number) => starts[line - 1] + col - 1;
  const edits = replacements
    .map((r) => ({ start: offset(r.deletedRegion.startLine, r.deletedRegion.startColumn), end: offset(r.deletedRegion.endLine, r.deletedRegion.endColumn), text: r.insertedContent?.text ?? '' }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) {
    expect(lines.position(e.start).line).toBeGreaterThan(0);
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  }
  return out;
}

const DEPLOY = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      hostPID: true
      containers:
        - name: web
          image: nginx:latest
          imagePullPolicy: IfNotPresent
          securityContext: {privileged: true}
`;

describe('SARIF fixes', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-sarif-fix-'));
  fs.writeFileSync(path.join(dir, 'deploy.yaml'), DEPLOY);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('are exact replacements that remove their finding, and validate against SARIF 2.1.0 and GitHub rules', async () => {
    const result = await scanDir(dir);
    const sarif = buildSarif(result, { srcRoot: dir, sources: readFixSources(dir, result.findings) });
    expect(validate(sarif)).toBe(true);
    const results = sarif.runs[0].results as any[];
    const withFix = results.filter((r) => r.fixes);
    expect(withFix.length).toBeGreaterThanOrEqual(5);
    for (const r of results) {
      const finding = result.findings.find((f) => f.fingerprint === r.partialFingerprints['kubegate/v1'])!;
      if (!r.fixes) {
        expect(finding.fix).toBeUndefined();
        continue;
      }
      expect(r.fixes).toHaveLength(1);
      const change = r.fixes[0].artifactChanges[0];
      expect(change.artifactLocation).toEqual({ uri: 'deploy.yaml', uriBaseId: '%SRCROOT%' });
      const fixed = applyReplacements(DEPLOY, change.replacements);
      const rule = builtinCatalog().rules.find((x) => x.id === r.ruleId)!;
      const after = evaluateRules(parseManifest('deploy.yaml', fixed).objects, [rule]).findings;
      expect([r.ruleId, after.some((f) => f.fingerprint === finding.fingerprint)]).toEqual([r.ruleId, false]);
    }
    const privileged = withFix.find((r) => r.ruleId === 'privileged-container');
    expect(privileged.fixes[0]).toEqual({
      description: { text: 'Set securityContext.privileged to false. Suggestion: review before applying.' },
      artifactChanges: [
        {
          artifactLocation: { uri: 'deploy.yaml', uriBaseId: '%SRCROOT%' },
          replacements: [{ deletedRegion: { startLine: 14, startColumn: 41, endLine: 14, endColumn: 45 }, insertedContent: { text: 'false' } }],
        },
      ],
    });
    const limits = withFix.find((r) => r.ruleId === 'cpu-limit-missing');
    expect(limits.fixes[0].description.text).toMatch(/Choose the value of spec\.template\.spec\.containers\[0\]\.resources\.limits\.cpu: .*\(example: "500m"\)/);

    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'in.sarif'), JSON.stringify(sarif));
    spawnSync(path.join(MULTITOOL_DIR, 'Sarif.Multitool'), ['validate', '--rule-kind', 'Sarif;Gh', '-o', path.join(out, 'v.sarif'), path.join(out, 'in.sarif')], { timeout: 120_000 });
    const problems = JSON.parse(fs.readFileSync(path.join(out, 'v.sarif'), 'utf8')).runs[0].results.filter((x: any) => (x.level ?? 'warning') === 'error');
    expect(problems).toEqual([]);
  });

  it('are absent without sources, and for rendered findings', async () => {
    const result = await scanDir(dir);
    expect(buildSarif(result, { srcRoot: dir }).runs[0].results.some((r: any) => r.fixes)).toBe(false);
    const helm = result.findings.filter((f) => f.fix).map((f) => ({ ...plainFinding(f), origin: { kind: 'helm' as const, root: 'charts/web' } }));
    const fixesFor = sarifFixBuilder(helm, new Map([['deploy.yaml', DEPLOY]]), encodeUri);
    expect(helm.map(fixesFor).filter(Boolean)).toEqual([]);
  });

  it('are absent when the file changed since the scan', async () => {
    const result = await scanDir(dir);
    const fixesFor = sarifFixBuilder(result.findings, new Map([['deploy.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: other}\n']]), encodeUri);
    expect(result.findings.map(fixesFor).filter(Boolean)).toEqual([]);
  });
});
