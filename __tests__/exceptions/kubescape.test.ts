import { ConfigError } from '../../src/core/errors';
import { applySuppressions } from '../../src/exceptions/apply';
import { parseExceptionsFile } from '../../src/exceptions/exceptions-file';
import { resourceId } from '../../src/exceptions/kubescape-exceptions';
import { at, evaluate, resolver, suppressedLabels } from './helpers';

const deployment = (name: string, extraMeta = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: prod
${extraMeta}spec:
  template:
    spec:
      containers:
        - name: app
          image: app:1.0
          securityContext: { privileged: true }
        - name: sidecar
          image: proxy:1.0
          securityContext: { privileged: true }
`;
const MANIFESTS = {
  'apps/web.yaml': [deployment('web', '  labels:\n    team: payments\n'), deployment('web-2'), deployment('my-web')].join('---\n'),
  'system/csi.yaml': `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: csi-node
  namespace: kube-system
spec:
  template:
    spec:
      hostNetwork: true
      containers:
        - name: driver
          image: csi:1.0
          securityContext: { privileged: true }
`,
};
const RULES = ['privileged-container', 'host-network'];
const NOW = at('2026-03-01T00:00:00Z');

/** A Kubescape exceptions file of one policy, written as Kubescape users write them. */
function policy(attributes: Record<string, string> | null, posturePolicies?: Array<Record<string, string>>, extra: Record<string, unknown> = {}): string {
  return JSON.stringify(
    [
      {
        name: 'test-policy',
        policyType: 'postureExceptionPolicy',
        actions: ['alertOnly'],
        resources: attributes === null ? [] : [{ designatorType: 'Attributes', attributes }],
        ...(posturePolicies ? { posturePolicies } : {}),
        ...extra,
      },
    ],
    null,
    2,
  );
}

function run(json: string) {
  const { objects, findings } = evaluate(MANIFESTS, RULES);
  const exceptions = parseExceptionsFile('exceptions.json', json, resolver());
  expect(exceptions.format).toBe('kubescape');
  const out = applySuppressions(findings, objects, { exceptions, now: NOW });
  return { suppressed: suppressedLabels(out.findings), diagnostics: out.diagnostics, findings: out.findings };
}

const WEB = ['privileged-container:Deployment/web/app', 'privileged-container:Deployment/web/sidecar'];
const WEB2 = ['privileged-container:Deployment/web-2/app', 'privileged-container:Deployment/web-2/sidecar'];
const CSI = ['host-network:DaemonSet/csi-node', 'privileged-container:DaemonSet/csi-node/driver'];

describe('Kubescape exceptions JSON', () => {
  test.each<[string, Record<string, string> | null, Array<Record<string, string>> | undefined, string[]]>([
    ['name is an anchored regex', { name: 'web' }, [{ controlID: 'C-0057' }], WEB],
    ['name regex', { name: 'web-.*' }, [{ controlID: 'C-0057' }], WEB2],
    ['kind is case-sensitive', { kind: 'deployment', name: 'web' }, undefined, []],
    ['kind, name and namespace together', { kind: 'Deployment', name: 'web|web-2', namespace: 'prod' }, [{ frameworkName: 'NSA', controlID: 'C-0057' }], [...WEB, ...WEB2].sort()],
    ['frameworkName only: every control of the framework', { namespace: 'kube-system' }, [{ frameworkName: 'NSA' }], CSI],
    ['frameworkName and controlID are case-insensitive', { namespace: 'kube-system' }, [{ frameworkName: 'nsa', controlID: 'c-0041' }], ['host-network:DaemonSet/csi-node']],
    ['controlID regex', { namespace: 'kube-system' }, [{ controlID: 'C-00(57|41)' }], CSI],
    ['a framework the control is not in', { namespace: 'kube-system' }, [{ frameworkName: 'MITRE-nope', controlID: 'C-0057' }], []],
    ['AllControls covers every rule', { namespace: 'kube-system' }, [{ frameworkName: 'AllControls', controlID: 'C-0057' }], ['privileged-container:DaemonSet/csi-node/driver']],
    ['ruleName matches the kubegate rule id', { name: 'csi-node' }, [{ ruleName: 'Host-Network' }], ['host-network:DaemonSet/csi-node']],
    ['no posturePolicies: every control', { name: 'csi-node' }, undefined, CSI],
    ['containerName applies to that container only', { name: 'web', containerName: 'sidecar' }, undefined, ['privileged-container:Deployment/web/sidecar']],
    ['path is the file', { path: 'system/.*' }, undefined, CSI],
    ['other attributes are labels', { team: 'payments' }, undefined, WEB],
    ['a label the object lacks', { team: 'checkout' }, undefined, []],
    ['resourceID', { resourceID: 'apps/v1/prod/Deployment/web-2' }, undefined, WEB2],
    ['a named cluster never matches a repository', { cluster: 'prod-eu', name: 'web' }, undefined, []],
    ['a cluster pattern accepting any name does', { cluster: '.*', name: 'web' }, undefined, WEB],
    ['an empty designator never matches', {}, undefined, []],
    ['no resources at all', null, undefined, []],
  ])('%s', (_name, attributes, posture, expected) => {
    expect(run(policy(attributes, posture)).suppressed).toEqual(expected);
  });

  test('the reason, expiry and name are kept', () => {
    const { findings } = run(policy({ name: 'csi-node' }, [{ controlID: 'C-0041' }], { reason: 'CNI needs it', expirationDate: '2026-12-31T00:00:00Z' }));
    expect(findings.find((f) => f.suppression)!.suppression).toEqual({ kind: 'external', justification: 'CNI needs it', expires: '2026-12-31T00:00:00Z', source: 'exceptions.json:2 (test-policy)' });
  });

  test('an expired policy stops suppressing', () => {
    const r = run(policy({ name: 'csi-node' }, undefined, { expirationDate: '2026-02-01T00:00:00Z' }));
    expect(r.suppressed).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['expired-exception']);
  });

  test('a policy that matches nothing is stale', () => {
    const r = run(policy({ name: 'gone' }));
    expect(r.diagnostics.map((d) => [d.code, d.range?.startLine])).toEqual([['stale-exception', 2]]);
  });

  test('designators naming cluster objects are reported and never match', () => {
    const json = JSON.stringify([{ name: 'p', policyType: 'postureExceptionPolicy', resources: [{ designatorType: 'Wlid', wlid: 'wlid://cluster-x/namespace-y/deployment-z' }] }]);
    const r = run(json);
    expect(r.suppressed).toEqual([]);
    expect(r.diagnostics.map((d) => d.code).sort()).toEqual(['stale-exception', 'unsupported-exception']);
  });

  test('a file of several policies, as kubescape ships them', () => {
    const json = `[
  {
    "name": "exclude-kube-system",
    "policyType": "postureExceptionPolicy",
    "actions": ["alertOnly"],
    "resources": [{ "designatorType": "Attributes", "attributes": { "namespace": "kube-system" } }],
    "posturePolicies": [{ "frameworkName": "NSA" }]
  },
  {
    "name": "web-sidecar",
    "policyType": "postureExceptionPolicy",
    "actions": ["alertOnly"],
    "resources": [
      { "designatorType": "Attributes", "attributes": { "kind": "Deployment", "name": "my-web" } },
      { "designatorType": "Attributes", "attributes": { "kind": "Deployment", "name": "web", "containerName": "sidecar" } }
    ],
    "posturePolicies": [{ "frameworkName": "NSA", "controlID": "C-0057" }]
  }
]`;
    expect(run(json).suppressed).toEqual([...CSI, 'privileged-container:Deployment/my-web/app', 'privileged-container:Deployment/my-web/sidecar', 'privileged-container:Deployment/web/sidecar'].sort());
  });

  test('an invalid regular expression is reported at its line', () => {
    const json = '[\n  {\n    "name": "x",\n    "policyType": "postureExceptionPolicy",\n    "resources": [{ "designatorType": "Attributes", "attributes": { "name": "web-(" } }]\n  }\n]\n';
    expect(() => parseExceptionsFile('exceptions.json', json, resolver())).toThrow(ConfigError);
    try {
      parseExceptionsFile('exceptions.json', json, resolver());
    } catch (e) {
      expect((e as ConfigError).range?.startLine).toBe(5);
      expect((e as ConfigError).message).toMatch(/invalid regular expression/);
    }
  });

  test('resource ids follow Kubescape: group/version/namespace/kind/name', () => {
    expect(resourceId({ apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'prod', name: 'web' })).toBe('apps/v1/prod/Deployment/web');
    expect(resourceId({ apiVersion: 'v1', kind: 'Pod', name: 'p' })).toBe('/v1//Pod/p');
  });
});
