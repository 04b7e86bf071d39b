import { pathToFileURL } from 'node:url';
import * as zlib from 'node:zlib';
import { call } from './call';
import type { GitHubClient } from './client';
import { gitHead, sarifTarget, type RunContext } from './context';

/** Code scanning rejects a run with more results than this. */
export const MAX_RESULTS_PER_RUN = 25_000;
/** ...and a file larger than this once gzipped. */
export const MAX_GZIP_BYTES = 10 * 1024 * 1024;
/** codeql-action's schedule: first look after 5 s, then double, five looks (about 155 s in all). */
export const POLL_DELAYS_MS = [5_000, 10_000, 20_000, 40_000, 80_000];

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface FittedSarif {
  /** gzip + base64, as the API takes it. */
  payload: string;
  kept: number;
  total: number;
}

/**
 * Encodes the SARIF log, dropping the least severe results when it is over GitHub's limits. The
 * results arrive most severe first (active before acknowledged), so keeping a prefix keeps the
 * ones that matter; the caller says how many were left out, of `total` (the log's results when
 * not given).
 */
export function fitSarif(sarif: any, limits = { maxResults: MAX_RESULTS_PER_RUN, maxGzipBytes: MAX_GZIP_BYTES }, total?: number): FittedSarif {
  const run = sarif.runs[0];
  const all: unknown[] = run.results ?? [];
  const encode = (n: number) => {
    const copy = { ...sarif, runs: [{ ...run, results: all.slice(0, n) }, ...sarif.runs.slice(1)] };
    return zlib.gzipSync(JSON.stringify(copy));
  };
  let kept = Math.min(all.length, limits.maxResults);
  let gz = encode(kept);
  // shrink in proportion to the overshoot, then step down until it fits
  while (gz.length > limits.maxGzipBytes && kept > 0) {
    kept = Math.min(kept - 1, Math.floor((kept * limits.maxGzipBytes) / gz.length * 0.95));
    kept = Math.max(kept, 0);
    gz = encode(kept);
  }
  // the log may come cut to the first results already (the action builds no more than it can send)
  return { payload: gz.toString('base64'), kept, total: Math.max(total ?? 0, all.length) };
}

export type ProcessingStatus = 'complete' | 'failed' | 'pending' | 'unknown';

export interface UploadOutcome {
  id: string;
  status: ProcessingStatus;
  errors: string[];
  ref: string;
  commitSha: string;
}

export interface UploadOptions {
  sleep: (ms: number) => Promise<void>;
  pollDelaysMs: number[];
  root: string;
}

/**
 * POST /code-scanning/sarifs, then poll the processing status with back-off. Processing is
 * asynchronous: `failed` (GitHub rejected the analysis) is reported by the caller; a status still
 * pending after the last look is left to GitHub.
 */
export async function uploadSarif(client: GitHubClient, ctx: RunContext, payload: string, opts: UploadOptions): Promise<UploadOutcome> {
  const { owner, repo } = ctx;
  const { commitSha, ref } = sarifTarget(ctx, gitHead(ctx.workspace));
  const posted = await call<{ data: { id?: string } }>('upload SARIF to code scanning', `POST /repos/${owner}/${repo}/code-scanning/sarifs`, () =>
    client.rest.codeScanning.uploadSarif({
      owner,
      repo,
      commit_sha: commitSha,
      ref,
      sarif: payload,
      checkout_uri: pathToFileURL(opts.root).href,
      tool_name: 'kubegate',
    }),
  );
  const id = posted.data.id ?? '';
  let status: ProcessingStatus = 'unknown';
  let errors: string[] = [];
  for (const delay of id ? opts.pollDelaysMs : []) {
    await opts.sleep(delay);
    const r = await call<{ data: { processing_status?: string; errors?: unknown[] | null } }>('read the SARIF processing status', `GET /repos/${owner}/${repo}/code-scanning/sarifs/${id}`, () =>
      client.rest.codeScanning.getSarif({ owner, repo, sarif_id: id }),
    );
    status = (r.data.processing_status as ProcessingStatus | undefined) ?? 'unknown';
    errors = (r.data.errors ?? []).map(String);
    if (status === 'complete' || status === 'failed') break;
  }
  return { id, status, errors, ref, commitSha };
}
