import { isRecord } from '../pod-spec';
import type { Template } from '../template';

const LEVELS = ['privileged', 'baseline', 'restricted'] as const;
const ENFORCE = 'pod-security.kubernetes.io/enforce';

/**
 * Namespaces must enforce a Pod Security Standards level through Pod Security Admission, unless
 * a policy engine's admission webhook (Kyverno, Gatekeeper...) in the same scan takes that role.
 */
export const namespacePodSecurity: Template = {
  name: 'namespace-pod-security',
  description: 'Flags Namespaces whose pod-security.kubernetes.io/enforce label is missing or below a level, unless a policy webhook is in scope.',
  kinds: ['Namespace'],
  placeholders: ['level', 'required'],
  params: {
    minLevel: { type: 'string', enum: LEVELS, required: true, description: 'Least Pod Security Standards level the namespace must enforce.' },
    policyWebhooks: {
      type: 'string[]',
      default: ['kyverno', 'gatekeeper', 'kubewarden', 'jspolicy'],
      description: 'Substrings of ValidatingWebhookConfiguration names that stand for a policy engine enforcing pod security.',
    },
  },
  compile(p) {
    const min = LEVELS.indexOf(p.minLevel as (typeof LEVELS)[number]);
    const webhooks = (p.policyWebhooks as string[]).map((w) => w.toLowerCase());
    return (obj, ctx) => {
      const ls = isRecord(obj.raw?.metadata?.labels) ? obj.raw.metadata.labels : {};
      const level = typeof ls[ENFORCE] === 'string' ? String(ls[ENFORCE]) : undefined;
      if (level !== undefined && LEVELS.indexOf(level as (typeof LEVELS)[number]) >= min) return [];
      if (ctx.index.ofKind('ValidatingWebhookConfiguration').some((w) => webhooks.some((n) => w.name.toLowerCase().includes(n)))) return [];
      return [{ path: level !== undefined ? ['metadata', 'labels', ENFORCE] : ['metadata'], data: { level: level ?? 'unset', required: LEVELS[min] }, fixBase: ['metadata'] }];
    };
  },
};
