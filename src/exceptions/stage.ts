import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_CONFIG_FILES } from '../config/repo-config';
import { BASELINE_DOCS, ConfigError } from '../core/errors';
import type { Framework } from '../rules/framework';
import type { Logger } from '../core/logger';
import { type BaselineComparison, type Diagnostic, type Finding, type KubeObject, type PolicyChange, type RuleTally, type ScanResult } from '../core/model';
import type { Catalog } from '../policy/catalog';
import { scoreFramework } from '../rules/score';
import { applySuppressions, type KnownFingerprints } from './apply';
import { baselineFromScan, baselineLabel, compareWithBaseline, parseBaselineFile, type Baseline } from './baseline';
import { DEFAULT_EXCEPTIONS_FILE, parseExceptionsFile } from './exceptions-file';
import { discoverCustomPolicy, type CustomPolicyOptions } from '../policy/discover';
import { commitTree } from '../policy/policy-tree';
import { extractTree, findBaseCommit, openRepo, readFileAt, type GitRepo } from '../workspace/git';
import { diffCustomPolicy, diffExceptions, diffRepoConfig } from './policy-changes';
import { ruleResolver, type RuleResolver } from './resolver';
import { EXCEPTIONS_DOCS, type ExceptionSet } from './types';
import { append } from '../core/arrays';

/** The options of this stage, as fields of ScanConfig. */
export interface SuppressionConfig {
  /**
   * Exceptions file, relative to the root (or absolute). Unset: `.kubegate/exceptions.yaml` when
   * it exists. `none`: no exceptions file.
   */
  exceptionsFile?: string;
  /**
   * `auto` (default: `base` when there is a base to compare with, a pull request's or --base-ref,
   * else `none`), `none`, `base` (scan the base commit), or a SARIF / JSON report file.
   */
  baseline?: string;
  /** The commit the PR is compared with (the action passes pull_request.base.sha). */
  baseRef?: string;
  /** Why the front end could not bring the base commit into the clone (a failed fetch), for the notice. */
  baseUnavailable?: string;
  /**
   * Where exceptions (and, in the front ends, `.kubegate.yaml` and the custom rules, frameworks
   * and policies) are read from. Default head.
   */
  trustedConfig?: 'head' | 'base';
  /** Where the repository's own rules live (default `.kubegate/rules`), to list their changes. */
  customPolicy?: CustomPolicyOptions;
  /** Honour suppression annotations on objects. Default true. */
  inlineSuppressions?: boolean;
  /** The clock for expiry dates (ms since epoch or a Date); default the current time. */
  now?: number | Date;
}

export interface SuppressionStageInput {
  config: SuppressionConfig;
  /** Absolute scan root. */
  root: string;
  catalog: Catalog;
  frameworks: readonly Framework[];
  findings: Finding[];
  objects: readonly KubeObject[];
  tallies: ReadonlyMap<string, RuleTally>;
  logger: Logger;
  /**
   * Scans another checkout with the same settings and no baseline (the base commit). The
   * exceptions file is passed so that the trusted one applies to both sides.
   */
  scanTree(dir: string, exceptionsFile: string): Promise<ScanResult>;
}

export interface SuppressionStageResult {
  diagnostics: Diagnostic[];
  comparison?: BaselineComparison;
  policyChanges?: PolicyChange[];
}

/** exempt: exceptions, annotations and the baseline, between evaluate and score. */
export async function runSuppressionStage(input: SuppressionStageInput): Promise<SuppressionStageResult> {
  const { config, root, logger } = input;
  const now = config.now ?? Date.now();
  const resolver = ruleResolver(input.catalog);
  const diagnostics: Diagnostic[] = [];
  const requested = (config.baseline ?? '').trim() || 'auto';
  const auto = requested === 'auto';
  let baselineOpt = resolveBaselineMode(requested, config.baseRef);
  const trusted = config.trustedConfig ?? 'head';

  // a base commit is needed to scan it, to read trusted policy from it, or to list policy changes
  let repo: GitRepo | undefined;
  let base: { sha: string; ref: string } | undefined;
  // `auto` asked for no base in particular: without one the scan judges everything, and says so
  const baseRequired = (baselineOpt === 'base' && !auto) || trusted === 'base';
  if (baseRequired || baselineOpt === 'base' || config.baseRef) {
    try {
      repo = openRepo(root);
      if (!repo) throw new ConfigError(`${baselineOpt === 'base' ? 'baseline: base' : 'trusted-config: base'} needs a git checkout, and ${root} is not one`, undefined, undefined, BASELINE_DOCS);
      const found = findBaseCommit(repo, config.baseRef);
      if (found.note) diagnostics.push({ level: 'notice', code: 'baseline-base', message: found.note, gating: false });
      base = found;
      logger.debug(`base commit ${found.sha} (${found.ref})`);
    } catch (err) {
      // the base only serves the policy-change list here: a shallow clone must not fail the run
      if (baseRequired || !(err instanceof ConfigError)) throw err;
      repo = undefined;
      const why = config.baseUnavailable ?? err.message;
      if (baselineOpt === 'base') {
        baselineOpt = 'none';
        diagnostics.push({
          level: 'notice',
          code: 'baseline-unavailable',
          message: `Not compared with the base commit (${why}): every finding is judged, not only the new ones, and changes to exceptions and gate configuration are not listed.`,
          gating: false,
        });
      } else diagnostics.push({ level: 'notice', code: 'policy-changes-unavailable', message: `changes to exceptions, .kubegate.yaml and custom rules are not listed: ${why}`, gating: false });
    }
  }

  // exceptions: from the head work tree, or from the base commit when only reviewed policy counts
  const excRel = exceptionsPath(config.exceptionsFile);
  const headText = excRel !== undefined ? readIfExists(path.resolve(root, excRel)) : undefined;
  const baseText = excRel !== undefined && repo && base && !path.isAbsolute(excRel) ? readFileAt(repo, base.sha, excRel) : undefined;
  if (config.exceptionsFile && config.exceptionsFile !== 'none' && (trusted === 'head' ? headText : baseText) === undefined) {
    throw new ConfigError(`exceptions file ${config.exceptionsFile} does not exist${trusted === 'base' ? ' at the base commit' : ''}`, undefined, undefined, EXCEPTIONS_DOCS);
  }
  const trustedText = trusted === 'base' ? baseText : headText;
  const exceptions = excRel !== undefined && trustedText !== undefined ? parseExceptionsFile(excRel, trustedText, resolver) : undefined;
  if (exceptions) logger.debug(`${exceptions.entries.length} exceptions from ${excRel}${trusted === 'base' ? ' at the base commit' : ''}`);

  let baseline: Baseline | undefined;
  if (baselineOpt === 'base') {
    const { dir, cleanup } = extractTree(repo!, base!.sha);
    try {
      // the trusted exceptions apply to the base scan too, so scores compare like with like
      const exc = excRel === undefined || trustedText === undefined ? 'none' : trusted === 'base' ? excRel : path.resolve(root, excRel);
      const baseResult = await input.scanTree(dir, exc);
      baseline = baselineFromScan(baseResult, { kind: 'base', ref: config.baseRef ?? base!.ref, sha: base!.sha });
    } finally {
      cleanup();
    }
  } else if (baselineOpt !== 'none') {
    const abs = path.resolve(root, baselineOpt);
    const text = readIfExists(abs);
    if (text === undefined) throw new ConfigError(`baseline file ${baselineOpt} does not exist (expected none, base, or a SARIF/JSON report)`, undefined, undefined, BASELINE_DOCS);
    baseline = parseBaselineFile(baselineOpt, text);
  }

  const known: KnownFingerprints | undefined = baseline && {
    fingerprints: new Set(baseline.findings.map((f) => f.fingerprint)),
    label: baselineLabel(baseline.source),
    source: baseline.source.kind === 'base' ? `baseline:${baseline.source.sha}` : `baseline:${baseline.source.path}`,
  };
  const outcome = applySuppressions(input.findings, input.objects, { exceptions, inline: config.inlineSuppressions ?? true, resolver, baseline: known, now });
  append(diagnostics, outcome.diagnostics);

  let comparison: BaselineComparison | undefined;
  if (baseline) {
    const acknowledged = (f: Finding) => f.suppression !== undefined && f.suppression.kind !== 'baseline';
    const counted = input.findings.filter((f) => !acknowledged(f));
    const after = input.frameworks.map((fw) => scoreFramework(fw, input.catalog.rules, input.tallies, counted));
    comparison = compareWithBaseline(baseline, input.findings, after);
  }

  let policyChanges: PolicyChange[] | undefined;
  if (repo && base) policyChanges = listPolicyChanges(repo, base.sha, root, excRel, headText, baseText, resolver, config.customPolicy ?? {});
  return { diagnostics, comparison, policyChanges };
}

/**
 * What `baseline` means for this run: `auto` compares with the base when there is one to compare
 * with (the action passes a pull request's base commit; the CLI --base-ref), else nothing.
 */
export function resolveBaselineMode(value: string | undefined, baseRef: string | undefined): string {
  const v = (value ?? '').trim() || 'auto';
  if (v !== 'auto') return v;
  return baseRef?.trim() ? 'base' : 'none';
}

function exceptionsPath(option: string | undefined): string | undefined {
  const o = option?.trim();
  if (o === 'none') return undefined;
  if (o) return path.isAbsolute(o) ? o : toPosix(path.normalize(o));
  // the default is read when present, and still compared with the base (a PR may delete it)
  return DEFAULT_EXCEPTIONS_FILE;
}

function listPolicyChanges(repo: GitRepo, sha: string, root: string, excRel: string | undefined, headText: string | undefined, baseText: string | undefined, resolver: RuleResolver, custom: CustomPolicyOptions): PolicyChange[] {
  const out: PolicyChange[] = [];
  if (excRel !== undefined && !path.isAbsolute(excRel) && headText !== baseText) {
    const parse = (t: string | undefined): ExceptionSet | 'invalid' | undefined => {
      if (t === undefined) return undefined;
      try {
        return parseExceptionsFile(excRel, t, resolver);
      } catch {
        return 'invalid';
      }
    };
    const [b, h] = [parse(baseText), parse(headText)];
    if (b === 'invalid' || h === 'invalid') out.push({ file: excRel, change: 'changed', description: `${excRel} changed (one side does not parse)` });
    else append(out, diffExceptions(excRel, b, h));
  }
  for (const name of REPO_CONFIG_FILES) {
    append(out, diffRepoConfig(name, readFileAt(repo, sha, name), readIfExists(path.join(root, name))));
  }
  // either side may lack a directory the other has: that is an added or removed policy, not an error
  const baseCustom = discoverCustomPolicy(root, custom, commitTree(repo, sha), true);
  const headCustom = discoverCustomPolicy(root, custom, undefined, true);
  append(out, diffCustomPolicy(baseCustom, headCustom));
  return out;
}

function readIfExists(abs: string): string | undefined {
  try {
    return fs.readFileSync(abs, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
