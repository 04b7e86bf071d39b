import { ConfigError, ConfigErrors } from '../../src/core/errors';
import { applySuppressions } from '../../src/exceptions/apply';
import { parseExceptionsFile } from '../../src/exceptions/exceptions-file';
import { at, evaluate, label, resolver, suppressedLabels } from './helpers';

const MANIFESTS = {
  'apps/web.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: prod
spec:
  template:
    spec:
      containers:
        - name: app
          image: nginx:1.25
          securityContext:
            privileged: true
        - name: sidecar
          image: envoy:1.30
          securityContext:
            privileged: true
`,
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
          securityContext:
            privileged: true
`,
  'debug/pod.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: debug
spec:
  containers:
    - name: shell
      image: busybox:1.36
      securityContext:
        privileged: true
`,
};
const RULES = ['privileged-container', 'host-network'];
const NOW = at('2026-03-01T00:00:00Z');

function run(exceptionsYaml: string, now = NOW) {
  const { objects, findings } = evaluate(MANIFESTS, RULES);
  const exceptions = parseExceptionsFile('.kubegate/exceptions.yaml', exceptionsYaml, resolver());
  const out = applySuppressions(findings, objects, { exceptions, now });
  return { findings: out.findings, diagnostics: out.diagnostics };
}

/** One exception entry: the common keys plus the match under test. */
const entry = (body: string) => `exceptions:\n  - reason: accepted for the test\n    owner: "@platform"\n${body.replace(/^/gm, '    ')}\n`;

describe('exceptions file: matching', () => {
  test('the manifests yield the findings the table expects', () => {
    expect(evaluate(MANIFESTS, RULES).findings.map(label).sort()).toEqual([
      'host-network:DaemonSet/csi-node',
      'privileged-container:DaemonSet/csi-node/driver',
      'privileged-container:Deployment/web/app',
      'privileged-container:Deployment/web/sidecar',
      'privileged-container:Pod/debug/shell',
    ]);
  });

  test.each([
    ['exact name', 'rules: [privileged-container]\nname: web', ['privileged-container:Deployment/web/app', 'privileged-container:Deployment/web/sidecar']],
    ['exact name is case-sensitive', 'rules: [privileged-container]\nname: Web', []],
    ['exact name is not a prefix match', 'rules: [privileged-container]\nname: we', []],
    ['glob name', 'rules: [privileged-container, host-network]\nname: "csi-*"', ['host-network:DaemonSet/csi-node', 'privileged-container:DaemonSet/csi-node/driver']],
    ['glob namespace, every rule', 'rules: ["*"]\nnamespace: "kube-*"', ['host-network:DaemonSet/csi-node', 'privileged-container:DaemonSet/csi-node/driver']],
    ['list of kinds', 'rules: privileged-container\nkind: [Pod, DaemonSet]', ['privileged-container:DaemonSet/csi-node/driver', 'privileged-container:Pod/debug/shell']],
    ['file glob', 'rules: [privileged-container]\nfile: "apps/**"', ['privileged-container:Deployment/web/app', 'privileged-container:Deployment/web/sidecar']],
    ['file glob written with ./', 'rules: [privileged-container]\nfile: "./debug/*.yaml"', ['privileged-container:Pod/debug/shell']],
    ['container-scoped', 'rules: [privileged-container]\nname: web\ncontainer: sidecar', ['privileged-container:Deployment/web/sidecar']],
    ['container-scoped never covers pod-level findings', 'rules: ["*"]\nname: csi-node\ncontainer: driver', ['privileged-container:DaemonSet/csi-node/driver']],
    ['kind and name must both match', 'rules: [privileged-container]\nkind: Pod\nname: web', []],
    ['control id from a framework', 'controls: [C-0057]\nnamespace: prod', ['privileged-container:Deployment/web/app', 'privileged-container:Deployment/web/sidecar']],
    ['control id is case-insensitive', 'controls: [c-0041]\nname: csi-node', ['host-network:DaemonSet/csi-node']],
    ['every rule of a framework', 'framework: nsa\nname: csi-node', ['host-network:DaemonSet/csi-node', 'privileged-container:DaemonSet/csi-node/driver']],
    ['namespace default covers objects without one', 'rules: [privileged-container]\nnamespace: default', ['privileged-container:Pod/debug/shell']],
  ])('%s', (_name, body, expected) => {
    const { findings } = run(entry(body));
    expect(suppressedLabels(findings)).toEqual(expected);
  });

  test('a suppressed finding carries the reason, owner, expiry and where the exception is', () => {
    const { findings } = run(`exceptions:
  - id: web-priv
    rules: [privileged-container]
    name: web
    container: app
    reason: the app needs raw sockets until ticket 42 lands
    owner: "@team-web"
    expires: 2026-06-30
`);
    const f = findings.find((x) => x.suppression)!;
    expect(f.suppression).toEqual({
      kind: 'external',
      justification: 'the app needs raw sockets until ticket 42 lands',
      owner: '@team-web',
      expires: '2026-06-30',
      source: '.kubegate/exceptions.yaml:2 (web-priv)',
    });
  });
});

describe('exceptions file: expiry (clock injected)', () => {
  const file = entry('rules: [privileged-container]\nname: debug\nexpires: 2026-03-31');
  test.each([
    ['a month before', '2026-03-01T00:00:00Z', true],
    ['the last second of the expiry day (UTC)', '2026-03-31T23:59:59Z', true],
    ['the day after', '2026-04-01T00:00:00Z', false],
    ['a year after', '2027-04-01T00:00:00Z', false],
  ])('%s', (_name, now, suppresses) => {
    const { findings, diagnostics } = run(file, at(now));
    expect(suppressedLabels(findings)).toEqual(suppresses ? ['privileged-container:Pod/debug/shell'] : []);
    const expired = diagnostics.filter((d) => d.code === 'expired-exception');
    expect(expired).toHaveLength(suppresses ? 0 : 1);
    if (!suppresses) {
      expect(expired[0]).toMatchObject({ level: 'warning', file: '.kubegate/exceptions.yaml', range: { startLine: 2 }, gating: false });
      expect(expired[0].message).toMatch(/expired on 2026-03-31: 1 finding it matches count again/);
    }
  });

  test.each([
    ['before the instant', '2026-03-31T09:59:59Z', true],
    ['at the instant', '2026-03-31T10:00:00Z', false],
  ])('a date-time with a zone: %s', (_name, now, suppresses) => {
    const { findings } = run(entry('rules: [privileged-container]\nname: debug\nexpires: "2026-03-31T12:00:00+02:00"'), at(now));
    expect(suppressedLabels(findings)).toHaveLength(suppresses ? 1 : 0);
  });
});

describe('exceptions file: stale entries', () => {
  test('an entry that matches nothing is reported at its line; one that matches is not', () => {
    const { diagnostics } = run(`exceptions:
  - rules: [privileged-container]
    name: web
    reason: r
    owner: o
  - id: old-csi
    rules: [host-network]
    name: csi-controller
    reason: r
    owner: o
`);
    expect(diagnostics.map((d) => [d.code, d.level, d.file, d.range?.startLine])).toEqual([['stale-exception', 'warning', '.kubegate/exceptions.yaml', 6]]);
    expect(diagnostics[0].message).toContain('exception old-csi matches no finding');
  });

  test('an entry whose findings another entry already covers is not stale', () => {
    const { diagnostics } = run(`exceptions:
  - { rules: ["*"], name: csi-node, reason: r, owner: o }
  - { rules: [host-network], namespace: kube-system, reason: r, owner: o }
`);
    expect(diagnostics).toEqual([]);
  });
});

describe('exceptions file: invalid files are reported with their line', () => {
  const cases: Array<[string, string, number, RegExp]> = [
    ['unknown key', 'exceptions:\n  - rule: [privileged-container]\n    name: web\n    reason: r\n    owner: o\n', 2, /unknown key "rule"/],
    ['missing reason', 'exceptions:\n  - rules: [privileged-container]\n    name: web\n    owner: o\n', 2, /needs "reason"/],
    ['missing owner', 'exceptions:\n  - rules: [privileged-container]\n    name: web\n    reason: r\n', 2, /needs "owner"/],
    ['empty reason', 'exceptions:\n  - rules: [privileged-container]\n    name: web\n    reason: ""\n    owner: o\n', 2, /needs "reason"/],
    ['unknown rule', 'exceptions:\n  - rules:\n      - privileged-container\n      - privileged\n    name: web\n    reason: r\n    owner: o\n', 4, /unknown rule "privileged"/],
    ['control id listed as a rule', 'exceptions:\n  - rules: [C-0057]\n    name: web\n    reason: r\n    owner: o\n', 2, /it is a control id/],
    ['unknown control', 'exceptions:\n  - controls: [C-9999]\n    name: web\n    reason: r\n    owner: o\n', 2, /unknown control "C-9999"/],
    ['unknown framework', 'exceptions:\n  - framework: nope\n    name: web\n    reason: r\n    owner: o\n', 2, /unknown framework "nope"/],
    ['bad date', 'exceptions:\n  - rules: [privileged-container]\n    name: web\n    reason: r\n    owner: o\n    expires: 31/12/2026\n', 6, /not a date/],
    ['impossible date', 'exceptions:\n  - rules: [privileged-container]\n    name: web\n    reason: r\n    owner: o\n    expires: 2026-02-30\n', 6, /not a calendar date/],
    ['no resource match', 'exceptions:\n  - rules: [privileged-container]\n    reason: r\n    owner: o\n', 2, /must match resources/],
    ['no rules', 'exceptions:\n  - name: web\n    reason: r\n    owner: o\n', 2, /must name "rules", "controls" or a "framework"/],
    ['not a list', 'exceptions:\n  rules: [x]\n', 1, /"exceptions" must be a list/],
    ['entry not a mapping', 'exceptions:\n  - privileged-container\n', 2, /must be a mapping/],
    ['YAML syntax error', 'exceptions:\n  - rules: [privileged-container\n    name: web\n', 3, /invalid YAML/],
    ['duplicate ids', 'exceptions:\n  - { id: a, rules: [host-network], name: x, reason: r, owner: o }\n  - { id: a, rules: [host-network], name: y, reason: r, owner: o }\n', 3, /duplicate exception id "a"/],
    ['unknown top-level key', 'exception:\n  - {}\n', 1, /unknown key "exception"/],
  ];
  test.each(cases)('%s', (_name, text, line, message) => {
    let err: unknown;
    try {
      parseExceptionsFile('.kubegate/exceptions.yaml', text, resolver());
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const first = err instanceof ConfigErrors ? err.errors[0] : (err as ConfigError);
    expect(first.message).toMatch(message);
    expect(first.file).toBe('.kubegate/exceptions.yaml');
    expect(first.range?.startLine).toBe(line);
    expect(first.describe()).toMatch(/^\.kubegate\/exceptions\.yaml:\d+:\d+: .* \(see https:\/\/.*exceptions\.md\)$/);
  });

  test('every problem of a file is reported at once', () => {
    const text = 'exceptions:\n  - rules: [nope]\n    name: web\n    reason: r\n    owner: o\n  - rules: [host-network]\n    name: web\n    owner: o\n';
    expect(() => parseExceptionsFile('x.yaml', text, resolver())).toThrow(ConfigErrors);
    try {
      parseExceptionsFile('x.yaml', text, resolver());
    } catch (e) {
      expect((e as ConfigErrors).errors.map((x) => x.range?.startLine)).toEqual([2, 6]);
    }
  });

  test('an empty file means no exceptions', () => {
    expect(parseExceptionsFile('x.yaml', '', resolver()).entries).toEqual([]);
    expect(parseExceptionsFile('x.yaml', 'exceptions: []\n', resolver()).entries).toEqual([]);
  });
});
