import type { Finding } from './model';

/** `f` as a plain object (a spread would miss a RuleFinding's message), in report field order. */
export function plainFinding(f: Finding): Finding {
  return {
    ruleId: f.ruleId,
    title: f.title,
    severity: f.severity,
    message: f.message,
    remediation: f.remediation,
    object: f.object,
    file: f.file,
    range: f.range,
    path: f.path,
    fingerprint: f.fingerprint,
    objectKey: f.objectKey,
    controls: f.controls,
    container: f.container,
    fix: f.fix,
    origin: f.origin,
    ...(f.suppression !== undefined ? { suppression: f.suppression } : {}),
  };
}
