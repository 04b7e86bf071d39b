import { ConfigError, DOCS_URL } from '../core/errors';
import { parseHelmValues, type RenderOptions } from './options';

const DOCS = `${DOCS_URL}/rendering.md`;

/** The render inputs as both front ends receive them: strings, empty meaning "not given". */
export interface RenderTextOptions {
  /** `chart-glob=file[;file]` or `file`, one per line or comma-separated. */
  helmValues?: string | string[];
  /** `key=value`, one per line (commas belong to Helm's own `--set` syntax). */
  helmSet?: string | string[];
  /** Namespace charts render into; empty = a placeholder (see RELEASE_NAMESPACE_PLACEHOLDER). */
  helmNamespace?: string;
  helm?: string | boolean;
  kustomize?: string | boolean;
  failOnRenderError?: string | boolean;
  allowRemoteBases?: string | boolean;
}

/**
 * Turns the action inputs / CLI flags into RenderOptions, with the input's name in every error.
 * The environment tools are found and started with comes from the caller, so the engine itself
 * never reads process.env.
 */
export function renderOptionsFromText(raw: RenderTextOptions, env?: Record<string, string | undefined>): RenderOptions {
  const helmSet = lines(raw.helmSet);
  for (const s of helmSet) {
    if (!/^[^=\s][^=]*=/.test(s)) throw new ConfigError(`helm-set: expected key=value, got "${s}"`, undefined, undefined, DOCS);
  }
  const ns = (raw.helmNamespace ?? '').trim();
  if (ns && !/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(ns)) throw new ConfigError(`helm-namespace: "${ns}" is not a valid namespace name`, undefined, undefined, DOCS);
  return {
    helm: bool('helm', raw.helm, true),
    ...(ns ? { helmNamespace: ns } : {}),
    kustomize: bool('kustomize', raw.kustomize, true),
    helmValues: parseHelmValues(Array.isArray(raw.helmValues) ? raw.helmValues : raw.helmValues ? [raw.helmValues] : []),
    helmSet,
    failOnRenderError: bool('fail-on-render-error', raw.failOnRenderError, true),
    allowRemoteBases: bool('allow-remote-bases', raw.allowRemoteBases, false),
    env,
  };
}

function lines(v: string | string[] | undefined): string[] {
  const all = Array.isArray(v) ? v : v ? [v] : [];
  return all
    .flatMap((s) => s.split('\n'))
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('#'));
}

function bool(name: string, v: string | boolean | undefined, fallback: boolean): boolean {
  if (typeof v === 'boolean') return v;
  const t = (v ?? '').trim();
  if (t === '') return fallback;
  if (/^true$/i.test(t)) return true;
  if (/^false$/i.test(t)) return false;
  throw new ConfigError(`${name}: expected true or false, got "${t}"`, undefined, undefined, DOCS);
}
