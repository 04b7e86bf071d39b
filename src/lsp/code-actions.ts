/**
 * Code actions on one document's text: the edits `kubegate fix` makes (same planner, so
 * comments and formatting are kept), and an inline exception that acknowledges a finding.
 * Pure: text and findings in, LSP code actions out.
 */
import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { IGNORE, IGNORE_REASON } from '../exceptions/inline';
import { fixFile, type FixRequest } from '../fix/apply-fixes';
import { fixTargetOf } from '../fix/finding-target';
import { placeholdersOf } from '../fix/plan-fix';
import { editBetween } from '../fix/text-edit';
import type { Finding, PlannedFix } from '../core/model';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.kubegate`;

/** The reason an acknowledgement starts with: a person replaces it with theirs. */
export const REASON_PLACEHOLDER = 'TODO: say why this finding is accepted';

/** What the document's objects already say, for the acknowledgement to extend rather than repeat. */
export interface ObjectAnnotations {
  annotations: Record<string, unknown> | undefined;
}

/**
 * The one edit turning the document's text into what `kubegate fix` writes for these findings,
 * or undefined when none applies.
 */
export function fixEdit(doc: TextDocument, file: string, findings: readonly Finding[]): LspTextEdit | undefined {
  const requests: FixRequest[] = [];
  findings.forEach((f, i) => {
    const target = fixTargetOf(f);
    if (f.fix && !f.origin && target) requests.push({ id: String(i), target, fix: f.fix, object: f.object });
  });
  if (!requests.length) return undefined;
  return toLspEdit(doc, fixFile(file, doc.getText(), requests).after);
}

function toLspEdit(doc: TextDocument, after: string): LspTextEdit | undefined {
  const e = editBetween(doc.getText(), after);
  return e ? { range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.text } : undefined;
}

/** `kubegate fix` applies safe fixes that need no value chosen by a person; an editor may offer the rest. */
export function isAutomatic(fix: PlannedFix): boolean {
  return fix.mode === 'safe' && placeholdersOf(fix).length === 0;
}

/** The quick fix of one finding, when its rule has one and the object is not rendered output. */
export function quickFix(doc: TextDocument, file: string, finding: Finding, diagnostic: LspDiagnostic | undefined): CodeAction | undefined {
  if (!finding.fix || finding.origin) return undefined;
  const edit = fixEdit(doc, file, [finding]);
  if (!edit) return undefined;
  const placeholders = placeholdersOf(finding.fix);
  const title = `kubegate: ${finding.fix.description.replace(/\.$/, '')}${placeholders.length ? ' (example value: choose your own)' : ''} [${finding.ruleId}]`;
  return {
    title,
    kind: CodeActionKind.QuickFix,
    isPreferred: isAutomatic(finding.fix),
    ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
    edit: { changes: { [doc.uri]: [edit] } },
  };
}

/** Every automatic fix of the document at once, as `kubegate fix` would apply them to this file. */
export function fixAll(doc: TextDocument, file: string, findings: readonly Finding[]): CodeAction | undefined {
  const edit = fixEdit(
    doc,
    file,
    findings.filter((f) => f.fix && isAutomatic(f.fix)),
  );
  if (!edit) return undefined;
  return { title: 'kubegate: fix all auto-fixable problems in this file', kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: [edit] } } };
}

/**
 * Every fix of the document that needs no value chosen by a person, suggestions included: what
 * `kubegate fix --include-suggestions` writes. A quick fix the user picks, never a fix-all an
 * editor may run on save.
 */
export function applyAllFixes(doc: TextDocument, file: string, findings: readonly Finding[]): CodeAction | undefined {
  const fixable = findings.filter((f) => f.fix && !f.origin && placeholdersOf(f.fix).length === 0);
  if (fixable.length < 2) return undefined;
  const edit = fixEdit(doc, file, fixable);
  if (!edit) return undefined;
  return { title: `kubegate: apply all ${fixable.length} fixes in this file (kubegate fix --include-suggestions)`, kind: CodeActionKind.QuickFix, edit: { changes: { [doc.uri]: [edit] } } };
}

/**
 * Adds the finding's rule to the object's `kubegate.io/ignore` annotation (src/exceptions/inline.ts),
 * with a reason placeholder when none is written, so the acceptance is reviewed with the manifest.
 */
export function acknowledge(doc: TextDocument, file: string, finding: Finding, object: ObjectAnnotations | undefined, diagnostic: LspDiagnostic | undefined): CodeAction | undefined {
  const target = fixTargetOf(finding);
  if (!target || finding.origin) return undefined;
  const annotations = object?.annotations ?? {};
  const existing = typeof annotations[IGNORE] === 'string' ? (annotations[IGNORE] as string).trim() : '';
  const ids = existing.split(/[\s,]+/).filter(Boolean);
  if (ids.includes(finding.ruleId) || ids.includes('*')) return undefined;
  const value = [...ids, finding.ruleId].join(',');
  const base = ['metadata', 'annotations'];
  const operations: PlannedFix['operations'] = [{ op: 'set', path: [...base, IGNORE], value }];
  const reason = typeof annotations[IGNORE_REASON] === 'string' && (annotations[IGNORE_REASON] as string).trim();
  if (!reason) operations.push({ op: 'set', path: [...base, IGNORE_REASON], value: REASON_PLACEHOLDER });
  const after = fixFile(file, doc.getText(), [{ id: 'ack', target, fix: { mode: 'safe', description: 'acknowledge', operations }, object: finding.object }]).after;
  const edit = toLspEdit(doc, after);
  if (!edit) return undefined;
  return {
    title: `kubegate: acknowledge ${finding.ruleId} with an inline exception (${IGNORE})`,
    kind: CodeActionKind.QuickFix,
    ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
    edit: { changes: { [doc.uri]: [edit] } },
  };
}

/** The object's own annotations (inline.ts also reads the pod template's; the object's are where we write). */
export function annotationsOf(raw: unknown): ObjectAnnotations {
  const ann = (raw as { metadata?: { annotations?: unknown } } | undefined)?.metadata?.annotations;
  return { annotations: ann && typeof ann === 'object' && !Array.isArray(ann) ? (ann as Record<string, unknown>) : undefined };
}
