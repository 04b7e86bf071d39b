import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { buildScanConfig } from './pipeline/scan-options';
import { resolveTargets, STDIN_NAME, TREE_OPTIONS } from './commands/cli-targets';
import { progressLine, unrefInterval, type ProgressLine } from './commands/cli-progress';
import { readInput } from './commands/cli-stdin';
import { colorEnabled, outputWidth, type Env } from './commands/terminal';
import { DEFAULT_MAX_FILE_BYTES } from './workspace/load';
import { count } from './core/plural';
import { ConfigError } from './core/errors';
import { consoleLogger, type Logger } from './core/logger';
import type { ScanResult } from './core/model';
import { runScan } from './pipeline/scan';
import { answerShareRequest, type Jobs } from './pipeline/parallel-evaluate';
import { renderOptionsFromText, renderStage } from './render';
import { writeJsonReport } from './report/json';
import { buildMarkdown } from './report/markdown';
import { writeSarif } from './report/sarif';
import { readFixSources } from './fix/sarif-fixes';
import { GROUP_BY, writeTable, type GroupBy, type TableOptions } from './report/table';
import { writeJunit } from './report/junit';
import { BufferedSink, reportText, writeReportFile, type ReportSink } from './report/sink';
import { writeGithubCommands } from './report/github-commands';
import { VERSION } from './core/version';
import { rulesCommand } from './commands/rules-command';
import { fixCommand } from './commands/fix-command';
import { lspCommand } from './lsp/command';
import { capHeapGrowth } from './commands/heap-growth';

/** Exit codes, the same for the CLI and the action's process: documented in the README. */
export const EXIT = { pass: 0, gateFailed: 1, configError: 2, internalError: 3 } as const;

const FORMATS = ['table', 'json', 'sarif', 'markdown', 'junit', 'github'] as const;
export type Format = (typeof FORMATS)[number];

const HELP = `kubegate ${VERSION}: gate Kubernetes manifests on their security.

Usage:
  kubegate scan [paths...] [options]   scan files and directories (default: .); "-" reads
                                       manifests from standard input, reported as <stdin>:
                                         kubectl get deploy -A -o yaml | kubegate scan -
                                         helm template ./chart | kubegate scan -
  kubegate fix [paths...] [options]    apply rule fixes and verify them (kubegate fix --help)
  kubegate rules test [DIR]            run the fixtures of your own rules and policies
  kubegate lsp --stdio                 language server for editors (diagnostics, quick fixes, hovers)
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
  --root DIR                   directory finding paths are relative to and .kubegate.yaml is read
                               from (default: the top of the git repository holding the paths, or
                               a directory below it with a .kubegate.yaml or .kubegate/; outside
                               git, the paths' common directory)
  --files PATTERNS             glob patterns to scan, comma-separated (default: **/*.yaml,**/*.yml,**/*.json)
  --exclude PATTERNS           glob patterns to skip, comma-separated
  --config FILE                repository config (default: .kubegate.yaml under the root)
  --max-file-size SIZE         larger files are reported, not parsed (default: 100MB)
  --rules DIR                  your own rules (default: .kubegate/rules); frameworks/ and policies/
                               (ValidatingAdmissionPolicies) are read beside it
  --policies PATHS             more ValidatingAdmissionPolicy files or directories, comma-separated
  --exceptions FILE            exceptions file, ours or Kubescape's (default: .kubegate/exceptions.yaml; none)
  --baseline auto|none|base|FILE  gate only on findings not in the base commit or an earlier report
                               (auto, the default: base when --base-ref is given, else none)
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
  --group-by file|rule         table: findings under each file (default) or under each rule
  -q, --quiet                  table: only what fails the gate (nothing when it passes)
  --no-color                   plain terminal output (also NO_COLOR=1; FORCE_COLOR=1 forces colour)
  --jobs N|auto                threads that judge plain manifests (default: auto, half the cores up
                               to 4, for trees over 4 MB); results do not depend on it
  --verbose                    debug logging

Exit codes: 0 gate passed, 1 gate failed, 2 usage or configuration error, 3 internal error.
`;

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  /** Standard output is a terminal. */
  isTty: boolean;
  /** Standard output's width when a terminal. */
  columns?: number;
  /** Standard error is a terminal (progress is drawn there), and its width. */
  stderrTty?: { columns?: number };
  /** Where `-` reads from (default: nothing, an empty input). */
  stdin?: AsyncIterable<Buffer | string> & { isTTY?: boolean };
  /**
   * Environment variables (default: process.env), of which NO_COLOR, FORCE_COLOR, TERM and
   * COLUMNS are read only when given here: a caller embedding the CLI gets plain text whatever
   * its own process has (a test runner's workers inherit FORCE_COLOR).
   */
  env?: Env;
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
  if (cmd === 'lsp') return lspCommand(rest, io);
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
        'group-by': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        jobs: { type: 'string' },
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
  const groupBy = (v['group-by'] ?? 'file') as GroupBy;
  if (!GROUP_BY.includes(groupBy)) throw new ConfigError(`--group-by must be one of ${GROUP_BY.join(', ')}; got "${v['group-by']}"`);
  const env = io.env ?? process.env;
  const { root, targets, stdin } = resolveTargets(parsed.positionals, v.root, io.cwd, { allowStdin: true });
  // drawn from the start of the scan (not while standard input is read); log lines erase it first
  const live: { progress?: ProgressLine } = {};
  const logger = beneath(() => live.progress, consoleLogger(!!v.verbose));
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
      env,
    ),
  );
  if (stdin) {
    if (io.stdin?.isTTY) io.stderr('kubegate: reading manifests from standard input (end with Ctrl-D)\n');
    config.inputs = [await readInput(STDIN_NAME, io.stdin ?? [], config.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES)];
  }
  config.jobs = parseJobs(v.jobs);
  // SARIF fixes are planned by the threads that judged the findings, from the text they read
  config.planSarifFixes = format === 'sarif' || !!v['sarif-file'];
  const progress = (live.progress = scanProgress(io));
  let result: ScanResult;
  try {
    result = await runScan(config, { logger, render: renderCharts, progress: progress && ((p) => progress.update(p)), workerScript: WORKER_SCRIPT });
  } finally {
    progress?.stop();
  }
  const toTty = io.isTty && !v.output;
  const table: TableOptions = {
    color: colorEnabled({ noColorFlag: !!v['no-color'], env: io.env ?? {}, isTty: toTty }),
    width: v.output ? Infinity : outputWidth({ isTty: io.isTty, columns: io.columns, env: io.env ?? {} }),
    groupBy,
    quiet: !!v.quiet,
  };
  const opts = { ...table, workspace: env.GITHUB_WORKSPACE || io.cwd };
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
export function render(result: ScanResult, format: Format, opts: TableOptions & { workspace?: string }): string {
  return reportText((sink) => writeReport(sink, result, format, opts));
}

/** Writes the report in `format` to `sink` as it is built: SARIF, JSON and JUnit piece by piece. */
export function writeReport(sink: ReportSink, result: ScanResult, format: Format, opts: TableOptions & { workspace?: string }): void {
  switch (format) {
    case 'table':
      return writeTable(sink, result, opts);
    case 'json':
      writeJsonReport(sink, result);
      return sink.write('\n');
    case 'sarif':
      writeSarif(sink, result, { srcRoot: result.root, ...(result.plannedFixes ? { planned: result.plannedFixes } : { sources: readFixSources(result.root, result.findings) }) });
      return sink.write('\n');
    case 'markdown':
      return sink.write(buildMarkdown(result));
    case 'junit':
      return writeJunit(sink, result);
    case 'github':
      return writeGithubCommands(sink, result, { workspace: opts.workspace });
  }
}

function parseJobs(text: string | undefined): Jobs {
  if (text === undefined || text === 'auto') return 'auto';
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new ConfigError(`--jobs must be auto or a whole number of at least 1; got "${text}"`);
  return n;
}

function summaryLine(r: ScanResult): string {
  const active = r.findings.filter((f) => !f.suppression).length;
  return `kubegate: ${count(active, 'finding')} in ${count(r.stats.objects, 'object')}; gate ${r.gate.failed ? `failed: ${r.gate.reasons.join('; ')}` : 'passed'}\n`;
}

/** Log messages erase the progress line first, so that they are not written onto it. */
function beneath(progress: () => ProgressLine | undefined, logger: Logger): Logger {
  const clearing = (write: (m: string) => void) => (m: string) => {
    progress()?.clear();
    write(m);
  };
  return { debug: clearing(logger.debug), info: clearing(logger.info), warning: clearing(logger.warning), error: clearing(logger.error) };
}

/** A progress line on standard error when it is a terminal; none otherwise (logs, pipes). */
function scanProgress(io: CliIo): ProgressLine | undefined {
  if (!io.stderrTty) return undefined;
  return progressLine({ write: io.stderr, now: Date.now, columns: io.stderrTty.columns, every: unrefInterval });
}

/** Entry of the `kubegate` bin. */
export function main(): void {
  capHeapGrowth();
  runCli(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    isTty: !!process.stdout.isTTY,
    columns: process.stdout.columns,
    stderrTty: process.stderr.isTTY ? { columns: process.stderr.columns } : undefined,
    stdin: process.stdin,
    env: process.env,
  }).then((code) => {
    process.exitCode = code;
  });
}

/** The bundle itself answers evaluation requests in worker threads; TypeScript sources (tests) judge in one thread. */
const WORKER_SCRIPT = __filename.endsWith('.js') ? __filename : undefined;

if (!answerShareRequest() && require.main === module) main();
