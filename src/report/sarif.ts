import type { Diagnostic, Finding, PlannedFixes, RuleMeta, ScanResult, Severity } from '../core/model';
import { objectLabel } from '../core/object-label';
import { ruleHelpMarkdown } from './rule-help';
import { plannedFixBuilder, sarifFixBuilder } from '../fix/sarif-fixes';
import { JsonItems, writeJson } from './json-stream';
import type { ReportSink } from './sink';
import { FINGERPRINT_KEY } from '../exceptions/baseline';


/** GitHub maps >9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low. */
export const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };

/** GitHub shows at most 10 tags and accepts 20; framework ids and control ids go first. */
const MAX_TAGS = 20;

export interface SarifOptions {
  /** `runAutomationDetails.id`: the code-scanning category, e.g. `kubegate/`. */
  category?: string;
  /** Absolute path of the root the relative URIs are based on. */
  srcRoot?: string;
  /** Scanned text per file: results whose fix plans cleanly get SARIF `fixes` (see src/fix/sarif-fixes.ts). */
  sources?: ReadonlyMap<string, string>;
  /** Fixes already planned (result.plannedFixes of a parallel scan): used instead of `sources`. */
  planned?: PlannedFixes;
  /** GitHub's `primaryLocationLineHash` of a finding's line, when known (src/github/fingerprints.ts). */
  lineHash?: (f: Finding) => string | undefined;
  /** Only the first this many results (findings come most severe first): what code scanning takes. */
  maxResults?: number;
}

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * SARIF 2.1.0 for GitHub code scanning: one rule entry per rule that ran, real regions, a logical
 * location naming the object, our semantic fingerprint, and suppressions for acknowledged findings.
 */
export function buildSarif(result: ScanResult, opts: SarifOptions = {}): any {
  return sarifLog(result, opts, (results) => [...results]);
}

/**
 * Writes the SARIF log to `sink` result by result, without holding it in memory: the log that
 * buildSarif gives, indented, with each result on one line of compact JSON (the bulk of a large
 * log, a third the size indented and far quicker to write).
 */
export function writeSarif(sink: ReportSink, result: ScanResult, opts: SarifOptions = {}, indent = 2): void {
  writeJson(sink, sarifLog(result, opts, (results) => new JsonItems(results, 'line')), indent);
}

function sarifLog(result: ScanResult, opts: SarifOptions, collect: (results: Iterable<any>) => unknown): any {
  const ruleIndex = new Map(result.rules.map((r, i) => [r.id, i]));
  const parts: ResultParts = { uri: memo(encodeUri), label: memoByObject(objectLabel) };
  const fixesFor = opts.planned ? plannedFixBuilder(opts.planned, parts.uri) : opts.sources ? sarifFixBuilder(result.findings, opts.sources, parts.uri) : undefined;
  const last = Math.min(result.findings.length, opts.maxResults ?? Infinity);
  function* results(): Iterable<any> {
    for (let i = 0; i < last; i++) {
      const f = result.findings[i];
      const res = sarifResult(f, ruleIndex.get(f.ruleId), parts);
      const hash = opts.lineHash?.(f);
      if (hash) res.partialFingerprints.primaryLocationLineHash = hash;
      const fixes = fixesFor?.(f);
      if (fixes) res.fixes = fixes;
      yield res;
    }
  }
  const run: any = {
    tool: {
      driver: {
        name: result.tool.name,
        version: result.tool.version,
        semanticVersion: result.tool.version,
        informationUri: result.tool.informationUri,
        rules: result.rules.map(sarifRule),
      },
    },
    automationDetails: { id: opts.category ?? 'kubegate/' },
    originalUriBaseIds: opts.srcRoot ? { '%SRCROOT%': { uri: fileUri(opts.srcRoot) } } : undefined,
    results: collect(results()),
    invocations: [
      {
        executionSuccessful: true,
        toolExecutionNotifications: result.diagnostics.map(notification),
      },
    ],
    columnKind: 'utf16CodeUnits',
  };
  if (!run.originalUriBaseIds) delete run.originalUriBaseIds;
  return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
}

function sarifRule(r: RuleMeta): any {
  const frameworks = [...new Set(r.controls.map((c) => c.framework))];
  const controls = [...new Set(r.controls.map((c) => c.control))];
  // a set: the schema requires unique tags, and a framework may be named "security"
  const tags = [...new Set(['security', 'kubernetes', ...frameworks, ...controls])].slice(0, MAX_TAGS);
  return {
    id: r.id,
    name: pascal(r.id),
    shortDescription: { text: clip(r.title, 1024) },
    fullDescription: { text: clip(r.description, 1024) },
    help: { text: `${r.description}\n\nWhy: ${r.rationale}\n\nRemediation: ${r.remediation}`, markdown: ruleHelpMarkdown(r) },
    ...(r.helpUri ? { helpUri: r.helpUri } : {}),
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: {
      'security-severity': SECURITY_SEVERITY[r.severity],
      precision: 'high',
      'problem.severity': r.severity === 'low' ? 'recommendation' : LEVEL[r.severity] === 'error' ? 'error' : 'warning',
      tags,
    },
  };
}

/** What many results share, worked out once: a file's URI, an object's label. */
interface ResultParts {
  uri: (file: string) => string;
  label: (object: Finding['object']) => string;
}

function sarifResult(f: Finding, ruleIndex: number | undefined, parts: ResultParts): any {
  const res: any = { ruleId: f.ruleId };
  if (ruleIndex !== undefined) res.ruleIndex = ruleIndex;
  res.level = LEVEL[f.severity];
  res.message = { text: `${f.message}\n${f.remediation}` };
  res.locations = [
    {
      physicalLocation: { artifactLocation: { uri: parts.uri(f.file), uriBaseId: '%SRCROOT%' }, region: region(f) },
      logicalLocations: [{ fullyQualifiedName: parts.label(f.object), kind: 'resource' }],
    },
  ];
  res.partialFingerprints = { [FINGERPRINT_KEY]: f.fingerprint };
  const properties: any = { severity: f.severity, path: f.path };
  if (f.container) properties.container = f.container;
  if (f.controls.length) properties.controls = f.controls;
  if (f.origin) properties.renderedFrom = { kind: f.origin.kind, root: f.origin.root, ...(f.origin.detail ? { detail: f.origin.detail } : {}) };
  res.properties = properties;
  if (f.suppression) {
    const s = f.suppression;
    const owner = s.owner ? ` (owner: ${s.owner}${s.expires ? `, expires ${s.expires}` : ''})` : '';
    res.suppressions = [{ kind: s.kind === 'inSource' ? 'inSource' : 'external', status: 'accepted', justification: `${s.justification}${owner} [${s.source}]` }];
  }
  return res;
}

/** `fn` remembering its result per argument: findings of one file share its URI. */
function memo(fn: (s: string) => string): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined) seen.set(s, (v = fn(s)));
    return v;
  };
}

/** `fn` remembering its result per object: the findings of an object share its identity. */
function memoByObject<O extends object>(fn: (o: O) => string): (o: O) => string {
  const seen = new WeakMap<O, string>();
  return (o) => {
    let v = seen.get(o);
    if (v === undefined) seen.set(o, (v = fn(o)));
    return v;
  };
}

function region(f: Finding): any {
  const r = f.range;
  return { startLine: r.startLine, startColumn: r.startColumn, endLine: r.endLine, endColumn: Math.max(r.endColumn, r.endLine === r.startLine ? r.startColumn + 1 : 1) };
}

function notification(d: Diagnostic): any {
  const n: any = { level: d.level === 'notice' ? 'note' : d.level, message: { text: d.message }, descriptor: { id: d.code } };
  if (d.file) {
    n.locations = [{ physicalLocation: { artifactLocation: { uri: encodeUri(d.file), uriBaseId: '%SRCROOT%' }, ...(d.range ? { region: { startLine: d.range.startLine, startColumn: d.range.startColumn } } : {}) } }];
  }
  return n;
}

/** Repository-relative paths as URI references: each segment percent-encoded, slashes kept. */
export function encodeUri(p: string): string {
  return p.split('/').map(encodeURIComponent).join('/');
}

function fileUri(abs: string): string {
  const withSlash = abs.endsWith('/') ? abs : `${abs}/`;
  return `file://${encodeUri(withSlash.startsWith('/') ? withSlash : `/${withSlash}`)}`;
}

function pascal(id: string): string {
  return id
    .split('-')
    .map((s) => s.charAt(0).toUpperCase() + s.slice(1))
    .join('');
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
