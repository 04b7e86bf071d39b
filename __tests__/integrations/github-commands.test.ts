import * as path from 'node:path';
import { EXIT } from '../../src/cli';
import { severityRank, type ScanResult } from '../../src/core/model';
import { checkAnnotations } from '../../src/report/annotations';
import { ANNOTATIONS_PER_LEVEL, buildGithubCommands, escapeData, escapeProperty } from '../../src/report/github-commands';
import { scanDir } from '../helpers/scan';
import { cleanup, cli, REPO, workspace } from './helpers';

afterAll(cleanup);

interface Command {
  name: string;
  props: Record<string, string>;
  data: string;
}

/**
 * Reads a step's log the way the Actions runner does: `::name k=v,k=v::data` lines are commands
 * (values unescaped), everything between `::stop-commands::TOKEN` and `::TOKEN::` is plain text.
 */
function parseLog(log: string): { commands: Command[]; plain: string[] } {
  const commands: Command[] = [];
  const plain: string[] = [];
  let stopToken: string | undefined;
  const unescape = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  for (const line of log.split('\n')) {
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      else plain.push(line);
      continue;
    }
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) {
      if (line) plain.push(line);
      continue;
    }
    const [, name, rawProps, data] = m;
    if (name === 'stop-commands') {
      stopToken = data;
      continue;
    }
    const props: Record<string, string> = {};
    for (const kv of rawProps ? rawProps.split(',') : []) {
      const i = kv.indexOf('=');
      props[kv.slice(0, i)] = unescape(kv.slice(i + 1));
    }
    commands.push({ name, props, data: unescape(data) });
  }
  return { commands, plain };
}

const LEVELS = ['error', 'warning', 'notice'];

describe('--format github', () => {
  let log: string;
  let code: number;
  let result: ScanResult;
  let dir: string;

  beforeAll(async () => {
    dir = workspace([
      ['examples/insecure', 'k8s/insecure'],
      ['examples/secure', 'k8s/secure'],
    ]);
    const prev = process.env.GITHUB_WORKSPACE;
    process.env.GITHUB_WORKSPACE = dir;
    try {
      // run from elsewhere: annotation paths follow GITHUB_WORKSPACE, not the cwd or the scan root
      const r = await cli(['scan', path.join(dir, 'k8s'), '--frameworks', 'all', '--format', 'github'], REPO);
      log = r.out;
      code = r.code;
    } finally {
      if (prev === undefined) delete process.env.GITHUB_WORKSPACE;
      else process.env.GITHUB_WORKSPACE = prev;
    }
    result = await scanDir(path.join(dir, 'k8s'), { frameworks: 'all' });
  });

  it('exits as the gate decides', () => expect(code).toBe(EXIT.gateFailed));

  it('annotates at most 10 per level, the closing summary included', () => {
    const { commands } = parseLog(log);
    for (const level of LEVELS) expect(commands.filter((c) => c.name === level).length).toBeLessThanOrEqual(ANNOTATIONS_PER_LEVEL);
    // the examples have more than 10 high findings, so the error budget is used up
    expect(commands.filter((c) => c.name === 'error')).toHaveLength(ANNOTATIONS_PER_LEVEL);
  });

  it('annotates the most severe findings first', () => {
    const { commands } = parseLog(log);
    const active = result.findings.filter((f) => !f.suppression);
    const bySeverity = [...active].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
    const errors = commands.filter((c) => c.name === 'error');
    const worst = bySeverity.slice(0, errors.length).map((f) => f.severity);
    expect(worst.every((s) => s === 'critical' || s === 'high')).toBe(true);
    // an error names at least one critical or high rule on its line (the first, the most severe)
    const titles = errors.map((c) => /^[^·]*\(([a-z0-9-]+)\)(?: ·|$)/.exec(c.props.title)?.[1]);
    for (const rule of titles) expect(['critical', 'high']).toContain(active.find((f) => f.ruleId === rule)?.severity);
  });

  it('points at the line and columns, relative to the workspace, with title and remediation', () => {
    const { commands } = parseLog(log);
    const privileged = commands.find((c) => c.props.title?.includes('(privileged-container)'));
    expect(privileged).toMatchObject({
      name: 'error',
      props: { file: 'k8s/insecure/debug-pod.yaml', line: '19', endLine: '19', col: '9' },
    });
    expect(privileged!.data).toMatch(/^Container "shell" of Pod debug runs privileged.*\n\nRemediation: \S/);
  });

  it('lists every finding it did not annotate in the log, and counts them in the summary', () => {
    const { commands, plain } = parseLog(log);
    const annotated = commands.filter((c) => c.props.file).length;
    // one annotation or log line per line with findings or located input problems
    const lines = new Set([
      ...result.findings.filter((f) => !f.suppression).map((f) => `${f.file}:${f.range.startLine}`),
      ...result.diagnostics.filter((d) => d.file).map((d) => `${d.file}:${d.range?.startLine ?? 1}`),
    ]);
    const listed = plain.filter((l) => /^k8s\/\S+:\d+(:\d+)?: (failure|warning|notice): /.test(l)).length;
    expect(annotated + listed).toBe(lines.size);
    const summary = commands[commands.length - 1];
    expect(summary.name).toBe('notice');
    expect(summary.props.title).toBe('kubegate');
    expect(summary.data).toContain(`${annotated} lines annotated`);
    expect(summary.data).toContain(`${listed} more are listed in the log`);
    expect(summary.data).toContain(`Gate failed: ${result.gate.reasons.join('; ')}`);
  });

  it('says the gate passed and annotates nothing when nothing is found', async () => {
    const r = await cli(['scan', path.join(dir, 'k8s', 'secure'), '--frameworks', 'pss-restricted', '--format', 'github'], dir);
    expect(r.code).toBe(EXIT.pass);
    const { commands, plain } = parseLog(r.out);
    expect(plain).toEqual([]);
    expect(commands.map((c) => c.name)).toEqual(['notice']);
    expect(commands[0].data).toMatch(/^0 findings .*Gate passed\.$/);
  });
});

describe('workflow command escaping', () => {
  it.each([
    ['percent first, so escapes are not escaped twice', '100%0A', '100%250A', '100%250A'],
    ['newlines', 'a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['separators only in properties', 'a:b,c', 'a:b,c', 'a%3Ab%2Cc'],
    ['a command in the text', '\n::error::x', '%0A::error::x', '%0A%3A%3Aerror%3A%3Ax'],
  ])('%s', (_name, input, data, prop) => {
    expect(escapeData(input)).toBe(data);
    expect(escapeProperty(input)).toBe(prop);
  });

  it('cannot be made to emit another command by what a manifest holds', async () => {
    const result = await scanDir(path.join(REPO, 'examples', 'insecure'), { frameworks: 'all' });
    const active = result.findings.filter((f) => !f.suppression);
    const hostile = 'x\n::add-mask::secret\r\n::error file=evil::pwned %0A, title=a:b';
    // one annotated (the first, most severe) and one listed in the log (the 11th warning line)
    const last = checkAnnotations(result).filter((a) => a.annotation_level === 'warning')[ANNOTATIONS_PER_LEVEL];
    active.find((f) => f.file === last.path && f.range.startLine === last.start_line)!.message = hostile;
    active[0].message = hostile;
    active[0].file = 'odd,dir:1/pod.yaml';
    const { commands, plain } = parseLog(buildGithubCommands(result, { workspace: result.root }));
    expect(commands.filter((c) => c.name === 'add-mask' || c.props.file === 'evil')).toEqual([]);
    const first = commands[0];
    expect(first.props.file).toBe('odd,dir:1/pod.yaml');
    expect(first.data).toContain(hostile);
    expect(plain.some((l) => l.includes('::add-mask::secret'))).toBe(true);
  });
});
