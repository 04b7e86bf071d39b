import * as fs from 'node:fs';
import * as os from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Diagnostic, Finding, KubeObject, PlannedFix, PlannedReplacements, RuleTally } from '../core/model';
import { parseManifest } from '../parse/parse-manifest';
import { loadCatalog, rulesOf, selectFrameworks, type CatalogOptions } from '../policy/catalog';
import type { Rule } from '../rules/rule';
import { loadManifestFile } from '../workspace/load';
import { planFileReplacements } from '../fix/sarif-fixes';
import { evaluateRules, type Evaluation } from './evaluate';
import { splitDocuments } from '../fix/doc-split';
import { addAllKeys, KeyRegistry, KeySet, type KeyCollection } from '../core/key-set';

/**
 * Both cores (or more): the plain manifests are cut into shares of about equal bytes, at
 * document boundaries (a file of 60,000 documents is cut too). The calling thread judges the
 * first share, each worker thread one other share. Cross-object rules
 * (RBAC, NetworkPolicy, ServiceAccount, references) need every object as context, so each worker
 * parses every file (parsing is a small part of the work) and judges only its share's objects.
 * The shares' findings, tallies and diagnostics are joined in share order, which is the order a
 * single thread finds them in, so the scan's results do not depend on the number of threads
 * (__tests__/integrations/parallel-scan.test.ts compares the reports).
 */

/** Below this many bytes of plain manifests, starting a worker costs more than it saves. */
export const PARALLEL_MIN_BYTES = 4 * 1024 * 1024;
/** Past a few threads, every worker parsing every file outweighs the evaluation it takes over. */
export const MAX_JOBS = 4;

/** `jobs`: 'auto' (the machine's cores, up to MAX_JOBS, for trees large enough) or a count. */
export type Jobs = number | 'auto';

/** A rendered object sent to a worker as context: what cross-object rules read, without positions. */
type ContextObject = Omit<KubeObject, 'locate' | 'releasePositions' | 'positionSource'>;

/** What a worker is given: the whole tree's plain files, and which share of their documents it judges. */
export interface ShareRequest {
  kind: 'kubegate-evaluate-share';
  root: string;
  files: string[];
  /** The files' sizes as the calling thread measured them: every thread places documents alike. */
  sizes: number[];
  bounds: number[];
  share: number;
  maxFileBytes?: number;
  catalog: CatalogOptions;
  frameworks: string[];
  disabledRules: string[];
  /** Rendered objects (Helm, Kustomize), judged by the calling thread, context here. */
  context: ContextObject[];
  planFixes: boolean;
}

/** A tally as it crosses threads: bits over the share's keys (`ShareResult.keys`). */
interface WireTally {
  ruleId: string;
  applicable: Uint32Array;
  failed: Uint32Array;
  skipped: Array<[string, string]>;
}

/**
 * A share's findings as they cross threads: a row of values per finding, with the rule, the
 * object and the fix plan by number. Structured cloning writes every property name of every
 * object and every copy of a shared string; rows of numbers and unique strings cost a third.
 */
export interface WireFindings {
  ruleIds: string[];
  /** objectKey, file, apiVersion, kind, name, namespace (null: none). */
  objects: Array<[string, string, string, string, string, string | null]>;
  fixes: PlannedFix[];
  /** rule, object, message, file (null: the object's), range, path, fingerprint, container (null: none), fix (-1: none). */
  rows: Array<[number, number, string, string | null, number, number, number, number, string, string, string | null, number]>;
}

export interface ShareResult {
  findings: WireFindings;
  /** The keys of the share's objects in judging order: the tallies' bits number them. */
  keys: string[];
  tallies: WireTally[];
  diagnostics: Diagnostic[];
  /** SARIF replacements of the share's findings that have a fix, by index in `findings`. */
  fixes: Array<[number, PlannedReplacements]>;
}

/**
 * How many shares to cut `bytes` of plain manifests into. 'auto' gives each thread a core of its
 * own and another for V8's garbage collector, which otherwise works beside a single thread: on
 * two cores, two threads measured no faster than one (7.2–7.4 s against 7.4–7.5 s on 20,000
 * objects, each half judged 1.6 times slower than alone) for 60% more memory.
 */
export function shareCount(jobs: Jobs | undefined, bytes: number, cores = os.availableParallelism()): number {
  if (jobs === undefined || jobs === 'auto') return bytes >= PARALLEL_MIN_BYTES ? Math.max(1, Math.min(Math.floor(cores / 2), MAX_JOBS)) : 1;
  return Math.max(1, Math.floor(jobs));
}

/** Where `n` shares of `total` bytes start, and the end: share k holds positions [bounds[k], bounds[k + 1]). */
export function cutShares(total: number, n: number): number[] {
  return Array.from({ length: n + 1 }, (_, k) => (k === n ? Infinity : Math.floor((total * k) / n)));
}

/**
 * The share of each object of one file, from where its document starts: the file's start in the
 * tree (the sizes before it) plus the document's offset. Every thread computes the same, and
 * shares follow object order, since positions grow with it. A file inside one share is not split.
 */
export function sharesOfFile(objects: readonly Pick<KubeObject, 'docIndex'>[], text: string, start: number, size: number, bounds: readonly number[]): number[] {
  const at = (pos: number) => {
    let k = 0;
    while (pos >= bounds[k + 1]) k++;
    return k;
  };
  const first = at(start);
  if (objects.length === 0 || at(start + Math.max(size - 1, 0)) === first) return objects.map(() => first);
  const spans = splitDocuments(text);
  return objects.map((o) => at(start + Math.min(spans?.[o.docIndex]?.start ?? 0, Math.max(size - 1, 0))));
}

/** Sizes of the files (0 when unreadable: the load reports it). */
export function fileSizes(root: string, files: readonly string[]): number[] {
  return files.map((rel) => {
    try {
      return fs.statSync(`${root}/${rel}`).size;
    } catch {
      return 0;
    }
  });
}

/** Starts a worker on one share; the promise holds its result, or rejects with why it failed. */
export function startShare(script: string, request: ShareRequest): Promise<ShareResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: request, stdout: false, stderr: false });
    let settled = false;
    worker.once('message', (msg: { ok: true; result: ShareResult } | { ok: false; error: string }) => {
      settled = true;
      if (msg.ok) resolve(msg.result);
      else reject(new Error(msg.error));
      void worker.terminate();
    });
    worker.once('error', (err) => {
      if (!settled) reject(err);
      settled = true;
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`evaluation worker exited with code ${code} before answering`));
      settled = true;
    });
  });
}

/** Whether this thread was started as an evaluation worker (the shells call it at load). */
export function isShareRequest(data: unknown): data is ShareRequest {
  return !!data && typeof data === 'object' && (data as { kind?: unknown }).kind === 'kubegate-evaluate-share';
}

/**
 * Answers the evaluation request this thread was started with, when it was started as an
 * evaluation worker; false otherwise. The bundled shells call it before anything else, so one
 * script serves as both the program and its workers.
 */
export function answerShareRequest(): boolean {
  if (isMainThread || !parentPort || !isShareRequest(workerData)) return false;
  try {
    parentPort.postMessage({ ok: true, result: evaluateShare(workerData) });
  } catch (err) {
    parentPort.postMessage({ ok: false, error: String((err as Error)?.stack ?? err) });
  }
  return true;
}

/** The worker's side: parse every file, judge the share, plan the share's fixes. */
export function evaluateShare(req: ShareRequest): ShareResult {
  const catalog = loadCatalog(req.catalog);
  const disabled = new Set(req.disabledRules);
  const rules: Rule[] = rulesOf(catalog, selectFrameworks(catalog, req.frameworks)).filter((r) => !disabled.has(r.id));
  const objects: KubeObject[] = req.context.map((o) => ({ ...o, locate: unlocatable }));
  const judged: KubeObject[] = [];
  let start = 0;
  req.files.forEach((rel, i) => {
    const fileStart = start;
    start += req.sizes[i];
    const loaded = loadManifestFile(req.root, rel, req.maxFileBytes);
    if (!loaded.ok) return;
    const parsed = parseManifest(rel, loaded.text);
    const shares = sharesOfFile(parsed.objects, loaded.text, fileStart, req.sizes[i], req.bounds);
    let mine = 0;
    parsed.objects.forEach((o, j) => {
      objects.push(o);
      if (shares[j] === req.share) {
        judged.push(o);
        mine++;
      }
    });
    // context only: its positions are never asked for, so the file's position log can go
    if (mine === 0) parsed.objects[0]?.releasePositions?.();
  });
  const planned = new Map<Finding, PlannedReplacements>();
  const evaluation = evaluateRules(
    objects,
    rules,
    judged,
    req.planFixes
      ? (found, last, fileEnds) => {
          const source = last.positionSource?.();
          if (source) planFileReplacements(found, last.file, source, planned, fileEnds);
        }
      : undefined,
  );
  const tallies = [...evaluation.tallies.values()];
  const registry = tallies.length && tallies[0].applicable instanceof KeySet ? tallies[0].applicable.registry : new KeyRegistry();
  return {
    findings: toWire(evaluation.findings),
    diagnostics: evaluation.diagnostics,
    keys: registry.keys,
    tallies: tallies.map((t) => ({ ruleId: t.ruleId, applicable: wireBits(t.applicable, registry), failed: wireBits(t.failed, registry), skipped: [...t.skipped] })),
    fixes: indexedFixes(evaluation.findings, planned),
  };
}

function wireBits(set: KeyCollection, registry: KeyRegistry): Uint32Array {
  if (set instanceof KeySet && set.registry === registry) return set.toWords();
  const bits = new KeySet(registry);
  for (const k of set) bits.add(k);
  return bits.toWords();
}

export function toWire(findings: readonly Finding[]): WireFindings {
  const ruleIds: string[] = [];
  const ruleNo = new Map<string, number>();
  const objects: WireFindings['objects'] = [];
  const objectNo = new Map<string, number>();
  const fixes: PlannedFix[] = [];
  const fixNo = new Map<PlannedFix, number>();
  const rows: WireFindings['rows'] = [];
  for (const f of findings) {
    let r = ruleNo.get(f.ruleId);
    if (r === undefined) ruleNo.set(f.ruleId, (r = ruleIds.push(f.ruleId) - 1));
    let o = objectNo.get(f.objectKey);
    if (o === undefined) {
      const id = f.object;
      objectNo.set(f.objectKey, (o = objects.push([f.objectKey, f.file, id.apiVersion, id.kind, id.name, id.namespace ?? null]) - 1));
    }
    let x = -1;
    if (f.fix) {
      x = fixNo.get(f.fix) ?? -1;
      if (x < 0) fixNo.set(f.fix, (x = fixes.push(f.fix) - 1));
    }
    const g = f.range;
    rows.push([r, o, f.message, f.file === objects[o][1] ? null : f.file, g.startLine, g.startColumn, g.endLine, g.endColumn, f.path, f.fingerprint, f.container ?? null, x]);
  }
  return { ruleIds, objects, fixes, rows };
}

/** The findings again, as evaluateRules built them on the worker (title, severity and remediation are the rule's). */
export function fromWireFindings(wire: WireFindings, rules: ReadonlyMap<string, Rule>): Finding[] {
  const ids = wire.objects.map(([, , apiVersion, kind, name, namespace]) => (namespace === null ? { apiVersion, kind, name, namespace: undefined } : { apiVersion, kind, name, namespace }));
  const byRule = wire.ruleIds.map((id) => {
    const rule = rules.get(id);
    if (!rule) throw new Error(`an evaluation worker reported rule ${id}, which this scan does not run`);
    return rule;
  });
  return wire.rows.map(([r, o, message, file, sl, sc, el, ec, path, fingerprint, container, x]) => {
    const rule = byRule[r];
    return {
      ruleId: rule.id,
      title: rule.title,
      severity: rule.severity,
      message,
      remediation: rule.remediation,
      object: ids[o],
      file: file ?? wire.objects[o][1],
      range: { startLine: sl, startColumn: sc, endLine: el, endColumn: ec },
      path,
      fingerprint,
      objectKey: wire.objects[o][0],
      controls: [],
      container: container ?? undefined,
      fix: x < 0 ? undefined : wire.fixes[x],
      origin: undefined,
    };
  });
}

/** A worker's evaluation with its tallies numbered in `registry` (the calling thread's), after the keys it holds. */
export function fromWire(part: ShareResult, registry: KeyRegistry, rules: ReadonlyMap<string, Rule>): Evaluation & { findings: Finding[] } {
  const ids = part.keys.map((k) => registry.id(k));
  const set = (words: Uint32Array) => {
    const out = new KeySet(registry);
    for (const i of new KeySet(new KeyRegistry(), words).ids()) out.addId(ids[i]);
    return out;
  };
  const tallies = new Map<string, RuleTally>(part.tallies.map((t) => [t.ruleId, { ruleId: t.ruleId, applicable: set(t.applicable), failed: set(t.failed), skipped: new Map(t.skipped) }]));
  return { findings: fromWireFindings(part.findings, rules), tallies, diagnostics: part.diagnostics };
}

/** The registry a scan's tallies number their keys in (a fresh one when no rule ran). */
export function registryOf(evaluation: Evaluation): KeyRegistry {
  for (const t of evaluation.tallies.values()) if (t.applicable instanceof KeySet) return t.applicable.registry;
  return new KeyRegistry();
}

function indexedFixes(findings: readonly Finding[], planned: ReadonlyMap<Finding, PlannedReplacements>): Array<[number, PlannedReplacements]> {
  const out: Array<[number, PlannedReplacements]> = [];
  findings.forEach((f, i) => {
    const r = planned.get(f);
    if (r) out.push([i, r]);
  });
  return out;
}

function unlocatable(): never {
  throw new Error('a context object sent to an evaluation worker has no positions');
}

/** Joins shares' evaluations in share order: what one thread judging them in turn would give. */
export function joinEvaluations(parts: readonly Evaluation[]): Evaluation {
  const findings: Finding[] = [];
  const diagnostics: Diagnostic[] = [];
  const tallies = new Map<string, RuleTally>();
  for (const part of parts) {
    for (const f of part.findings) findings.push(f);
    for (const d of part.diagnostics) diagnostics.push(d);
    for (const [id, t] of part.tallies) {
      const into = tallies.get(id);
      if (!into) {
        tallies.set(id, t);
        continue;
      }
      addAllKeys(into.applicable, t.applicable);
      addAllKeys(into.failed, t.failed);
      for (const [k, v] of t.skipped) into.skipped.set(k, v);
    }
  }
  return { findings, tallies, diagnostics };
}
