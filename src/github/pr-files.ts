import { parsePatch, type ChangedLines } from '../fix/pr-diff';

/** One entry of `GET /repos/{owner}/{repo}/pulls/{pull_number}/files`, the fields used here. */
export interface PullFile {
  filename: string;
  status: string;
  /** Hunks only; GitHub leaves it out for binary files and diffs too large to show. */
  patch?: string;
}

/** Head-side text of every line a patch shows (context and added lines), by 1-based line number. */
export function headLinesOf(patch: string): Map<number, string> {
  const out = new Map<number, string>();
  let line = 0;
  let inHunk = false;
  for (const raw of patch.split('\n')) {
    const h = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(raw);
    if (h) {
      line = Number(h[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    const c = raw.charAt(0);
    if (c === '+' || c === ' ') out.set(line++, raw.slice(1).replace(/\r$/, ''));
    else if (c !== '-' && c !== '\\') inHunk = false;
  }
  return out;
}

export interface CheckoutChanges {
  /** What the PR diff shows per file, for the files whose checked-out text agrees with it. */
  changes: Map<string, ChangedLines>;
  /** Files with findings whose checked-out text differs from the PR head on a line the diff shows. */
  differing: string[];
}

/**
 * The diff's changed lines, kept only where the checked-out file matches the PR head line for
 * line. Findings carry line numbers of the checkout, which on `pull_request` is the merge commit:
 * when the base branch also changed a file, or the PR moved on since the event, those numbers
 * are not the head's, and a suggestion placed by them would replace the wrong lines.
 */
export function changesInCheckout(files: readonly PullFile[], sources: ReadonlyMap<string, string>): CheckoutChanges {
  const changes = new Map<string, ChangedLines>();
  const differing: string[] = [];
  for (const f of files) {
    if (f.status === 'removed' || !f.patch) continue;
    const text = sources.get(f.filename);
    if (text === undefined) continue;
    const lines = text.replace(/^\uFEFF/, '').split('\n');
    let agrees = true;
    for (const [n, want] of headLinesOf(f.patch)) {
      const have = lines[n - 1];
      if (have === undefined || have.replace(/\r$/, '') !== (n === 1 ? want.replace(/^\uFEFF/, '') : want)) {
        agrees = false;
        break;
      }
    }
    if (agrees) changes.set(f.filename, parsePatch(f.patch));
    else differing.push(f.filename);
  }
  return { changes, differing: differing.sort() };
}
