import type { Diagnostic, FieldPath, KubeObject } from '../core/model';
import { isRecord, podMetaPath, POD_KINDS } from '../rules/pod-spec';
import { isExpired, parseExpiry } from './expiry';
import { CHECKOV, KUBE_LINTER, KUBE_SCORE, POLARIS } from './peer-mappings';
import type { RuleResolver } from './resolver';

/**
 * Suppressions written on the object itself, as annotations: they travel with the manifest
 * through Helm and Kustomize, unlike comments. Read from the object's metadata and, for workloads,
 * from the pod template's metadata too (where teams often put them so Pods carry them as well);
 * either way they cover every finding on the object.
 */
export interface InlineSuppression {
  /** Rule ids covered; null for every rule. */
  rules: ReadonlySet<string> | null;
  justification: string;
  owner?: string;
  expires?: string;
  /** The annotation that grants it. */
  key: string;
  /** Object-relative path of that annotation. */
  path: FieldPath;
  tool: 'kubegate' | 'kubescape' | 'kube-linter' | 'polaris' | 'checkov' | 'kube-score';
}

export const IGNORE = 'kubegate.io/ignore';
export const IGNORE_REASON = 'kubegate.io/ignore-reason';
export const IGNORE_OWNER = 'kubegate.io/ignore-owner';
export const IGNORE_EXPIRES = 'kubegate.io/ignore-expires';
const KS_SKIP = 'kubescape.io/skip-controls';
const KS_REASON = 'kubescape.io/skip-reason';
const KS_EXPIRY = 'kubescape.io/skip-expiry';
const KL_PREFIX = 'ignore-check.kube-linter.io/';
const KL_ALL = 'kube-linter.io/ignore-all';
const POLARIS_ALL = 'polaris.fairwinds.com/exempt';
const POLARIS_ONE = /^polaris\.fairwinds\.com\/(.+)-exempt$/;
const CHECKOV_SKIP = /^(?:checkov|bridgecrew)\.io\/skip\d*$/;
const KUBE_SCORE_IGNORE = 'kube-score/ignore';

const NO_REASON = 'no reason given';

export interface InlineResult {
  suppressions: InlineSuppression[];
  diagnostics: Diagnostic[];
}

/** Whether the object has annotations where suppressions are read: most objects have none to read. */
export function hasAnnotations(obj: KubeObject): boolean {
  return annotationPlaces(obj).some((place) => isRecord(get(obj.raw, place)));
}

// where suppressions are read, per kind: the object's own annotations, and a workload's pod template's
const OWN_ONLY: readonly FieldPath[] = [['metadata', 'annotations']];
const PLACES: Record<string, readonly FieldPath[]> = Object.fromEntries(POD_KINDS.map((k) => [k, [...OWN_ONLY, [...podMetaPath(k)!, 'annotations']]]));

function annotationPlaces(obj: KubeObject): readonly FieldPath[] {
  return Object.hasOwn(PLACES, obj.kind) ? PLACES[obj.kind] : OWN_ONLY;
}

export function inlineSuppressionsOf(obj: KubeObject, resolver: RuleResolver, now: number): InlineResult {
  const out: InlineResult = { suppressions: [], diagnostics: [] };
  for (const place of annotationPlaces(obj)) {
    const ann = get(obj.raw, place);
    if (isRecord(ann)) readAnnotations(obj, place, ann as Record<string, unknown>, resolver, now, out);
  }
  return out;
}

function readAnnotations(obj: KubeObject, place: FieldPath, ann: Record<string, unknown>, resolver: RuleResolver, now: number, out: InlineResult): void {
  const str = (k: string) => (typeof ann[k] === 'string' ? (ann[k] as string).trim() : undefined);
  const diag = (key: string, level: Diagnostic['level'], code: string, message: string) => {
    const { range } = obj.locate([...place, key]);
    out.diagnostics.push({ level, code, message, file: obj.file, range, gating: false });
  };
  const add = (s: Omit<InlineSuppression, 'path'>) => out.suppressions.push({ ...s, path: [...place, s.key] });
  const label = `${obj.kind} ${obj.name}`;

  // an expiry that cannot be read or has passed makes the suppression void: fail closed
  const expiryOk = (key: string, value: string | undefined): boolean => {
    if (value === undefined || value === '') return true;
    const p = parseExpiry(value);
    if ('error' in p) {
      diag(key, 'warning', 'invalid-suppression-expiry', `${key} on ${label}: ${p.error}; the suppression is not applied`);
      return false;
    }
    if (isExpired(p.at, now)) {
      diag(key, 'warning', 'expired-suppression', `the suppression on ${label} expired on ${value}; its findings count again`);
      return false;
    }
    return true;
  };

  const ignore = str(IGNORE);
  if (ignore !== undefined) {
    const rules = new Set<string>();
    let all = false;
    for (const id of splitIds(ignore)) {
      if (id === '*' || id.toLowerCase() === 'all') all = true;
      else {
        const rs = resolver.resolve(id);
        if (rs) rs.forEach((r) => rules.add(r));
        else diag(IGNORE, 'warning', 'unknown-suppression-id', `${IGNORE} on ${label} names "${id}", which is neither a kubegate rule nor a control id`);
      }
    }
    const reason = str(IGNORE_REASON);
    // a missing reason still suppresses (the annotation is a decision someone made), but it is reported
    if (!reason) diag(IGNORE, 'notice', 'suppression-without-reason', `${IGNORE} on ${label} has no ${IGNORE_REASON}; say why the finding is accepted`);
    const expires = str(IGNORE_EXPIRES);
    if ((all || rules.size > 0) && expiryOk(IGNORE_EXPIRES, expires)) {
      add({ rules: all ? null : rules, justification: reason || NO_REASON, owner: str(IGNORE_OWNER) || undefined, expires: expires || undefined, key: IGNORE, tool: 'kubegate' });
    }
  }

  const ks = str(KS_SKIP);
  if (ks !== undefined) {
    // Kubescape ids we do not implement are simply not ours to skip
    const rules = new Set(splitIds(ks).flatMap((c) => resolver.rulesOfControl(c) ?? []));
    const expires = str(KS_EXPIRY);
    if (rules.size > 0 && expiryOk(KS_EXPIRY, expires)) add({ rules, justification: str(KS_REASON) || NO_REASON, expires: expires || undefined, key: KS_SKIP, tool: 'kubescape' });
  }

  for (const [key, raw] of Object.entries(ann)) {
    const value = typeof raw === 'string' ? raw.trim() : raw === true ? 'true' : '';
    if (key === KL_ALL) add({ rules: null, justification: value || NO_REASON, key, tool: 'kube-linter' });
    else if (key.startsWith(KL_PREFIX)) mapped(KUBE_LINTER.checks, key.slice(KL_PREFIX.length), (rules) => add({ rules, justification: value || NO_REASON, key, tool: 'kube-linter' }));
    else if (key === POLARIS_ALL) {
      // Polaris honours only "true": "false" is how a team re-enables checks on an object
      if (value.toLowerCase() === 'true') add({ rules: null, justification: NO_REASON, key, tool: 'polaris' });
    } else if (POLARIS_ONE.test(key)) {
      if (value.toLowerCase() === 'true') mapped(POLARIS.checks, POLARIS_ONE.exec(key)![1], (rules) => add({ rules, justification: NO_REASON, key, tool: 'polaris' }));
    } else if (CHECKOV_SKIP.test(key)) {
      const eq = value.indexOf('=');
      const id = (eq < 0 ? value : value.slice(0, eq)).trim();
      const reason = eq < 0 ? '' : value.slice(eq + 1).trim();
      mapped(CHECKOV.checks, id, (rules) => add({ rules, justification: reason || NO_REASON, key, tool: 'checkov' }));
    } else if (key === KUBE_SCORE_IGNORE) {
      const rules = new Set(splitIds(value).flatMap((c) => KUBE_SCORE.checks[c] ?? []));
      if (rules.size > 0) add({ rules, justification: NO_REASON, key, tool: 'kube-score' });
    }
  }
}

function mapped(table: Record<string, string[]>, check: string, then: (rules: Set<string>) => void): void {
  const rules = table[check];
  if (rules) then(new Set(rules));
}

function splitIds(s: string): string[] {
  return s
    .split(/[\s,]+/)
    .map((x) => x.trim())
    .filter(Boolean);
}

function get(v: unknown, path: FieldPath): unknown {
  let cur = v;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur;
}
