import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EXIT, runCli } from '../../src/cli';

async function cli(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd, isTty: false });
  return { code, out, err };
}

function tmpRepo(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-fix-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

/** One safe fix (pull policy of a floating tag), suggestions (privileged) and placeholders (resources). */
const DEPLOY = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:latest
          imagePullPolicy: IfNotPresent # cached
          securityContext:
            privileged: true
`;

const ALIASED = `x-hardening: &sc {privileged: true}
apiVersion: v1
kind: Pod
metadata: {name: shared, namespace: shop}
spec:
  containers:
    - name: app
      image: app:1.0
      securityContext: *sc
`;

describe('kubegate fix', () => {
  it('applies only safe fixes by default, prints the diff, verifies, exits 0', async () => {
    const dir = tmpRepo({ 'deploy.yaml': DEPLOY });
    const r = await cli(['fix', '.', '--frameworks', 'all'], dir);
    expect(r.code).toBe(EXIT.pass);
    const after = DEPLOY.replace('imagePullPolicy: IfNotPresent', 'imagePullPolicy: Always');
    expect(fs.readFileSync(path.join(dir, 'deploy.yaml'), 'utf8')).toBe(after);
    expect(r.out).toBe(['--- a/deploy.yaml', '+++ b/deploy.yaml', '@@ -13,6 +13,6 @@', '       containers:', '         - name: web', '           image: nginx:latest', '-          imagePullPolicy: IfNotPresent # cached', '+          imagePullPolicy: Always # cached', '           securityContext:', '             privileged: true', ''].join('\n'));
    expect(r.err).toMatch(/^kubegate fix: 1 fixed in 1 file\(s\)\n/);
    expect(r.err).toMatch(/suggestion\(s\) not applied; review them and rerun with --include-suggestions/);
    expect(r.err).toMatch(/need a value a person must choose \(.*cpu-limit-missing ×1/);
    expect(r.err).toMatch(/verified: every fixed finding is gone and no new finding appeared/);
  });

  it('applies suggestions with --include-suggestions, never placeholder values', async () => {
    const dir = tmpRepo({ 'deploy.yaml': DEPLOY });
    const r = await cli(['fix', '.', '--include-suggestions'], dir);
    expect(r.code).toBe(EXIT.pass);
    const text = fs.readFileSync(path.join(dir, 'deploy.yaml'), 'utf8');
    expect(text).toContain('privileged: false');
    expect(text).toContain('allowPrivilegeEscalation: false');
    expect(text).not.toContain('resources:');
    expect(text).not.toContain('runAsUser');
    // several fixes created keys under one securityContext: no duplicate keys
    expect(text.match(/securityContext:/g)).toHaveLength(1);
  });

  it('writes nothing with --dry-run and prints the same diff', async () => {
    const dir = tmpRepo({ 'deploy.yaml': DEPLOY });
    const dry = await cli(['fix', '.', '--dry-run', '--frameworks', 'all', '--rules', 'privileged-container,image-pull-policy-not-always', '--include-suggestions'], dir);
    expect(dry.code).toBe(EXIT.pass);
    expect(fs.readFileSync(path.join(dir, 'deploy.yaml'), 'utf8')).toBe(DEPLOY);
    expect(dry.err).toContain('(dry run: nothing written)');
    expect(dry.out).toContain('+            privileged: false');
    expect(dry.out).toContain('+          imagePullPolicy: Always # cached');
    expect(dry.out).not.toContain('allowPrivilegeEscalation');
    const real = await cli(['fix', '.', '--frameworks', 'all', '--rules', 'privileged-container,image-pull-policy-not-always', '--include-suggestions'], dir);
    expect(real.out).toBe(dry.out);
  });

  it('exits 1 when a fix cannot be applied, and says why', async () => {
    const dir = tmpRepo({ 'pod.yaml': ALIASED });
    const r = await cli(['fix', '.', '--rules', 'privileged-container', '--include-suggestions'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('skipped: pod.yaml:9 privileged-container: spec.containers[0].securityContext is a YAML alias (*sc); edit its anchor instead');
    expect(fs.readFileSync(path.join(dir, 'pod.yaml'), 'utf8')).toBe(ALIASED);
  });

  it.each([
    ['an unknown rule id', ['--rules', 'no-such-rule']],
    ['an empty rule list', ['--rules', '']],
    ['an unknown flag', ['--frobnicate']],
  ])('exits 2 on %s', async (_name, args) => {
    const dir = tmpRepo({ 'deploy.yaml': DEPLOY });
    const r = await cli(['fix', '.', ...args], dir);
    expect(r.code).toBe(EXIT.configError);
    expect(r.err).toMatch(/^kubegate: /);
  });

  it('finds nothing more to fix on a second run', async () => {
    const dir = tmpRepo({ 'deploy.yaml': DEPLOY, 'pod.yaml': ALIASED.replace('securityContext: *sc', 'securityContext: {runAsNonRoot: true}') });
    await cli(['fix', '.', '--include-suggestions'], dir);
    const second = await cli(['fix', '.', '--include-suggestions'], dir);
    expect(second.out).toBe('');
    expect(second.err).toMatch(/^kubegate fix: 0 fixed in 0 file\(s\)/);
    expect(second.code).toBe(EXIT.pass);
  });
});
