/**
 * `kubegate lsp --stdio` driven as an editor drives it: the bundle built from the current
 * sources, JSON-RPC over its stdio, real manifests in a temporary workspace.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { cleanup, cli, kubegateOnPath, readmeSnippet, tempDir } from '../integrations/helpers';
import { k8sTools } from '../render/tools';
import { LspClient, uriOf } from './client';

afterAll(cleanup);

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: debug
  namespace: team-a
  labels:
    app: debug
spec:
  containers:
    - name: shell
      image: busybox:1.36
      securityContext:
        privileged: true
`;

const NAMESPACE = `apiVersion: v1
kind: Namespace
metadata:
  name: team-a
`;

/** Some NetworkPolicy must be in scope for the network rules to judge anything. */
const OTHER_POLICY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: elsewhere
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
`;

const TEAM_POLICY = OTHER_POLICY.replace('namespace: elsewhere', 'namespace: team-a');

let cliJs: string;
beforeAll(() => {
  cliJs = path.join(kubegateOnPath(), '..', 'dist', 'cli.js');
});

function workspace(files: Record<string, string>): string {
  const dir = tempDir('lsp');
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

/** The 0-based line of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`${needle} not in text`);
  return i;
}

const codes = (ds: Diagnostic[]) => ds.map((d) => String(d.code));
/** Every rule a diagnostic names (one diagnostic names several when they flag the same spot). */
const rulesIn = (ds: Diagnostic[]) => ds.flatMap((d) => [...d.message.matchAll(/^(?:- )?([a-z0-9-]+) \((?:critical|high|medium|low)\):/gm)].map((m) => m[1]));

async function withServer<T>(dir: string, fn: (c: LspClient) => Promise<T>, init?: unknown): Promise<T> {
  const c = new LspClient(cliJs);
  try {
    await c.initialize(dir, init);
    return await fn(c);
  } finally {
    await c.shutdown();
  }
}

describe('kubegate lsp --stdio', () => {
  it('declares document sync, code actions and hover statically in the initialize result', async () => {
    const dir = workspace({});
    const c = new LspClient(cliJs);
    const init = await c.initialize(dir);
    expect(init.capabilities).toMatchObject({
      textDocumentSync: { openClose: true, change: 2, save: expect.anything() },
      codeActionProvider: { codeActionKinds: expect.arrayContaining(['quickfix', 'source.fixAll.kubegate']) },
      hoverProvider: true,
    });
    expect(await c.shutdown()).toBe(0);
  });

  it('ends when the client closes its input, even while the client process lives on', async () => {
    const c = new LspClient([process.execPath, cliJs, 'lsp', '--stdio', `--clientProcessId=${process.pid}`]);
    await c.initialize(workspace({}));
    const exited = new Promise<number | null>((resolve) => c.proc.on('exit', resolve));
    c.proc.stdin.end();
    expect(typeof (await exited)).toBe('number');
    c.conn.dispose();
  });

  it('publishes findings of an opened privileged pod on their exact ranges, with codes, docs links and mapped severities', async () => {
    const dir = workspace({ 'pod.yaml': POD });
    await withServer(dir, async (c) => {
      const { diagnostics } = await c.open(path.join(dir, 'pod.yaml'));
      const priv = diagnostics.find((d) => d.code === 'privileged-container')!;
      const line = lineOf(POD, 'privileged: true');
      const col = POD.split('\n')[line].indexOf('privileged');
      expect(priv.range).toEqual({ start: { line, character: col }, end: { line, character: col + 'privileged: true'.length } });
      expect(priv).toMatchObject({ source: 'kubegate', severity: 1, codeDescription: { href: expect.stringMatching(/docs\/rules\.md#privileged-container$/) } });
      expect(priv.message).toMatch(/^privileged-container \(high\): .*privileged/);
      // critical/high → Error, medium → Warning, low → Information
      const severityOf = (rule: string) => diagnostics.find((d) => rulesIn([d])[0] === rule)?.severity;
      expect([severityOf('privileged-container'), severityOf('service-account-token-mounted'), severityOf('image-not-pinned-to-digest')]).toEqual([1, 2, 3]);
      // several rules on one spot: one diagnostic naming each of them
      const shared = diagnostics.find((d) => rulesIn([d]).length > 1)!;
      expect(rulesIn([shared])).toEqual(expect.arrayContaining(['cpu-limit-missing', 'memory-limit-missing']));
      expect(shared.range.start.line).toBe(lineOf(POD, '- name: shell'));
    });
  });

  it('offers the fix `kubegate fix` makes as a quick fix; applied, the finding is gone from the next publish', async () => {
    const dir = workspace({ 'pod.yaml': POD });
    const viaCli = workspace({ 'pod.yaml': POD });
    await cli(['fix', '--rules', 'privileged-container', '--include-suggestions', 'pod.yaml'], viaCli);
    await withServer(dir, async (c) => {
      const uri = uriOf(path.join(dir, 'pod.yaml'));
      const { diagnostics } = await c.open(path.join(dir, 'pod.yaml'));
      const priv = diagnostics.find((d) => d.code === 'privileged-container')!;
      const actions = await c.codeActions(uri, priv.range, [priv]);
      const fix = actions.find((a) => a.kind === 'quickfix' && /privileged-container/.test(a.title) && !/acknowledge/.test(a.title))!;
      // a suggestion (the rule's fix mode) is offered, not preferred
      expect(fix).toMatchObject({ isPreferred: false, diagnostics: [expect.objectContaining({ code: 'privileged-container' })] });
      const next = await c.applyEdit(uri, fix.edit!.changes![uri]);
      expect(c.text(uri)).toBe(fs.readFileSync(path.join(viaCli, 'pod.yaml'), 'utf8'));
      expect(rulesIn(next.diagnostics)).not.toContain('privileged-container');
      expect(rulesIn(next.diagnostics)).toContain('cpu-limit-missing');
    });
  });

  it.each([
    ['source.fixAll.kubegate', ['source.fixAll'], /^source\.fixAll\.kubegate$/, []],
    ['the "apply all fixes" quick fix', ['quickfix'], /^quickfix$/, ['--include-suggestions']],
  ])('fixes the whole file with %s, as `kubegate fix` does', async (_name, only, kind, flags) => {
    // devopsbest has the one rule whose fix is safe (image-pull-policy-not-always)
    const config = { '.kubegate.yaml': 'frameworks: [nsa, devopsbest]\n' };
    const pod = POD.replace('image: busybox:1.36', 'image: busybox:latest\n      imagePullPolicy: IfNotPresent');
    const dir = workspace({ ...config, 'pod.yaml': pod });
    const viaCli = workspace({ ...config, 'pod.yaml': pod });
    await cli(['fix', ...flags, 'pod.yaml'], viaCli);
    await withServer(dir, async (c) => {
      const uri = uriOf(path.join(dir, 'pod.yaml'));
      await c.open(path.join(dir, 'pod.yaml'));
      const line = lineOf(pod, 'imagePullPolicy');
      const actions = await c.codeActions(uri, { start: { line, character: 0 }, end: { line, character: 30 } }, [], only);
      const all = actions.find((a) => kind.test(a.kind!) && /all/.test(a.title))!;
      expect(all).toBeDefined();
      await c.applyEdit(uri, all.edit!.changes![uri]);
      expect(c.text(uri)).toBe(fs.readFileSync(path.join(viaCli, 'pod.yaml'), 'utf8'));
      expect(c.text(uri)).toMatch(/imagePullPolicy: Always/);
    });
  });

  it('acknowledges a finding with a kubegate.io/ignore annotation and a reason placeholder', async () => {
    const dir = workspace({ 'pod.yaml': POD });
    await withServer(dir, async (c) => {
      const uri = uriOf(path.join(dir, 'pod.yaml'));
      const { diagnostics } = await c.open(path.join(dir, 'pod.yaml'));
      const priv = diagnostics.find((d) => d.code === 'privileged-container')!;
      const ack = (await c.codeActions(uri, priv.range, [priv])).find((a) => /acknowledge/.test(a.title))!;
      const next = await c.applyEdit(uri, ack.edit!.changes![uri]);
      expect(c.text(uri)).toMatch(/\n {4}kubegate\.io\/ignore: privileged-container\n {4}kubegate\.io\/ignore-reason: .*TODO/);
      expect(rulesIn(next.diagnostics)).not.toContain('privileged-container');
      expect(rulesIn(next.diagnostics)).toContain('cpu-limit-missing');
      // the placeholder reason is still a reason: no "suppression without reason" notice
      expect(codes(next.diagnostics)).not.toContain('suppression-without-reason');
    });
  });

  it('shows the rule, why it matters, how to fix it and its framework controls on hover', async () => {
    const dir = workspace({ 'pod.yaml': POD });
    await withServer(dir, async (c) => {
      const uri = uriOf(path.join(dir, 'pod.yaml'));
      const { diagnostics } = await c.open(path.join(dir, 'pod.yaml'));
      const priv = diagnostics.find((d) => d.code === 'privileged-container')!;
      const hover = await c.hover(uri, { line: priv.range.start.line, character: priv.range.start.character + 2 });
      const text = (hover!.contents as { value: string }).value;
      expect(text).toMatch(/Privileged container/);
      expect(text).toMatch(/Why it matters:.*escapes/);
      expect(text).toMatch(/How to fix:.*privileged/);
      expect(text).toMatch(/CIS Kubernetes Benchmark.*5\.2\.2/);
      expect(text).toMatch(/NSA-CISA.*C-0057/);
      expect(await c.hover(uri, { line: 0, character: 0 })).toBeNull();
    });
  });

  it('judges cross-object rules against the workspace: a NetworkPolicy opened in another document clears the network finding', async () => {
    const dir = workspace({ 'pod.yaml': POD, 'ns.yaml': NAMESPACE, 'policies/other.yaml': OTHER_POLICY });
    await withServer(dir, async (c) => {
      const podUri = uriOf(path.join(dir, 'pod.yaml'));
      const before = await c.open(path.join(dir, 'pod.yaml'));
      const network = (ds: Diagnostic[]) => rulesIn(ds).filter((r) => r.startsWith('network-policy'));
      expect(network(before.diagnostics)).not.toEqual([]);
      // a new, unsaved document: the policy is only in the editor
      const after = c.nextPublish(podUri, (p) => network(p.diagnostics).length === 0);
      await c.open(path.join(dir, 'team-policy.yaml'), TEAM_POLICY);
      expect(rulesIn((await after).diagnostics)).toContain('privileged-container');
    });
  });

  it('reports half-typed YAML as a diagnostic and keeps the other documents\' findings and the server alive', async () => {
    const dir = workspace({ 'pod.yaml': POD, 'ns.yaml': NAMESPACE, 'policies/other.yaml': OTHER_POLICY });
    await withServer(dir, async (c) => {
      const podUri = uriOf(path.join(dir, 'pod.yaml'));
      const polFile = path.join(dir, 'team-policy.yaml');
      await c.open(path.join(dir, 'pod.yaml'));
      const network = (ds: Diagnostic[]) => rulesIn(ds).filter((r) => r.startsWith('network-policy'));
      const cleared = c.nextPublish(podUri, (p) => network(p.diagnostics).length === 0);
      await c.open(polFile, TEAM_POLICY);
      await cleared;
      const podPublishes = c.published(podUri).length;
      // mid-edit: an unclosed flow sequence
      const broken = await c.change(uriOf(polFile), TEAM_POLICY.replace('policyTypes: [Ingress, Egress]', 'policyTypes: [Ingress, Eg\n  foo'));
      expect(broken.diagnostics.find((d) => d.code === 'yaml-syntax')).toMatchObject({ severity: 1, source: 'kubegate' });
      // the pod keeps its last good findings: nothing was republished for it
      const fixed = await c.change(uriOf(polFile), TEAM_POLICY);
      expect(fixed.diagnostics).toEqual([]);
      expect(c.published(podUri).slice(podPublishes).every((p) => network(p.diagnostics).length === 0)).toBe(true);
      // and the server still answers
      const again = await c.change(podUri, POD.replace('privileged: true', 'privileged: false'));
      expect(rulesIn(again.diagnostics)).not.toContain('privileged-container');
    });
  });

  it.each([
    ['a .kubegate.yaml that disables the rule', { '.kubegate.yaml': 'rules:\n  privileged-container:\n    enabled: false\n' }, POD],
    ['an inline suppression annotation', {}, POD.replace('  labels:', '  annotations:\n    kubegate.io/ignore: privileged-container\n    kubegate.io/ignore-reason: debugging pod\n  labels:')],
    ['an exceptions file', { '.kubegate/exceptions.yaml': 'exceptions:\n  - rules: [privileged-container]\n    kind: Pod\n    name: debug\n    reason: debugging pod\n    owner: platform-team\n' }, POD],
  ])('honours %s as `kubegate scan` does', async (_name, files, pod) => {
    const dir = workspace({ ...files, 'deploy/pod.yaml': pod });
    const scan = await cli(['scan', '--format', 'json', '.'], dir);
    const scanned = JSON.parse(scan.out).findings.filter((f: { suppression?: unknown }) => !f.suppression).map((f: { ruleId: string }) => f.ruleId);
    await withServer(dir, async (c) => {
      const { diagnostics } = await c.open(path.join(dir, 'deploy/pod.yaml'));
      expect(rulesIn(diagnostics)).not.toContain('privileged-container');
      expect([...new Set(rulesIn(diagnostics))].sort()).toEqual([...new Set<string>(scanned)].sort());
    });
  });

  it('applies the editor settings: frameworks and the severity threshold', async () => {
    const dir = workspace({ 'pod.yaml': POD });
    await withServer(
      dir,
      async (c) => {
        const { diagnostics } = await c.open(path.join(dir, 'pod.yaml'));
        expect(diagnostics.length).toBeGreaterThan(0);
        expect(diagnostics.every((d) => d.severity === 1)).toBe(true);
        expect(rulesIn(diagnostics)).toContain('privileged-container');
        expect(rulesIn(diagnostics)).not.toContain('cpu-limit-missing');
      },
      { frameworks: ['pss-baseline'], severityThreshold: 'high' },
    );
  });

  it.each([
    ['a JSON manifest', 'pod.json', JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'debug' }, spec: { containers: [{ name: 'shell', image: 'busybox:1.36', securityContext: { privileged: true } }] } }, null, 2)],
    ['a file outside every workspace folder', '../elsewhere/pod.yaml', POD],
  ])('checks %s', async (_name, rel, text) => {
    const dir = workspace({});
    const file = path.join(dir, 'ws', rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.mkdirSync(path.join(dir, 'ws'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'ws', 'other.yaml'), OTHER_POLICY);
    fs.writeFileSync(file, text);
    await withServer(path.join(dir, 'ws'), async (c) => {
      const { diagnostics } = await c.open(file);
      const priv = diagnostics.find((d) => d.code === 'privileged-container')!;
      expect(priv.range.start.line).toBe(lineOf(text, text.startsWith('{') ? '"privileged": true' : 'privileged: true'));
    });
  });

  it('leaves documents that hold no Kubernetes object alone', async () => {
    const dir = workspace({ 'compose.yaml': 'services:\n  web:\n    image: nginx\n    privileged: true\n', 'broken.yaml': 'a: [1, 2\nb: {\n' });
    await withServer(dir, async (c) => {
      expect((await c.open(path.join(dir, 'compose.yaml'))).diagnostics).toEqual([]);
      expect((await c.open(path.join(dir, 'broken.yaml'))).diagnostics).toEqual([]);
    });
  });
});

describe('kubegate lsp --stdio on a Helm chart', () => {
  const CHART = {
    'chart/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
    'chart/values.yaml': 'privileged: true\n',
    'chart/templates/pod.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: {{ .Release.Name }}-web
spec:
  containers:
    - name: web
      image: nginx:1.27
      securityContext:
        privileged: {{ .Values.privileged }}
`,
  };

  it('renders the chart and puts its findings on the template lines; a render error is a diagnostic', async () => {
    const { toolsDir } = k8sTools();
    const dir = workspace(CHART);
    const template = path.join(dir, 'chart/templates/pod.yaml');
    const c = new LspClient(cliJs, { ...process.env, PATH: `${toolsDir}${path.delimiter}${process.env.PATH}` });
    try {
      await c.initialize(dir);
      const uri = uriOf(template);
      const rendered = await c.open(template);
      const priv = rendered.diagnostics.find((d) => d.code === 'privileged-container')!;
      expect(priv.range.start.line).toBe(lineOf(CHART['chart/templates/pod.yaml'], 'privileged:'));
      // no quick fix edits a template: rendered output is not the source
      expect((await c.codeActions(uri, priv.range, [priv])).filter((a) => a.edit)).toEqual([]);
      // a template helm cannot render, saved: the error is published on the chart's files
      fs.writeFileSync(template, CHART['chart/templates/pod.yaml'].replace('{{ .Release.Name }}', '{{ .Release.Name '));
      const failed = c.nextPublish(uri, (p) => p.diagnostics.some((d) => d.code === 'render-failed'));
      await c.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
      expect((await failed).diagnostics.find((d) => d.code === 'render-failed')!.message).toMatch(/pod\.yaml/);
    } finally {
      await c.shutdown();
    }
  });
});

describe('kubegate lsp --stdio and the files around the open documents', () => {
  it('keeps the workspace current from file-change notifications: a policy written to disk clears the finding, its deletion brings it back', async () => {
    const dir = workspace({ 'pod.yaml': POD, 'ns.yaml': NAMESPACE, 'policies/other.yaml': OTHER_POLICY });
    await withServer(dir, async (c) => {
      const podUri = uriOf(path.join(dir, 'pod.yaml'));
      const network = (ds: Diagnostic[]) => rulesIn(ds).filter((r) => r.startsWith('network-policy'));
      expect(network((await c.open(path.join(dir, 'pod.yaml'))).diagnostics)).not.toEqual([]);
      const policy = path.join(dir, 'policies/team.yaml');
      fs.writeFileSync(policy, TEAM_POLICY);
      const cleared = c.nextPublish(podUri, (p) => network(p.diagnostics).length === 0);
      await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(policy), type: 1 }] });
      await cleared;
      fs.rmSync(policy);
      const back = c.nextPublish(podUri, (p) => network(p.diagnostics).length > 0);
      await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(policy), type: 3 }] });
      await back;
    });
  });

  it('reloads .kubegate.yaml when it changes, and says so on the manifests when it cannot be read', async () => {
    const dir = workspace({ 'pod.yaml': POD });
    await withServer(dir, async (c) => {
      const podUri = uriOf(path.join(dir, 'pod.yaml'));
      expect(rulesIn((await c.open(path.join(dir, 'pod.yaml'))).diagnostics)).toContain('privileged-container');
      const config = path.join(dir, '.kubegate.yaml');
      fs.writeFileSync(config, 'rules:\n  privileged-container:\n    enabled: false\n');
      const disabled = c.nextPublish(podUri, (p) => !rulesIn(p.diagnostics).includes('privileged-container'));
      await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(config), type: 2 }] });
      expect(rulesIn((await disabled).diagnostics)).toContain('cpu-limit-missing');
      fs.writeFileSync(config, 'frameworkz: [nsa]\n');
      const broken = c.nextPublish(podUri, (p) => p.diagnostics.some((d) => d.code === 'config-error'));
      await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(config), type: 2 }] });
      const [error] = (await broken).diagnostics;
      expect(error).toMatchObject({ severity: 1, message: expect.stringMatching(/frameworkz/) });
    });
  });

  it('applies settings changed in the editor (workspace/didChangeConfiguration)', async () => {
    const dir = workspace({ 'pod.yaml': POD });
    await withServer(dir, async (c) => {
      const podUri = uriOf(path.join(dir, 'pod.yaml'));
      const before = await c.open(path.join(dir, 'pod.yaml'));
      expect(before.diagnostics.some((d) => d.severity === 3)).toBe(true);
      const after = c.nextPublish(podUri);
      await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: { kubegate: { frameworks: [], severityThreshold: 'medium' } } });
      const { diagnostics } = await after;
      expect(diagnostics.length).toBeGreaterThan(0);
      expect(diagnostics.every((d) => d.severity === 1 || d.severity === 2)).toBe(true);
    });
  });

  it('never follows a symlink out of the workspace that a file-change notification names', async () => {
    const outside = tempDir('lsp-outside');
    fs.writeFileSync(path.join(outside, 'policy.yaml'), TEAM_POLICY);
    const dir = workspace({ 'pod.yaml': POD, 'ns.yaml': NAMESPACE, 'policies/other.yaml': OTHER_POLICY });
    await withServer(dir, async (c) => {
      const podUri = uriOf(path.join(dir, 'pod.yaml'));
      const network = (ds: Diagnostic[]) => rulesIn(ds).filter((r) => r.startsWith('network-policy'));
      const before = network((await c.open(path.join(dir, 'pod.yaml'))).diagnostics);
      expect(before).not.toEqual([]);
      const link = path.join(dir, 'linked.yaml');
      fs.symlinkSync(path.join(outside, 'policy.yaml'), link);
      await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(link), type: 1 }] });
      // a later edit republishes: the linked policy did not clear the finding
      const next = await c.change(podUri, POD.replace('app: debug', 'app: debug2'));
      expect(network(next.diagnostics)).toEqual(before);
    });
  });

  it('logs a failing request to the client and keeps serving', async () => {
    const dir = workspace({ 'pod.yaml': POD });
    await withServer(dir, async (c) => {
      const uri = uriOf(path.join(dir, 'pod.yaml'));
      await c.open(path.join(dir, 'pod.yaml'));
      // a malformed request (no range) makes the handler throw
      expect(await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, context: { diagnostics: [] } })).toEqual([]);
      expect(c.logs.join('\n')).toMatch(/code action failed/);
      const line = lineOf(POD, 'privileged: true');
      expect(await c.hover(uri, { line, character: 10 })).not.toBeNull();
    });
  });

  it('uses the nearest .kubegate.yaml from the document up to the workspace folder', async () => {
    const dir = workspace({ 'team/.kubegate.yaml': 'rules:\n  privileged-container:\n    enabled: false\n', 'team/pod.yaml': POD, 'other/pod.yaml': POD });
    await withServer(dir, async (c) => {
      expect(rulesIn((await c.open(path.join(dir, 'team/pod.yaml'))).diagnostics)).not.toContain('privileged-container');
      expect(rulesIn((await c.open(path.join(dir, 'other/pod.yaml'))).diagnostics)).toContain('privileged-container');
    });
  });
});

describe('the README', () => {
  it('configures Helix and Neovim with a command that serves', async () => {
    const toml = readmeSnippet('helix').body;
    const command = /^command = "([^"]+)"$/m.exec(toml)![1];
    const args = JSON.parse(/^args = (\[.*\])$/m.exec(toml)![1]) as string[];
    expect(command).toBe('kubegate');
    // the Neovim snippet starts the same command line
    const lua = readmeSnippet('neovim').body;
    const cmd = /cmd = \{ ([^}]*) \}/.exec(lua)![1].split(',').map((x) => x.trim().replace(/^'|'$/g, ''));
    expect(cmd).toEqual([command, ...args]);
    const bin = path.join(path.dirname(cliJs), '..', 'path');
    const dir = workspace({ 'pod.yaml': POD });
    const c = new LspClient([path.join(bin, command), ...args]);
    await c.initialize(dir);
    expect(codes((await c.open(path.join(dir, 'pod.yaml'))).diagnostics)).toContain('privileged-container');
    expect(await c.shutdown()).toBe(0);
  });
});
