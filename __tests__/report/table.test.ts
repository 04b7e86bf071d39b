import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SEVERITIES, severityRank, type Finding, type ScanResult, type Severity } from '../../src/core/model';
import { isBlocking } from '../../src/rules/score';
import { buildTable, type GroupBy } from '../../src/report/table';
import { cellWidth } from '../../src/report/text-wrap';
import { REPO } from '../helpers/catalog';
import { scanDir } from '../helpers/scan';

const ANSI = /\u001b\[[0-9;]*m/g;
const strip = (s: string) => s.replace(ANSI, '');
/** Rows and headers as if never wrapped: continuation lines (4+ spaces of hanging indent) joined back. */
const unwrap = (s: string) => strip(s).replace(/\n {4,}/g, ' ');

/** Rows of the by-file view: `  line:col  severity  rule-id  message`, first line of each row. */
function fileRows(out: string): Array<{ file: string; line: number; col: number; severity: Severity; ruleId: string }> {
  const rows = [];
  let file = '';
  for (const l of unwrap(out).split('\n')) {
    const m = /^ {2}(\d+):(\d+) +(critical|high|medium|low) +(\S+)/.exec(l);
    if (m) rows.push({ file, line: Number(m[1]), col: Number(m[2]), severity: m[3] as Severity, ruleId: m[4] });
    else if (/^\S/.test(l) && !/^(Framework scores|By severity|Blocking|Top rules|Gate |\d+ objects?|warning|error|notice)/.test(l)) file = l;
  }
  return rows;
}

/** Rule headers of the by-rule view and the rows under each. */
function ruleGroups(out: string): Array<{ severity: Severity; ruleId: string; claimed: number; rows: string[] }> {
  const groups: Array<{ severity: Severity; ruleId: string; claimed: number; rows: string[] }> = [];
  for (const l of unwrap(out).split('\n')) {
    const h = /^(critical|high|medium|low) +(\S+): .*\((\d+) findings? in/.exec(l);
    if (h) groups.push({ severity: h[1] as Severity, ruleId: h[2], claimed: Number(h[3]), rows: [] });
    else if (/^ {2}\S+:\d+:\d+ /.test(l) && groups.length) groups[groups.length - 1].rows.push(l);
  }
  return groups;
}

function bySeverityLine(out: string): Record<Severity, number> {
  const m = /^By severity: (\d+) critical, (\d+) high, (\d+) medium, (\d+) low/m.exec(unwrap(out));
  if (!m) throw new Error(`no By severity line in\n${out}`);
  return { critical: Number(m[1]), high: Number(m[2]), medium: Number(m[3]), low: Number(m[4]) };
}

const key = (f: { file: string; range?: Finding['range']; line?: number; col?: number; ruleId: string }) =>
  `${f.file}:${f.range?.startLine ?? f.line}:${f.range?.startColumn ?? f.col} ${f.ruleId}`;

let examples: ScanResult;
beforeAll(async () => {
  examples = await scanDir(path.join(REPO, 'examples'));
});
const active = () => examples.findings.filter((f) => !f.suppression);

describe('terminal table on examples/', () => {
  const widths = [40, 60, 80, 100, 132, Infinity];
  it.each(widths.flatMap((w) => (['file', 'rule'] as GroupBy[]).map((g) => [w, g] as const)))('at width %s grouped by %s, every line fits and the totals count the rows listed', (width, groupBy) => {
    const out = buildTable(examples, { width, groupBy, color: true });
    for (const l of strip(out).split('\n')) expect(cellWidth(l)).toBeLessThanOrEqual(width);
    // at 40 columns rule ids no longer fit beside the position and severity: cut, unavoidably
    if (width < 60) return;
    const totals = bySeverityLine(out);
    if (groupBy === 'file') {
      const rows = fileRows(out);
      expect(rows.map(key).sort()).toEqual(active().map(key).sort());
      for (const s of SEVERITIES) expect(rows.filter((r) => r.severity === s).length).toBe(totals[s]);
    } else {
      const groups = ruleGroups(out);
      for (const g of groups) expect(g.rows).toHaveLength(g.claimed);
      expect(groups.reduce((n, g) => n + g.claimed, 0)).toBe(active().length);
      for (const s of SEVERITIES) expect(groups.filter((g) => g.severity === s).reduce((n, g) => n + g.claimed, 0)).toBe(totals[s]);
      expect(new Set(groups.map((g) => g.ruleId)).size).toBe(groups.length);
    }
    expect(strip(out)).toMatch(new RegExp(`^\\d+ objects in \\d+ files, ${active().length} findings`, 'm'));
  });

  it('lists each file once, its findings by severity then line, each with its own severity and rule', () => {
    const out = buildTable(examples, { width: 100 });
    const rows = fileRows(out);
    const files = [...new Set(rows.map((r) => r.file))];
    expect(files).toEqual([...files].sort());
    expect(strip(out).split('\n').filter((l) => files.includes(l))).toHaveLength(files.length);
    for (const file of files) {
      const order = rows.filter((r) => r.file === file).map((r) => [severityRank(r.severity), r.line, r.col]);
      expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]));
    }
    // one spot failing rules of several severities: each finding keeps its own
    const spot = active().filter((f) => f.file === 'insecure/debug-pod.yaml' && f.range.startLine === 18);
    expect(new Set(spot.map((f) => f.severity)).size).toBeGreaterThan(0);
    for (const f of spot) expect(rows).toContainEqual(expect.objectContaining({ line: 18, severity: f.severity, ruleId: f.ruleId }));
  });

  it('ends with per-severity totals, the blocking count and the top rules', () => {
    const out = strip(buildTable(examples, { width: Infinity }));
    const blocking = active().filter((f) => isBlocking(f, examples.gate.severityThreshold)).length;
    expect(blocking).toBeGreaterThan(0);
    const tail = out.trimEnd().split('\n').slice(-4);
    expect(tail[0]).toMatch(/^By severity: /);
    expect(tail[1]).toBe(`Blocking: ${blocking} findings at or above high.`);
    const counts = new Map<string, number>();
    for (const f of active()) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
    const most = Math.max(...counts.values());
    expect(tail[2]).toMatch(/^Top rules: /);
    const top = [...tail[2].matchAll(/([a-z0-9-]+) \((\d+) (critical|high|medium|low)\)/g)];
    expect(top).toHaveLength(5);
    expect(Number(top[0][2])).toBe(most);
    for (const t of top) expect(counts.get(t[1])).toBe(Number(t[2]));
    expect(tail[3]).toMatch(/^Gate FAILED: /);
  });

  it('--quiet lists exactly what fails the gate, and nothing when the gate passes', () => {
    const out = buildTable(examples, { width: 100, quiet: true });
    expect(fileRows(out).map(key).sort()).toEqual(active().filter((f) => isBlocking(f, 'high')).map(key).sort());
    expect(out).not.toMatch(/Framework scores|By severity|Top rules/);
    expect(out).toMatch(/^Gate FAILED: /m);
    const passed: ScanResult = { ...examples, gate: { ...examples.gate, failed: false, reasons: [], severityThreshold: 'none' } };
    expect(buildTable(passed, { quiet: true })).toBe('');
  });

  it('--quiet shows a framework only when it fails the compliance threshold', async () => {
    const failing = await scanDir(path.join(REPO, 'examples', 'insecure'), { severityThreshold: 'none', complianceThreshold: '70' });
    const out = strip(buildTable(failing, { quiet: true }));
    const below = failing.frameworks.filter((fw) => fw.compliance !== null && fw.compliance < 70).map((fw) => fw.id);
    expect(below.length).toBeGreaterThan(0);
    expect(out.split('\n').filter((l) => /^ {2}\S+ +[\d.]+%/.test(l)).map((l) => l.trim().split(/\s+/)[0])).toEqual(below);
    expect(fileRows(out)).toEqual([]);
  });

  it.each([
    ['colour', true],
    ['no colour', false],
  ])('%s: severity is written in words either way; colour codes never cross a line end', (_n, color) => {
    const out = buildTable(examples, { width: 80, color });
    expect(out.includes('\u001b[')).toBe(color);
    for (const l of out.split('\n')) {
      const codes = l.match(ANSI) ?? [];
      if (codes.length) expect(codes[codes.length - 1]).toBe('\u001b[0m');
    }
    expect(fileRows(out).every((r) => SEVERITIES.includes(r.severity))).toBe(true);
  });
});

describe('plurals', () => {
  const pod = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, namespace: ns}\nspec:\n  containers:\n    - name: c\n      image: nginx\n`;
  const secure = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm, namespace: ns}\ndata: {a: b}\n`;
  it.each([
    ['1 object in 1 file', { 'a.yaml': secure }, /^1 object in 1 file, 0 findings, /m],
    ['5 objects in 1 file', { 'a.yaml': Array.from({ length: 5 }, (_, i) => pod(`p${i}`)).join('---\n') }, /^5 objects in 1 file, \d+ findings, /m],
    ['2 objects in 2 files', { 'a.yaml': pod('a'), 'b.yaml': secure }, /^2 objects in 2 files, \d+ findings, /m],
  ])('%s', async (_n, files, summary) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-plural-'));
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    const out = strip(buildTable(await scanDir(dir, { severityThreshold: 'none' })));
    expect(out).toMatch(summary);
    expect(out).not.toMatch(/\b1 (objects|files|findings)\b|\b([02-9]|\d\d+) (object|file|finding)\b(?!s)/);
  });

  it('one finding of a rule is "1 finding in 1 object, 1 file"', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-plural-'));
    fs.writeFileSync(path.join(dir, 'p.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostPID: true\n  containers: []\n');
    const out = strip(buildTable(await scanDir(dir), { groupBy: 'rule' }));
    expect(out).toMatch(/^high +host-pid: .* \(1 finding in 1 object, 1 file\)$/m);
  });
});
