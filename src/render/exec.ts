import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * Variables a tool may inherit. Everything else (GITHUB_TOKEN, INPUT_*, ACTIONS_*, cloud
 * credentials...) is dropped: an allow list cannot miss a newly named secret the way a deny
 * list does.
 */
const INHERITED = ['PATH', 'LANG', 'LC_ALL', 'LC_CTYPE', 'TZ', 'SYSTEMROOT', 'TEMP', 'TMP'];
/** Only when remote bases are allowed: kustomize's git needs them behind a corporate proxy. */
const NETWORK = ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy'];

export interface ToolRun {
  ok: boolean;
  stdout: string;
  stderr: string;
  /** Set when the run was killed for taking longer than its timeout. */
  timedOut: boolean;
  /** Set when the binary could not be started (ENOENT, EACCES). */
  spawnError?: string;
}

export interface ToolSandbox {
  /** Scratch HOME and tool config directories, so user configuration and plugins are not picked up. */
  home: string;
  env: Record<string, string>;
  dispose(): void;
}

/**
 * A throwaway HOME with empty Helm/Kustomize config, cache and plugin directories: Helm plugins
 * and kustomize plugins installed on the machine (or planted by the repository) are never found.
 */
export function createSandbox(base: Record<string, string | undefined>, allowNetwork: boolean): ToolSandbox {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-render-'));
  const env: Record<string, string> = {};
  for (const k of allowNetwork ? [...INHERITED, ...NETWORK] : INHERITED) {
    const v = base[k];
    if (v !== undefined) env[k] = v;
  }
  const dir = (name: string) => {
    const d = path.join(home, name);
    fs.mkdirSync(d, { recursive: true });
    return d;
  };
  Object.assign(env, {
    HOME: home,
    XDG_CONFIG_HOME: dir('config'),
    XDG_CACHE_HOME: dir('cache'),
    XDG_DATA_HOME: dir('data'),
    HELM_CONFIG_HOME: dir('helm/config'),
    HELM_CACHE_HOME: dir('helm/cache'),
    HELM_DATA_HOME: dir('helm/data'),
    HELM_PLUGINS: dir('helm/plugins'),
    KUSTOMIZE_PLUGIN_HOME: dir('kustomize/plugins'),
    KUBECONFIG: path.join(home, 'no-kubeconfig'),
    // git (remote bases) must never prompt for credentials in CI
    GIT_TERMINAL_PROMPT: '0',
  });
  return {
    home,
    env,
    dispose: () => fs.rmSync(home, { recursive: true, force: true }),
  };
}

/** The absolute path of an executable, looked up in `toolsDir` first, then in PATH. */
export function findTool(name: string, pathEnv: string | undefined, toolsDir?: string): string | undefined {
  const exts = process.platform === 'win32' ? ['.exe', ''] : [''];
  const dirs = [...(toolsDir ? [toolsDir] : []), ...(pathEnv ?? '').split(path.delimiter).filter(Boolean)];
  for (const d of dirs) {
    for (const ext of exts) {
      const p = path.join(d, name + ext);
      try {
        const st = fs.statSync(p);
        if (st.isFile()) {
          fs.accessSync(p, fs.constants.X_OK);
          return p;
        }
      } catch {
        /* not here */
      }
    }
  }
  return undefined;
}

/** Runs a binary without a shell, with a timeout and an output cap; never throws. */
export function runTool(file: string, args: string[], opts: { cwd: string; env: Record<string, string>; timeoutMs: number }): Promise<ToolRun> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { cwd: opts.cwd, env: opts.env, timeout: opts.timeoutMs, killSignal: 'SIGKILL', maxBuffer: 256 * 1024 * 1024, windowsHide: true, encoding: 'utf8' },
      (err, stdout, stderr) => {
        if (!err) return resolve({ ok: true, stdout, stderr, timedOut: false });
        const e = err as NodeJS.ErrnoException & { killed?: boolean; signal?: string };
        const timedOut = !!e.killed && e.signal === 'SIGKILL' && e.code !== 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER';
        const spawnError = typeof e.code === 'string' && (e.code === 'ENOENT' || e.code === 'EACCES') ? e.code : undefined;
        resolve({ ok: false, stdout: stdout ?? '', stderr: stderr || (spawnError ? '' : e.message), timedOut, spawnError });
      },
    );
  });
}

/** The first lines of a tool's error output, trimmed for a diagnostic message. */
export function summarizeError(stderr: string, maxLines = 6): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trimEnd())
    // warnings and helm's "Use --debug flag" hint say nothing about what went wrong
    .filter((l) => l.trim() && !/^\s*#?\s*Warning:/i.test(l) && !/^Use --debug flag/.test(l))
    .map((l) => l.replace(/^Error: /, ''));
  const picked = lines.slice(0, maxLines).join('\n');
  return picked.length > 1500 ? `${picked.slice(0, 1500)}…` : picked || 'no error output';
}

/** Runs `fn` over `items` with at most `limit` in flight; results keep the input order. */
export async function mapBounded<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
