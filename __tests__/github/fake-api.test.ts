/** The fake API's validation must reject what GitHub rejects, or the e2e tests prove nothing. */
import { OpenApi } from './fake-api/openapi';

let api: OpenApi;
beforeAll(() => {
  api = new OpenApi();
});

const validCreate = { name: 'kubegate', head_sha: 'abc', status: 'completed', conclusion: 'success', output: { title: 't', summary: 's', annotations: [{ path: 'a.yaml', start_line: 1, end_line: 1, annotation_level: 'warning', message: 'm' }] } };

test.each<[string, string, string, string, unknown, RegExp]>([
  ['missing head_sha', 'POST', '/repos/o/r/check-runs', '', { name: 'kubegate' }, /required property 'head_sha'/],
  ['unknown annotation level', 'POST', '/repos/o/r/check-runs', '', { ...validCreate, output: { ...validCreate.output, annotations: [{ ...validCreate.output.annotations[0], annotation_level: 'error' }] } }, /annotation_level must be equal to one of/],
  ['51 annotations in one request', 'POST', '/repos/o/r/check-runs', '', { ...validCreate, output: { ...validCreate.output, annotations: Array(51).fill(validCreate.output.annotations[0]) } }, /must NOT have more than 50 items/],
  ['summary over 65,535 characters', 'PATCH', '/repos/o/r/check-runs/5', '', { output: { title: 't', summary: 'x'.repeat(65_536) } }, /must NOT have more than 65535 characters/],
  ['check_run_id not an integer', 'PATCH', '/repos/o/r/check-runs/abc', '', { output: { title: 't', summary: 's' } }, /path parameter check_run_id must be integer/],
  ['per_page not in the description', 'GET', '/repos/o/r/issues/3/comments', 'per_page=100&perpage=3', undefined, /query parameter perpage is not in the description/],
  ['upload without ref', 'POST', '/repos/o/r/code-scanning/sarifs', '', { commit_sha: 'a'.repeat(40), sarif: 'H4sI' }, /required property 'ref'/],
  ['upload with a short commit sha', 'POST', '/repos/o/r/code-scanning/sarifs', '', { commit_sha: 'abc', ref: 'refs/heads/main', sarif: 'H4sI' }, /commit_sha must match pattern/],
])('rejects %s', (_n, method, path, query, body, error) => {
  const m = api.match(method, path)!;
  expect(api.validateRequest(m, new URLSearchParams(query), body, 'application/json; charset=utf-8').join('\n')).toMatch(error);
});

test('accepts a well-formed create and matches literal routes before parameters', () => {
  const m = api.match('POST', '/repos/o/r/check-runs')!;
  expect(m.operation.id).toBe('checks/create');
  expect(api.validateRequest(m, new URLSearchParams(), validCreate, 'application/json')).toEqual([]);
  expect(api.match('GET', '/repos/o/r/issues/comments/5')!.operation.id).toBe('issues/get-comment');
  expect(api.match('GET', '/repos/o/r/issues/5/comments')!.operation.id).toBe('issues/list-comments');
  expect(api.match('GET', '/nope')).toBeUndefined();
});

test('responses are checked too: a check run without an id is not what GitHub sends', () => {
  const m = api.match('POST', '/repos/o/r/check-runs')!;
  const ex = api.example(m.operation, 201);
  expect(api.validateResponse(m.operation, 201, ex)).toEqual([]);
  delete ex.id;
  expect(api.validateResponse(m.operation, 201, ex).join()).toMatch(/required property 'id'/);
});
