/**
 * The language server's latency: time from `didChange` to the `publishDiagnostics` it causes, on
 * a 1,000-line multi-document file in a workspace, through the real bundle over stdio (as an
 * editor sees it). The server waits DEBOUNCE_MS after the last change before it scans, so the
 * figure that matters is the time after the debounce (target: under 150 ms).
 * Run alone with `node scripts/run-ts.js scripts/bench-lsp.ts`; `npm run bench` calls benchLsp.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspClient, uriOf } from '../__tests__/lsp/client';
import { DEBOUNCE_MS } from '../src/lsp/server';

const EDITS = Number(process.env.BENCH_LSP_EDITS ?? 15);

function deployment(i: number): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
  namespace: team-${i % 5}
  labels:
    app: app-${i}
spec:
  replicas: 2
  selector:
    matchLabels:
      app: app-${i}
  template:
    metadata:
      labels:
        app: app-${i}
    spec:
      containers:
        - name: app
          image: registry.example.com/app-${i}:1.${i}.0
          ports:
            - containerPort: 8080
          securityContext:
            privileged: ${i % 3 === 0}
            allowPrivilegeEscalation: false
`;
}

/** A multi-document file of at least `lines` lines. */
export function multiDocument(lines: number): string {
  const docs: string[] = [];
  let n = 0;
  for (let i = 0; n < lines; i++) {
    const d = deployment(i);
    docs.push(d);
    n += d.split('\n').length;
  }
  return docs.join('---\n');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median and max didChange → publish time, after the debounce, editing `file` in a server on `ws`. */
async function measure(cliJs: string, ws: string, file: string): Promise<{ median: number; max: number; diagnostics: number }> {
  const text = fs.readFileSync(file, 'utf8');
  const client = new LspClient(cliJs);
  try {
    await client.initialize(ws);
    const first = await client.open(file);
    const uri = uriOf(file);
    const samples: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const t0 = performance.now();
      await client.change(uri, i % 2 ? text : text.replace('replicas: 2', `replicas: ${3 + i}`));
      samples.push(performance.now() - t0 - DEBOUNCE_MS);
    }
    return { median: median(samples), max: Math.max(...samples), diagnostics: first.diagnostics.length };
  } finally {
    await client.shutdown();
  }
}

export async function benchLsp(): Promise<string> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-bench-lsp-'));
  try {
    const dist = path.join(tmp, 'dist');
    execFileSync(process.execPath, [path.join('scripts', 'run-ts.js'), path.join('scripts', 'bundle.ts')], { env: { ...process.env, KUBEGATE_DIST_DIR: dist }, stdio: 'pipe' });
    const text = multiDocument(1000);
    const docs = text.split('---\n').length;
    const alone = path.join(tmp, 'alone');
    const repo = path.join(tmp, 'repo');
    fs.mkdirSync(alone);
    fs.mkdirSync(repo);
    fs.writeFileSync(path.join(alone, 'apps.yaml'), text);
    fs.writeFileSync(path.join(repo, 'apps.yaml'), text);
    // the same file among 100 others: cross-object rules see every object of the workspace
    for (let i = 0; i < 100; i++) fs.writeFileSync(path.join(repo, `other-${i}.yaml`), text.replace(/app-/g, `other${i}-`));
    const rows: string[] = [];
    for (const [label, ws, objects] of [['the file alone', alone, docs], ['in a workspace of 101 such files', repo, docs * 101]] as const) {
      const m = await measure(path.join(dist, 'cli.js'), ws, path.join(ws, 'apps.yaml'));
      rows.push(`| ${label} | ${objects} | ${m.diagnostics} | ${m.median.toFixed(0)} | ${m.max.toFixed(0)} | < 150 |`);
    }
    return (
      `\nLanguage server (kubegate lsp --stdio): didChange → publishDiagnostics for a ${text.split('\n').length}-line file of ${docs} documents, ${EDITS} edits; time after the ${DEBOUNCE_MS} ms debounce\n\n` +
      `| workspace | objects | diagnostics | median (ms) | max (ms) | target |\n|---|---:|---:|---:|---:|---:|\n${rows.join('\n')}\n\n`
    );
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// run-ts puts the script's own path in argv[1]; from bench.ts it is bench.ts's
if (/bench-lsp\.ts$/.test(process.argv[1] ?? '')) {
  benchLsp()
    .then((s) => process.stdout.write(s))
    .catch((err) => {
      process.stderr.write(`${err instanceof Error ? err.stack : err}\n`);
      process.exit(1);
    });
}
