/** The diagnostics one document gets from an evaluation of its scan root. */
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { findingDiagnostics, problemDiagnostic, SOURCE } from './convert';
import type { Evaluation, FileReport } from './scan-root';

/** Where a document is scanned: its path in the scan root, and its chart directory if it is in one. */
export interface DocumentPlace {
  rel: string;
  chart?: string;
}

export function documentDiagnostics(doc: TextDocument, evaluation: Evaluation, place: DocumentPlace): { report: FileReport | undefined; diagnostics: LspDiagnostic[] } {
  if (evaluation.configError !== undefined) return { report: undefined, diagnostics: configDiagnostics(doc, evaluation.configError) };
  const report = withChartProblems(evaluation, place);
  return { report, diagnostics: diagnosticsOf(report, evaluation) };
}

/**
 * A chart that did not render (helm missing, a template error helm names on Chart.yaml) is said
 * on each of its open files too: the template being edited is where the user looks.
 */
function withChartProblems(evaluation: Evaluation, p: DocumentPlace): FileReport | undefined {
  const own = evaluation.files.get(p.rel);
  if (p.chart === undefined) return own;
  const chartYaml = p.chart === '.' ? 'Chart.yaml' : `${p.chart}/Chart.yaml`;
  const top = p.rel === chartYaml ? undefined : evaluation.files.get(chartYaml);
  if (!top?.problems.length) return own;
  const base = own ?? { findings: [], problems: [], kubernetes: true, broken: false };
  return { ...base, kubernetes: true, problems: [...base.problems, ...top.problems.map((d) => ({ ...d, range: undefined }))] };
}

function diagnosticsOf(report: FileReport | undefined, evaluation: Evaluation): LspDiagnostic[] {
  // documents that hold no Kubernetes object are left alone
  if (!report?.kubernetes) return [];
  return [...report.problems.map(problemDiagnostic), ...findingDiagnostics(report.findings, evaluation.rules)];
}

/** A configuration error is said on every manifest it stops from being checked. */
function configDiagnostics(doc: TextDocument, message: string): LspDiagnostic[] {
  if (!/^[ \t-]*(apiVersion|kind)\s*:/m.test(doc.getText())) return [];
  return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 1, source: SOURCE, code: 'config-error', message: `kubegate cannot check this file: ${message}` }];
}
