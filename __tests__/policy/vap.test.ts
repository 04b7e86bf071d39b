import { ConfigError, ConfigErrors } from '../../src/core/errors';
import { parseManifest } from '../../src/parse/parse-manifest';
import { evaluateRules } from '../../src/pipeline/evaluate';
import { importPolicies } from '../../src/policy/vap';

const REPLICAS = `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: replica-cap.example.com
spec:
  failurePolicy: Fail
  matchConstraints:
    resourceRules:
      - apiGroups: [apps]
        apiVersions: [v1]
        operations: [CREATE, UPDATE]
        resources: [deployments]
  validations:
    - expression: object.spec.replicas <= 5
`;

const PARAMS_POLICY = `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: replica-limit.example.com
  annotations:
    kubegate.io/severity: high
spec:
  paramKind:
    apiVersion: rules.example.com/v1
    kind: ReplicaLimit
  matchConstraints:
    resourceRules:
      - apiGroups: [apps]
        apiVersions: [v1]
        operations: [CREATE, UPDATE]
        resources: [deployments]
  validations:
    - expression: object.spec.replicas <= params.maxReplicas
      messageExpression: "'replicas must be at most ' + string(params.maxReplicas)"
      reason: Invalid
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: replica-limit-test.example.com
spec:
  policyName: replica-limit.example.com
  validationActions: [Deny]
  paramRef:
    name: replica-limit-test
    namespace: default
    parameterNotFoundAction: Deny
  matchResources:
    namespaceSelector:
      matchLabels: {environment: test}
`;

const LIMIT = (n: number) => `apiVersion: rules.example.com/v1
kind: ReplicaLimit
metadata:
  name: replica-limit-test
  namespace: default
maxReplicas: ${n}
`;

const ns = (name: string, env: string) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n  labels: {environment: ${env}}\n`;
const deploy = (replicas: number, namespace = 'default', apiVersion = 'apps/v1', kind = 'Deployment') =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: web\n  namespace: ${namespace}\nspec:\n  replicas: ${replicas}\n`;

function scan(policyFiles: Record<string, string>, manifests: string[]) {
  const rules = importPolicies(Object.entries(policyFiles).map(([path, text]) => ({ path, text })));
  const parsed = parseManifest('m.yaml', manifests.join('---\n'));
  const { findings, tallies } = evaluateRules(parsed.objects, rules);
  return {
    rules,
    findings: findings.map((f) => `${f.ruleId} ${f.severity} ${f.object.kind}/${f.object.namespace}/${f.object.name}: ${f.message}`),
    applicable: [...tallies.values()].reduce((n, t) => n + t.applicable.size, 0),
    skipped: [...tallies.values()].flatMap((t) => [...t.skipped.values()]),
  };
}

describe('ValidatingAdmissionPolicy import: matching and validations', () => {
  it.each([
    ['a Deployment over the limit', [deploy(6)], ['replica-cap.example.com medium Deployment/default/web: failed expression: object.spec.replicas <= 5']],
    ['a Deployment within the limit', [deploy(5)], []],
    ['another group is not matched', [deploy(9, 'default', 'example.com/v1')], []],
    ['another resource is not matched', [deploy(9, 'default', 'apps/v1', 'StatefulSet')], []],
  ])('%s', (_n, manifests, want) => {
    expect(scan({ 'p.yaml': REPLICAS }, manifests).findings).toEqual(want);
  });

  it.each([
    ['operations without CREATE or UPDATE never apply to a manifest', 'operations: [CREATE, UPDATE]', 'operations: [DELETE]', 0],
    ['resources: ["*"] applies to every kind of the group', 'resources: [deployments]', 'resources: ["*"]', 1],
    ['subresources are not manifests', 'resources: [deployments]', 'resources: [deployments/scale]', 0],
    ['matchPolicy Exact compares versions', '    resourceRules:', '    matchPolicy: Exact\n    resourceRules:', 0],
    ['matchPolicy Equivalent (the default) matches other versions', 'apiVersions: [v1]', 'apiVersions: [v1beta1]', 1],
    ['resourceNames restrict by name', 'resources: [deployments]', 'resources: [deployments]\n        resourceNames: [api]', 0],
  ])('%s', (_n, from, to, applicable) => {
    // the Exact case also asks for another version than the manifest's
    const policy = REPLICAS.replace(from, to).replace(to.includes('Exact') ? 'apiVersions: [v1]' : '\u0000', 'apiVersions: [v1beta1]');
    expect(scan({ 'p.yaml': policy }, [deploy(9)]).applicable).toBe(applicable);
  });

  it('excludeResourceRules and objectSelector narrow the match', () => {
    const policy = REPLICAS.replace('  validations:', '    objectSelector:\n      matchExpressions: [{key: exempt, operator: DoesNotExist}]\n  validations:');
    const labelled = deploy(9).replace('  namespace: default\n', '  namespace: default\n  labels: {exempt: "yes"}\n');
    expect(scan({ 'p.yaml': policy }, [labelled]).applicable).toBe(0);
    expect(scan({ 'p.yaml': policy }, [deploy(9)]).findings).toHaveLength(1);
  });

  it('matchConditions, variables and messageExpression follow Kubernetes', () => {
    const policy = REPLICAS.replace(
      '  validations:\n    - expression: object.spec.replicas <= 5\n',
      `  matchConditions:
    - name: not-canary
      expression: "!object.metadata.name.endsWith('-canary')"
  variables:
    - name: limit
      expression: "object.metadata.namespace == 'prod' ? 10 : 5"
  validations:
    - expression: object.spec.replicas <= variables.limit
      messageExpression: "'at most ' + string(variables.limit) + ' replicas in ' + object.metadata.namespace"
`,
    );
    expect(scan({ 'p.yaml': policy }, [deploy(6)]).findings).toEqual(['replica-cap.example.com medium Deployment/default/web: at most 5 replicas in default']);
    expect(scan({ 'p.yaml': policy }, [deploy(6, 'prod')]).findings).toEqual([]);
    expect(scan({ 'p.yaml': policy }, [deploy(60).replace('name: web', 'name: web-canary')]).applicable).toBe(0);
  });

  it('failurePolicy: an evaluation error is a finding with Fail and nothing with Ignore', () => {
    const broken = REPLICAS.replace('object.spec.replicas <= 5', 'object.spec.strategy.type == "Recreate"');
    expect(scan({ 'p.yaml': broken }, [deploy(1)]).findings).toEqual([expect.stringMatching(/could not be evaluated: No such key: strategy/)]);
    expect(scan({ 'p.yaml': broken.replace('failurePolicy: Fail', 'failurePolicy: Ignore') }, [deploy(1)]).findings).toEqual([]);
  });
});

describe('ValidatingAdmissionPolicy import: params and bindings', () => {
  it.each([
    ['params from the policy files, namespace selected', [ns('default', 'test'), deploy(4)], LIMIT(3), ['replica-limit.example.com high Deployment/default/web: replicas must be at most 3'], []],
    ['params allow it', [ns('default', 'test'), deploy(3)], LIMIT(3), [], []],
    ['namespace not selected by the binding', [ns('default', 'prod'), deploy(9)], LIMIT(3), [], []],
    ['namespace not in scope: skipped, not guessed', [deploy(9)], LIMIT(3), [], [expect.stringMatching(/labels of Namespace "default"/)]],
    ['params object absent: skipped', [ns('default', 'test'), deploy(9)], '', [], [expect.stringMatching(/ReplicaLimit params "replica-limit-test" in namespace "default".*not in the policy files or the scanned manifests/)]],
    ['params among the scanned manifests', [ns('default', 'test'), deploy(9), LIMIT(8)], '', ['replica-limit.example.com high Deployment/default/web: replicas must be at most 8'], []],
  ])('%s', (_n, manifests, params, findings, skipped) => {
    const files: Record<string, string> = { 'policy.yaml': PARAMS_POLICY };
    if (params) files['params.yaml'] = params;
    const out = scan(files, manifests);
    expect(out.findings).toEqual(findings);
    expect(out.skipped).toEqual(skipped);
  });

  it('parameterNotFoundAction: Allow makes the policy not apply', () => {
    const out = scan({ 'policy.yaml': PARAMS_POLICY.replace('parameterNotFoundAction: Deny', 'parameterNotFoundAction: Allow') }, [ns('default', 'test'), deploy(9)]);
    expect(out).toMatchObject({ findings: [], skipped: [], applicable: 0 });
  });

  it('a paramRef selector evaluates against every selected params object', () => {
    const policy = PARAMS_POLICY.replace('    name: replica-limit-test\n', '    selector: {matchLabels: {tier: limits}}\n');
    const limit = (name: string, n: number) => LIMIT(n).replace('name: replica-limit-test', `name: ${name}\n  labels: {tier: limits}`);
    const out = scan({ 'policy.yaml': policy, 'params.yaml': `${limit('a', 10)}---\n${limit('b', 2)}` }, [ns('default', 'test'), deploy(4)]);
    expect(out.findings).toEqual(['replica-limit.example.com high Deployment/default/web: replicas must be at most 2']);
  });

  it('a params policy without a binding is skipped with the reason', () => {
    const unbound = PARAMS_POLICY.split('---')[0];
    expect(scan({ 'policy.yaml': unbound }, [deploy(9)]).skipped).toEqual([expect.stringMatching(/no ValidatingAdmissionPolicyBinding with a paramRef/)]);
  });

  it('Warn/Audit-only bindings report at low severity unless annotated', () => {
    const warnOnly = REPLICAS + '---\napiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingAdmissionPolicyBinding\nmetadata: {name: b}\nspec:\n  policyName: replica-cap.example.com\n  validationActions: [Warn, Audit]\n';
    expect(scan({ 'p.yaml': warnOnly }, [deploy(9)]).rules[0].severity).toBe('low');
  });

  it('two bindings: the object is judged under each', () => {
    const binding = (name: string, envs: string) =>
      `---\napiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingAdmissionPolicyBinding\nmetadata: {name: ${name}}\nspec:\n  policyName: replica-cap.example.com\n  validationActions: [Deny]\n  matchResources:\n    namespaceSelector: {matchExpressions: [{key: environment, operator: In, values: [${envs}]}]}\n`;
    const files = { 'p.yaml': REPLICAS + binding('a', 'test') + binding('b', 'prod') };
    expect(scan(files, [ns('default', 'prod'), deploy(9)]).findings).toHaveLength(1);
    expect(scan(files, [ns('default', 'dev'), deploy(9)]).applicable).toBe(0);
  });
});

describe('ValidatingAdmissionPolicy import: errors are located in the policy file', () => {
  function importError(text: string): string {
    try {
      importPolicies([{ path: 'policies/p.yaml', text }]);
    } catch (err) {
      const e = err instanceof ConfigErrors ? err.errors[0] : err;
      if (e instanceof ConfigError) return `${e.file}:${e.range?.startLine}:${e.range?.startColumn} ${e.message}`;
      throw err;
    }
    throw new Error('imported');
  }

  it.each([
    ['CEL syntax error at the token', REPLICAS.replace('object.spec.replicas <= 5', 'object.spec.replicas <= )'), 'policies/p.yaml:14:43', /CEL syntax error/],
    ['undeclared variable', REPLICAS.replace('object.spec.replicas <= 5', 'object.spec.replicas <= maxReplicas'), 'policies/p.yaml:14:43', /Unknown variable: maxReplicas/],
    ['missing matchConstraints', REPLICAS.replace(/ {2}matchConstraints:[\s\S]*?(?= {2}validations)/, ''), 'policies/p.yaml:5:1', /matchConstraints is required/],
    ['unknown key in a resource rule (a typo never passes silently)', REPLICAS.replace('resources: [deployments]', 'resource: [deployments]'), 'policies/p.yaml:12:9', /unknown key "resource"/],
    ['bad severity annotation', REPLICAS.replace('  name: replica-cap.example.com\n', '  name: replica-cap.example.com\n  annotations:\n    kubegate.io/severity: urgent\n'), 'policies/p.yaml:6:5', /kubegate.io\/severity must be one of/],
    ['binding to an unknown policy', REPLICAS + '---\napiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingAdmissionPolicyBinding\nmetadata: {name: b}\nspec:\n  policyName: nope\n', 'policies/p.yaml:20:3', /names policy "nope"/],
  ])('%s', (_n, text, where, message) => {
    const got = importError(text);
    expect(got.split(' ')[0]).toBe(where);
    expect(got).toMatch(message);
  });
});
