import { parseArgs } from 'node:util';
import { buildScanConfig, splitList } from '../pipeline/scan-options';
import { resolveTargets, TREE_OPTIONS } from './cli-targets';
import { ConfigError } from '../core/errors';
import { consoleLogger } from '../core/logger';
import { renderOptionsFromText, renderStage } from '../render';
import { runFix, type FixReport, type FixResult, type FixStatus } from '../pipeline/run-fix';

export const FIX_HELP = `Usage:
  kubegate fix [paths...] [options]    apply the rules' fixes to the manifests, print a unified diff,
                                       then re-scan to confirm each fixed finding is gone

Options:
  --rules LIST                 only fixes of these rule ids, comma-separated
  --dry-run                    print the diff and verify in memory; write nothing
  --include-suggestions        also apply fixes marked "suggestion" (review them: they may change
                               how the workload runs); fixes that need a value are never applied
  --frameworks LIST            rules of these frameworks (default: all)
  --rules-dir DIR              your own rules (kubegate scan's --rules; default: .kubegate/rules)
  --no-helm, --no-kustomize    do not render charts / build overlays (their findings get advice,
                               never edits, either way)
  --root DIR, --files PATTERNS, --exclude PATTERNS, --config FILE, --max-file-size SIZE, --verbose
                               as for kubegate scan

The diff goes to standard output (pipe it to \`git apply\` after --dry-run), the summary to
standard error. Exit codes: 0 every fix applied and verified, 1 a fix could not be applied or
verified or a new finding appeared, 2 usage or configuration error, 3 internal error.
`;

export interface FixIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
}

export async function fixCommand(args: string[], io: FixIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        ...TREE_OPTIONS,
        rules: { type: 'string' },
        'dry-run': { type: 'boolean' },
        'include-suggestions': { type: 'boolean' },
        'rules-dir': { type: 'string' },
      },
    });
  } catch (err) {
    throw new ConfigError(`${(err as Error).message} (see kubegate fix --help)`);
  }
  const v = parsed.values;
  if (v.help) {
    io.stdout(FIX_HELP);
    return 0;
  }
  const { root, targets } = resolveTargets(parsed.positionals, v.root, io.cwd);
  const rules = v.rules !== undefined ? splitList(v.rules) : undefined;
  if (rules && rules.length === 0) throw new ConfigError('--rules needs at least one rule id');
  const config = buildScanConfig({
    root,
    targets,
    files: v.files,
    exclude: v.exclude,
    frameworks: v.frameworks,
    config: v.config,
    maxFileSize: v['max-file-size'],
    rules: v['rules-dir'],
  });
  // charts and overlays are rendered as for scan, so their findings get advice instead of edits
  const render = renderStage(renderOptionsFromText({ helm: !v['no-helm'], kustomize: !v['no-kustomize'], failOnRenderError: false }, process.env));
  const report = await runFix(config, { rules, dryRun: !!v['dry-run'], includeSuggestions: !!v['include-suggestions'] }, { logger: consoleLogger(!!v.verbose), render });
  io.stdout(report.diff);
  io.stderr(fixSummary(report, !!v['dry-run']));
  return report.ok ? 0 : 1;
}

const LABEL: Record<FixStatus, string> = {
  fixed: 'fixed',
  'not-fixed': 'NOT FIXED',
  skipped: 'skipped',
  suggestion: 'suggestion',
  'needs-value': 'needs a value',
  advice: 'advice',
};

/** The human summary: one line per fix not cleanly applied, counts for the rest. */
export function fixSummary(report: FixReport, dryRun: boolean): string {
  const count = (s: FixStatus) => report.results.filter((r) => r.status === s).length;
  const lines: string[] = [];
  const where = (r: FixResult) => `${r.finding.file}:${r.finding.range.startLine} ${r.finding.ruleId}`;
  for (const r of report.results) {
    if (r.status === 'fixed' || r.status === 'suggestion' || r.status === 'needs-value') continue;
    lines.push(`  ${LABEL[r.status]}: ${where(r)}${r.detail ? `: ${r.detail}` : ''}`);
  }
  for (const f of report.newFindings) lines.push(`  NEW FINDING: ${f.file}:${f.range.startLine} ${f.ruleId}: ${f.message}`);
  for (const d of report.broken) lines.push(`  BROKEN: ${d.file}${d.range ? `:${d.range.startLine}` : ''}: ${d.message}`);
  const suggestions = count('suggestion');
  const head = `kubegate fix: ${count('fixed')} fixed in ${report.changedFiles.length} file(s)${dryRun ? ' (dry run: nothing written)' : ''}`;
  const tail = suggestions ? [`  ${suggestions} suggestion(s) not applied; review them and rerun with --include-suggestions`] : [];
  const needValue = report.results.filter((r) => r.status === 'needs-value');
  if (needValue.length) {
    // one line per finding would bury the rest: these are many (every container without limits)
    const byRule = new Map<string, number>();
    for (const r of needValue) byRule.set(r.finding.ruleId, (byRule.get(r.finding.ruleId) ?? 0) + 1);
    const rules = [...byRule].map(([id, n]) => `${id} ×${n}`).join(', ');
    tail.push(`  ${needValue.length} fix(es) need a value a person must choose (${rules}); never applied automatically: see the SARIF fixes or PR suggestions`);
  }
  const verdict = report.ok ? 'verified: every fixed finding is gone and no new finding appeared' : 'not every fix could be applied and verified';
  return [head, ...lines, ...tail, verdict, ''].join('\n');
}
