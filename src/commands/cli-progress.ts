import type { ScanProgress } from '../pipeline/scan';

export interface ProgressLine {
  update(p: ScanProgress): void;
  /** Erases the line so that a log message can be written; the next update draws it again. */
  clear(): void;
  /** Erases the line (if one was drawn) and stops redrawing; call before printing the report. */
  stop(): void;
}

export interface ProgressOptions {
  write: (s: string) => void;
  now: () => number;
  /** Nothing is drawn before the scan has run this long: a quick scan stays silent. */
  delayMs?: number;
  /** The terminal's width: the line is cut to fit, since a wrapped line cannot be redrawn. */
  columns?: number;
  /** Redraws while the scan waits on helm or kustomize; a no-op in tests. */
  every?: (fn: () => void, ms: number) => () => void;
}

const ERASE = '\r\u001b[K';

/**
 * One status line on standard error, redrawn in place, for scans that take a while. Drawn only
 * once the scan has run for `delayMs` (a second), at most ten times a second, and erased before
 * the report is printed. The CLI creates it only when standard error is a terminal.
 */
export function progressLine(opts: ProgressOptions): ProgressLine {
  const start = opts.now();
  const delay = opts.delayMs ?? 1000;
  let state: ScanProgress | undefined;
  let drawn = false;
  let lastDraw = -Infinity;
  let stopped = false;
  const draw = (force: boolean) => {
    if (stopped || !state) return;
    const t = opts.now();
    if (t - start < delay || (!force && t - lastDraw < 100)) return;
    lastDraw = t;
    const text = `kubegate: ${describe(state)} (${Math.floor((t - start) / 1000)} s)`;
    const max = Math.max(10, (opts.columns ?? 80) - 1);
    opts.write(ERASE + (text.length > max ? `${text.slice(0, max - 1)}…` : text));
    drawn = true;
  };
  const cancel = opts.every?.(() => draw(true), 250);
  return {
    update(p) {
      const changed = p.stage !== state?.stage || p.base !== state?.base;
      state = p;
      draw(changed);
    },
    clear() {
      if (drawn) opts.write(ERASE);
      drawn = false;
      lastDraw = -Infinity;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      cancel?.();
      if (drawn) opts.write(ERASE);
    },
  };
}

/** Timers that do not keep the process alive. */
export function unrefInterval(fn: () => void, ms: number): () => void {
  const t = setInterval(fn, ms);
  t.unref();
  return () => clearInterval(t);
}

function describe(p: ScanProgress): string {
  const of = p.total !== undefined ? (p.done !== undefined ? ` ${p.done}/${p.total}` : ` ${p.total}`) : '';
  const base = p.base ? 'base commit: ' : '';
  switch (p.stage) {
    case 'discover':
      return `${base}finding manifests`;
    case 'render':
      return `${base}rendering${p.total !== undefined ? ` ${p.total}` : ''} charts and overlays`;
    case 'read':
      return `${base}reading files${of}`;
    case 'evaluate':
      return `${base}checking${p.total !== undefined ? ` ${p.total}` : ''} objects`;
    case 'exceptions':
      return `${base}applying exceptions and the baseline`;
  }
}
