import { parseManifest } from '../../src/parse/parse-manifest';
import { evaluateRules } from '../../src/pipeline/evaluate';
import { loadRules } from '../../src/rules/load-rules';
import type { Rule } from '../../src/rules/rule';
import { defaultSettings } from '../../src/rules/settings';

/** A custom rule file around a `check` block (YAML text indented under `check:`). */
export function ruleText(check: string, extra = ''): string {
  return `id: test-rule
title: Test rule
severity: medium
description: A rule under test.
remediation: Fix it.
message: "{message}"
${extra}check:
${check.replace(/^/gm, '  ')}
`;
}

export function loadRule(text: string, file = '.kubegate/rules/test-rule.yaml'): Rule {
  return loadRules([{ path: file, text }], defaultSettings(), { builtin: false })[0];
}

/** Findings of `rule` on the manifests in `yaml`, as `line:col message`. */
export function run(rule: Rule, yaml: string): { findings: string[]; applicable: number; skipped: string[] } {
  const parsed = parseManifest('m.yaml', yaml);
  if (parsed.diagnostics.length) throw new Error(JSON.stringify(parsed.diagnostics));
  const { findings, tallies } = evaluateRules(parsed.objects, [rule]);
  const t = tallies.get(rule.id)!;
  return {
    findings: findings.map((f) => `${f.range.startLine}:${f.range.startColumn} ${f.message}`),
    applicable: t.applicable.size,
    skipped: [...t.skipped.values()],
  };
}
