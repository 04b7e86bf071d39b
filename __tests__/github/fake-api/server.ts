/**
 * A stand-in for api.github.com on 127.0.0.1: every request is checked against GitHub's REST
 * description and recorded; answers start from the description's own examples; faults can be
 * injected per operation (HTTP errors with GitHub's messages and headers, dropped connections,
 * requests left hanging).
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as zlib from 'node:zlib';
import type { Match, OpenApi } from './openapi';

/* eslint-disable @typescript-eslint/no-explicit-any */

export type Fault = { status: number; body?: unknown; headers?: Record<string, string> } | { reset: true } | { hang: true };

export interface Recorded {
  method: string;
  path: string;
  query: Record<string, string>;
  operationId?: string;
  body?: any;
  /** Departures from the REST description; must stay empty. */
  errors: string[];
  outcome: number | 'reset' | 'hang';
  authorization?: string;
}

/** GitHub's messages for the faults tests inject. */
export const FAULTS = {
  readOnly: { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' } },
  noAdvancedSecurity: { status: 403, body: { message: 'Advanced Security must be enabled for this repository to use code scanning.', documentation_url: 'https://docs.github.com/rest', status: '403' } },
  notFound: { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } },
  serverError: { status: 500, body: { message: 'Server Error' } },
  badGateway: { status: 502, body: { message: 'Server Error' } },
  unavailable: { status: 503, body: { message: 'Service Unavailable' }, headers: { 'retry-after': '1' } },
  tooMany: { status: 429, body: { message: 'Too Many Requests' }, headers: { 'retry-after': '1' } },
  secondaryRateLimit: {
    status: 403,
    body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits', status: '403' },
    headers: { 'retry-after': '1' },
  },
  unprocessable: { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }], documentation_url: 'https://docs.github.com/rest', status: '422' } },
  tooLarge: { status: 413, body: { message: 'Payload Too Large', status: '413' } },
  reset: { reset: true },
  hang: { hang: true },
} as const satisfies Record<string, Fault>;

const WRITE_OPS = ['checks/create', 'checks/update', 'issues/create-comment', 'issues/update-comment', 'code-scanning/upload-sarif', 'pulls/create-review'];

/**
 * A test's own answer for an operation (one the fake does not serve, or a conditional fault);
 * undefined leaves the request to the fake's usual answer. Still checked against the description.
 */
export type Handler = (match: Match, rec: Recorded, body: any, fake: FakeGitHub) => [number, unknown, Record<string, string>?] | undefined;

export interface CheckRunState {
  id: number;
  create: any;
  updates: any[];
  annotations: any[];
}

export class FakeGitHub {
  readonly requests: Recorded[] = [];
  /** Answers of ours that departed from the description (the fake must be realistic too). */
  readonly responseErrors: string[] = [];
  readonly checkRuns: CheckRunState[] = [];
  comments: Array<{ id: number; body: string; login: string }> = [];
  readonly sarifs: Array<{ id: string; body: any; log: any }> = [];
  /** Successive processing_status answers for GET .../sarifs/{id}; the last repeats. */
  sarifStatuses: Array<'pending' | 'complete' | 'failed'> = ['pending', 'complete'];
  sarifErrors: string[] = ['locationFromSarifResult: expected artifact location'];
  /** GET /user answers with this login, or 403 as for an installation token. */
  tokenUser: string | undefined;
  /** Operations answered by a test's handler (e.g. the pull-request review endpoints). */
  readonly handlers = new Map<string, Handler>();
  private readonly once = new Map<string, Fault[]>();
  private readonly always = new Map<string, Fault>();
  private readonly hanging = new Set<http.ServerResponse>();
  private server?: http.Server;
  private nextId = 1000;
  url = '';

  constructor(private readonly api: OpenApi) {}

  /** The next requests to `operationId` get these answers, one each, then normal service. */
  fail(operationId: string, ...faults: Fault[]): this {
    this.once.set(operationId, [...(this.once.get(operationId) ?? []), ...faults]);
    return this;
  }

  /** Every request to `operationId` gets this answer. */
  failAlways(operationId: string, fault: Fault): this {
    this.always.set(operationId, fault);
    return this;
  }

  /** A read-only GITHUB_TOKEN, as on fork and Dependabot pull requests. */
  readOnly(): this {
    for (const op of WRITE_OPS) this.failAlways(op, FAULTS.readOnly);
    return this;
  }

  byOperation(id: string): Recorded[] {
    return this.requests.filter((r) => r.operationId === id);
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    // undici keeps connections alive; a reset must not poison the next test's pool
    this.server.keepAliveTimeout = 1000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rec: Recorded = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      errors: [],
      outcome: 0,
      authorization: req.headers.authorization,
    };
    this.requests.push(rec);
    let body: any;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        rec.errors.push('body is not JSON');
      }
    }
    rec.body = body;
    if (!req.headers.authorization) rec.errors.push('no authorization header');
    const match = this.api.match(rec.method, rec.path);
    if (!match) {
      rec.errors.push(`${rec.method} ${rec.path} is not in the REST description`);
      return this.send(res, rec, undefined, 404, { message: 'Not Found' });
    }
    rec.operationId = match.operation.id;
    rec.errors.push(...this.api.validateRequest(match, url.searchParams, body, req.headers['content-type']), ...documentedRules(rec.operationId, body));

    const queued = this.once.get(rec.operationId);
    const fault = queued?.length ? queued.shift() : this.always.get(rec.operationId);
    if (fault) {
      if ('reset' in fault) {
        rec.outcome = 'reset';
        req.socket.destroy();
        return;
      }
      if ('hang' in fault) {
        rec.outcome = 'hang';
        this.hanging.add(res);
        return;
      }
      return this.send(res, rec, undefined, fault.status, fault.body, fault.headers);
    }
    const [status, payload, headers] = this.answer(match, rec, body);
    this.send(res, rec, match, status, payload, headers);
  }

  private send(res: http.ServerResponse, rec: Recorded, match: Match | undefined, status: number, payload: unknown, headers: Record<string, string> = {}): void {
    rec.outcome = status;
    if (match && status < 300) {
      for (const e of this.api.validateResponse(match.operation, status, payload)) this.responseErrors.push(`${match.operation.id}: ${e}`);
    }
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-api-version-selected': '2022-11-28', ...headers });
    res.end(payload === undefined ? '' : JSON.stringify(payload));
  }

  private answer(match: Match, rec: Recorded, body: any): [number, unknown, Record<string, string>?] {
    const { owner, repo } = match.pathParams;
    const html = `https://github.com/${owner}/${repo}`;
    const handler = this.handlers.get(match.operation.id);
    const handled = handler?.(match, rec, body, this);
    if (handled) return handled;
    switch (match.operation.id) {
      case 'checks/create': {
        const id = this.nextId++;
        const run: CheckRunState = { id, create: body, updates: [], annotations: [...(body?.output?.annotations ?? [])] };
        this.checkRuns.push(run);
        return [201, this.checkRun(match, run, html)];
      }
      case 'checks/update': {
        const run = this.checkRuns.find((r) => r.id === Number(match.pathParams.check_run_id));
        if (!run) return [404, { message: 'Not Found' }];
        run.updates.push(body);
        // updates append annotations; they never replace earlier ones
        run.annotations.push(...(body?.output?.annotations ?? []));
        return [200, this.checkRun(match, run, html)];
      }
      case 'users/get-authenticated': {
        if (!this.tokenUser) return [403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user', status: '403' }];
        return [200, { ...this.api.example(match.operation, 200), login: this.tokenUser }];
      }
      case 'issues/list-comments': {
        const per = Number(rec.query.per_page ?? 30);
        const page = Number(rec.query.page ?? 1);
        const slice = this.comments.slice((page - 1) * per, page * per);
        const pages = Math.max(1, Math.ceil(this.comments.length / per));
        const link = (p: number, rel: string) => `<${this.url}${rec.path}?per_page=${per}&page=${p}>; rel="${rel}"`;
        const links = [page < pages ? link(page + 1, 'next') : '', link(pages, 'last')].filter(Boolean).join(', ');
        return [200, slice.map((c) => this.comment(match, c, html)), pages > 1 ? { link: links } : {}];
      }
      case 'issues/create-comment': {
        const c = { id: this.nextId++, body: body?.body ?? '', login: this.tokenUser ?? 'github-actions[bot]' };
        this.comments.push(c);
        return [201, this.comment(match, c, html)];
      }
      case 'issues/update-comment': {
        const c = this.comments.find((x) => x.id === Number(match.pathParams.comment_id));
        if (!c) return [404, { message: 'Not Found' }];
        c.body = body?.body ?? c.body;
        return [200, this.comment(match, c, html)];
      }
      case 'code-scanning/upload-sarif': {
        const id = `47177e22-5596-11eb-80a1-${String(this.nextId++).padStart(12, '0')}`;
        let log: any;
        try {
          log = JSON.parse(zlib.gunzipSync(Buffer.from(body.sarif, 'base64')).toString('utf8'));
        } catch (err) {
          rec.errors.push(`sarif is not gzip+base64 JSON: ${err}`);
          return [400, { message: 'Invalid SARIF' }];
        }
        this.sarifs.push({ id, body, log });
        return [202, { id, url: `${this.url}/repos/${owner}/${repo}/code-scanning/sarifs/${id}` }];
      }
      case 'code-scanning/get-sarif': {
        if (!this.sarifs.some((s) => s.id === match.pathParams.sarif_id)) return [404, { message: 'Not Found' }];
        const polls = this.byOperation('code-scanning/get-sarif').length;
        const status = this.sarifStatuses[Math.min(polls, this.sarifStatuses.length) - 1];
        return [
          200,
          { processing_status: status, analyses_url: status === 'complete' ? `${this.url}/repos/${owner}/${repo}/code-scanning/analyses?sarif_id=${match.pathParams.sarif_id}` : null, ...(status === 'failed' ? { errors: this.sarifErrors } : {}) },
        ];
      }
      default:
        return [501, { message: `the fake does not serve ${match.operation.id}` }];
    }
  }

  private checkRun(match: Match, run: CheckRunState, html: string): any {
    const ex = this.api.example(match.operation, match.operation.id === 'checks/create' ? 201 : 200);
    const last = run.updates.at(-1)?.output ?? run.create?.output ?? {};
    return {
      ...ex,
      id: run.id,
      name: run.create?.name ?? ex.name,
      head_sha: run.create?.head_sha ?? ex.head_sha,
      status: run.create?.status ?? 'queued',
      conclusion: run.create?.conclusion ?? null,
      url: `${this.url}/repos/${match.pathParams.owner}/${match.pathParams.repo}/check-runs/${run.id}`,
      html_url: `${html}/runs/${run.id}`,
      output: { ...ex.output, title: last.title ?? null, summary: last.summary ?? null, text: null, annotations_count: run.annotations.length },
    };
  }

  private comment(match: Match, c: { id: number; body: string; login: string }, html: string): any {
    const single = this.api.match('PATCH', `/repos/${match.pathParams.owner}/${match.pathParams.repo}/issues/comments/${c.id}`)!;
    const ex = this.api.example(single.operation, 200);
    return { ...ex, id: c.id, body: c.body, html_url: `${html}/pull/1#issuecomment-${c.id}`, user: { ...ex.user, login: c.login, type: c.login.endsWith('[bot]') ? 'Bot' : 'User' } };
  }
}

/** Rules the REST reference states in prose, which the schema alone does not encode. */
function documentedRules(operationId: string, body: any): string[] {
  const errors: string[] = [];
  if (operationId === 'checks/create' || operationId === 'checks/update') {
    if (body?.status === 'completed' && !body.conclusion) errors.push('conclusion is required when status is completed');
    for (const [i, a] of (body?.output?.annotations ?? []).entries()) {
      if ((a.start_column !== undefined || a.end_column !== undefined) && a.start_line !== a.end_line) errors.push(`annotation ${i}: columns are only allowed when start_line equals end_line`);
      if (typeof a.title === 'string' && a.title.length > 255) errors.push(`annotation ${i}: title over 255 characters`);
      if (Buffer.byteLength(a.message ?? '') > 64 * 1024) errors.push(`annotation ${i}: message over 64 KB`);
      if (Buffer.byteLength(a.raw_details ?? '') > 64 * 1024) errors.push(`annotation ${i}: raw_details over 64 KB`);
      if (a.end_line < a.start_line) errors.push(`annotation ${i}: end_line before start_line`);
    }
    if (body?.output && operationId === 'checks/update' && body.output.title === undefined) errors.push('output.title is required on update');
  }
  if ((operationId === 'issues/create-comment' || operationId === 'issues/update-comment') && typeof body?.body === 'string' && body.body.length > 65536) {
    errors.push('comment body over 65,536 characters');
  }
  if (operationId === 'code-scanning/upload-sarif' && typeof body?.sarif === 'string' && Buffer.from(body.sarif, 'base64').length > 10 * 1024 * 1024) {
    errors.push('gzipped SARIF over 10 MB');
  }
  return errors;
}
