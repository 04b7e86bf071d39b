import type { FieldPath, SourceRange } from '../core/model';
import { largest } from '../core/arrays';

/**
 * Finds where a field of a rendered object is written in the Helm template that produced it.
 * A template is not YAML (`{{ }}` actions, `nindent`ed includes), so this reads it as indented
 * text: each key of the path is searched at the shallowest indentation inside the block of the
 * key before it. The result is the deepest key of the path found in the template — often the
 * `securityContext:` line under which `toYaml .Values...` expands — or the object's first line.
 */
export class TemplateText {
  readonly lines: string[];
  /** Line ranges `[start, end)` between `---` separators. */
  readonly docs: Array<{ start: number; end: number }>;
  private readonly skip: boolean[];

  constructor(readonly text: string) {
    this.lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
    this.skip = markNonContent(this.lines);
    this.docs = [];
    let start = 0;
    this.lines.forEach((l, i) => {
      if (/^---(\s|$)/.test(l)) {
        this.docs.push({ start, end: i });
        start = i + 1;
      }
    });
    this.docs.push({ start, end: this.lines.length });
    // separators at the top of a file leave empty documents that no object came from
    const withContent = this.docs.filter((d) => this.hasContent(d));
    if (withContent.length) this.docs = withContent;
  }

  /**
   * The template document an object came from: among documents that spell out its kind, those
   * whose `metadata.name` (literal parts kept, actions as wildcards) matches the rendered name
   * most specifically; remaining ties go by the object's position among same-kind objects of
   * this template (a `range` loop yields many objects from one document, hence the modulo).
   */
  docFor(kind: string, name: string, ordinalOfKind: number, ordinalInFile: number): number {
    const re = new RegExp(`^\\s*kind\\s*:\\s*["']?${escapeRe(kind)}["']?\\s*(#.*)?$`);
    const all = this.docs.map((_, i) => i);
    const withKind = all.filter((i) => this.someLine(this.docs[i].start, this.docs[i].end, (l) => re.test(l)));
    const pool = withKind.length ? withKind : all;
    const scored = pool.map((i) => ({ i, score: this.nameScore(i, name) }));
    const best = largest(scored.map((x) => x.score));
    const tied = best < 0 ? pool : scored.filter((x) => x.score === best).map((x) => x.i);
    return tied[(withKind.length ? ordinalOfKind : ordinalInFile) % tied.length];
  }

  /** How many literal characters of the document's `metadata.name` the name matches; -1: no match. */
  private nameScore(docIndex: number, name: string): number {
    const d = this.docs[docIndex];
    const meta = this.findKey({ from: d.start, to: d.end, parentCol: -1 }, 'metadata');
    const key = meta && this.findKey(meta.region, 'name');
    if (!key) return 0;
    const value = unquote(this.lines[key.at.line].slice(key.at.col).replace(/^name\s*:\s*/, ''));
    const parts = value.split(/\{\{[^]*?\}\}/);
    const pattern = new RegExp(`^${parts.map(escapeRe).join('.*')}$`);
    return pattern.test(name) ? parts.join('').length : -1;
  }

  locate(docIndex: number, path: FieldPath, raw: unknown): { range: SourceRange; depth: number } {
    const doc = this.docs[Math.min(docIndex, this.docs.length - 1)];
    let region: Region = { from: doc.start, to: doc.end, parentCol: -1 };
    let hit: { line: number; col: number } | undefined;
    let depth = 0;
    let value: unknown = raw;
    for (const seg of path) {
      const found = typeof seg === 'number' ? this.findItem(region, seg, value) : this.findKey(region, seg);
      if (!found) break;
      hit = found.at;
      region = found.region;
      depth++;
      value = value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[seg] : undefined;
    }
    if (!hit) return { range: this.lineRange(this.firstLine(doc), undefined), depth: 0 };
    return { range: this.lineRange(hit.line, hit.col), depth };
  }

  private hasContent(d: { start: number; end: number }): boolean {
    return this.someLine(d.start, d.end, (l, i) => !this.skip[i] && /\S/.test(l));
  }

  private someLine(from: number, to: number, pred: (l: string, i: number) => boolean): boolean {
    for (let i = from; i < to; i++) if (pred(this.lines[i], i)) return true;
    return false;
  }

  /** The `apiVersion:`/`kind:` line that opens the object, else its first line of YAML. */
  private firstLine(d: { start: number; end: number }): number {
    let first = -1;
    for (let i = d.start; i < d.end; i++) {
      if (this.skip[i] || !/\S/.test(this.lines[i])) continue;
      if (first < 0) first = i;
      if (/^\s*(apiVersion|kind)\s*:/.test(this.lines[i])) return i;
    }
    return first >= 0 ? first : d.start;
  }

  private findKey(region: Region, key: string): Found | undefined {
    const re = new RegExp(`^(\\s*)((?:-\\s+)?)(?:${escapeRe(key)}|"${escapeRe(key)}"|'${escapeRe(key)}')\\s*:(\\s|$)`);
    let best: { line: number; col: number } | undefined;
    for (let i = region.from; i < region.to; i++) {
      if (this.skip[i]) continue;
      const m = re.exec(this.lines[i]);
      if (!m) continue;
      const col = m[1].length + m[2].length;
      if (col <= region.parentCol) continue;
      if (!best || col < best.col) best = { line: i, col };
    }
    if (!best) return undefined;
    return { at: best, region: { from: best.line + 1, to: this.blockEnd(best.line + 1, region.to, best.col), parentCol: best.col } };
  }

  /**
   * The `index`th list item of the region, matched by its `name:` when the rendered item has
   * one (a template often lists fewer items than it renders, or renders them in a loop).
   */
  private findItem(region: Region, index: number, list: unknown): Found | undefined {
    const dashes: Array<{ line: number; col: number }> = [];
    let minCol = Infinity;
    for (let i = region.from; i < region.to; i++) {
      if (this.skip[i]) continue;
      const m = /^(\s*)-(\s|$)/.exec(this.lines[i]);
      if (!m || m[1].length < region.parentCol) continue;
      if (m[1].length < minCol) {
        minCol = m[1].length;
        dashes.length = 0;
      }
      if (m[1].length === minCol) dashes.push({ line: i, col: m[1].length });
    }
    if (!dashes.length) return undefined;
    const items = dashes.map((d, k) => ({ at: d, region: { from: d.line, to: k + 1 < dashes.length ? dashes[k + 1].line : region.to, parentCol: d.col } }));
    const element = Array.isArray(list) ? list[index] : undefined;
    const name = element && typeof element === 'object' && typeof (element as { name?: unknown }).name === 'string' ? (element as { name: string }).name : undefined;
    if (name !== undefined) {
      const named = items.find((it) => {
        const f = this.findKey(it.region, 'name');
        return f !== undefined && unquote(this.lines[f.at.line].slice(f.at.col).replace(/^name\s*:\s*/, '')) === name;
      });
      if (named) return named;
    }
    if (index < items.length) return items[index];
    // one templated item rendered several times (`range`): that item is where the fields are written
    if (items.length === 1 && this.someLine(region.from, region.to, (l) => /\{\{-?\s*range\b/.test(l))) return items[0];
    return undefined;
  }

  /** First line at or after `from` that leaves the block of a key at column `col`. */
  private blockEnd(from: number, to: number, col: number): number {
    for (let i = from; i < to; i++) {
      if (this.skip[i] || !/\S/.test(this.lines[i])) continue;
      const line = this.lines[i];
      const indent = line.length - line.trimStart().length;
      if (indent < col) return i;
      // a list may sit at its key's own indentation (`containers:\n- name: x`)
      if (indent === col && !/^\s*-(\s|$)/.test(line)) return i;
    }
    return to;
  }

  private lineRange(line: number, col: number | undefined): SourceRange {
    const text = this.lines[line] ?? '';
    const start = col ?? text.length - text.trimStart().length;
    const end = Math.max(start + 1, text.trimEnd().length);
    return { startLine: line + 1, startColumn: start + 1, endLine: line + 1, endColumn: end + 1 };
  }
}

interface Region {
  from: number;
  to: number;
  /** Column of the key owning the region (-1 at the top): keys inside sit deeper. */
  parentCol: number;
}

interface Found {
  at: { line: number; col: number };
  region: Region;
}

/**
 * Lines that are not YAML of the object: blanks, comments, lines that are nothing but template
 * actions (`{{- if ... }}`, `{{ include ... | nindent 4 }}`) and multi-line template comments.
 */
function markNonContent(lines: string[]): boolean[] {
  const out: boolean[] = new Array(lines.length).fill(false);
  let inComment = false;
  lines.forEach((l, i) => {
    const t = l.trim();
    if (inComment) {
      out[i] = true;
      if (t.includes('*/')) inComment = false;
      return;
    }
    if (/^\{\{-?\s*\/\*/.test(t) && !t.includes('*/')) {
      inComment = true;
      out[i] = true;
      return;
    }
    out[i] = t === '' || t.startsWith('#') || /^(\{\{[^]*?\}\}\s*)+$/.test(t);
  });
  return out;
}

function unquote(s: string): string {
  const t = s.replace(/\s+#.*$/, '').trim();
  if ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'"))) return t.slice(1, -1);
  return t;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
