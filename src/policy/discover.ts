import * as path from 'node:path';
import { ConfigError } from '../core/errors';
import { DEFAULT_EXCLUDES } from '../workspace/discover';
import type { RuleFile } from '../rules/load-rules';
import { workTree, type PolicyTree } from './policy-tree';

export const DEFAULT_RULES_DIR = '.kubegate/rules';

/** A repository's own policy: rule files, frameworks and ValidatingAdmissionPolicy files. */
export interface CustomPolicyFiles {
  rules: RuleFile[];
  frameworks: RuleFile[];
  policies: RuleFile[];
  /** Repository-relative directories read, so manifest discovery can leave them out. */
  dirs: string[];
}

export interface CustomPolicyOptions {
  /** Rules directory (repository-relative); frameworks and policies are its siblings. */
  rulesDir?: string;
  /** Extra policy files or directories (ValidatingAdmissionPolicies, bindings, params). */
  policies?: string[];
}

/**
 * Finds `<rules>/**\/*.yaml` (fixtures/ folders excluded), `<rules>/../frameworks/*.yaml` and
 * `<rules>/../policies/**\/*.yaml` under the root, in the work tree or, given `tree`, in a
 * commit. The default directory may be absent; one the user named must exist, so a typo in an
 * input never silently drops a policy (`missingOk` lifts that for listing changes, where a side
 * without the directory simply has no rules).
 */
export function discoverCustomPolicy(root: string, opts: CustomPolicyOptions = {}, tree: PolicyTree = workTree(root), missingOk = false): CustomPolicyFiles {
  const explicit = !!opts.rulesDir;
  const rulesDir = normalise(opts.rulesDir || DEFAULT_RULES_DIR);
  inside(root, rulesDir, 'rules');
  const at = tree.label ? ` at ${tree.label}` : '';
  if (explicit && !missingOk && tree.kind(rulesDir) !== 'dir') throw new ConfigError(`rules: directory ${rulesDir} does not exist${at}`);
  const parent = path.posix.dirname(rulesDir);
  const frameworksDir = path.posix.join(parent, 'frameworks');
  const policiesDir = path.posix.join(parent, 'policies');
  const out: CustomPolicyFiles = {
    rules: yamlFiles(tree, rulesDir, true),
    frameworks: yamlFiles(tree, frameworksDir, false),
    policies: yamlFiles(tree, policiesDir, true),
    dirs: [rulesDir, frameworksDir, policiesDir].filter((d) => tree.kind(d) !== undefined),
  };
  for (const p of opts.policies ?? []) {
    const rel = normalise(p);
    inside(root, rel, 'policies');
    const kind = tree.kind(rel);
    if (kind === undefined) {
      if (missingOk) continue;
      throw new ConfigError(`policies: ${rel} does not exist${at}`);
    }
    const files = kind === 'dir' ? yamlFiles(tree, rel, true) : [{ path: rel, text: tree.read(rel) }];
    for (const f of files) if (!out.policies.some((x) => x.path === f.path)) out.policies.push(f);
    if (!out.dirs.includes(rel)) out.dirs.push(rel);
  }
  return out;
}

function normalise(p: string): string {
  return p.trim().replace(/\\/g, '/').replace(/^\.\/+/, '').replace(/\/+$/, '') || '.';
}

function inside(root: string, rel: string, what: string): string {
  const abs = path.resolve(root, rel);
  const back = path.relative(root, abs);
  if (back.startsWith('..') || path.isAbsolute(back)) throw new ConfigError(`${what}: ${rel} is outside the repository`);
  return abs;
}

/** YAML files under `dir`, sorted; fixture folders hold test manifests, never rules. */
function yamlFiles(tree: PolicyTree, dir: string, recursive: boolean): RuleFile[] {
  if (tree.kind(dir) !== 'dir') return [];
  const out: RuleFile[] = [];
  const walk = (rel: string) => {
    for (const e of tree.list(rel).sort((a, b) => a.name.localeCompare(b.name))) {
      const child = path.posix.join(rel, e.name);
      if (e.kind === 'dir') {
        if (recursive && e.name !== 'fixtures' && !e.name.startsWith('.')) walk(child);
      } else if (/\.ya?ml$/.test(e.name)) out.push({ path: child, text: tree.read(child) });
    }
  };
  walk(dir);
  return out;
}

/**
 * Manifest discovery's excludes plus the policy directories outside `.kubegate/` (always
 * excluded): fixtures there are bad on purpose, and policies are rules, not manifests to gate.
 */
export function excludePolicyDirs(excludes: string[] | undefined, dirs: readonly string[]): string[] | undefined {
  const extra = dirs.filter((d) => !d.split('/').includes('.kubegate')).flatMap((d) => [d, `${d}/**`]);
  if (extra.length === 0) return excludes;
  return [...(excludes ?? DEFAULT_EXCLUDES), ...extra];
}
