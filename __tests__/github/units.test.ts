import * as zlib from 'node:zlib';
import { annotatedLines, checkAnnotations, topPerLevel } from '../../src/report/annotations';
import { GitHubCallError } from '../../src/github/call';
import { commentBody, COMMENT_MARKER, COMMENT_MAX } from '../../src/github/comment';
import { readRunContext, sarifTarget, type RunContext } from '../../src/github/context';
import { normaliseCategory, parseBool, parseChoice } from '../../src/github/input-values';
import { classify } from '../../src/github/permissions';
import { fitSarif } from '../../src/github/sarif-upload';
import type { Finding, ScanResult, Severity } from '../../src/core/model';
import { FIXTURES } from './harness';
import * as path from 'node:path';

function finding(severity: Severity, file: string, line: number, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: `rule-${severity}`,
    title: `A ${severity} problem`,
    severity,
    message: `${severity} at ${file}:${line}`,
    remediation: 'Fix it.',
    object: { apiVersion: 'v1', kind: 'Pod', name: 'p', namespace: 'ns' },
    file,
    range: { startLine: line, startColumn: 3, endLine: line, endColumn: 9 },
    path: 'spec.containers[0]',
    fingerprint: `${file}:${line}:${severity}`,
    objectKey: 'k',
    controls: ['C-0001'],
    ...extra,
  };
}

function scan(findings: Finding[], diagnostics: ScanResult['diagnostics'] = []): ScanResult {
  return {
    tool: { name: 'kubegate', version: '0', informationUri: '' },
    root: '/repo',
    frameworks: [],
    findings,
    diagnostics,
    rules: [],
    stats: { files: 1, objects: 1, skippedDocuments: 0, durationMs: 0 },
    gate: { failed: true, reasons: [], severityThreshold: 'high', complianceThreshold: 0 },
  };
}

describe('checkAnnotations', () => {
  test('acknowledged findings get none; input problems with a file do; most severe first', () => {
    const result = scan(
      [
        finding('low', 'a.yaml', 1),
        finding('critical', 'b.yaml', 4),
        finding('high', 'a.yaml', 2, { suppression: { kind: 'inSource', justification: 'accepted', source: 'annotation' } }),
        finding('medium', 'a.yaml', 3),
      ],
      [
        { level: 'error', code: 'yaml-syntax', message: 'bad indentation', file: 'c.yaml', range: { startLine: 5, startColumn: 1, endLine: 6, endColumn: 2 }, gating: true },
        { level: 'warning', code: 'file-too-large', message: 'skipped', gating: false },
      ],
    );
    const got = checkAnnotations(result).map((a) => `${a.annotation_level} ${a.path}:${a.start_line}`);
    expect(got).toEqual(['failure b.yaml:4', 'failure c.yaml:5', 'warning a.yaml:3', 'notice a.yaml:1']);
  });

  test.each([
    ['one line keeps columns', { startLine: 3, startColumn: 5, endLine: 3, endColumn: 2 }, { start_line: 3, end_line: 3, start_column: 5, end_column: 5 }],
    ['several lines drop them', { startLine: 3, startColumn: 5, endLine: 7, endColumn: 2 }, { start_line: 3, end_line: 7 }],
  ])('%s', (_n, range, expected) => {
    const [a] = checkAnnotations(scan([finding('high', 'a.yaml', 1, { range })]));
    expect({ start_line: a.start_line, end_line: a.end_line, start_column: a.start_column, end_column: a.end_column }).toEqual({ start_column: undefined, end_column: undefined, ...expected });
  });

  test('title is the rule title and id within 255 characters; message carries the remediation', () => {
    const [a] = checkAnnotations(scan([finding('medium', 'a.yaml', 1, { title: 'x'.repeat(400) })]));
    expect(a.title).toHaveLength(255);
    expect(a.message).toBe('medium at a.yaml:1\n\nRemediation: Fix it.');
    expect(a.raw_details).toContain('Object: ns/Pod/p');
  });

  test('one annotation per line: the most severe level, every rule named, columns spanning them all', () => {
    const line = (severity: Severity, ruleId: string, startColumn: number, endColumn: number) =>
      finding(severity, 'a.yaml', 7, { ruleId, title: `Title of ${ruleId}`, message: `${ruleId} says so`, range: { startLine: 7, startColumn, endLine: 7, endColumn } });
    const result = scan([line('medium', 'm-rule', 5, 9), line('low', 'l-rule', 3, 6), line('high', 'h-rule', 7, 12), finding('low', 'a.yaml', 8), finding('medium', 'b.yaml', 7)]);
    const all = checkAnnotations(result);
    expect(all.map((a) => `${a.path}:${a.start_line}`)).toEqual(['a.yaml:7', 'b.yaml:7', 'a.yaml:8']);
    const [a] = all;
    expect(a.annotation_level).toBe('failure');
    expect(a.title).toBe('Title of h-rule (h-rule) · Title of m-rule (m-rule) · Title of l-rule (l-rule)');
    expect(a.message.split('\n\n').filter((p) => p.startsWith('['))).toEqual([
      '[high] Title of h-rule (h-rule): h-rule says so',
      '[medium] Title of m-rule (m-rule): m-rule says so',
      '[low] Title of l-rule (l-rule): l-rule says so',
    ]);
    expect({ start_column: a.start_column, end_column: a.end_column }).toEqual({ start_column: 3, end_column: 12 });
    expect(a.raw_details).toContain('Rule: m-rule');
  });

  test.each([2, 5, 40])('a title naming %i rules stays within 255 characters and counts the ones it leaves out', (n) => {
    const result = scan([...Array(n)].map((_, i) => finding('high', 'a.yaml', 3, { ruleId: `rule-${i}`, title: `A rather long rule title number ${i}` })));
    const [a] = checkAnnotations(result);
    expect(a.title.length).toBeLessThanOrEqual(255);
    const named = a.title.match(/\(rule-\d+\)/g) ?? [];
    const more = Number(/\+(\d+) more$/.exec(a.title)?.[1] ?? 0);
    expect(named.length + more).toBe(n);
    // the message names every one of them
    for (let i = 0; i < n; i++) expect(a.message).toContain(`(rule-${i}): `);
  });

  test.each([0, 1, 3, 4, Infinity])('a limit of %s builds the first annotations of the whole list, and no others', (limit) => {
    const result = scan([finding('low', 'a.yaml', 1), finding('critical', 'b.yaml', 4), finding('medium', 'a.yaml', 3), finding('high', 'a.yaml', 3), finding('high', 'c.yaml', 9)]);
    const all = checkAnnotations(result);
    expect(all).toHaveLength(4);
    expect(checkAnnotations(result, limit)).toEqual(all.slice(0, limit));
    // the lines before their text: the same order and levels
    expect(annotatedLines(result).map((l) => `${l.annotation_level} ${l.path}`)).toEqual(all.map((a) => `${a.annotation_level} ${a.path}`));
  });

  test('topPerLevel keeps the first n of each level, in order', () => {
    const all = checkAnnotations(scan([...Array(12)].map((_, i) => finding('high', 'a.yaml', i + 1)).concat([finding('low', 'a.yaml', 99)])));
    const top = topPerLevel(all, { failure: 9, warning: 10, notice: 0 });
    expect(top.map((a) => a.start_line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('fitSarif', () => {
  const sarif = (n: number) => ({
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'kubegate' } }, results: [...Array(n)].map((_, i) => ({ ruleId: `r${i}`, message: { text: `${i} ${'noise '.repeat(20)}${Math.random()}` } })) }],
  });
  const decode = (payload: string) => JSON.parse(zlib.gunzipSync(Buffer.from(payload, 'base64')).toString('utf8'));

  test('within the limits: everything, gzip+base64', () => {
    const s = sarif(30);
    const f = fitSarif(s);
    expect(f).toMatchObject({ kept: 30, total: 30 });
    expect(decode(f.payload)).toEqual(s);
  });

  test('over the result limit: the first (most severe) results are kept', () => {
    const f = fitSarif(sarif(30), { maxResults: 12, maxGzipBytes: 10 * 1024 * 1024 });
    expect(f.kept).toBe(12);
    expect(decode(f.payload).runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual([...Array(12)].map((_, i) => `r${i}`));
  });

  test('over the size limit: shrunk until the gzipped log fits', () => {
    const s = sarif(400);
    const full = zlib.gzipSync(JSON.stringify(s)).length;
    const f = fitSarif(s, { maxResults: 25_000, maxGzipBytes: Math.floor(full / 3) });
    expect(Buffer.from(f.payload, 'base64').length).toBeLessThanOrEqual(Math.floor(full / 3));
    expect(f.kept).toBeGreaterThan(50);
    expect(f.kept).toBeLessThan(400);
    expect(decode(f.payload).runs[0].results[0].ruleId).toBe('r0');
  });
});

describe('sarifTarget (codeql-action: the ref and commit that were checked out)', () => {
  const ctx = readRunContext({
    GITHUB_REPOSITORY: 'octo-org/platform',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: path.join(FIXTURES, 'pull_request.json'),
    GITHUB_SHA: 'merge000000000000000000000000000000000000',
    GITHUB_REF: 'refs/pull/42/merge',
  }) as RunContext;
  const head = '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c';

  test.each([
    ['default checkout of the merge commit', 'merge000000000000000000000000000000000000', { commitSha: 'merge000000000000000000000000000000000000', ref: 'refs/pull/42/merge' }],
    ['not a git checkout: GITHUB_SHA', undefined, { commitSha: 'merge000000000000000000000000000000000000', ref: 'refs/pull/42/merge' }],
    ['the PR head checked out', head, { commitSha: head, ref: 'refs/pull/42/head' }],
  ])('%s', (_n, checkedOut, expected) => {
    expect(sarifTarget(ctx, checkedOut)).toEqual(expected);
  });

  test('the check run belongs to the PR head, not the merge commit', () => {
    expect(ctx.headSha).toBe(head);
    expect(ctx.pullRequest).toEqual({ number: 42, headSha: head, baseSha: '6dcb09b5b57875f334f61aebed695e2e4193db5e', fromFork: false });
  });

  test('push: the branch at the pushed commit', () => {
    const push = readRunContext({ GITHUB_REPOSITORY: 'o/r', GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: path.join(FIXTURES, 'push.json'), GITHUB_SHA: 'a'.repeat(40), GITHUB_REF: 'refs/heads/main' })!;
    expect(sarifTarget(push, undefined)).toEqual({ commitSha: 'a'.repeat(40), ref: 'refs/heads/main' });
    expect(push.pullRequest).toBeUndefined();
  });

  test('outside Actions there is no context', () => {
    expect(readRunContext({})).toBeUndefined();
  });
});

describe('classify', () => {
  const err = (status: number, message: string) => new GitHubCallError('call (GET /x)', status, message);
  test.each([
    [err(403, 'Resource not accessible by integration'), false, 'permission'],
    [err(403, 'Resource not accessible by personal access token'), false, 'permission'],
    [err(403, 'Advanced Security must be enabled for this repository to use code scanning.'), true, 'not-enabled'],
    [err(404, 'Not Found'), true, 'not-enabled'],
    [err(404, 'Not Found'), false, 'failed'],
    [err(403, 'You have exceeded a secondary rate limit'), false, 'failed'],
    [err(500, 'Server Error'), true, 'failed'],
    [new Error('boom'), false, 'failed'],
  ])('%#: %s', (e, codeScanning, kind) => {
    expect(classify(e, codeScanning).kind).toBe(kind);
  });
});

describe('inputs', () => {
  test('commentBody starts with the marker and stays within 65,536 characters', () => {
    expect(commentBody('hi')).toBe(`${COMMENT_MARKER}\nhi`);
    const long = commentBody('x'.repeat(70_000));
    expect(long.length).toBeLessThanOrEqual(COMMENT_MAX);
    expect(long).toContain('truncated');
  });
  test.each([
    ['', 'kubegate/'],
    ['kubegate/prod', 'kubegate/prod/'],
    ['k8s/', 'k8s/'],
  ])('category %j → %j', (v, want) => expect(normaliseCategory(v)).toBe(want));
  test('booleans and choices are strict, naming the input', () => {
    expect(parseBool('annotations', 'False', true)).toBe(false);
    expect(() => parseBool('annotations', 'yes', true)).toThrow('annotations: expected true or false, got "yes"');
    expect(parseChoice('comment', 'Always', ['off', 'always'] as const, 'off')).toBe('always');
  });
});
