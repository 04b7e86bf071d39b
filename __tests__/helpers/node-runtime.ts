import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from './catalog';

export interface NodeRuntime {
  bin: string;
  version: string;
  /** Why this is not the runtime the action declares (set only on a fallback). */
  fallback?: string;
}

/** The Node major version action.yml runs the action with (`runs.using: nodeNN`). */
export function actionNodeMajor(): number {
  const m = /^\s*using:\s*['"]?node(\d+)/m.exec(fs.readFileSync(path.join(REPO, 'action.yml'), 'utf8'));
  if (!m) throw new Error('action.yml declares no nodeNN runtime');
  return Number(m[1]);
}

let cached: NodeRuntime | undefined;

/**
 * The Node the runner starts the action with: the binary of the npm package
 * node-<platform>-<arch> (a devDependency through scripts/node24). On a platform the registry has
 * no such package for, the current Node, with the reason, so a test can say what it ran on.
 */
export function actionNode(): NodeRuntime {
  if (cached) return cached;
  const pkg = `node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;
  const bin = path.join(REPO, 'node_modules', pkg, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  const want = actionNodeMajor();
  if (fs.existsSync(bin)) {
    const version = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim();
    if (Number(version.slice(1).split('.')[0]) !== want) throw new Error(`${pkg} is ${version} but action.yml runs node${want}: update scripts/node24/package.json`);
    cached = { bin, version };
  } else {
    cached = { bin: process.execPath, version: process.version, fallback: `${pkg} is not installed (the registry has no Node ${want} package for ${process.platform}-${process.arch})` };
  }
  return cached;
}

/** One line for a test log: which Node ran the bundled action. */
export function describeRuntime(rt: NodeRuntime): string {
  return rt.fallback ? `Node ${rt.version} (current Node; ${rt.fallback})` : `Node ${rt.version} (${path.relative(REPO, rt.bin)})`;
}
