import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { FieldPath } from '../core/model';

/**
 * Offset of the deepest node of `path` present under `root` in a positioned `yaml` AST: the key
 * of a mapping member, the item of a sequence. Configuration errors point there.
 */
export function offsetOfPath(root: Node | null, path: FieldPath): number {
  let node = root;
  let offset = node?.range?.[0] ?? 0;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((it) => isScalar(it.key) && String(it.key.value) === String(seg));
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) {
      node = node.items[seg] as Node;
      offset = node.range?.[0] ?? offset;
    } else break;
  }
  return offset;
}
