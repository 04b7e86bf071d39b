import { parseManifest } from '../../src/parse/parse-manifest';

/**
 * Values as the cluster sees them. kubectl and the API server decode YAML with go-yaml v2
 * (through sigs.k8s.io/yaml): YAML 1.1 plain scalars, merge keys applied in document order.
 * Each case runs twice: through js-yaml (the fast path) and through the `yaml` library (the
 * recovery path, taken when another document of the file is broken), which must agree.
 */
const BROKEN_DOC = '---\nbroken: [\n';

function valueOf(scalar: string, recovery: boolean): unknown {
  const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: v\ndata:\n  v: ${scalar}\n${recovery ? BROKEN_DOC : ''}`;
  const parsed = parseManifest('v.yaml', text);
  expect(parsed.diagnostics.map((d) => d.code)).toEqual(recovery ? ['yaml-syntax'] : []);
  return parsed.objects[0].raw.data.v;
}

describe.each([
  ['js-yaml', false],
  ['recovery (yaml library)', true],
])('plain scalars as go-yaml v2 reads them, %s', (_name, recovery) => {
  it.each([
    // YAML 1.1 booleans: Kubernetes reads `privileged: yes` as true
    ['yes', true],
    ['Yes', true],
    ['YES', true],
    ['on', true],
    ['On', true],
    ['ON', true],
    ['y', true],
    ['Y', true],
    ['true', true],
    ['True', true],
    ['no', false],
    ['No', false],
    ['off', false],
    ['OFF', false],
    ['n', false],
    ['N', false],
    ['false', false],
    // quoted scalars are strings in every YAML version
    ['"yes"', 'yes'],
    ["'on'", 'on'],
    ['"0755"', '0755'],
    // YAML 1.1 octal: `defaultMode: 0755` is 493, as the Kubernetes API docs say
    ['0755', 493],
    ['-0755', -493],
    ['0_755', 493],
    ['0o755', 493],
    ['0x1F', 31],
    ['0b101', 5],
    ['0B101', 5],
    ['0X1f', 31],
    ['-0x1F', -31],
    ['_1', '_1'],
    ['08', 8],
    ['0', 0],
    ['1_000', 1000],
    ['1e3', 1000],
    ['.inf', Infinity],
    // not special in go-yaml either (PyYAML's YAML 1.1 `=` value type is not Kubernetes')
    ['=', '='],
    ['yes please', 'yes please'],
    ['1:20', '1:20'],
    ['2024-01-01', '2024-01-01'],
    ['~', null],
    ['null', null],
    ['', null],
  ])('%s', (scalar, want) => {
    expect(valueOf(scalar as string, recovery as boolean)).toEqual(want);
  });

  it('resolves keys too (sigs.k8s.io/yaml turns a boolean key into "true")', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: k}\ndata:\n  on: a\n  "off": b\n${recovery ? BROKEN_DOC : ''}`;
    expect(parseManifest('k.yaml', text).objects[0].raw.data).toEqual({ true: 'a', off: 'b' });
  });
});

describe('merge keys in go-yaml order', () => {
  const anchors = 'metadata:\n  name: m\n  annotations:\n    a: &priv {privileged: true, runAsUser: 0}\n    b: &safe {privileged: false, readOnlyRootFilesystem: true}\n';
  const securityContext = (body: string, recovery: boolean) => {
    const text = `apiVersion: v1\nkind: Pod\n${anchors}spec:\n  containers:\n    - name: c\n      securityContext:\n${body}${recovery ? BROKEN_DOC : ''}`;
    const parsed = parseManifest('m.yaml', text);
    return parsed.objects[0].raw.spec.containers[0].securityContext;
  };

  it.each([
    ['a merge overrides keys written above it', '        privileged: false\n        <<: *priv\n', { privileged: true, runAsUser: 0 }],
    ['keys written below a merge override it', '        <<: *priv\n        privileged: false\n', { privileged: false, runAsUser: 0 }],
    ['in a list of merged maps the first wins', '        <<: [*safe, *priv]\n', { privileged: false, runAsUser: 0, readOnlyRootFilesystem: true }],
    ['an inline map merges too', '        <<: {privileged: true}\n', { privileged: true }],
    ['a merge of a scalar stays a plain key (go-yaml rejects the object)', '        <<: nope\n', { '<<': 'nope' }],
  ])('%s', (_name, body, want) => {
    expect(securityContext(body as string, false)).toEqual(want);
    expect(securityContext(body as string, true)).toEqual(want);
  });

  it('leaves the shared anchor itself unchanged', () => {
    const text = `apiVersion: v1\nkind: Pod\n${anchors}spec:\n  containers:\n    - name: c\n      securityContext:\n        privileged: false\n        <<: *priv\n    - name: d\n      securityContext: *priv\n`;
    const raw = parseManifest('m.yaml', text).objects[0].raw;
    expect(raw.metadata.annotations.a).toEqual({ privileged: true, runAsUser: 0 });
    expect(raw.spec.containers[1].securityContext).toEqual({ privileged: true, runAsUser: 0 });
  });
});

describe('duplicate keys', () => {
  it.each([false, true])('keep the last value, as every Kubernetes decoder does, with a located warning (recovery: %s)', (recovery) => {
    const text = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: first\n  name: last\n${recovery ? BROKEN_DOC : ''}`;
    const parsed = parseManifest('d.yaml', text);
    expect(parsed.objects[0].name).toBe('last');
    expect(parsed.objects[0].locate(['metadata', 'name']).range.startLine).toBe(5);
    if (!recovery) expect(parsed.diagnostics).toEqual([expect.objectContaining({ code: 'yaml-duplicate-key', gating: false, range: expect.objectContaining({ startLine: 5 }) })]);
  });
});

describe('document nesting', () => {
  const nested = (depth: number) => `apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  x: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;

  it('reads a custom resource nested hundreds of levels deep', () => {
    const parsed = parseManifest('w.yaml', nested(500));
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.objects).toHaveLength(1);
  });

  it.each([
    ['flow', (n: number) => nested(n)],
    ['block', (n: number) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\ndata:\n${Array.from({ length: n }, (_, i) => `${'  '.repeat(i + 1)}k:`).join('\n')}\n`],
  ])('refuses 10,000 %s levels with a located diagnostic and keeps the next document', (_name, make) => {
    const text = `${make(10_000)}---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: after\n`;
    const parsed = parseManifest('deep.yaml', text);
    expect(parsed.diagnostics).toEqual([expect.objectContaining({ code: 'yaml-too-deep', file: 'deep.yaml', gating: true, range: expect.objectContaining({ startLine: expect.any(Number) }) })]);
    expect(parsed.objects.map((o) => o.name)).toEqual(['after']);
    expect(parsed.objects[0].locate(['metadata', 'name']).range.startLine).toBe(text.split('\n').length - 1);
  });

  it('survives anchors and merges in a document nested near the parser limit', () => {
    // the alias count and the merge pass walk the document too: they must not overflow first
    const depth = 1200;
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: m\n  labels: &l {a: b}\ndata:\n  copy: *l\n  base: {<<: *l}\n  x: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
    const parsed = parseManifest('m.yaml', text);
    expect(parsed.diagnostics.filter((d) => d.code !== 'yaml-too-deep')).toEqual([]);
    expect(parsed.diagnostics.length + parsed.objects.length).toBe(1);
  });
});
