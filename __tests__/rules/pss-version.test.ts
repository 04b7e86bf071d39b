import { parseRepoConfig } from '../../src/config/repo-config';
import { errorMessage } from '../../src/core/errors';
import { parseManifest } from '../../src/parse/parse-manifest';
import { loadCatalog } from '../../src/policy/catalog';
import { evaluateRules } from '../../src/pipeline/evaluate';
import { loadRules } from '../../src/rules/load-rules';
import { effectivePssMinor, PSS_LATEST, resolvePssVersionRefs } from '../../src/rules/pss-version';
import { defaultSettings } from '../../src/rules/settings';

/** The pssVersion setting: Pod Security Standards checks as a given Kubernetes release defines them. */
function catalogAt(version: string) {
  return loadCatalog({ settings: { ...defaultSettings(), pssVersion: [version] } });
}

/** Rule ids that flag the manifest at a release. */
function flaggedAt(version: string, ruleId: string, manifest: string): number {
  const rule = catalogAt(version).rules.find((r) => r.id === ruleId)!;
  return evaluateRules(parseManifest('pod.yaml', manifest).objects, [rule]).findings.length;
}

const POD = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n${spec}`;
const sysctl = (name: string) => POD(`  securityContext:\n    sysctls: [{name: ${name}, value: "1"}]\n  containers: [{name: c, image: app:1}]\n`);

describe('Pod Security Standards by release', () => {
  it.each([
    // [release, sysctl, findings]: the safe set grows at 1.27, 1.29, 1.32 and 1.37
    ['1.23', 'net.ipv4.ip_unprivileged_port_start', 0],
    ['1.26', 'net.ipv4.ip_local_reserved_ports', 1],
    ['1.27', 'net.ipv4.ip_local_reserved_ports', 0],
    ['1.28', 'net.ipv4.tcp_keepalive_time', 1],
    ['1.29', 'net.ipv4.tcp_keepalive_probes', 0],
    ['1.31', 'net.ipv4.tcp_wmem', 1],
    ['1.32', 'net.ipv4.tcp_wmem', 0],
    ['1.36', 'net.ipv4.tcp_notsent_lowat', 1],
    ['1.37', 'net.ipv4.tcp_notsent_lowat', 0],
    ['latest', 'net.ipv4.tcp_slow_start_after_idle', 0],
    ['1.40', 'net.ipv4.tcp_slow_start_after_idle', 0],
    ['latest', 'net.core.somaxconn', 1],
  ])('at %s, sysctl %s gives %d findings', (version, name, n) => {
    expect(flaggedAt(version, 'pss-sysctls', sysctl(name))).toBe(n);
  });

  it.each([
    ['1.24', 'pss-privilege-escalation', '  os: {name: windows}\n  containers: [{name: c, image: app:1}]\n', 1],
    ['1.25', 'pss-privilege-escalation', '  os: {name: windows}\n  containers: [{name: c, image: app:1}]\n', 0],
    ['1.24', 'pss-seccomp-restricted', '  os: {name: windows}\n  containers: [{name: c, image: app:1}]\n', 1],
    ['1.25', 'pss-capabilities-restricted', '  os: {name: windows}\n  containers: [{name: c, image: app:1}]\n', 0],
    ['1.34', 'pss-run-as-non-root', '  hostUsers: false\n  containers: [{name: c, image: app:1}]\n', 1],
    ['1.35', 'pss-run-as-non-root', '  hostUsers: false\n  containers: [{name: c, image: app:1}]\n', 0],
    ['1.34', 'pss-run-as-non-root-user', '  hostUsers: false\n  securityContext: {runAsUser: 0}\n  containers: [{name: c, image: app:1}]\n', 1],
    ['1.34', 'pss-proc-mount-baseline', '  hostUsers: false\n  containers: [{name: c, image: app:1, securityContext: {procMount: Unmasked}}]\n', 1],
    ['latest', 'pss-proc-mount-baseline', '  hostUsers: false\n  containers: [{name: c, image: app:1, securityContext: {procMount: Unmasked}}]\n', 0],
    ['1.30', 'pss-selinux-options', '  containers: [{name: c, image: app:1, securityContext: {seLinuxOptions: {type: container_engine_t}}}]\n', 1],
    ['1.31', 'pss-selinux-options', '  containers: [{name: c, image: app:1, securityContext: {seLinuxOptions: {type: container_engine_t}}}]\n', 0],
    ['1.33', 'pss-probe-host', '  containers: [{name: c, image: app:1, livenessProbe: {httpGet: {host: 10.0.0.1, port: 80}}}]\n', 0],
    ['1.34', 'pss-probe-host', '  containers: [{name: c, image: app:1, livenessProbe: {httpGet: {host: 10.0.0.1, port: 80}}}]\n', 1],
  ])('at %s, %s gives the pod %d findings', (version, ruleId, spec, n) => {
    expect(flaggedAt(version, ruleId, POD(spec))).toBe(n);
  });

  it('a check that a release does not have judges nothing there (not "passed")', () => {
    const rule = catalogAt('1.33').rules.find((r) => r.id === 'pss-probe-host')!;
    const { tallies } = evaluateRules(parseManifest('pod.yaml', POD('  containers: [{name: c, image: app:1}]\n')).objects, [rule]);
    expect(tallies.get('pss-probe-host')!.applicable.size).toBe(0);
  });

  it.each([
    [['latest'], Number(PSS_LATEST.split('.')[1])],
    [['1.30'], 30],
    [['1.99'], Number(PSS_LATEST.split('.')[1])],
    [undefined, Number(PSS_LATEST.split('.')[1])],
  ])('judges pssVersion %j at 1.%d', (setting, minor) => {
    expect(effectivePssMinor(setting as string[] | undefined)).toBe(minor);
  });

  it.each([
    ['pssVersion: "1.32"', ['1.32']],
    ['pssVersion: latest', ['latest']],
  ])('reads %s from .kubegate.yaml', (line, want) => {
    expect(parseRepoConfig('.kubegate.yaml', `settings:\n  ${line}\n`).settings.pssVersion).toEqual(want);
  });

  it.each([
    ['pssVersion: "1.22"', /older than 1\.23/],
    ['pssVersion: "2.0"', /not a Kubernetes version/],
    ['pssVersion: v1.32', /not a Kubernetes version/],
    ['pssVersion: 1.30', /must be written in quotes \("1\.3" was read as a number/],
    ['pssVersion: ["1.30", "1.32"]', /takes one value/],
  ])('refuses %s', (line, msg) => {
    expect(() => parseRepoConfig('.kubegate.yaml', `settings:\n  ${line}\n`)).toThrow(msg);
  });

  it('picks the newest entry not after the release, and lists every entry', () => {
    const table = { $byPssVersion: { '1.29': ['b'], '1.23': ['a'], '1.32': ['c'] } };
    const errors: string[] = [];
    const at = (minor: number) => resolvePssVersionRefs({ allowed: table, other: 1 }, minor, (m) => errors.push(m));
    expect(at(28).params).toEqual({ allowed: ['a'], other: 1 });
    expect(at(29).params.allowed).toEqual(['b']);
    expect(at(37).params.allowed).toEqual(['c']);
    expect(at(37).changes.map((c) => c.version)).toEqual(['1.23', '1.29', '1.32']);
    expect(errors).toEqual([]);
  });

  it.each([
    [{ $byPssVersion: { '1.25': [] } }, /must start at 1\.23/],
    [{ $byPssVersion: { '1.23': [], latest: [] } }, /key "latest" is not a version/],
    [{ $byPssVersion: ['1.23'] }, /must map versions/],
  ])('a malformed table in a rule file is a located error: %j', (value, msg) => {
    const text = `id: demo\ntitle: Demo\nseverity: low\ndescription: d\nremediation: r\ncheck:\n  template: pod-list-items\n  params:\n    path: securityContext.sysctls\n    key: name\n    allowed: ${JSON.stringify(value)}\nmessage: m\n`;
    let got = '';
    try {
      loadRules([{ path: '.kubegate/rules/demo.yaml', text }], defaultSettings(), { builtin: false });
    } catch (err) {
      got = errorMessage(err);
    }
    expect(got).toMatch(msg);
    expect(got).toMatch(/^\.kubegate\/rules\/demo\.yaml:\d+:\d+: /);
  });
});
