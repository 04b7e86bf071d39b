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

/** Bytes gathered before each write to a file. */
const BUFFER_BYTES = 1 << 20;

/**
 * A sink that encodes each piece straight into a buffer of bytes and writes the buffer to `fd`
 * when it is full: no joined string per write, and no second copy of the text as bytes.
 */
export class FileSink implements ReportSink {
  private readonly buf = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;

  constructor(private readonly fd: number) {}

  write(chunk: string): void {
    // a UTF-16 code unit is at most 3 bytes of UTF-8
    const most = chunk.length * 3;
    if (most > this.buf.length - this.used) {
      this.flush();
      if (most > this.buf.length) return writeAll(this.fd, Buffer.from(chunk, 'utf8'));
    }
    this.used += this.buf.write(chunk, this.used, 'utf8');
  }

  flush(): void {
    if (!this.used) return;
    writeAll(this.fd, this.buf.subarray(0, this.used));
    this.used = 0;
  }
}

/** Writes a report to `file` (its directory made), piece by piece; the file is closed even when writing throws. */
export function writeReportFile(file: string, write: (sink: ReportSink) => void): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, 'w');
  try {
    const sink = new FileSink(fd);
    write(sink);
    sink.flush();
  } finally {
    fs.closeSync(fd);
  }
}

function writeAll(fd: number, buf: Buffer): void {
  let off = 0;
  while (off < buf.length) off += fs.writeSync(fd, buf, off, buf.length - off);
}

/** The whole report as one string: for tests and small reports only. */
export function reportText(write: (sink: ReportSink) => void): string {
  const parts: string[] = [];
  write({ write: (chunk) => void parts.push(chunk) });
  return parts.join('');
}
