/**
 * Pod Security Standards versions. Pod Security Admission keeps each check as a list of versions
 * (the check as of 1.0, as changed in 1.25, ...) and judges a namespace at the version its
 * `pod-security.kubernetes.io/enforce-version` label pins, `latest` by default. kubegate keeps
 * the same table in the rules' params (`{ $byPssVersion: { "1.23": ..., "1.27": ... } }`) and in
 * `pssSince` for checks that did not exist before a release, so the `pssVersion` setting can judge
 * manifests as a cluster of that release would.
 */
export const PSS_LATEST = '1.37';
/** Pod Security Admission is on by default from 1.23; older releases have no checks to pin. */
export const PSS_OLDEST = '1.23';

const VERSION_RE = /^1\.(\d{1,3})$/;

/** The minor number of a `1.N` version, or undefined. */
export function pssMinor(v: string): number | undefined {
  const m = VERSION_RE.exec(v.trim());
  return m ? Number(m[1]) : undefined;
}

/** Why a `pssVersion` setting is refused, or undefined. */
export function pssVersionError(v: string): string | undefined {
  if (v === 'latest') return undefined;
  const minor = pssMinor(v);
  if (minor === undefined) return `"${v}" is not a Kubernetes version: write "latest" or "1.N", e.g. "1.32"`;
  if (minor < pssMinor(PSS_OLDEST)!) return `"${v}" is older than ${PSS_OLDEST}, the first release that enforces Pod Security Standards by default`;
  return undefined;
}

/**
 * The minor version checks are judged at. A release newer than the newest kubegate knows is
 * judged as that newest one, as Pod Security Admission judges a version newer than its own checks.
 */
export function effectivePssMinor(setting: readonly string[] | undefined): number {
  const latest = pssMinor(PSS_LATEST)!;
  const v = setting?.[0];
  if (!v || v === 'latest') return latest;
  return Math.min(pssMinor(v) ?? latest, latest);
}

/** One change of a rule's parameter at a release, for the docs. */
export interface PssChange {
  version: string;
  param: string;
  value: unknown;
}

/**
 * Replaces `{ $byPssVersion: { "1.23": a, "1.27": b } }` parameter values with the entry of the
 * newest release not after `minor`. Reports malformed tables through `onError`; returns the
 * resolved params and every entry (the rule's version history).
 */
export function resolvePssVersionRefs(params: Record<string, unknown>, minor: number, onError: (msg: string) => void): { params: Record<string, unknown>; changes: PssChange[] } {
  const out: Record<string, unknown> = {};
  const changes: PssChange[] = [];
  for (const [k, v] of Object.entries(params)) {
    if (v === null || typeof v !== 'object' || Array.isArray(v) || !('$byPssVersion' in v)) {
      out[k] = v;
      continue;
    }
    const table = (v as { $byPssVersion: unknown }).$byPssVersion;
    if (table === null || typeof table !== 'object' || Array.isArray(table)) {
      onError(`parameter "${k}": $byPssVersion must map versions ("1.23") to values`);
      continue;
    }
    const entries = Object.entries(table as Record<string, unknown>);
    const bad = entries.find(([ver]) => pssMinor(ver) === undefined);
    if (bad) {
      onError(`parameter "${k}": $byPssVersion key "${bad[0]}" is not a version like "1.27"`);
      continue;
    }
    entries.sort((a, b) => pssMinor(a[0])! - pssMinor(b[0])!);
    if (pssMinor(entries[0]?.[0] ?? '') !== pssMinor(PSS_OLDEST)) {
      onError(`parameter "${k}": $byPssVersion must start at ${PSS_OLDEST}, the oldest version the pssVersion setting accepts`);
      continue;
    }
    let chosen: unknown;
    for (const [ver, value] of entries) {
      changes.push({ version: ver, param: k, value });
      if (pssMinor(ver)! <= minor) chosen = value;
    }
    out[k] = chosen;
  }
  return { params: out, changes };
}
