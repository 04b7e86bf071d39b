import { type Catalog, controlIdsByRule, loadCatalog } from '../../src/policy/catalog';
import { evaluateRules } from '../../src/pipeline/evaluate';
import { parseManifest } from '../../src/parse/parse-manifest';
import type { Finding, KubeObject } from '../../src/core/model';
import { defaultSettings } from '../../src/rules/settings';
import { ruleResolver, type RuleResolver } from '../../src/exceptions/resolver';

/**
 * A framework of a fixed set of long-standing rules, so these tests do not move when rules are
 * added to the built-in frameworks.
 */
export const TEST_FRAMEWORK = `id: kg-test
name: Exceptions test framework
controls:
  - { id: T-1, name: Privileged, rules: [privileged-container] }
  - { id: T-2, name: Host namespaces, rules: [host-network, host-pid, host-ipc] }
  - { id: T-3, name: Root, rules: [run-as-root] }
  - { id: T-4, name: Filesystem, rules: [writable-root-filesystem] }
  - { id: T-5, name: Escalation, rules: [privilege-escalation-allowed] }
  - { id: T-6, name: Capabilities, rules: [capabilities-not-dropped] }
  - { id: T-7, name: Limits, rules: [cpu-limit-missing, memory-limit-missing] }
  - { id: T-8, name: Seccomp, rules: [seccomp-profile-missing] }
`;

let cached: Catalog | undefined;
export function testCatalog(): Catalog {
  cached ??= loadCatalog({ settings: defaultSettings(), customFrameworks: [{ path: '.kubegate/frameworks/kg-test.yaml', text: TEST_FRAMEWORK }] });
  return cached;
}

export function resolver(): RuleResolver {
  return ruleResolver(testCatalog());
}

/** Parses manifests and runs the named rules on them, as runScan does up to the exempt stage. */
export function evaluate(files: Record<string, string>, ruleIds: string[]): { objects: KubeObject[]; findings: Finding[] } {
  const catalog = testCatalog();
  const objects = Object.entries(files).flatMap(([file, text]) => parseManifest(file, text).objects);
  const rules = catalog.rules.filter((r) => ruleIds.includes(r.id));
  const { findings } = evaluateRules(objects, rules);
  const controls = controlIdsByRule(catalog);
  for (const f of findings) f.controls = (controls.get(f.ruleId) ?? []).map((c) => c.control);
  return { objects, findings };
}

/** `rule:Kind/name[/container]`, the way the tables name findings. */
export function label(f: Finding): string {
  return `${f.ruleId}:${f.object.kind}/${f.object.name}${f.container ? `/${f.container}` : ''}`;
}

export function suppressedLabels(findings: readonly Finding[]): string[] {
  return findings.filter((f) => f.suppression).map(label).sort();
}

export const at = (iso: string) => Date.parse(iso);
