import * as fs from 'node:fs';
import * as path from 'node:path';

/** Where a report goes while it is written: reports emit in pieces, never as one string. */
export interface ReportSink {
  write(chunk: string): void;
}

/** Pieces are gathered up to this many characters before each write. */
const BUFFER_CHARS = 1 << 16;

/** A sink that hands text on in pieces of about 64 KiB (a file, standard output). */
export class BufferedSink implements ReportSink {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly emit: (text: string) => void) {}

  write(chunk: string): void {
    if (!chunk) return;
    this.parts.push(chunk);
    this.size += chunk.length;
    if (this.size >= BUFFER_CHARS) this.flush();
  }

  flush(): void {
    if (!this.size) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    this.emit(text);
  }
}

/** Writes a report to `file` (its directory made), piece by piece; the file is closed even when writing throws. */
export function writeReportFile(file: string, write: (sink: ReportSink) => void): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, 'w');
  try {
    const sink = new BufferedSink((text) => writeAll(fd, text));
    write(sink);
    sink.flush();
  } finally {
    fs.closeSync(fd);
  }
}

function writeAll(fd: number, text: string): void {
  const buf = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < buf.length) off += fs.writeSync(fd, buf, off, buf.length - off);
}

/** The whole report as one string: for tests and small reports only. */
export function reportText(write: (sink: ReportSink) => void): string {
  const parts: string[] = [];
  write({ write: (chunk) => void parts.push(chunk) });
  return parts.join('');
}
