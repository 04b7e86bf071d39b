import { RE2JS } from '@bufbuild/re2';

/**
 * CEL's `matches` with RE2 semantics, as Kubernetes evaluates it: linear time whatever the
 * pattern, so a policy in a pull request cannot stall the scan with a backtracking pattern, and
 * Perl-only syntax (look-around, back-references) is rejected as the API server rejects it.
 * Patterns are compiled once: most are literals, and a rule runs over every object.
 */
const cache = new Map<string, RE2JS>();
const CACHE_MAX = 1000;

export class RegexSyntaxError extends Error {}

export function compileRe2(pattern: string): RE2JS {
  let re = cache.get(pattern);
  if (re) return re;
  try {
    re = RE2JS.compile(pattern);
  } catch (err) {
    throw new RegexSyntaxError(`invalid regular expression ${JSON.stringify(pattern)}: ${(err as Error).message}`);
  }
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
  cache.set(pattern, re);
  return re;
}

/** RE2 partial match: true when the pattern matches any substring (CEL's `matches`). */
export function re2Matches(text: string, pattern: string): boolean {
  return compileRe2(pattern).test(text);
}
