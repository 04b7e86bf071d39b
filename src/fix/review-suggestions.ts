import type { Finding } from '../core/model';
import { fixFile, type FixRequest } from './apply-fixes';
import { fixTargetOf } from './finding-target';
import { placeholdersOf, renderedAdvice } from './plan-fix';
import { hunkHolding, type ChangedLines } from './pr-diff';
import { splitLines, unifiedDiff } from './unified-diff';
import { append, largest } from '../core/arrays';

/** A draft review comment as `POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews` takes it. */
export interface ReviewComment {
  path: string;
  line: number;
  side: 'RIGHT';
  start_line?: number;
  start_side?: 'RIGHT';
  body: string;
}

export interface ReviewSuggestionInput {
  /** Findings of the head commit (suppressed ones are ignored). */
  findings: readonly Finding[];
  /** Head-commit text of each file with findings. */
  sources: ReadonlyMap<string, string>;
  /** What the PR diff shows, per file (see parsePatch). */
  changes: ReadonlyMap<string, ChangedLines>;
  /** Fingerprints already commented on by earlier runs (see fingerprintsIn). */
  alreadyCommented?: ReadonlySet<string>;
  /** Longest suggestion, in lines; a longer one becomes a diff preview instead (default 25). */
  maxSuggestionLines?: number;
  /** Most comments in one review (default 50); the rest are left for the summary's patch. */
  maxComments?: number;
}

export interface ReviewSuggestions {
  comments: ReviewComment[];
  /** Fixable findings on changed lines not posted as a suggestion (outside the hunks, over the cap). */
  leftOver: Finding[];
}

const MARKER = 'kubegate:fingerprints';

/** Fingerprints named by the hidden markers of earlier comments, to skip them on re-runs. */
export function fingerprintsIn(bodies: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const b of bodies) for (const m of b.matchAll(/<!-- kubegate:fingerprints ([0-9a-f,]+) -->/g)) for (const fp of m[1].split(',')) out.add(fp);
  return out;
}

/**
 * Review comments for the findings on lines the PR added or changed. Findings of one line share
 * a comment with one ```suggestion block applying all their fixes, when the change fits inside a
 * hunk of the diff (GitHub accepts comments only there). Comments whose suggestions would touch
 * the same lines are merged into one (GitHub cannot apply overlapping suggestions together),
 * unless the merged one grows past `maxSuggestionLines`. A hidden marker names the findings'
 * fingerprints, so a re-run does not post them again.
 */
export function buildReviewSuggestions(input: ReviewSuggestionInput): ReviewSuggestions {
  const done = input.alreadyCommented ?? new Set<string>();
  const maxLines = input.maxSuggestionLines ?? 25;
  const byLine = new Map<string, Finding[]>();
  for (const f of input.findings) {
    if (f.suppression || !f.fix || done.has(f.fingerprint)) continue;
    const changes = input.changes.get(f.file);
    if (!changes?.added.has(f.range.startLine) || !input.sources.has(f.file)) continue;
    const key = `${f.file}\u0000${String(f.range.startLine).padStart(9, '0')}`;
    byLine.set(key, [...(byLine.get(key) ?? []), f]);
  }
  const drafts: Draft[] = [];
  for (const key of [...byLine.keys()].sort()) {
    const group = byLine.get(key)!;
    const file = group[0].file;
    drafts.push(draft(file, group, input.sources.get(file)!, input.changes.get(file)!, maxLines));
  }
  const comments: ReviewComment[] = [];
  const leftOver: Finding[] = [];
  for (const d of mergeOverlapping(drafts, input, maxLines)) {
    if (comments.length >= (input.maxComments ?? 50)) {
      append(leftOver, d.findings.filter((f) => !f.origin));
      continue;
    }
    comments.push(d.comment);
    if (!d.suggested) append(leftOver, d.findings.filter((f) => !f.origin));
  }
  return { comments, leftOver };
}

/** The body of `POST .../pulls/{n}/reviews`: a COMMENT review on the head commit. */
export function buildReviewRequest(commitId: string, comments: ReviewComment[], body = 'kubegate: suggested fixes for findings on lines this pull request changes.'): { commit_id: string; event: 'COMMENT'; body: string; comments: ReviewComment[] } {
  return { commit_id: commitId, event: 'COMMENT', body, comments };
}

/** A patch (unified diff) applying every given finding's fix: for the job summary. */
export function buildFixPatch(findings: readonly Finding[], sources: ReadonlyMap<string, string>): string {
  const byFile = new Map<string, FixRequest[]>();
  findings.forEach((f, i) => {
    const target = fixTargetOf(f);
    if (!f.fix || f.origin || !target || !sources.has(f.file)) return;
    byFile.set(f.file, [...(byFile.get(f.file) ?? []), { id: String(i), target, fix: f.fix, object: f.object }]);
  });
  return [...byFile.keys()]
    .sort()
    .map((file) => {
      const out = fixFile(file, sources.get(file)!, byFile.get(file)!);
      return unifiedDiff(file, out.before, out.after, 3, out.changes);
    })
    .join('');
}

interface Draft {
  file: string;
  findings: Finding[];
  /** Lines the comment covers. */
  start: number;
  end: number;
  suggested: boolean;
  comment: ReviewComment;
}

/** Suggestions of one file whose line ranges overlap become one, when that one still fits. */
function mergeOverlapping(drafts: Draft[], input: ReviewSuggestionInput, maxLines: number): Draft[] {
  const out: Draft[] = drafts.filter((d) => !d.suggested);
  const suggested = drafts.filter((d) => d.suggested).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start));
  let cluster: Draft[] = [];
  let clusterEnd = 0;
  const flush = () => {
    if (cluster.length > 1) {
      const file = cluster[0].file;
      const merged = draft(file, cluster.flatMap((d) => d.findings), input.sources.get(file)!, input.changes.get(file)!, maxLines);
      if (merged.suggested) out.push(merged);
      else append(out, cluster);
    } else append(out, cluster);
    cluster = [];
  };
  for (const d of suggested) {
    if (cluster.length && (d.file !== cluster[0].file || d.start > clusterEnd)) flush();
    if (!cluster.length) clusterEnd = d.end;
    cluster.push(d);
    clusterEnd = Math.max(clusterEnd, d.end);
  }
  flush();
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start));
}

function draft(file: string, group: Finding[], text: string, changes: ChangedLines, maxLines: number): Draft {
  const lines = [...new Set(group.map((f) => f.range.startLine))].sort((a, b) => a - b);
  const heading = group.map((f) => `**kubegate** \`${f.ruleId}\` (${f.severity}): ${f.message}`);
  const marker = `<!-- ${MARKER} ${group.map((f) => f.fingerprint).join(',')} -->`;
  const notes = new Set<string>();
  for (const f of group) {
    if (f.origin) notes.add(renderedAdvice(f));
    const holes = placeholdersOf(f.fix!);
    if (holes.length && !f.origin) notes.add(`Before committing, choose the value of ${holes.join('; ')}.`);
  }
  const fixable = group.filter((f) => !f.origin);
  const change = fixable.length ? suggestionFor(file, text, fixable, lines[0], lines[lines.length - 1]) : undefined;
  const describe = [...new Set(fixable.map((f) => f.fix!.description))].join(' ');
  const mode = fixable.some((f) => f.fix!.mode === 'suggestion') ? 'review it before committing' : 'safe';
  let block = '';
  let suggested = false;
  let range = { start: lines[0], end: lines[lines.length - 1] };
  if (change && change.end - change.start + 1 <= maxLines && hunkHolding(changes, change.start, change.end)) {
    block = fenced('suggestion', change.content);
    suggested = true;
    range = change;
  } else if (change) {
    block = `${fenced('diff', change.diff)}\n(This change reaches outside the lines of the diff, so it cannot be a one-click suggestion.)`;
  }
  // without a suggestion the comment sits on the first finding's line alone
  if (!suggested) range = { start: lines[0], end: lines[0] };
  const body = [heading.join('\n'), describe && `Fix (${mode}): ${describe}`, ...notes, block, marker].filter(Boolean).join('\n\n');
  const comment: ReviewComment = { path: file, line: range.end, side: 'RIGHT', body };
  if (range.start < range.end) Object.assign(comment, { start_line: range.start, start_side: 'RIGHT' });
  return { file, findings: group, start: range.start, end: range.end, suggested, comment };
}

/**
 * The fixes of the findings applied together, as the new text of a whole-line range of the head
 * file: the lines that change (a pure insertion shows the line above it too), widened to the
 * findings' lines `first`..`last`. An empty `content` deletes the lines, as GitHub applies an
 * empty suggestion.
 */
function suggestionFor(file: string, text: string, group: Finding[], first: number, last: number): { start: number; end: number; content: string; diff: string } | undefined {
  const requests = group.flatMap((f, i) => {
    const target = fixTargetOf(f);
    return target ? [{ id: String(i), target, fix: f.fix!, object: f.object }] : [];
  });
  const out = fixFile(file, text, requests);
  if (out.after === text || out.skipped.length) return undefined;
  const before = splitLines(text);
  const after = splitLines(out.after);
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  let q = 0;
  while (q < before.length - p && q < after.length - p && before[before.length - 1 - q] === after[after.length - 1 - q]) q++;
  // 1-based head lines a..b are replaced; a > b means new lines go in after line b
  let a = p + 1;
  let b = before.length - q;
  if (a > b) {
    if (b >= 1) a = b;
    else b = a;
  }
  const start = Math.min(a, first);
  const end = Math.max(b, last);
  const tail = before.length - end;
  const content = after.slice(start - 1, after.length - tail).join('').replace(/\r?\n$/, '').replace(/\r\n/g, '\n');
  const diff = unifiedDiff(file, text, out.after).split('\n').slice(2).join('\n').replace(/\n$/, '');
  return { start, end, content, diff };
}

/** A fenced block whose fence is longer than any backtick run inside it. */
function fenced(lang: string, content: string): string {
  const longest = largest([...content.matchAll(/`+/g)].map((m) => m[0].length), 2);
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${content}${content ? '\n' : ''}${fence}`;
}
