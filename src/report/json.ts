import type { ScanResult } from '../core/model';
import { JsonItems, writeJson } from './json-stream';
import { reportText, type ReportSink } from './sink';
import { plainFinding } from '../core/plain-finding';

export const JSON_REPORT_VERSION = 1;

/** The machine-readable report: stable field names, also accepted as a baseline file. */
export function buildJsonReport(result: ScanResult): string {
  return reportText((sink) => writeJsonReport(sink, result));
}

/** Writes the JSON report finding by finding (`buildJsonReport` without the trailing line break). */
export function writeJsonReport(sink: ReportSink, result: ScanResult): void {
  function* findings() {
    for (const finding of result.findings) {
      const { objectKey: _k, ...f } = plainFinding(finding);
      yield f;
    }
  }
  writeJson(sink, {
    reportVersion: JSON_REPORT_VERSION,
    tool: result.tool,
    gate: result.gate,
    stats: result.stats,
    frameworks: result.frameworks,
    findings: new JsonItems(findings(), 'whole'),
    diagnostics: result.diagnostics,
    ...(result.comparison
      ? {
          comparison: {
            ...result.comparison,
            introduced: new JsonItems(result.comparison.introduced.map((f) => f.fingerprint)),
          },
        }
      : {}),
    ...(result.policyChanges?.length ? { policyChanges: result.policyChanges } : {}),
  });
}
