import { parseManifest } from '../../src/parse/parse-manifest';
import { compileLabelSelector, compileMapSelector } from '../../src/rules/label-selector';
import { policyTypes } from '../../src/rules/network-policy';
import { ObjectIndex } from '../../src/rules/object-index';
import { bindingsOfServiceAccount, grantsOfRole, isSystemSubject, parsePermissionQueries, roleOfBinding, ruleGrants, type PermissionQuery, type PolicyRule } from '../../src/rules/rbac';
import { evaluateRules } from '../../src/pipeline/evaluate';
import { builtinCatalog } from '../helpers/catalog';

/** The semantics the RBAC, network-policy and reference rules stand on, each against the API server's. */

function scan(yaml: string): ObjectIndex {
  const parsed = parseManifest('scan.yaml', yaml);
  expect(parsed.diagnostics).toEqual([]);
  return new ObjectIndex(parsed.objects);
}

describe('label selectors', () => {
  const labels = { app: 'web', tier: 'frontend', replicas: 3 };
  it.each([
    ['empty selector', {}, true],
    ['matchLabels subset', { matchLabels: { app: 'web' } }, true],
    ['matchLabels, one label differs', { matchLabels: { app: 'web', tier: 'backend' } }, false],
    ['non-string label value compared as text', { matchLabels: { replicas: '3' } }, true],
    ['In', { matchExpressions: [{ key: 'tier', operator: 'In', values: ['frontend', 'edge'] }] }, true],
    ['In, label missing', { matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] }, false],
    ['NotIn, value listed', { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['frontend'] }] }, false],
    ['NotIn, label missing satisfies it', { matchExpressions: [{ key: 'zone', operator: 'NotIn', values: ['a'] }] }, true],
    ['Exists', { matchExpressions: [{ key: 'app', operator: 'Exists' }] }, true],
    ['DoesNotExist', { matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, false],
    ['labels and expressions together', { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'Exists' }] }, true],
    ['unknown operator matches nothing', { matchExpressions: [{ key: 'app', operator: 'Like', values: ['w'] }] }, false],
    ['In without values matches nothing', { matchExpressions: [{ key: 'app', operator: 'In', values: [] }] }, false],
    ['matchLabels not a mapping matches nothing', { matchLabels: ['app'] }, false],
  ])('%s', (_name, selector, want) => {
    expect(compileLabelSelector(selector)!(labels)).toBe(want);
  });

  it('treats an absent selector as no selector, and a Service map as equality', () => {
    expect(compileLabelSelector(undefined)).toBeUndefined();
    expect(compileMapSelector({ app: 'web' })!(labels)).toBe(true);
    expect(compileMapSelector({ app: 'api' })!(labels)).toBe(false);
  });
});

describe('RBAC rule matching', () => {
  const r = (apiGroups: string[], resources: string[], verbs: string[], resourceNames: string[] = []): PolicyRule => ({ apiGroups, resources, verbs, resourceNames });
  const exec: PermissionQuery = { apiGroups: [''], resources: ['pods/exec'], verbs: ['create'] };
  const secrets: PermissionQuery = { apiGroups: [''], resources: ['secrets'], verbs: ['get', 'list', 'watch'] };
  const admin: PermissionQuery = { apiGroups: [''], resources: ['*'], verbs: ['*'] };
  const nodeProxy: PermissionQuery = { resources: ['nodes/proxy'] };
  const everyVerb: PermissionQuery = { apiGroups: [''], resources: ['*'], allVerbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'] };
  const spelled = 'every verb (get, list, watch, create, update, patch, delete) on *';
  it.each([
    ['exact', r([''], ['pods/exec'], ['create']), exec, 'create on pods/exec'],
    ['pods does not include its subresources', r([''], ['pods'], ['*']), exec, undefined],
    ['resource wildcard', r([''], ['*'], ['create']), exec, 'create on * (which includes pods/exec)'],
    ['subresource wildcard', r([''], ['*/exec'], ['create']), exec, 'create on */exec (which includes pods/exec)'],
    ['verb wildcard', r([''], ['pods/exec'], ['*']), exec, '* (which includes create) on pods/exec'],
    ['group wildcard', r(['*'], ['pods/exec'], ['create']), exec, 'create on pods/exec'],
    ['other group', r(['apps'], ['pods/exec'], ['create']), exec, undefined],
    ['other verb', r([''], ['pods/exec'], ['get']), exec, undefined],
    ['named secrets are least privilege', r([''], ['secrets'], ['get'], ['tls']), secrets, undefined],
    ['named query matches its name', r([''], ['configmaps'], ['update'], ['coredns']), { resources: ['configmaps'], verbs: ['update'], resourceNames: ['coredns'] }, 'update on configmaps'],
    ['a * query needs the wildcard itself', r([''], ['pods', 'secrets'], ['*']), admin, undefined],
    ['administrative', r(['*'], ['*'], ['*']), admin, '* on *'],
    ['omitted verbs mean any', r([''], ['nodes/proxy'], ['get']), nodeProxy, 'get on nodes/proxy'],
    ['every verb spelled out', r(['*'], ['*'], ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete']), everyVerb, spelled],
    ['every verb in another order, with more', r([''], ['*'], ['delete', 'escalate', 'patch', 'update', 'create', 'watch', 'list', 'get']), everyVerb, spelled],
    ['every verb by wildcard', r(['*'], ['*'], ['*']), everyVerb, '* on *'],
    ['one verb short', r(['*'], ['*'], ['get', 'list', 'watch', 'create', 'update', 'patch']), everyVerb, undefined],
    ['verbs are case-sensitive, as the API server reads them', r(['*'], ['*'], ['GET', 'list', 'watch', 'create', 'update', 'patch', 'delete']), everyVerb, undefined],
    ['every verb on some resources', r(['*'], ['pods'], ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete']), everyVerb, undefined],
  ])('%s', (_name, rule, query, want) => {
    expect(ruleGrants(rule, query)).toBe(want);
  });

  it('takes verbs as any of and allVerbs as all of, never both at once', () => {
    expect(parsePermissionQueries([{ resources: ['*'], allVerbs: ['get', 'list'] }], 'grants')).toEqual([{ resources: ['*'], allVerbs: ['get', 'list'] }]);
    expect(() => parsePermissionQueries([{ resources: ['*'], verbs: ['get'], allVerbs: ['get', 'list'] }], 'grants')).toThrow(/not both/);
  });

  it.each([
    ['User', 'system:kube-scheduler', true],
    ['Group', 'system:nodes', true],
    ['User', 'system:anonymous', false],
    ['Group', 'system:authenticated', false],
    ['Group', 'system:unauthenticated', false],
    ['Group', 'system:serviceaccounts:shop', false],
    ['ServiceAccount', 'system:whatever', false],
    ['User', 'alice@example.com', false],
  ])('%s %s is a control-plane identity: %p', (kind, name, want) => {
    expect(isSystemSubject({ kind, name })).toBe(want);
  });
});

describe('RBAC across objects', () => {
  const index = scan(`
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: widgets
  labels: { example.com/aggregate-to-ops: "true", rbac.authorization.k8s.io/aggregate-to-edit: "true" }
rules:
  - { apiGroups: [example.com], resources: [widgets], verbs: ["*"] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: ops
  labels: { example.com/aggregate-to-platform: "true" }
aggregationRule:
  clusterRoleSelectors:
    - matchLabels: { example.com/aggregate-to-ops: "true" }
rules: []
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: platform
aggregationRule:
  clusterRoleSelectors:
    - matchExpressions: [{ key: example.com/aggregate-to-platform, operator: Exists }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: platform
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: platform }
subjects:
  - { kind: Group, apiGroup: rbac.authorization.k8s.io, name: platform-team }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: ops
  namespace: shop
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: ops }
subjects:
  - { kind: ServiceAccount, name: worker }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: everyone-edits
  namespace: shop
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: edit }
subjects:
  - { kind: Group, apiGroup: rbac.authorization.k8s.io, name: "system:serviceaccounts:shop" }
`);
  const widgets = index.find('ClusterRole', 'widgets', undefined)!;

  it('finds every way a role is granted: directly, through nested aggregation, into built-in roles', () => {
    const grants = grantsOfRole(widgets, index).map((g) => `${g.binding ? `${g.binding.kind}/${g.binding.name}` : '-'} ${g.via ?? ''}`.trim());
    expect(grants.sort()).toEqual(['- aggregated into the built-in ClusterRole edit', 'ClusterRoleBinding/platform aggregated into ClusterRole platform', 'RoleBinding/ops aggregated into ClusterRole ops']);
  });

  it('resolves bound roles from the scan, through aggregation, or from the built-in table', () => {
    const platform = roleOfBinding(index.find('ClusterRoleBinding', 'platform', undefined)!, index)!;
    expect(platform.source).toBe('scope');
    expect(platform.rules.map((r) => r.resources.join())).toEqual(['widgets']);
    const edit = roleOfBinding(index.find('RoleBinding', 'everyone-edits', 'shop')!, index)!;
    expect(edit.source).toBe('builtin');
    expect(edit.rules.some((r) => ruleGrants(r, { apiGroups: [''], resources: ['secrets'], verbs: ['get'] }))).toBe(true);
  });

  it("gives a RoleBinding's service-account subject the binding's namespace, and counts service-account groups", () => {
    expect(bindingsOfServiceAccount(index, 'worker', 'shop').map((b) => b.name).sort()).toEqual(['everyone-edits', 'ops']);
    expect(bindingsOfServiceAccount(index, 'worker', 'billing')).toEqual([]);
  });
});

describe('NetworkPolicy directions', () => {
  it.each([
    ['no policyTypes, no egress', 'podSelector: {}', ['Ingress']],
    ['no policyTypes, egress rules', 'podSelector: {}\n  egress: [{}]', ['Ingress', 'Egress']],
    ['explicit Egress only', 'podSelector: {}\n  policyTypes: [Egress]', ['Egress']],
    ['explicit both', 'podSelector: {}\n  policyTypes: [Ingress, Egress]', ['Ingress', 'Egress']],
  ])('%s', (_name, spec, want) => {
    const index = scan(`apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: p\nspec:\n  ${spec}\n`);
    expect(policyTypes(index.ofKind('NetworkPolicy')[0])).toEqual(want);
  });
});

describe('workload → service account → binding verdicts', () => {
  const rule = builtinCatalog().rules.find((r) => r.id === 'workload-administrative-permissions')!;
  const workload = (name: string, ns: string, sa: string) =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${name}, namespace: ${ns}}\nspec:\n  template:\n    spec:\n      serviceAccountName: ${sa}\n      containers: [{name: c, image: nginx}]\n`;
  const adminBinding = (ns: string, sa: string) =>
    `apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: admin-${sa}, namespace: ${ns}}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}\nsubjects: [{kind: ServiceAccount, name: ${sa}, namespace: ${ns}}]\n`;
  const viewBinding = (ns: string, sa: string) =>
    `apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: view-${sa}, namespace: ${ns}}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}\nsubjects: [{kind: ServiceAccount, name: ${sa}, namespace: ${ns}}]\n`;
  const flagged = (docs: string[]) => {
    const objects = parseManifest('scan.yaml', docs.join('---\n')).objects;
    return evaluateRules(objects, [rule]).findings.map((f) => `${f.object.namespace}/${f.object.name}`).sort();
  };

  it('judges every workload of an account alike, and accounts of the same name in other namespaces apart', () => {
    const docs = [workload('a1', 'shop', 'api'), workload('a2', 'shop', 'api'), workload('b1', 'blog', 'api'), workload('c1', 'shop', 'web'), adminBinding('shop', 'api'), viewBinding('blog', 'api')];
    expect(flagged(docs)).toEqual(['shop/a1', 'shop/a2']);
  });

  it('judges each scan on its own bindings (a verdict is not carried to the next scan)', () => {
    expect(flagged([workload('a1', 'shop', 'api'), adminBinding('shop', 'api')])).toEqual(['shop/a1']);
    expect(flagged([workload('a1', 'shop', 'api'), viewBinding('shop', 'api')])).toEqual([]);
    expect(flagged([workload('a1', 'shop', 'api'), adminBinding('shop', 'api')])).toEqual(['shop/a1']);
  });
});
