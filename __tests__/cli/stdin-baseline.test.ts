import { Readable } from 'node:stream';
import { EXIT, runCli } from '../../src/cli';
import { TempRepo } from '../exceptions/git-helpers';

const PRIVILEGED = `apiVersion: v1
kind: Pod
metadata: { name: api, namespace: shop }
spec:
  containers:
    - name: main
      image: registry.example.com/api:1.0
      securityContext: { privileged: true }
`;

async function scanStdin(args: string[], cwd: string, input: string) {
  let out = '';
  const code = await runCli(['scan', '-', '--format', 'json', ...args], { stdout: (s) => (out += s), stderr: () => {}, cwd, isTty: false, stdin: Readable.from([Buffer.from(input)]) });
  return { code, report: JSON.parse(out) };
}

describe('standard input against a baseline', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = new TempRepo();
    // the base commit holds the very same manifest as a file
    repo.commit('base', { 'k8s/api.yaml': PRIVILEGED });
    repo.git('checkout', '-q', '-b', 'pr');
    repo.commit('pr', {});
  });
  afterAll(() => repo.remove());

  it('--baseline base: a stream is in no commit, so all its findings are new and gate', async () => {
    const r = await scanStdin(['--baseline', 'base', '--base-ref', 'main'], repo.dir, PRIVILEGED);
    expect(r.code).toBe(EXIT.gateFailed);
    const privileged = r.report.findings.filter((f: { ruleId: string }) => f.ruleId === 'privileged-container');
    expect(privileged).toEqual([expect.objectContaining({ file: '<stdin>' })]);
    expect(privileged[0].suppression).toBeUndefined();
  });

  it('without --baseline the repository is not scanned, only the stream', async () => {
    const r = await scanStdin([], repo.dir, PRIVILEGED);
    expect(new Set(r.report.findings.map((f: { file: string }) => f.file))).toEqual(new Set(['<stdin>']));
    expect(r.report.stats.files).toBe(1);
  });
});
