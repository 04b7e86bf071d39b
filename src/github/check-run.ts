import type { CheckAnnotation } from './annotations';
import { call, GitHubCallError } from './call';
import type { GitHubClient } from './client';
import type { RunContext } from './context';

export const CHECK_NAME = 'kubegate';
/** Checks API: at most 50 annotations per create or update request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** Checks API: output.summary holds at most 65,535 characters. */
export const CHECK_SUMMARY_MAX = 65_535;

export interface CheckRunInput {
  conclusion: 'success' | 'failure';
  title: string;
  summary: string;
  annotations: CheckAnnotation[];
}

export interface CheckRunOutcome {
  id: number;
  url: string;
  /** How many annotations GitHub accepted; fewer than given when an update failed for good. */
  attached: number;
  /** The update that failed, when one did: the rest must be shown some other way. */
  error?: GitHubCallError;
}

/**
 * Creates the completed check run on the PR head commit with the first 50 annotations, then
 * appends the rest 50 at a time (updates append annotations, they do not replace them).
 * Throws when the check run cannot be created at all.
 */
export async function publishCheckRun(client: GitHubClient, ctx: RunContext, input: CheckRunInput): Promise<CheckRunOutcome> {
  const { owner, repo } = ctx;
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < input.annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(input.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const summary = input.summary.length > CHECK_SUMMARY_MAX ? `${input.summary.slice(0, CHECK_SUMMARY_MAX - 40)}\n\n…(truncated: see the job summary)` : input.summary;
  const output = (annotations: CheckAnnotation[] | undefined) => ({ title: input.title, summary, ...(annotations?.length ? { annotations } : {}) });

  const created = await call<{ data: { id: number; html_url: string | null } }>('create check run', `POST /repos/${owner}/${repo}/check-runs`, () =>
    client.rest.checks.create({
      owner,
      repo,
      name: CHECK_NAME,
      head_sha: ctx.headSha,
      status: 'completed',
      conclusion: input.conclusion,
      completed_at: new Date().toISOString(),
      output: output(batches[0]),
    }),
  );
  const id = created.data.id;
  let attached = batches[0]?.length ?? 0;
  for (let b = 1; b < batches.length; b++) {
    try {
      await call(`add annotations ${attached + 1}-${attached + batches[b].length} to the check run`, `PATCH /repos/${owner}/${repo}/check-runs/${id}`, () =>
        client.rest.checks.update({ owner, repo, check_run_id: id, output: output(batches[b]) }),
      );
    } catch (err) {
      return { id, url: created.data.html_url ?? '', attached, error: err as GitHubCallError };
    }
    attached += batches[b].length;
  }
  return { id, url: created.data.html_url ?? '', attached };
}
