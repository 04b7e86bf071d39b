import { parseRepoConfig, readRepoConfig, REPO_CONFIG_FILES, type RepoConfig } from '../config/repo-config';
import { ConfigError } from '../errors';
import { defaultSettings } from '../rules/settings';
import { BASELINE_DOCS } from './baseline';
import { findBaseCommit, openRepo, readFileAt } from './git';
import type { SuppressionConfig } from './stage';

/** The front ends' raw strings for this stage (action inputs, CLI flags); empty = not given. */
export interface RawSuppressionOptions {
  exceptions?: string;
  baseline?: string;
  trustedConfig?: string;
  baseRef?: string;
}

export function suppressionConfig(raw: RawSuppressionOptions): SuppressionConfig {
  const trusted = (raw.trustedConfig ?? '').trim().toLowerCase();
  if (trusted && trusted !== 'head' && trusted !== 'base') throw new ConfigError(`trusted-config: expected head or base, got "${raw.trustedConfig}"`);
  return {
    exceptionsFile: raw.exceptions?.trim() || undefined,
    baseline: raw.baseline?.trim() || undefined,
    trustedConfig: (trusted || undefined) as SuppressionConfig['trustedConfig'],
    baseRef: raw.baseRef?.trim() || undefined,
  };
}

/**
 * `.kubegate.yaml` as the trusted side has it: the work tree's, or with trusted-config base the
 * base commit's (a pull request cannot loosen its own gate by editing it).
 */
export function readTrustedRepoConfig(root: string, explicit: string | undefined, raw: RawSuppressionOptions): RepoConfig {
  if (suppressionConfig(raw).trustedConfig !== 'base') return readRepoConfig(root, explicit);
  const repo = openRepo(root);
  if (!repo) throw new ConfigError(`trusted-config: base needs a git checkout, and ${root} is not one`, undefined, undefined, BASELINE_DOCS);
  const { sha } = findBaseCommit(repo, raw.baseRef?.trim() || undefined);
  for (const name of explicit ? [explicit] : REPO_CONFIG_FILES) {
    const text = readFileAt(repo, sha, name);
    if (text !== undefined) return parseRepoConfig(`${name} (base ${sha.slice(0, 7)})`, text);
  }
  return { settings: defaultSettings(), rules: {} };
}
