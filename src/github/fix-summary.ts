import { buildFixPatch } from '../fix/review-suggestions';
import { placeholdersOf } from '../fix/plan-fix';
import type { Finding } from '../core/model';
import { append, largest } from '../core/arrays';

export interface FixSummaryInput {
  findings: readonly Finding[];
  /** Checked-out text of each file with fixable findings. */
  sources: ReadonlyMap<string, string>;
  /** Findings with a suggestion on the pull request: left out of the patch. */
  suggested: ReadonlySet<string>;
  review?: { url?: string; posted: number; suggestions: number };
  /** Why a review was not posted, or why some fixes could not be suggested. */
  notes: string[];
  /** Room left in the job summary, in UTF-8 bytes. */
  maxBytes: number;
}

/** Values to choose listed in the section; the rest are counted. */
const MAX_PLACEHOLDERS = 20;

/**
 * The job summary's "Fixes" section: the review that was posted, and a patch (in a collapsed
 * `<details>`) with the fixes of every active finding that has no suggestion on the pull request
 * (lines outside the diff, files the PR does not touch, fixes GitHub refused). Whole files are
 * left out from the end when the patch would not fit the summary; the section then says how to
 * get the full patch. Rendered Helm/Kustomize findings get no patch: their fix belongs in the
 * template or values, which their remediation names. Empty when there is nothing to say or no room.
 */
export function fixSummary(input: FixSummaryInput): string {
  const active = input.findings.filter((f) => !f.suppression && f.fix);
  const open = active.filter((f) => !f.origin && !input.suggested.has(f.fingerprint) && input.sources.has(f.file));
  // as with `kubegate fix`, a value a person must choose is never written for them: a patch is applied unread
  const needValue = open.filter((f) => placeholdersOf(f.fix!).length);
  const toPatch = open.filter((f) => !placeholdersOf(f.fix!).length);
  const rendered = active.filter((f) => f.origin).length;
  const head: string[] = ['### Fixes', ''];
  const r = input.review;
  if (r && r.posted > 0) {
    const review = r.url ? `[a review](${r.url})` : 'a review';
    const parts = [r.suggestions ? count(r.suggestions, 'one-click suggestion') : '', r.posted > r.suggestions ? `${count(r.posted - r.suggestions, 'comment')} with advice or a change to copy` : ''];
    head.push(`kubegate posted ${review} on lines this pull request changes: ${parts.filter(Boolean).join(' and ')}.`, '');
  }
  for (const n of input.notes) head.push(n, '');
  if (needValue.length) {
    const holes = needValue.flatMap((f) => placeholdersOf(f.fix!).map((p) => `- \`${f.file}\` line ${f.range.startLine} (\`${f.ruleId}\`): ${p}`));
    head.push(`${count(needValue.length, 'fix', 'fixes')} ${needValue.length === 1 ? 'needs a value' : 'need values'} a person must choose, so ${needValue.length === 1 ? 'it is' : 'they are'} not in the patch:`, '');
    append(head, holes.slice(0, MAX_PLACEHOLDERS));
    if (holes.length > MAX_PLACEHOLDERS) head.push(`- … and ${holes.length - MAX_PLACEHOLDERS} more`);
    head.push('');
  }
  if (rendered) head.push(`${count(rendered, 'finding')} in rendered Helm/Kustomize output ${rendered === 1 ? 'gets' : 'get'} advice instead of a patch: the fix belongs in the chart's templates or values, or the overlay (see the remediation).`, '');

  const byFile = new Map<string, Finding[]>();
  for (const f of toPatch) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const patches = [...byFile.keys()].sort().map((file) => ({ file, findings: byFile.get(file)!, diff: buildFixPatch(byFile.get(file)!, input.sources) })).filter((p) => p.diff);
  if (!patches.length) return head.length > 2 ? fit(head.join('\n'), input.maxBytes) : '';

  const fixed = patches.flatMap((p) => p.findings);
  const toReview = fixed.filter((f) => f.fix!.mode === 'suggestion').length;
  head.push(
    `The patch below applies the fixes of ${count(fixed.length, 'finding')} that ${fixed.length === 1 ? 'has' : 'have'} no suggestion on the pull request. Save it as \`kubegate-fixes.patch\` in the repository root and run \`git apply kubegate-fixes.patch\`.${toReview ? ` ${toReview === fixed.length ? 'They change' : `${count(toReview, 'fix', 'fixes')} change`} how the workload runs (marked "suggestion" by their rule): review before committing.` : ''}`,
    '',
  );

  const intro = head.join('\n');
  const fullPatch = 'run `npx kubegate fix --dry-run --include-suggestions` in the repository root for the full patch';
  const more = (n: number) => `${count(n, 'more file')} ${n === 1 ? 'is' : 'are'} left out to keep the job summary within GitHub's 1 MiB: ${fullPatch}.\n`;
  const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
  const fence = '`'.repeat(largest(patches.flatMap((p) => [...p.diff.matchAll(/`{3,}/g)].map((m) => m[0].length + 1)), 3));
  // the files that fit, counted once each; the wrapping is measured on the built section
  let kept = 0;
  let used = bytes(details(intro, [], fence, more(patches.length)));
  while (kept < patches.length && used + bytes(patches[kept].diff) + 1 <= input.maxBytes) used += bytes(patches[kept++].diff) + 1;
  for (; kept > 0; kept--) {
    const section = details(intro, patches.slice(0, kept), fence, kept < patches.length ? more(patches.length - kept) : '');
    if (bytes(section) <= input.maxBytes) return section;
  }
  // not even one file fits: say where the patch is to be had, with the rest of the section if it fits
  const noRoom = `The patch does not fit in the job summary (GitHub's limit is 1 MiB): ${fullPatch}.`;
  return fit(`${intro}\n${noRoom}`, input.maxBytes) || fit(`### Fixes\n\n${noRoom}`, input.maxBytes);
}

/** The patch collapsed under `<details>`, fenced longer than any backtick run inside it. */
function details(intro: string, shown: Array<{ findings: Finding[]; diff: string }>, fence: string, tail: string): string {
  const diff = shown.map((p) => p.diff).join('');
  const n = shown.reduce((s, p) => s + p.findings.length, 0);
  return `${intro}\n<details><summary>Patch: ${count(n, 'fix', 'fixes')} in ${count(shown.length, 'file')}</summary>\n\n${fence}diff\n${diff}${diff.endsWith('\n') ? '' : '\n'}${fence}\n\n</details>\n\n${tail}`;
}

function fit(text: string, maxBytes: number): string {
  const out = `${text.replace(/\n+$/, '')}\n\n`;
  return Buffer.byteLength(out, 'utf8') <= maxBytes ? out : '';
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
