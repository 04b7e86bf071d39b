/**
 * npm run bench: scans ../shared/corpus/real and a generated repository of 20,000+ objects, and
 * compares each full scan (discover, read, parse with positions, every rule, score, SARIF) with
 * merely loading the same files with js-yaml (no positions), measured side by side in this run.
 * Each measurement runs in its own child process so peak RSS belongs to it alone.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as jsyaml from 'js-yaml';
import { buildScanConfig } from '../src/config/scan-options';
import { silentLogger } from '../src/logger';
import { discoverManifests } from '../src/pipeline/discover';
import { runScan } from '../src/pipeline/scan';
import { buildSarif } from '../src/report/sarif';
import { benchCelRules } from './bench-cel';
import { benchLsp } from './bench-lsp';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

interface Sample {
  ms: number;
  rssMiB: number;
  objects: number;
  findings: number;
}

async function child(mode: string, dir: string): Promise<void> {
  const t0 = performance.now();
  let objects = 0;
  let findings = 0;
  if (mode === 'baseline') {
    const { files } = discoverManifests({ root: dir });
    for (const f of files) {
      // json: true lets later duplicate keys win instead of throwing, as our parser does
      const docs = jsyaml.loadAll(fs.readFileSync(path.join(dir, f), 'utf8'), undefined, { json: true });
      for (const d of docs) if (d && typeof d === 'object') objects++;
    }
  } else {
    const result = await runScan(buildScanConfig({ root: dir }), { logger: silentLogger });
    JSON.stringify(buildSarif(result));
    objects = result.stats.objects;
    findings = result.findings.length;
  }
  const ms = performance.now() - t0;
  const sample: Sample = { ms, rssMiB: process.resourceUsage().maxRSS / 1024, objects, findings };
  process.stdout.write(JSON.stringify(sample));
}

function measure(mode: string, dir: string): Sample {
  const out = execFileSync(process.execPath, [__filename, '--child', mode, dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out) as Sample;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** A repository shaped like a real platform repo: workloads with services, config, RBAC. */
function generate(dir: string, objectsWanted: number): void {
  fs.rmSync(dir, { recursive: true, force: true });
  let n = 0;
  let app = 0;
  while (n < objectsWanted) {
    const team = `team-${app % 40}`;
    const name = `svc-${app}`;
    const hardened = app % 3 === 0;
    const docs = [
      `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${team}
  labels: {app: ${name}, app.kubernetes.io/name: ${name}}
spec:
  replicas: ${1 + (app % 4)}
  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${name}}
    spec:
      serviceAccountName: ${name}
${hardened ? '      securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}\n' : ''}      containers:
        - name: app
          image: registry.example.com/${team}/${name}:${app % 7 === 0 ? 'latest' : `1.${app % 10}.0`}
          ports:
            - containerPort: 8080
          env:
            - name: LOG_LEVEL
              value: info
            - name: DB_PASSWORD
              ${app % 11 === 0 ? 'value: hunter2' : 'valueFrom: {secretKeyRef: {name: db, key: password}}'}
          resources:
            requests: {cpu: 100m, memory: 128Mi}
${hardened ? '            limits: {cpu: 500m, memory: 256Mi}\n' : ''}          livenessProbe:
            httpGet: {path: /healthz, port: 8080}
${hardened ? '          securityContext: {allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: {drop: [ALL]}}\n' : ''}`,
      `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: ${team}
spec:
  selector: {app: ${name}}
  ports:
    - port: 80
      targetPort: 8080`,
      `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}-config
  namespace: ${team}
data:
  feature_flags: "a,b,c"
  timeout_seconds: "30"`,
      `apiVersion: v1
kind: ServiceAccount
metadata:
  name: ${name}
  namespace: ${team}
automountServiceAccountToken: ${hardened}`,
      `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: ${name}
  namespace: ${team}
rules:
  - apiGroups: [""]
    resources: [configmaps${app % 9 === 0 ? ', secrets' : ''}]
    verbs: [get, list]`,
      `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: ${name}
  namespace: ${team}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: ${name}}
subjects:
  - kind: ServiceAccount
    name: ${name}
    namespace: ${team}`,
    ];
    const file = path.join(dir, team, `${name}.yaml`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, docs.join('\n---\n') + '\n');
    n += docs.length;
    app++;
  }
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') return child(process.argv[3], process.argv[4]);
  const corpus = path.resolve(process.cwd(), '..', 'shared', 'corpus', 'real');
  const generated = path.join(os.tmpdir(), 'kubegate-bench-repo');
  generate(generated, 20_000);
  const sets = [
    ['generated (20k objects)', generated],
    ...(fs.existsSync(corpus) ? [['shared/corpus/real', corpus]] : []),
  ];
  process.stdout.write(`node ${process.version}, ${os.cpus().length} cores; median of ${RUNS} runs each, alternating\n\n`);
  process.stdout.write('| input | objects | js-yaml load (ms) | full scan (ms) | ratio | objects/s | findings | peak RSS scan (MiB) | peak RSS load (MiB) |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n');
  for (const [label, dir] of sets) {
    const base: Sample[] = [];
    const scan: Sample[] = [];
    for (let i = 0; i < RUNS; i++) {
      base.push(measure('baseline', dir));
      scan.push(measure('scan', dir));
    }
    const b = median(base.map((s) => s.ms));
    const s = median(scan.map((x) => x.ms));
    const objects = scan[0].objects;
    process.stdout.write(
      `| ${label} | ${objects} | ${b.toFixed(0)} | ${s.toFixed(0)} | ${(s / b).toFixed(2)}× | ${Math.round(objects / (s / 1000))} | ${scan[0].findings} | ${Math.max(...scan.map((x) => x.rssMiB)).toFixed(0)} | ${Math.max(...base.map((x) => x.rssMiB)).toFixed(0)} |\n`,
    );
  }
  // the cost of CEL rules against the same checks in built-in templates (scripts/bench-cel.ts)
  process.stdout.write(benchCelRules(generated, Math.max(RUNS, 3)));
  // the editor's latency: didChange → publishDiagnostics (scripts/bench-lsp.ts)
  process.stdout.write(await benchLsp());
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : err}\n`);
  process.exit(1);
});
