import { severityRank, type ScanResult, type Severity } from '../model';
import { groupFindings } from './group-findings';
import { objectLabel } from '../pipeline/evaluate';

const COLORS: Record<Severity, string> = { critical: '\u001b[35m', high: '\u001b[31m', medium: '\u001b[33m', low: '\u001b[36m' };
const RESET = '\u001b[0m';
const DIM = '\u001b[2m';

/** Human output for a terminal: findings grouped by file as `line:col`, then scores and the verdict. */
export function buildTable(result: ScanResult, opts: { color?: boolean; showSuppressed?: boolean } = {}): string {
  const c = (code: string, s: string) => (opts.color ? `${code}${s}${RESET}` : s);
  const out: string[] = [];
  const byFile = new Map<string, typeof result.findings>();
  for (const f of result.findings) {
    if (f.suppression && !opts.showSuppressed) continue;
    let list = byFile.get(f.file);
    if (!list) byFile.set(f.file, (list = []));
    list.push(f);
  }
  for (const [file, list] of [...byFile.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    out.push(c('\u001b[4m', file));
    list.sort((a, b) => a.range.startLine - b.range.startLine || a.range.startColumn - b.range.startColumn || severityRank(a.severity) - severityRank(b.severity));
    for (const { primary: f, others } of groupFindings(list)) {
      const pos = `${f.range.startLine}:${f.range.startColumn}`.padEnd(8);
      const sev = c(COLORS[f.severity], f.severity.padEnd(9));
      const sup = f.suppression ? c(DIM, ` [suppressed: ${f.suppression.justification}]`) : '';
      const rules = [f.ruleId, ...others.map((o) => o.ruleId)].join(', ');
      out.push(`  ${pos}${sev}${f.message} ${c(DIM, `(${rules}; ${objectLabel(f.object)})`)}${sup}`);
    }
    out.push('');
  }
  for (const d of result.diagnostics) {
    const where = d.file ? `${d.file}${d.range ? `:${d.range.startLine}:${d.range.startColumn}` : ''}: ` : '';
    out.push(`${d.level}: ${where}${d.message}`);
  }
  if (result.diagnostics.length) out.push('');
  out.push('Framework scores:');
  for (const fw of result.frameworks) {
    const score = fw.compliance === null ? 'n/a' : `${fw.compliance.toFixed(1)}%`;
    const counts = (['critical', 'high', 'medium', 'low'] as const).map((s) => `${fw.counts[s]} ${s}`).join(', ');
    out.push(`  ${fw.id.padEnd(16)} ${score.padStart(6)}  (${counts})`);
  }
  const active = result.findings.filter((f) => !f.suppression).length;
  const suppressed = result.findings.length - active;
  out.push('');
  out.push(
    `${result.stats.objects} objects in ${result.stats.files} files, ${active} finding${active === 1 ? '' : 's'}${suppressed ? ` (+${suppressed} suppressed)` : ''}, ${result.stats.durationMs} ms.`,
  );
  out.push(result.gate.failed ? c(COLORS.high, `Gate FAILED: ${result.gate.reasons.join('; ')}`) : c('\u001b[32m', 'Gate passed.'));
  return out.join('\n') + '\n';
}
