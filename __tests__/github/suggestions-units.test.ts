/**
 * The pure parts of the suggestions channel: which PR files can be trusted for line numbers, and
 * the job summary's Fixes section within its byte budget. Findings come from real scans.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readFixSources } from '../../src/fix/sarif-fixes';
import { fixSummary } from '../../src/github/fix-summary';
import { changesInCheckout, headLinesOf } from '../../src/github/pr-files';
import { isSuggestion } from '../../src/github/suggestions';
import type { Finding } from '../../src/core/model';
import { scanDir } from '../helpers/scan';

const DEPLOY = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      hostPID: true
      containers:
        - name: web
          image: nginx:1.27
          securityContext:
            privileged: true
`;

/** The PR added hostPID (line 12) and the privileged flag (line 17). */
const PATCH = `@@ -9,6 +9,7 @@ spec:
     metadata:
       labels: {app: web}
     spec:
+      hostPID: true
       containers:
         - name: web
           image: nginx:1.27
@@ -14,3 +15,4 @@ spec:
           image: nginx:1.27
           securityContext:
+            privileged: true
\\ No newline at end of file`;

describe('headLinesOf and changesInCheckout', () => {
  test('head-side lines of a patch: context and added lines, numbered from the hunk header', () => {
    const lines = headLinesOf(PATCH);
    expect(lines.get(12)).toBe('      hostPID: true');
    expect(lines.get(9)).toBe('    metadata:');
    expect(lines.get(17)).toBe('            privileged: true');
    expect(lines.has(18)).toBe(false);
  });

  const crlf = DEPLOY.replace(/\n/g, '\r\n');
  const merged = DEPLOY.replace('kind: Deployment\n', 'kind: Deployment\n# a comment the base branch added\n');
  test.each([
    ['the checkout is the PR head', DEPLOY, true],
    ['CRLF line ends in the checkout', crlf, true],
    ['a byte order mark', `\uFEFF${DEPLOY}`, true],
    ['the merge commit holds a base change above the diff: every line moved', merged, false],
    ['a newer push changed a line of the diff', DEPLOY.replace('nginx:1.27', 'nginx:1.28'), false],
    ['the checkout is shorter than the diff', DEPLOY.split('\n').slice(0, 14).join('\n'), false],
  ])('%s', (_name, text, trusted) => {
    const files = [
      { filename: 'web.yaml', status: 'modified', patch: PATCH },
      { filename: 'gone.yaml', status: 'removed', patch: '@@ -1 +0,0 @@\n-kind: x' },
      { filename: 'image.png', status: 'added' },
      { filename: 'unscanned.md', status: 'added', patch: '@@ -0,0 +1 @@\n+x' },
    ];
    const sources = new Map([
      ['web.yaml', text],
      ['gone.yaml', 'kind: x\n'],
      ['image.png', 'x'],
    ]);
    const out = changesInCheckout(files, sources);
    expect([...out.changes.keys()]).toEqual(trusted ? ['web.yaml'] : []);
    expect(out.differing).toEqual(trusted ? [] : ['web.yaml']);
    if (trusted) expect([...out.changes.get('web.yaml')!.added].sort((a, b) => a - b)).toEqual([12, 17]);
  });
});

test.each([
  ['```suggestion\nx\n```', true],
  ['````suggestion\n```\n````', true],
  ['```diff\n-x\n+y\n```', false],
  ['a ```suggestion block', false],
])('isSuggestion(%j) is %s', (body, want) => expect(isSuggestion(body)).toBe(want));

describe('fixSummary', () => {
  let findings: Finding[];
  let sources: Map<string, string>;
  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-fixsum-'));
    // many files, so that the budget has whole files to leave out
    for (let i = 0; i < 12; i++) fs.writeFileSync(path.join(dir, `web-${String(i).padStart(2, '0')}.yaml`), DEPLOY.replace('name: web\n', `name: web-${i}\n`));
    const result = await scanDir(dir, { frameworks: 'all' });
    findings = result.findings;
    sources = readFixSources(result.root, findings);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const patchOf = (md: string) => /<details><summary>Patch: (\d+) fix(?:es)? in (\d+) files?<\/summary>\n\n(`{3,})diff\n([\s\S]*?)\3\n/.exec(md);

  test('everything fits: a patch of every file, values to choose listed, not written', () => {
    const md = fixSummary({ findings, sources, suggested: new Set(), notes: [], maxBytes: 1_000_000 });
    const m = patchOf(md)!;
    expect(Number(m[2])).toBe(12);
    expect(m[4].match(/^--- a\//gm)).toHaveLength(12);
    expect(m[4]).toContain('+      hostPID: false');
    expect(m[4]).not.toMatch(/^\+\s*(cpu|memory):/m);
    expect(md).toMatch(/need values a person must choose/);
    expect(md).not.toMatch(/left out/);
  });

  test('findings with a suggestion on the PR stay out of the patch', () => {
    const suggested = new Set(findings.filter((f) => f.ruleId === 'host-pid').map((f) => f.fingerprint));
    expect(suggested.size).toBe(12);
    const md = fixSummary({ findings, sources, suggested, notes: [], maxBytes: 1_000_000 });
    expect(patchOf(md)![4]).not.toContain('hostPID');
    expect(patchOf(md)![4]).toContain('+            privileged: false');
  });

  test.each([
    [10_000, 9],
    [5_000, 1],
    [4_500, 0],
    [1_000, 0],
  ])('within %i bytes: %i whole files kept from the front, the rest named, the section never over budget', (maxBytes, files) => {
    const all = fixSummary({ findings, sources, suggested: new Set(), notes: [], maxBytes: 1_000_000 });
    const md = fixSummary({ findings, sources, suggested: new Set(), notes: [], maxBytes });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(maxBytes);
    expect(Buffer.byteLength(all)).toBeGreaterThan(maxBytes);
    const m = patchOf(md);
    if (files === 0) {
      expect(m).toBeNull();
      expect(md).toMatch(/^### Fixes\n[\s\S]*The patch does not fit in the job summary .*kubegate fix --dry-run --include-suggestions/);
      // the values to choose are kept while there is room for them
      expect(/need values a person must choose/.test(md)).toBe(maxBytes > 4_000);
      return;
    }
    expect(Number(m![2])).toBe(files);
    expect(md).toContain(`${12 - files} more file${12 - files === 1 ? ' is' : 's are'} left out`);
    // the files kept are whole: the full patch starts with them
    expect(patchOf(all)![4].startsWith(m![4])).toBe(true);
    expect(m![4].match(/^--- a\//gm)).toHaveLength(files);
  });

  test('no room at all: nothing, rather than a cut section', () => {
    expect(fixSummary({ findings, sources, suggested: new Set(), notes: [], maxBytes: 50 })).toBe('');
  });

  test('nothing fixable: no section', () => {
    const unfixable = findings.filter((f) => !f.fix);
    expect(unfixable.length).toBeGreaterThan(0);
    expect(fixSummary({ findings: unfixable, sources, suggested: new Set(), notes: [], maxBytes: 1_000_000 })).toBe('');
  });

  test('a fence longer than any backtick run in the patch', () => {
    const text = sources.get('web-00.yaml')!.replace('      hostPID: true\n', '      # a ```` fence in a comment\n      hostPID: true\n');
    const f = findings.filter((x) => x.file === 'web-00.yaml');
    const md = fixSummary({ findings: f, sources: new Map([['web-00.yaml', text]]), suggested: new Set(), notes: [], maxBytes: 1_000_000 });
    expect(md).toContain('`````diff\n');
  });
});
