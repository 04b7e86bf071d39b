import { parseManifest } from '../../src/parse/parse-manifest';
import { evaluateRules } from '../../src/pipeline/evaluate';
import { builtinCatalog } from '../helpers/catalog';

/** Every pod-bearing kind is judged like a bare Pod: the same finding on the same field. */
const pod = (indent: string) =>
  ['containers:', '  - name: app', '    image: nginx:1.27', '    securityContext:', '      privileged: true'].map((l) => indent + l).join('\n');

describe.each([
  ['Pod', 'apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n' + pod('  ')],
  ['Deployment', 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\nspec:\n  template:\n    spec:\n' + pod('      ')],
  ['CronJob', 'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: x}\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n' + pod('          ')],
  ['PodTemplate', 'apiVersion: v1\nkind: PodTemplate\nmetadata: {name: x}\ntemplate:\n  spec:\n' + pod('    ')],
  ['Argo Rollout', 'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: x}\nspec:\n  template:\n    spec:\n' + pod('      ')],
])('%s', (_kind, text) => {
  it('is judged as a pod: privileged flagged on its own line', () => {
    const parsed = parseManifest('x.yaml', text);
    const rule = builtinCatalog().rules.find((r) => r.id === 'privileged-container')!;
    const { findings } = evaluateRules(parsed.objects, [rule]);
    const line = text.split('\n').findIndex((l) => l.includes('privileged: true')) + 1;
    expect(findings.map((f) => [f.ruleId, f.range.startLine, f.container])).toEqual([['privileged-container', line, 'app']]);
  });
});

it('does not judge a Rollout that delegates to a Deployment', () => {
  const parsed = parseManifest('r.yaml', 'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: x}\nspec:\n  workloadRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n');
  const rule = builtinCatalog().rules.find((r) => r.id === 'privileged-container')!;
  const { tallies } = evaluateRules(parsed.objects, [rule]);
  expect(tallies.get('privileged-container')!.applicable.size).toBe(0);
});
