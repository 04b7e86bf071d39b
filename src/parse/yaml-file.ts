import * as jsyaml from 'js-yaml';
import { LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { ConfigError } from '../core/errors';
import type { FieldPath } from '../core/model';
import { offsetOfPath } from './yaml-position';

/** A small configuration file (rule, framework, exceptions) read with positions for its errors. */
export interface YamlFile {
  path: string;
  value: unknown;
  /** Line/column of the deepest node of `path` present in the file. */
  position(path: FieldPath): { startLine: number; startColumn: number };
  /** A ConfigError located at `path`. */
  error(path: FieldPath, message: string, docs?: string): ConfigError;
}

/**
 * The value comes from js-yaml (core schema: dates stay strings), several times faster than a
 * positioned parse; the `yaml` AST with positions is built only when an error needs a location.
 * Loading ~100 rule files at every start-up makes the difference.
 */
export function readYamlFile(path: string, text: string): YamlFile {
  let value: unknown;
  try {
    value = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, filename: path });
  } catch (err) {
    const mark = (err as jsyaml.YAMLException).mark;
    const reason = (err as jsyaml.YAMLException).reason ?? (err as Error).message;
    throw new ConfigError(`invalid YAML: ${reason}`, path, mark ? { startLine: mark.line + 1, startColumn: mark.column + 1 } : undefined);
  }
  let ast: { doc: Document.Parsed; lc: LineCounter } | undefined;
  const position = (p: FieldPath) => {
    if (!ast) {
      const lc = new LineCounter();
      ast = { doc: parseDocument(text, { lineCounter: lc, uniqueKeys: false }), lc };
    }
    const offset = offsetOfPath(ast.doc.contents as Node | null, p);
    const lp = ast.lc.linePos(offset);
    return { startLine: lp.line, startColumn: lp.col };
  };
  return { path, value, position, error: (p, message, docs) => new ConfigError(message, path, position(p), docs) };
}
