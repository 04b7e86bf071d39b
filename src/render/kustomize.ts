import * as fs from 'node:fs';
import * as path from 'node:path';
import type { KubeObject, RenderOrigin, SourceRange } from '../core/model';
import { parseManifest, type ParsedFile } from '../parse/parse-manifest';
import { isRecord, joinRel, lineOf, LINE_ONE, relInside, renderDiagnostic, type RenderUnitResult } from './common';
import { runTool, summarizeError, type ToolSandbox } from './exec';
import type { KustNode, KustomizeGraph } from './kustomize-graph';
import type { ResolvedRenderOptions } from './options';
import { PatchLocator } from './patch-locator';
import type { SourceFiles } from './source-files';

export interface KustomizeTool {
  /** `kustomize` (`build <dir>`) or `kubectl` (`kustomize <dir>`). */
  kind: 'kustomize' | 'kubectl';
  path: string;
}

export interface KustomizeContext {
  root: string;
  options: ResolvedRenderOptions;
  sandbox: ToolSandbox;
  tool: KustomizeTool | undefined;
  graph: KustomizeGraph;
  /** Parsed source files, shared by all overlays (bases are read once). */
  files: SourceFiles;
}

const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin';

/**
 * Builds one overlay and maps each object to the file that defines it. The overlay is built
 * through a scratch kustomization outside the repository that lists it as its only resource and
 * turns on `buildMetadata: [originAnnotations]`, so kustomize itself records each object's
 * source file; the annotation is removed before rules see the object.
 */
export async function buildOverlay(dir: string, ctx: KustomizeContext): Promise<RenderUnitResult> {
  const t0 = Date.now();
  const { options, graph } = ctx;
  const closure = graph.closure(dir);
  const top = closure[0];
  const file = top?.file ?? joinRel(dir, 'kustomization.yaml');
  const result: RenderUnitResult = { kind: 'kustomize', root: dir, objects: [], diagnostics: [], consumed: [], ok: false, durationMs: 0 };
  const fail = (code: 'render-failed' | 'tool-missing' | 'render-refused', message: string, at = file, range?: SourceRange) => {
    result.diagnostics.push(renderDiagnostic(code, message, at, options.failOnRenderError, range));
    result.durationMs = Date.now() - t0;
    return result;
  };
  const broken = closure.find((n) => n.error);
  if (broken) return fail('render-failed', `Overlay ${dir} was not built: ${broken.error}`, broken.file);
  const refused = refusal(closure, options);
  if (refused) return fail('render-refused', `Overlay ${dir} was not built: ${refused.message}`, refused.node.file, refused.range);
  if (!ctx.tool) return fail('tool-missing', `Overlay ${dir} was not built: neither \`kustomize\` nor \`kubectl\` was found on PATH (both are preinstalled on GitHub-hosted runners), or set kustomize: false to skip overlays.`);

  const scratch = fs.mkdtempSync(path.join(ctx.sandbox.home, 'overlay-'));
  const overlayAbs = path.join(ctx.root, dir);
  const fromScratch = path.relative(scratch, overlayAbs);
  // kustomize refuses absolute resource paths; a different drive (Windows) has no relative one
  const wrapped = !path.isAbsolute(fromScratch);
  if (wrapped) {
    fs.writeFileSync(path.join(scratch, 'kustomization.yaml'), `resources:\n- ${JSON.stringify(fromScratch.split(path.sep).join('/'))}\nbuildMetadata: [originAnnotations]\n`);
  }
  const target = wrapped ? scratch : overlayAbs;
  const args = ctx.tool.kind === 'kubectl' ? ['kustomize', target] : ['build', target];
  args.push('--load-restrictor', 'LoadRestrictionsRootOnly');
  const run = await runTool(ctx.tool.path, args, { cwd: ctx.sandbox.home, env: ctx.sandbox.env, timeoutMs: options.timeoutMs });
  fs.rmSync(scratch, { recursive: true, force: true });
  if (run.spawnError) return fail('tool-missing', `Overlay ${dir} was not built: could not start ${ctx.tool.path} (${run.spawnError}).`);
  if (run.timedOut) return fail('render-failed', `Overlay ${dir} was not built: the build took longer than ${Math.round(options.timeoutMs / 1000)} s.`);
  if (!run.ok) return fail('render-failed', `Overlay ${dir} failed to build: ${tidyPaths(summarizeError(run.stderr), scratch, ctx.root)}`);

  const origin: RenderOrigin = { kind: 'kustomize', root: dir, detail: `overlay ${dir}` };
  const built = parseManifest(file, run.stdout, origin);
  for (const d of built.diagnostics) result.diagnostics.push({ ...d, message: `Output of overlay ${dir}: ${d.message}`, range: LINE_ONE, gating: d.gating && options.failOnRenderError });
  const patches = new PatchLocator(closure, ctx.files);
  for (const o of built.objects) result.objects.push(mapObject(o, { scratch, dir, top, closure, ctx, patches, origin }));
  result.consumed = [...new Set(closure.flatMap((n) => [n.file, ...n.resourceFiles, ...n.configFiles]))];
  result.ok = true;
  result.durationMs = Date.now() - t0;
  return result;
}

/** Remote bases (unless allowed), paths outside the scanned directory, `helmCharts`. */
function refusal(closure: KustNode[], options: ResolvedRenderOptions): { node: KustNode; message: string; range: SourceRange } | undefined {
  for (const n of closure) {
    if (n.outside.length) {
      return { node: n, message: `${n.file} refers to ${n.outside[0]}, outside the scanned directory.`, range: lineOf(n.text, entryLine(n.outside[0])) };
    }
    if (n.remote.length && !options.allowRemoteBases) {
      return {
        node: n,
        message: `${n.file} refers to the remote resource ${n.remote[0]}; remote bases are not fetched unless allow-remote-bases is true.`,
        range: lineOf(n.text, entryLine(n.remote[0])),
      };
    }
    if (n.helmCharts) {
      return { node: n, message: `${n.file} uses helmCharts, which needs kustomize --enable-helm (it runs helm and downloads charts during the build); render the chart as a Helm chart instead.`, range: lineOf(n.text, /^\s*helmChart/) };
    }
  }
  return undefined;
}

function entryLine(entry: string): RegExp {
  return new RegExp(`^\\s*-?\\s*["']?${entry.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`);
}

/** Tool messages name the scratch kustomization's relative paths; show repository paths instead. */
function tidyPaths(message: string, scratch: string, root: string): string {
  const rel = path.relative(scratch, root).split(path.sep).join('/');
  let out = message.split(scratch).join('<overlay>');
  if (rel) out = out.split(`${rel}/`).join('');
  return out.split(`${root}/`).join('');
}

interface MapContext {
  scratch: string;
  dir: string;
  top: KustNode;
  closure: KustNode[];
  ctx: KustomizeContext;
  patches: PatchLocator;
  origin: RenderOrigin;
}

/**
 * Reports a built object against the file that defines it: the resource file kustomize named in
 * its origin annotation (or, without one, a resource file of the overlay holding an object of
 * the same kind whose name the built name contains, prefixes and suffixes aside).
 */
function mapObject(o: KubeObject, m: MapContext): KubeObject {
  const raw = o.raw as Record<string, unknown>;
  const annotated = takeOrigin(raw);
  let sourceFile: string | undefined;
  let configuredIn: string | undefined;
  if (annotated?.path) sourceFile = relInside(m.ctx.graph.realRoot, path.resolve(m.scratch, annotated.path));
  else if (annotated?.configuredIn) configuredIn = relInside(m.ctx.graph.realRoot, path.resolve(m.scratch, annotated.configuredIn));

  const candidates = sourceFile ? [sourceFile] : annotated ? [] : [...new Set(m.closure.flatMap((n) => n.resourceFiles))];
  const match = findSource(o, candidates, m.ctx.files);
  if (match) {
    const { parsed, obj } = match;
    return {
      ...o,
      raw,
      file: parsed.file,
      docIndex: obj.docIndex,
      basePath: obj.basePath,
      origin: m.origin,
      locate: (p) => {
        const base = parsed.locate(obj, p);
        return m.patches.locate(o, obj.name, p, base.depth >= p.length) ?? base;
      },
    };
  }
  // generated (configMapGenerator...) or remote: the kustomization that configured it stands in
  const standIn = configuredIn ?? m.top.file;
  const text = m.closure.find((n) => n.file === standIn)?.text ?? m.top.text;
  const generatorRange = lineOf(text, new RegExp(`^\\s*(configMapGenerator|secretGenerator)\\s*:`));
  return {
    ...o,
    raw,
    file: standIn,
    origin: m.origin,
    locate: (p) => m.patches.locate(o, o.name, p, false) ?? { range: o.kind === 'ConfigMap' || o.kind === 'Secret' ? generatorRange : LINE_ONE, depth: 0 },
  };
}

/** Reads and removes the origin annotation kubegate asked for, leaving the object as built. */
function takeOrigin(raw: Record<string, unknown>): { path?: string; configuredIn?: string } | undefined {
  const meta = raw.metadata;
  if (!isRecord(meta) || !isRecord(meta.annotations)) return undefined;
  const value = meta.annotations[ORIGIN_ANNOTATION];
  if (typeof value !== 'string') return undefined;
  delete meta.annotations[ORIGIN_ANNOTATION];
  if (Object.keys(meta.annotations).length === 0) delete meta.annotations;
  const pathM = /^path:\s*(.+?)\s*$/m.exec(value);
  const confM = /^configuredIn:\s*(.+?)\s*$/m.exec(value);
  return { path: pathM ? unquote(pathM[1]) : undefined, configuredIn: confM ? unquote(confM[1]) : undefined };
}

function unquote(s: string): string {
  return /^(["']).*\1$/.test(s) ? s.slice(1, -1) : s;
}

function findSource(o: KubeObject, files: string[], cache: SourceFiles): { parsed: ParsedFile; obj: KubeObject } | undefined {
  let best: { parsed: ParsedFile; obj: KubeObject; score: number } | undefined;
  for (const f of files) {
    const parsed = cache.get(f);
    if (!parsed) continue;
    const sameKind = parsed.objects.filter((x) => x.kind === o.kind);
    for (const x of sameKind) {
      // exact name, then the longest source name the built name contains (namePrefix/Suffix)
      const score = x.name === o.name ? 1e6 : x.name && o.name.includes(x.name) ? x.name.length : sameKind.length === 1 && files.length === 1 ? 0 : -1;
      if (score >= 0 && (!best || score > best.score)) best = { parsed, obj: x, score };
    }
  }
  return best;
}
