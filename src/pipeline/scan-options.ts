import * as path from 'node:path';
import { ConfigError } from '../core/errors';
import { DEFAULT_EXCLUDES } from '../workspace/discover';
import type { ScanConfig } from '../pipeline/scan';
import { readTrustedRepoConfig, suppressionConfig, trustedBase, type RawSuppressionOptions } from '../exceptions/options';
import { parseComplianceThreshold, parseSeverityThreshold } from '../config/repo-config';
import { excludePolicyDirs } from '../policy/discover';
import { readTrustedCustomPolicy } from '../policy/trusted-policy';

/**
 * Options as both front ends receive them: strings from action inputs or CLI flags, empty meaning
 * "not given". Turned into a typed ScanConfig in one place so the CLI and the action agree.
 */
export interface RawOptions extends RawSuppressionOptions {
  root: string;
  targets?: string[];
  files?: string;
  exclude?: string;
  frameworks?: string;
  severityThreshold?: string;
  complianceThreshold?: string;
  config?: string;
  maxFileSize?: string;
  /** Directory of the repository's own rules (default .kubegate/rules); frameworks/ and policies/ beside it. */
  rules?: string;
  /** ValidatingAdmissionPolicy files or directories besides <rules>/../policies. */
  policies?: string;
}

/** Splits a comma- or newline-separated list input. */
/**
 * The hardening frameworks a manifest review is about. Not `all`: it includes Kubescape's
 * attack-surface inventory controls (a workload that mounts a Secret, a PVC, a ConfigMap), high
 * severity in Kubescape, which flag good manifests and would fail every default gate.
 */
export const DEFAULT_FRAMEWORKS = ['nsa', 'mitre', 'cis', 'pss-restricted', 'supply-chain'];

export function splitList(s: string | undefined): string[] {
  if (!s) return [];
  return s
    .split(/[\n,]/)
    .map((x) => x.trim())
    .filter((x) => x && !x.startsWith('#'));
}

export function buildScanConfig(raw: RawOptions): ScanConfig {
  const root = path.resolve(raw.root);
  // with trusted-config base, .kubegate.yaml and the custom policy both come from the base commit
  const base = trustedBase(root, raw);
  const repo = readTrustedRepoConfig(root, raw.config || undefined, raw, base);
  const bad = (name: string) => (m: string) => new ConfigError(`${name}: ${m}`);
  const frameworks = splitList(raw.frameworks);
  const files = splitList(raw.files);
  const excludes = splitList(raw.exclude);
  const customPolicy = { rulesDir: raw.rules || undefined, policies: splitList(raw.policies) };
  const custom = readTrustedCustomPolicy(root, customPolicy, base);
  let maxFileBytes: number | undefined;
  if (raw.maxFileSize) {
    const m = /^(\d+(?:\.\d+)?)\s*(k|m|g)?i?b?$/i.exec(raw.maxFileSize.trim());
    if (!m) throw new ConfigError(`max-file-size: expected a size such as 50MB, got "${raw.maxFileSize}"`);
    const mult = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? '').toLowerCase() as 'k' | 'm' | 'g'] ?? 1;
    maxFileBytes = Math.floor(Number(m[1]) * mult);
  }
  return {
    root,
    targets: raw.targets,
    patterns: files.length ? files : repo.files,
    excludes: excludePolicyDirs(excludes.length ? [...DEFAULT_EXCLUDES, ...excludes] : repo.exclude ? [...DEFAULT_EXCLUDES, ...repo.exclude] : undefined, custom.dirs),
    frameworks: frameworks.length ? frameworks : (repo.frameworks ?? DEFAULT_FRAMEWORKS),
    severityThreshold: raw.severityThreshold ? parseSeverityThreshold(raw.severityThreshold, bad('severity-threshold')) : (repo.severityThreshold ?? 'high'),
    complianceThreshold: raw.complianceThreshold ? parseComplianceThreshold(raw.complianceThreshold, bad('compliance-threshold')) : (repo.complianceThreshold ?? 0),
    maxFileBytes,
    disabledRules: Object.entries(repo.rules)
      .filter(([, o]) => o.enabled === false)
      .map(([id]) => id),
    catalog: { settings: repo.settings, overrides: repo.rules, customRules: custom.rules, customFrameworks: custom.frameworks, policies: custom.policies },
    ...suppressionConfig(raw),
    customPolicy,
  };
}

