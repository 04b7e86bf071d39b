import { parseRepoConfig, readRepoConfig, REPO_CONFIG_FILES, type RepoConfig } from '../config/repo-config';
import { BASELINE_DOCS, ConfigError } from '../core/errors';
import { defaultSettings } from '../rules/settings';
import { findBaseCommit, openRepo, readFileAt } from '../workspace/git';
import type { SuppressionConfig } from './stage';
import type { TrustedBase } from '../policy/trusted-policy';

/** The front ends' raw strings for this stage (action inputs, CLI flags); empty = not given. */
export interface RawSuppressionOptions {
  exceptions?: string;
  baseline?: string;
  trustedConfig?: string;
  baseRef?: string;
  /** Why the base commit could not be fetched, when the front end tried (see SuppressionConfig). */
  baseUnavailable?: string;
}

export function suppressionConfig(raw: RawSuppressionOptions): SuppressionConfig {
  const trusted = (raw.trustedConfig ?? '').trim().toLowerCase();
  if (trusted && trusted !== 'head' && trusted !== 'base') throw new ConfigError(`trusted-config: expected head or base, got "${raw.trustedConfig}"`);
  return {
    exceptionsFile: raw.exceptions?.trim() || undefined,
    baseline: raw.baseline?.trim() || undefined,
    trustedConfig: (trusted || undefined) as SuppressionConfig['trustedConfig'],
    baseRef: raw.baseRef?.trim() || undefined,
    baseUnavailable: raw.baseUnavailable || undefined,
  };
}


/**
 * Resolves the base commit when trusted-config is base. Never falls back to the head: a missing
 * commit (shallow clone) or a directory outside git is a ConfigError, because reading the PR's
 * own policy instead would quietly let it loosen its gate.
 */
export function trustedBase(root: string, raw: RawSuppressionOptions): TrustedBase | undefined {
  if (suppressionConfig(raw).trustedConfig !== 'base') return undefined;
  const repo = openRepo(root);
  if (!repo) throw new ConfigError(`trusted-config: base needs a git checkout, and ${root} is not one`, undefined, undefined, BASELINE_DOCS);
  try {
    return { repo, sha: findBaseCommit(repo, raw.baseRef?.trim() || undefined).sha };
  } catch (err) {
    // the action tried to fetch it: say why that failed rather than suggest a checkout option
    if (err instanceof ConfigError && raw.baseUnavailable) throw new ConfigError(`trusted-config: base needs the base commit, which could not be fetched (${raw.baseUnavailable})`, undefined, undefined, BASELINE_DOCS);
    throw err;
  }
}

/**
 * `.kubegate.yaml` as the trusted side has it: the work tree's, or with trusted-config base the
 * base commit's (a pull request cannot loosen its own gate by editing it).
 */
export function readTrustedRepoConfig(root: string, explicit: string | undefined, raw: RawSuppressionOptions, base: TrustedBase | undefined = trustedBase(root, raw)): RepoConfig {
  if (!base) return readRepoConfig(root, explicit);
  const { repo, sha } = base;
  for (const name of explicit ? [explicit] : REPO_CONFIG_FILES) {
    const text = readFileAt(repo, sha, name);
    if (text !== undefined) return parseRepoConfig(`${name} (base ${sha.slice(0, 7)})`, text);
  }
  // a named config the base lacks must not silently become the defaults
  if (explicit) throw new ConfigError(`config file ${explicit} does not exist at the base commit ${sha.slice(0, 7)}`, undefined, undefined, BASELINE_DOCS);
  return { settings: defaultSettings(), rules: {} };
}
