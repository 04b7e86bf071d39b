/** How the CLI talks to a terminal: whether to colour, how wide to wrap. */

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * Colour or not, in this order: `--no-color` always wins; `FORCE_COLOR` set and not empty forces
 * colour even into a pipe or file (force-color.org), except `0` and `false`, which switch it off
 * as Node and chalk read them; `NO_COLOR` set and not empty switches it off (no-color.org), as
 * does `TERM=dumb`; otherwise colour only when the output is a terminal.
 */
export function colorEnabled(opts: { noColorFlag?: boolean; env: Env; isTty: boolean }): boolean {
  if (opts.noColorFlag) return false;
  const force = opts.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return !['0', 'false'].includes(force.trim().toLowerCase());
  if (opts.env.NO_COLOR) return false;
  if (opts.env.TERM === 'dumb') return false;
  return opts.isTty;
}

/**
 * Columns to wrap the table at: the terminal's width when the output is one, else `COLUMNS` when
 * set, else no wrapping (a pipe or a CI log, where the reader's viewer wraps lines itself and
 * `grep` wants one finding per line).
 */
export function outputWidth(opts: { isTty: boolean; columns?: number; env: Env }): number {
  if (opts.isTty && opts.columns && opts.columns > 0) return opts.columns;
  const env = Number(opts.env.COLUMNS);
  if (Number.isInteger(env) && env > 0) return env;
  return opts.isTty ? 80 : Infinity;
}
