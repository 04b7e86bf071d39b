/** An image reference split the way container runtimes read it. */
export interface ImageRef {
  /** Registry host, `docker.io` when the reference names none. */
  registry: string;
  /** Repository path without registry, e.g. `library/nginx`. */
  repository: string;
  tag?: string;
  digest?: string;
}

export function parseImageRef(image: string): ImageRef {
  let rest = image.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const first = rest.indexOf('/');
  let registry = 'docker.io';
  let repository = rest;
  // the first component is a registry only when it looks like a host (dot, port or localhost)
  if (first !== -1) {
    const head = rest.slice(0, first);
    if (head.includes('.') || head.includes(':') || head === 'localhost') {
      registry = head;
      repository = rest.slice(first + 1);
    }
  }
  if (registry === 'docker.io' && !repository.includes('/')) repository = `library/${repository}`;
  return { registry, repository, tag: tag || undefined, digest: digest || undefined };
}

/**
 * Digests that pin content: the algorithms the OCI image spec registers, in their canonical
 * lower-case hex encoding of full length. Anything else (`sha256:abc`, upper case, `md5:`) is
 * either rejected by the runtime or names no verifiable content, so it pins nothing.
 */
const PINNING_DIGEST = /^(?:sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128}|blake3:[0-9a-f]{64})$/;

/** True when the reference carries a digest that pins its content. */
export function hasPinningDigest(ref: ImageRef): boolean {
  return ref.digest !== undefined && PINNING_DIGEST.test(ref.digest);
}

/**
 * True when `image` comes from `prefix` (a registry host, or host/path prefix). Matching is on
 * path boundaries: `internal-registry` covers `internal-registry/app`, never
 * `internal-registry-attacker/app`.
 */
export function imageMatchesPrefix(image: string, prefix: string): boolean {
  const ref = parseImageRef(image);
  const full = `${ref.registry}/${ref.repository}`;
  const p = prefix.trim().replace(/\/+$/, '').replace(/^index\.docker\.io\//, 'docker.io/');
  if (!p) return false;
  const under = (base: string): boolean => full === base || full.startsWith(base + '/');
  if (under(p)) return true;
  if (ref.registry !== 'docker.io') return false;
  // Docker Hub paths may be written without the registry (`bitnami`, `library/nginx`) and an
  // official image without `library/` (`nginx`, `docker.io/nginx`)
  const hubPath = p.startsWith('docker.io/') ? p.slice('docker.io/'.length) : p;
  return under(`docker.io/${hubPath}`) || (!hubPath.includes('/') && under(`docker.io/library/${hubPath}`));
}
