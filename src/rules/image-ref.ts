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

/** True when `image` comes from `prefix` (a registry host, or host/path prefix). */
export function imageMatchesPrefix(image: string, prefix: string): boolean {
  const ref = parseImageRef(image);
  const full = `${ref.registry}/${ref.repository}`;
  const p = prefix.replace(/\/+$/, '');
  if (!p) return false;
  if (full === p || full.startsWith(p + '/')) return true;
  // `nginx` or `library/nginx` style prefixes name Docker Hub paths
  const hub = `docker.io/${p.includes('/') ? p : `library/${p}`}`;
  return ref.registry === 'docker.io' && (full === hub || full.startsWith(hub + '/') || full.startsWith(`docker.io/${p}/`));
}
