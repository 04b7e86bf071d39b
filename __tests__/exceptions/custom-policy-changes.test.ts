import { diffCustomPolicy, type CustomPolicySide } from '../../src/exceptions/policy-changes';

const RULE_FILE = '.kubegate/rules/team-labels/rule.yaml';
const FW_FILE = '.kubegate/frameworks/org.yaml';
const VAP_FILE = '.kubegate/policies/replica-cap.yaml';

const rule = (extra = '', severity = 'high', expression = "'team' in object.metadata.labels") => `id: team-labels
title: Workload without a team label
severity: ${severity}
description: A workload has no team label.
remediation: Add a team label.
${extra}check:
  template: cel
  params:
    expression: "${expression}"
message: "{name} has no team label."
`;

const framework = (controls: string) => `id: org
name: Org policy
controls:
${controls}`;

const vap = (opts: { severity?: string; failurePolicy?: string; expressions?: string[]; message?: string } = {}) => `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: replica-cap
${opts.severity ? `  annotations: { kubegate.io/severity: ${opts.severity} }\n` : ''}spec:
${opts.failurePolicy ? `  failurePolicy: ${opts.failurePolicy}\n` : ''}  matchConstraints:
    resourceRules: [{ apiGroups: [apps], apiVersions: [v1], operations: [CREATE], resources: [deployments] }]
  validations:
${(opts.expressions ?? ['object.spec.replicas <= 5']).map((e) => `    - { expression: "${e}", message: ${opts.message ?? 'too many'} }`).join('\n')}
`;

const binding = (actions: string) => `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata: { name: replica-cap-binding }
spec: { policyName: replica-cap, validationActions: [${actions}] }
`;

const side = (files: Record<string, string>): CustomPolicySide => {
  const list = (re: RegExp) => Object.entries(files).filter(([p]) => re.test(p)).map(([path, text]) => ({ path, text }));
  return { rules: list(/\/rules\//), frameworks: list(/\/frameworks\//), policies: list(/\/policies\//) };
};

type Case = [string, Record<string, string>, Record<string, string>, Array<[string, string, string | RegExp]>];

describe('custom rules, frameworks and policies between base and head', () => {
  test.each<Case>([
    ['nothing changed', { [RULE_FILE]: rule() }, { [RULE_FILE]: rule() }, []],
    ['only a comment changed', { [RULE_FILE]: rule() }, { [RULE_FILE]: `# owned by platform\n${rule()}` }, []],
    ['a rule added', {}, { [RULE_FILE]: rule() }, [[RULE_FILE, 'added', 'rule team-labels added (severity high, template cel)']]],
    ['a rule removed', { [RULE_FILE]: rule() }, {}, [[RULE_FILE, 'removed', 'rule team-labels removed (was severity high, template cel): the gate no longer applies it']]],
    ['severity lowered', { [RULE_FILE]: rule() }, { [RULE_FILE]: rule('', 'low') }, [[RULE_FILE, 'widened', 'rule team-labels: severity high → low']]],
    ['severity raised', { [RULE_FILE]: rule('', 'medium') }, { [RULE_FILE]: rule('', 'critical') }, [[RULE_FILE, 'narrowed', 'rule team-labels: severity medium → critical']]],
    ['kinds narrowed from every kind', { [RULE_FILE]: rule() }, { [RULE_FILE]: rule('kinds: [Deployment]\n') }, [[RULE_FILE, 'widened', 'rule team-labels: kinds (any) → Deployment']]],
    ['a kind dropped', { [RULE_FILE]: rule('kinds: [Deployment, StatefulSet]\n') }, { [RULE_FILE]: rule('kinds: [Deployment]\n') }, [[RULE_FILE, 'widened', 'rule team-labels: kinds Deployment|StatefulSet → Deployment']]],
    ['a kind added', { [RULE_FILE]: rule('kinds: [Deployment]\n') }, { [RULE_FILE]: rule('kinds: [Deployment, Job]\n') }, [[RULE_FILE, 'narrowed', 'rule team-labels: kinds Deployment → Deployment|Job']]],
    ['the expression rewritten', { [RULE_FILE]: rule() }, { [RULE_FILE]: rule('', 'high', 'true') }, [[RULE_FILE, 'changed', "rule team-labels: check params.expression: 'team' in object.metadata.labels → true"]]],
    ['evaluation errors ignored', { [RULE_FILE]: rule() }, { [RULE_FILE]: rule().replace('  params:\n', '  params:\n    onError: ignore\n') }, [[RULE_FILE, 'widened', 'rule team-labels: onError fail → ignore']]],
    ['only wording', { [RULE_FILE]: rule() }, { [RULE_FILE]: rule().replace('Add a team label.', 'Label it.') }, [[RULE_FILE, 'changed', 'rule team-labels: remediation reworded']]],
    ['a rule moved to another file', { [RULE_FILE]: rule() }, { '.kubegate/rules/labels.yaml': rule('', 'low') }, [['.kubegate/rules/labels.yaml', 'widened', `rule team-labels: moved from ${RULE_FILE}; severity high → low`]]],
    [
      'a rule file that no longer parses',
      { [RULE_FILE]: rule() },
      { [RULE_FILE]: 'id: team-labels\nseverity: [\n' },
      [[RULE_FILE, 'changed', /^custom rule file .* changed; it does not parse at the head \(invalid YAML: .*\), so the change cannot be itemised$/]],
    ],
    ['a control dropped', { [FW_FILE]: framework('  - { id: ORG-1, name: Labels, rules: [team-labels] }\n  - { id: ORG-2, name: Priv, rules: [privileged-container] }\n') }, { [FW_FILE]: framework('  - { id: ORG-2, name: Priv, rules: [privileged-container] }\n') }, [[FW_FILE, 'widened', 'framework org: control ORG-1 dropped (rules team-labels)']]],
    ['a control added', { [FW_FILE]: framework('  - { id: ORG-1, name: Labels, rules: [team-labels] }\n') }, { [FW_FILE]: framework('  - { id: ORG-1, name: Labels, rules: [team-labels] }\n  - { id: ORG-2, name: Priv, rules: [privileged-container] }\n') }, [[FW_FILE, 'narrowed', 'framework org: control ORG-2 added (rules privileged-container)']]],
    ['a rule taken out of a control', { [FW_FILE]: framework('  - { id: ORG-1, name: Host, rules: [host-pid, host-ipc] }\n') }, { [FW_FILE]: framework('  - { id: ORG-1, name: Host, rules: [host-pid] }\n') }, [[FW_FILE, 'widened', 'framework org: control ORG-1: rules − host-ipc']]],
    ['a control severity lowered', { [FW_FILE]: framework('  - { id: ORG-1, name: L, severity: critical, rules: [team-labels] }\n') }, { [FW_FILE]: framework('  - { id: ORG-1, name: L, severity: low, rules: [team-labels] }\n') }, [[FW_FILE, 'widened', 'framework org: control ORG-1: severity critical → low']]],
    [
      'control params retuned',
      { [FW_FILE]: framework('  - { id: ORG-1, name: R, rules: [reg], params: { reg: { params: { registries: [a/] } } } }\n') },
      { [FW_FILE]: framework('  - { id: ORG-1, name: R, rules: [reg], params: { reg: { params: { registries: [a/, docker.io/] } } } }\n') },
      [[FW_FILE, 'changed', 'framework org: control ORG-1: params.reg.params.registries: ["a/"] → ["a/","docker.io/"]']],
    ],
    ['a framework removed', { [FW_FILE]: framework('  - { id: ORG-1, name: L, rules: [team-labels] }\n') }, {}, [[FW_FILE, 'removed', 'framework org removed (was controls ORG-1): the gate no longer applies it']]],
    ['a policy severity lowered', { [VAP_FILE]: vap({ severity: 'high' }) }, { [VAP_FILE]: vap() }, [[VAP_FILE, 'widened', 'policy replica-cap: severity high → medium']]],
    ['failures ignored', { [VAP_FILE]: vap() }, { [VAP_FILE]: vap({ failurePolicy: 'Ignore' }) }, [[VAP_FILE, 'widened', 'policy replica-cap: failurePolicy Fail → Ignore']]],
    ['a validation dropped', { [VAP_FILE]: vap({ expressions: ['object.spec.replicas <= 5', 'object.spec.replicas > 0'] }) }, { [VAP_FILE]: vap() }, [[VAP_FILE, 'widened', 'policy replica-cap: validation removed: object.spec.replicas > 0']]],
    ['a message edited', { [VAP_FILE]: vap() }, { [VAP_FILE]: vap({ message: 'at most five' }) }, [[VAP_FILE, 'changed', 'policy replica-cap: validation messages edited']]],
    ['a binding downgraded to Warn', { [VAP_FILE]: `${vap()}---\n${binding('Deny')}` }, { [VAP_FILE]: `${vap()}---\n${binding('Warn')}` }, [[VAP_FILE, 'widened', 'policy binding replica-cap-binding: validationActions Deny → Warn']]],
    [
      'a params object edited',
      { [VAP_FILE]: 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: limits, namespace: ops }\ndata: { max: "5" }\n' },
      { [VAP_FILE]: 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: limits, namespace: ops }\ndata: { max: "50" }\n' },
      [[VAP_FILE, 'changed', 'policy params ConfigMap ops/limits: data.max: 5 → 50']],
    ],
  ])('%s', (_name, base, head, expected) => {
    const changes = diffCustomPolicy(side(base), side(head));
    expect(changes.map((c) => [c.file, c.change, c.description])).toEqual(expected.map(([f, c, d]) => [f, c, typeof d === 'string' ? d : expect.stringMatching(d)]));
  });

  test('a change points at the changed line of the head file', () => {
    const [c] = diffCustomPolicy(side({ [RULE_FILE]: rule() }), side({ [RULE_FILE]: rule('', 'low') }));
    expect(c.line).toBe(3);
    const [f] = diffCustomPolicy(
      side({ [FW_FILE]: framework('  - { id: ORG-1, name: A, rules: [a, b] }\n  - { id: ORG-2, name: B, rules: [c, d] }\n') }),
      side({ [FW_FILE]: framework('  - { id: ORG-1, name: A, rules: [a, b] }\n  - { id: ORG-2, name: B, rules: [c] }\n') }),
    );
    expect(f.line).toBe(5);
  });

  test('changes in several files come sorted by file', () => {
    const base = side({ [RULE_FILE]: rule(), [VAP_FILE]: vap(), [FW_FILE]: framework('  - { id: ORG-1, name: L, rules: [team-labels] }\n') });
    const changes = diffCustomPolicy(base, side({ [VAP_FILE]: vap({ failurePolicy: 'Ignore' }), [FW_FILE]: framework('  - { id: ORG-2, name: L, rules: [privileged-container] }\n') }));
    expect(changes.map((c) => `${c.change} ${c.description}`)).toEqual([
      'widened framework org: control ORG-1 dropped (rules team-labels); control ORG-2 added (rules privileged-container)',
      'widened policy replica-cap: failurePolicy Fail → Ignore',
      'removed rule team-labels removed (was severity high, template cel): the gate no longer applies it',
    ]);
  });
});
