import { parseManifest } from '../../src/parse/parse-manifest';
import { ciliumIdentity, ciliumRules } from '../../src/rules/cilium-policy';
import { policiesCovering } from '../../src/rules/network-policy';
import { ObjectIndex } from '../../src/rules/object-index';

/** Cilium policies as the coverage rules read them, against Cilium's own selection semantics. */

function objects(yaml: string) {
  const parsed = parseManifest('scan.yaml', yaml);
  expect(parsed.diagnostics).toEqual([]);
  return parsed.objects;
}

const pod = ciliumIdentity({ labels: { app: 'web', tier: 'frontend' }, namespace: 'shop', serviceAccount: 'web', namespaceLabels: { team: 'retail' } });

describe('Cilium endpointSelector', () => {
  it.each<[string, Record<string, unknown>, boolean]>([
    ['empty selector selects every pod', {}, true],
    ['plain key is a pod label', { matchLabels: { app: 'web' } }, true],
    ['k8s: source prefix', { matchLabels: { 'k8s:app': 'web' } }, true],
    ['any: source prefix', { matchLabels: { 'any:tier': 'frontend' } }, true],
    ['label value differs', { matchLabels: { 'k8s:app': 'api' } }, false],
    ['namespace label of the pod', { matchLabels: { 'k8s:io.kubernetes.pod.namespace': 'shop' } }, true],
    ['other namespace', { matchLabels: { 'k8s:io.kubernetes.pod.namespace': 'billing' } }, false],
    ['service account', { matchLabels: { 'io.cilium.k8s.policy.serviceaccount': 'web' } }, true],
    ['namespace labels', { matchLabels: { 'k8s:io.cilium.k8s.namespace.labels.team': 'retail' } }, true],
    ['namespace name label the API server sets', { matchLabels: { 'io.cilium.k8s.namespace.labels.kubernetes.io/metadata.name': 'shop' } }, true],
    ['a reserved identity is no pod', { matchLabels: { 'reserved:host': '' } }, false],
    ['absence of a reserved label holds for pods', { matchExpressions: [{ key: 'reserved:world', operator: 'DoesNotExist' }] }, true],
    ['matchExpressions In', { matchExpressions: [{ key: 'k8s:tier', operator: 'In', values: ['frontend', 'edge'] }] }, true],
    ['matchExpressions NotIn', { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['frontend'] }] }, false],
    ['malformed matchLabels select nothing', { matchLabels: ['app'] }, false],
  ])('%s', (_name, selector, want) => {
    const [obj] = objects(JSON.stringify({ apiVersion: 'cilium.io/v2', kind: 'CiliumClusterwideNetworkPolicy', metadata: { name: 'p' }, spec: { endpointSelector: selector, ingress: [{}] } }));
    const rules = ciliumRules(obj);
    expect(rules).toHaveLength(1);
    expect(rules[0].selects(pod)).toBe(want);
  });
});

describe('Cilium rule directions', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ['ingress and egress', { ingress: [{}], egress: [{}] }, ['Ingress', 'Egress']],
    ['egress only', { egress: [{ toEntities: ['world'] }] }, ['Egress']],
    ['deny rules', { ingressDeny: [{ fromEntities: ['all'] }], egressDeny: [{}] }, ['Ingress', 'Egress']],
    ['empty lists isolate nothing', { ingress: [], egress: [] }, []],
    ['enableDefaultDeny off for egress', { ingress: [{}], egress: [{}], enableDefaultDeny: { egress: false } }, ['Ingress']],
    ['enableDefaultDeny on is the default', { ingress: [{}], enableDefaultDeny: { ingress: true } }, ['Ingress']],
  ])('%s', (_name, rule, want) => {
    const [obj] = objects(JSON.stringify({ apiVersion: 'cilium.io/v2', kind: 'CiliumNetworkPolicy', metadata: { name: 'p', namespace: 'shop' }, spec: { endpointSelector: {}, ...rule } }));
    expect(ciliumRules(obj)[0].directions).toEqual(want);
  });

  it('reads spec and every specs entry, leaving out host policies and entries without endpointSelector', () => {
    const [obj] = objects(`
apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: {name: p, namespace: shop}
spec:
  endpointSelector: {matchLabels: {app: web}}
  ingress: [{}]
specs:
  - endpointSelector: {matchLabels: {app: api}}
    egress: [{}]
  - nodeSelector: {}
    ingress: [{}]
  - ingress: [{}]
`);
    expect(ciliumRules(obj).map((r) => r.directions)).toEqual([['Ingress'], ['Egress']]);
    expect(ciliumRules(obj).every((r) => r.namespace === 'shop')).toBe(true);
  });
});

describe('policiesCovering', () => {
  const index = new ObjectIndex(
    objects(`
apiVersion: v1
kind: Namespace
metadata: {name: shop, labels: {team: retail}}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: np, namespace: shop}
spec: {podSelector: {matchLabels: {app: web}}, policyTypes: [Ingress]}
---
apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: {name: cnp-shop, namespace: shop}
spec: {endpointSelector: {}, egress: [{}]}
---
apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: {name: cnp-other, namespace: billing}
spec: {endpointSelector: {}, ingress: [{}], egress: [{}]}
---
apiVersion: cilium.io/v2
kind: CiliumClusterwideNetworkPolicy
metadata: {name: by-team}
spec: {endpointSelector: {matchLabels: {k8s:io.cilium.k8s.namespace.labels.team: retail}}, ingressDeny: [{}]}
`),
  );

  it('collects NetworkPolicies, the namespace Cilium policies and matching clusterwide ones', () => {
    const got = policiesCovering(index, 'shop', { labels: { app: 'web' }, serviceAccount: 'default' });
    expect(got.map((p) => [p.object.name, p.directions])).toEqual([
      ['np', ['Ingress']],
      ['cnp-shop', ['Egress']],
      ['by-team', ['Ingress']],
    ]);
  });

  it('never takes a namespaced Cilium policy of another namespace', () => {
    const got = policiesCovering(index, 'billing', { labels: { app: 'web' }, serviceAccount: 'default' });
    expect(got.map((p) => p.object.name)).toEqual(['cnp-other']);
  });
});
