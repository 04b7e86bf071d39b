import { errorMessage } from '../core/errors';
import { buildReviewRequest, buildReviewSuggestions, fingerprintsIn, type ReviewComment } from '../fix/review-suggestions';
import type { ChangedLines } from '../fix/pr-diff';
import type { Finding } from '../core/model';
import { loadManifestFile } from '../workspace/load';
import { call, GitHubCallError } from './call';
import type { GitHubClient } from './client';
import type { RunContext } from './context';
import { classify } from './permissions';
import { changesInCheckout, type PullFile } from './pr-files';

export interface SuggestionsOutcome {
  /**
   * Findings with a one-click suggestion on the pull request: posted by this run, or by an
   * earlier one whose comment is not outdated. Their fixes stay out of the summary's patch.
   */
  suggested: Set<string>;
  /** Comments this run posted, and how many of them carry a suggestion block. */
  posted: number;
  postedSuggestions: number;
  reviewUrl?: string;
  /** Why some fixes could not be suggested, for the job summary. */
  notes: string[];
}

export interface SuggestionsLog {
  info(m: string): void;
  warning(m: string): void;
}

/** A comment body carrying a one-click suggestion (the fence may be longer than three). */
export function isSuggestion(body: string): boolean {
  return /^`{3,}suggestion$/m.test(body);
}

/**
 * One COMMENT review on the PR head with a suggestion for each finding on a line the PR changed,
 * skipping findings that earlier runs commented on (found by the comments' hidden markers).
 *
 * GitHub answers 422 when a comment's line is not in the diff it holds (the PR moved on, or a
 * range it resolves differently), without saying which comment. Rather than lose the whole
 * review, it is posted again with only the single-line comments on added lines, which any diff
 * of that head accepts; if that fails too, nothing is posted and every fix goes to the patch.
 * Other failures (403 on a read-only token, 5xx after retries) are thrown for the caller.
 */
export async function postReviewSuggestions(
  client: GitHubClient,
  ctx: RunContext,
  pr: { number: number; headSha: string },
  findings: readonly Finding[],
  sources: ReadonlyMap<string, string>,
  log: SuggestionsLog,
): Promise<SuggestionsOutcome> {
  const { owner, repo } = ctx;
  const pull_number = pr.number;
  const files = await call<PullFile[]>('list the pull request files', `GET /repos/${owner}/${repo}/pulls/${pull_number}/files`, () =>
    client.paginate(client.rest.pulls.listFiles, { owner, repo, pull_number, per_page: 100 }),
  );
  const existing = await call<Array<{ body: string; line?: number | null }>>('list the pull request review comments', `GET /repos/${owner}/${repo}/pulls/${pull_number}/comments`, () =>
    client.paginate(client.rest.pulls.listReviewComments, { owner, repo, pull_number, per_page: 100 }),
  );
  const alreadyCommented = fingerprintsIn(existing.map((c) => c.body ?? ''));
  // an outdated comment (line null) no longer offers its suggestion: the patch carries the fix again
  const suggested = fingerprintsIn(existing.filter((c) => typeof c.line === 'number' && isSuggestion(c.body ?? '')).map((c) => c.body));
  const notes: string[] = [];

  const { changes, differing } = changesInCheckout(files, sources);
  if (differing.length) {
    notes.push(
      `The checked-out ${differing.map((f) => `\`${f}\``).join(', ')} ${differing.length === 1 ? 'differs' : 'differ'} from the pull request head on lines of its diff (a merge commit whose base changed ${differing.length === 1 ? 'it' : 'them'} too, or a newer push), so ${differing.length === 1 ? 'its' : 'their'} fixes are not suggested on the pull request.`,
    );
  }
  const built = buildReviewSuggestions({ findings, sources, changes, alreadyCommented });
  if (built.comments.length === 0) {
    log.info(`Review suggestions: nothing new to suggest on the lines this pull request changes${alreadyCommented.size ? ` (${alreadyCommented.size} findings were commented on by earlier runs)` : ''}.`);
    return { suggested, posted: 0, postedSuggestions: 0, notes };
  }

  const route = `POST /repos/${owner}/${repo}/pulls/${pull_number}/reviews`;
  const post = (comments: ReviewComment[]) =>
    call<{ data: { html_url: string } }>('create the review with suggestions', route, () =>
      client.rest.pulls.createReview({ owner, repo, pull_number, ...buildReviewRequest(pr.headSha, comments) }),
    );
  let comments = built.comments;
  let reviewUrl: string | undefined;
  try {
    reviewUrl = (await post(comments)).data.html_url;
  } catch (err) {
    if (!unprocessable(err)) throw err;
    const safer = comments.filter((c) => onAddedLine(c, changes));
    if (safer.length === 0 || safer.length === comments.length) {
      log.warning(`${errorMessage(err)}. No review was posted; the fixes are in the job summary's patch.`);
      notes.push(`GitHub refused the review (${(err as GitHubCallError).apiMessage}), so the fixes are in the patch below instead.`);
      comments = [];
    } else {
      log.warning(`${errorMessage(err)}. Posting again with the ${safer.length} single-line comments on added lines of ${comments.length}; the other fixes are in the job summary's patch.`);
      try {
        reviewUrl = (await post(safer)).data.html_url;
        comments = safer;
        notes.push(`GitHub refused ${plural(built.comments.length - safer.length, 'comment')} spanning several lines or context lines; ${built.comments.length - safer.length === 1 ? 'its fix is' : 'their fixes are'} in the patch below.`);
      } catch (again) {
        if (!unprocessable(again)) throw again;
        log.warning(`${errorMessage(again)}. No review was posted; the fixes are in the job summary's patch.`);
        notes.push(`GitHub refused the review (${(again as GitHubCallError).apiMessage}), so the fixes are in the patch below instead.`);
        comments = [];
      }
    }
  }
  const withSuggestion = comments.filter((c) => isSuggestion(c.body));
  for (const fp of fingerprintsIn(withSuggestion.map((c) => c.body))) suggested.add(fp);
  if (reviewUrl) log.info(`Review posted with ${plural(comments.length, 'comment')} (${withSuggestion.length} with a suggestion): ${reviewUrl}`);
  return { suggested, posted: comments.length, postedSuggestions: withSuggestion.length, reviewUrl, notes };
}

function unprocessable(err: unknown): boolean {
  return err instanceof GitHubCallError && err.status === 422;
}

/** A comment on one line the PR added: valid in any diff of that head commit. */
function onAddedLine(c: ReviewComment, changes: ReadonlyMap<string, ChangedLines>): boolean {
  return c.start_line === undefined && !!changes.get(c.path)?.added.has(c.line);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The suggestions channel of the action: posts the review on pull-request events and says why
 * not otherwise. A refused write (read-only token) comes back as `denied` for the one permissions
 * notice; any other failure is a warning. Whatever happens, the outcome tells the job summary
 * which fixes still need the patch.
 */
export async function suggestFixes(
  client: GitHubClient,
  ctx: RunContext,
  findings: readonly Finding[],
  sources: ReadonlyMap<string, string>,
  root: string,
  log: SuggestionsLog,
): Promise<{ outcome: SuggestionsOutcome; denied: boolean }> {
  const none: SuggestionsOutcome = { suggested: new Set(), posted: 0, postedSuggestions: 0, notes: [] };
  if (!ctx.pullRequest) {
    log.info(`Review suggestions skipped: not a pull request event (${ctx.eventName || 'unknown'}); the fixes are in the job summary's patch.`);
    return { outcome: none, denied: false };
  }
  try {
    return { outcome: await postReviewSuggestions(client, ctx, ctx.pullRequest, findings, withRenderedSources(root, findings, sources), log), denied: false };
  } catch (err) {
    if (classify(err).kind === 'permission') return { outcome: none, denied: true };
    log.warning(`${errorMessage(err)}. The fixes are in the job summary's patch.`);
    return { outcome: none, denied: false };
  }
}

/**
 * Rendered Helm/Kustomize findings get advice, not edits, but the advice is still posted on the
 * template or patch line the PR changed; their files are not among the fix sources, so read them.
 */
function withRenderedSources(root: string, findings: readonly Finding[], sources: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map(sources);
  for (const f of findings) {
    if (!f.origin || !f.fix || f.suppression || out.has(f.file)) continue;
    const loaded = loadManifestFile(root, f.file);
    if (loaded.ok) out.set(f.file, loaded.text);
  }
  return out;
}
