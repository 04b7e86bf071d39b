import { readYamlFile } from '../parse/yaml-file';
import { BASELINE_DOCS, ConfigError } from '../core/errors';
import type { BaselineComparison, BaselineSource, Finding, FrameworkDelta, FrameworkScore, KnownFinding, ScanResult } from '../core/model';

/** Our own fingerprint key; GitHub's `primaryLocationLineHash` is added at upload time. */
export const FINGERPRINT_KEY = 'kubegate/v1';





export interface Baseline {
  source: BaselineSource;
  findings: KnownFinding[];
  /** Framework scores of the earlier scan, when it recorded them (our JSON report and base scans do). */
  frameworks?: Array<{ id: string; name: string; compliance: number | null }>;
}



export function baselineLabel(source: BaselineSource): string {
  return source.kind === 'base' ? `the base commit ${source.sha.slice(0, 7)}` : `the baseline file ${source.path}`;
}

export function baselineFromScan(result: ScanResult, source: BaselineSource): Baseline {
  return {
    source,
    findings: result.findings.map(knownFromFinding),
    frameworks: result.frameworks.map((f) => ({ id: f.id, name: f.name, compliance: f.compliance })),
  };
}

function knownFromFinding(f: Finding): KnownFinding {
  return { fingerprint: f.fingerprint, ruleId: f.ruleId, title: f.title, severity: f.severity, message: f.message, file: f.file, startLine: f.range.startLine, object: f.object, container: f.container };
}

/**
 * Reads a baseline file: a SARIF log (fingerprints under partialFingerprints["kubegate/v1"]) or
 * our JSON report (findings[].fingerprint), told apart by content.
 */
export function parseBaselineFile(file: string, text: string): Baseline {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // JSON.parse gives no position worth showing; the YAML reader does, and JSON is YAML
    value = readYamlFile(file, text).value;
  }
  const v = value as Record<string, unknown> | null;
  if (v && typeof v === 'object' && Array.isArray(v.runs)) return fromSarif(file, v.runs as unknown[]);
  if (v && typeof v === 'object' && Array.isArray(v.findings)) return fromJsonReport(file, v);
  throw new ConfigError('not a baseline: expected a SARIF log (with "runs") or a kubegate JSON report (with "findings")', file, undefined, BASELINE_DOCS);
}

/* eslint-disable @typescript-eslint/no-explicit-any */

function fromSarif(file: string, runs: any[]): Baseline {
  const findings: KnownFinding[] = [];
  let results = 0;
  for (const run of runs) {
    for (const r of Array.isArray(run?.results) ? run.results : []) {
      results++;
      const fp = r?.partialFingerprints?.[FINGERPRINT_KEY];
      if (typeof fp !== 'string' || !fp) continue;
      const loc = r.locations?.[0]?.physicalLocation;
      findings.push({
        fingerprint: fp,
        ruleId: String(r.ruleId ?? ''),
        message: typeof r.message?.text === 'string' ? r.message.text : undefined,
        file: typeof loc?.artifactLocation?.uri === 'string' ? loc.artifactLocation.uri : undefined,
        startLine: typeof loc?.region?.startLine === 'number' ? loc.region.startLine : undefined,
      });
    }
  }
  if (results > 0 && findings.length === 0) {
    throw new ConfigError(`none of the ${results} results carries a "${FINGERPRINT_KEY}" fingerprint: the baseline must be a SARIF file written by kubegate`, file, undefined, BASELINE_DOCS);
  }
  return { source: { kind: 'file', path: file, format: 'sarif' }, findings };
}

function fromJsonReport(file: string, v: Record<string, any>): Baseline {
  const findings: KnownFinding[] = [];
  (v.findings as any[]).forEach((f, i) => {
    if (typeof f?.fingerprint !== 'string' || !f.fingerprint) throw new ConfigError(`findings[${i}] has no "fingerprint"`, file, undefined, BASELINE_DOCS);
    findings.push({
      fingerprint: f.fingerprint,
      ruleId: String(f.ruleId ?? ''),
      title: f.title,
      severity: f.severity,
      message: f.message,
      file: f.file,
      startLine: f.range?.startLine,
      object: f.object,
      container: f.container,
    });
  });
  const frameworks = Array.isArray(v.frameworks)
    ? v.frameworks.filter((f: any) => typeof f?.id === 'string').map((f: any) => ({ id: f.id, name: String(f.name ?? f.id), compliance: typeof f.compliance === 'number' ? f.compliance : null }))
    : undefined;
  return { source: { kind: 'file', path: file, format: 'json' }, findings, frameworks };
}

/**
 * Compares the head scan with the baseline. Identity is the fingerprint, so a finding whose
 * object or field moved within its file is unchanged, and one whose object moved to another
 * file is fixed in the old file and introduced in the new one (docs/baseline.md).
 * `after` is the head's scores counting every finding not acknowledged by an exception or
 * annotation, as the baseline's scores were, so the delta measures the PR's changes.
 */
export function compareWithBaseline(baseline: Baseline, head: readonly Finding[], after: readonly FrameworkScore[]): BaselineComparison {
  const before = new Set(baseline.findings.map((f) => f.fingerprint));
  const now = new Set(head.map((f) => f.fingerprint));
  const fixed: KnownFinding[] = [];
  const seen = new Set<string>();
  for (const f of baseline.findings) {
    if (now.has(f.fingerprint) || seen.has(f.fingerprint)) continue;
    seen.add(f.fingerprint);
    fixed.push(f);
  }
  const introduced = head.filter((f) => !before.has(f.fingerprint));
  const frameworks: FrameworkDelta[] = [];
  if (baseline.frameworks) {
    for (const a of after) {
      const b = baseline.frameworks.find((x) => x.id === a.id);
      const bc = b ? b.compliance : null;
      frameworks.push({ id: a.id, name: a.name, before: bc, after: a.compliance, delta: bc === null || a.compliance === null ? null : Math.round((a.compliance - bc) * 10) / 10 });
    }
  }
  return { source: baseline.source, frameworks, fixed, introduced, unchanged: head.length - introduced.length };
}
