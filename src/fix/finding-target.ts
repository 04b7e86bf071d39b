import type { FieldPath, Finding } from '../core/model';

/** Where in its file a finding's object lives: document index and path to the object. */
export interface FixTarget {
  docIndex: number;
  basePath: FieldPath;
}

/**
 * Reads the document index and base path back out of a finding's `objectKey` (written by
 * `objectKey` in src/pipeline/evaluate.ts as `<file>#<doc>[/<base path>]|<kind>/<ns>/<name>`).
 * Kinds, namespaces and names cannot hold `|` or `#`, so the last `#<digits>` before the last `|`
 * ends the file name even when the file name holds those characters.
 */
export function fixTargetOf(finding: Pick<Finding, 'objectKey' | 'file'>): FixTarget | undefined {
  const key = finding.objectKey;
  if (!key.startsWith(`${finding.file}#`)) return undefined;
  const m = /^#(\d+)((?:\/[^|]*)?)\|[^|]*$/.exec(key.slice(finding.file.length));
  if (!m) return undefined;
  const basePath = m[2] ? m[2].slice(1).split('/').map((s) => (/^\d+$/.test(s) ? Number(s) : s)) : [];
  return { docIndex: Number(m[1]), basePath };
}
