import { parseAllDocuments } from 'yaml';
import type { FixRequest } from '../../src/fix/apply-fixes';
import type { FieldPath, FixOperation } from '../../src/core/model';

/**
 * What a file must mean once fixes are applied, computed without the planner: the operations
 * carried out on the parsed documents as plain data. Comparing it with the re-parsed result
 * checks both that every operation's path holds its value (under the right parent) and that no
 * other path changed.
 */
export function expectedDocuments(text: string, requests: readonly FixRequest[]): unknown[] {
  const docs = parsedDocuments(text);
  // list items are removed last, by identity, so earlier removals do not shift later indexes
  const dropped: Array<{ list: unknown[]; item: unknown }> = [];
  for (const r of requests) {
    for (const op of r.fix.operations) {
      const path: FieldPath = [...r.target.basePath, ...op.path];
      apply(docs, r.target.docIndex, path, op, dropped);
    }
  }
  for (const { list, item } of dropped) {
    const i = list.indexOf(item);
    if (i >= 0) list.splice(i, 1);
  }
  return docs;
}

export function parsedDocuments(text: string): unknown[] {
  return parseAllDocuments(text).map((d) => d.toJS());
}

function apply(docs: unknown[], docIndex: number, path: FieldPath, op: FixOperation, dropped: Array<{ list: unknown[]; item: unknown }>): void {
  const holder: Record<string | number, unknown> = docs as unknown as Record<number, unknown>;
  let parent = holder;
  let key: string | number = docIndex;
  for (const seg of path) {
    let next = parent[key];
    if (next === undefined || next === null) {
      if (op.op === 'remove') return;
      next = {};
      parent[key] = next;
    }
    parent = next as Record<string | number, unknown>;
    key = seg;
  }
  if (op.op === 'set') parent[key] = op.value;
  else if (op.op === 'add-to-list') {
    const list = (parent[key] ??= []) as unknown[];
    if (!list.some((x) => JSON.stringify(x) === JSON.stringify(op.value))) list.push(op.value);
  } else if (Array.isArray(parent)) {
    if (typeof key === 'number' && key < parent.length) dropped.push({ list: parent, item: parent[key] });
  } else delete parent[key];
}
