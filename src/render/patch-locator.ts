import type { FieldPath, KubeObject, SourceRange } from '../core/model';
import { isRecord } from './common';
import type { KustNode, PatchRef } from './kustomize-graph';
import type { SourceFiles } from './source-files';

/**
 * Points a finding at the overlay patch that wrote the offending field, when one did: a
 * strategic-merge patch file that sets the exact path, or a JSON 6902 operation on the path or
 * on one of its parents (e.g. `remove /spec/template/spec/containers/0/securityContext`).
 * Patches of the overlay itself are tried before those of its bases, because kustomize applies
 * them last. Without such a patch the finding stays on the base resource file.
 */
export class PatchLocator {
  private readonly patches: PatchRef[];
  private readonly texts = new Map<string, string>();

  constructor(closure: KustNode[], private readonly files: SourceFiles) {
    this.patches = closure.flatMap((n) => n.patches);
    for (const n of closure) this.texts.set(n.file, n.text);
  }

  /**
   * `baseHasPath`: the resource file itself spells out the whole path. A merge patch then takes
   * the finding only where it sets a plain value there, not where it merely adds siblings under
   * the same parent (a patch adding `affinity` under `spec.template.spec` does not own that spec).
   */
  locate(o: KubeObject, sourceName: string, p: FieldPath, baseHasPath: boolean): { range: SourceRange; depth: number; file: string } | undefined {
    if (!this.patches.length) return undefined;
    const full = [...o.basePath, ...p];
    for (const patch of this.patches) {
      if (patch.target && !targets(patch.target, o, sourceName)) continue;
      if (patch.format === 'strategic-merge') {
        if (patch.inlineAt) continue;
        for (let i = 0; i < patch.docs.length; i++) {
          const doc = patch.docs[i];
          if (!patch.target && !namesObject(doc, o, sourceName)) continue;
          const inPatch = translate(doc, o.raw, full);
          if (!inPatch || (baseHasPath && !inPatch.scalar)) continue;
          const hit = this.files.locateIn(patch.file, i, inPatch.path);
          if (hit) return { range: hit.range, depth: p.length, file: patch.file };
        }
      } else if (patch.target) {
        for (const op of patch.docs) {
          if (!isRecord(op) || typeof op.path !== 'string') continue;
          const segs = pointer(op.path);
          if (!isPrefix(segs, full)) continue;
          const range = this.opLine(patch, op.path);
          if (range) return { range, depth: p.length, file: patch.file };
        }
      }
    }
    return undefined;
  }

  /** The line of the operation's `path:` in the patch file, or inside the inline patch. */
  private opLine(patch: PatchRef, opPath: string): SourceRange | undefined {
    let text = this.texts.get(patch.file);
    if (text === undefined) {
      text = this.files.get(patch.file)?.text;
      if (text === undefined) return undefined;
    }
    const lines = text.split('\n');
    let from = 0;
    if (patch.inlineAt) {
      const at = this.files.locateIn(patch.file, 0, patch.inlineAt);
      if (at) from = at.range.startLine - 1;
    }
    const esc = opPath.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const re = new RegExp(`(^|[\\s{,])["']?path["']?\\s*:\\s*["']?${esc}["']?\\s*(,|}|$|#)`);
    for (let i = from; i < lines.length; i++) {
      const l = lines[i].replace(/\r$/, '');
      const m = re.exec(l);
      if (!m) continue;
      const col = m.index + m[1].length;
      return { startLine: i + 1, startColumn: col + 1, endLine: i + 1, endColumn: Math.max(col + 1, l.trimEnd().length) + 1 };
    }
    return undefined;
  }
}

function targets(t: NonNullable<PatchRef['target']>, o: KubeObject, sourceName: string): boolean {
  if (t.kind && t.kind !== o.kind) return false;
  if (t.name) {
    let re: RegExp;
    try {
      re = new RegExp(`^(?:${t.name})$`);
    } catch {
      return t.name === o.name || t.name === sourceName;
    }
    if (!re.test(o.name) && !re.test(sourceName)) return false;
  }
  return true;
}

function namesObject(doc: unknown, o: KubeObject, sourceName: string): boolean {
  if (!isRecord(doc) || doc.kind !== o.kind || !isRecord(doc.metadata)) return false;
  const n = doc.metadata.name;
  return n === o.name || n === sourceName;
}

/**
 * The same field path inside a merge patch, or undefined when the patch does not set it. List
 * items of a merge patch are matched by `name` (how containers, env and volumes merge), not by
 * position.
 */
function translate(patch: unknown, built: unknown, full: FieldPath): { path: FieldPath; scalar: boolean } | undefined {
  const out: Array<string | number> = [];
  let pv: unknown = patch;
  let bv: unknown = built;
  for (const seg of full) {
    if (typeof seg === 'number') {
      if (!Array.isArray(pv) || !Array.isArray(bv)) return undefined;
      const item = bv[seg];
      const name = isRecord(item) ? item.name : undefined;
      const idx = name !== undefined ? pv.findIndex((x) => isRecord(x) && x.name === name) : -1;
      if (idx < 0) return undefined;
      out.push(idx);
      pv = pv[idx];
      bv = item;
    } else {
      if (!isRecord(pv) || !(seg in pv)) return undefined;
      out.push(seg);
      pv = pv[seg];
      bv = isRecord(bv) ? bv[seg] : undefined;
    }
  }
  return { path: out, scalar: pv === null || typeof pv !== 'object' };
}

/** A JSON pointer as field path segments (`-`, the end of a list, stays a string). */
function pointer(p: string): Array<string | number> {
  return p
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function isPrefix(op: Array<string | number>, full: FieldPath): boolean {
  if (op.length > full.length) return false;
  return op.every((s, i) => s === full[i] || (s === '-' && typeof full[i] === 'number'));
}
