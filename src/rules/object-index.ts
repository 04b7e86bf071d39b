import type { KubeObject } from '../core/model';

/**
 * All objects of a scan, indexed for rules that look across objects (RBAC bindings, network
 * policies, service accounts). Built once per scan.
 */
export class ObjectIndex {
  private readonly byKind = new Map<string, KubeObject[]>();
  private readonly byName = new Map<string, Map<string, KubeObject>>();

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
    let named = this.byName.get(kind);
    if (!named) {
      // built on first use per kind: every workload looks up its account, every object its namespace
      named = new Map();
      for (const o of this.ofKind(kind)) {
        const key = nameKey(o.name, o.namespace);
        if (!named.has(key)) named.set(key, o);
      }
      this.byName.set(kind, named);
    }
    return named.get(nameKey(name, namespace));
  }
}

function nameKey(name: string, namespace: string | undefined): string {
  return `${namespace ?? 'default'}\u0000${name}`;
}
