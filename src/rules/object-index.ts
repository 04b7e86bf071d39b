import type { KubeObject } from '../model';

/**
 * All objects of a scan, indexed for rules that look across objects (RBAC bindings, network
 * policies, service accounts). Built once per scan.
 */
export class ObjectIndex {
  private readonly byKind = new Map<string, KubeObject[]>();

  constructor(readonly objects: readonly KubeObject[]) {
    for (const o of objects) {
      let list = this.byKind.get(o.kind);
      if (!list) this.byKind.set(o.kind, (list = []));
      list.push(o);
    }
  }

  ofKind(kind: string): readonly KubeObject[] {
    return this.byKind.get(kind) ?? [];
  }

  has(kind: string): boolean {
    return this.byKind.has(kind);
  }

  /** Finds a namespaced object; objects without a namespace are taken as in `default`. */
  find(kind: string, name: string, namespace: string | undefined): KubeObject | undefined {
    const ns = namespace ?? 'default';
    return this.ofKind(kind).find((o) => o.name === name && (o.namespace ?? 'default') === ns);
  }
}
