import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { ConfigError } from '../errors';
import type { FieldPath } from '../model';

/** A small configuration file (rule, framework, exceptions) read with positions for its errors. */
export interface YamlFile {
  path: string;
  value: unknown;
  /** Line/column of the deepest node of `path` present in the file. */
  position(path: FieldPath): { startLine: number; startColumn: number };
  /** A ConfigError located at `path`. */
  error(path: FieldPath, message: string, docs?: string): ConfigError;
}

export function readYamlFile(path: string, text: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const pos = lineCounter.linePos(e.pos[0]);
    throw new ConfigError(`invalid YAML: ${e.message.split('\n')[0]}`, path, { startLine: pos.line, startColumn: pos.col });
  }
  const position = (p: FieldPath) => {
    let node = doc.contents as Node | null;
    let offset = node?.range?.[0] ?? 0;
    for (const seg of p) {
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
    const lp = lineCounter.linePos(offset);
    return { startLine: lp.line, startColumn: lp.col };
  };
  return {
    path,
    value: doc.toJS({ maxAliasCount: 100 }),
    position,
    error: (p, message, docs) => new ConfigError(message, path, position(p), docs),
  };
}
