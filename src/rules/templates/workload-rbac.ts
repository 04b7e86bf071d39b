import { podView, POD_KINDS } from '../pod-spec';
import { bindingsOfServiceAccount, describeBinding, firstGrant, hasBindings, parsePermissionQueries, roleOfBinding } from '../rbac';
import { findServiceAccount, serviceAccountOf, tokenMounted } from '../service-accounts';
import type { Template } from '../template';

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
    return (obj, ctx) => {
      const pod = podView(obj);
      if (!pod) return undefined;
      const ns = obj.namespace ?? 'default';
      const sa = serviceAccountOf(pod);
      if (!tokenMounted(pod, findServiceAccount(ctx.index, sa.name, obj.namespace))) return [];
      if (!hasBindings(ctx.index)) return { skipped: 'no RoleBinding or ClusterRoleBinding in scope' };
      const unknownRoles: string[] = [];
      for (const binding of bindingsOfServiceAccount(ctx.index, sa.name, ns)) {
        const role = roleOfBinding(binding, ctx.index);
        if (!role) continue;
        if (role.source === 'missing') {
          unknownRoles.push(`${role.kind} ${role.name}`);
          continue;
        }
        for (const r of role.rules) {
          const permission = firstGrant(r, queries);
          if (permission) {
            return [{ path: sa.path ?? pod.path, data: { serviceAccount: sa.name, permission, role: `${role.kind} ${role.name}`, binding: describeBinding(binding) }, fixBase: pod.path }];
          }
        }
      }
      if (unknownRoles.length > 0) return { skipped: `service account ${sa.name} is bound to ${unknownRoles.join(', ')}, which is not in scope` };
      return [];
    };
  },
};
