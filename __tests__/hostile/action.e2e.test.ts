import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../../src/cli';
import { bundle, cleanup, runAction, type RunResult } from '../github/harness';
import { CASES, COMPANION } from './cases';
import { privilegedPod, removeTempRepos, tempRepo } from './generate';

/**
 * The bundled action on a workspace holding every hostile input at once, without a token (so no
 * GitHub API call: the API's faults are __tests__/github's). It must exit 1 (the gate fails on
 * the gating inputs), and still write the SARIF file and the job summary with every finding,
 * naming the file and line of each input problem.
 */
describe('the action on a hostile workspace', () => {
  let run: RunResult;
  let dir: string;
  let expected: { findings: string[]; diagnostics: Array<{ code: string; file?: string; range?: { startLine: number }; gating: boolean }> };

  beforeAll(async () => {
    const files: Record<string, string | Buffer> = { [COMPANION]: privilegedPod('companion').text };
    // each case under its own directory; cases that change the scan's options are left out
    for (const c of CASES.filter((x) => !x.args && !x.setup)) for (const [name, text] of Object.entries(c.files)) files[`${c.id}/${name}`] = text;
    dir = tempRepo(files);
    let out = '';
    await runCli(['scan', dir, '--format', 'json'], { stdout: (s) => (out += s), stderr: () => {}, cwd: dir, isTty: false });
    const report = JSON.parse(out);
    expected = { findings: report.findings.map(key), diagnostics: report.diagnostics };
    run = await runAction({ entry: bundle(), apiUrl: 'http://127.0.0.1:9', workspace: dir, event: 'pull_request', token: '', inputs: { frameworks: '' } });
  }, 120_000);

  afterAll(() => {
    cleanup();
    removeTempRepos();
  });

  const key = (f: { ruleId: string; file: string; range: { startLine: number } }) => `${f.ruleId} ${f.file}:${f.range.startLine}`;

  it('exits 1 and says why, naming the file and line of the first input problem', () => {
    expect(run.code).toBe(1);
    expect(expected.diagnostics.some((d) => d.gating)).toBe(true);
    const failed = run.commands.find((c) => c.command === 'error' && /^kubegate gate failed: /.test(c.message));
    const first = expected.diagnostics.find((d) => d.gating)!;
    expect(failed?.message).toContain(`${first.file}${first.range ? `:${first.range.startLine}` : ''}`);
    expect(run.stdout + run.stderr).not.toMatch(/internal error/);
    expect(run.outputs.result).toBe('failed');
  });

  it('writes the SARIF file with every finding the CLI reports', () => {
    const sarif = JSON.parse(fs.readFileSync(run.sarifFile, 'utf8'));
    const results = sarif.runs[0].results.map((r: { ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }) => {
      const loc = r.locations[0].physicalLocation;
      return `${r.ruleId} ${decodeURIComponent(loc.artifactLocation.uri)}:${loc.region.startLine}`;
    });
    expect(results.sort()).toEqual([...expected.findings].sort());
    expect(Number(run.outputs.findings)).toBe(expected.findings.length);
    expect(expected.findings).toEqual(expect.arrayContaining([`privileged-container ${COMPANION}:10`, 'privileged-container yaml11-booleans/app/yes.yaml:12', 'privileged-container utf16-with-bom/app/utf16.yaml:10']));
  });

  it('writes the job summary naming every input problem by file and line', () => {
    expect(run.summary).toMatch(/### Input problems/);
    const lines = run.summary.split('\n').filter((l) => l.startsWith('- '));
    for (const d of expected.diagnostics) {
      const where = `\`${d.file}${d.range ? `:${d.range.startLine}` : ''}\``;
      const line = lines.find((l) => l.includes(where));
      expect(line).toBeDefined();
      expect(line!.includes('**blocks the gate**')).toBe(d.gating);
    }
  });

  it('annotates the findings without a token (workflow commands, capped per level)', () => {
    const annotated = run.commands.filter((c) => c.props.file);
    expect(annotated.length).toBeGreaterThan(0);
    for (const a of annotated) expect(fs.existsSync(path.join(dir, a.props.file))).toBe(true);
  });
});
