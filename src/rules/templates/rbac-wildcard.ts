import { isAggregated, judgeRole, policyRulesOf, type OffendingRule } from '../rbac';
import type { Hit, Template } from '../template';

const FIELDS = ['apiGroups', 'resources', 'verbs'] as const;

/**
 * A `*` in a role grants whatever the API will ever offer, including resources and verbs added
 * later by CRDs and upgrades. Bound roles only, like every RBAC rule (see judgeRole).
 */
export const rbacWildcard: Template = {
  name: 'rbac-wildcard',
  description: 'Flags Role and ClusterRole rules with a `*` in the given fields, when a binding in scope hands them to a subject other than a control-plane identity.',
  kinds: ['Role', 'ClusterRole'],
  placeholders: ['fields', 'subjects', 'rule'],
  params: {
    fields: { type: 'string[]', default: [...FIELDS], enum: FIELDS, description: 'Which fields of a rule may not hold `*`.' },
    reportUnbound: { type: 'boolean', default: false, description: 'Report the role even when no binding in scope reaches it.' },
  },
  compile(p) {
    const fields = p.fields as Array<(typeof FIELDS)[number]>;
    const reportUnbound = p.reportUnbound as boolean;
    return (obj, ctx) => {
      if (isAggregated(obj)) return undefined;
      const offending: OffendingRule[] = [];
      for (const { rule, index } of policyRulesOf(obj.raw)) {
        const wild = fields.filter((f) => rule[f].includes('*'));
        if (wild.length > 0) offending.push({ index, what: wild.join(', ') });
      }
      const j = judgeRole(obj, ctx.index, offending, reportUnbound);
      if (j.skipped) return { skipped: j.skipped };
      return j.hits.map((h): Hit => ({ path: ['rules', h.index], data: { fields: h.what, subjects: h.subjects, rule: h.index } }));
    };
  },
};
