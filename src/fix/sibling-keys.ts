import type { FieldPath, PlannedFix } from '../core/model';
import { applyEdits, editBetween, type TextEdit } from './text-edit';

/** What the sibling-keys rule needs of a document, whichever tree (the `yaml` one, js-yaml's offsets) stands behind it. */
export interface SiblingTree<N> {
  text: string;
  eol: string;
  /** The deepest node of `path` and the segments missing below it; undefined when the path is refused (an alias...). */
  walk(path: FieldPath): { node: N; rest: FieldPath } | undefined;
  /** A mapping the keys may be added to (the `yaml` planner asks for a non-empty one). */
  isMap(node: N): boolean;
  /** The one edit that sets `path` (missing) to `value`, or undefined. */
  insert(path: FieldPath, value: unknown): TextEdit | undefined;
}

/**
 * The common multi-step fix without re-parsing after each step: every operation sets a different
 * key missing from one existing, non-empty mapping, or from one missing mapping below it
 * (`runAsNonRoot` and `runAsUser` under a `securityContext:` that is there or not). Planned one by
 * one, each later step would only append after what the earlier ones wrote, at the same point:
 * so either the keys' inserts concatenate, or the missing mapping is created once holding all the
 * keys, as one operation setting it would write. Undefined when the operations are not of that
 * shape: then they are planned step by step. The sibling-keys test holds this to the step-by-step
 * result; both planners (src/fix/plan-fix.ts, src/fix/fast-plan.ts) apply it.
 */
export function siblingKeyEdits<N>(tree: SiblingTree<N>, basePath: FieldPath, fix: PlannedFix): TextEdit[] | undefined {
  let map: N | undefined;
  let missing: string | undefined;
  const keys = new Set<string>();
  const inserts: TextEdit[] = [];
  const merged: Record<string, unknown> = {};
  for (const op of fix.operations) {
    if (op.op !== 'set') return undefined;
    const path = [...basePath, ...op.path];
    const w = tree.walk(path);
    const key = path[path.length - 1];
    if (!w || w.rest.length === 0 || w.rest.some((s) => typeof s !== 'string') || typeof key !== 'string' || keys.has(key)) return undefined;
    if (!tree.isMap(w.node) || (map !== undefined && w.node !== map)) return undefined;
    const parents = w.rest.slice(0, -1).join('\u0000');
    if (missing !== undefined && parents !== missing) return undefined;
    map = w.node;
    missing = parents;
    keys.add(key);
    merged[key] = op.value;
    // an object lists integer-like keys first: the mapping would not keep the operations' order
    if (parents && /^(0|[1-9]\d*)$/.test(key)) return undefined;
    if (parents) continue;
    const edit = tree.insert(path, op.value);
    if (!edit) return undefined;
    inserts.push(edit);
  }
  if (missing) {
    // the missing mapping, created once with every key: what setting it to all of them writes
    const edit = tree.insert([...basePath, ...fix.operations[0].path.slice(0, -1)], merged);
    if (!edit) return undefined;
    inserts.push(edit);
  }
  // a new line after the last entry, or `, key: value` in braces; an insert at a line start would not concatenate
  const start = inserts[0].start;
  if (inserts.some((e) => e.start !== start || e.end !== start || !(e.text.startsWith(tree.eol) || e.text.startsWith(',')))) return undefined;
  const next = applyEdits(tree.text, [{ start, end: start, text: inserts.map((e) => e.text).join('') }]);
  const edit = editBetween(tree.text, next);
  return edit ? [edit] : [];
}
