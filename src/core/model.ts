import type { KeyCollection } from './key-set';
/** Types shared by every stage of the pipeline. Stages exchange these plain values only. */

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** 0 = most severe. */
export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

/** A field path inside a Kubernetes object: `['spec', 'containers', 0, 'image']`. */
export type FieldPath = ReadonlyArray<string | number>;

/** 1-based lines and columns, columns counted in UTF-16 code units (SARIF's default). */
export interface SourceRange {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** Where an object came from when it was rendered rather than read verbatim. */
export interface RenderOrigin {
  kind: 'helm' | 'kustomize';
  /** The chart or overlay directory, repository-relative. */
  root: string;
  /** Human text naming what produced it (values files, overlay). */
  detail?: string;
}

export interface ObjectIdentity {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
}

/** One Kubernetes object found in a manifest. `raw` is the parsed JSON value. */
export interface KubeObject extends ObjectIdentity {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  raw: any;
  /** Repository-relative path of the file the object is reported against. */
  file: string;
  /** Index of the YAML document within the file. */
  docIndex: number;
  /** Path from the document root to the object (non-empty for `kind: List` items). */
  basePath: FieldPath;
  origin?: RenderOrigin;
  /**
   * Resolves a field path of this object to a source range (lazily: only findings pay for it).
   * `depth` is how many leading segments exist in the source; the range is that node's.
   * `file` is set when the field is written in another file than the object (a Kustomize patch).
   */
  locate(path: FieldPath): { range: SourceRange; depth: number; file?: string };
  /**
   * Lets go of what `locate` built for the file (shared by the objects parsed with this one), or
   * for one of its documents; `locate` still works afterwards, rebuilding it.
   */
  releasePositions?(docIndex?: number): void;
  /**
   * The text of the object's file and its documents' nodes in the parser's position tree (plain
   * manifests): SARIF fixes are planned on them while the tree is there (src/fix/fast-plan.ts).
   * Tree offsets plus `shift` are offsets of `text`. The same object for every call on a file.
   */
  positionSource?(): { text: string; shift: number; documentNode(docIndex: number): PositionNode | undefined };
}

/** A node of the parser's position tree: open and close offsets, the composed value, its children. */
export interface PositionNode {
  start: number;
  end: number;
  result: unknown;
  kids: PositionNode[] | undefined;
}

/** A parse or load problem, located when possible. */
export interface Diagnostic {
  level: 'error' | 'warning' | 'notice';
  /** Stable code, e.g. `yaml-syntax`, `file-too-large`, `render-failed`. */
  code: string;
  message: string;
  file?: string;
  range?: SourceRange;
  /** Whether this diagnostic can fail the gate (e.g. unparseable manifests). */
  gating: boolean;
}

export type FixMode = 'safe' | 'suggestion';

/** A structured change a rule proposes, relative to the object. */
export type FixOperation =
  | { op: 'set'; path: FieldPath; value: unknown; placeholder?: string }
  | { op: 'remove'; path: FieldPath }
  | { op: 'add-to-list'; path: FieldPath; value: unknown; placeholder?: string };

/**
 * `placeholder` on an operation: its value is an example a person must choose (a resource
 * request, a user id), named by the text; such a fix is never applied automatically (docs/fixes.md).
 */
export interface PlannedFix {
  mode: FixMode;
  description: string;
  operations: FixOperation[];
}

/** One SARIF replacement of a planned fix (SARIF 2.1.0 §3.57): an empty deleted region inserts. */
export interface FixReplacement {
  deletedRegion: SourceRange;
  insertedContent?: { text: string };
}

/**
 * A finding's planned SARIF replacements: the replacement itself when there is one (most fixes
 * are one edit: a million findings need not hold a million one-item lists), or the list.
 */
export type PlannedReplacements = FixReplacement | readonly FixReplacement[];

/** Findings' planned SARIF replacements, by finding: a Map is one. */
export interface PlannedFixes {
  get(f: Finding): PlannedReplacements | undefined;
  has(f: Finding): boolean;
  readonly size: number;
}

/** What planning writes to: a Map is one. */
export interface PlannedFixesOut extends PlannedFixes {
  set(f: Finding, r: PlannedReplacements): unknown;
}

export interface Finding {
  ruleId: string;
  title: string;
  severity: Severity;
  message: string;
  remediation: string;
  object: ObjectIdentity;
  file: string;
  range: SourceRange;
  /** Field path relative to the object, dotted with [n] for indexes. */
  path: string;
  /** Line-independent identity: rule + file + object + field path. */
  fingerprint: string;
  /** The object's key within this scan (see objectKey), for scoring. */
  objectKey: string;
  /** External control ids the rule implements (C-0017, ...). */
  controls: string[];
  container?: string;
  fix?: PlannedFix;
  origin?: RenderOrigin;
  /** Set by the exemption stage. */
  suppression?: Suppression;
}

export interface Suppression {
  kind: 'inSource' | 'external' | 'baseline';
  justification: string;
  owner?: string;
  expires?: string;
  source: string;
}

/** Outcome of one rule on one object, for scoring: objects a rule does not apply to are absent. */
export type CheckStatus = 'pass' | 'fail' | 'skipped';

/** Per-rule tally of the objects it was judged on. */
export interface RuleTally {
  ruleId: string;
  /** Object keys (see `objectKey`) the rule applied to, and those it failed (a KeySet in scans). */
  applicable: KeyCollection;
  failed: KeyCollection;
  /** Why the rule could not be judged on some objects ("no NetworkPolicy in scope"). */
  skipped: Map<string, string>;
}

export interface ControlScore {
  /** External control id as the framework lists it (C-0017, 5.2.2, T1611...). */
  id: string;
  name: string;
  rules: string[];
  /** Other ids of the control (Kubescape C-ids of a CIS control, MITRE techniques...). */
  refs: string[];
  severity: Severity;
  applicable: number;
  failed: number;
  /** 0-100, or null when no object in scope is relevant to the control (shown as n/a). */
  compliance: number | null;
  skippedReason?: string;
}

export interface FrameworkScore {
  id: string;
  name: string;
  controls: ControlScore[];
  /** Mean of the controls' compliance that apply; null when none applies. */
  compliance: number | null;
  counts: Record<Severity, number>;
}

export interface GateDecision {
  failed: boolean;
  /** One line per reason, in the order they were checked; empty when the gate passed. */
  reasons: string[];
  severityThreshold: Severity | 'none';
  complianceThreshold: number;
}

export interface ScanStats {
  files: number;
  objects: number;
  skippedDocuments: number;
  durationMs: number;
}

/** Everything a reporter needs; reporters are pure functions of this value. */
export interface ScanResult {
  tool: { name: string; version: string; informationUri: string };
  /** Directory findings' `file` paths are relative to (the repository root in the action). */
  root: string;
  frameworks: FrameworkScore[];
  /** Active findings first, most severe first; suppressed ones carry `suppression`. */
  findings: Finding[];
  diagnostics: Diagnostic[];
  rules: RuleMeta[];
  stats: ScanStats;
  gate: GateDecision;
  /** With a baseline: scores before → after, findings fixed and introduced (src/exceptions/baseline.ts). */
  comparison?: BaselineComparison;
  /** With a base commit: exceptions and gate config the PR adds, widens or removes. */
  policyChanges?: PolicyChange[];
  /** Which objects each rule judged, for reports that list passes too (JUnit); set by runScan. */
  evaluated?: EvaluatedObjects;
  /** SARIF replacements of fixable findings, planned while evaluating (parallel scans with `planSarifFixes`). */
  plannedFixes?: PlannedFixes;
}

/** Scoring keeps counts only; a report of every (control, object) outcome needs the objects. */
export interface EvaluatedObjects {
  /** Every object in scope by its key (see `objectKey`). */
  objects: ReadonlyMap<string, ObjectIdentity & { file: string }>;
  /** Per rule id: the objects it applied to, failed and could not judge (suppressions not applied). */
  tallies: ReadonlyMap<string, RuleTally>;
}

/** Rule metadata as reports need it (docs, SARIF rule table). */
export interface RuleMeta {
  id: string;
  title: string;
  severity: Severity;
  description: string;
  rationale: string;
  remediation: string;
  references: string[];
  /** External control ids implementing frameworks map to this rule, per framework id. */
  controls: Array<{ framework: string; control: string; name: string }>;
  helpUri: string;
  fixable: boolean;
}

/* ---------- comparison with a baseline, changes to the policy (built by src/exceptions) ---------- */

/** A finding of the earlier scan, as much of it as the baseline recorded. */
export interface KnownFinding {
  fingerprint: string;
  ruleId: string;
  title?: string;
  severity?: Severity;
  message?: string;
  file?: string;
  startLine?: number;
  object?: ObjectIdentity;
  container?: string;
}

export type BaselineSource = { kind: 'base'; ref: string; sha: string } | { kind: 'file'; path: string; format: 'sarif' | 'json' };

export interface FrameworkDelta {
  id: string;
  name: string;
  /** null = n/a (no object in scope was relevant). */
  before: number | null;
  after: number | null;
  /** after − before, rounded to one decimal; null when either side is n/a. */
  delta: number | null;
}

/** What the PR changed, for the summary and the PR comment. */
export interface BaselineComparison {
  source: BaselineSource;
  /** Empty when the baseline recorded no scores (a SARIF file). */
  frameworks: FrameworkDelta[];
  /** In the baseline, not found any more. */
  fixed: KnownFinding[];
  /** Not in the baseline. Suppressed ones (an exception or annotation added with them) carry `suppression`. */
  introduced: Finding[];
  /** Findings present on both sides. */
  unchanged: number;
}

/**
 * A change a PR makes to what the gate enforces: an exception, the repository config, a custom
 * rule, framework or ValidatingAdmissionPolicy. A PR can edit these to pass its own gate, so the summary lists each one for reviewers.
 */
export interface PolicyChange {
  file: string;
  /** widened = the gate lets more through; narrowed = less; changed = cannot tell. */
  change: 'added' | 'removed' | 'widened' | 'narrowed' | 'changed';
  description: string;
  /** Line in the head version of the file, when the change is there. */
  line?: number;
}
