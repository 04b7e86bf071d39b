import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const made: string[] = [];

/** Hostile inputs are generated at test time into a temporary directory, never committed. */
export function tempRepo(files: Record<string, string | Buffer> = {}, prefix = 'kubegate-hostile-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  writeFiles(dir, files);
  return dir;
}

/** Removes every directory tempRepo made in this test file (call from afterAll). */
export function removeTempRepos(): void {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    const abs = path.join(dir, name);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
}

/** A pod that breaks a high-severity rule on a known line: proof that findings survive next to hostile input. */
export function privilegedPod(name: string): { text: string; line: number } {
  const text = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n      securityContext:\n        privileged: true\n`;
  return { text, line: 10 };
}

/**
 * Writes a file of `count` documents through a stream (the whole text is never held here):
 * every `every`-th document is a privileged pod, the others harmless ConfigMaps.
 */
export async function writeManyDocuments(file: string, count: number, every: number): Promise<{ privileged: number; bytes: number }> {
  const out = fs.createWriteStream(file);
  let privileged = 0;
  let chunk = '';
  for (let i = 0; i < count; i++) {
    if (i % every === every - 1) {
      chunk += `---\n${privilegedPod(`p${i}`).text}`;
      privileged++;
    } else {
      chunk += `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\n  namespace: ns\ndata:\n  key: value-${i}\n`;
    }
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
      chunk = '';
    }
  }
  out.end(chunk);
  await new Promise<void>((r) => out.once('finish', () => r()));
  return { privileged, bytes: fs.statSync(file).size };
}

/**
 * A single ConfigMap of about `mib` MiB (a block scalar of many lines: the size a bundled
 * dashboard or CRD reaches) followed by a privileged pod in the same file.
 */
export async function writeLargeManifest(file: string, mib: number): Promise<{ podLine: number; bytes: number }> {
  const out = fs.createWriteStream(file);
  const line = '    ' + 'x'.repeat(95) + '\n';
  const lines = Math.ceil((mib * 1024 * 1024) / line.length);
  out.write('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  blob: |\n');
  const block = line.repeat(10_000);
  for (let i = 0; i < lines; i += 10_000) {
    if (!out.write(block)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  const headerLines = 6 + Math.ceil(lines / 10_000) * 10_000;
  out.end(`---\n${privilegedPod('after-big').text}`);
  await new Promise<void>((r) => out.once('finish', () => r()));
  return { podLine: headerLines + 1 + privilegedPod('').line, bytes: fs.statSync(file).size };
}
