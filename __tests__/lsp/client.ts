/**
 * A minimal LSP client for the tests: it starts `node dist/cli.js lsp --stdio` (the bundle built
 * from the current sources) and speaks JSON-RPC with Content-Length framing over its stdio, as
 * an editor does. Published diagnostics are collected per document so a test can wait for the
 * next publish after an edit.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Hover, InitializeResult, PublishDiagnosticsParams, Range, TextEdit } from 'vscode-languageserver';

export interface Publish {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

export class LspClient {
  readonly conn: MessageConnection;
  readonly proc: ChildProcessWithoutNullStreams;
  readonly logs: string[] = [];
  private readonly publishes: Publish[] = [];
  private waiters: Array<{ test: (p: Publish) => boolean; resolve: (p: Publish) => void }> = [];
  private readonly docs = new Map<string, TextDocument>();

  /** `cliJs`: the bundle to run with this Node; or a whole command line (`['kubegate', 'lsp', '--stdio']`). */
  constructor(cliJs: string | string[], env: NodeJS.ProcessEnv = process.env) {
    const [cmd, ...args] = typeof cliJs === 'string' ? [process.execPath, cliJs, 'lsp', '--stdio'] : cliJs;
    this.proc = spawn(cmd, args, { env, stdio: 'pipe' });
    this.proc.stderr.on('data', (b: Buffer) => this.logs.push(b.toString()));
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout), new StreamMessageWriter(this.proc.stdin));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.publishes.push(p);
      this.waiters = this.waiters.filter((w) => (w.test(p) ? (w.resolve(p), false) : true));
    });
    this.conn.onNotification('window/logMessage', (p: { message: string }) => this.logs.push(p.message));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('workspace/configuration', () => []);
    this.conn.listen();
  }

  async initialize(folder: string, initializationOptions?: unknown): Promise<InitializeResult> {
    const uri = pathToFileURL(folder).href;
    const result = await this.conn.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: path.basename(folder) }],
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } } } },
      initializationOptions,
    });
    await this.conn.sendNotification('initialized', {});
    return result;
  }

  /** The next publish for `uri` (after every one already received) that passes `test`. */
  nextPublish(uri: string, test: (p: Publish) => boolean = () => true): Promise<Publish> {
    return new Promise((resolve) => this.waiters.push({ test: (p) => p.uri === uri && test(p), resolve }));
  }

  published(uri: string): Publish[] {
    return this.publishes.filter((p) => p.uri === uri);
  }

  /** Opens a file of the workspace with the given text (its text on disk when omitted). */
  async open(file: string, text = fs.readFileSync(file, 'utf8')): Promise<Publish> {
    const uri = pathToFileURL(file).href;
    const doc = TextDocument.create(uri, file.endsWith('.json') ? 'json' : 'yaml', 1, text);
    this.docs.set(uri, doc);
    const next = this.nextPublish(uri);
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: doc.languageId, version: 1, text } });
    return next;
  }

  /** Replaces a document's text (one full-range change, as an editor's paste does). */
  async change(uri: string, text: string): Promise<Publish> {
    const doc = this.doc(uri);
    const version = doc.version + 1;
    const range: Range = { start: { line: 0, character: 0 }, end: doc.positionAt(doc.getText().length) };
    TextDocument.update(doc, [{ text }], version);
    const next = this.nextPublish(uri, (p) => p.version === undefined || p.version >= version);
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return next;
  }

  /** Applies a workspace edit's changes to this document, as an editor applies a code action. */
  async applyEdit(uri: string, edits: TextEdit[]): Promise<Publish> {
    const doc = this.doc(uri);
    const text = TextDocument.applyEdits(doc, edits);
    return this.change(uri, text);
  }

  text(uri: string): string {
    return this.doc(uri).getText();
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    return this.conn.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
  }

  hover(uri: string, position: { line: number; character: number }): Promise<Hover | null> {
    return this.conn.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
  }

  async shutdown(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.proc.on('exit', (code) => resolve(code)));
    await this.conn.sendRequest('shutdown');
    await this.conn.sendNotification('exit');
    const code = await exited;
    this.conn.dispose();
    return code;
  }

  private doc(uri: string): TextDocument {
    const d = this.docs.get(uri);
    if (!d) throw new Error(`${uri} is not open`);
    return d;
  }
}

export function uriOf(file: string): string {
  return pathToFileURL(file).href;
}
