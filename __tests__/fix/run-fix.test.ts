import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildScanConfig } from '../../src/pipeline/scan-options';
import { runFix } from '../../src/pipeline/run-fix';
import { silentLogger } from '../../src/core/logger';
import { parseManifest } from '../../src/parse/parse-manifest';
import type { RenderStage } from '../../src/render/stage';

const TEMPLATE = `apiVersion: v1
kind: Pod
metadata:
  name: {{ .Release.Name }}-web
spec:
  hostPID: {{ .Values.hostPID }}
  containers:
    - name: web
      image: nginx:1.27
`;

const RENDERED = `---
# Source: web/templates/pod.yaml
apiVersion: v1
kind: Pod
metadata:
  name: demo-web
spec:
  hostPID: true
  containers:
    - name: web
      image: nginx:1.27
`;

describe('runFix on rendered objects', () => {
  it('gives Helm findings advice on the template and values, and edits nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-fix-helm-'));
    fs.mkdirSync(path.join(dir, 'web', 'templates'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'web', 'Chart.yaml'), 'apiVersion: v2\nname: web\nversion: 0.1.0\n');
    fs.writeFileSync(path.join(dir, 'web', 'templates', 'pod.yaml'), TEMPLATE);
    // a stand-in for `helm template`: the rendered object, reported against the template file
    const render: RenderStage = async () => {
      const parsed = parseManifest('web/templates/pod.yaml', RENDERED, { kind: 'helm', root: 'web', detail: 'values.yaml' });
      return { objects: parsed.objects, diagnostics: [], consumed: new Set(['web/Chart.yaml', 'web/templates/pod.yaml']), skippedDocuments: 0 };
    };
    const report = await runFix(buildScanConfig({ root: dir, frameworks: 'all' }), { dryRun: false, includeSuggestions: true }, { logger: silentLogger, render });
    const hostPid = report.results.find((r) => r.finding.ruleId === 'host-pid')!;
    expect(hostPid.status).toBe('advice');
    expect(hostPid.detail).toBe(
      'Rendered by Helm from chart web (values.yaml): change the template web/templates/pod.yaml near line 8, or the chart value that feeds it in your values file, so that the rendered Pod demo-web has: set spec.hostPID to false. Set hostPID to false.',
    );
    expect(report.results.every((r) => r.status === 'advice' || r.status === 'needs-value')).toBe(true);
    expect(report.diff).toBe('');
    expect(fs.readFileSync(path.join(dir, 'web', 'templates', 'pod.yaml'), 'utf8')).toBe(TEMPLATE);
    expect(report.ok).toBe(true);
  });
});
