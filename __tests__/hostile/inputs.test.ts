import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXIT, runCli } from '../../src/cli';
import { CASES, COMPANION, COMPANION_FINDING, type HostileCase } from './cases';
import { privilegedPod, removeTempRepos, tempRepo } from './generate';

interface Outcome {
  code: number;
  stderr: string;
  report: { findings: Array<{ ruleId: string; file: string; range: { startLine: number } }>; diagnostics: Array<{ code: string; file?: string; range?: { startLine: number }; gating: boolean; message: string }>; gate: { reasons: string[] } };
  summary: string;
  sarif: { runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }>; invocations?: Array<{ toolExecutionNotifications?: unknown[] }> }> };
}

type Note = { locations?: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }> };

/** The CLI in-process, as `kubegate scan` runs it, with a JSON report and a SARIF file. */
async function scan(c: HostileCase): Promise<Outcome> {
  const dir = tempRepo({ ...c.files, [COMPANION]: privilegedPod('companion').text });
  c.setup?.(dir);
  const reports = tempRepo();
  const sarifFile = path.join(reports, 'report.sarif');
  let out = '';
  let stderr = '';
  const code = await runCli(['scan', dir, '--format', 'json', '--severity-threshold', 'none', '--sarif-file', sarifFile, ...(c.args ?? [])], {
    stdout: (s) => (out += s),
    stderr: (s) => (stderr += s),
    cwd: dir,
    isTty: false,
  });
  if (code === EXIT.internalError) throw new Error(`internal error: ${stderr}`);
  // the job summary is the markdown report (src/main.ts writes it before the gate decides)
  const summaryFile = path.join(reports, 'summary.md');
  await runCli(['scan', dir, '--format', 'markdown', '--output', summaryFile, '--severity-threshold', 'none', ...(c.args ?? [])], { stdout: () => {}, stderr: () => {}, cwd: dir, isTty: false });
  return { code, stderr, report: JSON.parse(out), summary: fs.readFileSync(summaryFile, 'utf8'), sarif: JSON.parse(fs.readFileSync(sarifFile, 'utf8')) };
}

const key = (f: { ruleId: string; file: string; range: { startLine: number } }) => `${f.ruleId} ${f.file}:${f.range.startLine}`;

describe('hostile inputs: exit code, located diagnostics, gating, and every other finding kept', () => {
  afterAll(removeTempRepos);
  const outcomes = new Map<string, Promise<Outcome>>();
  const outcome = (c: HostileCase) => {
    if (!outcomes.has(c.id)) outcomes.set(c.id, scan(c));
    return outcomes.get(c.id)!;
  };

  describe.each(CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    it(`exits ${c.code} with exactly the expected diagnostics`, async () => {
      const r = await outcome(c);
      const got = r.report.diagnostics.map((d) => `${d.code} ${d.file ?? ''}${d.range ? `:${d.range.startLine}` : ''} ${d.gating ? 'gating' : 'info'}`).sort();
      // `:*` in an expectation: located, on a line that depends on the parser's stack depth
      const want = [...c.diagnostics].sort();
      expect(got.map((g, i) => (want[i]?.includes(':* ') ? g.replace(/:\d+ /, ':* ') : g))).toEqual(want);
      expect(r.code).toBe(c.code);
      if (c.code === EXIT.gateFailed) expect(r.report.gate.reasons.join('\n')).toMatch(/input problem/);
    });

    it('still reports the findings of every other file and object, in the JSON report and the SARIF file', async () => {
      const r = await outcome(c);
      const json = r.report.findings.map(key);
      expect(json).toEqual(expect.arrayContaining([COMPANION_FINDING, ...(c.findings ?? [])]));
      for (const a of c.absent ?? []) expect(json).not.toContain(a);
      const sarif = r.sarif.runs[0].results.map((x) => `${x.ruleId} ${decodeURIComponent(x.locations[0].physicalLocation.artifactLocation.uri)}:${x.locations[0].physicalLocation.region.startLine}`);
      expect(sarif.sort()).toEqual([...json].sort());
    });

    it('locates each diagnostic by file and line in the SARIF notifications and the job summary', async () => {
      const r = await outcome(c);
      const notes = (r.sarif.runs[0].invocations?.[0]?.toolExecutionNotifications ?? []) as Note[];
      const where = (n: Note) => {
        const loc = n.locations?.[0]?.physicalLocation;
        return loc ? `${decodeURIComponent(loc.artifactLocation.uri)}${loc.region ? `:${loc.region.startLine}` : ''}` : '';
      };
      const located = (d: Outcome['report']['diagnostics'][number]) => (d.file ? `${d.file}${d.range ? `:${d.range.startLine}` : ''}` : '');
      expect(notes.map(where).sort()).toEqual(r.report.diagnostics.map(located).sort());
      for (const d of r.report.diagnostics) expect(r.summary).toContain(`\`${located(d)}\``);
    });
  });
});

describe('docs/robustness.md', () => {
  it('has a row for every hostile case, and no row for a case that does not exist', () => {
    const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'robustness.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## Input cases'), doc.indexOf('## Size and time'));
    const rows = [...section.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
    expect(rows).toEqual(CASES.map((c) => c.id));
  });
});

