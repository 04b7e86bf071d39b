import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { EXIT } from '../../src/cli';
import { cleanup, installFreshPackage, OFFLINE_NPM_ENV, readmeSnippet, REPO, run, tempDir, validateXsd, xpath } from './helpers';

/* eslint-disable @typescript-eslint/no-explicit-any */

afterAll(cleanup);

const VERSION: string = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version;

/** The one kubegate command line of a snippet, as a shell would get it. */
function command(body: string): string {
  const m = /npx --yes kubegate@[\w.-]+ scan [^'\n]*/.exec(body);
  if (!m) throw new Error(`no kubegate command in:\n${body}`);
  return m[0].trim();
}

const outputOf = (cmd: string) => /--output (\S+)/.exec(cmd)?.[1];

describe('README snippets', () => {
  it.each(['gitlab', 'jenkins', 'azure', 'github', 'pre-commit', 'argocd', 'npm'])('%s is there and names the current version', (name) => {
    const { body } = readmeSnippet(name);
    for (const m of body.matchAll(/kubegate@([\w.-]+)|rev: v([\w.-]+)/g)) expect(m[1] ?? m[2]).toBe(VERSION);
  });

  it.each([
    ['gitlab', (body: string) => parse(body).kubegate.artifacts.reports.junit],
    ['jenkins', (body: string) => /junit '([^']+)'/.exec(body)?.[1]],
    ['azure', (body: string) => parse(body).steps.find((s: any) => s.task === 'PublishTestResults@2').inputs.testResultsFiles],
  ])('%s publishes the file the command writes', (name, published) => {
    const { body } = readmeSnippet(name);
    const out = outputOf(command(body));
    expect(out).toBeDefined();
    expect(published(body)).toBe(out);
    if (name === 'azure') expect(parse(body).steps.find((s: any) => s.task).inputs.testResultsFormat).toBe('JUnit');
  });

  it('uses a hook the repository declares', () => {
    const config = parse(readmeSnippet('pre-commit').body);
    const declared = parse(fs.readFileSync(path.join(REPO, '.pre-commit-hooks.yaml'), 'utf8')).map((h: any) => h.id);
    for (const h of config.repos[0].hooks) expect(declared).toContain(h.id);
  });

  it('shows the Argo CD hook script exactly as the example Job runs it', () => {
    const job = parseAllDocuments(fs.readFileSync(path.join(REPO, 'examples/argocd/presync/kubegate-presync-job.yaml'), 'utf8'))[0].toJS();
    expect(readmeSnippet('argocd').body).toBe(job.spec.template.spec.containers[0].args[0]);
  });
});

/**
 * The CI snippets' commands, run by a shell in a checkout where `npx kubegate@<version>` resolves
 * to the package installed offline (built from these sources). Insecure manifests fail the step;
 * hardened ones pass it; the report lands where the snippet publishes it.
 */
describe('README CI commands', () => {
  let insecure: string;
  let secure: string;

  beforeAll(() => {
    // npx looks for the package from the working directory up, so one install serves both checkouts
    const base = tempDir('ci');
    installFreshPackage(base);
    insecure = path.join(base, 'insecure');
    secure = path.join(base, 'secure');
    fs.cpSync(path.join(REPO, 'examples/insecure'), path.join(insecure, 'deploy/insecure'), { recursive: true });
    fs.cpSync(path.join(REPO, 'examples/argocd/app'), path.join(secure, 'deploy/app'), { recursive: true });
  });

  const sh = (cmd: string, cwd: string) => run('sh', ['-c', cmd], { cwd, env: OFFLINE_NPM_ENV });

  it.each(['gitlab', 'jenkins', 'azure'])('%s: writes a JUnit report that validates, and fails the job on insecure manifests', async (name) => {
    const cmd = command(readmeSnippet(name).body);
    const file = path.join(insecure, outputOf(cmd)!);
    fs.rmSync(file, { force: true });
    const r = sh(cmd, insecure);
    expect({ status: r.status, stderr: r.status === EXIT.gateFailed ? '' : r.stderr }).toEqual({ status: EXIT.gateFailed, stderr: '' });
    expect(await validateXsd(file, path.join(__dirname, 'junit.xsd'))).toEqual([]);
    expect(Number(xpath(file, 'count(//testcase[failure])'))).toBeGreaterThan(0);
    expect(xpath(file, "string(//testcase[@classname='kubegate.gate']/failure/@message)")).toMatch(/at or above severity "high"/);
  });

  it.each(['gitlab', 'jenkins', 'azure'])('%s: passes the job on hardened manifests', (name) => {
    const cmd = command(readmeSnippet(name).body);
    const r = sh(cmd, secure);
    expect({ status: r.status, stderr: r.status === EXIT.pass ? '' : r.stderr }).toEqual({ status: EXIT.pass, stderr: '' });
    expect(Number(xpath(path.join(secure, outputOf(cmd)!), 'count(//testcase[failure])'))).toBe(0);
  });

  it('github: annotates the findings on their files and fails the step', () => {
    const r = sh(command(readmeSnippet('github').body), insecure);
    expect(r.status).toBe(EXIT.gateFailed);
    expect(r.stdout).toMatch(/^::error file=deploy\/insecure\/debug-pod\.yaml,line=\d+,/m);
    expect(r.stdout).toMatch(/^::notice title=kubegate::.*Gate failed: /m);
  });

  it('github: passes the step on hardened manifests', () => {
    const cmd = command(readmeSnippet('github').body);
    const r = sh(cmd, secure);
    expect(r.status).toBe(EXIT.pass);
    expect(r.stdout).not.toMatch(/^::error/m);
  });

  it('the npm snippet is the command the package test runs', () => {
    // __tests__/integrations/npm-package.test.ts runs it from the packed tarball
    expect(readmeSnippet('npm').body.trim()).toBe('npx kubegate scan examples/');
    expect(fs.readFileSync(path.join(__dirname, 'npm-package.test.ts'), 'utf8')).toContain("readmeSnippet('npm')");
  });
});
