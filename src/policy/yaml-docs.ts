import { LineCounter, parseAllDocuments, type Node } from 'yaml';
import { positionInNode, type Position } from '../rules/cel/source-position';
import { offsetOfPath } from '../parse/yaml-position';
import { ConfigError } from '../core/errors';
import type { FieldPath } from '../core/model';

/** One document of a policy file, with located errors (the file may hold several documents). */
export interface PolicyDoc {
  file: string;
  index: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  value: any;
  /** The key (or item) at `path`, or its deepest existing parent. */
  position(path: FieldPath): Position;
  /** Character `offset` inside the string at `path`; the node itself when offset < 0. */
  positionIn(path: FieldPath, offset: number): Position;
  error(path: FieldPath, message: string): ConfigError;
}

/** Policy files are few and small: the positioned `yaml` parse is affordable here. */
export function readPolicyDocs(file: string, text: string): PolicyDoc[] {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: true });
  if (!Array.isArray(docs)) return [];
  const out: PolicyDoc[] = [];
  docs.forEach((doc, index) => {
    if (doc.errors.length) {
      const e = doc.errors[0];
      const p = lineCounter.linePos(e.pos[0]);
      throw new ConfigError(`invalid YAML: ${e.message.split('\n')[0]}`, file, { startLine: p.line, startColumn: p.col });
    }
    const root = doc.contents as Node | null;
    const position = (path: FieldPath): Position => {
      const lp = lineCounter.linePos(offsetOfPath(root, path));
      return { startLine: lp.line, startColumn: lp.col };
    };
    const positionIn = (path: FieldPath, offset: number) => (offset >= 0 ? positionInNode(text, lineCounter, root, path, offset) : undefined) ?? position(path);
    out.push({
      file,
      index,
      value: doc.toJS({ maxAliasCount: 100 }),
      position,
      positionIn,
      error: (path, message) => new ConfigError(message, file, position(path)),
    });
  });
  return out;
}
