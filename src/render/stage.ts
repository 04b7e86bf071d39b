import type { Logger } from '../core/logger';
import type { Diagnostic, KubeObject } from '../core/model';
import type { Discovery } from '../workspace/discover';

import { realOrSelf, type RenderUnitResult } from './common';
import { createSandbox, findTool, mapBounded } from './exec';
import { renderChart } from './helm';
import { buildOverlay, type KustomizeTool } from './kustomize';
import { SourceFiles } from './source-files';
import { KustomizeGraph } from './kustomize-graph';
import { resolveRenderOptions, type RenderOptions } from './options';
import { append } from '../core/arrays';

/**
 * Renders charts and overlays found by discovery into objects (Helm/Kustomize stage). Returns
 * the repository-relative files it consumed, so they are not also read as plain YAML.
 */
export type RenderStage = (discovery: Discovery, root: string, logger: Logger) => Promise<{ objects: KubeObject[]; diagnostics: Diagnostic[]; consumed: Set<string>; skippedDocuments: number }>;

export interface RenderReport {
  objects: KubeObject[];
  diagnostics: Diagnostic[];
  consumed: Set<string>;
  units: RenderUnitResult[];
  /** Which binaries were used (absent: not found or not needed). */
  tools: { helm?: string; kustomize?: string };
}

/** The Helm/Kustomize stage for `runScan` (see docs/rendering.md). */
export function renderStage(input: RenderOptions = {}): RenderStage {
  return async (discovery, root, logger) => {
    const r = await renderDiscovered(discovery, root, logger, input);
    return { objects: r.objects, diagnostics: r.diagnostics, consumed: r.consumed, skippedDocuments: 0 };
  };
}

/**
 * Renders every chart and overlay root of a discovery, at most `concurrency` at a time. Files
 * under a chart directory are never read as plain YAML (templates are not YAML). Kustomization
 * files and the patch/config files they name are never read as plain objects either (a patch is
 * a partial object and would raise false alarms); resource files are handed to the overlays that
 * built successfully and otherwise stay plain YAML, so a failed build loses nothing.
 */
export async function renderDiscovered(discovery: Discovery, root: string, logger: Logger, input: RenderOptions = {}): Promise<RenderReport> {
  const options = resolveRenderOptions(input);
  const realRoot = realOrSelf(root);
  const consumed = new Set<string>();
  const diagnostics: Diagnostic[] = [];

  const chartDirs = discovery.charts;
  const inChart = (p: string) => chartDirs.some((c) => isUnder(p, c));
  const charts = chartDirs.filter((c) => !chartDirs.some((o) => o !== c && isUnder(c, o)));
  const filesOf = (dir: string) => discovery.files.filter((f) => isUnder(f, dir));
  for (const c of chartDirs) for (const f of filesOf(c)) consumed.add(f);

  const kustomizeDirs = discovery.kustomizations.filter((d) => !inChart(d));
  const graph = new KustomizeGraph(realRoot);
  for (const d of kustomizeDirs) {
    const n = graph.node(d);
    if (!n) continue;
    consumed.add(n.file);
    for (const f of n.configFiles) consumed.add(f);
  }
  const overlays = graph.roots(kustomizeDirs);

  if (!options.helm && charts.length) diagnostics.push(skipped(`${charts.length} Helm chart(s) not rendered (helm: false); their files are not scanned as plain YAML.`));
  if (!options.kustomize && overlays.length) diagnostics.push(skipped(`${overlays.length} Kustomize overlay(s) not built (kustomize: false); their resource files are scanned as plain YAML, patches are not.`));

  const work: Array<() => Promise<RenderUnitResult>> = [];
  const tools: RenderReport['tools'] = {};
  const sandbox = createSandbox(options.env, options.allowRemoteBases);
  try {
    if (options.helm && charts.length) {
      const helm = findTool('helm', options.env.PATH, options.toolsDir);
      tools.helm = helm;
      const ctx = { root: realRoot, options, sandbox, helm };
      for (const c of charts) work.push(() => renderChart(c, ctx, filesOf(c)));
    }
    if (options.kustomize && overlays.length) {
      const tool = findKustomize(options.env.PATH, options.toolsDir);
      tools.kustomize = tool?.path;
      const ctx = { root: realRoot, options, sandbox, tool, graph, files: new SourceFiles(realRoot) };
      for (const o of overlays) work.push(() => buildOverlay(o, ctx));
    }
    const units = await mapBounded(work, options.concurrency, (w) => w());
    const objects: KubeObject[] = [];
    const seen = new Map<string, { obj: KubeObject; overlays: string[] }>();
    for (const u of units) {
      logger.debug(`${u.kind === 'helm' ? 'chart' : 'overlay'} ${u.root}: ${u.ok ? `${u.objects.length} objects` : 'failed'} in ${u.durationMs} ms`);
      append(diagnostics, u.diagnostics);
      if (u.ok) for (const f of u.consumed) consumed.add(f);
      for (const o of u.objects) {
        if (u.kind === 'helm') {
          objects.push(o);
          continue;
        }
        // overlays sharing a base yield the same object many times: scan it once
        const key = `${o.file}#${o.docIndex}/${o.basePath.join('/')}|${o.kind}|${o.namespace ?? ''}|${o.name}|${JSON.stringify(o.raw)}`;
        const prev = seen.get(key);
        if (!prev) {
          seen.set(key, { obj: o, overlays: [u.root] });
          objects.push(o);
        } else {
          prev.overlays.push(u.root);
          prev.obj.origin = { kind: 'kustomize', root: prev.overlays[0], detail: overlayDetail(prev.overlays) };
        }
      }
    }
    return { objects, diagnostics, consumed, units, tools };
  } finally {
    sandbox.dispose();
  }
}

function overlayDetail(overlays: string[]): string {
  const others = overlays.slice(1);
  const shown = others.slice(0, 3).join(', ') + (others.length > 3 ? ` and ${others.length - 3} more` : '');
  return `overlay ${overlays[0]} (the same object is built by ${shown})`;
}

/** Standalone `kustomize` first (usually newer), else `kubectl kustomize`. */
function findKustomize(pathEnv: string | undefined, toolsDir: string | undefined): KustomizeTool | undefined {
  const k = findTool('kustomize', pathEnv, toolsDir);
  if (k) return { kind: 'kustomize', path: k };
  const kc = findTool('kubectl', pathEnv, toolsDir);
  return kc ? { kind: 'kubectl', path: kc } : undefined;
}

function isUnder(p: string, dir: string): boolean {
  return dir === '.' || p === dir || p.startsWith(`${dir}/`);
}

function skipped(message: string): Diagnostic {
  return { level: 'notice', code: 'render-skipped', message, gating: false };
}
