import { isMap, isScalar, parseAllDocuments, visit, type Document, type Node } from 'yaml';
import type { Finding, ObjectIdentity, PlannedFix } from '../core/model';
import { formatPath } from '../rules/pod-spec';
import { fixTargetOf, type FixTarget } from './finding-target';
import { planOperation } from './plan-operation';
import { detectStyle, type SourceStyle } from './source-style';
import { applyEdits, editBetween, type TextEdit } from './text-edit';
import { splitDocuments, type DocumentSpan } from './doc-split';
import { walk } from './yaml-target';
import { siblingKeyEdits } from './sibling-keys';

/** A file (or one document of it) parsed for planning: the text, its documents with source tokens, its style. */
export class FixSource {
  readonly docs: Document[];
  /** The documents parsed, without the holes `docs` has when it holds one document of a file. */
  private readonly parsed: Document[];
  readonly style: SourceStyle;
  private readonly only?: { docIndex: number; style: SourceStyle };

  /**
   * `only`: the text is the one document of the file with that index (a slice, see
   * DocumentSources); `docs` then holds it at that index, and its style is that document's
   * unless given.
   */
  constructor(
    readonly file: string,
    readonly text: string,
    only?: { docIndex: number; style?: SourceStyle },
  ) {
    const all = parseAllDocuments(text, { keepSourceTokens: true, uniqueKeys: false, strict: false });
    const docs = Array.isArray(all) ? all : [];
    this.parsed = only && docs.length !== 1 ? [] : docs;
    if (only) {
      this.docs = [];
      if (docs.length === 1) this.docs[only.docIndex] = docs[0];
      this.style = only.style ?? detectStyle(text, docs, file);
      this.only = { docIndex: only.docIndex, style: this.style };
    } else {
      this.docs = docs;
      this.style = detectStyle(text, docs, file);
    }
  }

  /** Whether every document parsed without errors. */
  get valid(): boolean {
    // not `docs`: walking its holes up to the document's index would cost the file's length each time
    return this.parsed.every((d) => d.errors.length === 0);
  }

  /** Keys written twice in one mapping; an edit must never add one (Kubernetes would keep only the last). */
  get duplicateKeys(): number {
    let n = 0;
    for (const doc of this.parsed) {
      visit(doc, {
        Map(_, map) {
          if (!isMap(map)) return;
          const seen = new Set<unknown>();
          for (const p of map.items) {
            const k = isScalar(p.key) ? p.key.value : p.key;
            if (seen.has(k)) n++;
            seen.add(k);
          }
        },
      });
    }
    return n;
  }

  /** The same kind of source (whole file or one document) for new text. */
  with(text: string): FixSource {
    return new FixSource(this.file, text, this.only);
  }
}

/**
 * The documents of one file, each parsed alone when asked for (see splitDocuments), so
 * fixing a Deployment does not parse the CustomResourceDefinitions around it. A file that cannot
 * be split that way is parsed whole, once; `offset` says where the source's text starts.
 */
export class DocumentSources {
  private readonly spans: DocumentSpan[] | undefined;
  private whole?: FixSource;

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    this.spans = splitDocuments(text);
  }

  /** One document, parsed alone (not kept: callers plan all of its fixes at once, then let it go). */
  take(docIndex: number): { source: FixSource; offset: number; whole: boolean } {
    const span = this.spans?.[docIndex];
    const slice = span ? new FixSource(this.file, this.text.slice(span.start, span.end), { docIndex }) : undefined;
    return slice?.docs[docIndex] ? { source: slice, offset: span!.start, whole: false } : { source: this.wholeFile(), offset: 0, whole: true };
  }

  wholeFile(): FixSource {
    this.whole ??= new FixSource(this.file, this.text);
    return this.whole;
  }
}

export type FixPlan =
  /** Edits on the original text; none when the file already says what the fix asks. */
  | { status: 'planned'; edits: TextEdit[] }
  | { status: 'skipped'; reason: string }
  /** Rendered output (Helm, Kustomize) is not edited: the advice says where the change belongs. */
  | { status: 'advice'; advice: string };

/**
 * Plans a fix on one object of a file. Operations run in order, each on the text the previous
 * ones left, and fold into one edit of the original text, so a fix that creates
 * `securityContext:` and two keys under it is a single, reviewable change.
 */
export function planFix(source: FixSource, target: FixTarget, fix: PlannedFix, object?: ObjectIdentity): FixPlan {
  return (fix.operations.length > 1 ? planSiblingKeys(source, target, fix, object) : undefined) ?? planStepByStep(source, target, fix, object);
}

/** `planFix` one operation at a time, each planned on a parse of the text the previous one left. */
export function planStepByStep(source: FixSource, target: FixTarget, fix: PlannedFix, object?: ObjectIdentity): FixPlan {
  let current = source;
  let steps = 0;
  for (const op of fix.operations) {
    const doc = current.docs[target.docIndex];
    if (!doc) return { status: 'skipped', reason: `document ${target.docIndex + 1} is not in ${source.file}` };
    if (doc.errors.length) return { status: 'skipped', reason: `document ${target.docIndex + 1} of ${source.file} has YAML errors` };
    const root = doc.contents as Node | null;
    if (object && !sameObject(root, target, object)) return { status: 'skipped', reason: `${source.file} changed: document ${target.docIndex + 1} no longer holds ${object.kind} ${object.name}` };
    const plan = planOperation(current.text, current.style, root, op, [...target.basePath, ...op.path]);
    if ('skipped' in plan) return { status: 'skipped', reason: plan.skipped };
    if (plan.edits.length === 0) continue;
    const next = applyEdits(current.text, plan.edits);
    steps++;
    if (fix.operations.length === 1) return { status: 'planned', edits: plan.edits.length > 1 ? [editBetween(current.text, next)!] : plan.edits };
    current = current.with(next);
    if (!current.valid && source.valid) {
      return { status: 'skipped', reason: `the planned edit would break the YAML of ${source.file} (a kubegate bug; please report it)` };
    }
  }
  const edit = steps ? editBetween(source.text, current.text) : undefined;
  return { status: 'planned', edits: edit ? [edit] : [] };
}

/**
 * The common multi-step fix (keys added to one mapping, or a missing one made holding them all:
 * see src/fix/sibling-keys.ts) planned on the `yaml` tree without re-parsing after each step.
 */
export function planSiblingKeys(source: FixSource, target: FixTarget, fix: PlannedFix, object?: ObjectIdentity): FixPlan | undefined {
  const doc = source.docs[target.docIndex];
  if (!doc || doc.errors.length) return undefined;
  const root = doc.contents as Node | null;
  if (object && !sameObject(root, target, object)) return undefined;
  const edits = siblingKeyEdits<Node | null>(
    {
      text: source.text,
      eol: source.style.eol,
      walk: (path) => {
        const w = walk(root, path);
        return w.ok ? { node: w.node, rest: w.rest } : undefined;
      },
      isMap: (node) => !!node && isMap(node) && node.items.length > 0,
      insert: (path, value) => {
        const plan = planOperation(source.text, source.style, root, { op: 'set', path, value }, path);
        return 'skipped' in plan || plan.edits.length !== 1 ? undefined : plan.edits[0];
      },
    },
    target.basePath,
    fix,
  );
  return edits && { status: 'planned', edits };
}

/** Plans a finding's fix on the file text it was reported against. */
export function planFinding(source: FixSource, finding: Finding): FixPlan {
  if (!finding.fix) return { status: 'skipped', reason: 'the rule declares no fix' };
  if (finding.origin) return { status: 'advice', advice: renderedAdvice(finding) };
  const target = fixTargetOf(finding);
  if (!target) return { status: 'skipped', reason: `cannot tell which document of ${finding.file} holds the object` };
  return planFix(source, target, finding.fix, finding.object);
}

/** Operations whose value a person must choose; such fixes are shown, never applied by `kubegate fix`. */
export function placeholdersOf(fix: PlannedFix): string[] {
  return fix.operations.flatMap((o) => ('placeholder' in o && o.placeholder ? [`${formatPath(o.path)}: ${o.placeholder} (example: ${JSON.stringify(o.value)})`] : []));
}

/** What a fix does, in words: `set spec.containers[0].securityContext.privileged to false`. */
export function describeOperations(fix: PlannedFix): string {
  return fix.operations
    .map((o) => (o.op === 'remove' ? `remove ${formatPath(o.path)}` : o.op === 'set' ? `set ${formatPath(o.path)} to ${JSON.stringify(o.value)}` : `add ${JSON.stringify(o.value)} to ${formatPath(o.path)}`))
    .join('; ');
}

/**
 * A rendered object's source is a template or a base plus patches: editing the rendered text
 * would be lost on the next render, so the finding gets advice on where to change it instead.
 */
export function renderedAdvice(finding: Finding): string {
  const fix = finding.fix!;
  const origin = finding.origin!;
  const where = origin.kind === 'helm'
    ? `Rendered by Helm from chart ${origin.root}${origin.detail ? ` (${origin.detail})` : ''}: change the template ${finding.file} near line ${finding.range.startLine}, or the chart value that feeds it in your values file`
    : `Built by Kustomize (${origin.detail ?? origin.root}): change the base resource ${finding.file} near line ${finding.range.startLine}, or add a patch in the overlay`;
  return `${where}, so that the rendered ${finding.object.kind} ${finding.object.name} has: ${describeOperations(fix)}. ${fix.description}`.trim();
}

function sameObject(root: Node | null, target: FixTarget, o: ObjectIdentity): boolean {
  const kind = walk(root, [...target.basePath, 'kind']);
  if (!kind.ok || kind.rest.length || !kind.node || !isScalar(kind.node) || kind.node.value !== o.kind) return false;
  if (!o.name) return true;
  const name = walk(root, [...target.basePath, 'metadata', 'name']);
  const gen = walk(root, [...target.basePath, 'metadata', 'generateName']);
  const value = (w: typeof name) => (w.ok && !w.rest.length && w.node && isScalar(w.node) ? String(w.node.value) : undefined);
  return value(name) === o.name || value(gen) === o.name;
}
