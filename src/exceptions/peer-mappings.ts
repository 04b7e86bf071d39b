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
    'unset-cpu-requirements': ['cpu-limit-missing', 'cpu-request-missing'],
    'unset-memory-requirements': ['memory-limit-missing', 'memory-request-missing'],
    'image-not-pinned-by-digest': ['image-not-pinned-to-digest'],
    'no-liveness-probe': ['liveness-probe-missing'],
    'no-readiness-probe': ['readiness-probe-missing'],
    'env-var-secret': ['secrets-in-env'],
    'automount-service-account-token': ['service-account-token-mounted'],
    'read-secret-from-env-var': ['secret-exposed-as-env'],
    'docker-sock': ['container-runtime-socket-mounted'],
    'writable-host-mount': ['host-path-writable'],
    'unsafe-proc-mount': ['pss-proc-mount-baseline'],
    'unsafe-sysctls': ['pss-sysctls'],
    'duplicate-env-var': ['duplicate-env-var'],
    'ssh-port': ['ssh-port-exposed'],
    'no-rolling-update-strategy': ['update-strategy-not-rolling'],
    'mismatching-selector': ['workload-selector-mismatch'],
    'deprecated-service-account-field': ['deprecated-service-account-field'],
    'use-namespace': ['workload-in-default-namespace', 'object-in-default-namespace'],
    'non-isolated-pod': ['network-policy-missing'],
    'dangling-service': ['service-without-workload'],
    'dangling-ingress': ['ingress-backend-missing'],
    'dangling-horizontalpodautoscaler': ['hpa-target-missing'],
    'cluster-admin-role-binding': ['rbac-cluster-admin-binding'],
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
    cpuRequestsMissing: ['cpu-request-missing'],
    memoryLimitsMissing: ['memory-limit-missing'],
    memoryRequestsMissing: ['memory-request-missing'],
    pullPolicyNotAlways: ['image-pull-policy-not-always'],
    livenessProbeMissing: ['liveness-probe-missing'],
    readinessProbeMissing: ['readiness-probe-missing'],
    tagNotSpecified: ['image-tag-floating'],
    automountServiceAccountToken: ['service-account-token-mounted'],
    sensitiveContainerEnvVar: ['secrets-in-env'],
    tlsSettingsMissing: ['ingress-without-tls'],
    clusterrolebindingClusterAdmin: ['rbac-cluster-admin-binding'],
    rolebindingClusterAdminClusterRole: ['rbac-cluster-admin-binding'],
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
    CKV_K8S_10: ['cpu-request-missing'],
    CKV_K8S_11: ['cpu-limit-missing'],
    CKV_K8S_12: ['memory-request-missing'],
    CKV_K8S_13: ['memory-limit-missing'],
    CKV_K8S_14: ['image-tag-floating'],
    CKV_K8S_15: ['image-pull-policy-not-always'],
    CKV_K8S_16: ['privileged-container'],
    CKV_K8S_17: ['host-pid'],
    CKV_K8S_18: ['host-ipc'],
    CKV_K8S_19: ['host-network'],
    CKV_K8S_20: ['privilege-escalation-allowed'],
    CKV_K8S_21: ['workload-in-default-namespace', 'object-in-default-namespace'],
    CKV_K8S_22: ['writable-root-filesystem'],
    CKV_K8S_23: ['run-as-root'],
    CKV_K8S_25: ['insecure-capabilities'],
    CKV_K8S_26: ['host-port'],
    CKV_K8S_27: ['container-runtime-socket-mounted'],
    CKV_K8S_31: ['seccomp-profile-missing'],
    CKV_K8S_35: ['secret-exposed-as-env'],
    CKV_K8S_37: ['capabilities-not-dropped'],
    CKV_K8S_38: ['service-account-token-mounted'],
    CKV_K8S_43: ['image-not-pinned-to-digest'],
  },
};

export const KUBE_SCORE: PeerTool = {
  id: 'kube-score',
  name: 'kube-score',
  annotations: ['kube-score/ignore: "<check>[,<check>…]"'],
  reference: 'https://github.com/zegl/kube-score/blob/master/README_CHECKS.md',
  checks: {
    'container-resources': ['cpu-limit-missing', 'memory-limit-missing', 'cpu-request-missing', 'memory-request-missing'],
    'container-image-tag': ['image-tag-floating'],
    'container-image-pull-policy': ['image-pull-policy-not-always'],
    'pod-probes': ['liveness-probe-missing', 'readiness-probe-missing'],
    'container-security-context': ['privileged-container', 'writable-root-filesystem', 'run-as-root'],
    'container-security-context-privileged': ['privileged-container'],
    'container-security-context-readonlyrootfilesystem': ['writable-root-filesystem'],
    'container-security-context-user-group-id': ['run-as-root'],
    'container-seccomp-profile': ['seccomp-profile-missing'],
    'pod-networkpolicy': ['network-policy-missing'],
    'networkpolicy-targets-pod': ['network-policy-selects-nothing'],
    'service-targets-pod': ['service-without-workload'],
    'ingress-targets-service': ['ingress-backend-missing'],
    'horizontalpodautoscaler-has-target': ['hpa-target-missing'],
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
