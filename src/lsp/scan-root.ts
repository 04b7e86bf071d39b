/**
 * One directory the editor scans as `kubegate scan` would run there: its `.kubegate.yaml`, custom
 * rules and exceptions, and every manifest under it, read once from disk and then kept current
 * from open documents and file-change notifications. Cross-object rules (RBAC, NetworkPolicy,
 * references) therefore judge an open document against the whole tree.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { buildScanConfig } from '../pipeline/scan-options';
import { ConfigError } from '../core/errors';
import { REPO_CONFIG_FILES } from '../config/repo-config';
import { runSuppressionStage } from '../exceptions/stage';
import type { Framework } from '../rules/framework';
import type { Logger } from '../core/logger';
import { severityRank, type Diagnostic, type Finding, type KubeObject, type RuleMeta, type Severity } from '../core/model';
import { looksLikeKubernetes, parseManifest, type ParsedFile } from '../parse/parse-manifest';
import { controlIdsByRule, controlListsOf, loadCatalog, ruleMeta, rulesOf, selectFrameworks, type Catalog } from '../policy/catalog';
import { DEFAULT_EXCLUDES, DEFAULT_PATTERNS, discoverManifests } from '../workspace/discover';
import { evaluateRules } from '../pipeline/evaluate';
import { objectKey } from '../core/object-label';
import { loadManifestFile } from '../workspace/load';
import { uniqueByFingerprint, type ScanConfig } from '../pipeline/scan';
import { renderDiscovered, renderOptionsFromText } from '../render';
import { KustomizeGraph } from '../render/kustomize-graph';
import type { Rule } from '../rules/rule';
import { append } from '../core/arrays';

/** What the editor's settings change; empty frameworks = the `.kubegate.yaml`'s, else the defaults. */
export interface EditorSettings {
  frameworks: string[];
  /** Findings below this severity are not shown. */
  severityThreshold: Severity;
}

export const DEFAULT_EDITOR_SETTINGS: EditorSettings = { frameworks: [], severityThreshold: 'low' };

interface Setup {
  config: ScanConfig;
  catalog: Catalog;
  frameworks: Framework[];
  rules: Rule[];
  metas: Map<string, RuleMeta>;
  controls: ReturnType<typeof controlIdsByRule>;
  inScope: (rel: string) => boolean;
}

/** One file's share of an evaluation. */
export interface FileReport {
  findings: Finding[];
  problems: Diagnostic[];
  /** The file holds Kubernetes objects or looks like it would (then its syntax errors matter). */
  kubernetes: boolean;
  /** Its text does not parse: other files keep the findings published before this edit. */
  broken: boolean;
}

export interface Evaluation {
  files: Map<string, FileReport>;
  rules: ReadonlyMap<string, RuleMeta>;
  /** The selected frameworks, id to name. */
  frameworks: ReadonlyMap<string, string>;
  /** The configuration could not be read (`.kubegate.yaml`, custom rules): nothing was judged. */
  configError?: string;
}

interface Parsed {
  parsed?: ParsedFile;
  problem?: Diagnostic;
}

const CONFIG_INPUTS = [...REPO_CONFIG_FILES, '.kubegate/'];

export class ScanRoot {
  private setup?: Setup;
  private setupError?: string;
  private disk?: Map<string, Parsed>;
  private charts: string[] = [];
  /** Kustomization files and the patches they name: partial objects, never read as plain ones. */
  private consumed = new Set<string>();
  private readonly open = new Map<string, Parsed>();
  private readonly rendered = new Map<string, { objects: KubeObject[]; diagnostics: Diagnostic[] }>();
  private readonly renders = new Map<string, Promise<void>>();

  constructor(
    readonly root: string,
    private settings: EditorSettings,
    private readonly logger: Logger,
    /** Whether to read the tree (false for a document outside every workspace folder). */
    private readonly readTree = true,
  ) {}

  setSettings(s: EditorSettings): void {
    this.settings = s;
    this.setup = undefined;
    this.setupError = undefined;
  }

  /** Repository-relative POSIX path of an absolute file path, or undefined when outside. */
  relOf(abs: string): string | undefined {
    const rel = path.relative(this.root, abs);
    if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
    return rel.split(path.sep).join('/');
  }

  /** The chart directory a file belongs to (nearest Chart.yaml up to the root), if any. */
  chartOf(rel: string): string | undefined {
    for (let dir = path.posix.dirname(rel); ; dir = path.posix.dirname(dir)) {
      const d = dir === '.' ? '' : dir;
      if (fs.existsSync(path.join(this.root, d, 'Chart.yaml'))) return d || '.';
      if (d === '') return undefined;
    }
  }

  /** Whether a change to this file changes the configuration (reloaded on next evaluation). */
  isConfigInput(rel: string): boolean {
    const exceptions = this.setup?.config.exceptionsFile;
    return CONFIG_INPUTS.some((c) => (c.endsWith('/') ? rel.startsWith(c) : rel === c)) || (exceptions !== undefined && rel === exceptions);
  }

  /** Drops everything read from disk: the next evaluation reads the configuration and tree again. */
  reload(): void {
    this.setup = undefined;
    this.setupError = undefined;
    this.disk = undefined;
  }

  /** An open document's text replaces the file's (charts excepted: templates are not YAML). */
  setOpen(rel: string, text: string): void {
    if (this.chartOf(rel) !== undefined) return;
    this.open.set(rel, parseText(rel, text));
  }

  /** Closing a document without saving: the file on disk counts again. */
  close(rel: string): void {
    this.open.delete(rel);
    if (this.disk) this.readFromDisk(rel);
  }

  /** The parsed object of a file by its objectKey (for what its annotations already say). */
  objectByKey(rel: string, key: string): KubeObject | undefined {
    const p = this.open.get(rel) ?? this.disk?.get(rel);
    return p?.parsed?.objects.find((o) => objectKey(o) === key);
  }

  isOpen(rel: string): boolean {
    return this.open.has(rel);
  }

  /** A file changed on disk (created, changed or deleted); open documents keep their text. */
  fileChanged(rel: string): void {
    if (this.isConfigInput(rel)) {
      this.reload();
      return;
    }
    if (!this.disk || this.chartOf(rel) !== undefined) return;
    this.readFromDisk(rel);
  }

  /** Whether the chart was rendered (its objects are in the evaluation). */
  hasRendered(chartDir: string): boolean {
    return this.rendered.has(chartDir);
  }

  /** Renders the chart `chartDir` with helm; its objects join the evaluation until the next render. */
  renderChart(chartDir: string): Promise<void> {
    // saves in quick succession render one after another, so the last save's result stays
    const next = (this.renders.get(chartDir) ?? Promise.resolve()).then(() => this.renderNow(chartDir));
    this.renders.set(chartDir, next.catch(() => undefined));
    return next;
  }

  private async renderNow(chartDir: string): Promise<void> {
    const setup = this.ensureSetup();
    if (!setup) return;
    const discovery = discoverManifests({ root: this.root, targets: [chartDir === '.' ? '' : chartDir], patterns: setup.config.patterns, excludes: setup.config.excludes });
    // the chart and its subcharts render as one unit; only the outermost chart is rendered
    discovery.kustomizations = [];
    const report = await renderDiscovered(discovery, this.root, this.logger, renderOptionsFromText({}, process.env));
    this.rendered.set(chartDir, { objects: report.objects, diagnostics: report.diagnostics.filter((d) => d.code !== 'render-skipped') });
  }

  /** Judges the whole tree (open documents as typed) with the rules, exceptions and annotations `kubegate scan` uses. */
  async evaluate(): Promise<Evaluation> {
    const setup = this.ensureSetup();
    if (!setup) return { files: new Map(), rules: new Map(), frameworks: new Map(), configError: this.setupError };
    const disk = this.ensureDisk(setup);
    const files = new Map<string, FileReport>();
    const report = (rel: string): FileReport => {
      let r = files.get(rel);
      if (!r) files.set(rel, (r = { findings: [], problems: [], kubernetes: false, broken: false }));
      return r;
    };
    const objects: KubeObject[] = [];
    const take = (rel: string, p: Parsed) => {
      const r = report(rel);
      if (p.problem) r.problems.push(p.problem);
      if (!p.parsed) return;
      append(objects, p.parsed.objects);
      append(r.problems, p.parsed.diagnostics);
      r.kubernetes = p.parsed.objects.length > 0 || looksLikeKubernetes(p.parsed.text);
      r.broken = p.parsed.diagnostics.some((d) => d.level === 'error');
    };
    for (const [rel, p] of disk) if (!this.open.has(rel)) take(rel, p);
    for (const [rel, p] of this.open) if (setup.inScope(rel)) take(rel, p);
    for (const { objects: rendered, diagnostics } of this.rendered.values()) {
      append(objects, rendered);
      for (const d of diagnostics) if (d.file) Object.assign(report(d.file), { kubernetes: true }).problems.push(d);
    }

    // every object is context for cross-object rules, but only the objects of open documents
    // (and rendered charts) are judged: they are all that is published, and an edit in a large
    // repository then costs its open files, not the whole tree
    const judged: KubeObject[] = [];
    for (const [rel, p] of this.open) if (setup.inScope(rel)) append(judged, p.parsed?.objects ?? []);
    for (const r of this.rendered.values()) append(judged, r.objects);
    const evaluated = evaluateRules(objects, setup.rules, judged, undefined, controlListsOf(setup.controls));
    const findings = uniqueByFingerprint(evaluated.findings);
    let exempt;
    try {
      exempt = await runSuppressionStage({
        config: { ...setup.config, baseline: 'none', baseRef: undefined, trustedConfig: 'head' },
        root: this.root,
        catalog: setup.catalog,
        frameworks: setup.frameworks,
        findings,
        objects: judged,
        tallies: evaluated.tallies,
        logger: this.logger,
        scanTree: () => Promise.reject(new Error('the editor never scans another commit')),
      });
    } catch (err) {
      // an exceptions file that does not parse stops the scan, as it stops `kubegate scan`
      if (!(err instanceof ConfigError)) throw err;
      return { files: new Map(), rules: new Map(), frameworks: new Map(), configError: err.describe() };
    }
    for (const d of [...evaluated.diagnostics, ...exempt.diagnostics]) if (d.file) report(d.file).problems.push(d);
    const threshold = severityRank(this.settings.severityThreshold);
    for (const f of findings) {
      if (f.suppression || severityRank(f.severity) > threshold) continue;
      Object.assign(report(f.file), { kubernetes: true }).findings.push(f);
    }
    return { files, rules: setup.metas, frameworks: new Map(setup.frameworks.map((f) => [f.id, f.name])) };
  }

  private ensureSetup(): Setup | undefined {
    if (this.setup || this.setupError !== undefined) return this.setup;
    try {
      const config = buildScanConfig({ root: this.root, frameworks: this.settings.frameworks.join(',') });
      const catalog = loadCatalog(config.catalog);
      const frameworks = selectFrameworks(catalog, config.frameworks);
      const disabled = new Set(config.disabledRules ?? []);
      const rules = rulesOf(catalog, frameworks).filter((r) => !disabled.has(r.id));
      const controls = controlIdsByRule(catalog);
      const metas = new Map(catalog.rules.map((r) => [r.id, ruleMeta(r, controls.get(r.id) ?? [])]));
      this.setup = { config, catalog, frameworks, rules, metas, controls, inScope: scopeMatcher(config) };
    } catch (err) {
      const e = err as Error & { describe?: () => string };
      this.setupError = typeof e.describe === 'function' ? e.describe() : String(e?.message ?? e);
      this.logger.error(`kubegate configuration in ${this.root}: ${this.setupError}`);
    }
    return this.setup;
  }

  private ensureDisk(setup: Setup): Map<string, Parsed> {
    if (this.disk) return this.disk;
    this.disk = new Map();
    if (!this.readTree) return this.disk;
    const discovery = discoverManifests({ root: this.root, patterns: setup.config.patterns, excludes: setup.config.excludes });
    this.charts = discovery.charts;
    this.consumed = consumedByKustomize(this.root, discovery.kustomizations, this.charts);
    for (const rel of discovery.files) this.readFromDisk(rel);
    this.logger.debug(`${this.root}: ${this.disk.size} manifest files read`);
    return this.disk;
  }

  /** The file exists and resolves inside the root: a symlink out of the workspace is never followed. */
  private insideRoot(rel: string): boolean {
    try {
      const real = fs.realpathSync(path.join(this.root, rel));
      const root = fs.realpathSync(this.root);
      return fs.statSync(real).isFile() && (real === root || real.startsWith(root + path.sep));
    } catch {
      return false;
    }
  }

  private readFromDisk(rel: string): void {
    const disk = this.disk!;
    const setup = this.setup;
    const inChart = this.charts.some((c) => c === '.' || rel === c || rel.startsWith(`${c}/`)) || this.chartOf(rel) !== undefined;
    if (!setup || !setup.inScope(rel) || inChart || this.consumed.has(rel) || !this.insideRoot(rel)) {
      disk.delete(rel);
      return;
    }
    const loaded = loadManifestFile(this.root, rel, setup.config.maxFileBytes);
    disk.set(rel, loaded.ok ? parseText(rel, loaded.text) : { problem: loaded.diagnostic });
  }
}

function parseText(rel: string, text: string): Parsed {
  return { parsed: parseManifest(rel, text) };
}

/** Whether `kubegate scan` would read this file: the `files` and `exclude` patterns of the configuration. */
function scopeMatcher(config: ScanConfig): (rel: string) => boolean {
  const include: string[] = [];
  const exclude = [...(config.excludes ?? DEFAULT_EXCLUDES)];
  for (const p of config.patterns?.length ? config.patterns : DEFAULT_PATTERNS) {
    const t = p.trim().replace(/^\.\//, '');
    if (!t || t.startsWith('#')) continue;
    if (t.startsWith('!')) exclude.push(t.slice(1).replace(/^\.\//, ''));
    else include.push(t);
  }
  const isIncluded = picomatch(include.length ? include : DEFAULT_PATTERNS, { dot: true });
  const isExcluded = picomatch(exclude, { dot: true });
  return (rel) => isIncluded(rel) && !isExcluded(rel);
}

function consumedByKustomize(root: string, kustomizations: readonly string[], charts: readonly string[]): Set<string> {
  const out = new Set<string>();
  const graph = new KustomizeGraph(root);
  for (const d of kustomizations) {
    if (charts.some((c) => c === '.' || d === c || d.startsWith(`${c}/`))) continue;
    const n = graph.node(d);
    if (!n) continue;
    out.add(n.file);
    for (const f of n.configFiles) out.add(f);
  }
  return out;
}
