import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { unifiedDiff } from '../../src/fix/unified-diff';

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
});
