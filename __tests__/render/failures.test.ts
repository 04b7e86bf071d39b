import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { silentLogger } from '../../src/core/logger';
import { discoverManifests } from '../../src/workspace/discover';
import { renderDiscovered } from '../../src/render';
import { createSandbox } from '../../src/render/exec';
import { scanRendered } from './scan';
import { FIXTURES, k8sTools } from './tools';

const HELM = path.join(FIXTURES, 'helm');
const KUST = path.join(FIXTURES, 'kustomize');

async function render(root: string, targets: string[], options: Parameters<typeof renderDiscovered>[3]) {
  return renderDiscovered(discoverManifests({ root, targets }), root, silentLogger, options);
}

describe('render failures are located diagnostics, and the scan goes on', () => {
  let toolsDir: string;
  beforeAll(() => {
    ({ toolsDir } = k8sTools());
  });

  test('a template error points at the template line helm names', async () => {
    const r = await render(HELM, ['broken'], { toolsDir });
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ level: 'error', code: 'render-failed', file: 'broken/templates/configmap.yaml', range: expect.objectContaining({ startLine: 7 }), gating: true }),
    ]);
    expect(r.diagnostics[0].message).toMatch(/^Chart broken failed to render: .*missing value for if/);
    // the chart's files stay out of the plain scan even so: `{{ }}` is not YAML
    expect(r.consumed.has('broken/templates/configmap.yaml')).toBe(true);
  });

  test.each([
    { failOnRenderError: undefined, level: 'error', gating: true },
    { failOnRenderError: true, level: 'error', gating: true },
    { failOnRenderError: false, level: 'warning', gating: false },
  ])('failOnRenderError $failOnRenderError: $level, gating $gating, and the gate follows', async ({ failOnRenderError, level, gating }) => {
    const result = await scanRendered(HELM, ['broken', 'web'], { toolsDir, failOnRenderError });
    const d = result.diagnostics.find((x) => x.code === 'render-failed');
    expect(d).toMatchObject({ level, gating });
    // the other chart was still rendered and scanned
    expect(result.findings.some((f) => f.file.startsWith('web/templates/'))).toBe(true);
    expect(result.gate.failed).toBe(gating);
  });

  test('a dependency that is not vendored is named, at its Chart.yaml entry', async () => {
    const r = await render(HELM, ['needs-deps'], { toolsDir });
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'render-failed', file: 'needs-deps/Chart.yaml', range: expect.objectContaining({ startLine: 5 }) });
    expect(r.diagnostics[0].message).toContain('redis (https://charts.example.com/stable)');
    expect(r.diagnostics[0].message).toContain('helm dependency build');
  });

  test('missing binaries (empty PATH): tool-missing per chart and overlay; plain files are still scanned', async () => {
    const chart = await scanRendered(HELM, ['web'], { env: { PATH: '' } });
    expect(chart.diagnostics).toEqual([expect.objectContaining({ code: 'tool-missing', file: 'web/Chart.yaml', gating: true })]);
    expect(chart.diagnostics[0].message).toMatch(/`helm` binary was not found/);
    expect(chart.stats.objects).toBe(0);

    const overlays = await scanRendered(KUST, undefined, { env: { PATH: '' } });
    const missing = overlays.diagnostics.filter((d) => d.code === 'tool-missing');
    expect(missing.map((d) => d.file).sort()).toEqual(['shop/overlays/debug/kustomization.yaml', 'shop/overlays/prod/kustomization.yaml']);
    // nothing was built, so the base's resources are scanned as plain YAML; the patch is not
    const files = new Set(overlays.findings.map((f) => f.file));
    expect(files.has('shop/base/deployment.yaml')).toBe(true);
    expect(files.has('shop/overlays/prod/privileged.yaml')).toBe(false);
  });

  test('a remote base is refused before anything runs, at the line that names it', async () => {
    const r = await render(KUST, ['remote'], { toolsDir });
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'render-refused', file: 'remote/kustomization.yaml', range: expect.objectContaining({ startLine: 5 }), gating: true })]);
    expect(r.diagnostics[0].message).toContain('https://github.com/example/app//deploy?ref=v1.0.0');
    expect(r.diagnostics[0].message).toContain('allow-remote-bases');
    // the overlay's own local resource stays in the plain scan
    expect(r.consumed.has('remote/local.yaml')).toBe(false);
  });

  test('a reference outside the scanned directory is refused', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-outside-'));
    try {
      fs.mkdirSync(path.join(tmp, 'repo', 'app'), { recursive: true });
      fs.mkdirSync(path.join(tmp, 'secret-base'));
      fs.writeFileSync(path.join(tmp, 'secret-base', 'kustomization.yaml'), 'resources: []\n');
      fs.writeFileSync(path.join(tmp, 'repo', 'app', 'kustomization.yaml'), 'resources:\n  - ../../secret-base\n');
      const root = path.join(tmp, 'repo');
      const r = await render(root, [], { toolsDir });
      expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'render-refused', file: 'app/kustomization.yaml', range: expect.objectContaining({ startLine: 2 }) })]);
      expect(r.diagnostics[0].message).toContain('outside the scanned directory');
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  test('a render that outlives its timeout is killed and reported', async () => {
    const r = await render(HELM, ['web'], { toolsDir, timeoutMs: 1 });
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'render-failed', file: 'web/Chart.yaml' })]);
    expect(r.diagnostics[0].message).toContain('took longer than');
  });

  test('tools get an allow-listed environment: no tokens, a scratch HOME', () => {
    const sandbox = createSandbox({ PATH: '/usr/bin', GITHUB_TOKEN: 'ghs_secret', INPUT_TOKEN: 'x', ACTIONS_RUNTIME_TOKEN: 'y', AWS_SECRET_ACCESS_KEY: 'z', HTTPS_PROXY: 'http://u:p@proxy' }, false);
    try {
      expect(sandbox.env.PATH).toBe('/usr/bin');
      for (const k of ['GITHUB_TOKEN', 'INPUT_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'HTTPS_PROXY']) expect(sandbox.env[k]).toBeUndefined();
      expect(sandbox.env.HOME).toBe(sandbox.home);
      expect(sandbox.env.HELM_PLUGINS.startsWith(sandbox.home)).toBe(true);
    } finally {
      sandbox.dispose();
    }
    expect(fs.existsSync(sandbox.home)).toBe(false);
  });
});
