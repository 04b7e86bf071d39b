import { PSS_LATEST, pssVersionError } from './pss-version';
import { parseQuantity } from './quantity';

/**
 * Tunable inputs shared by rules (Kubescape calls them control inputs). A rule parameter written
 * as `{ $setting: name }` takes the value of the setting, so one `.kubegate.yaml` entry retunes
 * every rule that uses it. Defaults never raise an alarm on a good manifest: an empty allow-list
 * means "not configured", not "nothing is allowed".
 */
export interface SettingSpec {
  description: string;
  default: string[];
  /** A value to show in the docs; the docs test reads it back through the config loader. */
  example: string[];
  /** At most one value (a version, a choice): written as a scalar, kept as a one-item list. */
  single?: boolean;
  /** Refuse YAML numbers: a version written 1.30 reads as the number 1.3. */
  quoted?: boolean;
  /** Why a value is refused, or undefined when it is accepted. */
  validate?: (value: string) => string | undefined;
}

export const SETTINGS: Record<string, SettingSpec> = {
  insecureCapabilities: {
    description: 'Linux capabilities that must never be added to a container.',
    default: [
      'ALL',
      'SYS_ADMIN',
      'NET_ADMIN',
      'NET_RAW',
      'SYS_PTRACE',
      'SYS_MODULE',
      'SYS_RAWIO',
      'SYS_BOOT',
      'SYS_TIME',
      'DAC_READ_SEARCH',
      'BPF',
      'PERFMON',
      'MAC_ADMIN',
      'MAC_OVERRIDE',
    ],
    example: ['SYS_ADMIN', 'NET_ADMIN'],
  },
  allowedCapabilities: {
    description: 'Capabilities a container may add without a finding from the "added capabilities" rules.',
    default: [],
    example: ['NET_BIND_SERVICE'],
  },
  sensitiveKeyNames: {
    description:
      'Environment-variable or ConfigMap key names that suggest a credential, case-insensitive: a substring (as in Kubescape), or, with `*` standing for any characters, a pattern for the whole name (`azure_*key`). Names that point at a credential (`*_SECRET_NAME`, `*_FILE`, `*_PATH`...) are not reported.',
    default: [
      'password',
      'passwd',
      'pwd',
      'secret',
      'token',
      'apikey',
      'api_key',
      'api-key',
      'access_key',
      'accesskey',
      'private_key',
      'privatekey',
      'credential',
      'aws_access_key_id',
      'aws_secret_access_key',
      'azure_batch_key',
      'azure_batchai_storage_key',
      // "key" alone names cache, partition and sort keys too; these forms name credentials
      '*azure_*key',
      '*_key_content',
    ],
    example: ['password', 'token'],
  },
  sensitiveKeyNamesAllowed: {
    description: 'Key names never reported as credentials, in the form of sensitiveKeyNames (case-insensitive substrings or `*` patterns), e.g. "token_ttl".',
    default: [],
    example: ['token_ttl'],
  },
  sensitiveValues: {
    description: 'Regular expressions that match credential values whatever the key is named. They match in any letter case, as Kubescape matches them.',
    default: [
      'AKIA[0-9A-Z]{16}',
      'ASIA[0-9A-Z]{16}',
      'gh[pousr]_[A-Za-z0-9]{36,}',
      'github_pat_[A-Za-z0-9_]{40,}',
      'xox[baprs]-[A-Za-z0-9-]{10,}',
      '-----BEGIN [A-Z ]*PRIVATE KEY-----',
      'eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}',
      'sk_live_[0-9a-zA-Z]{24,}',
      'AIza[0-9A-Za-z_-]{35}',
    ],
    example: ['AKIA[0-9A-Z]{16}'],
  },
  sensitiveValuesAllowed: {
    description: 'Regular expressions for values never reported as credentials (placeholders, references), matched as written (case-sensitive).',
    default: [],
    example: ['^\\$\\{.*\\}$'],
  },
  trustedRegistries: {
    description: 'Registries (host or host/path prefixes, matched on path boundaries) images may come from; empty means not configured.',
    default: [],
    example: ['ghcr.io/acme', 'registry.k8s.io'],
  },
  untrustedRegistries: {
    description: 'Registries (host or host/path prefixes, matched on path boundaries) images must not come from.',
    default: [],
    example: ['docker.io'],
  },
  floatingImageTags: {
    description: 'Tags that name a moving target, besides a missing tag.',
    default: ['latest'],
    example: ['latest', 'main'],
  },
  imageDigestExemptRepositories: {
    description: 'Registries or repository prefixes exempt from the "pinned to digest" rule, matched on path boundaries (`internal-registry` covers `internal-registry/app`, not `internal-registry-attacker/app`).',
    default: [],
    example: ['registry.internal/dev'],
  },
  recommendedLabels: {
    description: 'At least one of these labels should be set on workloads and their pods.',
    default: ['app', 'tier', 'phase', 'version', 'owner', 'env'],
    example: ['app', 'owner'],
  },
  k8sRecommendedLabels: {
    description: 'At least one of the Kubernetes recommended labels should be set.',
    default: [
      'app.kubernetes.io/name',
      'app.kubernetes.io/instance',
      'app.kubernetes.io/version',
      'app.kubernetes.io/component',
      'app.kubernetes.io/part-of',
      'app.kubernetes.io/managed-by',
      'app.kubernetes.io/created-by',
    ],
    example: ['app.kubernetes.io/name'],
  },
  cpuLimitMax: {
    description: 'Largest CPU limit accepted, a Kubernetes quantity (e.g. "4" or "1500m"); empty means no ceiling.',
    default: [],
    example: ['4'],
    single: true,
    validate: quantityError,
  },
  memoryLimitMax: {
    description: 'Largest memory limit accepted, a Kubernetes quantity (e.g. "8Gi"); empty means no ceiling.',
    default: [],
    example: ['8Gi'],
    single: true,
    validate: quantityError,
  },
  pssVersion: {
    description: `The Kubernetes release whose Pod Security Standards the pss-* rules follow, as the pod-security.kubernetes.io/enforce-version label pins them: "latest" (${PSS_LATEST}) or "1.N" from 1.23. A newer release than ${PSS_LATEST} is judged as ${PSS_LATEST}.`,
    default: ['latest'],
    example: ['1.32'],
    single: true,
    quoted: true,
    validate: pssVersionError,
  },
  sandboxCpuLimitMax: {
    description: 'Largest CPU limit accepted in agent sandboxes (SandboxTemplate), a Kubernetes quantity, which they are judged against instead of cpuLimitMax; empty means no ceiling.',
    default: [],
    example: ['2'],
    single: true,
    validate: quantityError,
  },
  sandboxMemoryLimitMax: {
    description: 'Largest memory limit accepted in agent sandboxes (SandboxTemplate), a Kubernetes quantity, which they are judged against instead of memoryLimitMax; empty means no ceiling.',
    default: [],
    example: ['4Gi'],
    single: true,
    validate: quantityError,
  },
  hardenedSandboxRuntimeClasses: {
    description: 'RuntimeClass names that count as a hardened sandbox (gVisor, Kata).',
    default: ['gvisor', 'kata', 'kata-containers', 'kata-qemu', 'kata-fc'],
    example: ['gvisor'],
  },
};

export type Settings = Record<string, string[]>;

function quantityError(v: string): string | undefined {
  return parseQuantity(v) === undefined ? `"${v}" is not a Kubernetes quantity (e.g. "4", "500m", "8Gi")` : undefined;
}

/**
 * Reads one entry under `settings:` of `.kubegate.yaml`. Every setting is a list, and one value
 * may be written without the brackets (`cpuLimitMax: "4"` is `cpuLimitMax: ["4"]`); numbers are
 * read as their text. Returns the values or why they are refused.
 */
export function parseSettingValue(name: string, raw: unknown): { value: string[] } | { error: string } {
  const spec = SETTINGS[name];
  if (!spec) return { error: `unknown setting "${name}" (known: ${Object.keys(SETTINGS).join(', ')})` };
  const items = Array.isArray(raw) ? raw : [raw];
  if (items.some((x) => typeof x !== 'string' && (typeof x !== 'number' || !Number.isFinite(x)))) {
    return { error: `setting "${name}" must be ${spec.single ? 'a string' : 'a string or a list of strings'}` };
  }
  if (spec.quoted && items.some((x) => typeof x === 'number')) {
    return { error: `setting "${name}" must be written in quotes ("${String(items.find((x) => typeof x === 'number'))}" was read as a number; YAML reads 1.30 as 1.3)` };
  }
  const value = items.map(String);
  if (spec.single && value.length > 1) return { error: `setting "${name}" takes one value, got ${value.length}` };
  for (const v of value) {
    const bad = spec.validate?.(v);
    if (bad) return { error: `setting "${name}": ${bad}` };
  }
  return { value };
}

export function defaultSettings(): Settings {
  const out: Settings = {};
  for (const [k, s] of Object.entries(SETTINGS)) out[k] = [...s.default];
  return out;
}

/** Replaces `{ $setting: name }` parameter values with the setting's value. */
export function resolveSettingRefs(params: Record<string, unknown>, settings: Settings, onError: (msg: string) => void): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && '$setting' in v) {
      const name = String((v as { $setting: unknown }).$setting);
      if (!(name in settings)) onError(`parameter "${k}" refers to unknown setting "${name}" (known: ${Object.keys(SETTINGS).join(', ')})`);
      else out[k] = settings[name];
    } else out[k] = v;
  }
  return out;
}
