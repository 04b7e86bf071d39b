import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cliBundle, removeCliBundle } from '../hostile/cli-child';
import { findTool } from '../../src/render/exec';
import { k8sTools, FIXTURES } from '../render/tools';

/** The bundled CLI in its own process, as a shell pipeline runs it: stdin piped, stdout and stderr not terminals. */
function kubegate(args: string[], opts: { cwd: string; input?: string | Buffer; env?: Record<string, string> }) {
  const r = spawnSync(process.execPath, [cliBundle(), ...args], {
    cwd: opts.cwd,
    input: opts.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...opts.env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: debug
  namespace: ops
spec:
  hostPID: true
  containers:
    - name: shell
      image: busybox:1.36
`;
/** What `kubectl get pods -A -o yaml` prints: a List of objects. */
const KUBECTL_LIST = `apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Pod
  metadata:
    name: web
    namespace: default
  spec:
    containers:
    - name: web
      image: nginx:1.27
      securityContext:
        privileged: true
metadata:
  resourceVersion: ""
`;

function scratch(files: Record<string, string> = {}): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-stdin-')));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

afterAll(() => removeCliBundle());

describe('kubegate scan - (standard input) through the real CLI process', () => {
  it.each([
    ['a manifest', POD, 'host-pid', 7],
    ['kubectl get -o yaml output (a List)', KUBECTL_LIST, 'privileged-container', 14],
    ['JSON', JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'j' }, spec: { hostPID: true, containers: [] } }, null, 2), 'host-pid', 8],
  ])('%s: findings are reported against <stdin> with their lines, and gate the exit code', (_n, input, rule, line) => {
    const r = kubegate(['scan', '-', '--format', 'json'], { cwd: scratch(), input });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: rule, file: '<stdin>', range: expect.objectContaining({ startLine: line }) }));
    expect(report.stats.files).toBe(1);
  });

  it('the table names <stdin> as the file', () => {
    const r = kubegate(['scan', '-'], { cwd: scratch(), input: POD });
    expect(r.out).toMatch(/^<stdin>$/m);
    expect(r.out).toMatch(/^ {2}7:3 +high +host-pid /m);
    expect(r.out).toMatch(/^1 object in 1 file, /m);
  });

  it.each([
    ['invalid YAML', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [unclosed\n', 'yaml-syntax', true, 1],
    ['invalid UTF-8 that looks like a manifest', Buffer.concat([Buffer.from('apiVersion: v1\nkind: Pod\nmetadata:\n  name: caf'), Buffer.from([0xe9]), Buffer.from('\n')]), 'not-utf8', true, 1],
    ['binary bytes', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00]), 'binary-file', false, 0],
  ])('%s on stdin gets the same located diagnostic as a file', (_n, input, code, gating, exit) => {
    const r = kubegate(['scan', '-', '--format', 'json'], { cwd: scratch(), input });
    expect(r.code).toBe(exit);
    const report = JSON.parse(r.out);
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ code, file: '<stdin>', gating }));
    if (code === 'yaml-syntax') expect(report.diagnostics.find((d: { code: string }) => d.code === code).range.startLine).toBeGreaterThan(0);
  });

  it('input over --max-file-size is reported, not parsed', () => {
    const r = kubegate(['scan', '-', '--format', 'json', '--max-file-size', '1KB'], { cwd: scratch(), input: POD.repeat(40).split('apiVersion').join('---\napiVersion') });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).diagnostics).toContainEqual(expect.objectContaining({ code: 'file-too-large', file: '<stdin>', gating: true }));
  });

  it('empty input says that nothing was checked', () => {
    const r = kubegate(['scan', '-', '--format', 'json'], { cwd: scratch(), input: '' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).diagnostics).toContainEqual(expect.objectContaining({ code: 'no-objects' }));
  });

  it('- with a directory scans both (paths relative to the directory, the only path given)', () => {
    const dir = scratch({ 'deploy/pod.yaml': POD.replace('debug', 'fromfile') });
    const r = kubegate(['scan', '-', 'deploy', '--format', 'json'], { cwd: dir, input: POD });
    const files = new Set(JSON.parse(r.out).findings.map((f: { file: string }) => f.file));
    expect([...files].sort()).toEqual(['<stdin>', 'pod.yaml']);
  });

  it('helm template output piped in is gated', () => {
    const { toolsDir } = k8sTools();
    const helm = findTool('helm', process.env.PATH, toolsDir)!;
    const rendered = spawnSync(helm, ['template', 'web', path.join(FIXTURES, 'helm', 'web')], { encoding: 'utf8' });
    expect(rendered.status).toBe(0);
    const r = kubegate(['scan', '-', '--format', 'json', '--severity-threshold', 'none'], { cwd: scratch(), input: rendered.stdout });
    const report = JSON.parse(r.out);
    expect(report.stats.objects).toBeGreaterThan(0);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) {
      expect(f.file).toBe('<stdin>');
      // the line is the one in the stream: it holds the object's kind, its field or its parent
      expect(rendered.stdout.split('\n')[f.range.startLine - 1]).toBeDefined();
    }
  });
});

describe('paths outside the current directory, through the real CLI process', () => {
  it('kubegate scan /elsewhere/pod.yaml reports it relative to its own directory', () => {
    const elsewhere = scratch({ 'pod.yaml': POD });
    const r = kubegate(['scan', path.join(elsewhere, 'pod.yaml'), '--format', 'json'], { cwd: scratch() });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).findings).toContainEqual(expect.objectContaining({ ruleId: 'host-pid', file: 'pod.yaml' }));
  });

  it('inside a git work tree, paths are relative to its top level', () => {
    const repo = scratch({ 'k8s/apps/pod.yaml': POD });
    fs.mkdirSync(path.join(repo, '.git'));
    const r = kubegate(['scan', path.join(repo, 'k8s', 'apps'), '--format', 'json'], { cwd: scratch() });
    expect(JSON.parse(r.out).findings).toContainEqual(expect.objectContaining({ file: 'k8s/apps/pod.yaml' }));
  });
});

describe('colour and progress through the real CLI process (output piped)', () => {
  it.each([
    ['plain by default into a pipe', {}, [], false],
    ['FORCE_COLOR=1 forces colour', { FORCE_COLOR: '1' }, [], true],
    ['FORCE_COLOR=1 beats NO_COLOR=1', { FORCE_COLOR: '1', NO_COLOR: '1' }, [], true],
    ['--no-color beats FORCE_COLOR=1', { FORCE_COLOR: '1' }, ['--no-color'], false],
    ['FORCE_COLOR=0 stays plain', { FORCE_COLOR: '0' }, [], false],
  ])('%s', (_n, env, flags, colour) => {
    const r = kubegate(['scan', '-', ...flags], { cwd: scratch(), input: POD, env });
    expect(r.out.includes('\u001b[')).toBe(colour);
    // severity in words whatever the colour
    expect(r.out.replace(/\u001b\[[0-9;]*m/g, '')).toMatch(/^ {2}7:3 +high +host-pid/m);
    // standard error is not a terminal: never a progress line
    expect(r.err).not.toMatch(/\r|kubegate: (reading|checking|finding)/);
  });

  it('COLUMNS wraps piped output; without it lines are not wrapped', () => {
    const wide = kubegate(['scan', '-'], { cwd: scratch(), input: KUBECTL_LIST });
    const narrow = kubegate(['scan', '-'], { cwd: scratch(), input: KUBECTL_LIST, env: { COLUMNS: '60' } });
    expect(Math.max(...wide.out.split('\n').map((l) => l.length))).toBeGreaterThan(60);
    for (const l of narrow.out.split('\n')) expect(l.length).toBeLessThanOrEqual(60);
  });
});
