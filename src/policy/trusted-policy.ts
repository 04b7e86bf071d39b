
import { discoverCustomPolicy, type CustomPolicyFiles, type CustomPolicyOptions } from './discover';
import { commitTree } from './policy-tree';
import type { GitRepo } from '../workspace/git';

/** The commit trusted policy is read from: undefined with trusted-config head (the work tree). */
export interface TrustedBase {
  repo: GitRepo;
  sha: string;
}

/**
 * The custom rules, frameworks and policies the gate applies: the work tree's, or with
 * trusted-config base the base commit's, so a pull request cannot relax or delete a rule to pass
 * its own gate. Base files are named `<path> (base <sha>)` in errors: the lines refer to the
 * base version, not to the file a reviewer has open.
 */
export function readTrustedCustomPolicy(root: string, opts: CustomPolicyOptions, base: TrustedBase | undefined): CustomPolicyFiles {
  if (!base) return discoverCustomPolicy(root, opts);
  const trusted = discoverCustomPolicy(root, opts, commitTree(base.repo, base.sha));
  const label = (p: string) => `${p} (base ${base.sha.slice(0, 7)})`;
  // manifest discovery runs on the head, so the head's policy directories stay excluded too
  const headDirs = discoverCustomPolicy(root, opts, undefined, true).dirs;
  return {
    rules: trusted.rules.map((f) => ({ ...f, path: label(f.path) })),
    frameworks: trusted.frameworks.map((f) => ({ ...f, path: label(f.path) })),
    policies: trusted.policies.map((f) => ({ ...f, path: label(f.path) })),
    dirs: [...new Set([...trusted.dirs, ...headDirs])],
  };
}
