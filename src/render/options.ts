/** What the Helm/Kustomize stage may do; the CLI and the action build this from their inputs. */
export interface RenderOptions {
  /** Render Helm charts (default true). When false, chart directories are still not read as plain YAML. */
  helm?: boolean;
  /** Build Kustomize overlays (default true). When false, patch files are still not read as plain objects. */
  kustomize?: boolean;
  /**
   * Values files per chart: `{ chart: 'charts/web' | 'charts/*', files: ['values-prod.yaml'] }`.
   * `chart` is a directory or glob relative to the root (`**` for every chart); files are relative
   * to the chart directory when they exist there, else to the root.
   */
  helmValues?: HelmValuesSpec[];
  /** `key=value` pairs passed to every chart as `--set`. */
  helmSet?: string[];
  /** Namespace for `helm template --namespace` (default: left unset in the rendered objects). */
  helmNamespace?: string;
  /** Release name (default: the chart's name, so helpers' fullnames read naturally). */
  helmReleaseName?: string;
  /** Let kustomize fetch remote bases/resources/components (default false: they are refused). */
  allowRemoteBases?: boolean;
  /** Whether a chart/overlay that cannot be rendered fails the gate (default true). */
  failOnRenderError?: boolean;
  /** Per tool run (default 60 s). */
  timeoutMs?: number;
  /** Charts and overlays rendered at the same time (default 2: these runners have two cores). */
  concurrency?: number;
  /**
   * Environment the tools are looked up in (PATH) and started with, minus anything that is not
   * on the allow list (tokens never reach them). Default: the process environment.
   */
  env?: Record<string, string | undefined>;
  /** A directory searched before PATH for `helm`, `kubectl` and `kustomize`. */
  toolsDir?: string;
}

export interface HelmValuesSpec {
  chart: string;
  files: string[];
}

export interface ResolvedRenderOptions {
  helm: boolean;
  kustomize: boolean;
  helmValues: HelmValuesSpec[];
  helmSet: string[];
  helmNamespace: string;
  helmReleaseName?: string;
  allowRemoteBases: boolean;
  failOnRenderError: boolean;
  timeoutMs: number;
  concurrency: number;
  env: Record<string, string | undefined>;
  toolsDir?: string;
}

export function resolveRenderOptions(o: RenderOptions = {}): ResolvedRenderOptions {
  return {
    helm: o.helm ?? true,
    kustomize: o.kustomize ?? true,
    helmValues: o.helmValues ?? [],
    helmSet: o.helmSet ?? [],
    helmNamespace: o.helmNamespace || RELEASE_NAMESPACE_PLACEHOLDER,
    helmReleaseName: o.helmReleaseName || undefined,
    allowRemoteBases: o.allowRemoteBases ?? false,
    failOnRenderError: o.failOnRenderError ?? true,
    timeoutMs: o.timeoutMs && o.timeoutMs > 0 ? o.timeoutMs : 60_000,
    concurrency: Math.max(1, Math.floor(o.concurrency ?? 2)),
    env: o.env ?? process.env,
    toolsDir: o.toolsDir || undefined,
  };
}

/**
 * Parses the text form of `helm-values` (one entry per line or comma): `chart-glob=file[;file]`
 * or a bare `file` that applies to every chart.
 */
export function parseHelmValues(entries: string[]): HelmValuesSpec[] {
  const out: HelmValuesSpec[] = [];
  for (const raw of entries.flatMap((e) => e.split(/[\n,]/))) {
    const e = raw.trim();
    if (!e || e.startsWith('#')) continue;
    const eq = e.indexOf('=');
    if (eq < 0) {
      out.push({ chart: '**', files: [e] });
      continue;
    }
    const chart = e.slice(0, eq).trim() || '**';
    const files = e
      .slice(eq + 1)
      .split(';')
      .map((f) => f.trim())
      .filter(Boolean);
    if (files.length) out.push({ chart, files });
  }
  return out;
}

/**
 * The namespace a release goes to is chosen at install time, not in the chart. Rendering with
 * `default` would make every `namespace: {{ .Release.Namespace }}` object look deployed to the
 * default namespace (a false alarm of the default-namespace rules), so charts render into this
 * placeholder; it stays on the objects so that bindings and their subjects still match.
 */
export const RELEASE_NAMESPACE_PLACEHOLDER = 'release-namespace';
