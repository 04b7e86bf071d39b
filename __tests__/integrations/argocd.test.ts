import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { EXIT } from '../../src/cli';
import { cleanup, cli, kubegateOnPath, REPO, run, tempDir } from './helpers';

/* eslint-disable @typescript-eslint/no-explicit-any */

afterAll(cleanup);

const EXAMPLE = path.join(REPO, 'examples', 'argocd');
const read = (rel: string) => fs.readFileSync(path.join(EXAMPLE, rel), 'utf8');
const application: any = parse(read('application.yaml'));
const job: any = parseAllDocuments(read('presync/kubegate-presync-job.yaml'))[0].toJS();
const container = job.spec.template.spec.containers[0];
const hookSource = application.spec.sources.find((s: any) => s.kustomize);
const appSource = application.spec.sources.find((s: any) => !s.kustomize);

describe('Argo CD example manifests', () => {
  it('makes the Job a PreSync hook that is replaced on the next sync and removed when it passes', () => {
    expect(job.metadata.annotations).toEqual({
      'argocd.argoproj.io/hook': 'PreSync',
      'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation,HookSucceeded',
    });
    // one failure is final: a retried gate would only delay the failed sync
    expect(job.spec.backoffLimit).toBe(0);
    expect(job.spec.template.spec.restartPolicy).toBe('Never');
  });

  it('needs no Kubernetes API access', () => {
    expect(job.spec.template.spec.automountServiceAccountToken).toBe(false);
    expect(job.spec.template.spec.serviceAccountName).toBeUndefined();
  });

  it('takes both sources from one repository and branch, so they resolve to one commit', () => {
    expect(application.spec.sources).toHaveLength(2);
    expect(hookSource.repoURL).toBe(appSource.repoURL);
    expect(hookSource.targetRevision).toBe(appSource.targetRevision);
    expect(`examples/argocd/${path.relative(EXAMPLE, path.join(REPO, hookSource.path))}`).toBe(hookSource.path);
    expect(fs.existsSync(path.join(REPO, appSource.path))).toBe(true);
  });

  it('annotates the hook with every value the Job reads, and scans the application source', () => {
    expect(hookSource.kustomize.commonAnnotationsEnvsubst).toBe(true);
    const read = container.env
      .filter((e: any) => e.valueFrom)
      .map((e: any) => /^metadata\.annotations\['([^']+)'\]$/.exec(e.valueFrom.fieldRef.fieldPath)?.[1]);
    expect(read.sort()).toEqual(Object.keys(hookSource.kustomize.commonAnnotations).sort());
    expect(hookSource.kustomize.commonAnnotations['kubegate.dev/scan-path']).toBe(appSource.path);
    expect(hookSource.kustomize.commonAnnotations['kubegate.dev/revision']).toBe('${ARGOCD_APP_REVISION}');
  });

  it.each([['pss-restricted'], ['nsa'], ['pss-restricted,nsa']])('the hook passes %s with every finding counted (threshold low)', async (frameworks) => {
    const r = await cli(['scan', 'examples/argocd/presync', '--frameworks', frameworks, '--severity-threshold', 'low', '--format', 'json'], REPO);
    const report = JSON.parse(r.out);
    expect(report.findings.map((f: any) => `${f.ruleId} ${f.file}:${f.range.startLine}`)).toEqual([]);
    expect(report.diagnostics).toEqual([]);
    expect(report.stats.objects).toBe(2);
    expect(r.code).toBe(EXIT.pass);
  });

  it('lets the example application through the default gate', async () => {
    const r = await cli(['scan', 'examples/argocd', '--format', 'json'], REPO);
    expect(JSON.parse(r.out).gate).toMatchObject({ failed: false });
    expect(r.code).toBe(EXIT.pass);
  });
});

/**
 * The Job's command, run as its container runs it: the same command and args, the same env,
 * with the downward-API values the pod would get from the annotations Argo CD writes (its build
 * environment substituted into the Application's commonAnnotations). The image's PATH is played
 * by a `kubegate` built from these sources and the git, kubectl and helm of this machine.
 */
describe('the PreSync Job run against a repository', () => {
  let repo: string;
  let good: string;
  let bad: string;
  let binDir: string;

  const git = (args: string[]) => {
    const r = run('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd: repo });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
    return r.stdout.trim();
  };

  beforeAll(() => {
    binDir = kubegateOnPath();
    repo = tempDir('gitops');
    for (const d of ['argocd', 'insecure']) fs.cpSync(path.join(REPO, 'examples', d), path.join(repo, 'examples', d), { recursive: true });
    git(['init', '--quiet']);
    git(['add', '.']);
    git(['commit', '--quiet', '-m', 'hardened shop']);
    good = git(['rev-parse', 'HEAD']);
    // the next commit makes the application privileged: the branch head no longer passes
    const shop = path.join(repo, appSource.path, 'shop.yaml');
    fs.writeFileSync(shop, fs.readFileSync(shop, 'utf8').replace('allowPrivilegeEscalation: false', 'privileged: true\n            allowPrivilegeEscalation: false'));
    git(['commit', '--quiet', '-am', 'privileged shop']);
    bad = git(['rev-parse', 'HEAD']);
  });

  function podAnnotations(buildEnv: Record<string, string>, overrides: Record<string, string> = {}): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries<string>(hookSource.kustomize.commonAnnotations)) out[k] = v.replace(/\$\{(\w+)\}/g, (_m, name: string) => buildEnv[name] ?? '');
    return { ...out, ...overrides };
  }

  function runJob(annotations: Record<string, string>): { status: number | null; out: string } {
    const env: Record<string, string> = { PATH: `${binDir}:${process.env.PATH}` };
    for (const e of container.env) {
      if (e.value !== undefined) env[e.name] = e.value;
      else env[e.name] = annotations[/^metadata\.annotations\['([^']+)'\]$/.exec(e.valueFrom.fieldRef.fieldPath)![1]] ?? '';
    }
    const [cmd, ...cmdArgs] = container.command;
    const r = run(cmd, [...cmdArgs, ...container.args], { cwd: '/', env });
    return { status: r.status, out: r.stdout + r.stderr };
  }

  const buildEnv = (revision: string) => ({ ARGOCD_APP_SOURCE_REPO_URL: `file://${repo}`, ARGOCD_APP_REVISION: revision });

  it('passes (exit 0) on the revision whose application is hardened, though the branch has moved on', () => {
    const r = runJob(podAnnotations(buildEnv(good)));
    expect(r).toMatchObject({ status: 0 });
    expect(r.out).toMatch(/Gate passed\./);
  });

  it('fails (exit 1) on the revision that made the application privileged, naming the finding', () => {
    const r = runJob(podAnnotations(buildEnv(bad)));
    expect(r).toMatchObject({ status: EXIT.gateFailed });
    expect(r.out).toMatch(/ privileged-container +Container "\w+" of Deployment storefront /);
    expect(r.out).toContain(`${appSource.path}/shop.yaml`);
  });

  it('fails (exit 1) on insecure manifests', () => {
    const r = runJob(podAnnotations(buildEnv(good), { 'kubegate.dev/scan-path': 'examples/insecure' }));
    expect(r).toMatchObject({ status: EXIT.gateFailed });
    expect(r.out).toMatch(/Gate FAILED: /);
  });

  it.each([
    ['a revision the repository does not have', { 'kubegate.dev/revision': '0000000000000000000000000000000000000000' }],
    ['a path that is not in the revision', { 'kubegate.dev/scan-path': 'does/not/exist' }],
    ['an unreachable repository', { 'kubegate.dev/repo-url': 'file:///nonexistent/repo.git' }],
  ])('fails closed on %s', (_name, overrides) => {
    const r = runJob(podAnnotations(buildEnv(good), overrides));
    expect(r.status).not.toBe(0);
  });
});
