import { isAlias, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { FieldPath } from '../core/model';
import { formatPath } from '../rules/pod-spec';

/** One step of a walk: the collection, and where in it the next segment was found. */
export interface Step {
  node: Node;
  /** The pair holding the next node, when `node` is a mapping. */
  pair?: Pair<Node, Node | null>;
  /** The item index, when `node` is a sequence. */
  index?: number;
}

export type Walk =
  | {
      ok: true;
      /** Collections passed through, outermost first; the last one holds the deepest node found. */
      steps: Step[];
      /** Deepest node found (undefined when a key exists with an empty value, `key:`). */
      node: Node | null;
      /** Segments not found below `node`; empty when the whole path exists. */
      rest: FieldPath;
    }
  | { ok: false; reason: string };

/**
 * Follows a field path through a `yaml` AST. Kubernetes' decoder keeps the last of duplicate
 * keys, so the last matching pair wins. Paths through aliases or merge keys are refused: an
 * edit there would change every place that shares the anchor.
 */
export function walk(root: Node | null, path: FieldPath): Walk {
  const steps: Step[] = [];
  let node: Node | null = root;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (node && isAlias(node)) return { ok: false, reason: `${describe(path, i)} is a YAML alias (*${node.source}); edit its anchor instead` };
    if (node && isMap(node)) {
      const map = node as YAMLMap<Node, Node | null>;
      const pair = findPair(map, seg);
      if (!pair) {
        if (map.items.some((p) => isScalar(p.key) && p.key.value === '<<')) return { ok: false, reason: `${describe(path, i + 1)} may come from a YAML merge key (<<)` };
        return { ok: true, steps, node, rest: path.slice(i) };
      }
      steps.push({ node, pair });
      node = pair.value;
      continue;
    }
    if (node && isSeq(node) && typeof seg === 'number') {
      const seq = node as YAMLSeq<Node>;
      if (seg >= seq.items.length) return { ok: true, steps, node, rest: path.slice(i) };
      steps.push({ node, index: seg });
      node = seq.items[seg] ?? null;
      continue;
    }
    return { ok: true, steps, node, rest: path.slice(i) };
  }
  if (node && isAlias(node)) return { ok: false, reason: `${describe(path, path.length)} is a YAML alias (*${node.source}); edit its anchor instead` };
  return { ok: true, steps, node, rest: [] };
}

export function findPair(map: YAMLMap<Node, Node | null>, seg: string | number): Pair<Node, Node | null> | undefined {
  for (let j = map.items.length - 1; j >= 0; j--) {
    const k = map.items[j].key;
    if (isScalar(k) && String(k.value) === String(seg)) return map.items[j];
  }
  return undefined;
}

/** `null`, `~` or nothing at all after the colon. */
export function isNullScalar(node: Node | null): boolean {
  return node === null || (isScalar(node) && node.value === null);
}

function describe(path: FieldPath, upto: number): string {
  return formatPath(path.slice(0, upto)) || 'the document';
}
