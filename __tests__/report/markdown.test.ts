import * as path from 'node:path';
import { SEVERITIES, type Finding, type ScanResult, type Severity } from '../../src/core/model';
import { buildCheckSummary } from '../../src/report/check-summary';
import { buildMarkdown } from '../../src/report/markdown';
import { naturalCompare } from '../../src/report/natural-sort';
import { buildComment, COMMENT_TARGET_CHARS } from '../../src/report/pr-comment';
import { overallScore } from '../../src/report/rollup';
import { REPO } from '../helpers/catalog';
import { largePr, largePrWithBase, removeWorkspaces, smallPr } from '../helpers/pr-workspaces';
import { scanDir } from '../helpers/scan';
import { firstScreen, listedFindings, rollupRows } from '../helpers/summary-parse';
import { plainFinding } from '../../src/core/plain-finding';

const LINK_BASE = 'https://github.com/o/r/blob/abc123/';
const LINKS = { linkBase: LINK_BASE, runUrl: 'https://github.com/o/r/actions/runs/9', checkRunUrl: 'https://github.com/o/r/runs/7', codeScanningUrl: 'https://github.com/o/r/security/code-scanning?query=pr%3A4' };

const activeOf = (r: ScanResult) => r.findings.filter((f) => !f.suppression);
const key = (f: { file: string; line: number; ruleId: string }) => `${f.file}:${f.line}:${f.ruleId}`;
const findingKey = (f: Finding) => key({ file: f.file, line: f.range.startLine, ruleId: f.ruleId });
const countOf = (fs: readonly { severity: Severity }[], s: Severity) => fs.filter((f) => f.severity === s).length;

function manyFindings(base: ScanResult, n: number): ScanResult {
  const f0 = base.findings[0];
  const findings: Finding[] = Array.from({ length: n }, (_, i) => ({ ...plainFinding(f0), file: `deploy/app-${i}.yaml`, fingerprint: `fp${i}`, objectKey: `k${i}`, message: `${f0.message} ${'x'.repeat(200)}` }));
  return { ...base, findings };
}

afterAll(removeWorkspaces);

describe.each([
  ['a 4-object pull request', smallPr],
  ['an 880-finding pull request', largePr],
])('reports of %s', (_name, make) => {
  let result: ScanResult;
  let summary: string;
  let comment: string;
  let check: string;
  beforeAll(async () => {
    result = await scanDir(make());
    summary = buildMarkdown(result, { linkBase: LINK_BASE, maxChars: 900_000 });
    comment = buildComment(result, LINKS);
    check = buildCheckSummary(result, LINKS);
  });

  it('scans what it is meant to', () => {
    if (make === smallPr) expect(result.stats.objects).toBe(4);
    else expect(Math.round(activeOf(result).length / 10)).toBe(88);
  });

  it('first screen: the verdict and the rule that decided it, counts, the blocking roll-up, the scores; details collapsed', () => {
    const screen = firstScreen(summary);
    const lines = screen.split('\n');
    expect(lines[0]).toMatch(/^## kubegate: ❌ gate failed — \d+ findings at or above high$/);
    expect(screen).toMatch(/\*\*Decided by\*\* the severity threshold \*\*high\*\*: \d+ findings at or above it\. Compliance threshold off\./);
    expect(screen).toContain('### Blocking: ');
    expect(screen).toContain('### Compliance: ');
    // nothing listed finding by finding before the collapsed details
    expect(screen).not.toMatch(/^#### /m);
    expect(lines.length).toBeLessThan(60);
    expect(summary).toMatch(/<details><summary><b>Findings by file<\/b>/);
  });

  it('the blocking table: at most 15 rules, most severe first, its findings adding up to the heading and the verdict', () => {
    const { rows, moreFindings, moreRules, headingText } = rollupRows(summary, /^### Blocking/);
    expect(rows.length).toBeLessThanOrEqual(15);
    const [, total, rules] = /^### Blocking: (\d+) findings? of (\d+) rules?$/.exec(headingText)!.map(Number);
    expect(rows.reduce((a, r) => a + r.findings, 0) + moreFindings).toBe(total);
    expect(rows.length + moreRules).toBe(rules);
    const blocking = activeOf(result).filter((f) => f.severity === 'critical' || f.severity === 'high');
    expect(total).toBe(blocking.length);
    expect(summary.split('\n')[0]).toContain(`${total} findings at or above high`);
    const ranks = rows.map((r) => SEVERITIES.indexOf(r.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const r of rows) {
      const mine = blocking.filter((f) => f.ruleId === r.ruleId);
      expect(r.findings).toBe(mine.length);
      expect(r.objects).toBe(new Set(mine.map((f) => f.objectKey)).size);
      // the first location links to that rule's first finding at the head commit
      expect(r.location).toBe(`[${mine[0].file}:${mine[0].range.startLine}](${LINK_BASE}${mine[0].file}#L${mine[0].range.startLine})`);
    }
    // titles link to the rule's docs
    const meta = new Map(result.rules.map((r) => [r.id, r]));
    for (const r of rows) expect(summary).toContain(`[${meta.get(r.ruleId)!.title}](${meta.get(r.ruleId)!.helpUri} "${r.ruleId}")`);
  });

  it('counts equal what is listed: every finding once, under its file and line, each severity as counted', () => {
    const { items, left } = listedFindings(summary);
    expect(left).toBe(0);
    const active = activeOf(result);
    expect(items.map(key).sort()).toEqual(active.map(findingKey).sort());
    const counts = /^\*\*(\d+) findings?:\*\* (.*) · \d+ objects? in \d+ files?$/m.exec(summary)!;
    expect(Number(counts[1])).toBe(items.length);
    for (const s of SEVERITIES) {
      const shown = new RegExp(`(\\d+) ${s}\\b`).exec(counts[2]);
      expect(shown ? Number(shown[1]) : 0).toBe(countOf(items, s));
      expect(countOf(items, s)).toBe(countOf(active, s));
    }
    // one heading per file, in path order; within a file the most severe spots first, then by line
    const headings = [...summary.matchAll(/^#### (.+)$/gm)].map((m) => m[1].replace(/\\(.)/g, '$1'));
    expect(headings).toEqual([...new Set(active.map((f) => f.file))].sort());
    for (const file of headings) {
      const firsts: Array<[number, number]> = [];
      for (const it of items.filter((i) => i.file === file)) if (!firsts.some(([l]) => l === it.line)) firsts.push([it.line, SEVERITIES.indexOf(it.severity)]);
      const order = firsts.map(([l, s]) => s * 1e6 + l);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    for (const it of items) expect(it.href).toBe(`${LINK_BASE}${it.file}#L${it.line}`);
  });

  it('one overall score, equal to the compliance-score output, and the threshold shown as off', () => {
    const overall = overallScore(result)!;
    expect(summary).toContain(`### Compliance: ${overall.toFixed(1)}%`);
    expect(summary).toContain('compliance threshold **off**');
    expect(comment).toContain(`**Compliance:** ${overall.toFixed(1)}%`);
    expect(summary).not.toContain('0%**');
  });

  it('the failing controls list each problem once, its control ids in natural order', () => {
    const section = summary.slice(summary.indexOf('<b>Failing controls</b>'));
    const rows = section.split('\n').filter((l) => /^\| \S+ (Critical|High|Medium|Low) \|/.test(l));
    const rules = rows.map((l) => /"([a-z0-9-]+)"\)/.exec(l)![1]);
    expect(new Set(rules).size).toBe(rules.length);
    for (const row of rows) {
      for (const part of row.split(' | ').at(-1)!.replace(/ \|$/, '').split('<br>')) {
        const ids = part.replace(/^[^:]+: /, '').split(', ');
        expect(ids).toEqual([...ids].sort(naturalCompare));
      }
    }
  });

  it(`the comment is short (at most ${COMMENT_TARGET_CHARS} characters): verdict, counts, top rules, links to the reports, no file the reader cannot open`, () => {
    expect(comment.length).toBeLessThanOrEqual(COMMENT_TARGET_CHARS);
    expect(comment.split('\n')[0]).toBe(summary.split('\n')[0].replace(/^## /, '### '));
    expect(comment).toMatch(/^\*\*\d+ findings:\*\* /m);
    const { rows } = rollupRows(comment, /^#### Blocking/);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(5);
    expect(comment).toContain(`Details: [Job summary](${LINKS.runUrl}) · [Check run](${LINKS.checkRunUrl}) · [Code scanning](${LINKS.codeScanningUrl})`);
    expect(comment).not.toMatch(/SARIF|\.sarif|RUNNER_TEMP|\/tmp\//);
    expect(comment).not.toContain('<details>');
  });

  it('the check run carries the roll-up, not the list', () => {
    expect(check.length).toBeLessThanOrEqual(65_535);
    expect(rollupRows(check, /^### Blocking/)).toEqual(rollupRows(summary, /^### Blocking/));
    expect(check.split('\n')[0]).toBe(summary.split('\n')[0]);
    expect(check).not.toMatch(/^#### /m);
    expect(check).toContain(`[the job summary](${LINKS.runUrl})`);
    // the check run does not link to itself
    expect(check).not.toContain(LINKS.checkRunUrl);
  });
});

describe('compared with the base commit', () => {
  let result: ScanResult;
  let summary: string;
  let comment: string;
  beforeAll(async () => {
    const { dir, baseSha } = largePrWithBase();
    result = await scanDir(dir, { baseline: 'base', baseRef: baseSha } as never);
    summary = buildMarkdown(result, { linkBase: LINK_BASE });
    comment = buildComment(result, LINKS);
  });

  it('leads with what the PR introduces, then what it fixes, then what was already there (collapsed)', () => {
    const cmp = result.comparison!;
    const added = activeOf(result);
    expect(added.length).toBeGreaterThan(40);
    expect(cmp.fixed.map((f) => f.ruleId)).toContain('privileged-container');
    const screen = firstScreen(summary);
    expect(screen).toMatch(/^## kubegate: ❌ gate failed — \d+ new findings at or above high$/m);
    expect(screen).toContain(`Only findings new since the base commit ${cmp.source.kind === 'base' ? cmp.source.sha.slice(0, 7) : ''} are judged.`);
    const already = result.findings.filter((f) => f.suppression?.kind === 'baseline').length;
    expect(screen).toContain(`**This pull request:** ${added.length} new findings (`);
    expect(screen).toContain(`· ${cmp.fixed.length} fixed · ${already} already there, not judged`);
    const order = ['<b>New findings by file</b>', '<b>Fixed by this pull request</b>', '<b>Already there before this pull request</b>'].map((s) => summary.indexOf(s));
    expect(order.every((i) => i > screen.length)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // the new findings are the ones listed; the blocking table counts only them
    expect(listedFindings(summary).items.map(key).sort()).toEqual(added.map(findingKey).sort());
    const { rows, moreFindings } = rollupRows(summary, /^### Blocking/);
    expect(rows.reduce((a, r) => a + r.findings, 0) + moreFindings).toBe(added.filter((f) => f.severity === 'high' || f.severity === 'critical').length);
    // already there: rolled up by rule, counting every baseline finding
    const alreadyRows = rollupRows(summary.slice(summary.indexOf('<b>Already there')), /Already there/);
    expect(alreadyRows.rows.reduce((a, r) => a + r.findings, 0) + alreadyRows.moreFindings).toBe(already);
    // score change against the base
    expect(screen).toContain('| Framework | Score | Whole repository | Change |');
    expect(screen).toMatch(/\| \d+\.\d% → \d+\.\d% \| (=|▲ \+[\d.]+|▼ -[\d.]+) \|/);
    expect(comment).toContain(`**This pull request:** ${added.length} new findings`);
    expect(comment.length).toBeLessThanOrEqual(COMMENT_TARGET_CHARS);
  });
});

describe('markdown summary', () => {
  let insecure: ScanResult;
  beforeAll(async () => {
    insecure = await scanDir(path.join(REPO, 'examples', 'insecure'));
  });

  it.each([
    ['job summary', 1_000_000],
    ['check run or PR comment', 65_535],
  ])('stays within the %s limit and counts what it leaves out', (_n, max) => {
    const big = manyFindings(insecure, 20_000);
    const md = buildMarkdown(big, { maxChars: max });
    expect(md.length).toBeLessThanOrEqual(max);
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThan(1024 * 1024);
    const { items, left } = listedFindings(md);
    expect(left).toBeGreaterThan(0);
    expect(items.length + left).toBe(20_000);
    expect(buildComment(big, {}).length).toBeLessThanOrEqual(COMMENT_TARGET_CHARS);
  });

  it('lists acknowledged findings with reason, owner and expiry, and does not count them as findings', () => {
    const r: ScanResult = { ...insecure, findings: insecure.findings.map((f, i) => (i === 0 ? { ...plainFinding(f), suppression: { kind: 'external', justification: 'node agent | needs it', owner: '@platform', expires: '2027-03-01', source: 'x' } } : f)) };
    const md = buildMarkdown(r);
    expect(md).toContain('<b>Acknowledged</b> (1 finding)');
    expect(md).toContain('node agent \\| needs it (external) | @platform | 2027-03-01 |');
    expect(md).toContain(`**${insecure.findings.length - 1} findings:**`);
  });

  it('lists policy changes before the blocking table', () => {
    const r: ScanResult = { ...insecure, policyChanges: [{ file: '.kubegate/exceptions.yaml', change: 'widened', description: 'exception "agents" now matches every namespace', line: 4 }] };
    const md = buildMarkdown(r);
    expect(md).toContain('| `.kubegate/exceptions.yaml:4` | widened | exception "agents" now matches every namespace |');
    expect(md.indexOf('### ⚠️ Policy changes in this pull request')).toBeLessThan(md.indexOf('### Blocking'));
    expect(buildComment(r, {})).toContain('changes exceptions or gate configuration');
  });

  it('names each rule on a spot with its own severity and title', () => {
    const f = insecure.findings[0];
    const twin = { ...plainFinding(f), ruleId: 'pss-twin-rule', title: 'Twin rule', fingerprint: 'twin', severity: 'low' as const };
    const md = buildMarkdown({ ...insecure, findings: [f, twin] });
    const spot = md.split('\n').findIndex((l) => l.startsWith(`- **\`line ${f.range.startLine}\`**`));
    expect(md.split('\n').slice(spot + 1, spot + 3)).toEqual([expect.stringMatching(new RegExp(`^  - 🔴 High · .* \`${f.ruleId}\`: `)), expect.stringMatching(/^ {2}- 🔵 Low · Twin rule `pss-twin-rule`: /)]);
  });

  it('puts notes about the comparison beside the counts, not under input problems', () => {
    const note = { level: 'notice' as const, code: 'baseline-unavailable', message: 'could not fetch the base commit', gating: false };
    const md = buildMarkdown({ ...insecure, diagnostics: [note] });
    expect(firstScreen(md)).toContain('> ℹ️ could not fetch the base commit');
    expect(md).not.toContain('### Input problems');
  });

  it('the verdict names the rule that decided: compliance, nothing at or above, no threshold', () => {
    const compliance = buildMarkdown({ ...insecure, gate: { ...insecure.gate, severityThreshold: 'critical', complianceThreshold: 90, failed: true } });
    expect(compliance.split('\n')[0]).toBe('## kubegate: ❌ gate failed — compliance below 90%');
    expect(compliance).toMatch(/\*\*Decided by\*\* the compliance threshold \*\*90%\*\*: NSA-CISA .* scores \d+\.\d%/);
    const passed = buildMarkdown({ ...insecure, findings: insecure.findings.filter((f) => f.severity === 'low'), gate: { ...insecure.gate, failed: false, reasons: [] } });
    expect(passed.split('\n')[0]).toBe('## kubegate: ✅ gate passed — no finding at or above high');
    expect(passed).toContain('Nothing blocks: no findings at or above **high**.');
  });

  it('escapes names that would break the table or inject markup', () => {
    const r: ScanResult = { ...insecure, findings: [{ ...plainFinding(insecure.findings[0]), message: 'a | b <img src=x> `c`' }] };
    expect(buildMarkdown(r)).toContain('a \\| b \\<img src=x\\> \\`c\\`');
  });

  it.each([
    [['5.2.11', '5.2.2', '5.2.10', '5.1.6'], ['5.1.6', '5.2.2', '5.2.10', '5.2.11']],
    [['C-0270', 'C-0009', 'C-0050'], ['C-0009', 'C-0050', 'C-0270']],
    [['T1611', 'T1609', 'T1053.007'], ['T1053.007', 'T1609', 'T1611']],
  ])('natural order of control ids: %j', (ids, sorted) => {
    expect([...ids].sort(naturalCompare)).toEqual(sorted);
  });
});

describe('what does not block', () => {
  let insecure: ScanResult;
  beforeAll(async () => {
    insecure = await scanDir(path.join(REPO, 'examples', 'insecure'));
  });

  it('below the threshold: rolled up by rule, collapsed, adding up to the findings under it', () => {
    const md = buildMarkdown(insecure);
    const below = activeOf(insecure).filter((f) => f.severity === 'medium' || f.severity === 'low');
    const { rows, moreFindings, headingText } = rollupRows(md.slice(md.indexOf('<b>Below the severity threshold</b>')), /Below the severity threshold/);
    expect(headingText).toContain(`(${below.length} findings of ${rows.length} rules, not blocking)`);
    expect(rows.reduce((a, r) => a + r.findings, 0) + moreFindings).toBe(below.length);
    expect(rows.every((r) => r.severity === 'medium' || r.severity === 'low')).toBe(true);
  });

  it('with the severity threshold off the first screen rolls up every finding by rule', () => {
    const r = { ...insecure, gate: { ...insecure.gate, severityThreshold: 'none' as const, failed: false, reasons: [] } };
    const md = buildMarkdown(r);
    expect(md.split('\n')[0]).toBe('## kubegate: ✅ gate passed — no gate threshold is set');
    const { rows, moreFindings, headingText } = rollupRows(md, /^### Findings by rule/);
    expect(headingText).toBe(`### Findings by rule: ${activeOf(insecure).length} findings of ${rows.length + (moreFindings ? Number(/…and (\d+) more rule/.exec(md)![1]) : 0)} rules`);
    expect(rows.reduce((a, x) => a + x.findings, 0) + moreFindings).toBe(activeOf(insecure).length);
    expect(firstScreen(md)).toContain('The severity threshold is off: nothing blocks.');
    expect(md).not.toContain('Below the severity threshold');
  });
});
