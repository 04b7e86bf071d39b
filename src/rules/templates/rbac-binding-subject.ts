import { BINDING_KINDS, describeSubject, firstGrant, isSystemSubject, parsePermissionQueries, roleOfBinding, subjectsOf } from '../rbac';
import { isRecord } from '../pod-spec';
import type { Hit, Template } from '../template';

/**
 * Who a binding grants a role to: anonymous users, every authenticated user, a namespace's
 * default service account, anyone at all for cluster-admin. Findings sit on the `subjects[i]`
 * entry, the one to remove.
 */
export const rbacBindingSubject: Template = {
  name: 'rbac-binding-subject',
  description: 'Flags subjects of RoleBindings and ClusterRoleBindings by subject name, bound role, and optionally what the bound role grants.',
  kinds: [...BINDING_KINDS],
  placeholders: ['subject', 'role', 'permission'],
  params: {
    subjectNames: { type: 'string[]', default: [], description: 'Subject names to flag; empty flags every subject except control-plane identities (`system:kube-scheduler`, `system:nodes`...).' },
    subjectKinds: { type: 'string[]', default: [], enum: ['User', 'Group', 'ServiceAccount'], description: 'Subject kinds to flag; empty means any.' },
    roleRefNames: { type: 'string[]', default: [], description: 'Only bindings to these roles; empty means any role.' },
    ignoreRoleRefs: { type: 'string[]', default: [], description: 'Bindings to these roles are never flagged (harmless defaults such as `system:public-info-viewer`).' },
    exemptServiceAccounts: { type: 'string[]', default: [], description: 'ServiceAccounts (by name, in any namespace) never flagged: the account a role is made for.' },
    roleGrants: {
      type: 'any',
      default: [],
      description: 'When set, only bindings whose role grants one of these permissions (same form as rbac-permission `grants`). Roles neither in scope nor built in (cluster-admin, admin, edit, view) make the binding "not evaluated".',
    },
  },
  compile(p) {
    const names = new Set(p.subjectNames as string[]);
    const kinds = new Set(p.subjectKinds as string[]);
    const roleNames = new Set(p.roleRefNames as string[]);
    const ignore = new Set(p.ignoreRoleRefs as string[]);
    const exempt = new Set(p.exemptServiceAccounts as string[]);
    const queries = parsePermissionQueries(p.roleGrants, 'roleGrants');
    return (obj, ctx) => {
      const ref = obj.raw?.roleRef;
      if (!isRecord(ref) || typeof ref.name !== 'string') return undefined;
      if (ignore.has(ref.name) || (roleNames.size > 0 && !roleNames.has(ref.name))) return [];
      const subjects = subjectsOf(obj).filter(
        (s) => (kinds.size === 0 || kinds.has(s.kind)) && (names.size > 0 ? names.has(s.name) : !isSystemSubject(s)) && !(s.kind === 'ServiceAccount' && exempt.has(s.name)),
      );
      if (subjects.length === 0) return [];
      const role = `${String(ref.kind)} ${ref.name}`;
      let permission = '';
      if (queries.length > 0) {
        const resolved = roleOfBinding(obj, ctx.index);
        if (!resolved) return [];
        for (const r of resolved.rules) {
          permission = firstGrant(r, queries) ?? '';
          if (permission) break;
        }
        if (!permission) return resolved.source === 'missing' ? { skipped: `${role} is not in scope, so what it grants is unknown` } : [];
      }
      return subjects.map((s): Hit => ({ path: ['subjects', s.index], data: { subject: describeSubject(s), role, permission } }));
    };
  },
};
