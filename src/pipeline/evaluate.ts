import type { Diagnostic, Finding, FixOperation, KubeObject, ObjectIdentity, PlannedFix, RuleTally } from '../core/model';
import { forgetPodView, formatPath, parsePath } from '../rules/pod-spec';
import type { Rule } from '../rules/rule';
import { ObjectIndex } from '../rules/object-index';
import type { Hit } from '../rules/template';
import { objectKey, objectLabel } from '../core/object-label';
import { KeyRegistry, KeySet } from '../core/key-set';
import { RuleFinding, type FindingRule, type FindingSubject } from './rule-finding';
import { detached, StringPool } from '../core/detached';

export interface Evaluation {
  findings: Finding[];
  tallies: Map<string, RuleTally>;
  /** Rules that failed on an object (a bug): gating, so the object does not pass unchecked. */
  diagnostics: Diagnostic[];
}

/**
 * Judges `judged` (default: every object) with the rules; every object of `objects` is context for
 * the cross-object rules either way (the editor judges its open files against the whole tree).
 * `onDocumentJudged` is given each parsed document's findings (and its last object) once its
 * objects are judged, while the document's positions are still there, and whether it is its file's last.
 * `controlsOf` gives a rule's control ids, one list per rule that all its findings share (none
 * without it: a scan that reports them sets them afterwards).
 */
export function evaluateRules(
  objects: readonly KubeObject[],
  rules: readonly Rule[],
  judged: readonly KubeObject[] = objects,
  onDocumentJudged?: (findings: readonly Finding[], last: KubeObject, fileEnds: boolean) => void,
  controlsOf?: (ruleId: string) => string[],
): Evaluation {
  const ctx = { index: new ObjectIndex(objects) };
  // the findings' strings outlive the objects: copies of their own, one per value
  const strings = new StringPool();
  const findings: Finding[] = [];
  const tallies = new Map<string, RuleTally>();
  const diagnostics: Diagnostic[] = [];
  // objects × rules is the hot loop: each object meets only the rules of its kind. Object by
  // object, file by file, so that a file's positions are let go once its objects are judged
  // (findings are sorted afterwards: the order they are found in does not show).
  // each judged object's number in the tallies' bitsets, by its place in `judged` (looked up
  // once, not per rule), numbered in judging order: each tally's sets iterate in that order
  const registry = new KeyRegistry();
  const ids = new Int32Array(judged.length);
  judged.forEach((o, i) => {
    // the registry's, the tallies' and the findings' one copy, not a join of the file's slices
    ids[i] = registry.id(detached(objectKey(o)));
  });
  // what the findings of the object being judged share, made with its first finding
  let subject: FindingSubject | undefined;
  const tallySets = new Map<string, { applicable: KeySet; failed: KeySet }>();
  // what each rule's findings share: the rule and its control ids
  const shared = new Map<Rule, FindingRule>();
  for (const rule of rules) {
    const sets = { applicable: new KeySet(registry), failed: new KeySet(registry) };
    shared.set(rule, { rule, controls: controlsOf?.(rule.id) ?? NO_CONTROLS });
    tallySets.set(rule.id, sets);
    tallies.set(rule.id, { ruleId: rule.id, ...sets, skipped: new Map() });
  }
  const rulesOfKind = new Map<string, Rule[]>();
  const rulesFor = (kind: string): Rule[] => {
    let list = rulesOfKind.get(kind);
    if (!list) rulesOfKind.set(kind, (list = rules.filter((r) => !r.kindSet || r.kindSet.has(kind))));
    return list;
  };
  let documentFindings = 0;
  judged.forEach((obj, i) => {
    subject = undefined;
    for (const rule of rulesFor(obj.kind)) {
      try {
        judge(rule, tallies.get(rule.id)!, tallySets.get(rule.id)!, obj, ids[i]);
      } catch (err) {
        // a template bug on odd input must not hide the other findings, nor pass this object:
        // it becomes a gating diagnostic that says it is a bug
        const e = err as Error;
        diagnostics.push({
          level: 'error',
          code: 'rule-error',
          message: `Rule ${rule.id} failed on ${objectLabel(obj)} (internal error, please report it): ${String(e?.message ?? e).split('\n')[0]}`,
          file: obj.file,
          range: safeRange(obj),
          gating: true,
        });
      }
    }
    forgetPodView(obj);
    // a document's positions go when the next object is in another document, the file's when in another file
    const next = judged[i + 1];
    if (obj.releasePositions) {
      const fileEnds = next?.releasePositions !== obj.releasePositions;
      if (fileEnds || next.docIndex !== obj.docIndex) {
        onDocumentJudged?.(findings.slice(documentFindings), obj, fileEnds);
        documentFindings = findings.length;
        if (fileEnds) obj.releasePositions();
        else obj.releasePositions(obj.docIndex);
      }
    }
  });
  return { findings, tallies, diagnostics };

  function judge(rule: Rule, tally: RuleTally, sets: { applicable: KeySet; failed: KeySet }, obj: KubeObject, id: number): void {
    const outcome = rule.check(obj, ctx);
    if (outcome === undefined) return;
    const key = registry.keys[id];
    if (!Array.isArray(outcome)) {
      tally.skipped.set(key, outcome.skipped);
      return;
    }
    // findings are built before the tally is touched, so a failure leaves no half-judged object
    const seen = new Set<string>();
    const built: Finding[] = [];
    for (const hit of outcome) {
      const f = toFinding(shared.get(rule)!, obj, hit, (subject ??= subjectOf(obj, key, strings)), strings);
      // two hits on one path (e.g. a fallback to the same pod field) are one finding: one rule
      // and one object, so the same fingerprint
      if (seen.has(f.path)) continue;
      seen.add(f.path);
      built.push(f);
    }
    sets.applicable.addId(id);
    if (built.length > 0) sets.failed.addId(id);
    for (const f of built) findings.push(f);
  }
}

/** The object's own position for a diagnostic, when even that can be found. */
function safeRange(obj: KubeObject): Finding['range'] | undefined {
  try {
    return obj.locate([]).range;
  } catch {
    return undefined;
  }
}

// a million findings of rules without control ids, one empty list
const NO_CONTROLS: string[] = [];

/**
 * What an object's findings share. Its strings are copies, so findings that outlive the scan's
 * objects (reports are written after) do not keep the files' texts alive; API versions, kinds and
 * namespaces repeat, and are one string each.
 */
function subjectOf(obj: KubeObject, objectKey: string, strings: StringPool): FindingSubject {
  const object: ObjectIdentity = { apiVersion: strings.get(obj.apiVersion), kind: strings.get(obj.kind), name: detached(obj.name), namespace: obj.namespace === undefined ? undefined : strings.get(obj.namespace) };
  return { object, objectKey, file: obj.file, origin: obj.origin };
}

// field paths repeat across objects (spec.template.spec.containers[0].resources.limits.cpu):
// a million findings share a few thousand strings instead of holding one each
const PATHS = new Map<string, string>();
const PATHS_MAX = 100_000;

function internPath(p: string): string {
  const known = PATHS.get(p);
  if (known !== undefined) return known;
  if (PATHS.size >= PATHS_MAX) PATHS.clear();
  PATHS.set(p, p);
  return p;
}

function toFinding(shared: FindingRule, obj: KubeObject, hit: Hit, subject: FindingSubject, strings: StringPool): Finding {
  const rule = shared.rule;
  const path = internPath(formatPath(hit.path));
  const { range, file } = obj.locate(hit.path);
  return new RuleFinding(shared, hit.data, strings, {
    subject,
    file: file ?? obj.file,
    range,
    path,
    container: hit.container,
    fix: rule.fix && !hit.noFix ? planFix(rule, hit) : undefined,
  });
}

// findings of one rule at the same place in their objects (the first container...) share one plan
const PLANS = new WeakMap<Rule, Map<string, PlannedFix>>();

function planFix(rule: Rule, hit: Hit): PlannedFix {
  const base = hit.fixBase ?? [];
  let plans = PLANS.get(rule);
  if (!plans) PLANS.set(rule, (plans = new Map()));
  const key = JSON.stringify(base);
  let plan = plans.get(key);
  if (!plan) plans.set(key, (plan = freshPlan(rule, base)));
  return plan;
}

function freshPlan(rule: Rule, base: readonly (string | number)[]): PlannedFix {
  const operations: FixOperation[] = rule.fix!.operations.map((op) => {
    const path = [...base, ...parsePath(op.path)];
    if (op.op === 'remove') return { op: 'remove', path };
    return { op: op.op, path, value: op.value, ...(op.placeholder ? { placeholder: op.placeholder } : {}) };
  });
  return { mode: rule.fix!.mode, description: rule.fix!.description, operations };
}
