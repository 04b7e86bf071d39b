/**
 * npm run bench [-- --quick]: runs the kubegate CLI as users run it, each run in its own child
 * process, and compares it with merely loading the same files with js-yaml `loadAll` (no
 * positions, no rules), measured side by side in this run so that the ratio holds on a busy
 * machine. Commands measured per input:
 *   default:  kubegate scan DIR --format sarif --output FILE   (the action's frameworks and report)
 *   all:      kubegate scan DIR --frameworks all --format sarif --output FILE   (with fixes)
 *   all, one thread: the same with --jobs 1 (what the worker threads of --jobs auto add)
 * The ratio is of wall times; the CPU ratio, of user + system CPU times of every thread, holds
 * better when other work shares the machine (a run on several threads spends more CPU than wall).
 * Inputs: ../shared/corpus/real (when present), ../shared/bench/gen-repo.mjs repositories of
 * 20,000 and 100,000 objects, and one file of 60,000 small Deployments. `--quick` runs the
 * 20,000-object repository only. Peak RSS is the child's own (read by a preloaded hook at exit).
 * Then the cost of CEL rules against built-in templates (scripts/bench-cel.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as jsyaml from 'js-yaml';
import { discoverManifests } from '../src/workspace/discover';
import { benchCelRules } from './bench-cel';
import { benchLsp } from './bench-lsp';

const RUNS = Number(process.env.BENCH_RUNS ?? 1);
/** A run that takes longer than this is reported as not finished. */
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 15 * 60_000);

interface Sample {
  ms: number;
  /** CPU time (user + system) of the process: steadier than wall time on a shared machine. */
  cpuMs: number;
  rssMiB: number;
  /** Exit status when the run did not finish as a scan does (0 passed, 1 gate failed). */
  failed?: string;
  objects?: number;
  findings?: number;
  outMiB?: number;
}

/** The js-yaml floor: discover as the CLI does, read and loadAll every file. Runs as a child. */
function loadChild(target: string): void {
  const t0 = performance.now();
  const isFile = fs.statSync(target).isFile();
  const root = isFile ? path.dirname(target) : target;
  const files = isFile ? [path.basename(target)] : discoverManifests({ root }).files;
  let objects = 0;
  for (const f of files) {
    // json: true lets later duplicate keys win instead of throwing, as our parser does
    const docs = jsyaml.loadAll(fs.readFileSync(path.join(root, f), 'utf8'), undefined, { json: true });
    for (const d of docs) if (d && typeof d === 'object') objects++;
  }
  const ru = process.resourceUsage();
  const sample: Sample = { ms: performance.now() - t0, cpuMs: (ru.userCPUTime + ru.systemCPUTime) / 1000, rssMiB: ru.maxRSS / 1024, objects };
  process.stdout.write(JSON.stringify(sample));
}

/** Writes the process's peak RSS (KiB) and CPU time (µs) to $KUBEGATE_BENCH_RSS at exit: preloaded into the CLI's process. */
const RSS_HOOK = `process.on('exit', () => { const r = process.resourceUsage(); require('node:fs').writeFileSync(process.env.KUBEGATE_BENCH_RSS, r.maxRSS + ' ' + (r.userCPUTime + r.systemCPUTime)); });\n`;

function measureLoad(target: string): Sample {
  const r = spawnSync(process.execPath, [__filename, '--load', target], { encoding: 'utf8', maxBuffer: 1 << 20, timeout: TIMEOUT_MS });
  if (r.status !== 0) return { ms: NaN, cpuMs: NaN, rssMiB: NaN, failed: `exit ${r.status ?? r.signal}: ${r.stderr.slice(-300)}` };
  return JSON.parse(r.stdout) as Sample;
}

function measureCli(cli: string, work: string, target: string, extra: string[]): Sample {
  const out = path.join(work, 'report.out');
  const rssFile = path.join(work, 'rss');
  fs.rmSync(out, { force: true });
  fs.rmSync(rssFile, { force: true });
  const t0 = performance.now();
  // from inside the repository, as users run it (a file target is scanned from its directory)
  const isFile = fs.statSync(target).isFile();
  const r = spawnSync(process.execPath, ['--require', path.join(work, 'rss-hook.cjs'), cli, 'scan', isFile ? path.basename(target) : '.', ...extra, '--output', out], {
    cwd: isFile ? path.dirname(target) : target,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    timeout: TIMEOUT_MS,
    env: { ...process.env, KUBEGATE_BENCH_RSS: rssFile, NO_COLOR: '1' },
  });
  const ms = performance.now() - t0;
  const [rssKiB, cpuUs] = fs.existsSync(rssFile) ? fs.readFileSync(rssFile, 'utf8').split(' ').map(Number) : [NaN, NaN];
  const rssMiB = rssKiB / 1024;
  const cpuMs = cpuUs / 1000;
  if (r.status !== 0 && r.status !== 1) {
    const why = r.error ? String(r.error.message) : `exit ${r.status ?? r.signal}`;
    return { ms, cpuMs, rssMiB, failed: `${why}: ${(r.stderr ?? '').trim().split('\n').slice(-1)[0]?.slice(0, 200) ?? ''}` };
  }
  // "kubegate: N findings in M objects; ..."
  const m = /kubegate: (\d+) findings in (\d+) objects/.exec(r.stderr);
  return { ms, cpuMs, rssMiB, objects: m ? Number(m[2]) : undefined, findings: m ? Number(m[1]) : undefined, outMiB: fs.statSync(out).size / 2 ** 20 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** One YAML stream of `n` small Deployments, half of them hardened: a generated bundle. */
function writeBundle(file: string, n: number): void {
  const fd = fs.openSync(file, 'w');
  for (let i = 0; i < n; i++) {
    const hard = i % 2 === 0;
    fs.writeSync(
      fd,
      `${i ? '---\n' : ''}apiVersion: apps/v1
kind: Deployment
metadata:
  name: web-${i}
  namespace: ns-${i % 20}
spec:
  selector:
    matchLabels: {app: web-${i}}
  template:
    metadata:
      labels: {app: web-${i}}
    spec:
      containers:
      - name: web
        image: ${hard ? `registry.example.com/web:1.${i % 9}.0` : 'nginx:latest'}
${hard ? '        securityContext: {runAsNonRoot: true, allowPrivilegeEscalation: false}\n' : ''}`,
    );
  }
  fs.closeSync(fd);
}

function fmtMs(ms: number): string {
  return Number.isFinite(ms) ? (ms / 1000).toFixed(1) : '–';
}

async function main(): Promise<void> {
  if (process.argv[2] === '--load') return loadChild(process.argv[3]);
  const quick = process.argv.includes('--quick');
  const repo = process.cwd();
  // ../shared beside the main checkout; a worktree under wt/ finds it one level further up
  const shared = [process.env.KUBEGATE_SHARED_DIR, path.resolve(repo, '..', 'shared'), path.resolve(repo, '..', '..', 'shared')].find((d) => d && fs.existsSync(d)) ?? path.resolve(repo, '..', 'shared');
  const work = path.join(os.tmpdir(), 'kubegate-bench');
  fs.mkdirSync(work, { recursive: true });
  fs.writeFileSync(path.join(work, 'rss-hook.cjs'), RSS_HOOK);

  // the CLI as shipped: bundled from this tree (not dist/, which may be stale)
  const dist = path.join(work, 'dist');
  execFileSync(process.execPath, [path.join(repo, 'scripts/run-ts.js'), path.join(repo, 'scripts/bundle.ts')], { cwd: repo, env: { ...process.env, KUBEGATE_DIST_DIR: dist }, stdio: 'ignore' });
  const cli = path.join(dist, 'cli.js');

  const inputs: Array<[string, string]> = [];
  const notes: string[] = [];
  const corpus = path.join(shared, 'corpus', 'real');
  if (!quick) {
    if (fs.existsSync(corpus)) inputs.push(['shared/corpus/real', corpus]);
    else notes.push(`${corpus} is not present: the real-manifest corpus was not measured.`);
  }
  const gen = path.join(shared, 'bench', 'gen-repo.mjs');
  if (fs.existsSync(gen)) {
    for (const n of quick ? [20_000] : [20_000, 100_000]) {
      const dir = path.join(work, `repo-${n}`);
      if (!fs.existsSync(path.join(dir, '.complete'))) {
        fs.rmSync(dir, { recursive: true, force: true });
        execFileSync(process.execPath, [gen, dir, String(n)], { stdio: 'ignore' });
        fs.writeFileSync(path.join(dir, '.complete'), '');
      }
      inputs.push([`gen-repo ${n / 1000}k objects`, dir]);
    }
  } else notes.push(`${gen} is not present: the generated repositories were not measured.`);
  if (!quick) {
    const bundleDir = path.join(work, 'bundle-60k');
    const bundle = path.join(bundleDir, 'bundle.yaml');
    if (!fs.existsSync(bundle)) {
      fs.mkdirSync(bundleDir, { recursive: true });
      writeBundle(bundle, 60_000);
    }
    inputs.push(['one file, 60k documents', bundle]);
  }

  // the CLI picks its thread count itself (--jobs auto); the one-thread run shows what the workers add
  const commands: Array<[string, string[]]> = [
    ['default', ['--format', 'sarif']],
    ['all, sarif', ['--frameworks', 'all', '--format', 'sarif']],
    ['all, sarif, --jobs 1', ['--frameworks', 'all', '--format', 'sarif', '--jobs', '1']],
  ];
  process.stdout.write(`node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}; median of ${RUNS} run(s) each, alternating with js-yaml\n`);
  for (const n of notes) process.stdout.write(`note: ${n}\n`);
  process.stdout.write('\n| input | command | objects | js-yaml loadAll (s) | kubegate (s) | ratio | CPU ratio | objects/s | findings | report (MiB) | peak RSS (MiB) | js-yaml RSS (MiB) |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n');
  for (const [label, target] of inputs) {
    for (const [name, args] of commands) {
      const base: Sample[] = [];
      const runs: Sample[] = [];
      for (let i = 0; i < RUNS; i++) {
        base.push(measureLoad(target));
        runs.push(measureCli(cli, work, target, ['--no-helm', '--no-kustomize', ...args]));
      }
      const b = median(base.map((s) => s.ms));
      const failed = runs.find((r) => r.failed);
      const s = median(runs.map((x) => x.ms));
      const cpu = median(runs.map((x) => x.cpuMs)) / median(base.map((x) => x.cpuMs));
      const objects = runs[0].objects ?? base[0].objects ?? 0;
      const cells = failed
        ? [label, name, objects, fmtMs(b), `failed after ${fmtMs(s)}`, '–', '–', '–', '–', '–', Number.isFinite(failed.rssMiB) ? failed.rssMiB.toFixed(0) : '–', base[0].rssMiB.toFixed(0)]
        : [label, name, objects, fmtMs(b), fmtMs(s), `${(s / b).toFixed(2)}×`, `${cpu.toFixed(2)}×`, Math.round(objects / (s / 1000)), runs[0].findings ?? '?', (runs[0].outMiB ?? 0).toFixed(0), Math.max(...runs.map((x) => x.rssMiB)).toFixed(0), Math.max(...base.map((x) => x.rssMiB)).toFixed(0)];
      process.stdout.write(`| ${cells.join(' | ')} |\n`);
      if (failed) process.stdout.write(`<!-- ${label} ${name}: ${failed.failed} -->\n`);
    }
  }
  if (!quick) {
    const celRepo = inputs.find(([l]) => l.startsWith('gen-repo 20k'))?.[1];
    if (celRepo) process.stdout.write(benchCelRules(celRepo, 3));
  }
  // the editor's latency: didChange → publishDiagnostics (scripts/bench-lsp.ts)
  if (!quick) process.stdout.write(await benchLsp());
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : err}\n`);
  process.exit(1);
});
