import type { ObjectIdentity, PlannedFix } from '../core/model';
import type { FixTarget } from './finding-target';
import { DocumentSources, type FixSource, planFix } from './plan-fix';
import { applyEdits, conflicts, type TextEdit } from './text-edit';
import { append } from '../core/arrays';

/** One fix to apply to a file, named by `id` in the outcome. */
export interface FixRequest {
  id: string;
  target: FixTarget;
  fix: PlannedFix;
  object?: ObjectIdentity;
}

export interface FileFixOutcome {
  file: string;
  before: string;
  after: string;
  /** Fixes whose edits are in `after` (or that another fix's identical edit satisfied). */
  applied: string[];
  /** Fixes that asked for what the file already said: they cannot remove their finding. */
  unchanged: string[];
  skipped: Array<{ id: string; reason: string }>;
  /** The spans of `before` that `after` replaced (for `unifiedDiff`), when the file was fixed document by document. */
  changes?: TextEdit[];
}

/** Enough for any real object: each pass applies at least one fix, and few fixes collide. */
const MAX_PASSES = 20;

/**
 * Applies many fixes to one file. Each document is fixed on its own slice of the text (so a
 * pass re-parses one document, not a 30,000-line install bundle, and the other documents cannot
 * change), then the slices are put back.
 */
export function fixFile(file: string, text: string, requests: readonly FixRequest[]): FileFixOutcome {
  const out: FileFixOutcome = { file, before: text, after: text, applied: [], unchanged: [], skipped: [] };
  const sources = new DocumentSources(file, text);
  const byDoc = new Map<number, FixRequest[]>();
  for (const r of requests) {
    const group = byDoc.get(r.target.docIndex);
    if (group) group.push(r);
    else byDoc.set(r.target.docIndex, [r]);
  }
  // one document parsed at a time and let go: a bundle of 60,000 documents held as syntax trees
  // at once outgrew any machine's memory
  const splices: TextEdit[] = [];
  for (const [docIndex, group] of byDoc) {
    const slice = sources.take(docIndex);
    if (slice.whole) {
      // a document that does not parse alone (directives, odd markers) sends the whole file through at once
      Object.assign(out, { applied: [], unchanged: [], skipped: [] });
      out.after = fixPasses(sources.wholeFile(), requests, out);
      return out;
    }
    const after = fixPasses(slice.source, group, out);
    if (after !== slice.source.text) splices.push({ start: slice.offset, end: slice.offset + slice.source.text.length, text: after });
  }
  if (splices.length) {
    out.after = applyEdits(text, splices);
    out.changes = splices;
  }
  return out;
}

/**
 * The passes of ESLint's source-code-fixer: plan every pending fix on the current text, apply
 * those whose edits do not conflict with an earlier one, re-plan the rest on the result. Two
 * fixes that each create `securityContext:` thus become one mapping with two keys.
 */
function fixPasses(start: FixSource, requests: readonly FixRequest[], out: FileFixOutcome): string {
  let pending = [...requests];
  let source = start;
  let passes = 0;
  while (pending.length && passes < MAX_PASSES) {
    passes++;
    const accepted: TextEdit[] = [];
    const acceptedIds: string[] = [];
    const acceptedRequests: FixRequest[] = [];
    const acceptedEdits: TextEdit[][] = [];
    const deferred: FixRequest[] = [];
    for (const r of pending) {
      const plan = planFix(source, r.target, r.fix, r.object);
      if (plan.status === 'skipped') out.skipped.push({ id: r.id, reason: plan.reason });
      else if (plan.status === 'advice') out.skipped.push({ id: r.id, reason: plan.advice });
      else if (plan.edits.length === 0) (passes === 1 ? out.unchanged : out.applied).push(r.id);
      else if (plan.edits.some((e) => accepted.some((a) => conflicts(a, e, source.text)))) deferred.push(r);
      else {
        append(accepted, plan.edits);
        acceptedIds.push(r.id);
        acceptedRequests.push(r);
        acceptedEdits.push(plan.edits);
      }
    }
    pending = deferred;
    if (accepted.length === 0) break;
    let next = source.with(applyEdits(source.text, accepted));
    // fixes that look independent must not together break the YAML or repeat a key; if they do,
    // only the first is kept in this pass and the others are re-planned on its result
    if (broke(start, source, next) && acceptedIds.length > 1) {
      pending = [...acceptedRequests.slice(1), ...pending];
      accepted.length = 0;
      append(accepted, acceptedEdits[0]);
      acceptedIds.length = 1;
      next = source.with(applyEdits(source.text, accepted));
    }
    if (broke(start, source, next)) {
      for (const id of acceptedIds) out.skipped.push({ id, reason: 'the planned edits would break the YAML (a kubegate bug; please report it)' });
      continue;
    }
    source = next;
    append(out.applied, acceptedIds);
  }
  for (const r of pending) out.skipped.push({ id: r.id, reason: `its edits kept colliding with other fixes after ${MAX_PASSES} passes` });
  return source.text;
}

/** Whether `next` parses worse than `prev` did, or repeats a key it did not (planner bugs). */
function broke(start: FixSource, prev: FixSource, next: FixSource): boolean {
  return (start.valid && !next.valid) || next.duplicateKeys > prev.duplicateKeys;
}
