import * as path from 'node:path';
import type { Diagnostic, Finding, KubeObject } from '../core/model';
import { parseManifest } from '../parse/parse-manifest';
import { rulesOf, selectFrameworks, type Catalog } from '../policy/catalog';
import { discoverManifests } from '../workspace/discover';
import { evaluateRules } from '../pipeline/evaluate';
import { loadManifestFile } from '../workspace/load';
import type { ScanConfig } from '../pipeline/scan';
import { append } from '../core/arrays';

export interface Rescan {
  findings: Finding[];
  /** Parse problems of the files whose text was overridden. */
  diagnostics: Diagnostic[];
}

/** What the scan's render stage produced; fixes never edit rendered files, so it is reused as is. */
export interface Rendered {
  objects: KubeObject[];
  consumed: ReadonlySet<string>;
}

/**
 * Evaluates the same objects and rules as `runScan` (without exemptions), with some files' text
 * replaced in memory: how `kubegate fix` confirms its edits, written or not (`--dry-run`).
 * Every file is read, because cross-object rules judge objects against others.
 */
export function rescanWith(config: ScanConfig, catalog: Catalog, overrides: ReadonlyMap<string, string>, rendered?: Rendered): Rescan {
  const disabled = new Set(config.disabledRules ?? []);
  const rules = rulesOf(catalog, selectFrameworks(catalog, config.frameworks)).filter((r) => !disabled.has(r.id));
  const root = path.resolve(config.root);
  const discovery = discoverManifests({ root, targets: config.targets, patterns: config.patterns, excludes: config.excludes });
  const objects: KubeObject[] = [...(rendered?.objects ?? [])];
  const diagnostics: Diagnostic[] = [];
  for (const rel of discovery.files) {
    if (rendered?.consumed.has(rel)) continue;
    let text = overrides.get(rel);
    if (text === undefined) {
      const loaded = loadManifestFile(root, rel, config.maxFileBytes);
      if (!loaded.ok) continue;
      text = loaded.text;
    }
    const parsed = parseManifest(rel, text);
    append(objects, parsed.objects);
    if (overrides.has(rel)) append(diagnostics, parsed.diagnostics);
  }
  return { findings: evaluateRules(objects, rules).findings, diagnostics };
}
