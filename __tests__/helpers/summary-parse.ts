/**
 * Reads the human reports back as a reader would: the first screen (everything before the first
 * collapsed section), the blocking table's rows, and the findings listed by file.
 */
import type { Severity } from '../../src/core/model';

const SEVERITY: Record<string, Severity> = { Critical: 'critical', High: 'high', Medium: 'medium', Low: 'low' };

export function firstScreen(md: string): string {
  const i = md.indexOf('<details>');
  return i < 0 ? md : md.slice(0, i);
}

export interface TableRow {
  severity: Severity;
  ruleId: string;
  objects: number;
  findings: number;
  location: string;
}

/** Rows of the roll-up table that follows `heading`, and what its "…and N more" line counts. */
export function rollupRows(md: string, heading: RegExp): { rows: TableRow[]; moreRules: number; moreFindings: number; headingText: string } {
  const lines = md.split('\n');
  const start = lines.findIndex((l) => heading.test(l));
  if (start < 0) throw new Error(`no ${heading} in the report`);
  const rows: TableRow[] = [];
  let moreRules = 0;
  let moreFindings = 0;
  for (let i = start + 1; i < lines.length; i++) {
    const l = lines[i];
    if (/^#{1,4} /.test(l) || l.startsWith('<details>') || l.startsWith('</details>')) break;
    const more = /^…and (\d+) more rules? with (\d+) findings?\.$/.exec(l);
    if (more) {
      moreRules = Number(more[1]);
      moreFindings = Number(more[2]);
      continue;
    }
    const m = /^\| \S+ (Critical|High|Medium|Low) \| (?:\[[^\]]+\]\([^ )]+ "([a-z0-9-]+)"\)|.*? `([a-z0-9-]+)`) \| (\d+)(?: \((\d+) findings\))? \| (.+) \|$/.exec(l);
    if (m) rows.push({ severity: SEVERITY[m[1]], ruleId: m[2] ?? m[3], objects: Number(m[4]), findings: Number(m[5] ?? m[4]), location: m[6] });
  }
  return { rows, moreRules, moreFindings, headingText: lines[start] };
}

export interface ListedFinding {
  file: string;
  line: number;
  severity: Severity;
  ruleId: string;
  /** The spot's link, when the report has a link base. */
  href?: string;
}

/**
 * Findings listed by file: `#### file` headings, a bullet per spot (`**[line N](…)** · object`),
 * and per rule `🔴 High · Title \`rule-id\`: message`, on the spot's bullet or nested under it.
 */
export function listedFindings(md: string): { items: ListedFinding[]; left: number } {
  const items: ListedFinding[] = [];
  let file = '';
  let spot: { line: number; href?: string } | undefined;
  let left = 0;
  const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
  for (const l of md.split('\n')) {
    const h = /^#### (.+)$/.exec(l);
    if (h) {
      file = unescape(h[1]);
      continue;
    }
    const s = /^- \*\*(?:\[line (\d+)\]\(([^)]+)\)|`line (\d+)`)\*\*/.exec(l);
    if (s) spot = { line: Number(s[1] ?? s[3]), href: s[2] };
    const it = /^(?:- .*? · |  - )\S+ (Critical|High|Medium|Low) · .*? `([a-z0-9-]+)`: /.exec(l);
    if (it && spot) items.push({ file, line: spot.line, severity: SEVERITY[it[1]], ruleId: it[2], href: spot.href });
    const more = /^…and (\d+) more findings? in \d+ files?, left out/.exec(l);
    if (more) left = Number(more[1]);
  }
  return { items, left };
}
