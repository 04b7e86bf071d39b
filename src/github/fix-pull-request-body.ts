import type { FixReport, FixResult } from '../pipeline/run-fix';
import type { Finding } from '../core/model';

/** The fix pull request's title and body: pure, so what a reviewer reads is tested directly. */

export type FixScope = 'safe' | 'all';

/** GitHub refuses a pull request body over 65,536 characters. */
export const BODY_MAX = 65_536;

/** Rows shown in each table; the rest are counted. */
const MAX_ROWS = 150;

const MARKER_RE = /<!-- kubegate-fix-pull-request (\{[^\n]*?\}) -->/;

/**
 * What the hidden marker records: the branch the fixes are for, and the fix commit kubegate last
 * put on the fix branch. Every workflow's commits are github-actions[bot]'s, so "someone else
 * committed" can only be told by the branch's head no longer being that commit.
 */
export interface FixMarker {
  branch: string;
  commit: string;
  /** The fix commit this one replaces, while the branch may not have moved yet. */
  previous?: string;
}

export function markerOf(body: string | null | undefined): FixMarker | undefined {
  const m = MARKER_RE.exec(body ?? '');
  if (!m) return undefined;
  try {
    const v = JSON.parse(m[1]) as Partial<FixMarker>;
    if (typeof v.branch !== 'string' || typeof v.commit !== 'string') return undefined;
    return { branch: v.branch, commit: v.commit, ...(typeof v.previous === 'string' ? { previous: v.previous } : {}) };
  } catch {
    return undefined;
  }
}

export function marker(m: FixMarker): string {
  // a branch name may hold `>` (git allows it), which would end the HTML comment early
  return `<!-- kubegate-fix-pull-request ${JSON.stringify(m).replace(/>/g, '\\u003e')} -->`;
}

export interface BodyInput {
  report: FixReport;
  mode: FixScope;
  /** The scanned branch and commit the fixes apply to. */
  branch: string;
  commit: string;
  fixBranch: string;
  /** Where a file at the scanned commit is shown: `https://github.com/o/r/blob/<sha>/`. */
  blobBase: string;
  /** Repository path of a scanned file (the checkout may be a subdirectory of the repository). */
  repoPath: (file: string) => string;
}

export function fixCount(report: FixReport): number {
  return report.results.filter((r) => r.status === 'fixed').length;
}

export function pullRequestTitle(n: number, branch: string): string {
  return `kubegate: ${n} security ${n === 1 ? 'fix' : 'fixes'} for the Kubernetes manifests on ${branch}`;
}

/** The body, with fewer table rows while it is over GitHub's limit. */
export function pullRequestBody(input: BodyInput, fix: FixMarker, rows = MAX_ROWS): string {
  const body = buildBody(input, fix, rows);
  return body.length > BODY_MAX && rows > 1 ? pullRequestBody(input, fix, Math.floor(rows / 2)) : body;
}

function buildBody(input: BodyInput, fix: FixMarker, rows: number): string {
  const { report, branch, commit } = input;
  const fixed = byPlace(report.results.filter((r) => r.status === 'fixed'));
  const files = new Set(fixed.map((r) => r.finding.file));
  const short = commit.slice(0, 7);
  const intro = [
    `kubegate found ${count(fixed.length, 'finding')} it can fix in ${count(files.size, 'file')} of \`${branch}\` at ${short}, and made the edits in this pull request: minimal changes that keep comments, key order and indentation.${input.mode === 'all' ? ' Some change how the workload runs (marked "suggestion" by their rule): review them before merging.' : ''}`,
    '',
    `### Fixed (${fixed.length})`,
    '',
    ...table(fixed.map((r) => r.finding), input, rows),
  ];
  const notFixed = byPlace(report.results.filter((r) => r.status !== 'fixed'));
  const rest: string[] = [];
  if (notFixed.length) {
    // the reasons counted in the open, the long list folded: the fixes are what the reviewer reads
    rest.push('', `### Not fixed here (${notFixed.length})`, '', `${leftCounts(notFixed, input.mode)}`, '', '<details><summary>Each finding and why</summary>', '', '| Rule | Object | Where | Why |', '| --- | --- | --- | --- |');
    for (const n of notFixed.slice(0, rows)) rest.push(`| ${row(n.finding, input)} | ${cell(reason(n, input.mode))} |`);
    if (notFixed.length > rows) rest.push('', `… and ${notFixed.length - rows} more: run \`npx kubegate fix --dry-run\` for the full list.`);
    rest.push('', '</details>');
  }
  rest.push(
    '',
    '### Verification',
    '',
    `kubegate re-scanned the edited files with the same rules and configuration as the scan (as \`kubegate fix\` does): ${verification(report)}`,
    '',
    '---',
    `kubegate keeps this pull request up to date on every run on \`${branch}\`, moving \`${input.fixBranch}\` onto the newly scanned commit, and closes it when nothing is left to fix. Commits pushed to \`${input.fixBranch}\` by anyone else stop the updates: kubegate never overwrites them.`,
    '',
    marker(fix),
  );
  return [...intro, ...rest].join('\n');
}

function verification(report: FixReport): string {
  const fixed = report.results.filter((r) => r.status === 'fixed').length;
  const parts = [
    `the ${count(fixed, 'fixed finding')} ${fixed === 1 ? 'is' : 'are'} no longer reported`,
    report.newFindings.length ? `${count(report.newFindings.length, 'new finding')} appeared` : 'no new finding appeared',
    report.broken.length ? `${count(report.broken.length, 'parse error')}` : `every edited file parses`,
  ];
  const stuck = report.results.filter((r) => r.status === 'not-fixed').length;
  return `${parts.join(', ')}.${stuck ? ` ${count(stuck, 'edit')} did not remove ${stuck === 1 ? 'its finding' : 'their findings'} (listed above).` : ''}`;
}

/** In file order, then line, as a reviewer walks the diff. */
function byPlace(results: readonly FixResult[]): FixResult[] {
  return [...results].sort((a, b) => (a.finding.file < b.finding.file ? -1 : a.finding.file > b.finding.file ? 1 : a.finding.range.startLine - b.finding.range.startLine));
}

const LEFT_KINDS: Array<[FixResult['status'], string]> = [
  ['needs-value', 'need a value a person must choose (resource limits, a user id)'],
  ['suggestion', 'change how the workload runs and are left for review'],
  ['advice', 'are rendered by Helm or Kustomize: the fix belongs in the chart, its values or the overlay'],
  ['not-fixed', 'were edited, but the re-scan still reports them'],
  ['skipped', 'could not be made here (see why)'],
];

function leftCounts(left: readonly FixResult[], mode: FixScope): string {
  const parts = LEFT_KINDS.map(([status, what]) => [left.filter((r) => r.status === status).length, what] as const)
    .filter(([n]) => n > 0)
    .map(([n, what]) => `${n} ${what}`);
  const hint = mode === 'safe' && left.some((r) => r.status === 'suggestion') ? ' `fix-pull-request: all` adds the suggestions to this pull request.' : '';
  return `Of the findings with a fix, ${parts.join('; ')}.${hint}`;
}

function reason(r: FixResult, mode: FixScope): string {
  switch (r.status) {
    case 'suggestion':
      return `changes how the workload runs, so it is left for review${mode === 'safe' ? ' (`fix-pull-request: all` includes it)' : ''}: ${r.detail ?? ''}`;
    case 'needs-value':
      return `needs a value a person must choose: ${r.detail ?? ''}`;
    case 'advice':
      return r.detail ?? 'rendered by Helm or Kustomize: the fix belongs in the chart or overlay';
    case 'not-fixed':
      return 'edited, but the re-scan still reports it: review that edit';
    default:
      return r.detail ?? 'could not be planned';
  }
}

function table(findings: readonly Finding[], input: BodyInput, rows: number): string[] {
  const out = ['| Rule | Object | Where |', '| --- | --- | --- |', ...findings.slice(0, rows).map((f) => `| ${row(f, input)} |`)];
  if (findings.length > rows) out.push('', `… and ${findings.length - rows} more (the diff has them all).`);
  return out;
}

function row(f: Finding, input: BodyInput): string {
  const o = f.object;
  const object = `${o.kind} ${o.namespace ? `${o.namespace}/` : ''}${o.name}`;
  const file = input.repoPath(f.file);
  const line = f.range.startLine;
  const link = `[${cell(file)}:${line}](${input.blobBase}${file.split('/').map(encodeURIComponent).join('/')}#L${line})`;
  return `\`${f.ruleId}\` | ${cell(object)} | ${link}`;
}

/** Table cells: one line, pipes escaped, Markdown and HTML kept literal, long text cut. */
function cell(s: string): string {
  const one = s.length > 400 ? `${s.slice(0, 399)}…` : s;
  return one.replace(/\r?\n/g, ' ').replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
