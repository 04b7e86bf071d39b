import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigError } from '../core/errors';
import { REPO_CONFIG_FILES } from '../config/repo-config';

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

/** The path argument that means standard input, and the name findings from it are reported under. */
export const STDIN_ARG = '-';
export const STDIN_NAME = '<stdin>';

export interface Targets {
  /** Directory finding paths are relative to, where `.kubegate.yaml` and `.kubegate/` are read. */
  root: string;
  /** Files and directories relative to the root; empty when only standard input is scanned. */
  targets: string[];
  /** `-` was given: manifests are read from standard input too. */
  stdin: boolean;
}

/**
 * The scan root and the targets relative to it. Paths may lie anywhere. Without `--root`, the root
 * is the project the targets belong to: starting from their common directory (the current one
 * when only `-` is given) and going up to the top of the git work tree it is in, the nearest
 * directory with a kubegate configuration (`.kubegate.yaml`, `.kubegate/`), else the git top
 * level; outside a work tree, the common directory itself (or the Helm chart it lies in). So `kubegate scan deploy/` in a repository reports
 * `deploy/…` paths and applies the repository's configuration, as the action does.
 */
export function resolveTargets(positionals: string[], rootFlag: string | undefined, cwd: string, opts: { allowStdin?: boolean } = {}): Targets {
  const stdin = positionals.includes(STDIN_ARG);
  if (stdin && !opts.allowStdin) throw new ConfigError(`this command does not read standard input ("${STDIN_ARG}"); name files or directories`);
  const paths = positionals.filter((p) => p !== STDIN_ARG);
  const absTargets = (paths.length || !stdin ? (paths.length ? paths : ['.']) : []).map((p) => path.resolve(cwd, p));
  for (const t of absTargets) if (!fs.existsSync(t)) throw new ConfigError(`${path.relative(cwd, t) || t} does not exist`);
  const root = rootFlag ? path.resolve(cwd, rootFlag) : projectRoot(commonDirectory(absTargets.length ? absTargets.map(realOrSelf) : [realOrSelf(cwd)]));
  // a target reached through a symlink is named by where it lives, so that it falls under the root
  const rel = (t: string) => path.relative(root, rootFlag ? t : realOrSelf(t)) || '.';
  return { root, targets: absTargets.map(rel), stdin };
}

/** The deepest directory holding every path (a file counts by its directory). */
export function commonDirectory(absPaths: readonly string[]): string {
  const dirs = absPaths.map((p) => (isDirectory(p) ? p : path.dirname(p)));
  let common = dirs[0];
  for (const d of dirs.slice(1)) {
    while (common !== path.dirname(common) && d !== common && !d.startsWith(common.endsWith(path.sep) ? common : common + path.sep)) common = path.dirname(common);
  }
  return common;
}

/** See resolveTargets: the nearest configured directory up to the git top level, else either. */
export function projectRoot(dir: string): string {
  const top = gitTopLevel(dir);
  // outside a work tree, a path inside a Helm chart (a template) still needs its chart to render
  if (!top) return enclosingChart(dir) ?? dir;
  for (let d = dir; ; d = path.dirname(d)) {
    if (hasKubegateConfig(d)) return d;
    if (d === top || d === path.dirname(d)) return top;
  }
}

/**
 * The top of the git work tree holding `dir`: the nearest directory with a `.git` entry (a
 * directory, or a file in worktrees and submodules). Found on the file system, without running
 * git, whose configuration in a scanned repository could name programs to run.
 */
export function gitTopLevel(dir: string): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, '.git'))) return d;
    if (d === path.dirname(d)) return undefined;
  }
}

function enclosingChart(dir: string): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, 'Chart.yaml'))) return d;
    if (d === path.dirname(d)) return undefined;
  }
}

function hasKubegateConfig(dir: string): boolean {
  return [...REPO_CONFIG_FILES, '.kubegate'].some((n) => fs.existsSync(path.join(dir, n)));
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function realOrSelf(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}
