import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { parseManifest } from '../../src/parse/parse-manifest';
import { evaluateRules } from '../../src/pipeline/evaluate';
import { fingerprint } from '../../src/pipeline/fingerprint';
import type { Rule } from '../../src/rules/rule';
import type { Hit } from '../../src/rules/template';
import { builtinCatalog } from '../helpers/catalog';
import { plainFinding } from '../../src/core/plain-finding';
import type { Finding } from '../../src/core/model';
import { uniqueByFingerprint } from '../../src/pipeline/scan';
import { FindingPlans } from '../../src/pipeline/rule-finding';

/**
 * How findings were built before messages were filled from precompiled templates and hashed in
 * one call: the definitions the faster code must keep, since messages and fingerprints are
 * what baselines and code scanning match findings by.
 */
function messageBefore(template: string, obj: { kind: string; name: string; namespace?: string }, hit: Hit): string {
  const data: Record<string, string | number | boolean> = { kind: obj.kind, name: obj.name || '(unnamed)', namespace: obj.namespace ?? 'default', container: hit.container ?? '', ...hit.data };
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

function fingerprintBefore(ruleId: string, file: string, o: { apiVersion: string; kind: string; namespace?: string; name: string }, path: string): string {
  const group = o.apiVersion.includes('/') ? o.apiVersion.split('/')[0] : '';
  return createHash('sha256').update([ruleId, file, group, o.kind, o.namespace ?? '', o.name, path].join('\u0000')).digest().toString('hex', 0, 16);
}

const KEYS = ['kind', 'name', 'namespace', 'container', 'image', 'value', 'missing', 'toString', 'constructor', '__proto__', 'é'];
const text = fc.string({ unit: 'binary', maxLength: 12 });
const template = fc.array(fc.oneof(text, fc.constantFrom(...KEYS).map((k) => `{${k}}`), fc.constantFrom('{', '}', '{}', '{ name}', '$&', '$1')), { maxLength: 8 }).map((parts) => parts.join(''));
const hitData = fc.option(fc.dictionary(fc.constantFrom(...KEYS.filter((k) => k !== '__proto__')), fc.oneof(text, fc.integer(), fc.boolean()), { maxKeys: 4 }), { nil: undefined });

const MANIFESTS = [
  'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: shop}\nspec:\n  template:\n    spec:\n      containers: [{name: app, image: nginx}]\n',
  'apiVersion: v1\nkind: Pod\nmetadata: {name: ""}\nspec:\n  containers: [{name: app, image: nginx}]\n',
  'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: "réader/ü", namespace: "ns-😀"}\nrules: []\n',
];

describe('findings', () => {
  const base = builtinCatalog().rules[0];
  const findingOf = (manifest: string, message: string, hit: Hit) => {
    const obj = parseManifest('dir/a b.yaml', manifest).objects[0];
    const rule: Rule = { ...base, message, kindSet: undefined, fix: undefined, check: () => [hit] };
    const { findings, diagnostics } = evaluateRules([obj], [rule]);
    expect(diagnostics).toEqual([]);
    return { obj, finding: findings[0] };
  };

  it('fill their rule message as the regex replace did: hit data first, then kind, name, namespace, container; unknown names kept', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MANIFESTS), template, hitData, fc.option(text, { nil: undefined }), (manifest, message, data, container) => {
        const hit: Hit = { path: ['metadata'], ...(data ? { data } : {}), ...(container !== undefined ? { container } : {}) };
        const { obj, finding } = findingOf(manifest, message, hit);
        expect(finding.message).toBe(messageBefore(message, obj, hit));
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ['no placeholder', 'Plain text.', {}],
    ['every base value', '{kind} {namespace}/{name} ({container})', { container: 'app' }],
    ['data over base values', '{kind} {name}: {image}', { data: { name: 'other', image: 'nginx:1' } }],
    ['unknown and malformed names', '{missing} { name} {} {name', {}],
    ['a template used twice', '{name} and {name}', {}],
  ] as const)('fill a message with %s as before', (_name, message, extra) => {
    const hit: Hit = { path: ['metadata'], ...extra };
    const { obj, finding } = findingOf(MANIFESTS[0], message, hit);
    expect(finding.message).toBe(messageBefore(message, obj, hit));
  });

  it('keep the fingerprints they had: the first 16 bytes of SHA-256 over the identity, as hex', () => {
    const identity = fc.record({ apiVersion: fc.oneof(fc.constantFrom('v1', 'apps/v1', 'a/b/c', '/v1'), text), kind: text, namespace: fc.option(text, { nil: undefined }), name: text }, { requiredKeys: ['apiVersion', 'kind', 'name'] });
    fc.assert(
      fc.property(text, text, identity, text, (ruleId, file, o, path) => {
        const fp = fingerprint(ruleId, file, o, path);
        expect(fp).toBe(fingerprintBefore(ruleId, file, o, path));
        expect(fp).toMatch(/^[0-9a-f]{32}$/);
      }),
      { numRuns: 400 },
    );
  });

  it('carry the fingerprint of their rule, file, object and path', () => {
    const { obj, finding } = findingOf(MANIFESTS[0], '{name}', { path: ['spec', 'template', 'spec', 'containers', 0, 'image'] });
    expect(finding.fingerprint).toBe(fingerprintBefore(base.id, 'dir/a b.yaml', obj, 'spec.template.spec.containers[0].image'));
  });

  it('write their message when read, and keep it as a plain object and as JSON, in report field order', () => {
    const { finding } = findingOf(MANIFESTS[0], '{kind} {name}: {image}', { path: ['metadata'], data: { image: 'nginx:1' } });
    const plain = plainFinding(finding);
    expect(plain.message).toBe('Deployment web: nginx:1');
    expect(Object.keys(plain)).toEqual(['ruleId', 'title', 'severity', 'message', 'remediation', 'object', 'file', 'range', 'path', 'fingerprint', 'objectKey', 'controls', 'container', 'fix', 'origin']);
    expect(JSON.parse(JSON.stringify(finding))).toEqual(JSON.parse(JSON.stringify(plain)));
    // fields set afterwards (a tool rewording them) are the ones read
    Object.assign(finding, { message: 'reworded', title: 'Retitled', severity: 'low', remediation: 'Do this.' });
    expect(plainFinding(finding)).toMatchObject({ message: 'reworded', title: 'Retitled', severity: 'low', remediation: 'Do this.' });
  });

  it("read their object's identity, key, file and origin from one record per object, and keep what is set on one finding to it", () => {
    const parsed = parseManifest('a.yaml', MANIFESTS[0] + '---\n' + MANIFESTS[2]);
    const rules: Rule[] = ['one', 'two'].map((id) => ({ ...base, id, message: id, kindSet: undefined, fix: undefined, check: () => [{ path: ['metadata'] }] }));
    const { findings } = evaluateRules(parsed.objects, rules);
    expect(findings.map((f) => [f.ruleId, f.object.name, f.file])).toEqual([['one', 'web', 'a.yaml'], ['two', 'web', 'a.yaml'], ['one', 'réader/ü', 'a.yaml'], ['two', 'réader/ü', 'a.yaml']]);
    expect(findings[0].object).toBe(findings[1].object);
    expect(findings[0].object).not.toBe(findings[2].object);
    expect(findings[0].object).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', namespace: 'shop' });
    expect(findings[2].objectKey).toBe(findings[3].objectKey);
    expect(findings.map((f) => f.suppression)).toEqual([undefined, undefined, undefined, undefined]);
    findings[1].suppression = { kind: 'external', justification: 'accepted', source: '.kubegate/exceptions.yaml' };
    expect(findings.map((f) => f.suppression?.justification)).toEqual([undefined, 'accepted', undefined, undefined]);
    expect(plainFinding(findings[1]).suppression).toEqual({ kind: 'external', justification: 'accepted', source: '.kubegate/exceptions.yaml' });
    expect('suppression' in plainFinding(findings[0])).toBe(false);
    findings[1].suppression = undefined;
    expect('suppression' in plainFinding(findings[1])).toBe(false);
  });

  it('take any field set on them, as plain records do, and change nothing else', () => {
    const parsed = parseManifest('a.yaml', MANIFESTS[0] + '---\n' + MANIFESTS[2]);
    const rule: Rule = { ...base, message: '{kind} {name}', kindSet: undefined, fix: undefined, check: () => [{ path: ['metadata'] }] };
    const sets: Partial<Finding> = {
      ruleId: 'renamed', title: 'T', severity: 'low', message: 'M', remediation: 'R', object: { apiVersion: 'v1', kind: 'Pod', name: 'p' },
      file: 'moved.yaml', range: { startLine: 9, startColumn: 1, endLine: 9, endColumn: 2 }, path: 'spec', fingerprint: 'f'.repeat(32),
      objectKey: 'k', controls: ['C-1'], container: 'c', origin: { kind: 'kustomize', root: 'overlays/prod' },
    };
    for (const [field, value] of Object.entries(sets) as Array<[keyof Finding, unknown]>) {
      const { findings } = evaluateRules(parsed.objects, [rule]);
      const before = findings.map(plainFinding);
      (findings[0] as unknown as Record<string, unknown>)[field] = value;
      expect(findings.map(plainFinding)).toEqual([{ ...before[0], [field]: value }, before[1]]);
    }
  });

  it('keep the file a finding was located in when it is not its object\'s (a rendered template)', () => {
    const obj = parseManifest('rendered.yaml', MANIFESTS[0]).objects[0];
    const located = Object.assign(obj, { locate: (path: readonly (string | number)[]) => ({ range: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 4 }, file: path.length ? 'chart/templates/deploy.yaml' : undefined }) });
    const rule: Rule = { ...base, message: 'm', kindSet: undefined, fix: undefined, check: () => [{ path: ['spec'] }, { path: [] }] };
    const { findings } = evaluateRules([located], [rule]);
    expect(findings.map((f) => f.file)).toEqual(['chart/templates/deploy.yaml', 'rendered.yaml']);
    expect(findings[0].fingerprint).toBe(fingerprintBefore(base.id, 'rendered.yaml', obj, 'spec'));
  });

  it('share one range object where findings point at the same text', () => {
    const obj = parseManifest('a.yaml', MANIFESTS[0]).objects[0];
    const rules: Rule[] = ['one', 'two'].map((id) => ({ ...base, id, message: id, kindSet: undefined, fix: undefined, check: () => [{ path: ['spec', 'template', 'spec', 'containers', 0, 'securityContext'] }] }));
    const { findings } = evaluateRules([obj], rules);
    expect(findings).toHaveLength(2);
    expect(findings[0].range).toBe(findings[1].range);
    expect(findings[0].range).toEqual({ startLine: 7, startColumn: 20, endLine: 7, endColumn: 46 });
  });
});

describe('uniqueByFingerprint', () => {
  const base = builtinCatalog().rules[0];
  const rules: Rule[] = ['one', 'two'].map((id) => ({ ...base, id, message: id, kindSet: undefined, fix: undefined, check: () => [{ path: ['metadata'] }, { path: ['spec'] }] }));
  const bySet = (findings: Finding[]) => {
    const seen = new Set<string>();
    return findings.filter((f) => (seen.has(f.fingerprint) ? false : (seen.add(f.fingerprint), true)));
  };
  // an overlay's base read twice is the same file and object twice; a copy in another file is not
  const cases: Array<[string, string[][]]> = [
    ['one file read once', [[MANIFESTS[0] + '---\n' + MANIFESTS[2]]]],
    ['one file read twice (two overlays on one base)', [[MANIFESTS[0]], [MANIFESTS[0]]]],
    ['one object twice in one file', [[MANIFESTS[0] + '---\n' + MANIFESTS[0] + '---\n' + MANIFESTS[1]]]],
    ['one name on several objects of one file (kinds, namespaces, API groups)', [[MANIFESTS[0] + '---\n' + MANIFESTS[0].replace('kind: Deployment', 'kind: StatefulSet') + '---\n' + MANIFESTS[0].replace('namespace: shop', 'namespace: cart') + '---\n' + MANIFESTS[0].replace('apps/v1', 'apps.example.com/v1') + '---\n' + MANIFESTS[0].replace('apps/v1', 'apps/v2')]]],
    ['the same object in two files', [[MANIFESTS[0]], [MANIFESTS[0]]].map((t, i) => t.map((x) => x + `# ${i}\n`))],
  ];

  it.each(cases)('keeps one finding per fingerprint, in order: %s', (_name, reads) => {
    const objects = reads.flatMap((texts, i) => texts.flatMap((t) => parseManifest(_name.includes('two files') ? `f${i}.yaml` : 'base.yaml', t).objects));
    const { findings } = evaluateRules(objects, rules);
    const unique = uniqueByFingerprint(findings);
    expect(unique).toEqual(bySet(findings));
    expect(unique.length).toBeLessThanOrEqual(findings.length);
    if (unique.length === findings.length) expect(unique).toBe(findings);
    // the same with findings of another make among them (a worker's share)
    const mixed = findings.map((f, i) => (i % 2 ? plainFinding(f) : f));
    expect(uniqueByFingerprint(mixed).map((f) => f.fingerprint)).toEqual(bySet(findings).map((f) => f.fingerprint));
  });

  it('folds objects of one group whatever its version, and nothing else, when names repeat', () => {
    const text = MANIFESTS[0] + '---\n' + MANIFESTS[0].replace('namespace: shop', 'namespace: cart') + '---\n' + MANIFESTS[0].replace('apps/v1', 'apps/v2');
    const { findings } = evaluateRules(parseManifest('base.yaml', text).objects, rules);
    expect(findings).toHaveLength(12);
    expect(uniqueByFingerprint(findings).map((f) => f.object.namespace)).toEqual(['shop', 'shop', 'shop', 'shop', 'cart', 'cart', 'cart', 'cart']);
  });

  it('drops the repeats of a file read twice', () => {
    const objects = [...parseManifest('base.yaml', MANIFESTS[0]).objects, ...parseManifest('base.yaml', MANIFESTS[0]).objects];
    const { findings } = evaluateRules(objects, rules);
    expect(findings).toHaveLength(8);
    expect(uniqueByFingerprint(findings)).toHaveLength(4);
  });
});

describe('FindingPlans', () => {
  it('keeps a planned fix per finding, on the scan\'s findings and beside them for plain ones', () => {
    const base = builtinCatalog().rules[0];
    const rule: Rule = { ...base, message: 'm', kindSet: undefined, fix: undefined, check: () => [{ path: ['metadata'] }, { path: ['spec'] }] };
    const { findings } = evaluateRules(parseManifest('a.yaml', MANIFESTS[0]).objects, [rule]);
    const plain = plainFinding(findings[1]);
    const r = (line: number) => ({ deletedRegion: { startLine: line, startColumn: 1, endLine: line, endColumn: 1 }, insertedContent: { text: 'x' } });
    const plans = new FindingPlans();
    expect([plans.size, plans.has(findings[0]), plans.get(findings[0])]).toEqual([0, false, undefined]);
    plans.set(findings[0], r(1)).set(plain, [r(2), r(3)]);
    plans.set(findings[0], r(4));
    expect(plans.size).toBe(2);
    expect(plans.get(findings[0])).toEqual(r(4));
    expect(plans.get(plain)).toEqual([r(2), r(3)]);
    expect(plans.has(findings[1])).toBe(false);
  });
});
