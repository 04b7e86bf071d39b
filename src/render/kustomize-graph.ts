import * as fs from 'node:fs';
import * as path from 'node:path';
import * as jsyaml from 'js-yaml';
import type { FieldPath } from '../core/model';
import { isRecord, joinRel, readYaml, realOrSelf, relInside } from './common';

export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** A patch a kustomization applies, kept to point findings at the patch that set a field. */
export interface PatchRef {
  /** The file holding the patch text: a patch file, or the kustomization for inline patches. */
  file: string;
  /** Where an inline patch sits inside the kustomization (`['patches', 2, 'patch']`). */
  inlineAt?: FieldPath;
  format: 'strategic-merge' | 'json6902';
  /** Parsed patch: merge-patch documents, or JSON 6902 operations. */
  docs: unknown[];
  target?: { kind?: string; name?: string };
}

/** One kustomization file, read statically (never built) to learn what it references. */
export interface KustNode {
  dir: string;
  file: string;
  text: string;
  kind: 'Kustomization' | 'Component';
  /** Local kustomization directories it builds on (resources/bases/components). */
  dirs: string[];
  /** Local resource files (whole objects) and CRD files. */
  resourceFiles: string[];
  /** Patch, replacement, configuration, generator input files: never whole objects. */
  configFiles: string[];
  patches: PatchRef[];
  /** Entries kustomize would fetch over the network. */
  remote: string[];
  /** Local entries that resolve outside the scanned directory. */
  outside: string[];
  /** `helmCharts`: would run helm and download charts inside kustomize. */
  helmCharts: boolean;
  error?: string;
}

/** Reads kustomization files on demand and caches them, keyed by repository-relative directory. */
export class KustomizeGraph {
  private readonly nodes = new Map<string, KustNode | null>();
  readonly realRoot: string;

  constructor(readonly root: string) {
    this.realRoot = realOrSelf(root);
  }

  node(dir: string): KustNode | undefined {
    if (!this.nodes.has(dir)) this.nodes.set(dir, this.read(dir) ?? null);
    return this.nodes.get(dir) ?? undefined;
  }

  /**
   * Overlay roots among `dirs`: kustomizations (not components) that no other kustomization in
   * scope lists as a resource or base. Components are only ever built through an overlay.
   */
  roots(dirs: readonly string[]): string[] {
    const referenced = new Set<string>();
    for (const d of dirs) for (const r of this.node(d)?.dirs ?? []) referenced.add(r);
    return dirs.filter((d) => !referenced.has(d) && this.node(d)?.kind !== 'Component');
  }

  /** Every kustomization reachable from `dir` (itself first), each once. */
  closure(dir: string): KustNode[] {
    const out: KustNode[] = [];
    const seen = new Set<string>();
    const visit = (d: string) => {
      if (seen.has(d)) return;
      seen.add(d);
      const n = this.node(d);
      if (!n) return;
      out.push(n);
      for (const c of n.dirs) visit(c);
    };
    visit(dir);
    return out;
  }

  private read(dir: string): KustNode | undefined {
    const name = KUSTOMIZATION_FILES.find((f) => fs.existsSync(path.join(this.root, dir, f)));
    if (!name) return undefined;
    const file = joinRel(dir, name);
    const y = readYaml(path.join(this.root, file));
    const node: KustNode = { dir, file, text: '', kind: 'Kustomization', dirs: [], resourceFiles: [], configFiles: [], patches: [], remote: [], outside: [], helmCharts: false };
    if (!y) return { ...node, error: `${file} cannot be read` };
    if ('error' in y) return { ...node, error: `${file} is not valid YAML: ${y.error}` };
    node.text = y.text;
    const k = isRecord(y.value) ? y.value : {};
    if (k.kind === 'Component') node.kind = 'Component';
    node.helmCharts = k.helmCharts !== undefined || k.helmChartInflationGenerator !== undefined;

    for (const key of ['resources', 'bases', 'components']) {
      for (const entry of strings(k[key])) this.addReference(node, entry, key === 'resources');
    }
    for (const f of strings(k.crds)) this.addLocalFile(node, f, node.resourceFiles);
    for (const f of [...strings(k.configurations), ...strings(k.generators), ...strings(k.transformers), ...strings(k.validators)]) {
      if (!f.includes('\n')) this.addLocalFile(node, f, node.configFiles);
    }
    if (isRecord(k.openapi) && typeof k.openapi.path === 'string') this.addLocalFile(node, k.openapi.path, node.configFiles);
    for (const r of list(k.replacements)) if (isRecord(r) && typeof r.path === 'string') this.addLocalFile(node, r.path, node.configFiles);
    for (const g of [...list(k.configMapGenerator), ...list(k.secretGenerator)]) {
      if (!isRecord(g)) continue;
      const sources = [...strings(g.files).map((f) => f.slice(f.indexOf('=') + 1)), ...strings(g.envs), ...(typeof g.env === 'string' ? [g.env] : [])];
      for (const f of sources) this.addLocalFile(node, f, node.configFiles);
    }
    this.readPatches(node, k);
    return node;
  }

  private readPatches(node: KustNode, k: Record<string, unknown>): void {
    list(k.patchesStrategicMerge).forEach((p, i) => {
      if (typeof p !== 'string') return;
      if (p.includes('\n') || /^\s*(apiVersion|kind)\s*:/.test(p)) this.addPatch(node, node.file, p, 'strategic-merge', undefined, ['patchesStrategicMerge', i]);
      else this.addPatchFile(node, p, 'strategic-merge', undefined);
    });
    for (const key of ['patches', 'patchesJson6902'] as const) {
      list(k[key]).forEach((p, i) => {
        if (!isRecord(p)) return;
        const target = isRecord(p.target) ? { kind: str(p.target.kind), name: str(p.target.name) } : undefined;
        const format = key === 'patchesJson6902' ? 'json6902' : undefined;
        if (typeof p.path === 'string') this.addPatchFile(node, p.path, format, target);
        else if (typeof p.patch === 'string') this.addPatch(node, node.file, p.patch, format, target, [key, i, 'patch']);
      });
    }
  }

  private addPatchFile(node: KustNode, rel: string, format: PatchRef['format'] | undefined, target: PatchRef['target']): void {
    const file = this.addLocalFile(node, rel, node.configFiles);
    if (!file) return;
    let text: string;
    try {
      text = fs.readFileSync(path.join(this.root, file), 'utf8');
    } catch {
      return;
    }
    this.addPatch(node, file, text, format, target);
  }

  private addPatch(node: KustNode, file: string, text: string, format: PatchRef['format'] | undefined, target: PatchRef['target'], inlineAt?: FieldPath): void {
    let docs: unknown[];
    try {
      // empty documents stay, so indexes match the positions parseManifest reports
      docs = jsyaml.loadAll(text, undefined, { schema: jsyaml.CORE_SCHEMA });
    } catch {
      return;
    }
    // `patches:` holds either kind; a JSON 6902 patch is a list of operations
    const ops = docs.find((d) => d !== null && d !== undefined);
    const f = format ?? (Array.isArray(ops) ? 'json6902' : 'strategic-merge');
    node.patches.push({ file, inlineAt, format: f, docs: f === 'json6902' ? (Array.isArray(ops) ? ops : []) : docs, target });
  }

  private addReference(node: KustNode, entry: string, isResource: boolean): void {
    const abs = path.resolve(this.root, node.dir, entry);
    let st: fs.Stats | undefined;
    try {
      st = fs.statSync(abs);
    } catch {
      st = undefined;
    }
    if (!st) {
      // kustomize fetches what is not a local path and looks like a URL or a repository spec
      if (isRemote(entry)) node.remote.push(entry);
      return;
    }
    const rel = relInside(this.realRoot, realOrSelf(abs));
    if (rel === undefined) {
      node.outside.push(entry);
      return;
    }
    if (st.isDirectory()) node.dirs.push(rel);
    else if (isResource) node.resourceFiles.push(rel);
  }

  private addLocalFile(node: KustNode, entry: string, into: string[]): string | undefined {
    if (isRemote(entry)) {
      node.remote.push(entry);
      return undefined;
    }
    const abs = path.resolve(this.root, node.dir, entry);
    const rel = relInside(this.realRoot, realOrSelf(abs));
    if (rel === undefined) {
      node.outside.push(entry);
      return undefined;
    }
    into.push(rel);
    return rel;
  }
}

/** URLs, `git@host:`, `github.com/org/repo//dir?ref=x` and friends. */
export function isRemote(entry: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(entry) || /^git@/.test(entry) || /[?&]ref=/.test(entry) || /^(github\.com|gitlab\.com|bitbucket\.org)\//i.test(entry) || /^[a-z0-9-]+(\.[a-z0-9-]+)+\/[^/]+\/[^/]+/i.test(entry);
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function strings(v: unknown): string[] {
  return list(v).filter((x): x is string => typeof x === 'string');
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
