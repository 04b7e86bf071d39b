import { applySuppressions } from '../../src/exceptions/apply';
import { at, evaluate, resolver, testCatalog } from './helpers';

const RULES = [
  'privileged-container',
  'host-network',
  'run-as-root',
  'privilege-escalation-allowed',
  'cpu-limit-missing',
  'image-tag-floating',
  'liveness-probe-missing',
  'readiness-probe-missing',
  'seccomp-profile-missing',
];
const NOW = at('2026-03-01T00:00:00Z');

/** A Deployment every rule above flags, with annotations on the object or on its pod template. */
function deployment(annotations: string, where: 'object' | 'template' = 'object'): string {
  const block = (indent: string) => (annotations ? `${indent}annotations:\n${annotations.replace(/^/gm, `${indent}  `)}\n` : '');
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: prod
${where === 'object' ? block('  ') : ''}spec:
  template:
    metadata:
      labels: { app: api }
${where === 'template' ? block('      ') : ''}    spec:
      hostNetwork: true
      containers:
        - name: app
          image: api:latest
          securityContext:
            privileged: true
`;
}

function run(text: string, now = NOW) {
  const { objects, findings } = evaluate({ 'k8s/api.yaml': text }, RULES);
  const out = applySuppressions(findings, objects, { inline: true, resolver: resolver(), now });
  const suppressed = out.findings.filter((f) => f.suppression);
  return { all: out.findings, suppressed, rules: [...new Set(suppressed.map((f) => f.ruleId))].sort(), diagnostics: out.diagnostics };
}

const ALL = [...RULES].sort();

describe('inline suppressions: each annotation key', () => {
  test('without annotations every rule fires', () => {
    expect([...new Set(run(deployment('')).all.map((f) => f.ruleId))].sort()).toEqual(ALL);
  });

  test.each<[string, string, 'object' | 'template', string[], string]>([
    ['kubegate.io/ignore with rule and control ids', 'kubegate.io/ignore: "privileged-container, C-0041"\nkubegate.io/ignore-reason: needs the host network for CNI', 'object', ['host-network', 'privileged-container'], 'needs the host network for CNI'],
    ['kubegate.io/ignore "*"', 'kubegate.io/ignore: "*"\nkubegate.io/ignore-reason: vendor chart', 'object', ALL, 'vendor chart'],
    ['kubegate.io/ignore without a reason still suppresses', 'kubegate.io/ignore: privileged-container', 'object', ['privileged-container'], 'no reason given'],
    ['kubegate.io/ignore on the pod template', 'kubegate.io/ignore: host-network\nkubegate.io/ignore-reason: r', 'template', ['host-network'], 'r'],
    ['kubescape.io/skip-controls', 'kubescape.io/skip-controls: "C-0057, C-0041"\nkubescape.io/skip-reason: accepted by security team', 'object', ['host-network', 'privileged-container'], 'accepted by security team'],
    ['kubescape.io/skip-controls with a future skip-expiry', 'kubescape.io/skip-controls: C-0057\nkubescape.io/skip-expiry: "2026-12-31T23:59:59Z"', 'object', ['privileged-container'], 'no reason given'],
    ['kubescape.io/skip-controls of a control kubegate lacks', 'kubescape.io/skip-controls: C-0999', 'object', [], ''],
    ['ignore-check.kube-linter.io/<check>', 'ignore-check.kube-linter.io/privileged-container: "CSI driver"', 'object', ['privileged-container'], 'CSI driver'],
    ['ignore-check.kube-linter.io/<check> on the pod template', 'ignore-check.kube-linter.io/latest-tag: "pinned by the release job"', 'template', ['image-tag-floating'], 'pinned by the release job'],
    ['ignore-check.kube-linter.io/<check> without a counterpart', 'ignore-check.kube-linter.io/no-anti-affinity: "x"', 'object', [], ''],
    ['kube-linter.io/ignore-all', 'kube-linter.io/ignore-all: "third-party"', 'object', ALL, 'third-party'],
    ['polaris.fairwinds.com/<check>-exempt', 'polaris.fairwinds.com/hostNetworkSet-exempt: "true"', 'object', ['host-network'], 'no reason given'],
    ['polaris.fairwinds.com/<check>-exempt "false" is no exemption', 'polaris.fairwinds.com/hostNetworkSet-exempt: "false"', 'object', [], ''],
    ['polaris.fairwinds.com/exempt', 'polaris.fairwinds.com/exempt: "True"', 'object', ALL, 'no reason given'],
    ['checkov.io/skipN with a reason', 'checkov.io/skip1: CKV_K8S_16=privileged for eBPF', 'object', ['privileged-container'], 'privileged for eBPF'],
    ['checkov.io/skipN without a reason', 'checkov.io/skip7: CKV_K8S_19', 'object', ['host-network'], 'no reason given'],
    ['bridgecrew.io/skipN', 'bridgecrew.io/skip1: CKV_K8S_20=legacy', 'object', ['privilege-escalation-allowed'], 'legacy'],
    ['kube-score/ignore', 'kube-score/ignore: container-image-tag,pod-probes', 'object', ['image-tag-floating', 'liveness-probe-missing', 'readiness-probe-missing'], 'no reason given'],
  ])('%s', (_name, annotations, where, expected, justification) => {
    const r = run(deployment(annotations, where));
    expect(r.rules).toEqual(expected);
    for (const f of r.suppressed) {
      expect(f.suppression).toMatchObject({ kind: 'inSource', justification });
      expect(f.suppression!.source).toMatch(/^annotation /);
    }
  });

  test('several checkov annotations each keep their own reason', () => {
    const r = run(deployment('checkov.io/skip1: CKV_K8S_16=eBPF probe\ncheckov.io/skip2: CKV_K8S_19=CNI'));
    expect(Object.fromEntries(r.suppressed.map((f) => [f.ruleId, f.suppression!.justification]))).toEqual({ 'privileged-container': 'eBPF probe', 'host-network': 'CNI' });
  });

  test('a CronJob pod template annotation applies', () => {
    const cron = `apiVersion: batch/v1
kind: CronJob
metadata: { name: nightly }
spec:
  schedule: "0 0 * * *"
  jobTemplate:
    spec:
      template:
        metadata:
          annotations:
            kubegate.io/ignore: privileged-container
            kubegate.io/ignore-reason: backup needs the device
        spec:
          containers:
            - name: backup
              image: backup:1.0
              securityContext: { privileged: true }
`;
    expect(run(cron).rules).toEqual(['privileged-container']);
  });

  test('owner and expiry of kubegate.io/ignore reach the finding', () => {
    const r = run(deployment('kubegate.io/ignore: privileged-container\nkubegate.io/ignore-reason: r\nkubegate.io/ignore-owner: "@net"\nkubegate.io/ignore-expires: 2026-12-31'));
    expect(r.suppressed[0].suppression).toEqual({ kind: 'inSource', justification: 'r', owner: '@net', expires: '2026-12-31', source: 'annotation kubegate.io/ignore' });
  });
});

describe('inline suppressions: diagnostics', () => {
  const codes = (text: string, now = NOW) => run(text, now).diagnostics.map((d) => [d.code, d.level, d.range?.startLine]);

  test('an expired kubegate.io/ignore stops suppressing and says so at its line', () => {
    const r = run(deployment('kubegate.io/ignore: privileged-container\nkubegate.io/ignore-reason: r\nkubegate.io/ignore-expires: 2026-01-31'));
    expect(r.rules).toEqual([]);
    expect(r.diagnostics.map((d) => [d.code, d.level, d.file, d.range?.startLine])).toEqual([['expired-suppression', 'warning', 'k8s/api.yaml', 9]]);
  });

  test('an expired kubescape.io/skip-expiry stops suppressing', () => {
    const r = run(deployment('kubescape.io/skip-controls: C-0057\nkubescape.io/skip-expiry: "2026-02-01T00:00:00Z"'));
    expect(r.rules).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['expired-suppression']);
  });

  test('an unreadable expiry does not suppress', () => {
    const r = run(deployment('kubegate.io/ignore: privileged-container\nkubegate.io/ignore-reason: r\nkubegate.io/ignore-expires: next week'));
    expect(r.rules).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['invalid-suppression-expiry']);
  });

  test('an unknown id is a warning at the annotation; the known ids still apply', () => {
    const r = run(deployment('kubegate.io/ignore: privileged-container,privilegd\nkubegate.io/ignore-reason: r'));
    expect(r.rules).toEqual(['privileged-container']);
    expect(r.diagnostics.map((d) => [d.code, d.level, d.range?.startLine])).toEqual([['unknown-suppression-id', 'warning', 7]]);
    expect(r.diagnostics[0].message).toContain('"privilegd"');
  });

  test('a missing reason is a notice', () => {
    expect(codes(deployment('kubegate.io/ignore: privileged-container'))).toEqual([['suppression-without-reason', 'notice', 7]]);
  });

  test('an ignore that suppresses nothing is a notice', () => {
    expect(codes(deployment('kubegate.io/ignore: host-pid\nkubegate.io/ignore-reason: r'))).toEqual([['stale-suppression', 'notice', 7]]);
  });

  test('peer annotations naming checks kubegate does not run are not reported', () => {
    expect(codes(deployment('ignore-check.kube-linter.io/no-anti-affinity: "x"\nkube-score/ignore: pod-networkpolicy'))).toEqual([]);
  });

  test('the catalog can stand in for a resolver', () => {
    const { objects, findings } = evaluate({ 'a.yaml': deployment('kubegate.io/ignore: host-network\nkubegate.io/ignore-reason: r') }, RULES);
    applySuppressions(findings, objects, { inline: true, catalog: testCatalog(), now: NOW });
    expect(findings.filter((f) => f.suppression).map((f) => f.ruleId)).toEqual(['host-network']);
  });

  test('with inline off, annotations are ignored', () => {
    const { objects, findings } = evaluate({ 'a.yaml': deployment('kube-linter.io/ignore-all: "x"') }, RULES);
    applySuppressions(findings, objects, { inline: false, resolver: resolver(), now: NOW });
    expect(findings.filter((f) => f.suppression)).toEqual([]);
  });
});

describe('precedence', () => {
  test('an exceptions-file entry wins over an annotation, which wins over the baseline', async () => {
    const { parseExceptionsFile } = await import('../../src/exceptions/exceptions-file');
    const { objects, findings } = evaluate({ 'k8s/api.yaml': deployment('kubegate.io/ignore: "privileged-container, host-network"\nkubegate.io/ignore-reason: inline') }, RULES);
    const exceptions = parseExceptionsFile('ex.yaml', 'exceptions:\n  - { rules: [privileged-container], name: api, reason: file, owner: o }\n', resolver());
    const fingerprints = new Set(findings.map((f) => f.fingerprint));
    applySuppressions(findings, objects, { exceptions, inline: true, resolver: resolver(), baseline: { fingerprints, label: 'base', source: 'baseline:x' }, now: NOW });
    const by = Object.fromEntries(findings.map((f) => [f.ruleId, f.suppression?.kind]));
    expect(by).toMatchObject({ 'privileged-container': 'external', 'host-network': 'inSource', 'run-as-root': 'baseline' });
  });
});
