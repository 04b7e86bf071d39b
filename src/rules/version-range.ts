/**
 * Release versions read from image tags and compared with affected ranges of an advisory.
 * Only tags that start with a numeric version (`v2.1.3`, `9.2.3-ubuntu`) are judged: a tag such
 * as `latest` or a digest says nothing about the version, so no finding is raised for it.
 */
export type Version = [number, number, number];

export function versionFromTag(tag: string | undefined): Version | undefined {
  if (!tag) return undefined;
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:[-+._].*)?$/.exec(tag);
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
}

export function compareVersions(a: Version, b: Version): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

type Op = '<' | '<=' | '>' | '>=' | '=';
export type VersionRange = Array<{ op: Op; version: Version }>;

/** `">=2.2.0 <2.2.4"`: every comparator must hold. Throws on a malformed range. */
export function parseRange(text: string): VersionRange {
  const parts = text.trim().split(/\s+/);
  return parts.map((p) => {
    const m = /^(<=|>=|<|>|=)?v?(\d+(?:\.\d+){0,2})$/.exec(p);
    if (!m) throw new Error(`"${p}" is not a comparator such as <2.1.9 or >=1.8.3`);
    const nums = m[2].split('.').map(Number);
    return { op: (m[1] ?? '=') as Op, version: [nums[0], nums[1] ?? 0, nums[2] ?? 0] };
  });
}

export function inRange(v: Version, range: VersionRange): boolean {
  return range.every(({ op, version }) => {
    const c = compareVersions(v, version);
    switch (op) {
      case '<':
        return c < 0;
      case '<=':
        return c <= 0;
      case '>':
        return c > 0;
      case '>=':
        return c >= 0;
      case '=':
        return c === 0;
    }
  });
}
