import type { Diagnostic, Finding, KubeObject, Suppression } from '../core/model';
import { objectKey, objectLabel } from '../core/object-label';
import { isExpired } from './expiry';
import { hasAnnotations, IGNORE, inlineSuppressionsOf, type InlineSuppression } from './inline';
import type { Catalog } from '../policy/catalog';
import { ruleResolver, type RuleResolver } from './resolver';
import { entryDiagnostic, type ExceptionEntry, type ExceptionSet } from './types';
import { append } from '../core/arrays';

/** Fingerprints known from an earlier scan: findings carrying one are not new. */
export interface KnownFingerprints {
  fingerprints: ReadonlySet<string>;
  /** Human text naming where they come from: "the base commit 1a2b3c4", "baseline.sarif". */
  label: string;
  /** Suppression.source for findings it covers. */
  source: string;
}

export interface SuppressionOptions {
  exceptions?: ExceptionSet;
  /** Honour annotations on the objects (ours and the peers'). Needs `resolver` or `catalog`. */
  inline?: boolean;
  resolver?: RuleResolver;
  /** Resolves the rule and control ids annotations name, when no `resolver` is given. */
  catalog?: Catalog;
  baseline?: KnownFingerprints;
  /** The clock, injected so expiry is testable: ms since epoch or a Date. */
  now: number | Date;
}

export interface SuppressionOutcome {
  findings: Finding[];
  diagnostics: Diagnostic[];
}

/**
 * Sets `suppression` on the findings that an exception, an annotation on their object or the
 * baseline covers (in that order of precedence: an exception carries an owner and an expiry, an
 * annotation at least sits beside the code, a baseline only says "not new"). Nothing is removed:
 * reports list suppressed findings as acknowledged. Also reports exceptions that matched nothing
 * (stale) and exceptions that have expired.
 */
export function applySuppressions(findings: Finding[], objects: readonly KubeObject[], opts: SuppressionOptions): SuppressionOutcome {
  const now = typeof opts.now === 'number' ? opts.now : opts.now.getTime();
  const diagnostics: Diagnostic[] = [...(opts.exceptions?.diagnostics ?? [])];
  const entries = opts.exceptions?.entries ?? [];
  const expired = entries.map((e) => isExpired(e.expiresAt, now));
  const used = entries.map(() => 0);

  // objects by key, the last of a key winning; only exceptions files match findings against
  // their objects, so a scan without one does not key every object again
  const objectsByKey = entries.length ? keyed(objects) : undefined;

  const inline = new Map<string, InlineSuppression[]>();
  const annotated = new Map<string, KubeObject>();
  const inlineUsed = new Set<InlineSuppression>();
  if (opts.inline) {
    const resolver = opts.resolver ?? (opts.catalog && ruleResolver(opts.catalog));
    if (!resolver) throw new Error('applySuppressions: inline suppressions need a rule resolver or the catalog');
    // objects of one key are one document read twice (an overlay's base): the same annotations
    for (const [key, o] of keyed(objects.filter(hasAnnotations))) {
      annotated.set(key, o);
      const r = inlineSuppressionsOf(o, resolver, now);
      if (r.suppressions.length) inline.set(key, r.suppressions);
      append(diagnostics, r.diagnostics);
    }
  }

  for (const f of findings) {
    if (f.suppression) continue;
    const obj = objectsByKey?.get(f.objectKey);
    let chosen: Suppression | undefined;
    entries.forEach((e, i) => {
      if (!e.matches(f, obj)) return;
      used[i]++;
      if (!expired[i] && !chosen) chosen = fromEntry(e, opts.exceptions!.file);
    });
    for (const s of inline.get(f.objectKey) ?? []) {
      if (s.rules !== null && !s.rules.has(f.ruleId)) continue;
      inlineUsed.add(s);
      chosen ??= { kind: 'inSource', justification: s.justification, owner: s.owner, expires: s.expires, source: `annotation ${s.key}` };
    }
    if (!chosen && opts.baseline?.fingerprints.has(f.fingerprint)) {
      chosen = { kind: 'baseline', justification: `already present in ${opts.baseline.label}`, source: opts.baseline.source };
    }
    if (chosen) f.suppression = chosen;
  }

  entries.forEach((e, i) => {
    const n = used[i];
    if (expired[i]) {
      const what = n === 0 ? 'it matches no finding either: remove it' : `${n} finding${n === 1 ? '' : 's'} it matches count again`;
      diagnostics.push(entryDiagnostic(e, 'warning', 'expired-exception', `exception ${e.label} expired on ${e.expires}: ${what}`));
    } else if (n === 0) {
      diagnostics.push(entryDiagnostic(e, 'warning', 'stale-exception', `exception ${e.label} matches no finding: remove it, or correct its rules and resource match`));
    }
  });
  // only our own annotation is checked for staleness: the peers' name checks we may not run
  for (const [key, list] of inline) {
    for (const s of list) {
      if (s.tool !== 'kubegate' || inlineUsed.has(s)) continue;
      const o = annotated.get(key)!;
      diagnostics.push({ level: 'notice', code: 'stale-suppression', message: `${IGNORE} on ${objectLabel(o)} suppresses no finding: remove it or correct its ids`, file: o.file, range: o.locate(s.path).range, gating: false });
    }
  }
  return { findings, diagnostics };
}

function keyed(objects: readonly KubeObject[]): Map<string, KubeObject> {
  const out = new Map<string, KubeObject>();
  for (const o of objects) out.set(objectKey(o), o);
  return out;
}

function fromEntry(e: ExceptionEntry, file: string): Suppression {
  return { kind: 'external', justification: e.reason, owner: e.owner, expires: e.expires, source: `${file}:${e.location.startLine} (${e.label})` };
}
