import type { CheckAnnotation } from '../report/annotations';
import { call, GitHubCallError } from './call';
import type { GitHubClient } from './client';
import type { RunContext } from './context';
import { append } from '../core/arrays';

export const CHECK_NAME = 'kubegate';
/** Checks API: at most 50 annotations per create or update request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** Checks API: output.summary holds at most 65,535 characters. */
export const CHECK_SUMMARY_MAX = 65_535;
/**
 * The most lines one check run annotates: 20 requests. Each request counts against the token's
 * 1,000 requests an hour and GitHub's limits on content-creating requests, so a scan of a large
 * tree without a baseline (a push to the default branch: 100,000 annotated lines were 2,000
 * requests) annotates its most severe lines and leaves the rest to the job summary and SARIF.
 */
export const MAX_CHECK_ANNOTATIONS = 1000;

export interface CheckRunInput {
  conclusion: 'success' | 'failure';
  title: string;
  summary: string;
  annotations: CheckAnnotation[];
}

export interface CheckRunOutcome {
  id: number;
  url: string;
  /** How many annotations GitHub accepted. */
  attached: number;
  /** The annotations GitHub did not take, in the given order: they must be shown some other way. */
  missing: CheckAnnotation[];
  /** The first request that failed, when one did, and how many did. */
  error?: GitHubCallError;
  failures: number;
}

/**
 * Creates the completed check run on the PR head commit with the first 50 annotations, then
 * appends the rest 50 at a time (updates append annotations, they do not replace them).
 *
 * GitHub refuses a whole request (422) when it rejects one annotation in it, without saying
 * which. A refused batch is left out and the next one still tried, and a refused create is made
 * again without annotations, so one odd annotation never costs the check run and its conclusion.
 * Any other failure of an update ends the appending (retries are spent: GitHub is not answering).
 * Throws when the check run cannot be created at all.
 */
export async function publishCheckRun(client: GitHubClient, ctx: RunContext, input: CheckRunInput): Promise<CheckRunOutcome> {
  const { owner, repo } = ctx;
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < input.annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(input.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const summary = input.summary.length > CHECK_SUMMARY_MAX ? `${input.summary.slice(0, CHECK_SUMMARY_MAX - 40)}\n\n…(truncated: see the job summary)` : input.summary;
  const output = (annotations: CheckAnnotation[] | undefined) => ({ title: input.title, summary, ...(annotations?.length ? { annotations } : {}) });
  const missing: CheckAnnotation[] = [];
  let error: GitHubCallError | undefined;
  let failures = 0;
  const refused = (err: unknown, batch: CheckAnnotation[]) => {
    error ??= err as GitHubCallError;
    failures++;
    append(missing, batch);
  };

  const create = (annotations: CheckAnnotation[] | undefined) =>
    call<{ data: { id: number; html_url: string | null } }>('create check run', `POST /repos/${owner}/${repo}/check-runs`, () =>
      client.rest.checks.create({
        owner,
        repo,
        name: CHECK_NAME,
        head_sha: ctx.headSha,
        status: 'completed',
        conclusion: input.conclusion,
        completed_at: new Date().toISOString(),
        output: output(annotations),
      }),
    );
  let created: Awaited<ReturnType<typeof create>>;
  let attached = 0;
  try {
    created = await create(batches[0]);
    attached = batches[0]?.length ?? 0;
  } catch (err) {
    if (!batches[0] || !isRefusal(err)) throw err;
    // the annotations are what GitHub refused if it takes the check run without them
    created = await create(undefined).catch(() => Promise.reject(err));
    refused(err, batches[0]);
  }
  const id = created.data.id;
  for (let b = 1; b < batches.length; b++) {
    const first = attached + missing.length + 1;
    try {
      await call(`add annotations ${first}-${first + batches[b].length - 1} to the check run`, `PATCH /repos/${owner}/${repo}/check-runs/${id}`, () =>
        client.rest.checks.update({ owner, repo, check_run_id: id, output: output(batches[b]) }),
      );
      attached += batches[b].length;
    } catch (err) {
      if (isRefusal(err)) {
        refused(err, batches[b]);
        continue;
      }
      refused(err, batches.slice(b).flat());
      break;
    }
  }
  return { id, url: created.data.html_url ?? '', attached, missing, error, failures };
}

function isRefusal(err: unknown): boolean {
  return err instanceof GitHubCallError && err.status === 422;
}
