import { podView, POD_KINDS } from '../pod-spec';
import { bindingsOfServiceAccount, describeBinding, firstGrant, hasBindings, parsePermissionQueries, roleOfBinding } from '../rbac';
import { findServiceAccount, serviceAccountOf, tokenMounted } from '../service-accounts';
import type { ObjectIndex } from '../object-index';
import type { Template } from '../template';

/** What a service account's bindings in scope grant, as far as one rule's queries go. */
type AccountVerdict = { permission: string; role: string; binding: string } | { skipped: string } | null;

/**
 * Follows workload → service account → bindings → role across the scan: a pod that mounts the
 * token of an account holding dangerous permissions hands them to whoever compromises the pod.
 * Built-in roles (cluster-admin, admin, edit, view) are known without being in the manifests.
 */
export const workloadRbac: Template = {
  name: 'workload-rbac',
  description: "Flags workloads that mount the token of a service account whose bindings in scope grant one of the given permissions.",
  kinds: POD_KINDS,
  placeholders: ['serviceAccount', 'permission', 'role', 'binding'],
  params: {
    grants: { type: 'any', required: true, description: 'Permissions that make the account dangerous (same form as rbac-permission `grants`).' },
  },
  compile(p) {
    const queries = parsePermissionQueries(p.grants, 'grants');
    // the verdict depends on the account only: the workloads sharing one are judged once (a
    // namespace of thousands of workloads and bindings stays linear)
    const verdicts = new WeakMap<ObjectIndex, Map<string, AccountVerdict>>();
    const verdictOf = (index: ObjectIndex, name: string, ns: string): AccountVerdict => {
      let perIndex = verdicts.get(index);
      if (!perIndex) verdicts.set(index, (perIndex = new Map()));
      const key = `${ns}\u0000${name}`;
      let v = perIndex.get(key);
      if (v === undefined) perIndex.set(key, (v = judgeAccount(index, name, ns)));
      return v;
    };
    const judgeAccount = (index: ObjectIndex, name: string, ns: string): AccountVerdict => {
      const unknownRoles: string[] = [];
      for (const binding of bindingsOfServiceAccount(index, name, ns)) {
        const role = roleOfBinding(binding, index);
        if (!role) continue;
        if (role.source === 'missing') {
          unknownRoles.push(`${role.kind} ${role.name}`);
          continue;
        }
        for (const r of role.rules) {
          const permission = firstGrant(r, queries);
          if (permission) return { permission, role: `${role.kind} ${role.name}`, binding: describeBinding(binding) };
        }
      }
      if (unknownRoles.length > 0) return { skipped: `service account ${name} is bound to ${unknownRoles.join(', ')}, which is not in scope` };
      return null;
    };
    return (obj, ctx) => {
      const pod = podView(obj);
      if (!pod) return undefined;
      const ns = obj.namespace ?? 'default';
      const sa = serviceAccountOf(pod);
      if (!tokenMounted(pod, findServiceAccount(ctx.index, sa.name, obj.namespace))) return [];
      if (!hasBindings(ctx.index)) return { skipped: 'no RoleBinding or ClusterRoleBinding in scope' };
      const v = verdictOf(ctx.index, sa.name, ns);
      if (v === null) return [];
      if ('skipped' in v) return { skipped: v.skipped };
      return [{ path: sa.path ?? pod.path, data: { serviceAccount: sa.name, ...v }, fixBase: pod.path }];
    };
  },
};
