/**
 * Workspaces shaped like the pull requests the reports are judged on: a small one (4 objects)
 * and a large one (about 880 findings: 18 teams each shipping the insecure examples under their
 * own names, plus one plain Deployment), written from the repository's examples.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO } from './catalog';

const WEB = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          ports:
            - containerPort: 8080
`;

const made: string[] = [];

export function removeWorkspaces(): void {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

function fresh(prefix: string): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(d);
  return d;
}

function insecureCopy(dir: string, suffix: string): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const name of ['debug-pod.yaml', 'workloads.yaml']) {
    const text = fs.readFileSync(path.join(REPO, 'examples', 'insecure', name), 'utf8');
    fs.writeFileSync(path.join(dir, name), suffix ? text.replace(/^(\s*name: )(api|report|debug)$/gm, `$1$2-${suffix}`) : text);
  }
}

/** 4 objects in 3 files: the insecure examples and a Deployment without limits or hardening. */
export function smallPr(dir = fresh('kubegate-pr4-')): string {
  insecureCopy(path.join(dir, 'deploy'), '');
  fs.writeFileSync(path.join(dir, 'deploy', 'web.yaml'), WEB);
  return dir;
}

/** 55 objects in 37 files, about 880 findings with the default frameworks. */
export function largePr(dir = fresh('kubegate-pr880-')): string {
  for (let i = 1; i <= 18; i++) insecureCopy(path.join(dir, 'apps', `team-${String(i).padStart(2, '0')}`), String(i).padStart(2, '0'));
  fs.writeFileSync(path.join(dir, 'apps', 'web.yaml'), WEB);
  return dir;
}

export const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1' };

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: GIT_ENV, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/**
 * A repository whose base commit is the large workspace and whose head (the work tree, committed)
 * is a pull request that adds one insecure team, fixes the privileged debug pod of team 01 and
 * leaves the rest: new, fixed and already-there findings, all three.
 */
export function largePrWithBase(): { dir: string; baseSha: string; headSha: string } {
  const dir = largePr();
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  insecureCopy(path.join(dir, 'apps', 'team-19'), '19');
  const pod = path.join(dir, 'apps', 'team-01', 'debug-pod.yaml');
  fs.writeFileSync(pod, fs.readFileSync(pod, 'utf8').replace('privileged: true', 'privileged: false'));
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'head');
  return { dir, baseSha, headSha: git(dir, 'rev-parse', 'HEAD') };
}

/** The pull request the small workspace's PR makes: the web Deployment turns privileged. */
export function makeWebPrivileged(src: string): void {
  const web = path.join(src, 'deploy', 'web.yaml');
  fs.writeFileSync(web, fs.readFileSync(web, 'utf8').replace('          ports:', '          securityContext:\n            privileged: true\n          ports:'));
}

/**
 * The small workspace as a runner checks it out: committed as the base on `main`, changed by
 * `change` on branch `pr`, served from a bare repository, and cloned one commit deep (the default
 * fetch-depth), so the base commit is not in the clone.
 */
export function shallowSmallPr(top: string, change: (src: string) => void): { clone: string; baseSha: string; headSha: string } {
  const src = smallPr(path.join(top, 'src'));
  git(src, 'init', '-q', '-b', 'main');
  git(src, 'add', '.');
  git(src, 'commit', '-q', '-m', 'base');
  const baseSha = git(src, 'rev-parse', 'HEAD');
  git(src, 'checkout', '-q', '-b', 'pr');
  change(src);
  git(src, 'commit', '-q', '-am', 'head');
  const headSha = git(src, 'rev-parse', 'HEAD');
  git(top, 'clone', '-q', '--bare', src, 'remote.git');
  const clone = path.join(top, 'clone');
  git(top, 'clone', '-q', '--depth', '1', '--branch', 'pr', `file://${path.join(top, 'remote.git')}`, clone);
  return { clone, baseSha, headSha };
}
