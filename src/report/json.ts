import type { ScanResult } from '../model';

export const JSON_REPORT_VERSION = 1;

/** The machine-readable report: stable field names, also accepted as a baseline file. */
export function buildJsonReport(result: ScanResult): string {
  return JSON.stringify(
    {
      reportVersion: JSON_REPORT_VERSION,
      tool: result.tool,
      gate: result.gate,
      stats: result.stats,
      frameworks: result.frameworks,
      findings: result.findings.map(({ objectKey: _k, ...f }) => f),
      diagnostics: result.diagnostics,
    },
    null,
    2,
  );
}
