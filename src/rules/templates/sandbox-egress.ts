import { isRecord } from '../pod-spec';
import type { Hit, Template } from '../template';

const ANYWHERE = new Set(['0.0.0.0/0', '::/0']);

/**
 * Agent sandboxes (agents.x-k8s.io SandboxTemplate) run untrusted, model-written code, so their
 * egress must stay restricted. Leaving `networkPolicy` out keeps the controller's secure default
 * (public internet only, no cluster or metadata addresses); an egress rule without destinations
 * or to 0.0.0.0/0 with no exceptions opens everything, metadata server included.
 */
export const sandboxEgress: Template = {
  name: 'sandbox-egress',
  description: 'Flags SandboxTemplate egress rules that allow every destination.',
  kinds: ['SandboxTemplate'],
  placeholders: ['reason'],
  params: {},
  compile() {
    return (obj) => {
      const spec = obj.raw?.spec;
      if (!isRecord(spec)) return [];
      if (spec.networkPolicyManagement === 'Unmanaged') return { skipped: 'networkPolicyManagement is Unmanaged: egress is enforced outside the template' };
      const egress = isRecord(spec.networkPolicy) ? spec.networkPolicy.egress : undefined;
      if (!Array.isArray(egress)) return [];
      const hits: Hit[] = [];
      egress.forEach((rule, i) => {
        const at = ['spec', 'networkPolicy', 'egress', i];
        if (!isRecord(rule) || !Array.isArray(rule.to) || rule.to.length === 0) {
          hits.push({ path: at, data: { reason: 'an egress rule without "to" allows every destination' } });
          return;
        }
        rule.to.forEach((peer: unknown, j: number) => {
          if (!isRecord(peer) || !isRecord(peer.ipBlock)) return;
          const except = peer.ipBlock.except;
          if (ANYWHERE.has(String(peer.ipBlock.cidr)) && (!Array.isArray(except) || except.length === 0)) {
            hits.push({ path: [...at, 'to', j, 'ipBlock', 'cidr'], data: { reason: `egress to ${String(peer.ipBlock.cidr)} with no exceptions reaches every address, the metadata server included` } });
          }
        });
      });
      return hits;
    };
  },
};
