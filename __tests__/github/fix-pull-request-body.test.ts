import type { FixReport, FixResult, FixStatus } from '../../src/pipeline/run-fix';
import { BODY_MAX, marker, markerOf, pullRequestBody, pullRequestTitle, type BodyInput } from '../../src/github/fix-pull-request-body';
import type { Finding } from '../../src/core/model';

const SHA = 'a'.repeat(40);
const FIX = 'b'.repeat(40);

function finding(i: number, over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'image-pull-policy-not-always',
    title: 'Floating image tag not pulled every time',
    severity: 'low',
    message: 'm',
    remediation: 'r',
    object: { apiVersion: 'apps/v1', kind: 'Deployment', name: `app-${i}`, namespace: 'shop' },
    file: `deploy/app-${i % 7}.yaml`,
    range: { startLine: 10 + i, startColumn: 1, endLine: 10 + i, endColumn: 5 },
    path: 'spec.template.spec.containers[0].imagePullPolicy',
    fingerprint: `fp-${i}`,
    objectKey: `k-${i}`,
    controls: [],
    ...over,
  } as Finding;
}

function report(results: Array<[FixStatus, Finding, string?]>): FixReport {
  const rs: FixResult[] = results.map(([status, f, detail]) => ({ status, finding: f, detail }));
  return { results: rs, diff: '', changedFiles: [], files: [], newFindings: [], broken: [], ok: true };
}

function input(r: FixReport, mode: 'safe' | 'all' = 'safe'): BodyInput {
  return { report: r, mode, branch: 'main', commit: SHA, fixBranch: 'kubegate/fixes/main', blobBase: `https://github.com/o/r/blob/${SHA}/`, repoPath: (f) => f };
}

describe('marker', () => {
  test.each([
    ['round trip', marker({ branch: 'release/1.2', commit: FIX }), { branch: 'release/1.2', commit: FIX }],
    ['with the commit it replaces', marker({ branch: 'main', commit: FIX, previous: SHA }), { branch: 'main', commit: FIX, previous: SHA }],
    ['a branch name that could end the comment', marker({ branch: 'a-->b', commit: FIX }), { branch: 'a-->b', commit: FIX }],
    ['inside a body', `text\n\n${marker({ branch: 'main', commit: FIX })}\n`, { branch: 'main', commit: FIX }],
    ['absent', 'a pull request someone wrote', undefined],
    ['not JSON', '<!-- kubegate-fix-pull-request {branch: main} -->', undefined],
    ['fields missing', '<!-- kubegate-fix-pull-request {"branch":"main"} -->', undefined],
    ['null body', null, undefined],
  ])('%s', (_name, body, expected) => {
    expect(markerOf(body)).toEqual(expected);
  });
});

test.each([
  [1, 'kubegate: 1 security fix for the Kubernetes manifests on main'],
  [12, 'kubegate: 12 security fixes for the Kubernetes manifests on main'],
])('title for %i fixes', (n, title) => {
  expect(pullRequestTitle(n, 'main')).toBe(title);
});

describe('body', () => {
  test('rows in file then line order, linked at the scanned commit; the marker records the fix commit', () => {
    const body = pullRequestBody(input(report([['fixed', finding(3)], ['fixed', finding(10)], ['fixed', finding(0)]])), { branch: 'main', commit: FIX });
    const rows = body.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows.map((r) => /\[(deploy\/[^\]]+)\]/.exec(r)![1])).toEqual(['deploy/app-0.yaml:10', 'deploy/app-3.yaml:13', 'deploy/app-3.yaml:20']);
    expect(rows[0]).toContain(`(https://github.com/o/r/blob/${SHA}/deploy/app-0.yaml#L10)`);
    expect(markerOf(body)).toEqual({ branch: 'main', commit: FIX });
  });

  test('a pipe or a newline in a name cannot break the table', () => {
    const body = pullRequestBody(input(report([['fixed', finding(1, { object: { apiVersion: 'v1', kind: 'Pod', name: 'a|b\nc' } })]])), { branch: 'main', commit: FIX });
    const row = body.split('\n').find((l) => l.startsWith('| `'))!;
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(3);
  });

  test.each<[string, FixStatus, 'safe' | 'all', RegExp]>([
    ['a suggestion in safe mode points at all', 'suggestion', 'safe', /1 change how the workload runs.*`fix-pull-request: all` adds/],
    ['a value to choose', 'needs-value', 'safe', /1 need a value a person must choose/],
    ['rendered', 'advice', 'all', /1 are rendered by Helm or Kustomize/],
    ['not removed by its edit', 'not-fixed', 'all', /1 were edited, but the re-scan still reports them/],
  ])('leftovers counted by reason: %s', (_n, status, mode, expected) => {
    const body = pullRequestBody(input(report([['fixed', finding(1)], [status, finding(2), 'why']]), mode), { branch: 'main', commit: FIX });
    expect(body).toMatch(/### Not fixed here \(1\)/);
    expect(body).toMatch(expected);
    expect(body).toMatch(/<details><summary>Each finding and why<\/summary>[\s\S]*\| `image-pull-policy-not-always` \| Deployment shop\/app-2 \|[\s\S]*<\/details>/);
  });

  test('thousands of findings stay within the body limit, counted, with the marker kept', () => {
    const many = Array.from({ length: 3000 }, (_, i) => ['fixed', finding(i, { file: `deploy/${'very-long-directory-name/'.repeat(6)}app-${i}.yaml` })] as [FixStatus, Finding]);
    const left = Array.from({ length: 3000 }, (_, i) => ['needs-value', finding(i + 5000), 'x'.repeat(600)] as [FixStatus, Finding, string]);
    const body = pullRequestBody(input(report([...many, ...left])), { branch: 'main', commit: FIX });
    expect(body.length).toBeLessThanOrEqual(BODY_MAX);
    expect(body).toMatch(/### Fixed \(3000\)/);
    expect(body).toMatch(/… and \d+ more \(the diff has them all\)/);
    expect(markerOf(body)).toEqual({ branch: 'main', commit: FIX });
  });
});
