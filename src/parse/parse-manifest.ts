import * as jsyaml from 'js-yaml';
import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import type { Diagnostic, FieldPath, KubeObject, RenderOrigin, SourceRange } from '../core/model';
import { EventLog, EventLogLocator } from './event-log';
import { applyGoMerges, K8S_SCHEMA, K8S_YAML_TAGS } from './k8s-yaml';
import { parseByDocumentMarkers } from './chunked-recovery';
import { locate, type Located, type Locator } from './locator';
import { leadingBoms, LineIndex } from './text-positions';
import { YamlAstLocator } from './yaml-ast-locator';

/** Scalars as Kubernetes' decoder resolves them (YAML 1.1 booleans and octals); merges via applyGoMerges. */
const SCHEMA = K8S_SCHEMA;

/** A document whose aliases expand to more nodes than this is refused (a "billion laughs"). */
export const MAX_EXPANDED_NODES = 1_000_000;

export interface ParsedFile {
  file: string;
  text: string;
  objects: KubeObject[];
  diagnostics: Diagnostic[];
  /** Documents that are not Kubernetes objects (no apiVersion/kind), skipped on purpose. */
  skippedDocuments: number;
  locate(obj: Pick<KubeObject, 'docIndex' | 'basePath'>, path: FieldPath): Located;
}

/** Text that looks like a Kubernetes manifest, used to decide whether a broken file matters. */
export function looksLikeKubernetes(text: string): boolean {
  return /^[ \t-]*apiVersion\s*:/m.test(text) && /^[ \t-]*kind\s*:/m.test(text);
}

/**
 * Parses one manifest file. It never throws: a document it cannot follow (nested past the
 * stack, an alias bomb) is a located diagnostic, and an unexpected failure is a gating
 * diagnostic that names itself a bug, so the other files' findings are still reported.
 */
export function parseManifest(file: string, text: string, origin?: RenderOrigin): ParsedFile {
  try {
    return parseUnguarded(file, text, origin);
  } catch (err) {
    return {
      file,
      text,
      objects: [],
      diagnostics: [{ level: 'error', code: 'internal-error', message: `kubegate could not read ${file} (internal error, please report it): ${firstLine(String((err as Error)?.message ?? err))}`, file, gating: true }],
      skippedDocuments: 0,
      locate: () => ({ range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }, depth: 0 }),
    };
  }
}

/**
 * The file's text as a slice of js-yaml's own copy of it (js-yaml appends a terminator to its
 * input, which copies it). The objects' strings are slices of that copy and keep it alive as
 * long as they live, so the scan holds each file's text once instead of twice. The file as
 * given when the copy is not its plain prefix (a byte order mark js-yaml was not shown).
 */
function parserCopy(log: EventLog, text: string, shift: number): string {
  const copy = log.input;
  if (shift || copy === undefined || copy.length < text.length || !copy.startsWith(text)) return text;
  return copy.slice(0, text.length);
}

/** The parser ran out of stack: valid YAML nested deeper than a recursive reader can follow. */
function isStackOverflow(err: unknown): boolean {
  return /maximum call stack size exceeded/i.test(String((err as Error)?.message ?? err));
}

function tooDeep(file: string, docIndex: number, range: SourceRange | undefined, gating: boolean): Diagnostic {
  return {
    level: gating ? 'error' : 'warning',
    code: 'yaml-too-deep',
    message: `Document ${docIndex + 1} nests deeper than the parser's stack can follow; its objects were not scanned.`,
    file,
    range,
    gating,
  };
}

function parseUnguarded(file: string, input: string, origin?: RenderOrigin): ParsedFile {
  let text = input;
  const shift = leadingBoms(text);
  const diagnostics: Diagnostic[] = [];
  let docs: unknown[];
  let locator: Locator;
  let lines: LineIndex;

  const log = new EventLog();
  try {
    docs = jsyaml.loadAll(shift ? text.slice(shift) : text, undefined, { schema: SCHEMA, listener: log.listener, filename: file }) as unknown[];
    text = parserCopy(log, text, shift);
    lines = new LineIndex(text);
    const body = shift ? text.slice(shift) : text;
    locator = new EventLogLocator(log.seal(), text, shift, () => {
      const again = new EventLog();
      jsyaml.loadAll(body, undefined, { schema: SCHEMA, listener: again.listener, filename: file });
      return again.seal();
    });
  } catch (err) {
    // js-yaml stops at the first error in the file; the `yaml` library recovers document by
    // document, so the other documents of the file are still scanned.
    lines = new LineIndex(text);
    ({ docs, locator } = parseWithRecovery(file, text, lines, diagnostics, err));
  }

  const objects: KubeObject[] = [];
  let skipped = 0;
  const locateIn = (docIndex: number, path: FieldPath): Located => locate(locator, lines, text, docIndex, path);
  const releasePositions = (docIndex?: number): void => {
    if (docIndex !== undefined) return locator.releaseDocument?.(docIndex);
    locator.release?.();
    lines.release();
  };
  // a file read by the recovery parser has no js-yaml tree: its fixes are planned on the yaml tree
  const tree = locator instanceof EventLogLocator ? locator : undefined;
  // one object per file: fix planning keeps what it works out of the text (document spans, lines) on it
  const source = { text, shift: tree?.offsetShift ?? shift, documentNode: (docIndex: number) => tree?.documentNode(docIndex) };
  const positionSource = () => source;
  // js-yaml shares aliased nodes instead of copying them; only a file with both an anchor and
  // an alias can hide an exponential expansion, so only those pay for the count
  const mayExpand = /(^|[\s[{,])&[^\s,\]{}]/m.test(text) && /(^|[\s[{,:])\*[^\s,\]{}]/m.test(text);
  const hasMerges = text.includes('<<');
  docs.forEach((doc, docIndex) => {
    if (doc === null || doc === undefined) return;
    try {
      addDocument(doc, docIndex);
    } catch (err) {
      // the alias count, the merge pass and the rules below walk the document recursively
      if (!isStackOverflow(err)) throw err;
      diagnostics.push(tooDeep(file, docIndex, locate(locator, lines, text, docIndex, []).range, true));
    }
  });

  function addDocument(doc: unknown, docIndex: number): void {
    if (mayExpand && hasAliasBomb(doc)) {
      const range = locate(locator, lines, text, docIndex, []).range;
      diagnostics.push({
        level: 'error',
        code: 'yaml-alias-expansion',
        message: `Document ${docIndex + 1} expands its YAML aliases to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} nodes; it was not scanned.`,
        file,
        range,
        gating: true,
      });
      return;
    }
    const found = collectObjects(hasMerges ? applyGoMerges(doc) : doc, file, docIndex, origin, locateIn);
    if (found.length === 0) skipped++;
    for (const o of found) objects.push(Object.assign(o, { releasePositions, positionSource }));
  }

  return {
    file,
    text,
    objects,
    diagnostics,
    skippedDocuments: skipped,
    locate: (obj, path) => locate(locator, lines, text, obj.docIndex, [...obj.basePath, ...path]),
  };
}

function parseWithRecovery(
  file: string,
  text: string,
  lines: LineIndex,
  diagnostics: Diagnostic[],
  first: unknown,
): { docs: unknown[]; locator: Locator } {
  const lineCounter = new LineCounter();
  const gating = looksLikeKubernetes(text);
  let list: Document.Parsed[];
  try {
    // merge keys stay plain keys here too: applyGoMerges applies them in go-yaml's order
    const parsed = parseAllDocuments(text, { lineCounter, uniqueKeys: false, merge: false, strict: false, customTags: (tags) => [...K8S_YAML_TAGS, ...tags] });
    list = Array.isArray(parsed) ? parsed : [];
  } catch {
    return recoverByDocumentMarkers(file, text, lines, diagnostics, gating);
  }
  const docs: unknown[] = [];
  let reported = false;
  list.forEach((doc, i) => {
    if (doc.errors.length > 0) {
      for (const e of doc.errors.slice(0, 3)) {
        const [a, b] = e.pos;
        if (isStackOverflow(e)) {
          diagnostics.push(tooDeep(file, i, rangeOfOffset(lines, text, a, Math.max(a + 1, b)), gating));
          reported = true;
          break;
        }
        diagnostics.push({
          level: gating ? 'error' : 'warning',
          code: 'yaml-syntax',
          message: `Invalid YAML in document ${i + 1}: ${firstLine(e.message)}${gating ? '. Objects in this document were not scanned.' : ''}`,
          file,
          range: rangeOfOffset(lines, text, a, Math.max(a + 1, b)),
          gating,
        });
        reported = true;
      }
      docs.push(null);
      return;
    }
    try {
      docs.push(doc.toJS({ maxAliasCount: 10_000 }));
    } catch (err) {
      if (isStackOverflow(err)) {
        diagnostics.push(tooDeep(file, i, rangeOfOffset(lines, text, doc.range?.[0] ?? 0), gating));
        docs.push(null);
        reported = true;
        return;
      }
      diagnostics.push({
        level: gating ? 'error' : 'warning',
        code: 'yaml-alias-expansion',
        message: `Document ${i + 1} could not be expanded: ${firstLine(String((err as Error).message))}`,
        file,
        range: rangeOfOffset(lines, text, doc.range?.[0] ?? 0),
        gating,
      });
      docs.push(null);
      reported = true;
    }
  });
  // js-yaml-only complaints (duplicate keys) are warnings: the value that Kubernetes' decoder
  // keeps (the last one) is what gets scanned
  if (!reported && first instanceof jsyaml.YAMLException) {
    const mark = first.mark;
    const duplicate = /duplicated mapping key/.test(first.reason ?? '');
    diagnostics.push({
      level: 'warning',
      code: duplicate ? 'yaml-duplicate-key' : 'yaml-lenient',
      message: duplicate
        ? `Duplicate mapping key: ${first.reason}; the last value is the one scanned, as Kubernetes' decoder keeps it.`
        : `YAML accepted in lenient mode: ${first.reason}`,
      file,
      // from the offset: js-yaml's line and column are 0 for problems it finds before reading
      // (a NUL byte anywhere), and its offsets skip a byte order mark
      range: typeof mark?.position === 'number' ? rangeOfOffset(lines, text, mark.position + leadingBoms(text)) : undefined,
      gating: false,
    });
  }
  return { docs, locator: new YamlAstLocator(list) };
}

function recoverByDocumentMarkers(file: string, text: string, lines: LineIndex, diagnostics: Diagnostic[], gating: boolean): { docs: unknown[]; locator: Locator } {
  const { docs, locator, failures } = parseByDocumentMarkers(text, SCHEMA);
  for (const f of failures) {
    const range = rangeOfOffset(lines, text, f.offset);
    if (isStackOverflow(f.error)) diagnostics.push(tooDeep(file, f.docIndex, range, gating));
    else
      diagnostics.push({
        level: gating ? 'error' : 'warning',
        code: 'yaml-syntax',
        message: `Invalid YAML in document ${f.docIndex + 1}: ${firstLine(String((f.error as jsyaml.YAMLException).reason ?? (f.error as Error).message))}${gating ? '. Objects in this document were not scanned.' : ''}`,
        file,
        range,
        gating,
      });
  }
  return { docs, locator };
}

/** [a, b) clipped to the text and to a's line, so a problem at the end of the file stays inside it. */
function rangeOfOffset(lines: LineIndex, text: string, a: number, b = a + 1): SourceRange {
  const start = Math.max(0, Math.min(a, text.length));
  return lines.range(start, Math.max(start, Math.min(b, lines.lineEnd(start))));
}

function firstLine(s: string): string {
  return s.split('\n')[0].trim();
}

function isObjectLike(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

type LocateIn = (docIndex: number, path: FieldPath) => Located;

function collectObjects(doc: unknown, file: string, docIndex: number, origin: RenderOrigin | undefined, locateIn: LocateIn): KubeObject[] {
  if (!isObjectLike(doc)) return [];
  const { apiVersion, kind } = doc;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string' || !apiVersion || !kind) return [];
  // `kind: List` and typed lists such as `ConfigMapList` hold their objects under `items`
  if (kind.endsWith('List') && Array.isArray(doc.items)) {
    const out: KubeObject[] = [];
    doc.items.forEach((item, i) => {
      const o = toObject(item, file, docIndex, ['items', i], origin, locateIn);
      if (o) out.push(o);
    });
    return out;
  }
  const o = toObject(doc, file, docIndex, DOCUMENT_ROOT, origin, locateIn);
  return o ? [o] : [];
}

// the base path of every object that is a whole document: one read-only list, not one each
const DOCUMENT_ROOT: FieldPath = Object.freeze([]);

function toObject(
  v: unknown,
  file: string,
  docIndex: number,
  basePath: FieldPath,
  origin: RenderOrigin | undefined,
  locateIn: LocateIn,
): KubeObject | undefined {
  if (!isObjectLike(v)) return undefined;
  const { apiVersion, kind } = v;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') return undefined;
  const meta = isObjectLike(v.metadata) ? v.metadata : {};
  const name = typeof meta.name === 'string' ? meta.name : typeof meta.generateName === 'string' ? meta.generateName : '';
  const namespace = typeof meta.namespace === 'string' && meta.namespace ? meta.namespace : undefined;
  return {
    apiVersion,
    kind,
    name,
    namespace,
    raw: v,
    file,
    docIndex,
    basePath,
    origin,
    locate: (path) => locateIn(docIndex, basePath.length ? [...basePath, ...path] : path),
  };
}

/** Counts the nodes a document would have with every alias expanded, memoised per shared node. */
function hasAliasBomb(doc: unknown): boolean {
  const memo = new Map<object, number>();
  const size = (v: unknown): number => {
    if (v === null || typeof v !== 'object') return 1;
    const m = memo.get(v);
    if (m !== undefined) return m;
    memo.set(v, 1); // a cycle counts once
    let n = 1;
    const vals = Array.isArray(v) ? v : Object.values(v);
    for (const c of vals) {
      n += size(c);
      if (n > MAX_EXPANDED_NODES) break;
    }
    memo.set(v, n);
    return n;
  };
  return size(doc) > MAX_EXPANDED_NODES;
}
