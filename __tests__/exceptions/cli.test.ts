import { EXIT, runCli } from '../../src/cli';
import { TempRepo } from './git-helpers';

async function cli(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd, isTty: false });
  return { code, out, err };
}

const deployment = (pod = '') => `apiVersion: apps/v1
kind: Deployment
metadata: { name: api, namespace: shop }
spec:
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
${pod}      containers:
        - name: main
          image: registry.example.com/api:1.0
          securityContext: { privileged: true }
`;

describe('CLI: --exceptions, --baseline, --base-ref, --trusted-config', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = new TempRepo();
    repo.commit('base', { 'k8s/api.yaml': deployment() });
    repo.git('checkout', '-q', '-b', 'pr');
    repo.commit('pr: host PID, and an exception for it', {
      'k8s/api.yaml': deployment('      hostPID: true\n'),
      '.kubegate/exceptions.yaml': 'exceptions:\n  - { rules: ["*"], name: api, reason: "debug agent", owner: "@pr-author" }\n',
    });
  });
  afterAll(() => repo.remove());

  const json = async (args: string[]) => {
    const r = await cli(['scan', '--format', 'json', ...args], repo.dir);
    return { ...r, report: r.out ? JSON.parse(r.out) : undefined };
  };

  test('without a baseline the privileged container fails the gate, unless excepted', async () => {
    expect((await json(['--exceptions', 'none'])).code).toBe(EXIT.gateFailed);
    expect((await json([])).code).toBe(EXIT.pass);
  });

  test('--baseline base: only what the PR adds counts', async () => {
    const r = await json(['--baseline', 'base', '--base-ref', 'main', '--exceptions', 'none']);
    expect(r.code).toBe(EXIT.gateFailed);
    const active = r.report.findings.filter((f: { suppression?: unknown }) => !f.suppression);
    expect(active.length).toBeGreaterThan(0);
    // everything still failing is about the new hostPID line; the privileged container is known
    for (const f of active) expect(f.path).toMatch(/hostPID/);
    expect(r.report.findings.some((f: { ruleId: string; suppression?: { kind: string } }) => f.ruleId === 'privileged-container' && f.suppression?.kind === 'baseline')).toBe(true);
  });

  test('--trusted-config base ignores the exception the PR adds', async () => {
    expect((await json(['--base-ref', 'main'])).code).toBe(EXIT.pass);
    expect((await json(['--base-ref', 'main', '--trusted-config', 'base'])).code).toBe(EXIT.gateFailed);
  });

  test.each([
    ['an unknown trusted-config', ['--trusted-config', 'pr'], /trusted-config: expected head or base/],
    ['a missing exceptions file', ['--exceptions', 'nope.yaml'], /exceptions file nope\.yaml does not exist/],
    ['a missing baseline file', ['--baseline', 'old.sarif'], /baseline file old\.sarif does not exist/],
    ['an unknown base ref', ['--baseline', 'base', '--base-ref', 'no-such-branch'], /the base commit no-such-branch is not in the clone/],
  ])('%s is a usage error', async (_name, args, message) => {
    const r = await cli(['scan', ...args], repo.dir);
    expect(r.code).toBe(EXIT.configError);
    expect(r.err).toMatch(message);
  });

  test('an invalid exceptions file is reported with its line', async () => {
    repo.write({ 'bad-exceptions.yaml': 'exceptions:\n  - rules: [privileged-container]\n    name: api\n    owner: o\n' });
    try {
      const r = await cli(['scan', '--exceptions', 'bad-exceptions.yaml'], repo.dir);
      expect(r.code).toBe(EXIT.configError);
      expect(r.err).toMatch(/bad-exceptions\.yaml:2:5: exception needs "reason"/);
    } finally {
      repo.write({ 'bad-exceptions.yaml': null });
    }
  });
});
