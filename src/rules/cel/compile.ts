import { ParseError } from '@marcbachmann/cel-js';
import type { FieldPath } from '../../core/model';
import { TemplateParamError } from '../template';
import { celEnvironment, RE2_MATCHES } from './environment';
import { compileRe2, RegexSyntaxError } from './re2';

/**
 * A CEL problem found when a rule loads, with where it is: the parameter holding the expression
 * (relative to the rule's `check.params`) and the character offset inside the expression. The
 * rule loader turns both into the rule file's line and column.
 */
export class CelCompileError extends TemplateParamError {
  constructor(
    message: string,
    readonly at: { path: FieldPath; offset: number },
  ) {
    super(message);
  }
}

export interface CompiledCel {
  source: string;
  /** Top-level variables the expression reads, so bindings nobody uses are never built. */
  uses: ReadonlySet<string>;
  run(activation: Record<string, unknown>): unknown;
}

interface AstNode {
  op: string;
  args: unknown;
  pos?: number;
  start?: number;
  end?: number;
}

export interface CompileOptions {
  /** Names `variables.<name>` may refer to; undefined = no composited variables declared. */
  variables?: ReadonlySet<string>;
}

/**
 * Parses and type-checks once. Errors are thrown as CelCompileError pointing into `source`.
 * `at` is where the expression sits in the rule's params (e.g. `['validations', 0, 'expression']`).
 */
export function compileCel(source: string, at: FieldPath, opts: CompileOptions = {}): CompiledCel {
  const env = celEnvironment();
  const fail = (message: string, offset: number): never => {
    throw new CelCompileError(message, { path: at, offset: Math.max(0, Math.min(offset, source.length)) });
  };
  if (source.trim() === '') fail('CEL expression is empty', 0);
  let program: ReturnType<typeof env.parse>;
  try {
    program = env.parse(source);
  } catch (err) {
    if (err instanceof ParseError) return fail(`CEL syntax error: ${firstLine(err.summary)}`, err.range?.start ?? 0);
    return fail(`CEL syntax error: ${firstLine((err as Error).message)}`, 0);
  }
  const uses = new Set<string>();
  let unknown: { name: string; offset: number } | undefined;
  walk(program.ast as unknown as AstNode, (node) => {
    if (node.op === 'id') uses.add(node.args as string);
    if ((node.op === '.' || node.op === '.?') && Array.isArray(node.args)) {
      const [target, field] = node.args as [AstNode, string];
      if (target?.op === 'id' && target.args === 'variables' && (!opts.variables || !opts.variables.has(field))) {
        const known = opts.variables && opts.variables.size ? ` (declared: ${[...opts.variables].join(', ')})` : ' (no variables are declared)';
        fail(`undeclared reference to variables.${field}${known}`, node.pos ?? 0);
      }
    }
    if ((node.op === 'rcall' || node.op === 'call') && Array.isArray(node.args) && !knownFunctions().has(node.args[0] as string)) {
      // on a dyn receiver cel-js would only fail when evaluating; an unsupported Kubernetes
      // library function (url, ip, find...) must fail when the rule loads instead
      const name = node.args[0] as string;
      const receiver = node.op === 'rcall' ? (node.args[1] as AstNode) : undefined;
      const at = receiver ? source.indexOf(name, receiver.end ?? 0) : (node.pos ?? 0);
      const offset = at < 0 ? (node.pos ?? 0) : at;
      // the walk meets outer calls first; the leftmost unknown name is the one to report
      if (!unknown || offset < unknown.offset) unknown = { name, offset };
    }
    if ((node.op === 'rcall' || node.op === 'call') && Array.isArray(node.args) && node.args[0] === 'matches') {
      // cel-js's own `matches` uses JavaScript regular expressions, which backtrack; send the
      // call to the RE2 implementation registered beside it (same arguments, same result type)
      const args = node.args as unknown[];
      args[0] = RE2_MATCHES;
      const pattern = node.op === 'rcall' ? (args[2] as AstNode[])[0] : (args[1] as AstNode[])[1];
      if (pattern?.op === 'value' && typeof pattern.args === 'string') {
        try {
          compileRe2(pattern.args);
        } catch (err) {
          if (err instanceof RegexSyntaxError) fail(`matches(): ${err.message} (CEL uses RE2 syntax)`, pattern.start ?? pattern.pos ?? 0);
          throw err;
        }
      }
    }
  });
  if (unknown) fail(`unknown function "${unknown.name}" (see docs/custom-rules.md for the CEL library kubegate supports)`, unknown.offset);
  const checked = program.check();
  if (!checked.valid) {
    const e = checked.error as { summary?: string; message: string; range?: { start: number } } | undefined;
    fail(`CEL type error: ${celText(firstLine(e?.summary ?? e?.message ?? 'invalid expression'))}`, e?.range?.start ?? 0);
  }
  return { source, uses, run: (activation) => program(activation) };
}

let known: Set<string> | undefined;
function knownFunctions(): Set<string> {
  known ??= new Set(celEnvironment().getDefinitions().functions.map((f: { name: string }) => f.name));
  return known;
}

function walk(node: unknown, visit: (n: AstNode) => void): void {
  if (Array.isArray(node)) {
    for (const x of node) walk(x, visit);
    return;
  }
  if (node === null || typeof node !== 'object' || typeof (node as AstNode).op !== 'string') return;
  visit(node as AstNode);
  walk((node as AstNode).args, visit);
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}

/** Error text as the user wrote the expression (the RE2 hook's internal name never shows). */
export function celText(message: string): string {
  return message.split(RE2_MATCHES).join('matches');
}
