import type { Finding, FixReplacement, KubeObject, PlannedFix, PlannedFixes, PlannedFixesOut, PlannedReplacements } from '../core/model';
import type { PosNode } from '../parse/event-log';
import { LineIndex } from '../parse/text-positions';
import { loadManifestFile } from '../workspace/load';
import { fixTargetOf } from './finding-target';
import { DocumentSources, placeholdersOf, planFinding } from './plan-fix';
import type { TextEdit } from './text-edit';
import { splitDocuments, type DocumentSpan } from './doc-split';
import { FastDocument } from './fast-plan';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Returns a function giving a finding's SARIF `fixes` (SARIF 2.1.0 §3.55): one fix whose
 * artifactChange replaces exact regions of the file as it was scanned. Undefined when the
 * finding has no fix, its text is not in `sources`, it was rendered (Helm, Kustomize), or the
 * fix does not plan cleanly. The fixes of `findings` are planned up front, file by file and
 * document by document: each document is parsed once for all its findings and let go as soon as
 * they are planned, so no file's syntax tree outlives its own planning.
 */
export function sarifFixBuilder(findings: readonly Finding[], sources: ReadonlyMap<string, string>, encodeUri: (file: string) => string): (f: Finding) => any[] | undefined {
  return plannedFixBuilder(planSarifReplacements(findings, sources), encodeUri);
}

/** The same, for fixes already planned (by the evaluation workers: see src/pipeline/parallel-evaluate.ts). */
export function plannedFixBuilder(planned: PlannedFixes, encodeUri: (file: string) => string): (f: Finding) => any[] | undefined {
  // findings of one rule at one place share a plan, and findings of one file a location: their
  // parts of the SARIF are built once (a log of a million fixes wrote them a million times)
  const descriptions = new WeakMap<PlannedFix, { text: string }>();
  const locations = new Map<string, { uri: string; uriBaseId: string }>();
  return (f) => {
    const plan = planned.get(f);
    if (!plan) return undefined;
    const replacements = Array.isArray(plan) ? plan : [plan];
    let description = descriptions.get(f.fix!);
    if (!description) descriptions.set(f.fix!, (description = { text: fixDescription(f.fix!) }));
    let location = locations.get(f.file);
    if (!location) locations.set(f.file, (location = { uri: encodeUri(f.file), uriBaseId: '%SRCROOT%' }));
    return [{ description, artifactChanges: [{ artifactLocation: location, replacements }] }];
  };
}

/** What a fix does, whether a person should review it, and which values they must choose. */
function fixDescription(fix: PlannedFix): string {
  const placeholders = placeholdersOf(fix);
  const notes = [fix.mode === 'suggestion' ? 'Suggestion: review before applying.' : '', placeholders.length ? `Choose the value of ${placeholders.join('; ')}.` : ''].filter(Boolean);
  return [fix.description, ...notes].join(' ');
}

/** The SARIF replacements of every finding whose fix plans cleanly on `sources`, planned document by document. */
export function planSarifReplacements(findings: readonly Finding[], sources: ReadonlyMap<string, string>): Map<Finding, PlannedReplacements> {
  const out = new Map<Finding, PlannedReplacements>();
  for (const [file, docs] of fixableByFile(findings, (f) => sources.has(f.file))) {
    const text = sources.get(file)!;
    const planning = filePlanning(text);
    const json = isJson(file);
    planFile(file, text, docs, out, planning, (_docIndex, span) => FastDocument.parse(text.slice(span.start, span.end), json));
  }
  return out;
}

type PositionSource = ReturnType<NonNullable<KubeObject['positionSource']>>;

/** What planning works out of a file's text once, kept on the file's position source. */
interface FilePlanning {
  spans: DocumentSpan[] | undefined;
  lines: LineIndex;
  documents?: DocumentSources;
}

const PLANNING = new WeakMap<PositionSource, FilePlanning>();

function filePlanning(text: string): FilePlanning {
  return { spans: splitDocuments(text), lines: new LineIndex(text) };
}

/**
 * Plans the fixes of some of one file's findings (a document's, as the scan judges them) into
 * `out`, on the position tree the scan built (see KubeObject.positionSource) while it is still
 * there: no file read, no second parse. The file's document spans and line starts are worked out
 * once for all its documents, and let go with `fileEnds` (the file's last document).
 */
export function planFileReplacements(findings: readonly Finding[], file: string, source: PositionSource, out: PlannedFixesOut, fileEnds = false): void {
  const { text, shift } = source;
  const json = isJson(file);
  try {
    for (const [, docs] of fixableByFile(findings, (f) => f.file === file)) {
      let planning = PLANNING.get(source);
      if (!planning) PLANNING.set(source, (planning = filePlanning(text)));
      planFile(file, text, docs, out, planning, (docIndex, span) => {
        const root = source.documentNode(docIndex);
        return root && FastDocument.fromTree(text.slice(span.start, span.end), root as PosNode, shift - span.start, json);
      });
    }
  } finally {
    // the file's last document: what was worked out for the file goes with it
    if (fileEnds) PLANNING.delete(source);
  }
}

/** file → document index → its fixable findings, in scan order. */
function fixableByFile(findings: readonly Finding[], keep: (f: Finding) => boolean): Map<string, Map<number, Finding[]>> {
  const byFile = new Map<string, Map<number, Finding[]>>();
  for (const f of findings) {
    if (!f.fix || f.origin || !keep(f)) continue;
    const target = fixTargetOf(f);
    if (!target) continue;
    let docs = byFile.get(f.file);
    if (!docs) byFile.set(f.file, (docs = new Map()));
    let list = docs.get(target.docIndex);
    if (!list) docs.set(target.docIndex, (list = []));
    list.push(f);
  }
  return byFile;
}

/**
 * One file's fixes, document by document: from js-yaml's offsets where that suffices
 * (src/fix/fast-plan.ts), on the document's `yaml` tree otherwise (parsed only then).
 */
function planFile(file: string, text: string, docs: Map<number, Finding[]>, out: PlannedFixesOut, planning: FilePlanning, fastFor: (docIndex: number, span: DocumentSpan) => FastDocument | undefined): void {
  const { spans, lines } = planning;
  for (const [docIndex, list] of docs) {
    const span = spans?.[docIndex];
    const fast = span && fastFor(docIndex, span);
    let rest = list;
    if (fast) {
      rest = [];
      for (const f of list) {
        const edits = fast.plan(fixTargetOf(f)!, f.fix!, f.object);
        if (edits === undefined) rest.push(f);
        else if (edits.length) out.set(f, planned(edits, (e) => replacement(lines, { start: e.start + span.start, end: e.end + span.start, text: e.text })));
      }
    }
    if (rest.length === 0) continue;
    planning.documents ??= new DocumentSources(file, text);
    const { source, offset } = planning.documents.take(docIndex);
    for (const f of rest) {
      const plan = planFinding(source, f);
      if (plan.status !== 'planned' || plan.edits.length === 0) continue;
      out.set(
        f,
        planned(plan.edits, (e) => replacement(lines, { start: e.start + offset, end: e.end + offset, text: e.text })),
      );
    }
  }
}

/** A plan's edits as SARIF replacements: one edit as its replacement alone (see PlannedReplacements). */
function planned(edits: readonly TextEdit[], toReplacement: (e: TextEdit) => FixReplacement): PlannedReplacements {
  return edits.length === 1 ? toReplacement(edits[0]) : edits.map(toReplacement);
}

/** A .json file keeps JSON style: both planners write JSON there (detectStyle). */
function isJson(file: string): boolean {
  return /\.json$/i.test(file);
}

/** An edit as a SARIF replacement: an empty deleted region is an insertion point. */
function replacement(lines: LineIndex, e: TextEdit): FixReplacement {
  // fixes of several rules often insert at one point: they share its region (read-only)
  let region: FixReplacement['deletedRegion'];
  if (e.end >= e.start) region = lines.sharedRange(e.start, e.end);
  else {
    const a = lines.position(e.start);
    const b = lines.position(e.end);
    region = { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column };
  }
  return e.text ? { deletedRegion: region, insertedContent: insertedContent(e.text) } : { deletedRegion: region };
}

// the same few insertions (`securityContext:` with `runAsNonRoot: true` at one indentation...)
// recur in every document: their content objects are shared, as they are read-only
const INSERTED = new Map<string, { text: string }>();
const INSERTED_MAX = 50_000;

function insertedContent(text: string): { text: string } {
  let content = INSERTED.get(text);
  if (!content) {
    if (INSERTED.size >= INSERTED_MAX) INSERTED.clear();
    INSERTED.set(text, (content = { text }));
  }
  return content;
}

/**
 * The texts of the files whose findings have a fix, read from `root`, for `buildSarif`'s
 * `sources`. Files that cannot be read any more are left out (their results carry no fix).
 */
export function readFixSources(root: string, findings: readonly Finding[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of findings) {
    if (!f.fix || f.origin || out.has(f.file)) continue;
    // read as the scan read it, so offsets agree (UTF-16 files decoded, a BOM kept)
    const loaded = loadManifestFile(root, f.file);
    if (loaded.ok) out.set(f.file, loaded.text);
  }
  return out;
}
