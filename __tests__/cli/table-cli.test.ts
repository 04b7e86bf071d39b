import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EXIT, runCli, type CliIo } from '../../src/cli';
import { REPO } from '../helpers/catalog';

async function cli(args: string[], io: Partial<CliIo> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd: REPO, isTty: false, ...io });
  return { code, out, err };
}

const ESC = '\u001b[';

describe('kubegate scan: terminal, colour and width', () => {
  it.each([
    // [case, io, args, colour, max line width]
    ['a 100-column terminal: colour, wrapped at 100', { isTty: true, columns: 100, env: {} }, [], true, 100],
    ['a 60-column terminal: wrapped at 60', { isTty: true, columns: 60, env: {} }, [], true, 60],
    ['a terminal with NO_COLOR', { isTty: true, columns: 100, env: { NO_COLOR: '1' } }, [], false, 100],
    ['a terminal with --no-color', { isTty: true, columns: 100, env: {} }, ['--no-color'], false, 100],
    ['a terminal with TERM=dumb', { isTty: true, columns: 100, env: { TERM: 'dumb' } }, [], false, 100],
    ['a pipe with FORCE_COLOR=1', { isTty: false, env: { FORCE_COLOR: '1' } }, [], true, Infinity],
    ['a pipe with COLUMNS=72', { isTty: false, env: { COLUMNS: '72' } }, [], false, 72],
    ['an embedding caller without env: plain, unwrapped', { isTty: false }, [], false, Infinity],
  ] as const)('%s', async (_n, io, args, colour, width) => {
    const r = await cli(['scan', 'examples/insecure', ...args], io);
    expect(r.code).toBe(EXIT.gateFailed);
    expect(r.out.includes(ESC)).toBe(colour);
    const lines = r.out.replace(/\u001b\[[0-9;]*m/g, '').split('\n');
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(width);
    if (width === Infinity) expect(Math.max(...lines.map((l) => l.length))).toBeGreaterThan(100);
  });

  it.each([
    ['--quiet on a failing gate: the blocking rows and the verdict', ['scan', 'examples/insecure', '--quiet'], EXIT.gateFailed, /^Gate FAILED: /m],
    ['--quiet on a passing gate: nothing', ['scan', 'examples/secure', '-q'], EXIT.pass, /^$/],
    ['--group-by rule', ['scan', 'examples/insecure', '--group-by', 'rule'], EXIT.gateFailed, /^high +host-pid: .*\(1 finding in 1 object, 1 file\)$/m],
  ])('%s', async (_n, args, code, pattern) => {
    const r = await cli(args);
    expect(r.code).toBe(code);
    expect(r.out).toMatch(pattern);
  });

  it('--group-by with an unknown value is a usage error', async () => {
    const r = await cli(['scan', 'examples', '--group-by', 'severity']);
    expect(r.code).toBe(EXIT.configError);
    expect(r.err).toMatch(/--group-by must be one of file, rule/);
  });

  it('the --output summary line counts in the right number', async () => {
    const r = await cli(['scan', 'examples/secure', '--format', 'json', '--output', path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-summary-')), 'r.json')]);
    expect(r.err).toMatch(/^kubegate: 0 findings in \d+ objects?; gate passed$/m);
    expect(r.err).not.toMatch(/\b1 objects\b/);
  });
});
