/**
 * `kubegate lsp --stdio`: the Language Server Protocol front end. It keeps the editor's open
 * documents, maps each to the directory `kubegate scan` would run in (the nearest
 * `.kubegate.yaml` up to the workspace folder), and publishes that scan's findings as
 * diagnostics, with quick fixes and hovers. Everything it declares is static in the initialize
 * result, because some clients (Neovim) ignore dynamic registration.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type Hover,
  type HoverParams,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { REPO_CONFIG_FILES } from '../config/repo-config';
import type { Logger } from '../core/logger';
import { VERSION } from '../core/version';
import { acknowledge, annotationsOf, applyAllFixes, fixAll, FIX_ALL_KIND, isAutomatic, quickFix } from './code-actions';
import { intersects, type DiagnosticData } from './convert';
import { documentDiagnostics } from './document-diagnostics';
import { isInside, uriPath, workspaceFolders } from './paths';
import { readSettings } from './settings';
import { hoverMarkdown } from './hover';
import { DEFAULT_EDITOR_SETTINGS, ScanRoot, type EditorSettings, type Evaluation, type FileReport } from './scan-root';

/** Typing pauses shorter than this are one edit: the scan runs once the user stops. */
export const DEBOUNCE_MS = 150;

interface Placement {
  root: ScanRoot;
  rel: string;
  chart?: string;
}

/** What was last published for a document, for code actions and hovers on it. */
interface Published {
  version: number;
  report: FileReport | undefined;
  evaluation: Evaluation;
  diagnostics: LspDiagnostic[];
}

interface Pending {
  due: number;
  timer: NodeJS.Timeout;
}

export interface ServerOptions {
  verbose?: boolean;
}

export function startServer(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, options: ServerOptions = {}): Connection {
  // streams, not message readers: then the connection ends the process when the client closes them
  const connection = createConnection(input, output);
  const documents = new TextDocuments(TextDocument);
  const logger: Logger = {
    debug: (m) => (options.verbose ? connection.console.log(m) : undefined),
    info: (m) => connection.console.info(m),
    warning: (m) => connection.console.warn(m),
    error: (m) => connection.console.error(m),
  };
  let folders: string[] = [];
  let settings: EditorSettings = DEFAULT_EDITOR_SETTINGS;
  const roots = new Map<string, ScanRoot>();
  const published = new Map<string, Published>();
  const pending = new Map<ScanRoot, Pending>();
  const queues = new Map<ScanRoot, Promise<void>>();
  /** Documents whose edit is waiting for the next evaluation of their root. */
  const touched = new Map<ScanRoot, Set<string>>();

  /** A handler's failure is logged to the client; the server keeps serving. */
  function guard<A extends unknown[], R>(name: string, fn: (...args: A) => R, fallback: Awaited<R> | undefined = undefined): (...args: A) => R | Promise<Awaited<R> | undefined> {
    return (...args: A) => {
      try {
        const r = fn(...args);
        if (r instanceof Promise) return r.catch((err: unknown) => (report(name, err), fallback)) as Promise<Awaited<R> | undefined>;
        return r;
      } catch (err) {
        report(name, err);
        return fallback as R;
      }
    };
  }
  function report(where: string, err: unknown): void {
    connection.console.error(`kubegate: ${where} failed (please report it): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    folders = workspaceFolders(params);
    settings = readSettings(params.initializationOptions, settings);
    watchDynamically = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    folderEvents = !!params.capabilities.workspace?.workspaceFolders;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'kubegate', version: VERSION },
    };
  });
  let watchDynamically = false;
  let folderEvents = false;

  connection.onInitialized(
    guard('initialized', () => {
      // the one registration that has no static form; clients that cannot take it (or ignore it)
      // still get saves and open documents, and editors/vscode watches files itself
      if (watchDynamically) {
        void connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/*.{yaml,yml,json}' }, { globPattern: '**/.kubegate/**' }, { globPattern: '**/*.tpl' }],
        });
      }
      if (!folderEvents) return;
      connection.workspace.onDidChangeWorkspaceFolders(
        guard('workspace folders', (e) => {
          const removed = new Set(e.removed.map((f) => uriPath(f.uri)));
          folders = [...folders.filter((f) => !removed.has(f)), ...e.added.map((f) => uriPath(f.uri)).filter((p): p is string => !!p)];
          roots.clear();
          for (const d of documents.all()) openInRoot(d);
          scheduleAll(0);
        }),
      );
    }),
  );

  connection.onDidChangeConfiguration(
    guard('configuration', (params) => {
      const s = (params.settings as { kubegate?: unknown } | undefined)?.kubegate;
      if (s === undefined) return;
      settings = readSettings(s, settings);
      for (const r of roots.values()) r.setSettings(settings);
      scheduleAll(0);
    }),
  );

  documents.onDidChangeContent(
    guard('change', (e) => {
      const p = openInRoot(e.document);
      // a chart's files are judged by rendering the chart from disk, on open and save
      if (p && p.chart === undefined) schedule(p.root, DEBOUNCE_MS, e.document.uri);
    }),
  );
  documents.onDidOpen(
    guard('open', (e) => {
      const p = placement(e.document.uri);
      if (!p) return;
      // the chart's other files render with it: opening them does not render it again
      if (p.chart !== undefined && !p.root.hasRendered(p.chart)) void renderThenSchedule(p.root, p.chart);
      else schedule(p.root, 0, e.document.uri);
    }),
  );
  documents.onDidSave(
    guard('save', (e) => {
      const p = placement(e.document.uri);
      if (!p) return;
      if (p.root.isConfigInput(p.rel)) {
        p.root.reload();
        scheduleAll(0);
      } else if (p.chart !== undefined) void renderThenSchedule(p.root, p.chart);
      else schedule(p.root, 0, e.document.uri);
    }),
  );
  documents.onDidClose(
    guard('close', (e) => {
      const p = placement(e.document.uri);
      published.delete(e.document.uri);
      void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
      if (!p) return;
      p.root.close(p.rel);
      schedule(p.root, DEBOUNCE_MS);
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard('watched files', (params) => {
      // a checkout changes many files at once: each chart they touch renders once
      const charts = new Map<ScanRoot, Set<string>>();
      for (const change of params.changes) {
        const abs = uriPath(change.uri);
        if (!abs) continue;
        for (const root of roots.values()) {
          const rel = root.relOf(abs);
          if (rel === undefined || root.isOpen(rel)) continue;
          root.fileChanged(rel);
          const chart = root.chartOf(rel);
          if (chart !== undefined && root.hasRendered(chart)) charts.set(root, (charts.get(root) ?? new Set()).add(chart));
          else schedule(root, DEBOUNCE_MS);
        }
      }
      for (const [root, set] of charts) for (const chart of set) void renderThenSchedule(root, chart);
    }),
  );

  connection.onCodeAction(guard('code action', codeActions, []));
  connection.onHover(guard('hover', hover, null));

  async function codeActions(params: CodeActionParams): Promise<CodeAction[]> {
    const doc = documents.get(params.textDocument.uri);
    const p = placement(params.textDocument.uri);
    if (!doc || !p || p.chart !== undefined) return [];
    const last = await current(doc, p);
    if (!last?.report) return [];
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const out: CodeAction[] = [];
    const findings = last.report.findings;
    if (wants(CodeActionKind.QuickFix)) {
      const byFingerprint = new Map<string, LspDiagnostic>();
      for (const d of [...params.context.diagnostics, ...last.diagnostics]) {
        for (const fp of (d.data as DiagnosticData | undefined)?.fingerprints ?? []) if (!byFingerprint.has(fp)) byFingerprint.set(fp, d);
      }
      for (const f of findings.filter((x) => intersects(x.range, params.range))) {
        const diagnostic = byFingerprint.get(f.fingerprint);
        const fix = quickFix(doc, p.rel, f, diagnostic);
        if (fix) out.push(fix);
        const obj = p.root.objectByKey(p.rel, f.objectKey);
        const ack = acknowledge(doc, p.rel, f, annotationsOf(obj?.raw), diagnostic);
        if (ack) out.push(ack);
      }
      if (out.length) {
        const all = applyAllFixes(doc, p.rel, findings);
        if (all) out.push(all);
      }
    }
    if (wants(FIX_ALL_KIND) && findings.some((f) => f.fix && !f.origin && isAutomatic(f.fix))) {
      const all = fixAll(doc, p.rel, findings);
      if (all) out.push(all);
    }
    return out;
  }

  async function hover(params: HoverParams): Promise<Hover | null> {
    const doc = documents.get(params.textDocument.uri);
    const p = placement(params.textDocument.uri);
    if (!doc || !p) return null;
    const last = await current(doc, p);
    const at = params.position;
    const under = (last?.report?.findings ?? []).filter((f) => intersects(f.range, { start: at, end: at }));
    if (!last || !under.length) return null;
    return { contents: { kind: 'markdown', value: hoverMarkdown(under, last.evaluation.rules, last.evaluation.frameworks) } };
  }

  /** The findings of the document's text as it is now: a pending evaluation runs first. */
  async function current(doc: TextDocument, p: Placement): Promise<Published | undefined> {
    const last = published.get(doc.uri);
    if (last && (last.version === doc.version || p.chart !== undefined)) return last;
    const timer = pending.get(p.root);
    if (timer) {
      clearTimeout(timer.timer);
      pending.delete(p.root);
    }
    await enqueue(p.root);
    return published.get(doc.uri);
  }

  /** Where a document is scanned: its scan root and path there. */
  function placement(uri: string): Placement | undefined {
    const abs = uriPath(uri);
    if (!abs) return undefined;
    const folder = folders.filter((f) => isInside(abs, f)).sort((a, b) => b.length - a.length)[0];
    const top = folder ?? path.dirname(abs);
    let rootDir = top;
    for (let dir = path.dirname(abs); isInside(dir, top); dir = path.dirname(dir)) {
      if (REPO_CONFIG_FILES.some((n) => fs.existsSync(path.join(dir, n)))) {
        rootDir = dir;
        break;
      }
      if (dir === top || path.dirname(dir) === dir) break;
    }
    let root = roots.get(rootDir);
    if (!root) roots.set(rootDir, (root = new ScanRoot(rootDir, settings, logger, folder !== undefined)));
    const rel = root.relOf(abs);
    if (rel === undefined) return undefined;
    return { root, rel, chart: root.chartOf(rel) };
  }

  function openInRoot(doc: TextDocument): Placement | undefined {
    const p = placement(doc.uri);
    if (!p) return undefined;
    p.root.setOpen(p.rel, doc.getText());
    let set = touched.get(p.root);
    if (!set) touched.set(p.root, (set = new Set()));
    set.add(doc.uri);
    return p;
  }

  async function renderThenSchedule(root: ScanRoot, chart: string): Promise<void> {
    try {
      await root.renderChart(chart);
    } catch (err) {
      report(`rendering chart ${chart}`, err);
    }
    schedule(root, 0);
  }

  /** Runs the root's evaluation after `delay` ms, unless one is already due sooner. */
  function schedule(root: ScanRoot, delay: number, uri?: string): void {
    if (uri) {
      let set = touched.get(root);
      if (!set) touched.set(root, (set = new Set()));
      set.add(uri);
    }
    const due = Date.now() + delay;
    const prev = pending.get(root);
    if (prev && prev.due <= due) return;
    if (prev) clearTimeout(prev.timer);
    const timer = setTimeout(() => {
      pending.delete(root);
      void enqueue(root);
    }, delay);
    pending.set(root, { due, timer });
  }

  function scheduleAll(delay: number): void {
    for (const d of documents.all()) {
      const p = placement(d.uri);
      if (p) schedule(p.root, delay, d.uri);
    }
  }

  /** Evaluations of one root run one after another, each on the documents as they are then. */
  function enqueue(root: ScanRoot): Promise<void> {
    const next = (queues.get(root) ?? Promise.resolve()).then(() => evaluateAndPublish(root)).catch((err: unknown) => report('scan', err));
    queues.set(root, next);
    return next;
  }

  async function evaluateAndPublish(root: ScanRoot): Promise<void> {
    const edited = touched.get(root) ?? new Set<string>();
    touched.delete(root);
    const versions = new Map(documents.all().map((d) => [d.uri, d.version]));
    const evaluation = await root.evaluate();
    const docs = documents.all().filter((d) => placement(d.uri)?.root === root);
    // an edit that does not parse (yet) must not take the findings of the other documents with
    // it: they keep what was published before, and only the edited documents are republished
    const brokenEdit = docs.some((d) => edited.has(d.uri) && evaluation.files.get(placement(d.uri)!.rel)?.broken);
    for (const d of docs) {
      const p = placement(d.uri)!;
      if (brokenEdit && !edited.has(d.uri) && published.has(d.uri)) continue;
      const { report, diagnostics } = documentDiagnostics(d, evaluation, p);
      published.set(d.uri, { version: versions.get(d.uri) ?? d.version, report, evaluation, diagnostics });
      await connection.sendDiagnostics({ uri: d.uri, version: versions.get(d.uri), diagnostics });
    }
  }

  documents.listen(connection);
  connection.listen();
  return connection;
}

