import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildScanConfig } from '../../src/pipeline/scan-options';
import { silentLogger } from '../../src/core/logger';
import type { ScanResult } from '../../src/core/model';
import { parseExceptionsFile } from '../../src/exceptions/exceptions-file';
import { diffExceptions, diffRepoConfig } from '../../src/exceptions/policy-changes';
import { runScan, type ScanConfig } from '../../src/pipeline/scan';
import { defaultSettings } from '../../src/rules/settings';
import { TempRepo } from './git-helpers';
import { TEST_FRAMEWORK, label, resolver, testCatalog } from './helpers';

const FILE = '.kubegate/exceptions.yaml';
const parse = (text: string) => parseExceptionsFile(FILE, text, resolver());
const one = (fields: string) => `exceptions:\n  - reason: r\n    owner: o\n${fields.replace(/^/gm, '    ')}\n`;

describe('exceptions diff', () => {
  test.each<[string, string | undefined, string | undefined, Array<[string, RegExp]>]>([
    ['unchanged', one('rules: [privileged-container]\nname: web'), one('rules: [privileged-container]\nname: web'), []],
    ['added', undefined, one('id: csi\nrules: [privileged-container]\nname: csi'), [['added', /exception csi \[privileged-container on name csi\] added \(owner o; reason: r\)/]]],
    ['removed', one('rules: [host-network]\nnamespace: kube-system'), 'exceptions: []\n', [['removed', /\[host-network on namespace kube-system\] removed/]]],
    ['exact name to a glob', one('id: a\nrules: [privileged-container]\nname: web'), one('id: a\nrules: [privileged-container]\nname: "web*"'), [['widened', /name web → web\*/]]],
    ['glob to an exact name', one('id: a\nrules: [privileged-container]\nname: "web*"'), one('id: a\nrules: [privileged-container]\nname: web-1'), [['narrowed', /name web\* → web-1/]]],
    ['a constraint dropped', one('id: a\nrules: [privileged-container]\nname: web\nnamespace: prod'), one('id: a\nrules: [privileged-container]\nname: web'), [['widened', /namespace prod → \(any\)/]]],
    ['scoped to a container', one('id: a\nrules: [privileged-container]\nname: web'), one('id: a\nrules: [privileged-container]\nname: web\ncontainer: app'), [['narrowed', /container \(any\) → app/]]],
    ['more rules', one('id: a\nrules: [privileged-container]\nname: web'), one('id: a\nrules: [privileged-container, host-network]\nname: web'), [['widened', /rules \+ host-network/]]],
    ['every rule', one('id: a\nrules: [privileged-container]\nname: web'), one('id: a\nrules: ["*"]\nname: web'), [['widened', /rules \+ \*/]]],
    ['expiry extended', one('id: a\nrules: [host-pid]\nname: web\nexpires: 2026-01-31'), one('id: a\nrules: [host-pid]\nname: web\nexpires: 2027-01-31'), [['widened', /expires 2026-01-31 → 2027-01-31/]]],
    ['expiry removed', one('id: a\nrules: [host-pid]\nname: web\nexpires: 2026-01-31'), one('id: a\nrules: [host-pid]\nname: web'), [['widened', /expires 2026-01-31 → never/]]],
    ['expiry shortened', one('id: a\nrules: [host-pid]\nname: web\nexpires: 2027-01-31'), one('id: a\nrules: [host-pid]\nname: web\nexpires: 2026-06-30'), [['narrowed', /expires/]]],
    ['reason reworded', one('id: a\nrules: [host-pid]\nname: web'), one('id: a\nrules: [host-pid]\nname: web').replace('reason: r', 'reason: better words'), [['changed', /reason reworded/]]],
    ['an id-less entry edited shows as removed and added', one('rules: [host-pid]\nname: web'), one('rules: [host-pid]\nname: "*"'), [['added', /name \*/], ['removed', /name web/]]],
    ['a Kubescape policy edited', JSON.stringify([{ name: 'p', policyType: 'postureExceptionPolicy', resources: [{ designatorType: 'Attributes', attributes: { name: 'web' } }] }]), JSON.stringify([{ name: 'p', policyType: 'postureExceptionPolicy', resources: [{ designatorType: 'Attributes', attributes: { name: '.*' } }] }]), [['changed', /"p" \(Kubescape\) changed/]]],
  ])('%s', (_name, base, head, expected) => {
    const changes = diffExceptions(FILE, base === undefined ? undefined : parse(base), head === undefined ? undefined : parse(head));
    expect(changes).toHaveLength(expected.length);
    expected.forEach(([change, description], i) => {
      expect(changes[i].change).toBe(change);
      expect(changes[i].description).toMatch(description);
      expect(changes[i].file).toBe(FILE);
    });
  });

  test('changes in the head file carry their line', () => {
    const head = `exceptions:\n  - { id: a, rules: [host-pid], name: web, reason: r, owner: o }\n  - { id: b, rules: [host-ipc], name: web, reason: r, owner: o }\n`;
    expect(diffExceptions(FILE, parse('exceptions:\n  - { id: a, rules: [host-pid], name: web, reason: r, owner: o }\n'), parse(head)).map((c) => c.line)).toEqual([3]);
  });
});

describe('.kubegate.yaml diff', () => {
  test.each<[string, string | undefined, string | undefined, Array<[string, RegExp]>]>([
    ['unchanged', 'severity-threshold: high\n', 'severity-threshold: high\n', []],
    ['threshold raised to critical', 'severity-threshold: high\n', 'severity-threshold: critical\n', [['widened', /severity-threshold high → critical/]]],
    ['threshold set to none', undefined, 'severity-threshold: none\n', [['added', /added/], ['widened', /high → none/]]],
    ['threshold lowered', 'severity-threshold: high\n', 'severity-threshold: medium\n', [['narrowed', /high → medium/]]],
    ['compliance threshold lowered', 'compliance-threshold: 80\n', 'compliance-threshold: 50%\n', [['widened', /compliance-threshold 80 → 50/]]],
    ['a framework dropped', 'frameworks: [nsa, mitre]\n', 'frameworks: nsa\n', [['widened', /frameworks no longer evaluated: mitre/]]],
    ['a path excluded', 'exclude: [vendor/**]\n', 'exclude: [vendor/**, k8s/legacy/**]\n', [['widened', /exclude \+ k8s\/legacy\/\*\*/]]],
    ['a rule disabled', 'rules: {}\n', 'rules:\n  privileged-container: { enabled: false }\n', [['widened', /rule privileged-container disabled/]]],
    ['a rule severity lowered', 'rules:\n  host-pid: { severity: high }\n', 'rules:\n  host-pid: { severity: low }\n', [['widened', /rule host-pid severity high → low/]]],
    ['an allow-list grows', 'settings:\n  allowedCapabilities: [NET_BIND_SERVICE]\n', 'settings:\n  allowedCapabilities: [NET_BIND_SERVICE, SYS_ADMIN]\n', [['widened', /setting allowedCapabilities: \+ SYS_ADMIN/]]],
    ['a deny-list shrinks', 'settings:\n  insecureCapabilities: [SYS_ADMIN, NET_ADMIN]\n', 'settings:\n  insecureCapabilities: [SYS_ADMIN]\n', [['widened', /− NET_ADMIN/]]],
    ['a deny-list grows', 'settings:\n  insecureCapabilities: [SYS_ADMIN]\n', 'settings:\n  insecureCapabilities: [SYS_ADMIN, BPF]\n', [['narrowed', /\+ BPF/]]],
    ['removed', 'severity-threshold: critical\n', undefined, [['removed', /defaults apply/], ['narrowed', /critical → high/]]],
    ['unreadable', 'severity-threshold: high\n', 'severity-threshold: [\n', [['changed', /does not parse/]]],
  ])('%s', (_name, base, head, expected) => {
    const changes = diffRepoConfig('.kubegate.yaml', base, head);
    expect(changes.map((c) => c.change)).toEqual(expected.map(([c]) => c));
    expected.forEach(([, d], i) => expect(changes[i].description).toMatch(d));
  });
});

describe('tampering: a PR that excepts its own findings (real git repository)', () => {
  const deployment = (pod = '') => `apiVersion: apps/v1
kind: Deployment
metadata: { name: api, namespace: shop }
spec:
  template:
    spec:
${pod}      containers:
        - name: main
          image: api:1.0
`;
  const EXCEPTION = `exceptions:
  - id: api-host-pid
    rules: [host-pid]
    name: api
    reason: we need it
    owner: "@pr-author"
`;
  let repo: TempRepo;
  beforeAll(() => {
    repo = new TempRepo();
    repo.commit('base', { 'k8s/api.yaml': deployment(), '.kubegate.yaml': 'severity-threshold: high\n' });
    repo.git('checkout', '-q', '-b', 'pr');
    repo.commit('pr', {
      'k8s/api.yaml': deployment('      hostPID: true\n      hostIPC: true\n'),
      '.kubegate/exceptions.yaml': EXCEPTION,
      '.kubegate.yaml': 'severity-threshold: critical\n',
      '.kubegate/rules/my-rule/rule.yaml': 'id: my-rule\n',
    });
  });
  afterAll(() => repo.remove());

  const scan = (extra: Partial<ScanConfig>): Promise<ScanResult> =>
    runScan(
      { root: repo.dir, frameworks: ['kg-test'], severityThreshold: 'low', complianceThreshold: 0, catalog: { settings: defaultSettings(), customFrameworks: [{ path: 'kg-test.yaml', text: TEST_FRAMEWORK }] }, baseRef: 'main', baseline: 'none', ...extra },
      { logger: silentLogger },
      testCatalog(),
    );

  test('every policy change of the PR is listed', async () => {
    const r = await scan({});
    expect(r.policyChanges!.map((c) => [c.file, c.change])).toEqual([
      ['.kubegate/exceptions.yaml', 'added'],
      ['.kubegate.yaml', 'widened'],
      ['.kubegate/rules/my-rule/rule.yaml', 'added'],
    ]);
    expect(r.policyChanges![0]).toMatchObject({ line: 2, description: expect.stringContaining('api-host-pid') });
    expect(r.policyChanges![1].description).toBe('severity-threshold high → critical');
  });

  test.each([
    ['head (default): the PR exception applies', 'head' as const, ['host-ipc:Deployment/api']],
    ['base: only reviewed policy applies', 'base' as const, ['host-ipc:Deployment/api', 'host-pid:Deployment/api']],
  ])('trusted-config %s', async (_name, trustedConfig, expected) => {
    const r = await scan({ trustedConfig });
    const newOnes = r.findings.filter((f) => f.ruleId.startsWith('host-'));
    expect(newOnes.filter((f) => !f.suppression).map(label).sort()).toEqual(expected);
    // the change is listed either way, so reviewers see it
    expect(r.policyChanges!.some((c) => c.change === 'added' && c.file === '.kubegate/exceptions.yaml')).toBe(true);
  });

  test('with baseline base and trusted base, the base scan uses the base exceptions too', async () => {
    const r = await scan({ trustedConfig: 'base', baseline: 'base' });
    expect(r.findings.filter((f) => !f.suppression).map(label).sort()).toEqual(['host-ipc:Deployment/api', 'host-pid:Deployment/api']);
    expect(r.comparison!.introduced).toHaveLength(2);
  });

  test('without a base commit no changes are listed', async () => {
    const r = await scan({ baseRef: undefined });
    expect(r.policyChanges).toBeUndefined();
  });

  test('a base commit missing from the clone only skips the list, with a notice', async () => {
    const r = await scan({ baseRef: 'ffffffffffffffffffffffffffffffffffffffff' });
    expect(r.policyChanges).toBeUndefined();
    expect(r.diagnostics.filter((d) => d.code === 'policy-changes-unavailable')).toEqual([expect.objectContaining({ level: 'notice', gating: false })]);
  });

  test('with baseline auto (the default) it is one notice: not compared, every finding judged, the list skipped', async () => {
    const r = await scan({ baseRef: 'ffffffffffffffffffffffffffffffffffffffff', baseline: undefined, baseUnavailable: 'git fetch of fffffff from origin failed: not our ref' });
    expect(r.comparison).toBeUndefined();
    expect(r.policyChanges).toBeUndefined();
    expect(r.findings.filter((f) => f.suppression?.kind === 'baseline')).toEqual([]);
    expect(r.diagnostics.filter((d) => d.code.endsWith('-unavailable'))).toEqual([
      expect.objectContaining({ code: 'baseline-unavailable', level: 'notice', gating: false, message: expect.stringMatching(/^Not compared with the base commit \(git fetch of fffffff from origin failed: not our ref\): every finding is judged/) }),
    ]);
  });

  test('outside a git checkout too', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-nogit-'));
    try {
      fs.writeFileSync(path.join(dir, 'api.yaml'), deployment());
      const r = await runScan({ root: dir, frameworks: ['kg-test'], severityThreshold: 'none', complianceThreshold: 0, catalog: { settings: defaultSettings() }, baseRef: 'main', baseline: 'none' }, { logger: silentLogger }, testCatalog());
      expect(r.diagnostics.map((d) => d.code)).toContain('policy-changes-unavailable');
      const auto = await runScan({ root: dir, frameworks: ['kg-test'], severityThreshold: 'none', complianceThreshold: 0, catalog: { settings: defaultSettings() }, baseRef: 'main' }, { logger: silentLogger }, testCatalog());
      expect(auto.diagnostics.map((d) => d.code)).toEqual(['baseline-unavailable']);
      await expect(runScan({ root: dir, frameworks: ['kg-test'], severityThreshold: 'none', complianceThreshold: 0, catalog: { settings: defaultSettings() }, baseline: 'base' }, { logger: silentLogger }, testCatalog())).rejects.toThrow(/needs a git checkout/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test.each([
    ['head', 'critical'],
    ['base', 'high'],
  ])('.kubegate.yaml comes from the trusted side (%s)', (trustedConfig, threshold) => {
    expect(buildScanConfig({ root: repo.dir, baseRef: 'main', trustedConfig }).severityThreshold).toBe(threshold);
  });
});
