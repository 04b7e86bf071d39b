/**
 * Other scanners' check ids mapped to the kubegate rules that flag the same problem, so the
 * annotations a team already has keep working after moving to kubegate. A peer check is mapped
 * only where accepting it means accepting the kubegate finding too (same field, same risk);
 * checks with no counterpart are absent and their annotations are ignored. docs/exceptions.md
 * shows these tables (generated: see __tests__/exceptions/docs.test.ts).
 */
export interface PeerTool {
  id: 'kube-linter' | 'polaris' | 'checkov' | 'kube-score';
  name: string;
  /** The annotation forms, as the docs show them. */
  annotations: string[];
  /** Where the peer documents its check ids. */
  reference: string;
  checks: Record<string, string[]>;
}

export const KUBE_LINTER: PeerTool = {
  id: 'kube-linter',
  name: 'kube-linter',
  annotations: ['ignore-check.kube-linter.io/<check>: "<reason>"', 'kube-linter.io/ignore-all: "<reason>"'],
  reference: 'https://docs.kubelinter.io/#/generated/checks',
  checks: {
    'privileged-container': ['privileged-container'],
    'privilege-escalation-container': ['privilege-escalation-allowed'],
    'run-as-non-root': ['run-as-root'],
    'no-read-only-root-fs': ['writable-root-filesystem'],
    'host-network': ['host-network'],
    'host-pid': ['host-pid'],
    'host-ipc': ['host-ipc'],
    'latest-tag': ['image-tag-floating'],
    'unset-cpu-requirements': ['cpu-limit-missing'],
    'unset-memory-requirements': ['memory-limit-missing'],
    'no-liveness-probe': ['liveness-probe-missing'],
    'no-readiness-probe': ['readiness-probe-missing'],
    'env-var-secret': ['secrets-in-env'],
    'automount-service-account-token': ['service-account-token-mounted'],
  },
};

export const POLARIS: PeerTool = {
  id: 'polaris',
  name: 'Polaris',
  annotations: ['polaris.fairwinds.com/<check>-exempt: "true"', 'polaris.fairwinds.com/exempt: "true"'],
  reference: 'https://polaris.docs.fairwinds.com/checks/security/',
  checks: {
    hostIPCSet: ['host-ipc'],
    hostPIDSet: ['host-pid'],
    hostNetworkSet: ['host-network'],
    hostPortSet: ['host-port'],
    runAsRootAllowed: ['run-as-root'],
    runAsPrivileged: ['privileged-container'],
    notReadOnlyRootFilesystem: ['writable-root-filesystem'],
    privilegeEscalationAllowed: ['privilege-escalation-allowed'],
    dangerousCapabilities: ['insecure-capabilities'],
    insecureCapabilities: ['capabilities-not-dropped'],
    cpuLimitsMissing: ['cpu-limit-missing'],
    memoryLimitsMissing: ['memory-limit-missing'],
    livenessProbeMissing: ['liveness-probe-missing'],
    readinessProbeMissing: ['readiness-probe-missing'],
    tagNotSpecified: ['image-tag-floating'],
    automountServiceAccountToken: ['service-account-token-mounted'],
    sensitiveContainerEnvVar: ['secrets-in-env'],
  },
};

export const CHECKOV: PeerTool = {
  id: 'checkov',
  name: 'Checkov',
  annotations: ['checkov.io/skip<N>: "<CKV_K8S_id>=<reason>"', 'bridgecrew.io/skip<N>: "<CKV_K8S_id>=<reason>"'],
  reference: 'https://www.checkov.io/5.Policy%20Index/kubernetes.html',
  checks: {
    CKV_K8S_8: ['liveness-probe-missing'],
    CKV_K8S_9: ['readiness-probe-missing'],
    CKV_K8S_11: ['cpu-limit-missing'],
    CKV_K8S_13: ['memory-limit-missing'],
    CKV_K8S_14: ['image-tag-floating'],
    CKV_K8S_16: ['privileged-container'],
    CKV_K8S_17: ['host-pid'],
    CKV_K8S_18: ['host-ipc'],
    CKV_K8S_19: ['host-network'],
    CKV_K8S_20: ['privilege-escalation-allowed'],
    CKV_K8S_22: ['writable-root-filesystem'],
    CKV_K8S_23: ['run-as-root'],
    CKV_K8S_25: ['insecure-capabilities'],
    CKV_K8S_26: ['host-port'],
    CKV_K8S_31: ['seccomp-profile-missing'],
    CKV_K8S_37: ['capabilities-not-dropped'],
    CKV_K8S_38: ['service-account-token-mounted'],
  },
};

export const KUBE_SCORE: PeerTool = {
  id: 'kube-score',
  name: 'kube-score',
  annotations: ['kube-score/ignore: "<check>[,<check>…]"'],
  reference: 'https://github.com/zegl/kube-score/blob/master/README_CHECKS.md',
  checks: {
    'container-resources': ['cpu-limit-missing', 'memory-limit-missing'],
    'container-image-tag': ['image-tag-floating'],
    'pod-probes': ['liveness-probe-missing', 'readiness-probe-missing'],
    'container-security-context': ['privileged-container', 'writable-root-filesystem', 'run-as-root'],
    'container-security-context-privileged': ['privileged-container'],
    'container-security-context-readonlyrootfilesystem': ['writable-root-filesystem'],
    'container-security-context-user-group-id': ['run-as-root'],
    'container-seccomp-profile': ['seccomp-profile-missing'],
  },
};

export const PEER_TOOLS: readonly PeerTool[] = [KUBE_LINTER, POLARIS, CHECKOV, KUBE_SCORE];

/** The mapping tables as Markdown, embedded in docs/exceptions.md. */
export function peerMappingsMarkdown(): string {
  const out: string[] = [];
  for (const t of PEER_TOOLS) {
    out.push(`### ${t.name}`, '', `Annotations: ${t.annotations.map((a) => `\`${a}\``).join(', ')}. Check ids: [${t.name} reference](${t.reference}).`, '');
    out.push(`| ${t.name} check | kubegate rules |`, '|---|---|');
    for (const [check, rules] of Object.entries(t.checks)) out.push(`| \`${check}\` | ${rules.map((r) => `[\`${r}\`](rules.md#${r})`).join(', ')} |`);
    out.push('');
  }
  return out.join('\n').trimEnd() + '\n';
}
