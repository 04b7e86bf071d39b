import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../src/cli';
import { buildScanConfig } from '../../src/pipeline/scan-options';
import { silentLogger } from '../../src/core/logger';
import { runScan } from '../../src/pipeline/scan';
import { REPO } from '../helpers/catalog';

const EXAMPLE = path.join(REPO, 'examples', 'custom-policy');

async function cli(args: string[], cwd = REPO): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd, isTty: false });
  return { code, out, err };
}

/** A scratch copy of the example, so a test can break it. */
function copyExample(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-custom-'));
  fs.cpSync(EXAMPLE, dir, { recursive: true });
  return dir;
}

describe('examples/custom-policy', () => {
  it('kubegate rules test passes every fixture of its CEL rules and policies', async () => {
    const { code, out } = await cli(['rules', 'test', 'examples/custom-policy']);
    expect(out.split('\n').filter((l) => l.startsWith('PASS')).map((l) => l.split(/\s+/)[1])).toEqual([
      'image-from-company-registry',
      'image-from-company-registry',
      'team-label-required',
      'team-label-required',
      'replica-cap.example.com',
      'replica-cap.example.com',
      'replica-limit.example.com',
      'replica-limit.example.com',
    ]);
    expect(out).toContain('8 passed, 0 failed');
    expect(code).toBe(0);
  });

  it('a scan with the custom framework mixes built-in rules, CEL rules and policies, with its overrides', async () => {
    const result = await runScan(buildScanConfig({ root: EXAMPLE, frameworks: 'acme' }), { logger: silentLogger });
    expect(result.findings.map((f) => `${f.ruleId} ${f.severity} ${f.file}:${f.range.startLine}:${f.range.startColumn} ${f.message}`)).toEqual([
      // severity raised to critical by control ACME-2; registries retuned by its params (ghcr.io/acme is allowed)
      'image-from-company-registry critical deploy/shop.yaml:18:11 container metrics uses quay.io/prometheus/statsd-exporter:v0.26.0, which is not from registry.acme.example/ or ghcr.io/acme/.',
      'replica-cap.example.com high deploy/shop.yaml:1:1 a Deployment may run at most 5 replicas',
      'replica-limit.example.com medium deploy/shop.yaml:20:1 test namespaces allow at most 3 replicas, storefront asks for 4',
      'team-label-required medium deploy/shop.yaml:22:1 Deployment storefront has no team label.',
    ]);
    const fw = result.frameworks.find((f) => f.id === 'acme')!;
    expect(fw.controls.map((c) => [c.id, c.applicable, c.failed])).toEqual([
      ['ACME-1', 2, 1],
      ['ACME-2', 2, 1],
      ['ACME-3', 2, 0],
      ['ACME-4', 2, 0],
      ['ACME-5', 2, 2],
    ]);
    // the policy tree itself is never scanned as manifests: its fail fixtures are bad on purpose
    expect(result.findings.some((f) => f.file.startsWith('.kubegate/'))).toBe(false);
    expect(result.gate.failed).toBe(true);
  });

  it('a broken CEL expression fails the scan with exit code 2 at the rule file line and column', async () => {
    const dir = copyExample();
    const file = path.join(dir, '.kubegate/rules/image-from-company-registry/rule.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('params.registries.exists(r, container.image.startsWith(r))', 'params.registries.exists(r, container.image.startsWith(r)'));
    const { code, err } = await cli(['scan', dir, '--frameworks', 'acme']);
    expect(code).toBe(2);
    expect(err).toMatch(/\.kubegate\/rules\/image-from-company-registry\/rule\.yaml:17:74: template "cel": CEL syntax error/);
  });

  it('a fixture that no longer matches makes kubegate rules test exit 1 and say why', async () => {
    const dir = copyExample();
    const file = path.join(dir, '.kubegate/policies/replica-cap.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('object.spec.replicas <= 5', 'object.spec.replicas <= 6'));
    const { code, out } = await cli(['rules', 'test', dir]);
    expect(code).toBe(1);
    expect(out).toMatch(/FAIL {2}replica-cap\.example\.com {2}\.kubegate\/policies\/replica-cap\.example\.com\/fixtures\/fail\.six-replicas\.yaml\n {8}no finding on line 1, which is marked "# expect: replica-cap.example.com"/);
    expect(out).toContain('7 passed, 1 failed');
  });

  it('--rules names another directory; a missing one is a configuration error', async () => {
    expect((await cli(['scan', EXAMPLE, '--rules', 'no/such/dir'])).code).toBe(2);
    const dir = copyExample();
    fs.renameSync(path.join(dir, '.kubegate'), path.join(dir, 'policy'));
    const result = await runScan(buildScanConfig({ root: dir, frameworks: 'acme', rules: 'policy/rules' }), { logger: silentLogger });
    expect(result.findings).toHaveLength(4);
    expect(result.findings.some((f) => f.file.startsWith('policy/'))).toBe(false);
  });
});
