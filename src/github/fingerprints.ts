import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../core/model';

/**
 * `partialFingerprints.primaryLocationLineHash`, computed exactly as GitHub's reference
 * implementation (github/codeql-action src/fingerprints.ts) does, so that alerts uploaded through
 * the API are matched across commits instead of being closed and re-opened.
 *
 * For each line: a rolling polynomial hash (multiplier 37, arithmetic mod 2^64) over the next 100
 * characters, skipping spaces and tabs, with CR and CRLF read as LF, an end-of-file sentinel and
 * zero padding. Identical hashes within a file are told apart by a 1-based occurrence count.
 */

const BLOCK_SIZE = 100;
const MOD = 37n;
const MASK = (1n << 64n) - 1n;
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
/** The reference adds this value after the last character (not -1, despite its comment). */
const EOF = 65535;

const FIRST_MOD = (() => {
  let m = 1n;
  for (let i = 0; i < BLOCK_SIZE; i++) m = (m * MOD) & MASK;
  return m;
})();

/** `hash:count` for every line of `text`, index 0 = line 1. */
export function lineHashes(text: string): string[] {
  const out: string[] = [];
  const window = new Array<number>(BLOCK_SIZE).fill(0);
  const lineNumbers = new Array<number>(BLOCK_SIZE).fill(-1);
  const counts = new Map<string, number>();
  let hash = 0n;
  let index = 0;
  let lineNumber = 0;
  let lineStart = true;
  let prevCR = false;

  const emit = () => {
    const hex = hash.toString(16);
    const n = (counts.get(hex) ?? 0) + 1;
    counts.set(hex, n);
    out[lineNumbers[index] - 1] = `${hex}:${n}`;
    lineNumbers[index] = -1;
  };
  const update = (c: number) => {
    const begin = window[index];
    window[index] = c;
    // BigInt.asUintN keeps the two's-complement wrap-around of the reference's 64-bit Long
    hash = BigInt.asUintN(64, MOD * hash + BigInt(c) - FIRST_MOD * BigInt(begin));
    index = (index + 1) % BLOCK_SIZE;
  };
  const process = (c: number) => {
    if (c === SPACE || c === TAB || (prevCR && c === LF)) {
      prevCR = false;
      return;
    }
    if (c === CR) {
      c = LF;
      prevCR = true;
    } else {
      prevCR = false;
    }
    if (lineNumbers[index] !== -1) emit();
    if (lineStart) {
      lineStart = false;
      lineNumber++;
      lineNumbers[index] = lineNumber;
    }
    if (c === LF) lineStart = true;
    update(c);
  };

  for (let i = 0; i < text.length; i++) process(text.charCodeAt(i));
  process(EOF);
  for (let i = 0; i < BLOCK_SIZE; i++) {
    if (lineNumbers[index] !== -1) emit();
    update(0);
  }
  return out;
}

/**
 * GitHub's line hash of each finding's line, for the SARIF log as it is written (result by
 * result, never whole in memory): each file with findings is read and hashed once, and only the
 * hashes of lines that have a finding are kept. Files outside `root`, or unreadable, give none.
 */
export function findingLineHashes(findings: readonly Finding[], root: string): (f: Finding) => string | undefined {
  const wanted = new Map<string, Set<number>>();
  for (const f of findings) {
    let lines = wanted.get(f.file);
    if (!lines) wanted.set(f.file, (lines = new Set()));
    lines.add(f.range.startLine);
  }
  const kept = new Map<string, Map<number, string>>();
  for (const [file, lines] of wanted) {
    const abs = resolvePath(file, root);
    if (!abs) continue;
    let hashes: string[];
    try {
      hashes = lineHashes(fs.readFileSync(abs, 'utf8'));
    } catch {
      continue;
    }
    const mine = new Map<number, string>();
    for (const line of lines) {
      const h = hashes[line - 1];
      if (h) mine.set(line, h);
    }
    kept.set(file, mine);
  }
  return (f) => kept.get(f.file)?.get(f.range.startLine);
}

/** A file under `root`, symbolic links resolved: one that leads out of it is not read. */
function resolvePath(p: string, root: string): string | undefined {
  try {
    const real = fs.realpathSync(path.isAbsolute(p) ? p : path.join(root, p));
    const rel = path.relative(fs.realpathSync(root), real);
    if (rel === '' || rel.split(path.sep)[0] === '..' || path.isAbsolute(rel)) return undefined;
    return fs.statSync(real).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}
