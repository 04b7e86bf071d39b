import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { unifiedDiff } from '../../src/fix/unified-diff';
import { applyEdits } from '../../src/fix/text-edit';

/** Applies a patch with git itself, the tool users will feed it to. */
function gitApply(before: string, patch: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-diff-'));
  try {
    fs.writeFileSync(path.join(dir, 'f.yaml'), before);
    fs.writeFileSync(path.join(dir, 'p.diff'), patch);
    execFileSync('git', ['apply', '--whitespace=nowarn', 'p.diff'], { cwd: dir, stdio: 'pipe' });
    return fs.readFileSync(path.join(dir, 'f.yaml'), 'utf8');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('unifiedDiff', () => {
  it('writes hunks with three lines of context', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].join('\n') + '\n';
    const after = before.replace('e\n', 'e\nE\n');
    expect(unifiedDiff('x.yaml', before, after)).toBe('--- a/x.yaml\n+++ b/x.yaml\n@@ -3,6 +3,7 @@\n c\n d\n e\n+E\n f\n g\n h\n');
  });

  it('is empty for identical texts', () => {
    expect(unifiedDiff('x', 'a\n', 'a\n')).toBe('');
  });

  it('marks a missing final line break', () => {
    expect(unifiedDiff('x', 'a\nb', 'a\nc')).toBe('--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n');
  });

  it('produces patches git applies exactly (random line edits, CRLF included)', () => {
    const line = fc.constantFrom('a: 1', 'b:', '  - x', '  c: "y"', '', '# note', 'd: 2\r');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.array(line, { maxLength: 3 })), { maxLength: 5 }), fc.boolean(), (lines, edits, finalBreak) => {
        const before = lines.join('\n') + (finalBreak && lines.length ? '\n' : '');
        const out = [...lines];
        for (const [at, del, ins] of edits) out.splice(at % (out.length + 1), del, ...ins);
        const after = out.join('\n') + (finalBreak && out.length ? '\n' : '');
        const patch = unifiedDiff('f.yaml', before, after);
        if (before === after) return patch === '';
        return gitApply(before, patch) === after;
      }),
      { numRuns: 60 },
    );
  });

  it('given the edits that made `after`, diffs only their lines, and git applies the patch exactly', () => {
    const line = fc.constantFrom('a: 1', 'b:', '  - x', '  c: "y"', '', '# note', 'd: 2\r');
    const piece = fc.constantFrom('', 'x', '\n', 'k: v\n', '  - y\n  - z\n', '\r\n', 'tail');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.boolean(), fc.array(fc.tuple(fc.nat(), fc.nat(12), piece), { maxLength: 6 }), (lines, finalBreak, raw) => {
        const before = lines.join('\n') + (finalBreak && lines.length ? '\n' : '');
        // edits apart from each other, anywhere in the text (mid-line too)
        const edits: Array<{ start: number; end: number; text: string }> = [];
        let from = 0;
        for (const [skip, len, text] of [...raw].sort((x, y) => x[0] - y[0])) {
          const start = Math.min(before.length, from + (skip % 9));
          const end = Math.min(before.length, start + len);
          edits.push({ start, end, text });
          from = end + 1;
          if (from > before.length) break;
        }
        const after = applyEdits(before, edits);
        const patch = unifiedDiff('f.yaml', before, after, 3, edits);
        if (before === after) return patch === '';
        return gitApply(before, patch) === after;
      }),
      { numRuns: 300 },
    );
  });

  it('diffs one file of 60,000 fixed documents by their own lines, not the whole file against itself', () => {
    const doc = (i: number) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p-${i}\nspec:\n  containers:\n    - name: c\n      image: nginx\n`;
    const docs = Array.from({ length: 60_000 }, (_, i) => doc(i));
    const before = docs.join('---\n');
    const edits: Array<{ start: number; end: number; text: string }> = [];
    let at = 0;
    for (const d of docs) {
      const image = at + d.indexOf('      image: nginx\n');
      edits.push({ start: image, end: image, text: '      securityContext:\n        privileged: false\n' });
      at += d.length + 4;
    }
    const after = applyEdits(before, edits);
    const patch = unifiedDiff('bundle.yaml', before, after, 3, edits);
    const hunks = patch.split('\n').filter((l) => l.startsWith('@@'));
    expect(hunks).toHaveLength(60_000);
    expect(hunks[0]).toBe('@@ -5,6 +5,8 @@');
    expect(patch.split('\n').filter((l) => l.startsWith('+      securityContext:'))).toHaveLength(60_000);
  });
});
