import fc from 'fast-check';
import { parseManifest } from '../../src/parse/parse-manifest';
import { compileLabelSelector, SelectorIndex, selectorAnchor } from '../../src/rules/label-selector';
import { policiesSelecting } from '../../src/rules/network-policy';
import { ObjectIndex } from '../../src/rules/object-index';
import { anySelected, selectsAWorkload, workloadsIn } from '../../src/rules/references';

/** Indexing selectors must only make lookups cheaper: the same items, in the same order, as testing each. */

// `constructor`: every labels object has it through its prototype, which `in` finds
const key = fc.constantFrom('app', 'tier', 'zone', 'team', 'constructor');
const value = fc.oneof(fc.constantFrom('web', 'db', 'a', 'b', '3'), fc.constant(3), fc.constant(true));
const labels = fc.dictionary(key, value, { maxKeys: 4 });
const requirement = fc.record({
  key,
  operator: fc.constantFrom('In', 'NotIn', 'Exists', 'DoesNotExist', 'Like'),
  values: fc.array(fc.constantFrom('web', 'db', 'a', '3'), { maxLength: 3 }),
});
const selector = fc.oneof(
  fc.record({ matchLabels: fc.option(labels, { nil: undefined }), matchExpressions: fc.option(fc.array(requirement, { maxLength: 2 }), { nil: undefined }) }, { requiredKeys: [] }),
  // what a hand-written manifest may hold instead: nothing, null, a list, a scalar
  fc.constantFrom(undefined, null, [], 'app=web', { matchLabels: 'app' }),
);

describe('SelectorIndex', () => {
  it('selects exactly the items whose selector matches, in their order', () => {
    fc.assert(
      fc.property(fc.array(selector, { maxLength: 12 }), fc.array(labels, { minLength: 1, maxLength: 5 }), (selectors, queries) => {
        const items = selectors.map((sel, i) => ({ i, sel }));
        const index = new SelectorIndex(items, (x) => x.sel);
        for (const q of queries) {
          const expected = items.filter((x) => compileLabelSelector(x.sel)?.(q) ?? false);
          expect(index.selecting(q)).toEqual(expected);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('policiesSelecting', () => {
  // many policies in one namespace, each for its own app, and a few for everything or by expression
  const policies = Array.from({ length: 200 }, (_, i) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: np-${i}, namespace: ${i % 2 ? 'a' : 'b'}}
spec:
  podSelector: ${i % 50 === 0 ? '{}' : i % 7 === 0 ? `{matchExpressions: [{key: app, operator: In, values: [app-${i}, app-${i + 1}]}]}` : `{matchLabels: {app: app-${i % 40}}}`}
  policyTypes: [Ingress]
`).join('---\n');
  const index = new ObjectIndex(parseManifest('np.yaml', policies).objects);

  it.each([
    ['a', { app: 'app-3' }],
    ['b', { app: 'app-8', tier: 'x' }],
    ['a', { app: 'app-15' }],
    ['b', { app: 'app-1' }],
    ['a', {}],
    ['c', { app: 'app-3' }],
  ])('in namespace %s for %j are the policies testing each one finds', (ns, podLabels) => {
    const expected = index.ofKind('NetworkPolicy').filter((np) => (np.namespace ?? 'default') === ns && compileLabelSelector(np.raw?.spec?.podSelector)?.(podLabels));
    expect(policiesSelecting(index, ns, podLabels).map((np) => np.name)).toEqual(expected.map((np) => np.name));
  });
});

describe('ObjectIndex.find', () => {
  const index = new ObjectIndex(
    parseManifest(
      'sa.yaml',
      ['ns1/a', 'ns2/a', 'ns1/b', 'ns1/a', '/c'].map((id, i) => `apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: ${id.split('/')[1]}${id.split('/')[0] ? `, namespace: ${id.split('/')[0]}` : ''}, labels: {order: "${i}"}}\n`).join('---\n'),
    ).objects,
  );
  it.each([
    ['a', 'ns1', '0'],
    ['a', 'ns2', '1'],
    ['b', 'ns1', '2'],
    ['c', undefined, '4'],
    ['c', 'default', '4'],
    ['b', 'ns2', undefined],
  ])('finds %s in %s as the first such object', (name, ns, n) => {
    expect(index.find('ServiceAccount', name, ns)?.raw?.metadata?.labels?.order).toBe(n);
    expect(index.find('ServiceAccount', name, ns)).toBe(index.ofKind('ServiceAccount').find((o) => o.name === name && (o.namespace ?? 'default') === (ns ?? 'default')));
  });
});

describe('selectsAWorkload', () => {
  const workloads = Array.from({ length: 60 }, (_, i) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: w-${i}, namespace: ns1}
spec:
  template:
    metadata:
      labels: {app: app-${i % 20}, tier: ${i % 3 ? 'web' : 'db'}${i % 7 === 0 ? ', version: 3' : ''}}
    spec: {containers: [{name: c, image: nginx}]}
`).join('---\n');
  const index = new ObjectIndex(parseManifest('w.yaml', workloads).objects);

  it.each<[Record<string, unknown>]>([
    [{ matchLabels: { app: 'app-3' } }],
    [{ matchLabels: { app: 'app-3', tier: 'db' } }],
    [{ matchLabels: { app: 'app-1', tier: 'db' } }],
    [{ matchLabels: { app: 'app-99' } }],
    [{ matchLabels: { version: 3 } }],
    [{ matchLabels: { version: '3' } }],
    [{ matchExpressions: [{ key: 'tier', operator: 'In', values: ['db'] }] }],
    [{ matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['db', 'web'] }] }],
    [{ matchLabels: {}, matchExpressions: [{ key: 'version', operator: 'Exists' }] }],
    [{ matchLabels: 'app' }],
  ])('for %j answers what testing every workload answers', (sel) => {
    const selector = compileLabelSelector(sel)!;
    expect(selectsAWorkload(index, 'ns1', selectorAnchor(sel), selector)).toBe(anySelected(workloadsIn(index, 'ns1'), selector));
    expect(selectsAWorkload(index, 'ns2', selectorAnchor(sel), selector)).toBe(false);
  });

  it('answers for any selector what testing every workload answers', () => {
    fc.assert(
      fc.property(selector, (sel) => {
        const test = compileLabelSelector(sel);
        if (!test) return;
        expect(selectsAWorkload(index, 'ns1', selectorAnchor(sel), test)).toBe(anySelected(workloadsIn(index, 'ns1'), test));
      }),
      { numRuns: 500 },
    );
  });
});
