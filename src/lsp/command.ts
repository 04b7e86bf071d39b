import { parseArgs } from 'node:util';
import { ConfigError } from '../core/errors';
import { startServer } from './server';

const HELP = `Usage: kubegate lsp --stdio [--verbose]

Runs the kubegate language server over standard input and output, for any LSP client
(VS Code, Neovim, Helix, Emacs): diagnostics, quick fixes and hovers for Kubernetes manifests.
See "Use it in your editor" in the README.
`;

/** `kubegate lsp`: serves until the client sends exit or closes the stream. */
export async function lspCommand(args: string[], io: { stdout: (s: string) => void }): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args, options: { stdio: { type: 'boolean' }, verbose: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, clientProcessId: { type: 'string' } } }));
  } catch (err) {
    throw new ConfigError(`${(err as Error).message} (see kubegate lsp --help)`);
  }
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (!values.stdio) throw new ConfigError('kubegate lsp speaks over standard input and output only: run it as `kubegate lsp --stdio`');
  // a stray console.log in a dependency would corrupt the protocol stream: send it to stderr
  console.log = console.error;
  console.info = console.error;
  const connection = startServer(process.stdin, process.stdout, { verbose: !!values.verbose });
  // a failure outside a request handler is logged to the client; the server keeps serving
  process.on('uncaughtException', (err) => connection.console.error(`kubegate: internal error (please report it): ${err.stack ?? err.message}`));
  process.on('unhandledRejection', (err) => connection.console.error(`kubegate: internal error (please report it): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`));
  return new Promise<number>(() => {
    // the connection ends the process itself on exit or when the client goes away
  });
}
