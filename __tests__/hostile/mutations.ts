import fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SourceRange } from '../../src/core/model';

/** Valid manifests to start from: every rule fixture and every example. */
export function seedCorpus(repo: string): Array<{ file: string; text: string }> {
  const out: Array<{ file: string; text: string }> = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) walk(abs);
      else if (/\.(ya?ml|json)$/.test(e.name)) out.push({ file: path.relative(repo, abs).split(path.sep).join('/'), text: fs.readFileSync(abs, 'utf8') });
    }
  };
  for (const id of fs.readdirSync(path.join(repo, 'rules')).sort()) {
    const fx = path.join(repo, 'rules', id, 'fixtures');
    if (fs.existsSync(fx)) walk(fx);
  }
  walk(path.join(repo, 'examples'));
  return out.sort((a, b) => (a.file < b.file ? -1 : 1));
}

/** Values that replace a scalar: other node kinds, YAML 1.1 spellings, aliases, odd numbers. */
const REPLACEMENTS = ['{}', '[]', 'null', '~', '', '{a: 1}', '[1, [2]]', '"x"', "'y'", '42', '-1', '0755', '1e309', 'yes', 'off', '=', '*nope', '&a x', '!!binary aGk=', '|\n  text', '>-', '? k', '"\\u0000"', '2001-12-14t21:59:43.10-05:00'];
/** Characters that trip lexers, column counters and line splitting. */
const ODD_TEXT = ['\t', '\u00a0', '\u200b', '\u202e', '\u2028', '\u0085', '\r', '\ufeff', 'é', 'e\u0301', '😀', '\ud83d', '#', ': ', '- ', '---', '...', '&a ', '*a', '<<: *a', '%YAML 1.1', '{', ']', '"', "'", '\\', '\0'];

export type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'move'; at: number; to: number }
  | { op: 'indent'; at: number; by: number }
  | { op: 'tab-indent'; at: number }
  | { op: 'replace-value'; at: number; value: string }
  | { op: 'insert'; at: number; text: string }
  | { op: 'truncate'; at: number }
  | { op: 'crlf' }
  | { op: 'bom' };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ op: fc.constant('tab-indent' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('replace-value' as const), at: fc.nat(), value: fc.constantFrom(...REPLACEMENTS) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...ODD_TEXT), fc.string({ unit: 'binary', maxLength: 8 })) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.constant({ op: 'crlf' as const }),
  fc.constant({ op: 'bom' as const }),
);

export function applyMutation(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const i = 'at' in m ? m.at % Math.max(1, lines.length) : 0;
  switch (m.op) {
    case 'delete':
      lines.splice(i, 1);
      return lines.join('\n');
    case 'duplicate':
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\n');
    case 'move': {
      const [line] = lines.splice(i, 1);
      lines.splice(m.to % Math.max(1, lines.length + 1), 0, line ?? '');
      return lines.join('\n');
    }
    case 'indent': {
      const l = lines[i] ?? '';
      lines[i] = m.by >= 0 ? ' '.repeat(m.by) + l : l.replace(new RegExp(`^ {0,${-m.by}}`), '');
      return lines.join('\n');
    }
    case 'tab-indent':
      lines[i] = (lines[i] ?? '').replace(/^( *)/, (s) => '\t'.repeat(Math.ceil(s.length / 2)));
      return lines.join('\n');
    case 'replace-value': {
      // the value of the first `key: value` or `- value` on the line
      const l = lines[i] ?? '';
      lines[i] = /:\s/.test(l) ? l.replace(/(:\s+).*$/, `$1${m.value}`) : l.replace(/^(\s*-\s+).*$/, `$1${m.value}`);
      return lines.join('\n');
    }
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'bom':
      return `\ufeff${text}`;
  }
}

/** A file of the corpus with one to six mutations applied in turn. */
export function mutatedManifest(corpus: ReadonlyArray<{ file: string; text: string }>): fc.Arbitrary<{ file: string; text: string; mutations: Mutation[] }> {
  return fc
    .tuple(fc.constantFrom(...corpus), fc.array(mutationArb, { minLength: 1, maxLength: 6 }))
    .map(([seed, mutations]) => ({ file: seed.file, text: mutations.reduce(applyMutation, seed.text), mutations }));
}

/** Why a range falls outside its file, or undefined when it lies inside. */
export function rangeProblem(text: string, r: SourceRange): string | undefined {
  // lines as an editor shows them: split at LF, a CR before the LF is not part of the line
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const len = (line: number) => lines[line - 1]?.length ?? -1;
  if (!(r.startLine >= 1 && r.endLine <= lines.length && r.startLine <= r.endLine)) return `lines ${r.startLine}-${r.endLine} outside 1-${lines.length}`;
  if (r.startColumn < 1 || r.startColumn > len(r.startLine) + 1) return `start column ${r.startColumn} outside line ${r.startLine} (length ${len(r.startLine)})`;
  if (r.endColumn < 1 || r.endColumn > len(r.endLine) + 1) return `end column ${r.endColumn} outside line ${r.endLine} (length ${len(r.endLine)})`;
  if (r.startLine === r.endLine && r.endColumn < r.startColumn) return `end column ${r.endColumn} before start column ${r.startColumn}`;
  return undefined;
}
