import * as path from 'node:path';
import type { Logger } from '../core/logger';
import { SEVERITIES, type Diagnostic, type EvaluatedObjects, type Finding, type KubeObject, type ScanResult, type Severity } from '../core/model';
import { parseManifest } from '../parse/parse-manifest';
import { controlIdsByRule, controlListsOf, loadCatalog, ruleMeta, rulesOf, selectFrameworks, type Catalog, type CatalogOptions } from '../policy/catalog';
import { discoverManifests, type Discovery } from '../workspace/discover';
import { evaluateRules } from './evaluate';
import { sameIdentity } from './fingerprint';
import { FindingPlans, RuleFinding, type FindingSubject } from './rule-finding';
import { objectKey } from '../core/object-label';
import { detached, StringPool } from '../core/detached';
import type { KeyRegistry } from '../core/key-set';
import { decideGate } from './gate';
import { decodeManifest, loadManifestFile, type Loaded } from '../workspace/load';
import { scoreFramework } from '../rules/score';
import { VERSION } from '../core/version';
import { runSuppressionStage, type SuppressionConfig } from '../exceptions/stage';
import type { RenderStage } from '../render/stage';
import { planFileReplacements } from '../fix/sarif-fixes';
import { cutShares, fileSizes, fromWire, joinEvaluations, registryOf, sharesOfFile, shareCount, startShare, type Jobs, type ShareResult } from './parallel-evaluate';
import type { Evaluation } from './evaluate';
import { append } from '../core/arrays';

/** Exceptions, baseline and trusted-config options are SuppressionConfig's fields (src/exceptions/stage.ts). */
export interface ScanConfig extends SuppressionConfig {
  /** Directory paths in findings are relative to. */
  root: string;
  /** Files or directories under the root; an empty list reads nothing from the tree (only `inputs`). */
  targets?: string[];
  /** Manifests given as bytes rather than files (standard input), reported under their `name`. */
  inputs?: ManifestInput[];
  patterns?: string[];
  excludes?: string[];
  frameworks: string[];
  severityThreshold: Severity | 'none';
  complianceThreshold: number;
  maxFileBytes?: number;
  /** Rules switched off in `.kubegate.yaml` (`enabled: false`). */
  disabledRules?: string[];
  catalog: CatalogOptions;
  /** Threads judging plain manifests (needs ScanDeps.workerScript); 'auto' by default. */
  jobs?: Jobs;
  /** Plan the findings' SARIF fixes while evaluating (a parallel scan plans them in its workers). */
  planSarifFixes?: boolean;
}


/** A manifest stream read at the edge: `size` is its whole length, `bytes` at least its head. */
export interface ManifestInput {
  name: string;
  bytes: Uint8Array;
  size: number;
}

/** Where a scan is, for a progress line: `done` of `total` where the stage counts. */
export interface ScanProgress {
  stage: 'discover' | 'render' | 'read' | 'evaluate' | 'exceptions';
  done?: number;
  total?: number;
  /** The stage belongs to the scan of the base commit (baseline: base). */
  base?: boolean;
}

export interface ScanDeps {
  logger: Logger;
  /** Told as each stage starts and as files are read; the CLI draws it on a terminal. */
  progress?: (p: ScanProgress) => void;
  render?: RenderStage;
  /** Replaces discovery + load with given objects (baseline scans of another commit, tests). */
  now?: () => number;
  /** The bundled script that answers evaluation requests in a worker thread; without it, one thread judges. */
  workerScript?: string;
}

/** The whole pipeline short of publishing: discover → load/render → parse → evaluate → score → gate. */
export async function runScan(config: ScanConfig, deps: ScanDeps, catalogIn?: Catalog): Promise<ScanResult> {
  const t0 = (deps.now ?? Date.now)();
  const catalog = catalogIn ?? loadCatalog(config.catalog);
  const frameworks = selectFrameworks(catalog, config.frameworks);
  const disabled = new Set(config.disabledRules ?? []);
  const rules = rulesOf(catalog, frameworks).filter((r) => !disabled.has(r.id));
  const root = path.resolve(config.root);

  const progress = deps.progress ?? (() => {});
  progress({ stage: 'discover' });
  const treeless = config.targets !== undefined && config.targets.length === 0;
  const discovery: Discovery = treeless
    ? { files: [], charts: [], kustomizations: [], diagnostics: [] }
    : discoverManifests({ root, targets: config.targets, patterns: config.patterns, excludes: config.excludes });
  const diagnostics: Diagnostic[] = [...discovery.diagnostics];
  const objects: KubeObject[] = [];
  let skippedDocuments = 0;
  let consumed = new Set<string>();
  if (deps.render) {
    const units = discovery.charts.length + discovery.kustomizations.length;
    if (units) progress({ stage: 'render', total: units });
    const r = await deps.render(discovery, root, deps.logger);
    append(objects, r.objects);
    append(diagnostics, r.diagnostics);
    consumed = r.consumed;
    skippedDocuments += r.skippedDocuments;
  }
  let files = 0;
  const plain = discovery.files.filter((rel) => !consumed.has(rel));
  const inputs = config.inputs ?? [];
  const total = plain.length + inputs.length;
  const shares = inputs.length === 0 ? startShares(config, deps, root, plain, objects) : undefined;
  // each object's share (they follow object order)
  const shareOf: number[] = [];
  let fileStart = 0;
  const load = (rel: string, loaded: Loaded, index = -1) => {
    progress({ stage: 'read', done: ++files, total });
    const start = fileStart;
    if (shares && index >= 0) fileStart += shares.sizes[index];
    if (!loaded.ok) {
      diagnostics.push(loaded.diagnostic);
      return;
    }
    const parsed = parseManifest(rel, loaded.text);
    if (shares && index >= 0) {
      const of = sharesOfFile(parsed.objects, loaded.text, start, shares.sizes[index], shares.bounds);
      for (const k of of) shareOf.push(k);
      // a worker judges this file: its positions are not asked for here (they come back if they are)
      if (!of.includes(0)) parsed.objects[0]?.releasePositions?.();
    } else if (shares) for (const _ of parsed.objects) shareOf.push(0);
    append(objects, parsed.objects);
    append(diagnostics, parsed.diagnostics);
    skippedDocuments += parsed.skippedDocuments;
  };
  for (const input of inputs) load(input.name, decodeManifest(input.name, input.bytes, input.size, config.maxFileBytes));
  plain.forEach((rel, i) => load(rel, loadManifestFile(root, rel, config.maxFileBytes), i));
  deps.logger.debug(`discovered ${discovery.files.length} files, ${objects.length} objects`);
  // when a gating problem (a chart that failed to render...) already explains it, say nothing more
  if (!diagnostics.some((d) => d.gating)) append(diagnostics, emptyScanDiagnostics(config, discovery, objects.length));

  progress({ stage: 'evaluate', total: objects.length });
  let evaluated: Evaluation;
  // SARIF fixes planned file by file while each file's positions are there; standard input has no file to fix
  const plannedFixes = config.planSarifFixes ? new FindingPlans() : undefined;
  const inputNames = new Set(inputs.map((i) => i.name));
  const controlIds = controlIdsByRule(catalog);
  const controlsOf = controlListsOf(controlIds);
  const planFixes = plannedFixes
    ? (found: readonly Finding[], last: KubeObject, fileEnds: boolean) => {
        const source = last.positionSource?.();
        if (source && !inputNames.has(last.file)) planFileReplacements(found, last.file, source, plannedFixes, fileEnds);
      }
    : undefined;
  if (shares) {
    // the first share (with every rendered object) here, the others in the workers meanwhile
    // rendered objects come first, all in share 0; shares follow object order
    const rendered = objects.length - shareOf.length;
    const objectBounds = Array.from({ length: shares.n + 1 }, (_, k) => {
      const i = shareOf.findIndex((x) => x >= k);
      return k === 0 ? 0 : i < 0 ? objects.length : rendered + i;
    });
    const mine = evaluateRules(objects, rules, objects.slice(0, objectBounds[1]), planFixes, controlsOf);
    const rulesById = new Map(rules.map((r) => [r.id, r]));
    const parts: Evaluation[] = [mine];
    for (let k = 1; k < shares.n; k++) {
      let part: ShareResult;
      try {
        part = await shares.pending[k - 1];
      } catch (err) {
        // a worker that failed leaves its share to this thread: nothing goes unjudged
        deps.logger.debug(`evaluation worker ${k} failed (${String((err as Error)?.message ?? err).split('\n')[0]}); judging its share here`);
        parts.push(evaluateRules(objects, rules, objects.slice(objectBounds[k], objectBounds[k + 1]), planFixes, controlsOf));
        continue;
      }
      const joined = fromWire(part, registryOf(mine), rulesById);
      // a worker's findings come without control ids: this thread's findings got them from evaluation
      for (const f of joined.findings) f.controls = controlsOf(f.ruleId);
      if (plannedFixes) for (const [i, r] of part.fixes) plannedFixes.set(joined.findings[i], r);
      parts.push(joined);
    }
    evaluated = joinEvaluations(parts);
  } else {
    evaluated = evaluateRules(objects, rules, objects, planFixes, controlsOf);
  }
  const tallies = evaluated.tallies;
  const findings = uniqueByFingerprint(evaluated.findings);
  append(diagnostics, evaluated.diagnostics);
  progress({ stage: 'exceptions' });
  const exempt = await runSuppressionStage({
    config, root, catalog, frameworks, findings, objects, tallies, logger: deps.logger,
    // the base commit, scanned with the same settings and the trusted exceptions, without a baseline
    // of its own; standard input is in no commit, so none of its findings can already be in the base
    scanTree: (dir, exceptionsFile) =>
      runScan({ ...config, inputs: undefined, root: dir, exceptionsFile, baseline: 'none', baseRef: undefined, trustedConfig: 'head', planSarifFixes: false }, { ...deps, progress: deps.progress && ((p) => deps.progress!({ ...p, base: true })) }, catalog),
  });
  append(diagnostics, exempt.diagnostics);
  sortFindings(findings);
  const active = findings.filter((f) => !f.suppression);
  const scores = frameworks.map((fw) => scoreFramework(fw, catalog.rules, tallies, active));
  const gate = decideGate({ active, frameworks: scores, diagnostics, severityThreshold: config.severityThreshold, complianceThreshold: config.complianceThreshold });
  return {
    tool: { name: 'kubegate', version: VERSION, informationUri: 'https://github.com/kubegate/kubegate' },
    root,
    frameworks: scores,
    findings,
    diagnostics,
    rules: rules.map((r) => ruleMeta(r, controlIds.get(r.id) ?? [])),
    stats: { files, objects: objects.length, skippedDocuments, durationMs: (deps.now ?? Date.now)() - t0 },
    gate,
    comparison: exempt.comparison,
    policyChanges: exempt.policyChanges,
    evaluated: { objects: evaluatedObjects(objects, registryOf(evaluated)), tallies },
    ...(plannedFixes ? { plannedFixes } : {}),
  };
}

/**
 * Each object's identity by key, in strings of their own: this outlives the files' texts. The
 * keys are the tallies' own strings, and kinds, API versions and namespaces one string each.
 */
function evaluatedObjects(objects: readonly KubeObject[], registry: KeyRegistry): EvaluatedObjects['objects'] {
  const strings = new StringPool();
  const own = (s: string | undefined) => (s === undefined ? s : strings.get(s));
  return new Map(
    objects.map((o) => {
      const key = objectKey(o);
      return [registry.canonical(key) ?? detached(key), { apiVersion: strings.get(o.apiVersion), kind: strings.get(o.kind), name: detached(o.name), namespace: own(o.namespace), file: o.file }];
    }),
  );
}

/**
 * Starts the worker threads of a parallel scan, each on its share of the plain files, before this
 * thread reads them. Undefined when one thread judges everything: no worker script (tests run the
 * TypeScript sources), a tree too small to gain, one core, or a worker that cannot be started.
 */
function startShares(config: ScanConfig, deps: ScanDeps, root: string, plain: string[], rendered: readonly KubeObject[]): { n: number; sizes: number[]; bounds: number[]; pending: Promise<ShareResult>[] } | undefined {
  // one thread whatever the size (--jobs 1, or too few cores): no need to measure the files
  if (!deps.workerScript || plain.length === 0 || shareCount(config.jobs, Infinity) < 2) return undefined;
  const sizes = fileSizes(root, plain);
  const total = sizes.reduce((a, b) => a + b, 0);
  const n = shareCount(config.jobs, total);
  if (n < 2) return undefined;
  const bounds = cutShares(total, n);
  // only data crosses to a worker: the fields cross-object rules read, no functions
  const context = rendered.map((o) => ({ apiVersion: o.apiVersion, kind: o.kind, name: o.name, namespace: o.namespace, raw: o.raw, file: o.file, docIndex: o.docIndex, basePath: o.basePath, origin: o.origin }));
  const pending: Promise<ShareResult>[] = [];
  try {
    for (let k = 1; k < n; k++) {
      const p = startShare(deps.workerScript, {
        kind: 'kubegate-evaluate-share', root, files: plain, sizes, bounds, share: k,
        maxFileBytes: config.maxFileBytes, catalog: config.catalog, frameworks: config.frameworks,
        disabledRules: config.disabledRules ?? [], context, planFixes: !!config.planSarifFixes,
      });
      // awaited in turn later; a rejection before then must not count as unhandled
      p.catch(() => {});
      pending.push(p);
    }
  } catch (err) {
    deps.logger.debug(`cannot start evaluation workers (${String((err as Error)?.message ?? err)}); one thread judges`);
    return undefined;
  }
  deps.logger.debug(`judging ${plain.length} files (${total} bytes) in ${n} threads, ${Math.ceil(total / n)} bytes each`);
  return { n, sizes, bounds, pending };
}

/**
 * A scan that judged nothing must say so. When the `files` patterns the user wrote match no file
 * at all, that is most likely a typo that would switch the gate off, so it gates; an empty
 * repository under the default patterns is only told.
 */
function emptyScanDiagnostics(config: ScanConfig, discovery: Discovery, objects: number): Diagnostic[] {
  if (objects > 0) return [];
  const matchedNothing = discovery.files.length === 0 && discovery.charts.length === 0 && discovery.kustomizations.length === 0 && !config.inputs?.length;
  if (matchedNothing && config.patterns && config.patterns.length > 0) {
    return [{ level: 'error', code: 'no-files', message: `The files patterns (${config.patterns.join(', ')}) match no file: nothing was checked.`, gating: true }];
  }
  return [{ level: 'warning', code: 'no-objects', message: matchedNothing ? 'No manifest files were found: nothing was checked.' : 'No Kubernetes objects were found in the files scanned: nothing was checked.', gating: false }];
}

/**
 * One finding per fingerprint: overlays built on one base yield the same object from the same
 * file several times, and a reviewer wants the problem in the base once. The array itself when
 * nothing repeats.
 *
 * Fingerprints are worked out when read, so they are not all computed here: an object's findings
 * already differ from each other (one per rule and path), and only the findings of objects that
 * share their identity with another (file, group, kind, namespace, name) can repeat.
 */
export function uniqueByFingerprint(findings: Finding[]): Finding[] {
  // subjects by name (a string they hold: no key is built per object), then by the rest of
  // their identity; most names are one subject's, and the others a handful
  const byName = new Map<string, FindingSubject | FindingSubject[]>();
  const twins = new Set<FindingSubject>();
  let others = false;
  let last: FindingSubject | undefined;
  for (const f of findings) {
    const s = RuleFinding.subjectOf(f);
    if (!s) {
      others = true;
      break;
    }
    // an object's findings come together
    if (s === last) continue;
    last = s;
    const name = s.object.name;
    const same = byName.get(name);
    if (same === undefined) byName.set(name, s);
    else if (same === s || (Array.isArray(same) && same.includes(s))) continue;
    else {
      const list = Array.isArray(same) ? same : [same];
      const twin = list.find((t) => sameIdentity(t.file, t.object, s.file, s.object));
      if (twin) twins.add(twin).add(s);
      list.push(s);
      if (list !== same) byName.set(name, list);
    }
  }
  if (!others && twins.size === 0) return findings;
  const seen = new Set<string>();
  const unique = findings.filter((f) => {
    if (!others && !twins.has(RuleFinding.subjectOf(f)!)) return true;
    const fp = f.fingerprint;
    return seen.has(fp) ? false : (seen.add(fp), true);
  });
  return unique.length === findings.length ? findings : unique;
}

/** Active before suppressed, then most severe, then by file and line: the order every report uses. */
export function sortFindings(findings: Finding[]): void {
  findings.sort(
    (a, b) =>
      Number(!!a.suppression) - Number(!!b.suppression) ||
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.range.startLine - b.range.startLine ||
      a.range.startColumn - b.range.startColumn ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}
