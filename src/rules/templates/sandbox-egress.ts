import type { FieldPath } from '../../core/model';
import { parseCidr, rangeContains, rangesCover, type AddressRange } from '../cidr';
import { isRecord } from '../pod-spec';
import type { Hit, Template } from '../template';

/** Where a sandbox reaches its node's or cloud's credentials: link-local and the metadata servers. */
const METADATA_RANGES: ReadonlyArray<{ text: string; range: AddressRange }> = ['169.254.0.0/16', 'fe80::/10', 'fd00:ec2::/32'].map((text) => ({ text, range: parseCidr(text)! }));

/**
 * Agent sandboxes (agents.x-k8s.io SandboxTemplate) run untrusted, model-written code, so their
 * egress must stay restricted. The controller turns `networkPolicy` into a NetworkPolicy that
 * isolates both directions; leaving it out keeps the secure default (public internet only, no
 * cluster or metadata addresses). A destination is unrestricted when an egress rule has no
 * peers, a peer selects nothing in particular (`{}`, an ipBlock without cidr, every namespace),
 * or an ipBlock spans a link-local or metadata range without excepting it. A template the
 * controller cannot read the same way (unknown networkPolicyManagement, a networkPolicy or egress
 * of the wrong type) fails closed.
 */
export const sandboxEgress: Template = {
  name: 'sandbox-egress',
  description: 'Flags SandboxTemplate egress rules that allow every destination or the link-local and metadata ranges.',
  kinds: ['SandboxTemplate'],
  placeholders: ['reason'],
  params: {},
  compile() {
    return (obj) => {
      const spec = obj.raw?.spec;
      if (!isRecord(spec)) return [];
      const management: unknown = spec.networkPolicyManagement;
      if (management === 'Unmanaged') return { skipped: 'networkPolicyManagement is Unmanaged: egress is enforced outside the template' };
      if (management !== undefined && management !== null && management !== '' && management !== 'Managed') {
        return [{ path: ['spec', 'networkPolicyManagement'], data: { reason: `networkPolicyManagement ${JSON.stringify(management)} is neither Managed nor Unmanaged, so no egress policy can be relied on` } }];
      }
      const np: unknown = spec.networkPolicy;
      if (np === undefined || np === null) return [];
      if (!isRecord(np)) return [{ path: ['spec', 'networkPolicy'], data: { reason: 'networkPolicy is not a mapping, so its egress cannot be relied on' } }];
      const egress: unknown = np.egress;
      // the controller always isolates egress: no egress rules means no egress at all
      if (egress === undefined || egress === null) return [];
      if (!Array.isArray(egress)) return [{ path: ['spec', 'networkPolicy', 'egress'], data: { reason: 'egress is not a list of rules, so it cannot be relied on' } }];
      const hits: Hit[] = [];
      egress.forEach((rule: unknown, i: number) => {
        const at: FieldPath = ['spec', 'networkPolicy', 'egress', i];
        if (!isRecord(rule)) {
          hits.push({ path: at, data: { reason: 'an egress rule that is not a mapping cannot be relied on' } });
          return;
        }
        const to: unknown = rule.to;
        if (to === undefined || to === null || (Array.isArray(to) && to.length === 0)) {
          hits.push({ path: at, data: { reason: 'an egress rule without "to" allows every destination' } });
          return;
        }
        if (!Array.isArray(to)) {
          hits.push({ path: [...at, 'to'], data: { reason: '"to" is not a list of peers, so it cannot be relied on' } });
          return;
        }
        to.forEach((peer: unknown, j: number) => {
          const reason = unrestrictedPeer(peer);
          if (reason) hits.push({ path: reason.path ? [...at, 'to', j, ...reason.path] : [...at, 'to', j], data: { reason: reason.text } });
        });
      });
      return hits;
    };
  },
};

/** Why a NetworkPolicy egress peer opens more than it names, or undefined when it is scoped. */
function unrestrictedPeer(peer: unknown): { text: string; path?: FieldPath } | undefined {
  if (!isRecord(peer) || Object.values(peer).every((v) => v === undefined || v === null)) return { text: 'an empty peer matches every destination' };
  if (peer.ipBlock !== undefined && peer.ipBlock !== null) {
    const block = peer.ipBlock;
    if (!isRecord(block) || typeof block.cidr !== 'string' || block.cidr.trim() === '') return { text: 'an ipBlock without a cidr matches every destination', path: ['ipBlock'] };
    const range = parseCidr(block.cidr);
    // an unparseable cidr is rejected by the API server; it is not this rule's concern
    if (!range) return undefined;
    const except = (Array.isArray(block.except) ? block.except : []).map(parseCidr).filter((r): r is AddressRange => r !== undefined);
    const open = METADATA_RANGES.filter((m) => rangeContains(range, m.range) && !rangesCover(except, m.range)).map((m) => m.text);
    if (open.length === 0) return undefined;
    const everything = range.first === 0n && range.last === (range.family === 4 ? 2n ** 32n : 2n ** 128n) - 1n;
    const text = everything && except.length === 0
      ? `egress to ${block.cidr} with no exceptions reaches every address, the metadata server included`
      : `egress to ${block.cidr} reaches the link-local and metadata ${open.length > 1 ? 'ranges' : 'range'} ${open.join(' and ')}, which "except" does not cover`;
    return { text, path: ['ipBlock', 'cidr'] };
  }
  const pods = peer.podSelector;
  const namespaces = peer.namespaceSelector;
  if (!isRecord(pods) && !isRecord(namespaces)) return { text: 'a peer without a podSelector, namespaceSelector or ipBlock matches every destination' };
  if (isRecord(namespaces) && selectsEverything(namespaces) && (!isRecord(pods) || selectsEverything(pods))) {
    return { text: 'namespaceSelector {} without a podSelector reaches every pod of every namespace', path: ['namespaceSelector'] };
  }
  return undefined;
}

function selectsEverything(selector: Record<string, unknown>): boolean {
  const empty = (v: unknown) => v === undefined || v === null || (Array.isArray(v) && v.length === 0) || (isRecord(v) && Object.keys(v).length === 0);
  return empty(selector.matchLabels) && empty(selector.matchExpressions);
}
