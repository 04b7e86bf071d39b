import { loadRule, ruleText, run } from './helpers';

const deployment = (replicas: number, labels = 'app: web', images = ['ghcr.io/acme/web:1.0']) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
  labels: {${labels}}
spec:
  replicas: ${replicas}
  template:
    spec:
      initContainers:
        - name: init
          image: ${images[1] ?? images[0]}
      containers:
        - name: app
          image: ${images[0]}
          resources:
            limits: {memory: 512Mi}
`;

describe('cel template: evaluation', () => {
  it.each([
    ['int comparison on a YAML number', 'template: cel\nparams:\n  expression: object.spec.replicas <= 5', deployment(3), []],
    ['int arithmetic (YAML ints are CEL ints)', 'template: cel\nparams:\n  expression: object.spec.replicas + 1 <= 5', deployment(5), ['1:1 failed expression: object.spec.replicas + 1 <= 5']],
    [
      'messageExpression and path',
      'template: cel\nparams:\n  expression: object.spec.replicas <= 5\n  messageExpression: "\'replicas is \' + string(object.spec.replicas) + \', at most 5\'"\n  path: spec.replicas',
      deployment(7),
      ['8:3 replicas is 7, at most 5'],
    ],
    [
      'labels with has() and the missing label at metadata.labels',
      'template: cel\nparams:\n  expression: has(object.metadata.labels) && "team" in object.metadata.labels\n  path: metadata.labels.team',
      deployment(1),
      ['6:3 failed expression: has(object.metadata.labels) && "team" in object.metadata.labels'],
    ],
    [
      'forEach containers points at each failing container, init containers included',
      'template: cel\nparams:\n  forEach: containers\n  expression: container.image.startsWith("ghcr.io/acme/")\n  messageExpression: "\'image \' + container.image + \' is not from ghcr.io/acme\'"\n  path: image',
      deployment(1, 'app: web', ['ghcr.io/acme/web:1.0', 'docker.io/busybox']),
      ['13:11 image docker.io/busybox is not from ghcr.io/acme'],
    ],
    [
      'forEach with [*] over a field path',
      'template: cel\nparams:\n  forEach: spec.template.spec.containers[*].resources.limits\n  expression: quantity(item.memory).isLessThan(quantity("256Mi"))\n  path: memory',
      deployment(1),
      ['18:22 failed expression: quantity(item.memory).isLessThan(quantity("256Mi"))'],
    ],
    [
      'params are bound',
      'template: cel\nparams:\n  params: {maxReplicas: 2}\n  expression: object.spec.replicas <= params.maxReplicas\n  messageExpression: "\'at most \' + string(params.maxReplicas)"',
      deployment(3),
      ['1:1 at most 2'],
    ],
    [
      'variables may use earlier variables',
      'template: cel\nparams:\n  variables:\n    containers: object.spec.template.spec.containers\n    images: variables.containers.map(c, c.image)\n  expression: variables.images.all(i, !i.endsWith(":latest"))',
      deployment(1, 'app: web', ['nginx:latest']),
      ['1:1 failed expression: variables.images.all(i, !i.endsWith(":latest"))'],
    ],
    [
      'a variable that would fail is harmless while unread (lazy, as in Kubernetes)',
      'template: cel\nparams:\n  variables:\n    broken: object.spec.nothing.here\n    replicas: object.spec.replicas\n  expression: variables.replicas < 10',
      deployment(3),
      [],
    ],
    [
      'an evaluation error is a finding by default (failurePolicy Fail)',
      'template: cel\nparams:\n  expression: object.spec.strategy.type == "RollingUpdate"',
      deployment(1),
      ['1:1 expression "object.spec.strategy.type == \\"RollingUpdate\\"" could not be evaluated: No such key: strategy'],
    ],
    ['onError: ignore', 'template: cel\nparams:\n  onError: ignore\n  expression: object.spec.strategy.type == "RollingUpdate"', deployment(1), []],
    [
      'validations: each failing one adds its message',
      'template: cel\nparams:\n  validations:\n    - expression: object.spec.replicas <= 2\n      message: too many replicas\n    - expression: object.metadata.namespace != "default"\n      message: not in default\n    - expression: object.metadata.name.size() < 3\n      messageExpression: "\'name \' + object.metadata.name + \' is long\'"',
      deployment(3),
      ['1:1 too many replicas; name web is long'],
    ],
    ['RE2 matches: inline flags work', 'template: cel\nparams:\n  expression: object.metadata.name.matches("(?i)^WEB$")', deployment(1), []],
    ['RE2 matches: the global form', 'template: cel\nparams:\n  expression: matches(object.metadata.name, "^w")', deployment(1), []],
    ['optional field access', 'template: cel\nparams:\n  expression: object.spec.?strategy.?type.orValue("RollingUpdate") == "RollingUpdate"', deployment(1), []],
    ['request binding', 'template: cel\nparams:\n  expression: request.kind.kind == "Deployment" && request.resource.resource == "deployments" && request.namespace == "shop" && oldObject == null', deployment(1), []],
    ['podSpec binding works for any pod-bearing kind', 'template: cel\nparams:\n  expression: podSpec.containers.size() == 1', deployment(1), []],
    ['Kubernetes list library', 'template: cel\nparams:\n  expression: "[3, 1, 2].max() == 3 && [1, 2].isSorted() && [1, 2].sum() == 3 && \'a-b\'.replace(\'-\', \'_\') == \'a_b\'"', deployment(1), []],
  ])('%s', (_name, check, manifest, want) => {
    expect(run(loadRule(ruleText(check)), manifest).findings).toEqual(want);
  });

  it('matchConditions decide applicability: objects they exclude are not counted', () => {
    const rule = loadRule(ruleText('template: cel\nparams:\n  matchConditions:\n    - name: only-shop\n      expression: object.metadata.namespace == "shop"\n  expression: object.spec.replicas <= 5'));
    expect(run(rule, deployment(9))).toEqual({ findings: ['1:1 failed expression: object.spec.replicas <= 5'], applicable: 1, skipped: [] });
    expect(run(rule, deployment(9).replace('namespace: shop', 'namespace: other'))).toEqual({ findings: [], applicable: 0, skipped: [] });
  });

  it('forEach containers does not apply to kinds without pods', () => {
    const rule = loadRule(ruleText('template: cel\nparams:\n  forEach: containers\n  expression: "true"'));
    expect(run(rule, 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n').applicable).toBe(0);
  });

  it('namespaceObject is the Namespace in scope, or null', () => {
    const rule = loadRule(ruleText('template: cel\nparams:\n  expression: namespaceObject == null || namespaceObject.metadata.labels.env != "prod" || object.spec.replicas >= 2', 'kinds: [Deployment]\n'));
    const ns = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels: {env: prod}\n---\n';
    expect(run(rule, ns + deployment(1)).findings).toHaveLength(1);
    expect(run(rule, deployment(1)).findings).toEqual([]);
  });

  it('matches with RE2, not JavaScript regular expressions: a backtracking pattern is answered, a backreference refused', () => {
    // RE2 has no backtracking, hence no backreferences: that it refuses one shows which engine runs,
    // and so that `^(a+)+$` on a long name costs linear time (npm run bench measures time, tests do not)
    const rule = loadRule(ruleText('template: cel\nparams:\n  expression: "!object.metadata.name.matches(\'^(a+)+$\')"'));
    const out = run(rule, `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${'a'.repeat(5000)}b\n`);
    expect(out.findings).toEqual([]);
    // refused when the rule loads, as RE2 refuses it, with a message that says so
    expect(() => loadRule(ruleText("template: cel\nparams:\n  expression: '!object.metadata.name.matches(\"^(a)\\\\1$\")'"))).toThrow(/invalid escape sequence.*RE2/);
  });
});
