import { call, GitHubCallError } from './call';
import type { GitHubClient } from './client';
import type { RunContext } from './context';
import type { CommentMode } from './input-values';

/** Finds our comment again; invisible in the rendered comment. */
export const COMMENT_MARKER = '<!-- kubegate:summary -->';
/** Issue comment bodies hold at most 65,536 characters (422 "Body is too long" beyond). */
export const COMMENT_MAX = 65_536;
/** The Actions GITHUB_TOKEN comments as this user. */
export const ACTIONS_BOT = 'github-actions[bot]';

export type CommentOutcome = { action: 'created' | 'updated'; url: string } | { action: 'skipped'; reason: string };

/**
 * The sticky summary comment: one comment per pull request, found by the hidden marker and the
 * author, updated in place on every run. With `on-failure` a passing run creates nothing but
 * still updates an existing comment, so it never keeps showing a failure that was fixed.
 */
export async function upsertComment(client: GitHubClient, ctx: RunContext, token: string, mode: CommentMode, failed: boolean, markdown: string): Promise<CommentOutcome> {
  if (mode === 'off') return { action: 'skipped', reason: 'comment is off' };
  if (!ctx.pullRequest) return { action: 'skipped', reason: `not a pull request event (${ctx.eventName || 'unknown'})` };
  const { owner, repo } = ctx;
  const issue_number = ctx.pullRequest.number;
  const body = commentBody(markdown);
  const login = await tokenLogin(client, token);
  const comments = await call<Array<{ id: number; body?: string; user: { login: string } | null }>>('list pull request comments', `GET /repos/${owner}/${repo}/issues/${issue_number}/comments`, () =>
    client.paginate(client.rest.issues.listComments, { owner, repo, issue_number, per_page: 100 }),
  );
  const mine = comments.find((c) => c.user?.login === login && (c.body ?? '').includes(COMMENT_MARKER));
  if (mine) {
    const r = await call<{ data: { html_url: string } }>('update the pull request comment', `PATCH /repos/${owner}/${repo}/issues/comments/${mine.id}`, () =>
      client.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body }),
    );
    return { action: 'updated', url: r.data.html_url };
  }
  if (mode === 'on-failure' && !failed) return { action: 'skipped', reason: 'the gate passed and comment is on-failure' };
  const r = await call<{ data: { html_url: string } }>('create the pull request comment', `POST /repos/${owner}/${repo}/issues/${issue_number}/comments`, () =>
    client.rest.issues.createComment({ owner, repo, issue_number, body }),
  );
  return { action: 'created', url: r.data.html_url };
}

export function commentBody(markdown: string): string {
  const head = `${COMMENT_MARKER}\n`;
  const room = COMMENT_MAX - head.length;
  return head + (markdown.length <= room ? markdown : `${markdown.slice(0, room - 60)}\n\n…(truncated: see the job summary)\n`);
}

/**
 * Whose comments are ours. Installation tokens (GITHUB_TOKEN, `ghs_`) comment as the Actions bot
 * and cannot call GET /user (403); a personal token comments as its user.
 */
async function tokenLogin(client: GitHubClient, token: string): Promise<string> {
  if (token.startsWith('ghs_')) return ACTIONS_BOT;
  try {
    const r = await call<{ data: { login: string } }>('identify the token user', 'GET /user', () => client.rest.users.getAuthenticated());
    return r.data.login;
  } catch (err) {
    if (err instanceof GitHubCallError && (err.status === 401 || err.status === 403 || err.status === 404)) return ACTIONS_BOT;
    throw err;
  }
}
