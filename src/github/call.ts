/** An API call that failed for good, named after the call so the log says what did not happen. */
export class GitHubCallError extends Error {
  constructor(
    readonly call: string,
    readonly status: number | undefined,
    readonly apiMessage: string,
    readonly headers: Record<string, string> = {},
  ) {
    // callers end the sentence themselves: "…failed (HTTP 403): Please wait. The SARIF file is…"
    super(`${call} failed${status ? ` (HTTP ${status})` : ''}: ${apiMessage.replace(/\.+$/, '')}`);
    this.name = 'GitHubCallError';
  }
}

/**
 * Runs one API call and names it in the error: "create check run (POST /repos/o/r/check-runs)
 * failed (HTTP 502): Bad Gateway". Never includes request headers, so the token cannot leak.
 */
export async function call<T>(name: string, route: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    const e = err as { status?: number; message?: string; response?: { headers?: Record<string, string>; data?: unknown } };
    const status = typeof e.status === 'number' && e.response ? e.status : undefined;
    const data = e.response?.data as { message?: string } | undefined;
    const msg = (typeof data?.message === 'string' ? data.message : e.message) || String(err);
    throw new GitHubCallError(`${name} (${route})`, status, msg, e.response?.headers ?? {});
  }
}
