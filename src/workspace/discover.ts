import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import type { Diagnostic } from '../core/model';

export const DEFAULT_PATTERNS = ['**/*.yaml', '**/*.yml', '**/*.json'];
export const DEFAULT_EXCLUDES = ['**/node_modules/**', '**/.git/**', '.github/workflows/**', '**/.kubegate/**'];

export interface DiscoverOptions {
  /** Absolute directory that bounds the scan: nothing outside it is read, symlinks included. */
  root: string;
  /** Files or directories to scan, relative to root (default: the root itself). */
  targets?: string[];
  /** Glob patterns (relative to root, `@actions/glob` style: `!pattern` excludes). */
  patterns?: string[];
  excludes?: string[];
  /** Stop after this many files, with a diagnostic (protects memory on a runaway glob). */
  maxFiles?: number;
}

export interface Discovery {
  /** Repository-relative POSIX paths of candidate manifest files, sorted. */
  files: string[];
  /** Directories holding a Chart.yaml (relative, sorted): rendered, not read as plain YAML. */
  charts: string[];
  /** Directories holding a kustomization file (relative, sorted). */
  kustomizations: string[];
  diagnostics: Diagnostic[];
}

const MANIFEST_EXT = /\.(ya?ml|json)$/i;
const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/**
 * Walks the targets in a deterministic order. Symlinks are followed only when they resolve
 * inside the root, and each real directory is entered once, so loops end.
 */
export function discoverManifests(opts: DiscoverOptions): Discovery {
  const root = fs.realpathSync(opts.root);
  const include: string[] = [];
  const exclude: string[] = [...(opts.excludes ?? DEFAULT_EXCLUDES)];
  for (const p of opts.patterns && opts.patterns.length > 0 ? opts.patterns : DEFAULT_PATTERNS) {
    const t = p.trim();
    if (!t || t.startsWith('#')) continue;
    if (t.startsWith('!')) exclude.push(stripDot(t.slice(1)));
    else include.push(stripDot(t));
  }
  const includes = include.length ? include : DEFAULT_PATTERNS;
  const isIncluded = picomatch(includes, { dot: true });
  // `deploy/**` means the manifests under deploy/, not its README; a pattern that names an
  // extension (`**/*.tpl`, `Jenkinsfile.k8s`) is taken at its word
  const named = includes.filter((p) => /\.[^/*]+$/.test(p) && !MANIFEST_EXT.test(p));
  const isNamed = named.length ? picomatch(named, { dot: true }) : () => false;
  const wanted = (rel: string) => isIncluded(rel) && (MANIFEST_EXT.test(rel) || isNamed(rel));
  const isExcluded = picomatch(exclude, { dot: true });
  const maxFiles = opts.maxFiles ?? 100_000;
  const files = new Set<string>();
  const charts = new Set<string>();
  const kustomizations = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const visited = new Set<string>();
  let truncated = false;

  const inside = (real: string) => real === root || real.startsWith(root + path.sep);

  const walk = (rel: string) => {
    if (truncated) return;
    const abs = path.join(root, rel);
    let real: string;
    try {
      real = fs.realpathSync(abs);
    } catch {
      diagnostics.push({ level: 'warning', code: 'broken-path', message: `Cannot resolve ${rel || '.'} (broken symlink?); skipped.`, file: rel || undefined, gating: false });
      return;
    }
    if (!inside(real)) {
      diagnostics.push({ level: 'warning', code: 'symlink-outside', message: `${rel} links outside the workspace (${real}); not followed.`, file: rel, gating: false });
      return;
    }
    let st: fs.Stats;
    try {
      st = fs.statSync(real);
    } catch (err) {
      diagnostics.push({ level: 'warning', code: 'unreadable', message: `Cannot read ${rel}: ${(err as Error).message}`, file: rel, gating: false });
      return;
    }
    if (st.isDirectory()) {
      if (visited.has(real)) return;
      visited.add(real);
      if (rel && isExcluded(rel + '/') ) return;
      let names: string[];
      try {
        names = fs.readdirSync(real).sort();
      } catch (err) {
        diagnostics.push({ level: 'warning', code: 'unreadable', message: `Cannot list ${rel || '.'}: ${(err as Error).message}`, file: rel || undefined, gating: false });
        return;
      }
      // a chart or overlay is in scope when the patterns select its Chart.yaml or kustomization
      // (`files: examples/**` must not render the charts of the rest of the repository)
      const prefix = rel ? `${rel}/` : '';
      const selects = (name: string) => {
        const probe = `${prefix}${name === 'Kustomization' ? 'kustomization.yaml' : name}`;
        return isIncluded(probe) && !isExcluded(probe);
      };
      if (names.includes('Chart.yaml') && selects('Chart.yaml')) charts.add(rel || '.');
      if (names.some((n) => KUSTOMIZATION_FILES.includes(n) && selects(n))) kustomizations.add(rel || '.');
      for (const n of names) {
        const child = rel ? `${rel}/${n}` : n;
        if (isExcluded(child) || isExcluded(child + '/')) continue;
        walk(child);
      }
    } else if (st.isFile()) {
      if (!wanted(rel) || isExcluded(rel)) return;
      if (files.size >= maxFiles) {
        truncated = true;
        diagnostics.push({ level: 'error', code: 'too-many-files', message: `More than ${maxFiles} files match; the scan stopped there. Narrow the "files" patterns.`, gating: true });
        return;
      }
      files.add(rel);
    }
  };

  const targets = opts.targets && opts.targets.length > 0 ? opts.targets : [''];
  for (const t of targets) {
    const rel = toRel(root, t);
    if (rel === undefined) {
      diagnostics.push({ level: 'error', code: 'target-outside', message: `${t} is outside the scanned root ${root}; skipped.`, gating: true });
      continue;
    }
    const abs = path.join(root, rel);
    if (!fs.existsSync(abs)) {
      diagnostics.push({ level: 'error', code: 'target-missing', message: `${t} does not exist.`, gating: true });
      continue;
    }
    // a file of a chart or overlay means little alone (a template, a patch): scan its unit
    const unit = fs.statSync(abs).isFile() ? enclosingUnit(root, rel) : undefined;
    if (unit !== undefined) {
      walk(unit);
      continue;
    }
    // a file named explicitly is scanned whatever its extension
    if (fs.statSync(abs).isFile() && rel) {
      const real = fs.realpathSync(abs);
      if (inside(real)) files.add(rel);
      else diagnostics.push({ level: 'warning', code: 'symlink-outside', message: `${rel} links outside the workspace; not followed.`, file: rel, gating: false });
      continue;
    }
    walk(rel);
  }
  return { files: [...files].sort(), charts: [...charts].sort(), kustomizations: [...kustomizations].sort(), diagnostics };
}

/**
 * The nearest directory from the file's up to the root that holds a Chart.yaml or a kustomization
 * ('' for the root), so that `kubegate scan <staged files>` renders what the files belong to.
 */
function enclosingUnit(root: string, rel: string): string | undefined {
  for (let dir = path.posix.dirname(rel); ; dir = path.posix.dirname(dir)) {
    const d = dir === '.' ? '' : dir;
    const names = ['Chart.yaml', ...KUSTOMIZATION_FILES];
    if (names.some((n) => fs.existsSync(path.join(root, d, n)))) return d;
    if (d === '') return undefined;
  }
}

function stripDot(p: string): string {
  return p.replace(/^\.\//, '');
}

function toRel(root: string, target: string): string | undefined {
  const abs = path.resolve(root, target);
  let real = abs;
  try {
    real = fs.realpathSync(abs);
  } catch {
    /* reported as missing by the caller */
  }
  const rel = path.relative(root, real);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}
