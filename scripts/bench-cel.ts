/**
 * The cost of CEL rules: twenty checks written with the `cel` template against the built-in
 * rules that make the same checks with typed templates, evaluated over the same parsed objects
 * (parsing, the same for both, is left out). Called from scripts/bench.ts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { KubeObject } from '../src/core/model';
import { parseManifest } from '../src/parse/parse-manifest';
import { loadCatalog } from '../src/policy/catalog';
import { discoverManifests } from '../src/workspace/discover';
import { evaluateRules } from '../src/pipeline/evaluate';
import { loadRules } from '../src/rules/load-rules';
import { POD_KINDS } from '../src/rules/pod-spec';
import { defaultSettings } from '../src/rules/settings';

const C = 'forEach: containers';
const POD = `kinds: [${POD_KINDS.join(', ')}]`;

/** Built-in rule id → the same check in CEL (`check.params` lines, plus optional rule keys). */
const CEL_TWINS: Record<string, { params: string; extra?: string }> = {
  'privileged-container': { params: `${C}\nexpression: "!container.?securityContext.?privileged.orValue(false)"\npath: securityContext.privileged` },
  'host-network': { params: 'expression: "!podSpec.?hostNetwork.orValue(false)"', extra: POD },
  'host-pid': { params: 'expression: "!podSpec.?hostPID.orValue(false)"', extra: POD },
  'host-ipc': { params: 'expression: "!podSpec.?hostIPC.orValue(false)"', extra: POD },
  'privilege-escalation-allowed': { params: `${C}\nexpression: container.?securityContext.?allowPrivilegeEscalation.orValue(true) == false` },
  'writable-root-filesystem': { params: `${C}\nexpression: container.?securityContext.?readOnlyRootFilesystem.orValue(false) == true` },
  'run-as-root': { params: `${C}\nexpression: container.?securityContext.?runAsNonRoot.orValue(podSpec.?securityContext.?runAsNonRoot.orValue(false)) == true` },
  'image-tag-floating': { params: `${C}\nexpression: "container.image.contains('@') || (container.image.lastIndexOf(':') > container.image.lastIndexOf('/') && !container.image.endsWith(':latest'))"` },
  'cpu-limit-missing': { params: `${C}\nexpression: has(container.resources) && has(container.resources.limits) && has(container.resources.limits.cpu)` },
  'memory-limit-missing': { params: `${C}\nexpression: has(container.resources) && has(container.resources.limits) && has(container.resources.limits.memory)` },
  'cpu-request-missing': { params: `${C}\nexpression: has(container.resources) && has(container.resources.requests) && has(container.resources.requests.cpu)` },
  'memory-request-missing': { params: `${C}\nexpression: has(container.resources) && has(container.resources.requests) && has(container.resources.requests.memory)` },
  'liveness-probe-missing': { params: `${C}\nexpression: has(container.livenessProbe)` },
  'readiness-probe-missing': { params: `${C}\nexpression: has(container.readinessProbe)` },
  'host-port': { params: `${C}\nexpression: "!has(container.ports) || container.ports.all(p, !has(p.hostPort) || p.hostPort == 0)"` },
  'host-path-volume': { params: 'expression: "!has(podSpec.volumes) || podSpec.volumes.all(v, !has(v.hostPath))"', extra: POD },
  'insecure-capabilities': { params: `${C}\nparams: {forbidden: [ALL, SYS_ADMIN, NET_ADMIN, NET_RAW, SYS_PTRACE, SYS_MODULE]}\nexpression: container.?securityContext.?capabilities.?add.orValue([]).all(c, !(c in params.forbidden))` },
  'image-pull-policy-not-always': { params: `${C}\nexpression: "!container.image.endsWith(':latest') || container.?imagePullPolicy.orValue('Always') == 'Always'"` },
  'object-in-default-namespace': { params: "expression: \"object.metadata.?namespace.orValue('') != 'default'\"" },
  'naked-pod': { params: 'expression: object.metadata.?ownerReferences.orValue([]).size() > 0', extra: 'kinds: [Pod]' },
};

function celRuleText(id: string, twin: { params: string; extra?: string }): string {
  const indent = (s: string) => s.replace(/^/gm, '    ');
  return `id: cel-${id}\ntitle: ${id} in CEL\nseverity: medium\ndescription: Benchmark twin of ${id}.\nremediation: None.\nmessage: "{message}"\n${twin.extra ? `${twin.extra}\n` : ''}check:\n  template: cel\n  params:\n${indent(twin.params)}\n`;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Fresh raw values, so each CEL run pays for converting objects to CEL values, as a scan does. */
function fresh(objects: readonly KubeObject[]): KubeObject[] {
  return objects.map((o) => ({ ...o, raw: structuredClone(o.raw) }));
}

export function benchCelRules(dir: string, runs: number): string {
  const objects: KubeObject[] = [];
  for (const f of discoverManifests({ root: dir }).files) objects.push(...parseManifest(f, fs.readFileSync(path.join(dir, f), 'utf8')).objects);
  const catalog = loadCatalog({ settings: defaultSettings() });
  const ids = Object.keys(CEL_TWINS);
  const builtin = catalog.rules.filter((r) => ids.includes(r.id));
  if (builtin.length !== ids.length) throw new Error(`bench-cel: built-in rules missing: ${ids.filter((id) => !builtin.some((r) => r.id === id)).join(', ')}`);
  const cel = loadRules(
    ids.map((id) => ({ path: `bench/${id}.yaml`, text: celRuleText(id, CEL_TWINS[id]) })),
    defaultSettings(),
    { builtin: false },
  );
  const tBuiltin: number[] = [];
  const tCel: number[] = [];
  const findings = { builtin: 0, cel: 0 };
  for (let i = 0; i < runs; i++) {
    const a = fresh(objects);
    let t0 = performance.now();
    findings.builtin = evaluateRules(a, builtin).findings.length;
    tBuiltin.push(performance.now() - t0);
    const b = fresh(objects);
    t0 = performance.now();
    findings.cel = evaluateRules(b, cel).findings.length;
    tCel.push(performance.now() - t0);
  }
  const mb = median(tBuiltin);
  const mc = median(tCel);
  const perObject = (ms: number) => ((ms * 1000) / objects.length).toFixed(1);
  return (
    `\n20 checks evaluated over the ${objects.length} generated objects (parsing excluded; median of ${runs} runs):\n\n` +
    '| rules | evaluate (ms) | µs per object (20 checks) | findings | ratio |\n|---|---:|---:|---:|---:|\n' +
    `| built-in templates | ${mb.toFixed(0)} | ${perObject(mb)} | ${findings.builtin} | 1.00× |\n` +
    `| cel template | ${mc.toFixed(0)} | ${perObject(mc)} | ${findings.cel} | ${(mc / mb).toFixed(2)}× |\n`
  );
}
