import * as core from '@actions/core';
import { errorMessage } from '../core/errors';
import type { ScanResult } from '../core/model';
import { buildCheckSummary } from '../report/check-summary';
import { buildComment } from '../report/pr-comment';
import { buildRollup } from '../report/rollup';
import { annotatedLines, annotationOf, topPerLevel, type AnnotationLevel, type CheckAnnotation } from '../report/annotations';
import { CHECK_NAME, CHECK_SUMMARY_MAX, MAX_CHECK_ANNOTATIONS, publishCheckRun } from './check-run';
import type { GitHubClient } from './client';
import { upsertComment } from './comment';
import { codeScanningUrl, type RunContext } from './context';
import type { ActionInputs } from './inputs';
import { fixSummary } from './fix-summary';
import { classify } from './permissions';
import { fitSarif, uploadSarif } from './sarif-upload';
import { suggestFixes, type SuggestionsOutcome } from './suggestions';

/** GitHub shows at most this many workflow-command annotations of each level per step. */
export const WORKFLOW_ANNOTATIONS_PER_LEVEL = 10;

/** Logging that knows how many annotations of each level it has spent, for the per-step cap. */
export class Reporter {
  readonly spent: Record<AnnotationLevel, number> = { failure: 0, warning: 0, notice: 0 };
  info(m: string): void {
    core.info(m);
  }
  debug(m: string): void {
    core.debug(m);
  }
  warning(m: string, props?: core.AnnotationProperties): void {
    this.spent.warning++;
    core.warning(m, props);
  }
  notice(m: string, props?: core.AnnotationProperties): void {
    this.spent.notice++;
    core.notice(m, props);
  }
  error(m: string, props?: core.AnnotationProperties): void {
    this.spent.failure++;
    core.error(m, props);
  }
}

export interface PublishInput {
  result: ScanResult;
  inputs: Pick<ActionInputs, 'annotations' | 'comment' | 'suggestions' | 'uploadSarif' | 'token'>;
  /** Undefined outside GitHub Actions. */
  ctx?: RunContext;
  /** The SARIF log to upload: the first results of the one written to disk (category and line hashes included). */
  sarif: unknown;
  /** How many results the log on disk holds (default: as many as `sarif`). */
  sarifResults?: number;
  sarifFile: string;
  linkBase?: string;
  /** Checked-out text of the files with fixable findings (for suggestions and the fix patch). */
  sources?: ReadonlyMap<string, string>;
}

export interface PublishDeps {
  /** Undefined when there is no token. */
  client?: GitHubClient;
  reporter: Reporter;
  sleep: (ms: number) => Promise<void>;
  pollDelaysMs: number[];
  /** The job summary, to append what only publishing can tell (the fixes not suggested). */
  summary?: { room(): number; append(markdown: string): Promise<void> };
}

interface Skipped {
  what: string;
  permission: string;
}

/**
 * Every GitHub-side report, each on its own: a check run with annotations, the sticky PR comment,
 * the code-scanning upload. One that cannot be made never stops the others nor the gate. What the
 * token was not allowed to do is said once, in one notice naming the permissions; findings the
 * check run could not carry are shown as workflow-command annotations (the most severe, within
 * GitHub's 10 per level per step). The job summary and SARIF file, written before, hold them all.
 */
export async function publishToGitHub(input: PublishInput, deps: PublishDeps): Promise<{ checkRunUrl: string }> {
  const { result, inputs, ctx } = input;
  const log = deps.reporter;
  // the most severe lines only: the rest would cost requests a reviewer never reads
  const lines = inputs.annotations ? annotatedLines(result) : [];
  const annotations = lines.slice(0, MAX_CHECK_ANNOTATIONS).map(annotationOf);
  const beyond = lines.length - annotations.length;
  let unshown: CheckAnnotation[] = annotations;
  let checkRunUrl = '';
  const skipped: Skipped[] = [];
  let why = '';
  let fixes: SuggestionsOutcome = { suggested: new Set(), posted: 0, postedSuggestions: 0, notes: [] };

  if (!ctx || !deps.client) {
    why = !ctx ? 'not running in GitHub Actions (GITHUB_REPOSITORY is not set)' : 'no token (input `token` is empty)';
    skipped.push({ what: 'the check run', permission: 'checks: write' });
    if (inputs.comment !== 'off') skipped.push({ what: 'the pull request comment', permission: 'pull-requests: write' });
    if (inputs.uploadSarif) skipped.push({ what: 'the code-scanning upload', permission: 'security-events: write' });
    if (inputs.suggestions && ctx?.pullRequest) skipped.push({ what: 'the review suggestions', permission: 'pull-requests: write' });
  } else {
    const client = deps.client;
    const failed = result.gate.failed;

    try {
      const out = await publishCheckRun(client, ctx, {
        conclusion: failed ? 'failure' : 'success',
        title: checkTitle(result),
        summary: buildCheckSummary(result, { linkBase: input.linkBase, runUrl: ctx.runUrl || undefined }, CHECK_SUMMARY_MAX - 100, { lines: annotations.length, of: lines.length }),
        annotations,
      });
      checkRunUrl = out.url;
      unshown = out.missing;
      log.info(`Check run "${CHECK_NAME}" created with ${out.attached} annotations: ${out.url}`);
      if (beyond > 0) log.info(`${beyond} more ${beyond === 1 ? 'line' : 'lines'} with findings are not annotated: the check run carries the ${MAX_CHECK_ANNOTATIONS} most severe; the job summary and the SARIF file hold every finding.`);
      if (out.error) {
        const more = out.failures > 1 ? ` (and ${out.failures - 1} more ${out.failures === 2 ? 'request' : 'requests'})` : '';
        log.warning(`${errorMessage(out.error)}${more}. ${unshown.length} annotations are missing from the check run; the most severe are shown below.`);
      }
    } catch (err) {
      if (classify(err).kind === 'permission') skipped.push({ what: 'the check run', permission: 'checks: write' });
      else log.warning(`${errorMessage(err)}. The findings are shown as annotations below and in the job summary.`);
    }

    if (inputs.suggestions) {
      const out = await suggestFixes(client, ctx, result.findings, input.sources ?? new Map(), result.root, log);
      if (out.denied) skipped.push({ what: 'the review suggestions', permission: 'pull-requests: write' });
      fixes = out.outcome;
    }

    const uploaded = inputs.uploadSarif ? await publishSarif(client, ctx, input, deps, skipped) : false;

    if (inputs.comment !== 'off') {
      try {
        // links only to what exists: the run (its job summary), the check run, alerts once uploaded
        const md = buildComment(result, { linkBase: input.linkBase, runUrl: ctx.runUrl || undefined, checkRunUrl: checkRunUrl || undefined, codeScanningUrl: uploaded ? codeScanningUrl(ctx) : undefined });
        const out = await upsertComment(client, ctx, inputs.token, inputs.comment, failed, md);
        log.info(out.action === 'skipped' ? `PR comment skipped: ${out.reason}.` : `PR comment ${out.action}: ${out.url}`);
      } catch (err) {
        if (classify(err).kind === 'permission') skipped.push({ what: 'the pull request comment', permission: 'pull-requests: write' });
        else log.warning(`${errorMessage(err)}. The summary is in the job summary.`);
      }
    }
  }

  if (inputs.suggestions) await appendFixSummary(input, fixes, deps);

  if (skipped.length > 0) log.notice(permissionNotice(skipped, why, ctx, input.sarifFile, unshown.length > 0));
  if (unshown.length > 0) emitWorkflowAnnotations(unshown, unshown === annotations ? beyond : 0, log, result.gate.failed);
  return { checkRunUrl };
}

/** Whether GitHub accepted the log (processing may still be under way). */
async function publishSarif(client: GitHubClient, ctx: RunContext, input: PublishInput, deps: PublishDeps, skipped: Skipped[]): Promise<boolean> {
  const log = deps.reporter;
  const fitted = fitSarif(input.sarif, undefined, input.sarifResults);
  if (fitted.kept < fitted.total) {
    log.warning(
      `The SARIF log is over code scanning's limits (25,000 results, 10 MB gzipped): uploading the ${fitted.kept} most severe of ${fitted.total} results. All are in ${input.sarifFile}.`,
    );
  }
  try {
    const out = await uploadSarif(client, ctx, fitted.payload, { sleep: deps.sleep, pollDelaysMs: deps.pollDelaysMs, root: input.result.root });
    if (out.status === 'failed') {
      log.warning(`Code scanning could not process the SARIF upload ${out.id} (${out.ref} at ${out.commitSha}): ${out.errors.join('; ') || 'no reason given'}.`);
    } else if (out.status === 'complete') {
      log.info(`SARIF uploaded to code scanning (${out.ref} at ${out.commitSha}) and processed.`);
    } else {
      log.info(`SARIF uploaded to code scanning (${out.ref} at ${out.commitSha}); GitHub is still processing it (id ${out.id}).`);
    }
    return out.status !== 'failed';
  } catch (err) {
    const c = classify(err, true);
    if (c.kind === 'permission') skipped.push({ what: 'the code-scanning upload', permission: 'security-events: write' });
    else if (c.kind === 'not-enabled') {
      log.warning(
        `Code scanning is not enabled for ${ctx.owner}/${ctx.repo} (${c.detail}): the SARIF upload was skipped. Enable code scanning (GitHub Advanced Security on private repositories) or set upload-sarif: false; the SARIF file is ${input.sarifFile}.`,
      );
    } else log.warning(`${errorMessage(err)}. The SARIF file is ${input.sarifFile} (output sarif-file).`);
    return false;
  }
}

/** The fixes without a suggestion on the PR, as a patch in the job summary, within its room. */
async function appendFixSummary(input: PublishInput, fixes: SuggestionsOutcome, deps: PublishDeps): Promise<void> {
  if (!deps.summary) return;
  try {
    const md = fixSummary({
      findings: input.result.findings,
      sources: input.sources ?? new Map(),
      suggested: fixes.suggested,
      review: { url: fixes.reviewUrl, posted: fixes.posted, suggestions: fixes.postedSuggestions },
      notes: fixes.notes,
      maxBytes: deps.summary.room(),
    });
    if (md) await deps.summary.append(md);
  } catch (err) {
    deps.reporter.warning(`Could not add the fixes to the job summary: ${errorMessage(err)}`);
  }
}

function permissionNotice(skipped: Skipped[], why: string, ctx: RunContext | undefined, sarifFile: string, annotated: boolean): string {
  const list = skipped.map((s) => `${s.what} (needs \`${s.permission}\`)`).join(', ');
  let cause = why;
  if (!cause) {
    if (ctx?.pullRequest?.fromFork) cause = 'the token is read-only, as on every pull request from a fork';
    else if (ctx?.actor === 'dependabot[bot]') cause = 'the token is read-only, as on Dependabot runs';
    else cause = 'the token was not allowed to';
  }
  const perms = [...new Set(skipped.map((s) => s.permission))].join(', ');
  const fix = !ctx ? '' : ` Grant ${perms} in the workflow's permissions block to enable ${skipped.length > 1 ? 'them' : 'it'}.`;
  return `kubegate skipped ${list}: ${cause}.${fix} Nothing is lost: the job summary and the SARIF file (${sarifFile}) hold every result${annotated ? ', and the most severe findings are annotated here' : ''}.`;
}

const CORE_LEVEL = { failure: 'error', warning: 'warning', notice: 'notice' } as const;

/** The most severe findings as workflow-command annotations, within what GitHub will display. */
function emitWorkflowAnnotations(unshown: CheckAnnotation[], notBuilt: number, log: Reporter, gateFailed: boolean): void {
  const cap = WORKFLOW_ANNOTATIONS_PER_LEVEL;
  // the failed gate's own error annotation (setFailed) comes after these
  const budget = {
    failure: Math.max(0, cap - log.spent.failure - (gateFailed ? 1 : 0)),
    warning: Math.max(0, cap - log.spent.warning),
    notice: Math.max(0, cap - log.spent.notice),
  };
  const shown = topPerLevel(unshown, budget);
  for (const a of shown) {
    const props: core.AnnotationProperties = { title: a.title, file: a.path, startLine: a.start_line, endLine: a.end_line };
    if (a.start_column !== undefined) {
      props.startColumn = a.start_column;
      props.endColumn = a.end_column;
    }
    const level = CORE_LEVEL[a.annotation_level];
    if (level === 'error') log.error(a.message, props);
    else if (level === 'warning') log.warning(a.message, props);
    else log.notice(a.message, props);
  }
  if (shown.length < unshown.length + notBuilt) {
    const n = unshown.length + notBuilt - shown.length;
    log.info(`${n} more ${n === 1 ? 'line' : 'lines'} with findings are not annotated (GitHub displays ${cap} annotations per level per step); the job summary lists every finding.`);
  }
}

function checkTitle(result: ScanResult): string {
  const r = buildRollup(result);
  const n = r.counts;
  const verdict = result.gate.failed ? 'Gate failed' : 'Gate passed';
  return `${verdict}, ${r.headline}: ${r.active.length} findings (${n.critical} critical, ${n.high} high, ${n.medium} medium, ${n.low} low)`;
}
