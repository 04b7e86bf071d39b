import type { Finding } from '../model';
import { LineIndex } from '../parse/text-positions';
import { loadManifestFile } from '../pipeline/load';
import { fixTargetOf } from './finding-target';
import { DocumentSources, placeholdersOf, planFinding } from './plan-fix';
import type { TextEdit } from './text-edit';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Returns a function giving a finding's SARIF `fixes` (SARIF 2.1.0 §3.55): one fix whose
 * artifactChange replaces exact regions of the file as it was scanned. Undefined when the
 * finding has no fix, its text is not in `sources`, it was rendered (Helm, Kustomize), or the
 * fix does not plan cleanly. Each file is parsed once, however many findings it has.
 */
export function sarifFixBuilder(sources: ReadonlyMap<string, string>, encodeUri: (file: string) => string): (f: Finding) => any[] | undefined {
  const files = new Map<string, { docs: DocumentSources; lines: LineIndex }>();
  return (f) => {
    if (!f.fix || f.origin) return undefined;
    const text = sources.get(f.file);
    const target = fixTargetOf(f);
    if (text === undefined || !target) return undefined;
    let entry = files.get(f.file);
    if (!entry) {
      entry = { docs: new DocumentSources(f.file, text), lines: new LineIndex(text) };
      files.set(f.file, entry);
    }
    const { source, offset } = entry.docs.get(target.docIndex);
    const plan = planFinding(source, f);
    if (plan.status !== 'planned' || plan.edits.length === 0) return undefined;
    const placeholders = placeholdersOf(f.fix);
    const notes = [f.fix.mode === 'suggestion' ? 'Suggestion: review before applying.' : '', placeholders.length ? `Choose the value of ${placeholders.join('; ')}.` : ''].filter(Boolean);
    return [
      {
        description: { text: [f.fix.description, ...notes].join(' ') },
        artifactChanges: [
          {
            artifactLocation: { uri: encodeUri(f.file), uriBaseId: '%SRCROOT%' },
            replacements: plan.edits.map((e) => replacement(entry!.lines, { start: e.start + offset, end: e.end + offset, text: e.text })),
          },
        ],
      },
    ];
  };
}

/** An edit as a SARIF replacement: an empty deleted region is an insertion point. */
function replacement(lines: LineIndex, e: TextEdit): any {
  const a = lines.position(e.start);
  const b = lines.position(e.end);
  return {
    deletedRegion: { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column },
    ...(e.text ? { insertedContent: { text: e.text } } : {}),
  };
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
