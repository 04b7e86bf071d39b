import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Framework } from '../../src/rules/framework';
import { parseManifest } from '../../src/parse/parse-manifest';
import { rulesOf, selectFrameworks } from '../../src/policy/catalog';
import { evaluateRules } from '../../src/pipeline/evaluate';
import { scoreFramework } from '../../src/rules/score';
import { builtinCatalog, REPO } from '../helpers/catalog';

/**
 * The Pod Security Standards frameworks end to end: the real catalog, framework selection and
 * evaluation, on manifests written against the upstream definition of each profile.
 */
type Profile = 'pss-baseline' | 'pss-restricted';

function framework(id: Profile): Framework {
  return selectFrameworks(builtinCatalog(), [id])[0];
}

function scan(file: string, profile: Profile) {
  const text = fs.readFileSync(path.join(REPO, '__tests__', 'fixtures', 'pss', file), 'utf8');
  const parsed = parseManifest(`__tests__/fixtures/pss/${file}`, text);
  expect(parsed.diagnostics).toEqual([]);
  const fw = framework(profile);
  const rules = rulesOf(builtinCatalog(), [fw]);
  const { findings, tallies } = evaluateRules(parsed.objects, rules);
  return { findings, tallies, rules, fw, score: scoreFramework(fw, rules, tallies, findings) };
}

/** `rule@object` for each finding, sorted, to compare whole outcomes at once. */
function outcome(findings: Array<{ ruleId: string; object: { name: string } }>): string[] {
  return [...new Set(findings.map((f) => `${f.ruleId}@${f.object.name}`))].sort();
}

describe('Pod Security Standards frameworks', () => {
  it('restricted keeps every baseline control, with Pod Security Admission\'s overrides', () => {
    const baseline = framework('pss-baseline');
    const restricted = framework('pss-restricted');
    const restrictedIds = restricted.controls.map((c) => c.id);
    // restrictedVolumes overrides hostPathVolumes upstream; every other baseline control stays
    const kept = baseline.controls.map((c) => c.id).filter((id) => id !== 'hostpath-volumes');
    expect(restrictedIds).toEqual(expect.arrayContaining([...kept, 'volume-types', 'privilege-escalation', 'running-as-non-root', 'running-as-non-root-user']));
    expect(restrictedIds).toHaveLength(kept.length + 4);
    const rulesOfControl = (fw: Framework, id: string) => fw.controls.find((c) => c.id === id)!.rules;
    expect(rulesOfControl(restricted, 'capabilities')).toEqual(['pss-capabilities-restricted']);
    expect(rulesOfControl(restricted, 'seccomp')).toEqual(['pss-seccomp-restricted']);
    expect(rulesOfControl(restricted, 'proc-mount-type')).toEqual(['pss-proc-mount-restricted']);
    for (const c of baseline.controls) {
      if (!['capabilities', 'seccomp', 'proc-mount-type', 'hostpath-volumes'].includes(c.id)) expect(rulesOfControl(restricted, c.id)).toEqual(c.rules);
    }
    // every control names the upstream field paths it restricts
    for (const c of [...baseline.controls, ...restricted.controls]) expect(c.refs.some((r) => r.startsWith('spec.') || r.startsWith('metadata.'))).toBe(true);
  });

  it('"pss" selects the restricted profile, as Kubescape users expect', () => {
    expect(selectFrameworks(builtinCatalog(), ['pss'])[0].id).toBe('pss-restricted');
  });

  it.each<Profile>(['pss-restricted', 'pss-baseline'])('a fully compliant restricted pod yields no finding under %s', (profile) => {
    const { findings, tallies, rules, score } = scan('compliant-restricted.yaml', profile);
    expect(outcome(findings)).toEqual([]);
    // every rule judged both objects, so "no finding" is not "nothing looked"
    for (const r of rules) expect([r.id, tallies.get(r.id)!.applicable.size]).toEqual([r.id, 2]);
    expect(score.compliance).toBe(100);
  });

  it.each<[Profile, string[]]>([
    [
      'pss-baseline',
      ['host-process', 'host-namespaces', 'privileged-containers', 'capabilities', 'hostpath-volumes', 'host-ports', 'apparmor', 'selinux', 'proc-mount-type', 'seccomp', 'sysctls', 'probes-lifecycle-hooks'],
    ],
    [
      'pss-restricted',
      [
        'host-process', 'host-namespaces', 'privileged-containers', 'capabilities', 'host-ports', 'apparmor', 'selinux', 'proc-mount-type', 'seccomp', 'sysctls', 'probes-lifecycle-hooks',
        'volume-types', 'privilege-escalation', 'running-as-non-root', 'running-as-non-root-user',
      ],
    ],
  ])('a pod breaking every control fails every control of %s, each problem reported once', (profile, controls) => {
    const { findings, score } = scan('every-control-violated.yaml', profile);
    expect(score.controls.filter((c) => c.failed > 0).map((c) => c.id).sort()).toEqual([...controls].sort());
    // overridden baseline checks do not run beside their restricted replacements: no field is
    // reported by two rules (hostPath, SYS_ADMIN and Unconfined each once)
    const paths = findings.map((f) => f.path);
    expect(paths).toEqual([...new Set(paths)]);
  });

  describe('Windows pods (spec.os.name: windows)', () => {
    const exempt = ['pss-capabilities-restricted', 'pss-privilege-escalation', 'pss-seccomp-restricted'];

    it('meet the restricted profile without the Linux-only fields', () => {
      const { findings, tallies } = scan('windows.yaml', 'pss-restricted');
      expect(outcome(findings)).toEqual([]);
      // exempt means out of scope, not passed: the controls do not count the pod at all
      for (const id of exempt) expect(tallies.get(id)!.applicable.size).toBe(0);
      // the non-exempt restricted controls still judge it
      for (const id of ['pss-run-as-non-root', 'pss-run-as-non-root-user', 'pss-host-process', 'pss-restricted-volume-types']) expect(tallies.get(id)!.applicable.size).toBe(1);
    });

    it('are exempt only from the controls upstream names', () => {
      const text = fs.readFileSync(path.join(REPO, '__tests__', 'fixtures', 'pss', 'windows.yaml'), 'utf8');
      // the same pod without `os.name: windows` is a Linux pod and fails exactly those controls
      const linux = parseManifest('linux-twin.yaml', text.replace(/^ {6}os:\n {8}name: windows\n/m, ''));
      expect(linux.objects[0].raw.spec.template.spec.os).toBeUndefined();
      const catalog = builtinCatalog();
      const { findings } = evaluateRules(linux.objects, rulesOf(catalog, selectFrameworks(catalog, ['pss-restricted'])));
      expect(outcome(findings)).toEqual(exempt.map((id) => `${id}@iis`));
    });
  });

  describe('pods with their own user namespace (hostUsers: false)', () => {
    it('pass baseline even with an unmasked /proc', () => {
      expect(outcome(scan('user-namespace.yaml', 'pss-baseline').findings)).toEqual([]);
    });

    it('are exempt from the non-root controls of restricted, but not from its /proc control', () => {
      const { findings } = scan('user-namespace.yaml', 'pss-restricted');
      expect(outcome(findings)).toEqual(['pss-proc-mount-restricted@builder']);
    });
  });
});
