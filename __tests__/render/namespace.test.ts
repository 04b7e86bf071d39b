import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { renderOptionsFromText } from '../../src/render/inputs';
import { scanRendered } from './scan';
import { k8sTools } from './tools';

/**
 * A chart's namespace is chosen at install time: rendering into `default` would make every
 * `namespace: {{ .Release.Namespace }}` object trip the default-namespace rules.
 */
describe('the namespace charts render into', () => {
  let toolsDir: string;
  let root: string;
  beforeAll(() => {
    ({ toolsDir } = k8sTools());
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-ns-'));
    fs.mkdirSync(path.join(root, 'app', 'templates'), { recursive: true });
    fs.writeFileSync(path.join(root, 'app', 'Chart.yaml'), 'apiVersion: v2\nname: app\nversion: 1.0.0\n');
    fs.writeFileSync(
      path.join(root, 'app', 'templates', 'deployment.yaml'),
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\n  namespace: {{ .Release.Namespace }}\nspec:\n  selector:\n    matchLabels: {app: app}\n  template:\n    metadata:\n      labels: {app: app}\n    spec:\n      containers:\n        - name: app\n          image: nginx:1.27\n',
    );
  });

  it.each([
    ['a placeholder by default: no default-namespace finding', '', 'release-namespace', 0],
    ['helm-namespace default: the object is in default', 'default', 'default', 1],
    ['helm-namespace shop', 'shop', 'shop', 0],
  ])('%s', async (_n, helmNamespace, namespace, defaultFindings) => {
    const result = await scanRendered(root, undefined, { toolsDir, ...renderOptionsFromText({ helmNamespace }) });
    const deployment = result.findings.find((f) => f.object.kind === 'Deployment');
    expect(deployment?.object.namespace).toBe(namespace);
    expect(result.findings.filter((f) => f.ruleId === 'workload-in-default-namespace')).toHaveLength(defaultFindings);
  });

  it('rejects a namespace Kubernetes would refuse', () => {
    expect(() => renderOptionsFromText({ helmNamespace: 'Not_Valid' })).toThrow(/helm-namespace: "Not_Valid" is not a valid namespace name/);
  });
});
