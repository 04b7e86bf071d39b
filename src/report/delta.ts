import type { ScanResult } from '../core/model';
import { escapeMd } from './escape-md';

const MAX_ROWS = 50;

/**
 * Every change this pull request makes to exceptions or gate configuration: a PR can edit those to
 * pass its own gate, so reviewers must see them first.
 */
export function policyChangesSection(result: ScanResult): string | undefined {
  const changes = result.policyChanges ?? [];
  if (changes.length === 0) return undefined;
  const lines = ['### ⚠️ Policy changes in this pull request', '', 'Exceptions or gate configuration this change edits. Review them like code: they decide what the gate lets through.', '', '| File | Change | What |', '| --- | --- | --- |'];
  for (const c of changes.slice(0, MAX_ROWS)) lines.push(`| \`${escapeMd(c.file)}${c.line ? `:${c.line}` : ''}\` | ${c.change} | ${escapeMd(c.description)} |`);
  if (changes.length > MAX_ROWS) lines.push('', `…and ${changes.length - MAX_ROWS} more changes.`);
  return lines.join('\n');
}
