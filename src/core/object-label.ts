import type { KubeObject } from './model';

/** Stable key of an object within a scan: used for tallies and exceptions. */
export function objectKey(o: Pick<KubeObject, 'file' | 'docIndex' | 'basePath' | 'kind' | 'namespace' | 'name'>): string {
  return `${o.file}#${o.docIndex}${o.basePath.length ? `/${o.basePath.join('/')}` : ''}|${o.kind}/${o.namespace ?? ''}/${o.name}`;
}

/** `<namespace>/<Kind>/<name>`, the object's logical location. */
export function objectLabel(o: { kind: string; namespace?: string; name: string }): string {
  return `${o.namespace ? `${o.namespace}/` : ''}${o.kind}/${o.name || '(unnamed)'}`;
}
