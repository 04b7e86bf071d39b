import * as fs from 'node:fs';
import * as path from 'node:path';
import { silentLogger } from '../../src/core/logger';
import { discoverManifests } from '../../src/workspace/discover';
import { renderDiscovered } from '../../src/render';
import { scanRendered } from './scan';
import { FIXTURES, k8sTools } from './tools';

const ROOT = path.join(FIXTURES, 'helm');

describe('helm charts, rendered with the real helm', () => {
  let toolsDir: string;
  beforeAll(() => {
    ({ toolsDir } = k8sTools());
  });

  const debugValues = { helmValues: [{ chart: 'web', files: ['values-debug.yaml'] }], helmSet: ['sidecar.enabled=true'] };

  // line numbers in web/templates/deployment.yaml
  test.each([
    // privileged comes from values through `toYaml`: the container's `securityContext:` line holds the key
    { rule: 'privileged-container', container: 'web', line: 23, column: 11, text: 'securityContext:' },
    // written literally in the template: the exact key
    { rule: 'privileged-container', container: 'sidecar', line: 29, column: 13, text: 'privileged: true' },
    { rule: 'privilege-escalation-allowed', container: 'web', line: 23, column: 11, text: 'securityContext:' },
  ])('$rule on container $container points at templates/deployment.yaml:$line', async ({ rule, container, line, column, text }) => {
    const result = await scanRendered(ROOT, ['web'], { toolsDir, ...debugValues });
    expect(result.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
    const f = result.findings.find((x) => x.ruleId === rule && x.container === container);
    expect(f).toBeDefined();
    expect(f!.file).toBe('web/templates/deployment.yaml');
    expect(f!.object).toMatchObject({ kind: 'Deployment', name: 'web' });
    expect(f!.range).toMatchObject({ startLine: line, startColumn: column });
    const source = fs.readFileSync(path.join(ROOT, f!.file), 'utf8').split('\n')[line - 1];
    expect(source.trim()).toBe(text);
    expect(f!.origin).toEqual({ kind: 'helm', root: 'web', detail: expect.stringContaining('values: values.yaml (chart defaults) + web/values-debug.yaml') });
    expect(f!.origin!.detail).toContain('set: sidecar.enabled=…');
  });

  test('default values render a clean container: no privileged finding, but the image and service findings still map', async () => {
    const result = await scanRendered(ROOT, ['web'], { toolsDir });
    expect(result.findings.filter((f) => f.ruleId === 'privileged-container')).toEqual([]);
    for (const f of result.findings) expect(f.file).toMatch(/^web\/templates\/(deployment|service)\.yaml$/);
  });

  test('objects keep rendered values; services from a range loop map to the loop document', async () => {
    const d = discoverManifests({ root: ROOT, targets: ['web'] });
    const r = await renderDiscovered(d, ROOT, silentLogger, { toolsDir });
    const byName = new Map(r.objects.map((o) => [`${o.kind}/${o.name}`, o]));
    expect([...byName.keys()].sort()).toEqual(['Deployment/web', 'Service/web', 'Service/web-a', 'Service/web-b']);
    const dep = byName.get('Deployment/web')!;
    expect(dep.raw.spec.template.spec.containers[0].image).toBe('nginx:1.27.0');
    // service.yaml: the plain Service is document 1 (line 1), the loop's Services sit under it
    expect(byName.get('Service/web')!.locate(['spec', 'ports']).range.startLine).toBe(8);
    expect(byName.get('Service/web-a')!.locate(['spec', 'type']).range.startLine).toBe(19);
    expect(byName.get('Service/web-b')!.locate(['spec', 'type']).range.startLine).toBe(19);
    // a path absent from the template: the deepest key found
    expect(dep.locate(['spec', 'template', 'spec', 'containers', 0, 'resources', 'limits']).range.startLine).toBe(19);
    // every file of the chart is consumed: templates are never parsed as plain YAML
    expect([...r.consumed].sort()).toEqual(d.files.filter((f) => f.startsWith('web/')).sort());
    expect(r.consumed.has('web/templates/deployment.yaml')).toBe(true);
  });

  test('a file:// dependency renders from its own directory, without writing into the repository', async () => {
    const result = await scanRendered(ROOT, ['umbrella'], { toolsDir });
    expect(result.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
    const f = result.findings.find((x) => x.ruleId === 'host-network');
    expect(f).toMatchObject({ file: 'libs/shared/templates/daemonset.yaml', range: expect.objectContaining({ startLine: 14 }) });
    expect(fs.existsSync(path.join(ROOT, 'umbrella', 'charts'))).toBe(false);
    expect(fs.existsSync(path.join(ROOT, 'umbrella', 'Chart.lock'))).toBe(false);
  });
});

describe('helm values files', () => {
  let toolsDir: string;
  beforeAll(() => {
    ({ toolsDir } = k8sTools());
  });

  test('a named values file that does not exist is a render error for that chart', async () => {
    const d = discoverManifests({ root: ROOT, targets: ['web'] });
    const r = await renderDiscovered(d, ROOT, silentLogger, { toolsDir, helmValues: [{ chart: 'web', files: ['values-missing.yaml'] }] });
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'render-failed', file: 'web/Chart.yaml' })]);
    expect(r.diagnostics[0].message).toContain('values file values-missing.yaml not found');
  });

  test('a bare file name applies only to the charts that have it', async () => {
    const d = discoverManifests({ root: ROOT, targets: ['web', 'umbrella'] });
    const r = await renderDiscovered(d, ROOT, silentLogger, { toolsDir, helmValues: [{ chart: '**', files: ['values-debug.yaml'] }] });
    expect(r.diagnostics).toEqual([]);
    const dep = r.objects.find((o) => o.kind === 'Deployment')!;
    expect(dep.raw.spec.template.spec.containers[0].securityContext.privileged).toBe(true);
    expect(r.objects.find((o) => o.kind === 'Pod')!.origin!.detail).toMatch(/^values: values.yaml \(chart defaults\);/);
  });
});
