import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigError } from '../core/errors';
import type { Logger } from '../core/logger';
import type { Diagnostic, Finding, ScanResult } from '../core/model';
import { loadCatalog, type Catalog } from '../policy/catalog';
import { loadManifestFile } from '../workspace/load';
import { runScan, type ScanConfig } from './scan';
import { type RenderStage } from '../render/stage';
import { fixFile, type FileFixOutcome, type FixRequest } from '../fix/apply-fixes';
import { fixTargetOf } from '../fix/finding-target';
import { placeholdersOf, renderedAdvice } from '../fix/plan-fix';
import { rescanWith, type Rendered } from './rescan';
import { unifiedDiff } from '../fix/unified-diff';

export interface FixOptions {
  /** Only fixes of these rules (all rules with a fix when absent). */
  rules?: string[];
  /** Plan, diff and verify in memory; write nothing. */
  dryRun: boolean;
  /** Apply `suggestion` fixes too, not only `safe` ones. */
  includeSuggestions: boolean;
}

export type FixStatus =
  /** Edited, and the re-scan no longer reports the finding. */
  | 'fixed'
  /** Edited, but the re-scan still reports the finding. */
  | 'not-fixed'
  /** Not edited: planning failed, or the file already said what the fix asks. */
  | 'skipped'
  /** Not edited on purpose: a suggestion without --include-suggestions. */
  | 'suggestion'
  /** Not edited on purpose: a person must choose a value. */
  | 'needs-value'
  /** Not edited on purpose: rendered output; the detail says where to change it. */
  | 'advice';

export interface FixResult {
  finding: Finding;
  status: FixStatus;
  detail?: string;
}

export interface FixReport {
  results: FixResult[];
  /** Unified diff of every changed file, in file order. */
  diff: string;
  changedFiles: string[];
  /** Each changed file's text before and after the fixes, in file order. */
  files: Array<{ file: string; before: string; after: string }>;
  /** Findings the re-scan reports in changed files that the scan before did not. */
  newFindings: Finding[];
  /** Parse errors the edits caused (none unless the planner has a bug). */
  broken: Diagnostic[];
  /** Every fix that was to be applied was applied and verified, and nothing new appeared. */
  ok: boolean;
}

/**
 * `kubegate fix`: scan, apply the selected fixes file by file, write (unless dry run), then
 * re-scan the changed text to confirm each fixed finding is gone and no new one appeared.
 */
export async function runFix(config: ScanConfig, options: FixOptions, deps: { logger: Logger; catalog?: Catalog; render?: RenderStage }): Promise<FixReport> {
  const catalog = deps.catalog ?? loadCatalog(config.catalog);
  if (options.rules) {
    const known = new Set(catalog.rules.map((r) => r.id));
    const unknown = options.rules.filter((r) => !known.has(r));
    if (unknown.length) throw new ConfigError(`--rules: unknown rule ${unknown.map((u) => `"${u}"`).join(', ')} (see docs/rules.md)`);
    for (const id of options.rules) if (!catalog.rules.find((r) => r.id === id)!.fix) deps.logger.warning(`rule ${id} declares no fix`);
  }
  const kept = keepRendered(deps.render);
  const scan = await runScan(config, { logger: deps.logger, render: kept.render }, catalog);
  return fixScanned(scan, config, catalog, options, kept.rendered());
}

/**
 * A render stage that keeps what it rendered: findings in rendered objects get advice, their files
 * no edits, and the re-scan reuses the objects instead of rendering again.
 */
export function keepRendered(render: RenderStage | undefined): { render?: RenderStage; rendered: () => Rendered | undefined } {
  let rendered: Rendered | undefined;
  if (!render) return { rendered: () => undefined };
  return {
    render: async (...args) => {
      const r = await render(...args);
      rendered = { objects: r.objects, consumed: r.consumed };
      return r;
    },
    rendered: () => rendered,
  };
}

/**
 * The fixing half of `kubegate fix` on a scan already made (the action's, for its fix pull
 * request): apply the selected fixes file by file, write (unless dry run), re-scan the changed
 * text in memory to confirm each fixed finding is gone and no new one appeared.
 */
export function fixScanned(scan: ScanResult, config: ScanConfig, catalog: Catalog, options: FixOptions, rendered?: Rendered): FixReport {
  const root = scan.root;
  const wanted = options.rules ? new Set(options.rules) : undefined;
  const candidates = scan.findings.filter((f) => !f.suppression && f.fix && (!wanted || wanted.has(f.ruleId)));

  const results: FixResult[] = [];
  const byFile = new Map<string, Array<{ request: FixRequest; result: FixResult }>>();
  candidates.forEach((finding, i) => {
    const fix = finding.fix!;
    const result: FixResult = { finding, status: 'skipped' };
    results.push(result);
    const placeholders = placeholdersOf(fix);
    const target = fixTargetOf(finding);
    if (finding.origin) Object.assign(result, { status: 'advice', detail: renderedAdvice(finding) });
    else if (placeholders.length) Object.assign(result, { status: 'needs-value', detail: placeholders.join('; ') });
    else if (fix.mode === 'suggestion' && !options.includeSuggestions) Object.assign(result, { status: 'suggestion', detail: fix.description });
    else if (!target) result.detail = 'cannot tell which document holds the object';
    else {
      const list = byFile.get(finding.file) ?? [];
      list.push({ request: { id: String(i), target, fix, object: finding.object }, result });
      byFile.set(finding.file, list);
    }
  });

  const outcomes: FileFixOutcome[] = [];
  for (const [file, items] of [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const loaded = loadManifestFile(root, file, config.maxFileBytes);
    if (!loaded.ok || isUtf16(path.join(root, file))) {
      // written back as UTF-8, a UTF-16 file would change encoding along with the fix
      const why = loaded.ok ? `${file} is UTF-16; kubegate only edits UTF-8 files` : `cannot read ${file}: ${loaded.diagnostic.message}`;
      for (const it of items) it.result.detail = why;
      continue;
    }
    const outcome = fixFile(file, loaded.text, items.map((it) => it.request));
    outcomes.push(outcome);
    const byId = new Map(items.map((it) => [it.request.id, it.result]));
    for (const id of outcome.applied) byId.get(id)!.status = 'fixed';
    for (const id of outcome.unchanged) byId.get(id)!.detail = 'the file already says what the fix asks, yet the rule still fires';
    for (const s of outcome.skipped) byId.get(s.id)!.detail = s.reason;
  }

  const changed = outcomes.filter((o) => o.after !== o.before);
  if (!options.dryRun) for (const o of changed) fs.writeFileSync(path.join(root, o.file), o.after);

  const overrides = new Map(changed.map((o) => [o.file, o.after]));
  let newFindings: Finding[] = [];
  let broken: Diagnostic[] = [];
  if (changed.length) {
    const after = rescanWith(config, catalog, overrides, rendered);
    const still = new Set(after.findings.filter((f) => overrides.has(f.file)).map((f) => f.fingerprint));
    for (const r of results) {
      if (r.status === 'fixed' && still.has(r.finding.fingerprint)) Object.assign(r, { status: 'not-fixed', detail: 'the re-scan still reports it' });
    }
    const before = new Set(scan.findings.map((f) => f.fingerprint));
    newFindings = after.findings.filter((f) => overrides.has(f.file) && !before.has(f.fingerprint));
    broken = after.diagnostics.filter((d) => d.level === 'error');
  }
  const attempted = results.filter((r) => r.status === 'fixed' || r.status === 'not-fixed' || r.status === 'skipped');
  return {
    results,
    diff: changed.map((o) => unifiedDiff(o.file, o.before, o.after, 3, o.changes)).join(''),
    changedFiles: changed.map((o) => o.file),
    files: changed.map((o) => ({ file: o.file, before: o.before, after: o.after })),
    newFindings,
    broken,
    ok: attempted.every((r) => r.status === 'fixed') && newFindings.length === 0 && broken.length === 0,
  };
}

function isUtf16(abs: string): boolean {
  const fd = fs.openSync(abs, 'r');
  try {
    const b = Buffer.alloc(2);
    fs.readSync(fd, b, 0, 2, 0);
    return (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
  } finally {
    fs.closeSync(fd);
  }
}
