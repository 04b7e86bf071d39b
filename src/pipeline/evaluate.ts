import { createHash } from 'node:crypto';
import type { Diagnostic, Finding, FixOperation, KubeObject, ObjectIdentity, PlannedFix, RuleTally } from '../core/model';
import { formatPath, parsePath } from '../rules/pod-spec';
import type { Rule } from '../rules/rule';
import { ObjectIndex } from '../rules/object-index';
import type { Hit } from '../rules/template';
import { objectKey, objectLabel } from '../core/object-label';
import { KeyRegistry, KeySet } from '../core/key-set';



/**
 * Line-independent identity of a finding: rule, file, object (group/kind, namespace, name) and
 * field path. Edits elsewhere in the file and reordering documents keep it; moving the object
 * to another file makes it a new finding (documented in docs/baseline.md).
 */
export function fingerprint(ruleId: string, file: string, o: { apiVersion: string; kind: string; namespace?: string; name: string }, path: string): string {
  const group = o.apiVersion.includes('/') ? o.apiVersion.split('/')[0] : '';
  // the first 16 bytes as hex: a string of its own, not a slice keeping the whole digest alive
  return createHash('sha256').update([ruleId, file, group, o.kind, o.namespace ?? '', o.name, path].join('\u0000')).digest().toString('hex', 0, 16);
}

export interface Evaluation {
  findings: Finding[];
  tallies: Map<string, RuleTally>;
  /** Rules that failed on an object (a bug): gating, so the object does not pass unchecked. */
  diagnostics: Diagnostic[];
}

/**
 * Judges `judged` (default: every object) with the rules; every object of `objects` is context for
 * the cross-object rules either way (the editor judges its open files against the whole tree).
 */
export function evaluateRules(objects: readonly KubeObject[], rules: readonly Rule[], judged: readonly KubeObject[] = objects): Evaluation {
  const ctx = { index: new ObjectIndex(objects) };
  const findings: Finding[] = [];
  const tallies = new Map<string, RuleTally>();
  const diagnostics: Diagnostic[] = [];
  // objects × rules is the hot loop: each object meets only the rules of its kind. Object by
  // object, file by file, so that a file's positions are let go once its objects are judged
  // (findings are sorted afterwards: the order they are found in does not show).
  const keys = new Map<KubeObject, string>();
  // numbered in judging order: each tally's sets iterate in the order objects were judged
  const registry = new KeyRegistry();
  for (const o of judged) {
    const key = objectKey(o);
    keys.set(o, key);
    registry.id(key);
  }
  for (const rule of rules) tallies.set(rule.id, { ruleId: rule.id, applicable: new KeySet(registry), failed: new KeySet(registry), skipped: new Map() });
  const rulesOfKind = new Map<string, Rule[]>();
  const rulesFor = (kind: string): Rule[] => {
    let list = rulesOfKind.get(kind);
    if (!list) rulesOfKind.set(kind, (list = rules.filter((r) => !r.kindSet || r.kindSet.has(kind))));
    return list;
  };
  judged.forEach((obj, i) => {
    for (const rule of rulesFor(obj.kind)) {
      try {
        judge(rule, tallies.get(rule.id)!, obj);
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
    if (obj.releasePositions && judged[i + 1]?.releasePositions !== obj.releasePositions) obj.releasePositions();
  });
  return { findings, tallies, diagnostics };

  function judge(rule: Rule, tally: RuleTally, obj: KubeObject): void {
    const outcome = rule.check(obj, ctx);
    if (outcome === undefined) return;
    const key = keys.get(obj)!;
    if (!Array.isArray(outcome)) {
      tally.skipped.set(key, outcome.skipped);
      return;
    }
    // findings are built before the tally is touched, so a failure leaves no half-judged object
    const seen = new Set<string>();
    const built: Finding[] = [];
    for (const hit of outcome) {
      const f = toFinding(rule, obj, hit, key);
      // two hits on one path (e.g. a fallback to the same pod field) are one finding
      if (seen.has(f.fingerprint)) continue;
      seen.add(f.fingerprint);
      built.push(f);
    }
    tally.applicable.add(key);
    if (built.length > 0) tally.failed.add(key);
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

// an object with ten findings has one identity, not ten copies of it
const IDENTITIES = new WeakMap<KubeObject, ObjectIdentity>();

function identityOf(obj: KubeObject): ObjectIdentity {
  let id = IDENTITIES.get(obj);
  if (!id) IDENTITIES.set(obj, (id = { apiVersion: obj.apiVersion, kind: obj.kind, name: obj.name, namespace: obj.namespace }));
  return id;
}

function toFinding(rule: Rule, obj: KubeObject, hit: Hit, key: string): Finding {
  const path = formatPath(hit.path);
  const { range, file } = obj.locate(hit.path);
  const data: Record<string, string | number | boolean> = {
    kind: obj.kind,
    name: obj.name || '(unnamed)',
    namespace: obj.namespace ?? 'default',
    container: hit.container ?? '',
    ...hit.data,
  };
  const message = rule.message.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
  return {
    ruleId: rule.id,
    title: rule.title,
    severity: rule.severity,
    message,
    remediation: rule.remediation,
    object: identityOf(obj),
    file: file ?? obj.file,
    range,
    path,
    fingerprint: fingerprint(rule.id, obj.file, obj, path),
    objectKey: key,
    controls: [],
    container: hit.container,
    fix: rule.fix && !hit.noFix ? planFix(rule, hit) : undefined,
    origin: obj.origin,
  };
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
