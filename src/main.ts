import * as core from '@actions/core';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildScanConfig } from './pipeline/scan-options';
import { fetchCommit } from './workspace/git';
import { resolveBaselineMode } from './exceptions/stage';
import { ConfigError, errorMessage } from './core/errors';
import { publishFromAction, type FixPullRequestRequest } from './github/action';
import { blobBase, readRunContext } from './github/context';
import { findingLineHashes } from './github/fingerprints';
import { MAX_RESULTS_PER_RUN } from './github/sarif-upload';
import { readActionInputs, type ActionInputs } from './github/inputs';
import type { Logger } from './core/logger';
import type { ScanResult } from './core/model';
import { loadCatalog } from './policy/catalog';
import { runScan } from './pipeline/scan';
import { renderStage } from './render';
import { buildMarkdown } from './report/markdown';
import { overallScore } from './report/rollup';
import { buildSarif, writeSarif, type SarifOptions } from './report/sarif';
import { readFixSources } from './fix/sarif-fixes';
import { fixScanned, keepRendered } from './pipeline/run-fix';
import { writeReportFile } from './report/sink';

/** GitHub shows step summaries up to 1 MiB; stay clear of it (UTF-8 bytes can exceed chars). */
const SUMMARY_MAX_CHARS = 900_000;

export const actionsLogger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  error: (m) => core.error(m),
};

/**
 * The action: inputs → scan → every report published → only then the gate, so a failing run
 * always explains itself.
 */
export async function run(): Promise<void> {
  try {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const inputs = readActionInputs(workspace);
    const baseRef = readRunContext()?.pullRequest?.baseSha;
    const baseUnavailable = baseRef && wantsBase(inputs, baseRef) ? fetchBase(workspace, baseRef) : undefined;
    const config = buildScanConfig({ ...inputs, baseRef, baseUnavailable });
    const catalog = loadCatalog(config.catalog);
    // what was rendered is kept: the fix pull request's re-scan reuses it instead of rendering again
    const kept = keepRendered(renderStage(inputs.render));
    // SARIF is always written: its fixes are planned by the threads that judge the findings
    const result = await runScan({ ...config, planSarifFixes: true }, { logger: actionsLogger, render: kept.render, workerScript: WORKER_SCRIPT }, catalog);
    const sarifFile = path.resolve(workspace, inputs.sarifFile || path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'kubegate.sarif'));
    const mode = inputs.fixPullRequest;
    const fixes = mode === 'off' ? undefined : { mode, plan: () => fixScanned(result, config, catalog, { dryRun: true, includeSuggestions: mode === 'all' }, kept.rendered()) };
    await publish(result, sarifFile, inputs, fixes);
    if (result.gate.failed) core.setFailed(`kubegate gate failed: ${result.gate.reasons.join('; ')}`);
    else core.info('kubegate gate passed.');
  } catch (err) {
    if (err instanceof ConfigError) core.setFailed(`kubegate configuration error: ${errorMessage(err)}`);
    else core.setFailed(`kubegate internal error (please report it): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }
}

/** Whether this run compares with or reads from the pull request's base commit. */
function wantsBase(inputs: ActionInputs, baseRef: string): boolean {
  return resolveBaselineMode(inputs.baseline, baseRef) === 'base' || inputs.trustedConfig?.trim().toLowerCase() === 'base';
}

/**
 * The base commit, fetched when the checkout lacks it (the default fetch-depth 1). A failure is
 * not the user's mistake: it is returned, and the scan says in one notice that it judged everything.
 */
function fetchBase(workspace: string, sha: string): string | undefined {
  const failed = fetchCommit(workspace, sha);
  if (failed) core.info(`kubegate: ${failed}`);
  else core.debug(`base commit ${sha} is in the clone`);
  return failed;
}

/** The bundle (dist/index.js) is also the script of its evaluation workers; TypeScript sources (tests) judge in one thread. */
const WORKER_SCRIPT = __filename.endsWith('.js') ? __filename : undefined;

async function publish(result: ScanResult, sarifFile: string, inputs: ActionInputs, fixes?: FixPullRequestRequest): Promise<void> {
  const ctx = readRunContext();
  // the same log the upload sends: category, plus GitHub's line hashes for tools that upload it later
  const sources = readFixSources(result.root, result.findings);
  const options: SarifOptions = { srcRoot: result.root, category: inputs.sarifCategory, sources, planned: result.plannedFixes, lineHash: findingLineHashes(result.findings, result.root) };
  // written result by result: the log of a large repository is more text than one string may hold
  writeReportFile(sarifFile, (sink) => writeSarif(sink, result, options, 0));
  // the upload holds no more than code scanning takes: the most severe results come first
  const sarif = buildSarif(result, { ...options, maxResults: MAX_RESULTS_PER_RUN });
  setOutputs(result, sarifFile);
  // links point at the PR head (what the check run shows), not the synthetic merge commit
  const linkBase = ctx ? blobBase(ctx) : undefined;
  if (process.env.GITHUB_STEP_SUMMARY) {
    try {
      await core.summary.addRaw(buildMarkdown(result, { linkBase, maxChars: SUMMARY_MAX_CHARS })).write();
    } catch (err) {
      core.warning(`Could not write the job summary: ${errorMessage(err)}`);
    }
  }
  const { checkRunUrl } = await publishFromAction({ result, inputs, ctx, sarif, sarifResults: result.findings.length, sarifFile, linkBase, sources, fixes });
  core.setOutput('check-run-url', checkRunUrl);
}

export function setOutputs(result: ScanResult, sarifFile: string): void {
  const active = result.findings.filter((f) => !f.suppression);
  const count = (s: string) => active.filter((f) => f.severity === s).length;
  core.setOutput('result', result.gate.failed ? 'failed' : 'passed');
  core.setOutput('findings', active.length);
  core.setOutput('critical', count('critical'));
  core.setOutput('high', count('high'));
  core.setOutput('medium', count('medium'));
  core.setOutput('low', count('low'));
  // the lowest framework score is the one a compliance threshold compares against
  core.setOutput('compliance-score', overallScore(result) ?? '');
  core.setOutput('sarif-file', sarifFile);
}
