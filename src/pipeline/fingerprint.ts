import * as crypto from 'node:crypto';

/**
 * Line-independent identity of a finding: rule, file, object (group/kind, namespace, name) and
 * field path. Edits elsewhere in the file and reordering documents keep it; moving the object
 * to another file makes it a new finding (documented in docs/baseline.md).
 */
export function fingerprint(ruleId: string, file: string, o: FingerprintedObject, path: string): string {
  // joined as Array#join would join them (a missing value is empty); the first 16 bytes as hex:
  // a string of its own, not a slice keeping the whole digest alive
  return sha256(`${ruleId}\u0000${identityText(file, o)}\u0000${path}`).toString('hex', 0, 16);
}

export interface FingerprintedObject {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
}

/**
 * The part of a fingerprint's text that names the object: two objects with the same text give
 * their findings of one rule and path the same fingerprint (an overlay's base read twice).
 */
function identityText(file: string, o: FingerprintedObject): string {
  return `${file}\u0000${group(o.apiVersion)}\u0000${o.kind ?? ''}\u0000${o.namespace ?? ''}\u0000${o.name ?? ''}`;
}

/**
 * SHA-256 of the UTF-8 of `text`: crypto.hash in one call where Node has it (20.12, 21.7), a
 * Hash object otherwise. A finding costs one hash, and the Hash object was most of its price.
 */
const sha256: (text: string) => Buffer = (() => {
  const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'buffer') => unknown }).hash;
  if (typeof oneShot === 'function' && Buffer.isBuffer(oneShot('sha256', '', 'buffer'))) return (text) => oneShot('sha256', text, 'buffer') as Buffer;
  return (text) => crypto.createHash('sha256').update(text).digest();
})();

/** Whether two objects' identities are the same: their findings of one rule and path have one fingerprint. */
export function sameIdentity(fileA: string, a: FingerprintedObject, fileB: string, b: FingerprintedObject): boolean {
  return fileA === fileB && (a.name ?? '') === (b.name ?? '') && (a.kind ?? '') === (b.kind ?? '') && (a.namespace ?? '') === (b.namespace ?? '') && group(a.apiVersion) === group(b.apiVersion);
}

function group(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash >= 0 ? apiVersion.slice(0, slash) : '';
}
