import * as fs from 'node:fs';
import * as path from 'node:path';
import { silentLogger } from '../../src/core/logger';
import { discoverManifests } from '../../src/workspace/discover';
import { renderDiscovered } from '../../src/render';
import { scanRendered } from './scan';
import { FIXTURES, k8sTools } from './tools';

const ROOT = path.join(FIXTURES, 'kustomize');

function lineText(file: string, line: number): string {
  return fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n')[line - 1].trim();
}

describe('kustomize overlays, built with the real kubectl', () => {
  let toolsDir: string;
  beforeAll(() => {
    ({ toolsDir } = k8sTools());
  });

  test.each([
    // set by the overlay's merge patch: the finding is on the patch line
    { overlay: 'shop/overlays/prod', rule: 'privileged-container', file: 'shop/overlays/prod/privileged.yaml', line: 12, text: 'privileged: true' },
    // untouched by the patch: the base resource file, through namePrefix and namespace
    { overlay: 'shop/overlays/prod', rule: 'host-network', file: 'shop/base/deployment.yaml', line: 14, text: 'hostNetwork: true' },
    // a JSON 6902 operation inline in the kustomization: the operation's path line
    { overlay: 'shop/overlays/debug', rule: 'privilege-escalation-allowed', file: 'shop/overlays/debug/kustomization.yaml', line: 12, text: 'path: /spec/template/spec/containers/0/securityContext/allowPrivilegeEscalation' },
    { overlay: 'shop/overlays/debug', rule: 'host-network', file: 'shop/base/deployment.yaml', line: 14, text: 'hostNetwork: true' },
  ])('$overlay: $rule maps to $file:$line', async ({ overlay, rule, file, line, text }) => {
    const result = await scanRendered(ROOT, ['shop'], { toolsDir });
    expect(result.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
    const hits = result.findings.filter((f) => f.ruleId === rule && f.origin?.root === overlay);
    expect(hits).toHaveLength(1);
    expect(hits[0].file).toBe(file);
    expect(hits[0].range.startLine).toBe(line);
    expect(lineText(file, line)).toBe(text);
    expect(hits[0].origin).toEqual({ kind: 'kustomize', root: overlay, detail: `overlay ${overlay}` });
  });

  test('objects carry the built names and namespaces, and no trace of the origin annotation', async () => {
    const d = discoverManifests({ root: ROOT, targets: ['shop'] });
    const r = await renderDiscovered(d, ROOT, silentLogger, { toolsDir });
    const ids = r.objects.map((o) => `${o.file}|${o.namespace}/${o.kind}/${o.name}`).sort();
    expect(ids).toEqual([
      'shop/base/deployment.yaml|shop-debug/Deployment/cart',
      'shop/base/deployment.yaml|shop-prod/Deployment/prod-cart',
      'shop/base/service.yaml|shop-debug/Service/cart',
      'shop/base/service.yaml|shop-prod/Service/prod-cart',
    ]);
    for (const o of r.objects) expect(o.raw.metadata.annotations).toBeUndefined();
    // the base is built through the overlays, not as an overlay of its own
    expect(r.units.map((u) => u.root).sort()).toEqual(['shop/overlays/debug', 'shop/overlays/prod']);
    expect([...r.consumed].sort()).toEqual([
      'shop/base/deployment.yaml',
      'shop/base/kustomization.yaml',
      'shop/base/service.yaml',
      'shop/overlays/debug/kustomization.yaml',
      'shop/overlays/prod/kustomization.yaml',
      'shop/overlays/prod/privileged.yaml',
    ]);
  });

  test('the partial object in a patch file raises nothing on its own', async () => {
    const result = await scanRendered(ROOT, ['shop'], { toolsDir });
    // only the two overlays' objects: the patch's Deployment "cart" without namespace is not one
    expect(result.stats.objects).toBe(4);
    expect(result.findings.filter((f) => f.object.namespace === undefined)).toEqual([]);
  });

  test('kustomize: false leaves resources to the plain scan but still keeps patches out', async () => {
    const d = discoverManifests({ root: ROOT, targets: ['shop'] });
    const r = await renderDiscovered(d, ROOT, silentLogger, { toolsDir, kustomize: false });
    expect(r.objects).toEqual([]);
    expect(r.consumed.has('shop/overlays/prod/privileged.yaml')).toBe(true);
    expect(r.consumed.has('shop/base/deployment.yaml')).toBe(false);
    expect(r.diagnostics).toEqual([expect.objectContaining({ level: 'notice', code: 'render-skipped', gating: false })]);
  });
});
