import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../core/errors';
import { runRuleTests } from './rules-test';

export const RULES_HELP = `Usage:
  kubegate rules test [DIR]   run the fixtures of your own rules and policies

DIR is a repository (with .kubegate/), a .kubegate/ folder or a rules folder (default: .).
Each rule's fixtures live in <rules>/<id>/fixtures/ (policies: <policies>/<name>/fixtures/):
pass.*.yaml must yield no finding of the rule; fail.*.yaml must yield exactly the findings
marked "# expect: <id>" at the end of their first line.

Exit codes: 0 every fixture passed, 1 a fixture failed, 2 a rule, policy or framework is invalid.
`;

interface Io {
  stdout: (s: string) => void;
  cwd: string;
}

/** `kubegate rules <subcommand>`; returns the exit code. */
export function rulesCommand(args: string[], io: Io): number {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  } catch (err) {
    throw new ConfigError(`${(err as Error).message} (see kubegate rules --help)`);
  }
  const [sub, dir, ...extra] = parsed.positionals;
  if (parsed.values.help || !sub) {
    io.stdout(RULES_HELP);
    return parsed.values.help ? 0 : 2;
  }
  if (sub !== 'test') throw new ConfigError(`unknown rules command "${sub}" (try: kubegate rules test DIR)`);
  if (extra.length) throw new ConfigError(`kubegate rules test takes one directory, got ${parsed.positionals.length - 1}`);
  const abs = path.resolve(io.cwd, dir ?? '.');
  if (!fs.existsSync(abs) || !fs.statSync(abs).isDirectory()) throw new ConfigError(`${dir ?? '.'} is not a directory`);
  const { results, untested } = runRuleTests(abs);
  let failed = 0;
  for (const r of results) {
    if (!r.ok) failed++;
    io.stdout(`${r.ok ? 'PASS' : 'FAIL'}  ${r.rule}  ${r.file}\n`);
    for (const p of r.problems) io.stdout(`        ${p}\n`);
  }
  for (const id of untested) io.stdout(`NONE  ${id}  (no fixtures)\n`);
  if (results.length === 0 && untested.length === 0) io.stdout('no custom rules or policies found\n');
  io.stdout(`${results.length - failed} passed, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}
