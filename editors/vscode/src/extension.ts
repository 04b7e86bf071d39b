/**
 * The kubegate extension: a thin client that starts the kubegate language server bundled in
 * server/cli.js with the editor's own Node, so nothing needs installing beside the extension.
 */
import * as path from 'node:path';
import { workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

function settings(): { frameworks: string[]; severityThreshold: string } {
  const c = workspace.getConfiguration('kubegate');
  return { frameworks: c.get<string[]>('frameworks', []), severityThreshold: c.get<string>('severityThreshold', 'low') };
}

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('server', 'cli.js'));
  // `module` servers are forked with the editor's Node; the client appends --stdio
  const run = { module, args: ['lsp'], transport: TransportKind.stdio };
  const serverOptions: ServerOptions = { run, debug: { ...run, args: ['lsp', '--verbose'] } };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'yaml' },
      { scheme: 'file', language: 'json' },
      // chart templates, as the Kubernetes extension names them
      { scheme: 'file', language: 'helm' },
    ],
    initializationOptions: settings(),
    synchronize: {
      configurationSection: 'kubegate',
      // cross-object rules see the whole workspace: tell the server when files change on disk
      fileEvents: workspace.createFileSystemWatcher('**/{*.yaml,*.yml,*.json,*.tpl,.kubegate/**}'),
    },
  };
  client = new LanguageClient('kubegate', 'kubegate', serverOptions, clientOptions);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
