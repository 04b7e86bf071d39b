import { buildScanConfig } from '../../src/pipeline/scan-options';
import { allFramework } from '../../src/rules/framework';
import { silentLogger } from '../../src/core/logger';
import type { KubeObject } from '../../src/core/model';
import { parseManifest } from '../../src/parse/parse-manifest';
import type { Catalog } from '../../src/policy/catalog';
import { evaluateRules } from '../../src/pipeline/evaluate';
import { loadManifestFile } from '../../src/workspace/load';
import { runScan } from '../../src/pipeline/scan';
import type { Rule } from '../../src/rules/rule';
import { builtinCatalog } from '../helpers/catalog';
import { privilegedPod, removeTempRepos, tempRepo } from './generate';

/** A rule with a bug: it throws on the object named `trap`, as a template might on odd input. */
const buggy: Rule = {
  id: 'buggy-rule',
  title: 'A rule with a bug',
  severity: 'low',
  description: 'Throws on one object.',
  rationale: 'Tests only.',
  remediation: 'None.',
  references: [],
  template: 'test',
  params: {},
  message: 'never shown',
  source: '(test)',
  builtin: false,
  check: (obj: KubeObject) => {
    if (obj.name === 'trap') throw new TypeError("Cannot read properties of null (reading 'containers')");
    return [];
  },
};

afterAll(removeTempRepos);

const TRAP = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: trap\nspec: {containers: null}\n';

describe('a rule that throws', () => {
  it('becomes a located, gating rule-error diagnostic; the other rules and objects are still judged', () => {
    const parsed = parseManifest('app.yaml', `${TRAP}---\n${privilegedPod('fine').text}`);
    const privileged = builtinCatalog().rules.find((r) => r.id === 'privileged-container')!;
    const { findings, diagnostics, tallies } = evaluateRules(parsed.objects, [buggy, privileged]);
    expect(diagnostics).toEqual([
      {
        level: 'error',
        code: 'rule-error',
        message: expect.stringMatching(/^Rule buggy-rule failed on Pod\/trap \(internal error, please report it\): Cannot read properties of null/),
        file: 'app.yaml',
        range: expect.objectContaining({ startLine: 1 }),
        gating: true,
      },
    ]);
    expect(findings.map((f) => `${f.ruleId} ${f.file}:${f.range.startLine}`)).toEqual(['privileged-container app.yaml:16']);
    // the object the rule could not judge is neither passed nor failed by it
    expect([...tallies.get('buggy-rule')!.applicable]).toEqual([expect.stringContaining('Pod//fine')]);
  });

  it('fails the gate through runScan while every finding is kept', async () => {
    const dir = tempRepo({ 'trap.yaml': TRAP, 'app/privileged.yaml': privilegedPod('fine').text });
    const base = builtinCatalog();
    const rules = [...base.rules, buggy];
    const catalog: Catalog = { rules, frameworks: [...base.frameworks.filter((f) => f.id !== 'all'), allFramework(rules, base.frameworks)] };
    const result = await runScan(buildScanConfig({ root: dir, frameworks: 'all', severityThreshold: 'none' }), { logger: silentLogger }, catalog);
    expect(result.findings.map((f) => `${f.ruleId} ${f.file}:${f.range.startLine}`)).toContain('privileged-container app/privileged.yaml:10');
    expect(result.diagnostics.map((d) => `${d.code} ${d.file}`)).toEqual(['rule-error trap.yaml']);
    expect(result.gate).toMatchObject({ failed: true, reasons: [expect.stringMatching(/^1 input problem .*trap\.yaml:1 Rule buggy-rule failed/)] });
  });
});

describe('the parser and the loader never throw', () => {
  it('turns an unexpected parser failure into a gating internal-error diagnostic', () => {
    // not a string: the kind of bug a caller could introduce; the scan must survive it
    const parsed = parseManifest('odd.yaml', undefined as unknown as string);
    expect(parsed.objects).toEqual([]);
    expect(parsed.diagnostics).toEqual([expect.objectContaining({ code: 'internal-error', file: 'odd.yaml', gating: true, message: expect.stringContaining('please report it') })]);
  });

  it('reports a file that vanished between discovery and reading as a gating problem', () => {
    const dir = tempRepo();
    expect(loadManifestFile(dir, 'gone.yaml')).toEqual({ ok: false, diagnostic: expect.objectContaining({ code: 'unreadable', file: 'gone.yaml', gating: true }) });
  });

  it('reports a UTF-16 file with a broken surrogate pair by its byte order mark, gating only when it looks like Kubernetes', () => {
    const k8s = Buffer.concat([Buffer.from('\ufeffapiVersion: v1\nkind: Pod\n', 'utf16le'), Buffer.from([0x00, 0xd8, 0x41, 0x00])]);
    const other = Buffer.concat([Buffer.from('\ufefftitle: x\n', 'utf16le'), Buffer.from([0x00, 0xd8, 0x41, 0x00])]);
    const dir = tempRepo({ 'k8s.yaml': k8s, 'other.yaml': other });
    expect(loadManifestFile(dir, 'k8s.yaml')).toEqual({ ok: false, diagnostic: expect.objectContaining({ code: 'not-utf8', gating: true }) });
    expect(loadManifestFile(dir, 'other.yaml')).toEqual({ ok: false, diagnostic: expect.objectContaining({ code: 'not-utf8', gating: false }) });
  });

  it('reads UTF-16 big-endian with its byte order mark', () => {
    const le = Buffer.from(`\ufeff${privilegedPod('be').text}`, 'utf16le');
    const dir = tempRepo({ 'be.yaml': Buffer.from(le).swap16() });
    const loaded = loadManifestFile(dir, 'be.yaml');
    expect(loaded).toEqual({ ok: true, text: privilegedPod('be').text });
  });
});
