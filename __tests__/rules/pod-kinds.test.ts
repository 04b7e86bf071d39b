import { parseManifest } from '../../src/parse/parse-manifest';
import { evaluateRules } from '../../src/pipeline/evaluate';
import { builtinCatalog } from '../helpers/catalog';

/** Every pod-bearing kind is judged like a bare Pod: the same finding on the same field. */
const pod = (indent: string) =>
  ['containers:', '  - name: app', '    image: nginx:1.27', '    securityContext:', '      privileged: true'].map((l) => indent + l).join('\n');

describe.each([
  ['Pod', 'apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n' + pod('  ')],
  ['Deployment', 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\nspec:\n  template:\n    spec:\n' + pod('      ')],
  ['CronJob', 'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: x}\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n' + pod('          ')],
  ['PodTemplate', 'apiVersion: v1\nkind: PodTemplate\nmetadata: {name: x}\ntemplate:\n  spec:\n' + pod('    ')],
  ['Argo Rollout', 'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: x}\nspec:\n  template:\n    spec:\n' + pod('      ')],
])('%s', (_kind, text) => {
  it('is judged as a pod: privileged flagged on its own line', () => {
    const parsed = parseManifest('x.yaml', text);
    const rule = builtinCatalog().rules.find((r) => r.id === 'privileged-container')!;
    const { findings } = evaluateRules(parsed.objects, [rule]);
    const line = text.split('\n').findIndex((l) => l.includes('privileged: true')) + 1;
    expect(findings.map((f) => [f.ruleId, f.range.startLine, f.container])).toEqual([['privileged-container', line, 'app']]);
  });
});

it('does not judge a Rollout that delegates to a Deployment', () => {
  const parsed = parseManifest('r.yaml', 'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: x}\nspec:\n  workloadRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n');
  const rule = builtinCatalog().rules.find((r) => r.id === 'privileged-container')!;
  const { tallies } = evaluateRules(parsed.objects, [rule]);
  expect(tallies.get('privileged-container')!.applicable.size).toBe(0);
});

/**
 * Windows pods: the API server rejects Linux-only security settings in them, so rules about those
 * settings leave them out of scope, while the same pod on Linux is flagged by each of them.
 */
describe('Windows pods', () => {
  const rules = builtinCatalog().rules.filter((r) => r.linuxOnly);
  const podOn = (os: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: x}
spec:
  template:
    spec:
      os: {name: ${os}}
      containers:
        - name: app
          image: nginx:1.27
          securityContext:
            allowPrivilegeEscalation: true
            privileged: true
            readOnlyRootFilesystem: false
            runAsUser: 0
            seccompProfile: {type: Unconfined}
            capabilities: {add: [SYS_ADMIN]}
`;

  it('are out of scope of the rules about Linux-only settings, and only of those', () => {
    expect(rules.map((r) => r.id).sort()).toEqual(
      expect.arrayContaining([
        'capabilities-not-dropped',
        'insecure-capabilities',
        'linux-hardening-missing',
        'privilege-escalation-allowed',
        'privileged-container',
        'run-as-root',
        'seccomp-profile-missing',
        'writable-root-filesystem',
      ]),
    );
    // resources, probes and images mean the same on Windows
    for (const id of ['cpu-limit-missing', 'liveness-probe-missing', 'image-tag-floating', 'host-path-volume']) expect(rules.map((r) => r.id)).not.toContain(id);
    // the Pod Security Standards rules keep upstream's own Windows exemptions
    expect(rules.filter((r) => r.id.startsWith('pss-'))).toEqual([]);
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s: a Windows pod is not judged, the same pod on Linux is flagged', (_id, rule) => {
    const windows = evaluateRules(parseManifest('w.yaml', podOn('windows')).objects, [rule]);
    expect(windows.findings).toEqual([]);
    expect(windows.tallies.get(rule.id)!.applicable.size).toBe(0);
    expect(evaluateRules(parseManifest('l.yaml', podOn('linux')).objects, [rule]).findings.length).toBeGreaterThan(0);
  });
});
