import { firstGrant, isAggregated, judgeRole, parsePermissionQueries, policyRulesOf, type OffendingRule } from '../rbac';
import type { Hit, Template } from '../template';

/**
 * A Role or ClusterRole grants a sensitive permission (exec into pods, read secrets...) to
 * someone. Findings sit on the offending `rules[i]` entry, where the fix is made; see judgeRole
 * for how bindings decide between a finding, a pass and "not evaluated".
 */
export const rbacPermission: Template = {
  name: 'rbac-permission',
  description: 'Flags Role and ClusterRole rules that grant one of the given permissions, when a binding in scope hands them to a subject other than a control-plane identity.',
  kinds: ['Role', 'ClusterRole'],
  placeholders: ['permission', 'subjects', 'rule'],
  params: {
    grants: {
      type: 'any',
      required: true,
      description:
        'Permissions to look for, any of: `[{apiGroups, resources, verbs | allVerbs, resourceNames}]`. Omitted apiGroups or verbs mean any; a `*` item matches only a wildcard in the role; `allVerbs` asks for every listed verb at once (by name or `*`). Resources use the API server matching (`*`, `pods/exec`, `*/exec`).',
    },
    reportUnbound: {
      type: 'boolean',
      default: false,
      description: 'Report the role even when no binding in scope reaches it (otherwise it is "not evaluated").',
    },
  },
  compile(p) {
    const queries = parsePermissionQueries(p.grants, 'grants');
    const reportUnbound = p.reportUnbound as boolean;
    return (obj, ctx) => {
      // an aggregated ClusterRole's own rules are overwritten by the controller; its sources are judged
      if (isAggregated(obj)) return undefined;
      const offending: OffendingRule[] = [];
      for (const { rule, index } of policyRulesOf(obj.raw)) {
        const what = firstGrant(rule, queries);
        if (what) offending.push({ index, what });
      }
      const j = judgeRole(obj, ctx.index, offending, reportUnbound);
      if (j.skipped) return { skipped: j.skipped };
      return j.hits.map((h): Hit => ({ path: ['rules', h.index], data: { permission: h.what, subjects: h.subjects, rule: h.index } }));
    };
  },
};
