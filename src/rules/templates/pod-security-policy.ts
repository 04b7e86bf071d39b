import type { FieldPath, KubeObject } from '../../core/model';
import { isRecord } from '../pod-spec';
import type { Template } from '../template';

/**
 * PodSecurityPolicy (policy/v1beta1, removed in Kubernetes 1.25; older clusters still run it).
 * A pod is admitted when any policy it may use allows it, so a policy that admits what a check is
 * about matters only when no policy in scope restricts it: then every policy is reported, as
 * Kubescape's psp-* rules (C-0213 to C-0220) do.
 */
interface PspCheck {
  /** Whether the policy admits what the check is about. */
  permits(spec: Record<string, unknown>): boolean;
  path: FieldPath;
  problem: string;
}

const flag = (field: string, problem: string): PspCheck => ({ permits: (spec) => spec[field] === true, path: ['spec', field], problem });
const nonEmpty = (v: unknown): boolean => Array.isArray(v) && v.length > 0;

/** runAsUser restricts root when it requires non-root, or MustRunAs with a range above 0. */
function deniesRoot(spec: Record<string, unknown>): boolean {
  const r = spec.runAsUser;
  if (!isRecord(r)) return false;
  if (r.rule === 'MustRunAsNonRoot') return true;
  return r.rule === 'MustRunAs' && Array.isArray(r.ranges) && r.ranges.some((x: unknown) => isRecord(x) && typeof x.min === 'number' && x.min > 0);
}

const CHECKS: Record<string, PspCheck> = {
  privileged: flag('privileged', 'admits privileged containers (privileged: true)'),
  hostPID: flag('hostPID', "admits pods in the host's process namespace (hostPID: true)"),
  hostIPC: flag('hostIPC', "admits pods in the host's IPC namespace (hostIPC: true)"),
  hostNetwork: flag('hostNetwork', "admits pods on the host's network (hostNetwork: true)"),
  allowPrivilegeEscalation: flag('allowPrivilegeEscalation', 'admits containers that allow privilege escalation (allowPrivilegeEscalation: true)'),
  runAsRoot: {
    permits: (spec) => !deniesRoot(spec),
    path: ['spec', 'runAsUser', 'rule'],
    problem: 'admits containers running as root (runAsUser is neither MustRunAsNonRoot nor MustRunAs with a range above 0)',
  },
  allowedCapabilities: {
    permits: (spec) => nonEmpty(spec.allowedCapabilities),
    path: ['spec', 'allowedCapabilities'],
    problem: 'lets containers add capabilities (allowedCapabilities is not empty)',
  },
  requiredDropCapabilities: {
    permits: (spec) => !nonEmpty(spec.requiredDropCapabilities),
    path: ['spec', 'requiredDropCapabilities'],
    problem: 'requires no capability to be dropped (requiredDropCapabilities is empty)',
  },
};

function specOf(psp: KubeObject): Record<string, unknown> {
  return isRecord(psp.raw?.spec) ? psp.raw.spec : {};
}

export const podSecurityPolicy: Template = {
  name: 'pod-security-policy',
  description: 'Flags PodSecurityPolicies that admit what a check is about, when every PodSecurityPolicy in scope does (one that restricts it is the policy pods can be held to).',
  kinds: ['PodSecurityPolicy'],
  placeholders: ['problem', 'policies'],
  params: {
    check: { type: 'string', required: true, enum: Object.keys(CHECKS), description: 'What the policies must not all admit.' },
  },
  compile(p) {
    const check = CHECKS[p.check as string];
    return (obj, ctx) => {
      if (!check.permits(specOf(obj))) return [];
      const all = ctx.index.ofKind('PodSecurityPolicy');
      if (all.some((psp) => !check.permits(specOf(psp)))) return [];
      const policies = all.length === 1 ? 'and it is the only PodSecurityPolicy in scope' : `as do all ${all.length} PodSecurityPolicies in scope`;
      return [{ path: check.path, data: { problem: check.problem, policies } }];
    };
  },
};
