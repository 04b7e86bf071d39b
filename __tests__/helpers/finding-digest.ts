import { createHash } from 'node:crypto';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * One line per SARIF result: fingerprint, rule, region, and a digest of its message and fixes,
 * sorted. Two scans with the same lines found the same problems at the same places and offered
 * the same fixes, whatever order their reports list them in.
 */
export function findingDigests(sarif: any): string[] {
  return sarif.runs[0].results
    .map((r: any) => {
      const g = r.locations[0].physicalLocation.region;
      const digest = createHash('sha1').update(`${r.message.text}\n${JSON.stringify(r.fixes ?? null)}`).digest('hex').slice(0, 12);
      return `${r.partialFingerprints['kubegate/v1']}\t${r.ruleId}\t${g.startLine}:${g.startColumn}-${g.endLine}:${g.endColumn}\t${digest}`;
    })
    .sort();
}
