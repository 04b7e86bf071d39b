import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import type { Diagnostic, KubeObject, RenderOrigin, SourceRange } from '../core/model';
import { parseManifest } from '../parse/parse-manifest';
import { isRecord, joinRel, lineOf, LINE_ONE, readYaml, realOrSelf, relInside, renderDiagnostic, type RenderUnitResult } from './common';
import { runTool, summarizeError, type ToolSandbox } from './exec';
import { RELEASE_NAMESPACE_PLACEHOLDER, type ResolvedRenderOptions } from './options';
import { TemplateText } from './template-locator';
import { append } from '../core/arrays';

export interface HelmContext {
  root: string;
  options: ResolvedRenderOptions;
  sandbox: ToolSandbox;
  /** Absolute path of `helm`, undefined when it is not installed. */
  helm: string | undefined;
}

interface ChartMeta {
  name: string;
  type?: string;
  dependencies: Array<{ name: string; alias?: string; repository?: string; version?: string }>;
  text: string;
}

/**
 * Renders one chart with `helm template` and maps every object back to its template file.
 * Never runs `helm dependency build`: it writes charts/ and Chart.lock into the repository and
 * may download. Vendored dependencies (charts/ directories or .tgz) render as they are;
 * `file://` dependencies are copied next to a scratch copy of the chart; anything else is
 * reported as missing.
 */
export async function renderChart(chartDir: string, ctx: HelmContext, allChartFiles: string[]): Promise<RenderUnitResult> {
  const t0 = Date.now();
  const { root, options } = ctx;
  const chartYaml = joinRel(chartDir, 'Chart.yaml');
  const result: RenderUnitResult = { kind: 'helm', root: chartDir, objects: [], diagnostics: [], consumed: allChartFiles, ok: false, durationMs: 0 };
  const fail = (code: 'render-failed' | 'tool-missing', message: string, file = chartYaml, range?: SourceRange) => {
    result.diagnostics.push(renderDiagnostic(code, message, file, options.failOnRenderError, range));
    result.durationMs = Date.now() - t0;
    return result;
  };

  const meta = readChart(root, chartDir);
  if ('error' in meta) return fail('render-failed', `Chart ${chartDir} was not rendered: ${meta.error}`);
  if (meta.type === 'library') {
    result.ok = true;
    result.diagnostics.push({ level: 'notice', code: 'render-skipped', message: `Chart ${chartDir} is a library chart (nothing to render on its own); it is scanned through the charts that depend on it.`, file: chartYaml, range: LINE_ONE, gating: false });
    result.durationMs = Date.now() - t0;
    return result;
  }
  if (!ctx.helm) return fail('tool-missing', `Chart ${chartDir} was not rendered: the \`helm\` binary was not found on PATH. Install Helm 3 or 4 (preinstalled on GitHub-hosted runners), or set helm: false to skip charts.`);

  const values = resolveValues(root, chartDir, options);
  if ('error' in values) return fail('render-failed', `Chart ${chartDir} was not rendered: ${values.error}`);

  const deps = prepareDependencies(root, chartDir, meta, ctx.sandbox);
  if ('missing' in deps) {
    const names = deps.missing.map((d) => `${d.name}${d.repository ? ` (${d.repository})` : ''}`).join(', ');
    return fail(
      'render-failed',
      `Chart ${chartDir} was not rendered: dependencies not vendored in ${joinRel(chartDir, 'charts/')}: ${names}. Run \`helm dependency build\` and commit the charts/ directory (kubegate never downloads charts).`,
      chartYaml,
      lineOf(meta.text, new RegExp(`^\\s*-?\\s*name:\\s*["']?${escapeRe(deps.missing[0].name)}["']?\\s*$`)),
    );
  }

  const release = options.helmReleaseName ?? releaseName(meta.name);
  const args = ['template', release, deps.chartPath, '--namespace', options.helmNamespace, '--include-crds'];
  for (const f of values.files) args.push(`--values=${f.abs}`);
  for (const s of options.helmSet) args.push(`--set=${s}`);
  const run = await runTool(ctx.helm, args, { cwd: ctx.sandbox.home, env: ctx.sandbox.env, timeoutMs: options.timeoutMs });
  deps.dispose();
  if (run.spawnError) return fail('tool-missing', `Chart ${chartDir} was not rendered: could not start ${ctx.helm} (${run.spawnError}).`);
  if (run.timedOut) return fail('render-failed', `Chart ${chartDir} was not rendered: \`helm template\` took longer than ${Math.round(options.timeoutMs / 1000)} s.`);
  if (!run.ok) {
    const where = templateErrorLocation(run.stderr, chartDir, root, deps.subcharts);
    return fail('render-failed', `Chart ${chartDir} failed to render: ${summarizeError(run.stderr)}`, where?.file, where?.range);
  }

  const detail = [
    `values: ${values.files.length ? ['values.yaml (chart defaults)', ...values.files.map((f) => f.rel)].join(' + ') : 'values.yaml (chart defaults)'}`,
    ...(options.helmSet.length ? [`set: ${options.helmSet.map(redactSet).join(', ')}`] : []),
    `release ${release}${options.helmNamespace === RELEASE_NAMESPACE_PLACEHOLDER ? '' : `, namespace ${options.helmNamespace}`}`,
  ].join('; ');
  const origin: RenderOrigin = { kind: 'helm', root: chartDir, detail };
  const mapped = mapHelmOutput(run.stdout, { root, chartDir, chartYaml, chartText: meta.text, subcharts: deps.subcharts, origin });
  result.objects = mapped.objects;
  append(result.diagnostics, mapped.diagnostics.map((d) => ({ ...d, gating: d.gating && options.failOnRenderError })));
  result.ok = true;
  result.durationMs = Date.now() - t0;
  return result;
}

function readChart(root: string, chartDir: string): ChartMeta | { error: string } {
  const y = readYaml(path.join(root, chartDir, 'Chart.yaml'));
  if (!y) return { error: 'Chart.yaml cannot be read' };
  if ('error' in y) return { error: `Chart.yaml is not valid YAML: ${y.error}` };
  if (!isRecord(y.value)) return { error: 'Chart.yaml is not a mapping' };
  const c = y.value;
  let deps: unknown = c.dependencies;
  // apiVersion v1 charts keep dependencies in requirements.yaml
  if (deps === undefined) {
    const req = readYaml(path.join(root, chartDir, 'requirements.yaml'));
    if (req && 'value' in req && isRecord(req.value)) deps = req.value.dependencies;
  }
  const dependencies = (Array.isArray(deps) ? deps : []).filter(isRecord).map((d) => ({
    name: String(d.name ?? ''),
    alias: typeof d.alias === 'string' ? d.alias : undefined,
    repository: typeof d.repository === 'string' ? d.repository : undefined,
    version: typeof d.version === 'string' ? d.version : undefined,
  }));
  const name = typeof c.name === 'string' && c.name ? c.name : path.basename(path.resolve(root, chartDir));
  return { name, type: typeof c.type === 'string' ? c.type : undefined, dependencies: dependencies.filter((d) => d.name), text: y.text };
}

/** Helm release names are DNS labels of at most 53 characters. */
export function releaseName(chartName: string): string {
  const n = chartName.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 53).replace(/-+$/, '');
  return /^[a-z]/.test(n) ? n : 'release';
}

function resolveValues(root: string, chartDir: string, options: ResolvedRenderOptions): { files: Array<{ abs: string; rel: string }> } | { error: string } {
  const files: Array<{ abs: string; rel: string }> = [];
  for (const spec of options.helmValues) {
    const pattern = spec.chart.replace(/^\.\//, '').replace(/\/$/, '') || '.';
    if (!(pattern === chartDir || pattern === '**' || picomatch.isMatch(chartDir, pattern, { dot: true }))) continue;
    for (const f of spec.files) {
      const candidates = [path.resolve(root, chartDir, f), path.resolve(root, f)];
      const abs = candidates.find((c) => fs.existsSync(c));
      if (!abs) {
        // a bare file name given for every chart only applies to the charts that have it
        if (spec.chart === '**' && !f.includes('/')) continue;
        return { error: `values file ${f} not found (looked in ${chartDir} and the repository root)` };
      }
      const rel = relInside(root, realOrSelf(abs));
      if (rel === undefined) return { error: `values file ${f} is outside the scanned directory` };
      files.push({ abs, rel });
    }
  }
  return { files };
}

interface PreparedDeps {
  /** The chart path given to helm (the chart itself, or a scratch copy with file:// deps beside it). */
  chartPath: string;
  /** Subchart directory name under charts/ → its repository-relative source directory. */
  subcharts: Map<string, string>;
  dispose(): void;
}

function prepareDependencies(root: string, chartDir: string, meta: ChartMeta, sandbox: ToolSandbox): PreparedDeps | { missing: ChartMeta['dependencies'] } {
  const chartAbs = path.join(root, chartDir);
  const chartsDir = path.join(chartAbs, 'charts');
  let entries: string[] = [];
  try {
    entries = fs.readdirSync(chartsDir);
  } catch {
    /* no charts/ directory */
  }
  const subcharts = new Map<string, string>();
  for (const e of entries) {
    if (fs.existsSync(path.join(chartsDir, e, 'Chart.yaml'))) subcharts.set(e, joinRel(chartDir, `charts/${e}`));
  }
  const vendored = (name: string) =>
    entries.some((e) => {
      if (e.endsWith('.tgz')) return e.startsWith(`${name}-`) || e === `${name}.tgz`;
      const y = subcharts.has(e) ? readYaml(path.join(chartsDir, e, 'Chart.yaml')) : undefined;
      return e === name || (!!y && 'value' in y && isRecord(y.value) && y.value.name === name);
    });
  const missing: ChartMeta['dependencies'] = [];
  const local: Array<{ name: string; dir: string }> = [];
  for (const d of meta.dependencies) {
    if (vendored(d.name)) continue;
    const m = d.repository ? /^file:\/\/(.+)$/.exec(d.repository) : null;
    if (m) {
      const dir = realOrSelf(path.resolve(chartAbs, m[1]));
      const rel = relInside(realOrSelf(root), dir);
      if (rel !== undefined && fs.existsSync(path.join(dir, 'Chart.yaml'))) {
        local.push({ name: d.name, dir });
        continue;
      }
    }
    missing.push(d);
  }
  if (missing.length) return { missing };
  if (!local.length) return { chartPath: chartAbs, subcharts, dispose: () => undefined };
  // the repository is never written to: file:// dependencies go into a scratch copy's charts/
  const scratch = fs.mkdtempSync(path.join(sandbox.home, 'chart-'));
  const copy = path.join(scratch, path.basename(chartAbs));
  fs.cpSync(chartAbs, copy, { recursive: true });
  for (const l of local) {
    fs.cpSync(l.dir, path.join(copy, 'charts', l.name), { recursive: true });
    subcharts.set(l.name, relInside(realOrSelf(root), l.dir)!);
  }
  return { chartPath: copy, subcharts, dispose: () => fs.rmSync(scratch, { recursive: true, force: true }) };
}

/** `--set password=hunter2` must not end up in reports: only the key is kept. */
function redactSet(s: string): string {
  const eq = s.indexOf('=');
  return eq < 0 ? s : `${s.slice(0, eq)}=…`;
}

/** Helm names a failing template as `<chart>/templates/x.yaml:12:3`; point there when it does. */
function templateErrorLocation(stderr: string, chartDir: string, root: string, subcharts: Map<string, string>): { file: string; range: SourceRange } | undefined {
  const m = /([\w.-]+(?:\/charts\/[\w.-]+)*\/(?:templates|crds)\/[^\s:()"]+):(\d+)(?::(\d+))?/.exec(stderr);
  if (!m) return undefined;
  const file = templateFile(m[1], chartDir, subcharts);
  if (!fs.existsSync(path.join(root, file))) return undefined;
  const line = Number(m[2]);
  const col = m[3] ? Number(m[3]) : 1;
  return { file, range: { startLine: line, startColumn: col, endLine: line, endColumn: col + 1 } };
}

/**
 * `# Source: mychart/charts/sub/templates/x.yaml` → the repository path of that template. The
 * first segment is the chart's name, which need not match its directory.
 */
export function templateFile(source: string, chartDir: string, subcharts: Map<string, string>): string {
  const parts = source.split('/').slice(1);
  if (parts[0] === 'charts' && parts.length > 2 && subcharts.has(parts[1])) return joinRel(subcharts.get(parts[1])!, parts.slice(2).join('/'));
  return joinRel(chartDir, parts.join('/'));
}

interface MapContext {
  root: string;
  chartDir: string;
  chartYaml: string;
  chartText: string;
  subcharts: Map<string, string>;
  origin: RenderOrigin;
}

/**
 * Splits `helm template` output at its `---` separators; each document's `# Source:` line names
 * its template. Objects keep their rendered values (what the cluster would get) but report the
 * template's path and lines.
 */
export function mapHelmOutput(output: string, ctx: MapContext): { objects: KubeObject[]; diagnostics: Diagnostic[] } {
  const objects: KubeObject[] = [];
  const diagnostics: Diagnostic[] = [];
  const templates = new Map<string, TemplateText | null>();
  const ordinals = new Map<string, number>();
  const chunks = output.split(/^---[ \t]*$/m);
  let src: string | undefined;
  chunks.forEach((chunk, chunkIndex) => {
    // a template that writes its own `---` leaves documents without a marker: same template
    src = /^# Source: (.+?)\s*$/m.exec(chunk)?.[1] ?? src;
    if (!/\S/.test(chunk.replace(/^#.*$/gm, ''))) return;
    const file = src ? templateFile(src, ctx.chartDir, ctx.subcharts) : ctx.chartYaml;
    const parsed = parseManifest(file, chunk, ctx.origin);
    for (const d of parsed.diagnostics) diagnostics.push({ ...d, message: `Rendered output of ${src ?? ctx.chartDir}: ${d.message}`, range: LINE_ONE });
    if (!parsed.objects.length) return;
    let tpl = templates.get(file);
    if (tpl === undefined) {
      tpl = readTemplate(ctx.root, file);
      templates.set(file, tpl);
    }
    for (const o of parsed.objects) {
      const inFile = bump(ordinals, file);
      const ofKind = bump(ordinals, `${file}\u0000${o.kind}`);
      const template = tpl;
      const fallback = subchartArchiveRange(ctx, src);
      const docInTemplate = template ? template.docFor(o.kind, o.name, ofKind, inFile) : 0;
      objects.push({
        ...o,
        file: template ? file : ctx.chartYaml,
        // unique per rendered document, so two objects from one template stay two objects
        docIndex: chunkIndex,
        locate: (p) => (template ? template.locate(docInTemplate, [...o.basePath, ...p], o.raw) : { range: fallback, depth: 0 }),
      });
    }
  });
  return { objects, diagnostics };
}

/** A template inside a vendored .tgz has no file to point at: its dependency entry stands in. */
function subchartArchiveRange(ctx: MapContext, src: string | undefined): SourceRange {
  const sub = src?.split('/')[2];
  return sub ? lineOf(ctx.chartText, new RegExp(`^\\s*-?\\s*name:\\s*["']?${escapeRe(sub)}["']?\\s*$`)) : LINE_ONE;
}

function readTemplate(root: string, file: string): TemplateText | null {
  const abs = path.join(root, file);
  if (relInside(realOrSelf(root), realOrSelf(abs)) === undefined) return null;
  try {
    return new TemplateText(fs.readFileSync(abs, 'utf8'));
  } catch {
    return null;
  }
}

function bump(m: Map<string, number>, k: string): number {
  const n = m.get(k) ?? 0;
  m.set(k, n + 1);
  return n;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

