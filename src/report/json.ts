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
      ...(result.comparison
        ? {
            comparison: {
              ...result.comparison,
              introduced: result.comparison.introduced.map((f) => f.fingerprint),
            },
          }
        : {}),
      ...(result.policyChanges?.length ? { policyChanges: result.policyChanges } : {}),
    },
    null,
    2,
  );
}
