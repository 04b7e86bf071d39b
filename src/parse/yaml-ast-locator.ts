import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { FieldPath } from '../core/model';
import type { Locator, NodeSpan } from './locator';

/** Locator over the `yaml` library's AST: used for files js-yaml rejects (recovery mode). */
export class YamlAstLocator implements Locator {
  constructor(private readonly docs: Document.Parsed[]) {}

  spans(docIndex: number, path: FieldPath): NodeSpan[] {
    const doc = this.docs[docIndex];
    if (!doc?.contents) return [];
    let node: Node | null = doc.contents as Node;
    const out: NodeSpan[] = [this.span(node, undefined)];
    for (const seg of path) {
      if (isMap(node)) {
        // the last of duplicate keys is the value Kubernetes' decoder (and our scan) keeps
        const pair = node.items.findLast((p) => {
          const k = p.key;
          return isScalar(k) ? String(k.value) === String(seg) : false;
        });
        if (!pair || !pair.value) break;
        const keyNode = pair.key as Node;
        node = pair.value as Node;
        out.push(this.span(node, keyNode));
      } else if (isSeq(node)) {
        if (typeof seg !== 'number') break;
        const item = node.items[seg] as Node | undefined;
        if (!item) break;
        node = item;
        out.push(this.span(node, undefined));
      } else break;
    }
    return out;
  }

  private span(node: Node, key: Node | undefined): NodeSpan {
    return {
      keyStart: key?.range?.[0],
      valueStart: node.range?.[0] ?? 0,
      scalar: isScalar(node),
    };
  }
}
