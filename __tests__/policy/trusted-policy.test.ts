import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildScanConfig, type RawOptions } from '../../src/pipeline/scan-options';
import { ConfigError, errorMessage } from '../../src/core/errors';
import { silentLogger } from '../../src/core/logger';
import type { ScanResult } from '../../src/core/model';
import { runScan } from '../../src/pipeline/scan';
import { TempRepo } from '../exceptions/git-helpers';

/*
 * A pull request that loosens the repository's own policy, in a real git repository: the base
 * commit holds strict custom rules, a framework and a ValidatingAdmissionPolicy; each PR branch
 * relaxes or deletes one of them. With trusted-config head the PR's policy applies; with base
 * the reviewed one does. Either way the change is listed for the reviewer.
 */

const RULE = (severity: string, expression = "has(object.metadata.labels) && 'team' in object.metadata.labels") => `id: team-labels
title: Workload without a team label
severity: ${severity}
description: A workload has no team label.
remediation: Add a team label.
kinds: [Deployment]
check:
  template: cel
  params:
    expression: "${expression}"
    path: metadata.labels
message: Deployment {name} has no team label.
`;

const FRAMEWORK = (controls: string) => `id: org
name: Org policy
controls:
${controls}`;
const LABELS_CONTROL = '  - { id: ORG-1, name: Team labels, rules: [team-labels] }\n';
const REPLICAS_CONTROL = '  - { id: ORG-2, name: Replica cap, rules: [replica-cap] }\n';
const PRIVILEGED_CONTROL = '  - { id: ORG-3, name: No privileged containers, rules: [privileged-container] }\n';

const POLICY = (max: number) => `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: replica-cap
  annotations: { kubegate.io/severity: high }
spec:
  matchConstraints:
    resourceRules:
      - { apiGroups: [apps], apiVersions: [v1], operations: [CREATE], resources: [deployments] }
  validations:
    - expression: object.spec.replicas <= ${max}
      message: too many replicas
`;

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  replicas: 8
  template:
    spec:
      containers:
        - name: main
          image: registry.example/api:1.0
`;

const BASE = {
  'k8s/api.yaml': DEPLOYMENT,
  '.kubegate.yaml': 'frameworks: [org]\nseverity-threshold: high\n',
  '.kubegate/rules/team-labels/rule.yaml': RULE('high'),
  '.kubegate/frameworks/org.yaml': FRAMEWORK(LABELS_CONTROL + REPLICAS_CONTROL + PRIVILEGED_CONTROL),
  '.kubegate/policies/replica-cap.yaml': POLICY(5),
};

/** Each PR branch: what it edits, the findings each side's policy yields, and the listed change. */
const PRS: Array<{ name: string; edit: Record<string, string | null>; head: string[]; base: string[]; change: [string, string, RegExp] }> = [
  {
    name: 'relaxes the rule severity',
    edit: { '.kubegate/rules/team-labels/rule.yaml': RULE('low') },
    head: ['replica-cap high', 'team-labels low'],
    base: ['replica-cap high', 'team-labels high'],
    change: ['.kubegate/rules/team-labels/rule.yaml', 'widened', /^rule team-labels: severity high → low$/],
  },
  {
    name: 'deletes the rule and its control',
    edit: { '.kubegate/rules/team-labels/rule.yaml': null, '.kubegate/frameworks/org.yaml': FRAMEWORK(REPLICAS_CONTROL + PRIVILEGED_CONTROL) },
    head: ['replica-cap high'],
    base: ['replica-cap high', 'team-labels high'],
    change: ['.kubegate/frameworks/org.yaml', 'widened', /^framework org: control ORG-1 dropped \(rules team-labels\)$/],
  },
  {
    name: 'rewrites the rule to always pass',
    edit: { '.kubegate/rules/team-labels/rule.yaml': RULE('high', 'true') },
    head: ['replica-cap high'],
    base: ['replica-cap high', 'team-labels high'],
    change: ['.kubegate/rules/team-labels/rule.yaml', 'changed', /^rule team-labels: check params\.expression: .* → true$/],
  },
  {
    name: 'raises the policy limit',
    edit: { '.kubegate/policies/replica-cap.yaml': POLICY(10) },
    head: ['team-labels high'],
    base: ['replica-cap high', 'team-labels high'],
    change: ['.kubegate/policies/replica-cap.yaml', 'widened', /^policy replica-cap: validation removed: object\.spec\.replicas <= 5; validation added: object\.spec\.replicas <= 10$/],
  },
  {
    name: 'deletes the policy and its control',
    edit: { '.kubegate/policies/replica-cap.yaml': null, '.kubegate/frameworks/org.yaml': FRAMEWORK(LABELS_CONTROL + PRIVILEGED_CONTROL) },
    head: ['team-labels high'],
    base: ['replica-cap high', 'team-labels high'],
    change: ['.kubegate/policies/replica-cap.yaml', 'removed', /^policy replica-cap removed \(was severity high, 1 validation\(s\)\): the gate no longer applies it$/],
  },
];

describe('trusted-config and the repository’s own rules (real git repository)', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = new TempRepo();
    repo.commit('base', BASE);
  });
  afterAll(() => repo.remove());

  // baseline none: these are about where policy is read from, not about which findings are new
  const scan = (opts: Partial<RawOptions>): Promise<ScanResult> => runScan(buildScanConfig({ root: repo.dir, baseRef: 'main', baseline: 'none', ...opts }), { logger: silentLogger });
  const found = (r: ScanResult) => r.findings.filter((f) => !f.suppression).map((f) => `${f.ruleId} ${f.severity}`).sort();

  describe.each(PRS)('a PR that $name', ({ name, edit, head, base, change }) => {
    beforeAll(() => {
      repo.git('checkout', '-q', '-B', `pr-${name.replace(/\W+/g, '-')}`, 'main');
      repo.commit(name, edit);
    });

    test('trusted-config head: the PR’s policy applies, and the change is listed', async () => {
      const r = await scan({ trustedConfig: 'head' });
      expect(found(r)).toEqual(head);
      expect(r.policyChanges!.map((c) => [c.file, c.change, c.description])).toContainEqual([change[0], change[1], expect.stringMatching(change[2])]);
    });

    test('trusted-config base: the reviewed policy applies, and the change is still listed', async () => {
      const r = await scan({ trustedConfig: 'base' });
      expect(found(r)).toEqual(base);
      expect(r.gate.failed).toBe(true);
      expect(r.policyChanges!.map((c) => [c.file, c.change, c.description])).toContainEqual([change[0], change[1], expect.stringMatching(change[2])]);
    });
  });

  test('the relaxed severity passes the head gate only', async () => {
    repo.git('checkout', '-q', '-B', 'pr-sev-only', 'main');
    repo.commit('relax', { '.kubegate/rules/team-labels/rule.yaml': RULE('low'), '.kubegate/policies/replica-cap.yaml': POLICY(10) });
    expect((await scan({ trustedConfig: 'head' })).gate.failed).toBe(false);
    expect((await scan({ trustedConfig: 'base' })).gate.failed).toBe(true);
  });

  test('a rule the PR adds is not applied with trusted-config base, but is listed as added', async () => {
    repo.git('checkout', '-q', '-B', 'pr-add', 'main');
    repo.commit('add', { '.kubegate/rules/extra/rule.yaml': RULE('critical').replace('id: team-labels', 'id: extra-labels') });
    const cfg = buildScanConfig({ root: repo.dir, baseRef: 'main', trustedConfig: 'base' });
    expect(cfg.catalog.customRules!.map((f) => f.path)).toEqual([expect.stringMatching(/^\.kubegate\/rules\/team-labels\/rule\.yaml \(base [0-9a-f]{7}\)$/)]);
    const r = await scan({ trustedConfig: 'base' });
    expect(r.policyChanges!.filter((c) => c.file.startsWith('.kubegate/rules'))).toEqual([
      { file: '.kubegate/rules/extra/rule.yaml', change: 'added', description: 'rule extra-labels added (severity critical, template cel)', line: 1 },
    ]);
  });

  test('uncommitted edits in the work tree are the head side too', async () => {
    repo.git('checkout', '-q', '-B', 'pr-dirty', 'main');
    repo.write({ '.kubegate/rules/team-labels/rule.yaml': RULE('medium') });
    try {
      expect(found(await scan({ trustedConfig: 'head' }))).toContain('team-labels medium');
      expect(found(await scan({ trustedConfig: 'base' }))).toContain('team-labels high');
    } finally {
      repo.git('checkout', '-q', '--', '.kubegate');
    }
  });

  test('an error in a base rule names the base version of the file', async () => {
    repo.git('checkout', '-q', '-B', 'broken-base', 'main');
    repo.commit('broken', { '.kubegate/rules/team-labels/rule.yaml': RULE('high').replace('severity: high', 'severity: hgih') });
    repo.git('checkout', '-q', '-B', 'pr-fixes-it', 'broken-base');
    repo.commit('fix', { '.kubegate/rules/team-labels/rule.yaml': RULE('high') });
    const err = await scan({ trustedConfig: 'base', baseRef: 'broken-base' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect(errorMessage(err)).toMatch(/^\.kubegate\/rules\/team-labels\/rule\.yaml \(base [0-9a-f]{7}\):3:\d+: severity must be one of/);
  });

  test.each<[string, Partial<RawOptions>, RegExp]>([
    ['a base commit missing from the clone', { baseRef: 'ffffffffffffffffffffffffffffffffffffffff' }, /base commit ffff.* is not in the clone/],
    ['a rules directory the base does not have', { rules: 'policy/rules' }, /rules: directory policy\/rules does not exist at the base commit [0-9a-f]{7}/],
    ['a policies path the base does not have', { policies: 'vap/extra.yaml' }, /policies: vap\/extra.yaml does not exist at the base commit/],
    ['a config file the base does not have', { config: 'kubegate-strict.yaml' }, /config file kubegate-strict.yaml does not exist at the base commit/],
  ])('never falls back to the head: %s is a configuration error', (_name, opts, message) => {
    repo.git('checkout', '-q', '-B', 'pr-new-dirs', 'main');
    repo.commit('new dirs', { 'policy/rules/team-labels/rule.yaml': RULE('low'), 'vap/extra.yaml': POLICY(100), 'kubegate-strict.yaml': 'frameworks: [org]\n' });
    expect(() => buildScanConfig({ root: repo.dir, baseRef: 'main', trustedConfig: 'base', ...opts })).toThrow(message);
    // with head, the same options are fine: they exist in the PR
    expect(() => buildScanConfig({ root: repo.dir, baseRef: 'main', trustedConfig: 'head', ...opts, ...(opts.baseRef ? { baseRef: 'main' } : {}) })).not.toThrow();
  });

  test('outside a git checkout, trusted-config base is a configuration error', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-nogit-'));
    try {
      fs.mkdirSync(path.join(dir, '.kubegate/rules/r'), { recursive: true });
      fs.writeFileSync(path.join(dir, '.kubegate/rules/r/rule.yaml'), RULE('low'));
      expect(() => buildScanConfig({ root: dir, trustedConfig: 'base' })).toThrow(/trusted-config: base needs a git checkout/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a named rules directory and extra policies are read from the base too', async () => {
    const other = new TempRepo();
    try {
      other.commit('base', {
        'k8s/api.yaml': DEPLOYMENT,
        'policy/rules/team-labels/rule.yaml': RULE('high'),
        'policy/frameworks/org.yaml': FRAMEWORK(LABELS_CONTROL + REPLICAS_CONTROL),
        'admission/replica-cap.yaml': POLICY(5),
      });
      other.git('checkout', '-q', '-b', 'pr');
      other.commit('relax', { 'policy/rules/team-labels/rule.yaml': RULE('low'), 'admission/replica-cap.yaml': POLICY(50) });
      const opts = { root: other.dir, baseRef: 'main', baseline: 'none', frameworks: 'org', rules: 'policy/rules', policies: 'admission' };
      const run = async (trustedConfig: string) => found(await runScan(buildScanConfig({ ...opts, trustedConfig }), { logger: silentLogger }));
      expect(await run('base')).toEqual(['replica-cap high', 'team-labels high']);
      expect(await run('head')).toEqual(['team-labels low']);
      const r = await runScan(buildScanConfig({ ...opts, trustedConfig: 'head' }), { logger: silentLogger });
      expect(r.policyChanges!.map((c) => `${c.file} ${c.change}`)).toEqual(['admission/replica-cap.yaml widened', 'policy/rules/team-labels/rule.yaml widened']);
      // the policy directories stay out of the manifest scan on both sides
      expect(r.stats.files).toBe(1);
    } finally {
      other.remove();
    }
  });
});
