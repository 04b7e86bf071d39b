import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FieldPath, SourceRange } from '../core/model';
import { parseManifest, type ParsedFile } from '../parse/parse-manifest';

/** Source files of the overlays, parsed once with positions and shared between overlays. */
export class SourceFiles {
  private readonly cache = new Map<string, ParsedFile | null>();
  constructor(private readonly root: string) {}

  get(file: string): ParsedFile | undefined {
    if (!this.cache.has(file)) {
      let parsed: ParsedFile | null = null;
      try {
        parsed = parseManifest(file, fs.readFileSync(path.join(this.root, file), 'utf8'));
      } catch {
        parsed = null;
      }
      this.cache.set(file, parsed);
    }
    return this.cache.get(file) ?? undefined;
  }

  /** Locates a path inside an arbitrary document of a file (patches are not objects). */
  locateIn(file: string, docIndex: number, p: FieldPath): { range: SourceRange; depth: number } | undefined {
    return this.get(file)?.locate({ docIndex, basePath: [] }, p);
  }
}
