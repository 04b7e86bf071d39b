import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EXIT, runCli } from '../src/cli';
import { REPO } from './helpers/catalog';

async function cli(args: string[], cwd = REPO): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd, isTty: false });
  return { code, out, err };
}

function tmpRepo(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-cli-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('kubegate CLI', () => {
  it.each([
    ['insecure examples fail the gate', ['scan', 'examples/insecure'], EXIT.gateFailed],
    ['secure examples pass', ['scan', 'examples/secure'], EXIT.pass],
    ['a threshold of none passes anything', ['scan', 'examples/insecure', '--severity-threshold', 'none'], EXIT.pass],
    ['critical only passes when nothing is critical', ['scan', 'examples/insecure', '--severity-threshold', 'critical'], EXIT.pass],
    ['a compliance threshold of 100 fails an imperfect framework', ['scan', 'examples/insecure', '--severity-threshold', 'none', '--compliance-threshold', '100'], EXIT.gateFailed],
    ['an unknown framework is a usage error', ['scan', 'examples', '--frameworks', 'nope'], EXIT.configError],
    ['a bad threshold is a usage error', ['scan', 'examples', '--severity-threshold', 'severe'], EXIT.configError],
    ['an unknown flag is a usage error', ['scan', 'examples', '--frobnicate'], EXIT.configError],
    ['a missing path is a usage error', ['scan', 'does-not-exist'], EXIT.configError],
    ['an unknown command is a usage error', ['lint'], EXIT.configError],
  ])('%s', async (_name, args, code) => {
    const r = await cli(args as string[]);
    expect({ code: r.code, err: r.code === EXIT.internalError ? r.err : '' }).toEqual({ code, err: '' });
    if (code === EXIT.configError) expect(r.err).toMatch(/^kubegate: /);
  });

  it('prints findings as file, line:col, severity, message and rule', async () => {
    const r = await cli(['scan', 'examples/insecure', '--no-color']);
    expect(r.out).toMatch(/^examples\/insecure\/debug-pod\.yaml$/m);
    expect(r.out).toMatch(/^ {2}19:9 +high +privileged-container +Container "shell" of Pod debug runs privileged /m);
    expect(r.out).toMatch(/Gate FAILED: /);
  });

  it.each(['json', 'sarif', 'markdown'])('writes --format %s to --output', async (format) => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-out-')), `report.${format}`);
    const r = await cli(['scan', 'examples/insecure', '--format', format, '--output', out]);
    expect(r.code).toBe(EXIT.gateFailed);
    const text = fs.readFileSync(out, 'utf8');
    if (format === 'markdown') expect(text).toContain('gate failed');
    else expect(JSON.parse(text)).toBeTruthy();
    expect(r.err).toMatch(/findings in \d+ objects; gate failed/);
  });

  it('reports a broken .kubegate.yaml with its line and exits 2', async () => {
    const dir = tmpRepo({ '.kubegate.yaml': 'frameworks: [nsa]\nsettings:\n  trustedRegistrys: [ghcr.io]\n', 'pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: []}\n' });
    const r = await cli(['scan', dir]);
    expect(r.code).toBe(EXIT.configError);
    expect(r.err).toContain('.kubegate.yaml:3:3: unknown setting "trustedRegistrys"');
  });

  it('applies .kubegate.yaml settings and rule overrides', async () => {
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: a\n      image: nginx\n';
    const dir = tmpRepo({ '.kubegate.yaml': 'severity-threshold: medium\nrules:\n  image-tag-floating: { enabled: false }\n', 'pod.yaml': pod });
    const r = await cli(['scan', dir, '--format', 'json']);
    const report = JSON.parse(r.out);
    expect(report.gate.severityThreshold).toBe('medium');
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('image-tag-floating');
  });

  it('reports invalid YAML with its location, scans the other files, and fails the gate', async () => {
    const dir = tmpRepo({
      'bad.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [unclosed\n',
      'good.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostPID: true\n  containers: []\n',
      'compose.yaml': 'services:\n  web:\n    image: nginx\n',
    });
    const r = await cli(['scan', dir, '--format', 'json', '--severity-threshold', 'none']);
    const report = JSON.parse(r.out);
    expect(r.code).toBe(EXIT.gateFailed);
    expect(report.diagnostics).toEqual([expect.objectContaining({ file: 'bad.yaml', code: 'yaml-syntax', gating: true, range: expect.objectContaining({ startLine: expect.any(Number) }) })]);
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('host-pid');
    expect(report.stats.skippedDocuments).toBe(1);
  });
});

describe('a scan that checks nothing says so', () => {
  it.each([
    ['an empty directory warns and passes', {}, [], EXIT.pass, 'no-objects', false],
    ['only non-Kubernetes YAML warns and passes', { 'compose.yaml': 'services: {}\n' }, [], EXIT.pass, 'no-objects', false],
    ['files patterns that match nothing fail the gate', { 'a.yaml': 'x: 1\n' }, ['--files', 'deploy/**'], EXIT.gateFailed, 'no-files', true],
  ] as const)('%s', async (_n, files, args, code, diag, gating) => {
    const dir = tmpRepo(files as Record<string, string>);
    const r = await cli(['scan', dir, '--format', 'json', ...args]);
    expect(r.code).toBe(code);
    expect(JSON.parse(r.out).diagnostics).toEqual([expect.objectContaining({ code: diag, gating })]);
  });
});
