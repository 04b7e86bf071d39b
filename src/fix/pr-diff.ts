/** The lines of one file a pull request's diff shows, on the head (RIGHT) side. */
export interface ChangedLines {
  /** Head-side line ranges of the hunks (context lines included), 1-based, inclusive. */
  hunks: Array<{ start: number; end: number }>;
  /** Head-side lines the PR added or changed (`+` lines). */
  added: Set<number>;
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/**
 * Reads the hunks of one file's patch: the `patch` field of GitHub's "list pull request files"
 * (hunks only, no file header) or the body of a `git diff` file section.
 */
export function parsePatch(patch: string): ChangedLines {
  const out: ChangedLines = { hunks: [], added: new Set() };
  let line = 0;
  let inHunk = false;
  for (const raw of patch.split('\n')) {
    const h = HUNK.exec(raw);
    if (h) {
      const start = Number(h[1]);
      const count = h[2] === undefined ? 1 : Number(h[2]);
      if (count > 0) out.hunks.push({ start, end: start + count - 1 });
      line = start;
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    const c = raw.charAt(0);
    if (c === '+') out.added.add(line++);
    else if (c === ' ') line++;
    else if (c !== '-' && c !== '\\') inHunk = false;
  }
  return out;
}

/** Splits a multi-file unified diff (`git diff`) by its `+++ b/<path>` headers; deleted files are left out. */
export function parseUnifiedDiff(diff: string): Map<string, ChangedLines> {
  const out = new Map<string, ChangedLines>();
  const sections = diff.split(/^(?=--- )/m);
  for (const s of sections) {
    const m = /^\+\+\+ (?:b\/)?(.+?)\t?\r?$/m.exec(s);
    if (!m || m[1] === '/dev/null') continue;
    out.set(m[1], parsePatch(s));
  }
  return out;
}

/** The hunk holding every line from `a` to `b`, if one does (review comments cannot span hunks). */
export function hunkHolding(changes: ChangedLines, a: number, b: number): { start: number; end: number } | undefined {
  return changes.hunks.find((h) => h.start <= a && b <= h.end);
}
