import Ajv from 'ajv';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parsePatch, parseUnifiedDiff } from '../../src/fix/pr-diff';
import { buildFixPatch, buildReviewRequest, buildReviewSuggestions, fingerprintsIn, type ReviewComment } from '../../src/fix/review-suggestions';
import { unifiedDiff } from '../../src/fix/unified-diff';
import type { Finding } from '../../src/core/model';
import { parseManifest } from '../../src/parse/parse-manifest';
import { evaluateRules } from '../../src/pipeline/evaluate';
import { builtinCatalog, REPO } from '../helpers/catalog';
import { scanDir } from '../helpers/scan';
import { plainFinding } from '../../src/core/plain-finding';

/* eslint-disable @typescript-eslint/no-explicit-any */

const spec = JSON.parse(fs.readFileSync(path.join(REPO, 'node_modules/@octokit/openapi/generated/api.github.com.json'), 'utf8'));

/** The JSON request-body schema of an operation, OpenAPI 3.0 turned into JSON Schema. */
function requestSchema(operationId: string): any {
  for (const ops of Object.values<any>(spec.paths)) {
    for (const op of Object.values<any>(ops)) if (op?.operationId === operationId) return toJsonSchema(op.requestBody.content['application/json'].schema);
  }
  throw new Error(`no operation ${operationId}`);
}

/**
 * `$ref`s resolved; `nullable: true` (OpenAPI 3.0) becomes a null type; objects reject
 * properties the description does not declare, so a misspelt field (`startLine`) fails here
 * instead of being ignored by GitHub.
 */
function toJsonSchema(s: any): any {
  if (Array.isArray(s)) return s.map(toJsonSchema);
  if (!s || typeof s !== 'object') return s;
  if (typeof s.$ref === 'string') return toJsonSchema(s.$ref.slice(2).split('/').reduce((o: any, k: string) => o[k], spec));
  const out: any = {};
  for (const [k, v] of Object.entries(s)) if (k !== 'nullable' && k !== 'example' && !k.startsWith('x-')) out[k] = toJsonSchema(v);
  if (s.nullable) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else return { anyOf: [out, { type: 'null' }] };
  }
  if (out.type === 'object' && out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

const ajv = new Ajv({ allErrors: true, strict: false });
const validateReview = ajv.compile(requestSchema('pulls/create-review'));
const validateComment = ajv.compile(requestSchema('pulls/create-review-comment'));

const BASE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27
`;

/** The PR adds a privileged sidecar with host ports and a floating tag. */
const HEAD = `${BASE}        - name: agent
          image: agent:latest
          imagePullPolicy: IfNotPresent
          ports:
            - containerPort: 9100
              hostPort: 9100
          securityContext:
            privileged: true
            runAsUser: 0
`;

/** Applies a review comment's suggestion the way GitHub does: lines start_line..line replaced. */
function applySuggestion(text: string, c: ReviewComment): string {
  const m = /````?suggestion\n([\s\S]*?)\n?````?\n/.exec(c.body);
  if (!m) throw new Error(`no suggestion in ${c.body}`);
  const lines = text.split('\n');
  const start = (c.start_line ?? c.line) - 1;
  const replacement = m[1] === '' ? [] : m[1].split('\n');
  lines.splice(start, c.line - start, ...replacement);
  return lines.join('\n');
}

describe('review suggestions', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-review-'));
  fs.writeFileSync(path.join(dir, 'deploy.yaml'), HEAD);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const changes = parseUnifiedDiff(unifiedDiff('deploy.yaml', BASE, HEAD));
  const sources = new Map([['deploy.yaml', HEAD]]);
  let findings: Finding[];
  beforeAll(async () => {
    findings = (await scanDir(dir)).findings;
  });

  it('reads the changed lines from a PR patch', () => {
    const c = changes.get('deploy.yaml')!;
    expect(c.hunks).toEqual([{ start: 13, end: 24 }]);
    expect([...c.added]).toEqual([16, 17, 18, 19, 20, 21, 22, 23, 24]);
    expect(parsePatch('@@ -1,2 +1,3 @@\n a\n-b\n+c\n+d\n e')).toEqual({ hunks: [{ start: 1, end: 3 }], added: new Set([2, 3]) });
  });

  it('builds request bodies that GitHub\'s OpenAPI description accepts', () => {
    const { comments } = buildReviewSuggestions({ findings, sources, changes, maxSuggestionLines: 4 });
    expect(comments.length).toBeGreaterThanOrEqual(3);
    const review = buildReviewRequest('0123456789abcdef0123456789abcdef01234567', comments);
    expect(validateReview(review)).toBe(true);
    expect(validateReview.errors ?? []).toEqual([]);
    for (const c of comments) {
      const ok = validateComment({ commit_id: review.commit_id, ...c });
      expect([c.path, c.line, validateComment.errors ?? []]).toEqual([c.path, c.line, []]);
      expect(ok).toBe(true);
    }
    // and a misspelt field would be caught
    expect(validateReview({ ...review, comments: [{ ...comments[0], startLine: 3 }] })).toBe(false);
  });

  it('names every finding on an added line in exactly one comment, with comments that never overlap', () => {
    const { comments } = buildReviewSuggestions({ findings, sources, changes, maxSuggestionLines: 4 });
    const added = changes.get('deploy.yaml')!.added;
    const onChanged = findings.filter((f) => f.fix && added.has(f.range.startLine));
    for (const f of onChanged) {
      const holders = comments.filter((c) => fingerprintsIn([c.body]).has(f.fingerprint));
      expect([f.ruleId, f.range.startLine, holders.length]).toEqual([f.ruleId, f.range.startLine, 1]);
      expect(holders[0].body).toContain(`\`${f.ruleId}\``);
      expect((holders[0].start_line ?? holders[0].line) <= f.range.startLine && f.range.startLine <= holders[0].line).toBe(true);
    }
    const spans = comments.map((c) => [c.start_line ?? c.line, c.line]).sort((x, y) => x[0] - y[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBeGreaterThan(spans[i - 1][1]);
    // the unchanged first container has findings too, but no comment
    expect(findings.some((f) => f.fix && f.range.startLine === 14)).toBe(true);
    expect(comments.every((c) => (c.start_line ?? c.line) >= 16)).toBe(true);
  });

  /** Each suggestion, applied alone as GitHub applies it, removes every finding its marker names. */
  function expectSuggestionsFix(comments: ReviewComment[]): void {
    for (const c of comments) {
      const fixed = applySuggestion(HEAD, c);
      const fps = [...fingerprintsIn([c.body])];
      const rules = builtinCatalog().rules.filter((r) => findings.some((f) => fps.includes(f.fingerprint) && f.ruleId === r.id));
      const parsed = parseManifest('deploy.yaml', fixed);
      expect(parsed.diagnostics).toEqual([]);
      const still = evaluateRules(parsed.objects, rules).findings.filter((f) => fps.includes(f.fingerprint));
      expect([c.line, still.map((f) => f.ruleId)]).toEqual([c.line, []]);
    }
  }

  it('merges overlapping suggestions into one that fixes the whole new container', () => {
    const { comments, leftOver } = buildReviewSuggestions({ findings, sources, changes });
    expect(leftOver).toEqual([]);
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ path: 'deploy.yaml', start_line: 16, start_side: 'RIGHT', line: 24, side: 'RIGHT' });
    const onChanged = findings.filter((f) => f.fix && f.range.startLine >= 16);
    expect(fingerprintsIn([comments[0].body])).toEqual(new Set(onChanged.map((f) => f.fingerprint)));
    expectSuggestionsFix(comments);
  });

  it('keeps one comment per line when a merged suggestion would be too long', () => {
    const { comments } = buildReviewSuggestions({ findings, sources, changes, maxSuggestionLines: 4 });
    const suggestions = comments.filter((c) => /```suggestion/.test(c.body));
    expect(comments).toHaveLength(3);
    expect(suggestions).toHaveLength(2);
    expectSuggestionsFix(suggestions);
    // a removed line is an empty suggestion on that line
    const hostPort = comments.find((c) => c.body.includes('`host-port`'))!;
    expect(hostPort).toMatchObject({ path: 'deploy.yaml', line: 21, side: 'RIGHT' });
    expect(hostPort.start_line).toBeUndefined();
    expect(hostPort.body).toContain('```suggestion\n```');
    // lines 22-24 (securityContext, privileged, runAsUser) overlap, and fit in 4 lines: one comment
    const securityContext = comments.find((c) => c.body.includes('`privileged-container`'))!;
    expect(securityContext).toMatchObject({ start_line: 22, line: 24 });
    expect(securityContext.body).toContain('```suggestion\n          securityContext:\n            privileged: false\n            runAsUser: 10001\n');
    // the container line's fixes span 9 lines: shown as a diff, left for the summary's patch
    const container = comments.find((c) => c.line === 16)!;
    expect(container.body).toContain('```diff');
  });

  it('does not post the same findings again on a re-run', () => {
    const first = buildReviewSuggestions({ findings, sources, changes });
    const again = buildReviewSuggestions({ findings, sources, changes, alreadyCommented: fingerprintsIn(first.comments.map((c) => c.body)) });
    expect(again.comments).toEqual([]);
  });

  it('falls back to a diff preview when the fix reaches outside the diff, and leaves it for the patch', () => {
    // only the image line changed: the container's securityContext additions lie outside the hunk
    const narrow = new Map([['deploy.yaml', parsePatch('@@ -16,1 +16,1 @@\n-        - name: agent0\n+        - name: agent')]]);
    const { comments, leftOver } = buildReviewSuggestions({ findings, sources, changes: narrow });
    expect(comments.every((c) => c.line === 16 && !c.start_line)).toBe(true);
    expect(comments.length).toBe(1);
    expect(comments[0].body).toContain('```diff');
    expect(leftOver.length).toBeGreaterThan(0);
    const patch = buildFixPatch(leftOver, sources);
    expect(patch).toMatch(/^--- a\/deploy\.yaml\n\+\+\+ b\/deploy\.yaml\n@@ /);
  });

  it('gives rendered (Helm) findings advice on the chart, never a suggestion', () => {
    const helm = findings.map((f) => ({ ...plainFinding(f), origin: { kind: 'helm' as const, root: 'charts/web', detail: 'values.yaml' } }));
    const { comments } = buildReviewSuggestions({ findings: helm, sources, changes });
    expect(comments.length).toBeGreaterThan(0);
    for (const c of comments) {
      expect(c.body).not.toContain('```suggestion');
      expect(c.body).toContain('Rendered by Helm from chart charts/web (values.yaml): change the template deploy.yaml');
    }
  });
});
