import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { buildScanConfig } from './config/scan-options';
import { resolveTargets, TREE_OPTIONS } from './cli-targets';
import { ConfigError } from './errors';
import { consoleLogger } from './logger';
import type { ScanResult } from './model';
import { runScan } from './pipeline/scan';
import { renderOptionsFromText, renderStage } from './render';
import { writeJsonReport } from './report/json';
import { buildMarkdown } from './report/markdown';
import { writeSarif } from './report/sarif';
import { readFixSources } from './fix/sarif-fixes';
import { buildTable } from './report/table';
import { writeJunit } from './report/junit';
import { BufferedSink, reportText, writeReportFile, type ReportSink } from './report/sink';
import { buildGithubCommands } from './report/github-commands';
import { VERSION } from './version';
import { rulesCommand } from './policy/rules-command';
import { fixCommand } from './fix/fix-command';

/** Exit codes, the same for the CLI and the action's process: documented in the README. */
export const EXIT = { pass: 0, gateFailed: 1, configError: 2, internalError: 3 } as const;

const FORMATS = ['table', 'json', 'sarif', 'markdown', 'junit', 'github'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `kubegate ${VERSION}: gate Kubernetes manifests on their security.

Usage:
  kubegate scan [paths...] [options]   scan files and directories (default: .)
  kubegate fix [paths...] [options]    apply rule fixes and verify them (kubegate fix --help)
  kubegate rules test [DIR]            run the fixtures of your own rules and policies
  kubegate version

Options:
  --frameworks LIST            nsa, mitre, cis, pss-baseline, pss-restricted, all, ...
                               (default: nsa,mitre,cis,pss-restricted,supply-chain)
  --severity-threshold LEVEL   fail on findings at or above: critical|high|medium|low|none (default: high)
  --compliance-threshold N     fail when a framework scores below N percent (default: 0)
  --format FORMAT              table|json|sarif|markdown|junit|github (default: table); github prints
                               workflow-command annotations for a step without the action
  --output FILE                write the report to FILE instead of standard output
  --sarif-file FILE            also write SARIF to FILE
  --root DIR                   directory finding paths are relative to (default: the one directory
                               scanned, else the current directory)
  --files PATTERNS             glob patterns to scan, comma-separated (default: **/*.yaml,**/*.yml,**/*.json)
  --exclude PATTERNS           glob patterns to skip, comma-separated
  --config FILE                repository config (default: .kubegate.yaml under the root)
  --max-file-size SIZE         larger files are reported, not parsed (default: 100MB)
  --rules DIR                  your own rules (default: .kubegate/rules); frameworks/ and policies/
                               (ValidatingAdmissionPolicies) are read beside it
  --policies PATHS             more ValidatingAdmissionPolicy files or directories, comma-separated
  --exceptions FILE            exceptions file, ours or Kubescape's (default: .kubegate/exceptions.yaml; none)
  --baseline none|base|FILE    gate only on findings not in the base commit or in an earlier report
  --base-ref REF               the commit to compare with (default: the merge-base with the default branch)
  --trusted-config head|base   read exceptions, .kubegate.yaml and custom rules from the base commit (default: head)
  --helm-values SPEC           values files for charts: CHART-GLOB=FILE[;FILE] or FILE (repeatable)
  --helm-set KEY=VALUE         passed to every chart as --set (repeatable)
  --helm-namespace NAME        namespace charts render into (default: a release-namespace placeholder)
  --no-helm                    do not render Helm charts (their files are still not read as YAML)
  --no-kustomize               do not build Kustomize overlays
  --no-fail-on-render-error    a chart or overlay that cannot be rendered does not fail the gate
                               (--fail-on-render-error, the default, makes it fail)
  --allow-remote-bases         let kustomize fetch remote bases (refused by default)
  --no-color                   plain terminal output
  --verbose                    debug logging

Exit codes: 0 gate passed, 1 gate failed, 2 usage or configuration error, 3 internal error.
`;

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  isTty: boolean;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (err) {
    if (err instanceof ConfigError) {
      io.stderr(`kubegate: ${err.describe()}\n`);
      return EXIT.configError;
    }
    io.stderr(`kubegate: internal error (please report it): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return EXIT.internalError;
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === 'help' || cmd === '--help' || cmd === '-h') {
    io.stdout(HELP);
    return cmd ? EXIT.pass : EXIT.configError;
  }
  if (cmd === 'version' || cmd === '--version') {
    io.stdout(`${VERSION}\n`);
    return EXIT.pass;
  }
  if (cmd === 'fix') return fixCommand(rest, io);
  if (cmd === 'rules') return rulesCommand(rest, io);
  if (cmd !== 'scan') throw new ConfigError(`unknown command "${cmd}" (try: kubegate scan --help)`);
  return scanCommand(rest, io);
}

async function scanCommand(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        ...TREE_OPTIONS,
        'severity-threshold': { type: 'string' },
        'compliance-threshold': { type: 'string' },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'sarif-file': { type: 'string' },
        rules: { type: 'string' },
        policies: { type: 'string' },
        exceptions: { type: 'string' },
        baseline: { type: 'string' },
        'base-ref': { type: 'string' },
        'trusted-config': { type: 'string' },
        'helm-values': { type: 'string', multiple: true },
        'helm-set': { type: 'string', multiple: true },
        'helm-namespace': { type: 'string' },
        'fail-on-render-error': { type: 'boolean' },
        'no-fail-on-render-error': { type: 'boolean' },
        'allow-remote-bases': { type: 'boolean' },
      },
    });
  } catch (err) {
    throw new ConfigError(`${(err as Error).message} (see kubegate --help)`);
  }
  const v = parsed.values;
  if (v.help) {
    io.stdout(HELP);
    return EXIT.pass;
  }
  const format = (v.format ?? 'table') as Format;
  if (!FORMATS.includes(format)) throw new ConfigError(`--format must be one of ${FORMATS.join(', ')}; got "${v.format}"`);
  const { root, targets } = resolveTargets(parsed.positionals, v.root, io.cwd);
  const logger = consoleLogger(!!v.verbose);
  const config = buildScanConfig({
    root,
    targets,
    files: v.files,
    exclude: v.exclude,
    frameworks: v.frameworks,
    severityThreshold: v['severity-threshold'],
    complianceThreshold: v['compliance-threshold'],
    config: v.config,
    maxFileSize: v['max-file-size'],
    rules: v.rules,
    policies: v.policies,
    exceptions: v.exceptions,
    baseline: v.baseline,
    baseRef: v['base-ref'],
    trustedConfig: v['trusted-config'],
  });
  const renderCharts = renderStage(
    renderOptionsFromText(
      {
        helmValues: v['helm-values'],
        helmSet: v['helm-set'],
        helmNamespace: v['helm-namespace'],
        helm: !v['no-helm'],
        kustomize: !v['no-kustomize'],
        failOnRenderError: !v['no-fail-on-render-error'] || !!v['fail-on-render-error'],
        allowRemoteBases: !!v['allow-remote-bases'],
      },
      process.env,
    ),
  );
  const result = await runScan(config, { logger, render: renderCharts });
  const opts = { color: io.isTty && !v['no-color'] && !v.output, workspace: process.env.GITHUB_WORKSPACE || io.cwd };
  if (v.output) {
    writeReportFile(path.resolve(io.cwd, v.output), (sink) => writeReport(sink, result, format, opts));
    io.stderr(summaryLine(result));
  } else {
    const sink = new BufferedSink(io.stdout);
    writeReport(sink, result, format, opts);
    sink.flush();
  }
  if (v['sarif-file']) writeReportFile(path.resolve(io.cwd, v['sarif-file']), (sink) => writeReport(sink, result, 'sarif', {}));
  return result.gate.failed ? EXIT.gateFailed : EXIT.pass;
}

/** The report in `format` as one string: for small results (tests); the CLI streams with writeReport. */
export function render(result: ScanResult, format: Format, opts: { color?: boolean; workspace?: string }): string {
  return reportText((sink) => writeReport(sink, result, format, opts));
}

/** Writes the report in `format` to `sink` as it is built: SARIF, JSON and JUnit piece by piece. */
export function writeReport(sink: ReportSink, result: ScanResult, format: Format, opts: { color?: boolean; workspace?: string }): void {
  switch (format) {
    case 'table':
      return sink.write(buildTable(result, { color: opts.color }));
    case 'json':
      writeJsonReport(sink, result);
      return sink.write('\n');
    case 'sarif':
      writeSarif(sink, result, { srcRoot: result.root, sources: readFixSources(result.root, result.findings) });
      return sink.write('\n');
    case 'markdown':
      return sink.write(buildMarkdown(result));
    case 'junit':
      return writeJunit(sink, result);
    case 'github':
      return sink.write(buildGithubCommands(result, { workspace: opts.workspace }));
  }
}

function summaryLine(r: ScanResult): string {
  const active = r.findings.filter((f) => !f.suppression).length;
  return `kubegate: ${active} findings in ${r.stats.objects} objects; gate ${r.gate.failed ? `failed: ${r.gate.reasons.join('; ')}` : 'passed'}\n`;
}

/** Entry of the `kubegate` bin. */
export function main(): void {
  runCli(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    isTty: !!process.stdout.isTTY,
  }).then((code) => {
    process.exitCode = code;
  });
}

if (require.main === module) main();
