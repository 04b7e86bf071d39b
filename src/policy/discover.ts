import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigError } from '../errors';
import { DEFAULT_EXCLUDES } from '../pipeline/discover';
import type { RuleFile } from '../rules/load-rules';

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
 * `<rules>/../policies/**\/*.yaml` under the root. The default directory may be absent; one the
 * user named must exist, so a typo in an input never silently drops a policy.
 */
export function discoverCustomPolicy(root: string, opts: CustomPolicyOptions = {}): CustomPolicyFiles {
  const explicit = !!opts.rulesDir;
  const rulesDir = normalise(opts.rulesDir || DEFAULT_RULES_DIR);
  const absRules = inside(root, rulesDir, 'rules');
  if (explicit && !fs.existsSync(absRules)) throw new ConfigError(`rules: directory ${rulesDir} does not exist`);
  const parent = path.posix.dirname(rulesDir);
  const frameworksDir = path.posix.join(parent, 'frameworks');
  const policiesDir = path.posix.join(parent, 'policies');
  const out: CustomPolicyFiles = {
    rules: yamlFiles(root, rulesDir, true),
    frameworks: yamlFiles(root, frameworksDir, false),
    policies: yamlFiles(root, policiesDir, true),
    dirs: [rulesDir, frameworksDir, policiesDir].filter((d) => fs.existsSync(path.join(root, d))),
  };
  for (const p of opts.policies ?? []) {
    const rel = normalise(p);
    const abs = inside(root, rel, 'policies');
    if (!fs.existsSync(abs)) throw new ConfigError(`policies: ${rel} does not exist`);
    const files = fs.statSync(abs).isDirectory() ? yamlFiles(root, rel, true) : [{ path: rel, text: fs.readFileSync(abs, 'utf8') }];
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
function yamlFiles(root: string, dir: string, recursive: boolean): RuleFile[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs) || !fs.statSync(abs).isDirectory()) return [];
  const out: RuleFile[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const child = path.posix.join(rel, e.name);
      if (e.isDirectory()) {
        if (recursive && e.name !== 'fixtures' && !e.name.startsWith('.')) walk(child);
      } else if (e.isFile() && /\.ya?ml$/.test(e.name)) out.push({ path: child, text: fs.readFileSync(path.join(root, child), 'utf8') });
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
