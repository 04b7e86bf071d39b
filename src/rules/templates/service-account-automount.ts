import { bindingsOfServiceAccount, describeBinding, hasBindings, summarize } from '../rbac';
import type { Template } from '../template';

/**
 * A ServiceAccount that does not turn token automounting off lends its token to every pod that
 * runs as it and does not opt out itself. Pods that need the token can opt in one by one.
 */
export const serviceAccountAutomount: Template = {
  name: 'service-account-automount',
  description: 'Flags ServiceAccounts that do not set automountServiceAccountToken: false, optionally only named ones or only those with RBAC bindings in scope.',
  kinds: ['ServiceAccount'],
  placeholders: ['bindings'],
  params: {
    names: { type: 'string[]', default: [], description: 'Only ServiceAccounts with these names; empty means any.' },
    onlyWithBindings: {
      type: 'boolean',
      default: false,
      description: 'Only accounts that a RoleBinding or ClusterRoleBinding in scope grants a role to (without any binding in scope the account is "not evaluated").',
    },
  },
  compile(p) {
    const names = new Set(p.names as string[]);
    const onlyWithBindings = p.onlyWithBindings as boolean;
    return (obj, ctx) => {
      if (names.size > 0 && !names.has(obj.name)) return undefined;
      const automount = obj.raw?.automountServiceAccountToken;
      if (automount === false) return [];
      let bindings = '';
      if (onlyWithBindings) {
        if (!hasBindings(ctx.index)) return { skipped: 'no RoleBinding or ClusterRoleBinding in scope' };
        const ns = obj.namespace ?? 'default';
        const found = bindingsOfServiceAccount(ctx.index, obj.name, ns);
        if (found.length === 0) return [];
        bindings = summarize(found.map(describeBinding));
      }
      const path = automount === undefined ? ['metadata', 'name'] : ['automountServiceAccountToken'];
      return [{ path, data: { bindings }, fixBase: [] }];
    };
  },
};
