import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigError } from './errors';

/** Flags every command that scans a tree shares (scan, fix): where to look and how to talk. */
export const TREE_OPTIONS = {
  frameworks: { type: 'string' },
  root: { type: 'string' },
  files: { type: 'string' },
  exclude: { type: 'string' },
  config: { type: 'string' },
  'max-file-size': { type: 'string' },
  'no-helm': { type: 'boolean' },
  'no-kustomize': { type: 'boolean' },
  'no-color': { type: 'boolean' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * The scan root and the targets relative to it. Finding paths are relative to the root: the one
 * directory scanned, `--root`, or else the current directory.
 */
export function resolveTargets(positionals: string[], rootFlag: string | undefined, cwd: string): { root: string; targets: string[] } {
  const absTargets = (positionals.length ? positionals : ['.']).map((p) => path.resolve(cwd, p));
  for (const t of absTargets) if (!fs.existsSync(t)) throw new ConfigError(`${path.relative(cwd, t) || t} does not exist`);
  const root = rootFlag ? path.resolve(cwd, rootFlag) : absTargets.length === 1 && fs.statSync(absTargets[0]).isDirectory() ? absTargets[0] : cwd;
  return { root, targets: absTargets.map((t) => path.relative(root, t) || '.') };
}
