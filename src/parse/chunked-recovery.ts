import * as jsyaml from 'js-yaml';
import type { FieldPath } from '../core/model';
import { EventLog, EventLogLocator } from './event-log';
import type { Locator, NodeSpan } from './locator';
import { leadingBoms } from './text-positions';

/** A document marker (`---` or `...`) at the start of a line ends the document before it. */
const MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;

export interface ChunkFailure {
  /** Index of the document that failed, counted as js-yaml counts them. */
  docIndex: number;
  /** Offset in the whole text where the parser gave up. */
  offset: number;
  error: unknown;
}

/**
 * The last resort when even the `yaml` library's recovering parser throws (it recurses once per
 * nesting level and overflows the stack on thousands of levels): split the text at document
 * markers, which no YAML content can span, and read each piece on its own, so one absurd
 * document costs only itself. Offsets stay those of the whole text.
 */
export function parseByDocumentMarkers(text: string, schema: jsyaml.Schema): { docs: unknown[]; locator: Locator; failures: ChunkFailure[] } {
  const starts = [0];
  for (const m of text.matchAll(MARKER)) if (m.index > 0) starts.push(m.index);
  const docs: unknown[] = [];
  const owners: Array<{ locator: EventLogLocator; local: number }> = [];
  const failures: ChunkFailure[] = [];
  starts.forEach((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    const chunkText = text.slice(start, end);
    const boms = leadingBoms(chunkText);
    const shift = start + boms;
    const chunk = chunkText.slice(boms);
    const log = new EventLog();
    const locator = new EventLogLocator(log, text, shift);
    let found: unknown[];
    try {
      found = jsyaml.loadAll(chunk, undefined, { schema, listener: log.listener }) as unknown[];
    } catch (error) {
      const mark = (error as jsyaml.YAMLException).mark;
      failures.push({ docIndex: docs.length, offset: shift + (mark?.position ?? 0), error });
      docs.push(null);
      owners.push({ locator, local: 0 });
      return;
    }
    found.forEach((doc, local) => {
      docs.push(doc);
      owners.push({ locator, local });
    });
  });
  const locator: Locator = {
    spans(docIndex: number, path: FieldPath): NodeSpan[] {
      const owner = owners[docIndex];
      return owner ? owner.locator.spans(owner.local, path) : [];
    },
  };
  return { docs, locator, failures };
}
