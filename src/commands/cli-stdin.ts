import type { ManifestInput } from '../pipeline/scan';

/**
 * Reads a whole stream (standard input) for scanning. Past `maxBytes` only the length is kept:
 * the scan then reports the input as too large, as it would a file, without holding it all.
 */
export async function readInput(name: string, stream: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, maxBytes: number): Promise<ManifestInput> {
  const chunks: Buffer[] = [];
  let kept = 0;
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += b.length;
    if (kept <= maxBytes) {
      chunks.push(b);
      kept += b.length;
    }
  }
  return { name, bytes: Buffer.concat(chunks), size };
}
