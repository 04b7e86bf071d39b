import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from '../core/model';
import { looksLikeKubernetes } from '../parse/parse-manifest';

export const DEFAULT_MAX_FILE_BYTES = 100 * 1024 * 1024;

export type Loaded = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reads one candidate manifest. Oversized, binary and non-UTF-8 files are reported, not parsed:
 * the diagnostic gates only when the bytes look like a Kubernetes manifest, because then a real
 * object may go unchecked.
 */
export function loadManifestFile(root: string, rel: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Loaded {
  const abs = path.join(root, rel);
  let size: number;
  try {
    size = fs.statSync(abs).size;
  } catch (err) {
    return fail(rel, 'unreadable', `Cannot read ${rel}: ${(err as Error).message}`, true);
  }
  if (size > maxBytes) return decodeManifest(rel, readHead(abs, 64 * 1024), size, maxBytes);
  let buf: Buffer;
  try {
    buf = fs.readFileSync(abs);
  } catch (err) {
    return fail(rel, 'unreadable', `Cannot read ${rel}: ${(err as Error).message}`, true);
  }
  return decodeManifest(rel, buf, buf.length, maxBytes);
}

/**
 * Turns the bytes of a manifest (a file, or standard input named `<stdin>`) into text, with the
 * same checks and diagnostics whatever the source. `size` is the whole input's length, which
 * may exceed `bytes` (then `bytes` is its head, enough to tell whether it looks like Kubernetes).
 */
export function decodeManifest(rel: string, bytes: Uint8Array, size = bytes.length, maxBytes = DEFAULT_MAX_FILE_BYTES): Loaded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (size > maxBytes) {
    return fail(rel, 'file-too-large', `${rel} is ${mb(size)}, over the ${mb(maxBytes)} limit (max-file-size); not scanned.`, looksLikeKubernetes(buf.subarray(0, 64 * 1024).toString('latin1')));
  }
  const utf16 = utf16Encoding(buf);
  if (utf16) {
    // go-yaml (libyaml's reader) decodes UTF-16 when the file starts with its byte order mark,
    // so kubectl applies such a file; reading it as binary would pass whatever it holds
    try {
      return { ok: true, text: new TextDecoder(utf16, { fatal: true }).decode(buf) };
    } catch {
      const lossy = new TextDecoder(utf16).decode(buf);
      return fail(rel, 'not-utf8', `${rel} starts with a UTF-16 byte order mark but is not valid UTF-16; skipped.`, looksLikeKubernetes(lossy));
    }
  }
  const probe = buf.subarray(0, 8000);
  if (probe.includes(0)) {
    // UTF-16 and UTF-32 manifests have NULs too; Kubernetes only reads UTF-8, so they are binary to us
    return fail(rel, 'binary-file', `${rel} looks binary (it has NUL bytes); skipped.`, false, 'notice');
  }
  let text: string;
  try {
    text = utf8.decode(buf);
  } catch {
    const lossy = buf.toString('latin1');
    return fail(rel, 'not-utf8', `${rel} is not valid UTF-8; skipped.`, looksLikeKubernetes(lossy));
  }
  return { ok: true, text };
}

/** UTF-16 named by a byte order mark (not UTF-32's FF FE 00 00, which libyaml does not read). */
function utf16Encoding(buf: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe && !(buf.length >= 4 && buf[2] === 0 && buf[3] === 0)) return 'utf-16le';
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  return undefined;
}

function readHead(abs: string, n: number): Buffer {
  const fd = fs.openSync(abs, 'r');
  try {
    const b = Buffer.alloc(n);
    const got = fs.readSync(fd, b, 0, n, 0);
    return b.subarray(0, got);
  } finally {
    fs.closeSync(fd);
  }
}

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

function fail(file: string, code: string, message: string, gating: boolean, level: Diagnostic['level'] = gating ? 'error' : 'warning'): Loaded {
  return { ok: false, diagnostic: { level, code, message, file, gating } };
}
