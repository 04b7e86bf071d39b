import picomatch from 'picomatch';

/**
 * Glob matching for exception fields. Names, kinds and namespaces use the same syntax as paths
 * (`*`, `?`, `[a-z]`, `{a,b}`); a value without glob characters is an exact, case-sensitive match.
 */
export type Matcher = (value: string) => boolean;

export function globMatcher(patterns: readonly string[]): Matcher {
  const tests = patterns.map((p) => picomatch(p, { dot: true }));
  return (v) => tests.some((t) => t(v));
}

/** Whether `pattern` accepts every value `narrower` accepts, judged on the literal (for tamper reports). */
export function globCovers(pattern: string, narrower: string): boolean {
  return pattern === narrower || picomatch(pattern, { dot: true })(narrower);
}
