import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  baseUrl: string;
  /** Per-request timeout; a request still unanswered is aborted and retried like a 5xx. */
  timeoutMs: number;
  /**
   * Multiplies every wait (retry back-off, retry-after, the spacing GitHub asks between writes).
   * 1 in production; tests shrink it so fault scenarios run in milliseconds.
   */
  timeScale: number;
  /** Waits for rate limits are told as info: a call that still fails is the caller's one warning. */
  log: { info(m: string): void; debug(m: string): void };
  /** Retries after the first attempt for 5xx, 429, timeouts and dropped connections. */
  retries?: number;
}

/**
 * Octokit as the action uses it: the runner's proxy settings (@actions/github), retries with
 * back-off on 5xx/429 and dropped or timed-out requests (plugin-retry), primary and secondary rate
 * limits waited out with retry-after honoured (plugin-throttling), and a timeout on every request.
 */
export function createClient(token: string, opts: ClientOptions): GitHubClient {
  const base = 1000 * opts.timeScale;
  const maxRetries = opts.retries ?? 3;
  // GitHub asks for a second between content-creating requests; throttling's own groups
  // hard-code that, so pass groups whose spacing follows the time scale
  const write = new Bottleneck.Group({ maxConcurrent: 1, minTime: Math.round(base) });
  const notifications = new Bottleneck.Group({ maxConcurrent: 1, minTime: Math.round(3 * base) });
  const probe = getOctokit(token, { baseUrl: opts.baseUrl });
  const proxyFetch = (probe.request.endpoint.DEFAULTS.request?.fetch ?? globalThis.fetch) as typeof fetch;
  return getOctokit(
    token,
    {
      baseUrl: opts.baseUrl,
      request: { fetch: withTimeout(proxyFetch, opts.timeoutMs) },
      log: { debug: () => {}, info: () => {}, warn: (m: string) => opts.log.debug(m), error: (m: string) => opts.log.debug(m) },
      retry: { retries: maxRetries, retryAfterBaseValue: base },
      throttle: {
        retryAfterBaseValue: base,
        fallbackSecondaryRateRetryAfter: 60,
        write,
        notifications,
        onRateLimit: (after: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
          const retry = retryCount < 1 && after <= 120;
          opts.log.info(`GitHub API rate limit hit on ${options.method} ${options.url}; ${retry ? `retrying in ${after} s` : `not waiting ${after} s for the reset`}.`);
          return retry;
        },
        onSecondaryRateLimit: (after: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
          const retry = retryCount < 2;
          opts.log.info(`GitHub API secondary rate limit on ${options.method} ${options.url}; ${retry ? `retrying in ${after} s` : 'no more retries'}.`);
          return retry;
        },
      },
    },
    honourRetryAfter(base),
    retry,
    throttling,
  );
}

/**
 * plugin-retry backs off 1, 4, 9 s whatever the server says; when a 5xx or 429 carries
 * retry-after, wait that long first (capped at a minute) so the retry is not wasted.
 * Rate limits (a secondary limit's message, or no requests remaining) are plugin-throttling's to
 * wait out; GitHub sends them as 403 or 429, and plugin-retry would retry a 429 three times on
 * every attempt throttling makes, hammering a limited token twelve times. Registered before
 * plugin-retry, so this hook sees each failed attempt first and can take the call's retries away.
 */
function honourRetryAfter(base: number) {
  type Options = { request?: { retries?: number } };
  return (octokit: { hook: { error(name: 'request', fn: (error: unknown, options: Options) => Promise<never>): void } }) => {
    octokit.hook.error('request', async (error: unknown, options: Options) => {
      const e = error as { status?: number; message?: string; response?: { headers?: Record<string, string> } };
      const after = Number(e.response?.headers?.['retry-after']);
      const rateLimited = /\bsecondary rate\b/i.test(e.message ?? '') || e.response?.headers?.['x-ratelimit-remaining'] === '0';
      if (rateLimited && options.request) options.request.retries = 0;
      else if (e.status && (e.status === 429 || e.status >= 500) && after > 0) {
        await new Promise((r) => setTimeout(r, Math.min(after, 60) * base));
      }
      throw error;
    });
  };
}

/** Turns a hung request into a network error after `ms`, which plugin-retry retries like a 5xx. */
function withTimeout(inner: typeof fetch, ms: number): typeof fetch {
  return (async (url: string | URL | Request, init?: RequestInit) => {
    const timeout = AbortSignal.timeout(ms);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      return await inner(url, { ...init, signal });
    } catch (err) {
      if (timeout.aborted) throw new TypeError('fetch failed', { cause: new Error(`no response within ${ms} ms`) });
      throw err;
    }
  }) as typeof fetch;
}
