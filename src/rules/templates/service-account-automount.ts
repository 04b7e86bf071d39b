import { BINDING_KINDS, bindingsOfServiceAccount, describeBinding, hasBindings, subjectsOf, summarize } from '../rbac';
import { findServiceAccount } from '../service-accounts';
import type { Check, Hit, Template } from '../template';

/**
 * A ServiceAccount that does not turn token automounting off lends its token to every pod that
 * runs as it and does not opt out itself. Pods that need the token can opt in one by one.
 */
export const serviceAccountAutomount: Template = {
  name: 'service-account-automount',
  description: 'Flags ServiceAccounts that do not set automountServiceAccountToken: false, optionally only named ones or only those with RBAC bindings in scope.',
  kinds: ['ServiceAccount', ...BINDING_KINDS],
  placeholders: ['account', 'bindings'],
  params: {
    names: { type: 'string[]', default: [], description: 'Only ServiceAccounts with these names; empty means any.' },
    onlyWithBindings: {
      type: 'boolean',
      default: false,
      description: 'Only accounts that a RoleBinding or ClusterRoleBinding in scope grants a role to (without any binding in scope the account is "not evaluated").',
    },
    implicitDefault: {
      type: 'boolean',
      default: false,
      description:
        "Also judge a namespace's `default` ServiceAccount that a binding names but no ServiceAccount object in scope defines: Kubernetes creates it, and it mounts its token. Reported on the binding's subjects[] entry.",
    },
  },
  compile(p) {
    const names = new Set(p.names as string[]);
    const onlyWithBindings = p.onlyWithBindings as boolean;
    const implicit: Check | undefined = p.implicitDefault && (names.size === 0 || names.has('default')) ? implicitDefaultAccounts : undefined;
    return (obj, ctx) => {
      if (obj.kind !== 'ServiceAccount') return implicit?.(obj, ctx);
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
      return [{ path, data: { account: `${obj.namespace ?? 'default'}/${obj.name}`, bindings }, fixBase: [] }];
    };
  },
};

/**
 * A binding's subjects that are a namespace's `default` ServiceAccount with no ServiceAccount
 * object in scope: the account the API server creates in every namespace, which mounts its token
 * (nobody set it otherwise in these manifests). The fix belongs on that missing object, so none
 * is offered here.
 */
const implicitDefaultAccounts: Check = (binding, ctx) => {
  const hits: Hit[] = [];
  for (const s of subjectsOf(binding)) {
    // a ClusterRoleBinding's service-account subject without a namespace is refused by the API server
    if (s.kind !== 'ServiceAccount' || s.name !== 'default' || !s.namespace) continue;
    if (findServiceAccount(ctx.index, 'default', s.namespace)) continue;
    hits.push({
      path: ['subjects', s.index],
      data: { account: `${s.namespace}/default (not in these manifests: the one Kubernetes creates)`, bindings: describeBinding(binding) },
      noFix: true,
    });
  }
  // a binding without such a subject is not what this check is about
  return hits.length > 0 ? hits : undefined;
};
