import { parse, parseAllDocuments } from 'yaml';
import type { FieldPath, FixOperation, PlannedFix } from '../../src/core/model';
import { FixSource, planFix } from '../../src/fix/plan-fix';
import { applyEdits } from '../../src/fix/text-edit';

/** Applies `ops` to the object in document `doc` of `text` and returns the new text (or the skip reason). */
function fix(text: string, ops: FixOperation[], target: { docIndex?: number; basePath?: FieldPath } = {}, file = 'm.yaml'): string {
  const source = new FixSource(file, text);
  const planned: PlannedFix = { mode: 'suggestion', description: 'test', operations: ops };
  const plan = planFix(source, { docIndex: target.docIndex ?? 0, basePath: target.basePath ?? [] }, planned);
  if (plan.status !== 'planned') return `SKIPPED: ${plan.status === 'skipped' ? plan.reason : plan.advice}`;
  return applyEdits(text, plan.edits);
}

const set = (path: FieldPath, value: unknown): FixOperation => ({ op: 'set', path, value });
const remove = (path: FieldPath): FixOperation => ({ op: 'remove', path });
const add = (path: FieldPath, value: unknown): FixOperation => ({ op: 'add-to-list', path, value });
const SC = ['spec', 'containers', 0, 'securityContext'];

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web # the front end
spec:
  containers:
    - name: app
      image: nginx:1.27
      securityContext:
        privileged: true   # needed? no
        runAsUser: 0
`;

const cases: Array<[string, string, FixOperation[], string]> = [
  ['replaces only the value token of an existing scalar', POD, [set([...SC, 'privileged'], false)], POD.replace('privileged: true   #', 'privileged: false   #')],
  ['adds a missing key as the last key of its mapping', POD, [set([...SC, 'runAsNonRoot'], true)], POD.replace('runAsUser: 0\n', 'runAsUser: 0\n        runAsNonRoot: true\n')],
  [
    'creates intermediate mappings at the file indentation',
    POD,
    [set([...SC, 'seccompProfile', 'type'], 'RuntimeDefault')],
    POD.replace('runAsUser: 0\n', 'runAsUser: 0\n        seccompProfile:\n          type: RuntimeDefault\n'),
  ],
  [
    'creates securityContext under a container that has none',
    'kind: Pod\nspec:\n  containers:\n  - name: a\n    image: x\n  - name: b\n    image: y\n',
    [set(['spec', 'containers', 0, 'securityContext', 'allowPrivilegeEscalation'], false)],
    'kind: Pod\nspec:\n  containers:\n  - name: a\n    image: x\n    securityContext:\n      allowPrivilegeEscalation: false\n  - name: b\n    image: y\n',
  ],
  ['leaves a value that already matches alone', POD, [set([...SC, 'runAsUser'], 0)], POD],
  ['keeps double quotes on a string value', 'kind: ConfigMap\ndata:\n  allow: "true"\n', [set(['data', 'allow'], 'false')], 'kind: ConfigMap\ndata:\n  allow: "false"\n'],
  ['keeps single quotes on a string value', "kind: X\nspec:\n  policy: 'IfNotPresent'\n", [set(['spec', 'policy'], 'Always')], "kind: X\nspec:\n  policy: 'Always'\n"],
  ['drops quotes when a quoted string becomes a boolean', 'kind: X\nspec:\n  on: "true"\n', [set(['spec', 'on'], false)], 'kind: X\nspec:\n  on: false\n'],
  ['quotes a string that would read as a boolean', 'kind: X\ndata:\n  a: b\n', [set(['data', 'flag'], 'false')], 'kind: X\ndata:\n  a: b\n  flag: "false"\n'],
  [
    'sets inside a flow mapping',
    'kind: Pod\nspec:\n  containers:\n  - name: a\n    securityContext: {privileged: true, runAsUser: 0}\n',
    [set(['spec', 'containers', 0, 'securityContext', 'privileged'], false)],
    'kind: Pod\nspec:\n  containers:\n  - name: a\n    securityContext: {privileged: false, runAsUser: 0}\n',
  ],
  [
    'adds a key to a flow mapping',
    'kind: Pod\nspec:\n  containers:\n  - name: a\n    securityContext: {privileged: true}\n',
    [set(['spec', 'containers', 0, 'securityContext', 'seccompProfile', 'type'], 'RuntimeDefault')],
    'kind: Pod\nspec:\n  containers:\n  - name: a\n    securityContext: {privileged: true, seccompProfile: {type: RuntimeDefault}}\n',
  ],
  ['adds a key to an empty flow mapping', 'kind: X\nspec:\n  securityContext: {}\n', [set(['spec', 'securityContext', 'runAsNonRoot'], true)], 'kind: X\nspec:\n  securityContext: {runAsNonRoot: true}\n'],
  [
    'fills an empty key, keeping its comment on its line',
    'kind: X\nspec:\n  securityContext: # todo\n  image: x\n',
    [set(['spec', 'securityContext', 'runAsNonRoot'], true)],
    'kind: X\nspec:\n  securityContext: # todo\n    runAsNonRoot: true\n  image: x\n',
  ],
  ['replaces a null token by a mapping', 'kind: X\nspec:\n  securityContext: null\n', [set(['spec', 'securityContext', 'runAsNonRoot'], true)], 'kind: X\nspec:\n  securityContext:\n    runAsNonRoot: true\n'],
  ['sets a scalar on an empty key', 'kind: X\nspec:\n  hostPID:\n', [set(['spec', 'hostPID'], false)], 'kind: X\nspec:\n  hostPID: false\n'],
  ['removes a key with its whole line', POD, [remove([...SC, 'runAsUser'])], POD.replace('        runAsUser: 0\n', '')],
  [
    'removes the first key of a list item, moving the next one up',
    'kind: Pod\nspec:\n  containers:\n  - name: a\n    ports:\n    - hostPort: 80\n      containerPort: 80\n',
    [remove(['spec', 'containers', 0, 'ports', 0, 'hostPort'])],
    'kind: Pod\nspec:\n  containers:\n  - name: a\n    ports:\n    - containerPort: 80\n',
  ],
  [
    'removes the only key of a mapping, leaving {}',
    'kind: X\nspec:\n  securityContext:\n    privileged: true\n  image: x\n',
    [remove(['spec', 'securityContext', 'privileged'])],
    'kind: X\nspec:\n  securityContext: {}\n  image: x\n',
  ],
  ['removing an absent key changes nothing', POD, [remove([...SC, 'capabilities'])], POD],
  ['removes a key from a flow mapping', 'kind: X\nspec: {a: 1, b: 2, c: 3}\n', [remove(['spec', 'b'])], 'kind: X\nspec: {a: 1, c: 3}\n'],
  ['removes the last key of a flow mapping', 'kind: X\nspec: {a: 1, b: 2}\n', [remove(['spec', 'b'])], 'kind: X\nspec: {a: 1}\n'],
  ['removes a block list item', 'kind: X\nspec:\n  add:\n  - NET_RAW # raw sockets\n  - SYS_ADMIN\n', [remove(['spec', 'add', 0])], 'kind: X\nspec:\n  add:\n  - SYS_ADMIN\n'],
  ['removes the only block list item, leaving []', 'kind: X\nspec:\n  add:\n    - SYS_ADMIN\n  b: 1\n', [remove(['spec', 'add', 0])], 'kind: X\nspec:\n  add: []\n  b: 1\n'],
  ['removes a flow list item', 'kind: X\nspec:\n  add: [NET_RAW, SYS_ADMIN]\n', [remove(['spec', 'add', 1])], 'kind: X\nspec:\n  add: [NET_RAW]\n'],
  ['adds to a block list at its dash column', 'kind: X\nspec:\n  drop:\n    - NET_RAW\n', [add(['spec', 'drop'], 'ALL')], 'kind: X\nspec:\n  drop:\n    - NET_RAW\n    - ALL\n'],
  ['adds to a flow list', 'kind: X\nspec:\n  drop: [NET_RAW]\n', [add(['spec', 'drop'], 'ALL')], 'kind: X\nspec:\n  drop: [NET_RAW, ALL]\n'],
  ['adds to an empty flow list', 'kind: X\nspec:\n  drop: []\n', [add(['spec', 'drop'], 'ALL')], 'kind: X\nspec:\n  drop: [ALL]\n'],
  ['does not add an item the list holds', 'kind: X\nspec:\n  drop: [ALL]\n', [add(['spec', 'drop'], 'ALL')], 'kind: X\nspec:\n  drop: [ALL]\n'],
  [
    'creates a missing list in the file sequence style (not indented)',
    'kind: X\nspec:\n  containers:\n  - name: a\n    securityContext:\n      runAsUser: 1\n',
    [add(['spec', 'containers', 0, 'securityContext', 'capabilities', 'drop'], 'ALL')],
    'kind: X\nspec:\n  containers:\n  - name: a\n    securityContext:\n      runAsUser: 1\n      capabilities:\n        drop:\n        - ALL\n',
  ],
  [
    'creates a missing list in the file sequence style (indented)',
    'kind: X\nspec:\n  containers:\n    - name: a\n      securityContext:\n        runAsUser: 1\n',
    [add(['spec', 'containers', 0, 'securityContext', 'capabilities', 'drop'], 'ALL')],
    'kind: X\nspec:\n  containers:\n    - name: a\n      securityContext:\n        runAsUser: 1\n        capabilities:\n          drop:\n            - ALL\n',
  ],
  ['follows a four-space indentation', 'kind: X\nspec:\n    template:\n        a: 1\n', [set(['spec', 'template', 'b', 'c'], 1)], 'kind: X\nspec:\n    template:\n        a: 1\n        b:\n            c: 1\n'],
  ['keeps CRLF line endings', 'kind: X\r\nspec:\r\n  a: 1\r\n', [set(['spec', 'b', 'c'], true)], 'kind: X\r\nspec:\r\n  a: 1\r\n  b:\r\n    c: true\r\n'],
  ['keeps a byte order mark', '\uFEFFkind: X\nspec:\n  a: 1\n', [set(['spec', 'a'], 2)], '\uFEFFkind: X\nspec:\n  a: 2\n'],
  ['inserts at the end of a file without a final line break', 'kind: X\nspec:\n  a: 1', [set(['spec', 'b'], 2)], 'kind: X\nspec:\n  a: 1\n  b: 2'],
  ['inserts after a block scalar', 'kind: X\nspec:\n  a: |\n    text\n  b: 1\n', [set(['spec', 'a2'], 2), remove(['spec', 'b'])], 'kind: X\nspec:\n  a: |\n    text\n  a2: 2\n'],
  [
    'applies several operations of one fix in order',
    'kind: Pod\nspec:\n  containers:\n  - name: a\n',
    [set(['spec', 'containers', 0, 'securityContext', 'runAsNonRoot'], true), set(['spec', 'containers', 0, 'securityContext', 'runAsUser'], 10001)],
    'kind: Pod\nspec:\n  containers:\n  - name: a\n    securityContext:\n      runAsNonRoot: true\n      runAsUser: 10001\n',
  ],
  ['edits the last of duplicate keys, as Kubernetes reads it', 'kind: X\nspec:\n  a: 1\n  a: 2\n', [set(['spec', 'a'], 3)], 'kind: X\nspec:\n  a: 1\n  a: 3\n'],
  ['refuses to edit through an alias', 'kind: X\nbase: &b {a: 1}\nspec: *b\n', [set(['spec', 'a'], 2)], 'SKIPPED: spec is a YAML alias (*b); edit its anchor instead'],
  ['refuses a value with an anchor', 'kind: X\nspec:\n  a: &v 1\n', [set(['spec', 'a'], 2)], 'SKIPPED: the value carries anchor &v; changing it would change its aliases too'],
  ['refuses to create list items', 'kind: X\nspec:\n  containers: []\n', [set(['spec', 'containers', 0, 'a'], 1)], 'SKIPPED: spec.containers[0].a needs a list item that does not exist'],
  ['refuses to replace a mapping by a scalar', 'kind: X\nspec:\n  a:\n    b: 1\n', [set(['spec', 'a'], 1)], 'SKIPPED: spec.a holds a mapping; replacing it is left to a person'],
  ['refuses a key hidden behind a merge key', 'kind: X\nd: &d {a: 1}\nspec:\n  <<: *d\n  b: 2\n', [set(['spec', 'a'], 5)], 'SKIPPED: spec.a may come from a YAML merge key (<<)'],
];

describe('planFix on YAML', () => {
  it.each(cases)('%s', (_name, input, ops, expected) => {
    const out = fix(input, ops);
    expect(out).toBe(expected);
    if (!out.startsWith('SKIPPED')) expect(parseAllDocuments(out, { uniqueKeys: false }).every((d) => d.errors.length === 0)).toBe(true);
  });

  it('edits only its document of a multi-document file', () => {
    const text = '# first\nkind: A\nspec: {a: 1}\n---\nkind: B\nspec:\n  a: 1\n---\nkind: C\n';
    expect(fix(text, [set(['spec', 'b'], 2)], { docIndex: 1 })).toBe('# first\nkind: A\nspec: {a: 1}\n---\nkind: B\nspec:\n  a: 1\n  b: 2\n---\nkind: C\n');
  });

  it('reaches an item of a kind: List through its base path', () => {
    const text = 'apiVersion: v1\nkind: List\nitems:\n- kind: Pod\n  spec:\n    hostPID: true\n';
    expect(fix(text, [set(['spec', 'hostPID'], false)], { basePath: ['items', 0] })).toBe(text.replace('hostPID: true', 'hostPID: false'));
  });

  it('skips an object whose document no longer matches the finding', () => {
    const source = new FixSource('m.yaml', 'kind: Pod\nmetadata:\n  name: a\n');
    const plan = planFix(source, { docIndex: 0, basePath: [] }, { mode: 'safe', description: '', operations: [set(['spec', 'x'], 1)] }, { apiVersion: 'v1', kind: 'Pod', name: 'b' });
    expect(plan).toEqual({ status: 'skipped', reason: 'm.yaml changed: document 1 no longer holds Pod b' });
  });
});

describe('planFix on JSON', () => {
  const json = '{\n  "kind": "Pod",\n  "spec": {\n    "hostPID": true,\n    "containers": [\n      {\n        "name": "a"\n      }\n    ]\n  }\n}\n';
  const table: Array<[string, FixOperation[], string]> = [
    ['replaces a value', [set(['spec', 'hostPID'], false)], json.replace('"hostPID": true', '"hostPID": false')],
    [
      'adds nested keys on their own line, quoted',
      [set(['spec', 'containers', 0, 'securityContext', 'runAsNonRoot'], true)],
      json.replace('"name": "a"\n', '"name": "a",\n        "securityContext": {"runAsNonRoot": true}\n'),
    ],
    ['removes a key with its comma', [remove(['spec', 'hostPID'])], json.replace('"hostPID": true,\n    ', '')],
    ['adds to a list', [add(['spec', 'containers', 0, 'args'], '--safe')], json.replace('"name": "a"\n', '"name": "a",\n        "args": ["--safe"]\n')],
  ];
  it.each(table)('%s and stays valid JSON', (_name, ops, expected) => {
    const out = fix(json, ops, {}, 'pod.json');
    expect(out).toBe(expected);
    expect(() => JSON.parse(out)).not.toThrow();
  });

  it('keeps a one-line JSON object on one line', () => {
    const out = fix('{"kind": "X", "spec": {"a": 1}}', [set(['spec', 'b'], 'x')], {}, 'x.json');
    expect(out).toBe('{"kind": "X", "spec": {"a": 1, "b": "x"}}');
    expect(JSON.parse(out)).toEqual({ kind: 'X', spec: { a: 1, b: 'x' } });
  });
});

describe('planned output parses to the intended value', () => {
  it('matches setting the field on the parsed object', () => {
    const out = fix(POD, [set([...SC, 'capabilities', 'drop'], ['ALL'])]);
    const want = parse(POD);
    want.spec.containers[0].securityContext.capabilities = { drop: ['ALL'] };
    expect(parse(out)).toEqual(want);
  });
});
