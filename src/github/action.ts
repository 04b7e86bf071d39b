import * as core from '@actions/core';
import * as fs from 'node:fs';
import type { FixReport } from '../pipeline/run-fix';
import { createClient } from './client';
import { gitHead, type RunContext } from './context';
import type { FixScope } from './fix-pull-request-body';
import { publishFixPullRequest } from './fix-pull-request';
import { publishToGitHub, Reporter, type PublishDeps, type PublishInput } from './publish';
import { POLL_DELAYS_MS } from './sarif-upload';

/** GitHub drops a step summary over 1 MiB; keep a margin for what the runner adds. */
const STEP_SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024;

/** A request unanswered this long is abandoned and retried. */
const REQUEST_TIMEOUT_MS = 30_000;

type Env = Record<string, string | undefined>;

/**
 * Timing knobs, for tests only: KUBEGATE_TIME_SCALE multiplies every wait (retry back-off,
 * retry-after, write spacing, SARIF status polling) and KUBEGATE_API_TIMEOUT_MS sets the request
 * timeout, so fault scenarios run in milliseconds against a local fake API.
 */
export function timing(env: Env = process.env): { timeScale: number; timeoutMs: number } {
  const scale = Number(env.KUBEGATE_TIME_SCALE);
  const timeout = Number(env.KUBEGATE_API_TIMEOUT_MS);
  return {
    timeScale: scale > 0 && scale <= 1 ? scale : 1,
    timeoutMs: timeout > 0 ? timeout : REQUEST_TIMEOUT_MS,
  };
}

/** The action's GitHub-side reports, wired to the real API (GITHUB_API_URL) and clock. */
export async function publishFromAction(input: PublishInput & { ctx?: RunContext; fixes?: FixPullRequestRequest }): Promise<{ checkRunUrl: string }> {
  const { timeScale, timeoutMs } = timing();
  const reporter = new Reporter();
  const client =
    input.ctx && input.inputs.token
      ? createClient(input.inputs.token, { baseUrl: input.ctx.apiUrl, timeoutMs, timeScale, log: reporter })
      : undefined;
  let out = { checkRunUrl: '' };
  try {
    out = await publishToGitHub(input, {
      client,
      reporter,
      sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
      pollDelaysMs: POLL_DELAYS_MS.map((d) => d * timeScale),
      summary: stepSummary(process.env.GITHUB_STEP_SUMMARY),
    });
  } catch (err) {
    // each channel handles its own failures; reaching here is a bug, which must not hide the gate
    reporter.warning(`kubegate could not publish to GitHub (internal error, please report it): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }
  await fixPullRequest(input, client, reporter);
  return out;
}

/** `fix-pull-request: safe|all`: the mode, and the fixes planned on the scan already made. */
export interface FixPullRequestRequest {
  mode: FixScope;
  plan: () => FixReport;
}

async function fixPullRequest(input: { ctx?: RunContext; fixes?: FixPullRequestRequest; result: PublishInput['result'] }, client: ReturnType<typeof createClient> | undefined, reporter: Reporter): Promise<void> {
  let out = { url: '', proposed: 0 };
  if (input.fixes && !input.ctx) reporter.notice('fix-pull-request: skipped: not running in GitHub Actions (GITHUB_REPOSITORY is not set).');
  else if (input.fixes && input.ctx) {
    const { ctx, fixes, result } = input;
    try {
      out = await publishFixPullRequest(client, { mode: fixes.mode, ctx, scannedCommit: gitHead(result.root) ?? ctx.sha, root: result.root, plan: fixes.plan }, reporter);
    } catch (err) {
      reporter.warning(`kubegate could not publish the fix pull request (internal error, please report it): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
  }
  core.setOutput('fix-pull-request-url', out.url);
  core.setOutput('fixes-proposed', out.proposed);
  // the reader of the job summary learns where the fixes went, in the room the summary leaves
  const summary = stepSummary(process.env.GITHUB_STEP_SUMMARY);
  if (out.url && summary) {
    const line = `\n### Fix pull request\n${out.proposed > 0 ? `${out.proposed} verified ${out.proposed === 1 ? 'fix' : 'fixes'} proposed in ${out.url}` : `The fix pull request ${out.url} was left as it is (see the warnings above).`}\n`;
    if (summary.room() > Buffer.byteLength(line)) {
      try {
        await summary.append(line);
      } catch (err) {
        reporter.warning(`Could not add the fix pull request to the job summary: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }
}

/** The step's summary file: appended to after the main summary, in the room it leaves. */
function stepSummary(file: string | undefined): PublishDeps['summary'] {
  if (!file) return undefined;
  return {
    room: () => {
      try {
        return Math.max(0, STEP_SUMMARY_MAX_BYTES - fs.statSync(file).size);
      } catch {
        return 0;
      }
    },
    append: async (markdown) => {
      await core.summary.addRaw(markdown).write();
    },
  };
}
