import { severityRank, type ControlScore, type Diagnostic, type Finding, type FrameworkScore, type ObjectIdentity, type ScanResult } from '../core/model';
import { objectLabel } from '../core/object-label';
import { reportText, type ReportSink } from './sink';

/**
 * JUnit XML for the test-report views of GitLab, Jenkins and Azure DevOps: one <testsuite> per
 * framework, one <testcase> per (control, object) the control was judged on. A failed control on
 * an object is a <failure>, an acknowledged one (exception, baseline) and one the rules could not
 * judge are <skipped>, the rest pass. Input problems and the gate verdict get suites of their own,
 * so the report says why the job failed even when no control did.
 *
 * Jenkins groups by `classname` split at its last dot (package.class), so the classname is
 * `kubegate.<framework>.<control>` with dots inside ids turned into underscores: CIS 5.2.2 stays one
 * class instead of becoming class "2" of package "5.2". Validated against Jenkins' junit-10.xsd,
 * which has no `file` attribute on <testcase>: the file is in the name and the failure text.
 */
export function buildJunit(result: ScanResult): string {
  return reportText((sink) => writeJunit(sink, result));
}

/**
 * Writes the JUnit report test case by test case. A suite's opening tag carries its counts, so
 * the outcomes are counted in a first pass and written in a second; only counts outlive a control.
 */
export function writeJunit(sink: ReportSink, result: ScanResult): void {
  const findingsByRule = indexFindings(result.findings);
  const suites: Suite[] = result.frameworks.map((fw) => frameworkSuite(fw, result, findingsByRule));
  const inputs = diagnosticsSuite(result.diagnostics);
  if (inputs) suites.push(inputs);
  suites.push(gateSuite(result));

  const total = (k: 'tests' | 'failures' | 'errors') => suites.reduce((n, s) => n + s[k], 0);
  sink.write('<?xml version="1.0" encoding="UTF-8"?>\n');
  sink.write(`<testsuites${attrs({ name: 'kubegate', tests: total('tests'), failures: total('failures'), errors: total('errors'), time: seconds(result.stats.durationMs) })}>\n`);
  for (const s of suites) s.write(sink);
  sink.write('</testsuites>\n');
}

interface Suite {
  tests: number;
  failures: number;
  errors: number;
  /** Writes the suite's lines, each ended by a line break. */
  write(sink: ReportSink): void;
}

function lines(sink: ReportSink, xml: readonly string[]): void {
  for (const line of xml) sink.write(`${line}\n`);
}

type Outcome = { kind: 'pass' } | { kind: 'failure'; findings: Finding[] } | { kind: 'skipped'; message: string };

/** Findings per rule id, then per object key (active and acknowledged alike). */
type FindingIndex = Map<string, Map<string, Finding[]>>;

function indexFindings(findings: readonly Finding[]): FindingIndex {
  const index: FindingIndex = new Map();
  for (const f of findings) {
    let byObject = index.get(f.ruleId);
    if (!byObject) index.set(f.ruleId, (byObject = new Map()));
    let list = byObject.get(f.objectKey);
    if (!list) byObject.set(f.objectKey, (list = []));
    list.push(f);
  }
  return index;
}

function frameworkSuite(fw: FrameworkScore, result: ScanResult, index: FindingIndex): Suite {
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const control of fw.controls) {
    for (const { outcome } of controlOutcomes(control, result, index)) {
      tests++;
      if (outcome.kind === 'failure') failures++;
      if (outcome.kind === 'skipped') skipped++;
    }
  }
  const props: Record<string, string> = {
    framework: fw.id,
    compliance: fw.compliance === null ? 'n/a' : `${fw.compliance}%`,
    'severity-threshold': result.gate.severityThreshold,
    'compliance-threshold': `${result.gate.complianceThreshold}%`,
    'kubegate-version': result.tool.version,
  };
  const write = (sink: ReportSink) => {
    lines(sink, [
      `  <testsuite${attrs({ name: `kubegate: ${fw.name} (${fw.id})`, tests, failures, errors: 0, skipped })}>`,
      '    <properties>',
      ...Object.entries(props).map(([name, value]) => `      <property${attrs({ name, value })}/>`),
      '    </properties>',
    ]);
    for (const control of fw.controls) {
      // the same for every object: escaped once per control
      const classname = xmlAttr(`kubegate.${classPart(fw.id)}.${classPart(control.id)}`);
      for (const { key, object, outcome } of controlOutcomes(control, result, index)) {
        lines(sink, testcase(classname, `${control.id} ${control.name}: ${objectLabel(object)} (${fileOf(key, object)})`, outcome));
      }
    }
    lines(sink, ['  </testsuite>']);
  };
  return { tests, failures, errors: 0, write };
}

interface ObjectOutcome {
  key: string;
  object: ObjectIdentity & { file?: string };
  outcome: Outcome;
}

/**
 * Every object the control's rules were judged on, in scan order. Without `result.evaluated`
 * (a result built elsewhere) only the objects with findings are known, so only those are listed.
 */
function controlOutcomes(control: ControlScore, result: ScanResult, index: FindingIndex): ObjectOutcome[] {
  const tallies = control.rules.map((r) => result.evaluated?.tallies.get(r)).filter((t) => t !== undefined);
  const keys = new Set<string>();
  for (const t of tallies) {
    for (const k of t.applicable) keys.add(k);
    for (const k of t.skipped.keys()) keys.add(k);
  }
  for (const r of control.rules) for (const k of index.get(r)?.keys() ?? []) keys.add(k);
  const order: string[] = [];
  for (const k of result.evaluated?.objects.keys() ?? []) if (keys.has(k)) order.push(k);
  for (const k of keys) if (!result.evaluated?.objects.has(k)) order.push(k);

  // most controls have one rule: its findings on an object are the control's, no list to merge
  const only = control.rules.length === 1 ? index.get(control.rules[0]) : undefined;
  return order.map((key) => {
    const found = only ? (only.get(key) ?? NONE) : control.rules.flatMap((r) => index.get(r)?.get(key) ?? NONE);
    const object = result.evaluated?.objects.get(key) ?? found[0]?.object ?? { apiVersion: '', kind: '', name: key };
    if (found.length) {
      const active = found.filter((f) => !f.suppression);
      if (active.length > 1) active.sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
      if (active.length) return { key, object, outcome: { kind: 'failure', findings: active } };
      return { key, object, outcome: { kind: 'skipped', message: acknowledged(found[0]) } };
    }
    if (tallies.some((t) => t.applicable.has(key))) return { key, object, outcome: PASS };
    const reason = tallies.map((t) => t.skipped.get(key)).find((r) => r !== undefined);
    return { key, object, outcome: { kind: 'skipped', message: `not evaluated: ${reason ?? 'unknown'}` } };
  });
}

// most objects pass most controls: no list and no outcome of their own for each
const NONE: readonly Finding[] = [];
const PASS: Outcome = { kind: 'pass' };

function acknowledged(f: Finding): string {
  const s = f.suppression!;
  const extra = [s.owner && `owner ${s.owner}`, s.expires && `expires ${s.expires}`, `from ${s.source}`].filter(Boolean).join(', ');
  return `acknowledged (${s.kind}): ${s.justification} (${extra})`;
}

/** A test case's lines; `classname` comes escaped, as it is shared by many test cases. */
function testcase(classname: string, name: string, outcome: Outcome): string[] {
  const open = `    <testcase name="${xmlAttr(name)}" classname="${classname}"`;
  if (outcome.kind === 'pass') return [`${open}/>`];
  if (outcome.kind === 'skipped') return [`${open}>`, `      <skipped${attrs({ message: outcome.message })}/>`, '    </testcase>'];
  const fs = outcome.findings;
  const message = fs.map((f) => `${f.message} (${f.file}:${f.range.startLine})`).join('; ');
  const body = fs.map(findingText).join('\n\n');
  return [`${open}>`, `      <failure${attrs({ message: clip(message, 2000), type: fs[0].severity })}>${text(body)}</failure>`, '    </testcase>'];
}

function findingText(f: Finding): string {
  const lines = [
    `${f.severity} ${f.ruleId} at ${f.file}:${f.range.startLine}:${f.range.startColumn} (${f.path})`,
    f.message,
    `Remediation: ${f.remediation}`,
  ];
  if (f.origin) lines.push(`Rendered from ${f.origin.kind} ${f.origin.root}${f.origin.detail ? ` (${f.origin.detail})` : ''}`);
  if (f.fix) lines.push(`Fix (${f.fix.mode}): ${f.fix.description}`);
  return lines.join('\n');
}

function diagnosticsSuite(diagnostics: readonly Diagnostic[]): Suite | undefined {
  if (diagnostics.length === 0) return undefined;
  const cases: string[] = [];
  let errors = 0;
  let skipped = 0;
  for (const d of diagnostics) {
    const where = d.file ? `${d.file}${d.range ? `:${d.range.startLine}` : ''}` : '(scan)';
    const open = `    <testcase${attrs({ name: `${d.code}: ${where}`, classname: 'kubegate.inputs' })}>`;
    // an input that blocks the gate is an error of the run, not a failed control
    if (d.gating) {
      errors++;
      cases.push(open, `      <error${attrs({ message: clip(d.message, 2000), type: d.code })}>${text(`${d.level}: ${where}: ${d.message}`)}</error>`, '    </testcase>');
    } else {
      skipped++;
      cases.push(open, `      <skipped${attrs({ message: `${d.level}: ${d.message}` })}/>`, '    </testcase>');
    }
  }
  const xml = [`  <testsuite${attrs({ name: 'kubegate: input problems', tests: diagnostics.length, failures: 0, errors, skipped })}>`, ...cases, '  </testsuite>'];
  return { tests: diagnostics.length, failures: 0, errors, write: (sink) => lines(sink, xml) };
}

function gateSuite(result: ScanResult): Suite {
  const g = result.gate;
  const name = `gate: severity threshold ${g.severityThreshold}, compliance threshold ${g.complianceThreshold}%`;
  const open = `    <testcase${attrs({ name, classname: 'kubegate.gate' })}`;
  const testcaseXml = g.failed
    ? [`${open}>`, `      <failure${attrs({ message: clip(g.reasons.join('; '), 2000), type: 'gate' })}>${text(g.reasons.join('\n'))}</failure>`, '    </testcase>']
    : [`${open}/>`];
  const failures = g.failed ? 1 : 0;
  const xml = [`  <testsuite${attrs({ name: 'kubegate: gate', tests: 1, failures, errors: 0, skipped: 0 })}>`, ...testcaseXml, '  </testsuite>'];
  return { tests: 1, failures, errors: 0, write: (sink) => lines(sink, xml) };
}

function fileOf(key: string, object: { file?: string }): string {
  return object.file ?? key.slice(0, key.indexOf('#'));
}

/** One segment of a dotted classname: dots would split it into package and class. */
function classPart(id: string): string {
  return id.replace(/\./g, '_');
}

function seconds(ms: number): string {
  return (Math.max(0, ms) / 1000).toFixed(3);
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

/**
 * Characters XML 1.0 cannot carry at all, even escaped (C0 controls but tab and newlines,
 * lone surrogates, U+FFFE/U+FFFF): a manifest can hold them, a report must drop them.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Whether `s` may hold a character XML cannot carry: one outside the characters of the BMP it
 * can. Without the `u` flag this is a quick scan; surrogates (astral characters too) make it true
 * and leave the exact check to NOT_XML. Most text holds none of these, and a report escapes a
 * lot of text.
 */
const MAYBE_NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/;

// a pair each: a regex to test with (a global one keeps state between calls), one to replace with
const TEXT_ESCAPES: Escapes = [/[&<>\r]/, /[&<>\r]/g];
const ATTR_ESCAPES: Escapes = [/[&<>"'\t\n\r]/, /[&<>"'\t\n\r]/g];

type Escapes = readonly [test: RegExp, replace: RegExp];

export function xmlText(s: string): string {
  return escapeXml(s, TEXT_ESCAPES);
}

/** Attribute values also escape quotes and whitespace, which parsers would otherwise normalize to spaces. */
export function xmlAttr(s: string): string {
  return escapeXml(s, ATTR_ESCAPES);
}

function escapeXml(s: string, escapes: Escapes): string {
  const xml = MAYBE_NOT_XML.test(s) ? s.replace(NOT_XML, '') : s;
  return escapes[0].test(xml) ? xml.replace(escapes[1], (c) => ENTITY[c]) : xml;
}

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

const text = xmlText;

function attrs(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`)
    .join('');
}
