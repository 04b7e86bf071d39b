import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigError, ConfigErrors } from '../../src/core/errors';
import { loadCatalog } from '../../src/policy/catalog';
import { discoverCustomPolicy, excludePolicyDirs } from '../../src/policy/discover';
import { frameworkOverrides, mergeOverrides } from '../../src/policy/framework-overrides';
import { defaultSettings } from '../../src/rules/settings';

const CEL_RULE = `id: replicas-capped
title: Replicas capped
severity: low
description: Too many replicas.
remediation: Lower them.
kinds: [Deployment]
check:
  template: cel
  params:
    params: {max: 5}
    expression: object.spec.replicas <= params.max
message: "{message}"
`;

const framework = (controls: string) => `id: acme\nname: ACME\ncontrols:\n${controls}`;

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    const e = err instanceof ConfigErrors ? err.errors[0] : err;
    if (e instanceof ConfigError) return `${e.file}:${e.range?.startLine}:${e.range?.startColumn} ${e.message}`;
    throw err;
  }
  throw new Error('no error');
}

describe('custom frameworks: severity and parameter overrides', () => {
  const load = (fw: string, overrides = {}) =>
    loadCatalog({ settings: defaultSettings(), overrides, customRules: [{ path: 'r.yaml', text: CEL_RULE }], customFrameworks: [{ path: 'fw.yaml', text: fw }] });

  it('a control severity sets its rules severity, built-in rules included; params retune a rule', () => {
    const cat = load(framework('  - {id: A-1, name: Privileged, severity: low, rules: [privileged-container]}\n  - {id: A-2, name: Replicas, severity: critical, rules: [replicas-capped], params: {replicas-capped: {params: {max: 2}}}}\n'));
    expect(cat.rules.find((r) => r.id === 'privileged-container')!.severity).toBe('low');
    const rule = cat.rules.find((r) => r.id === 'replicas-capped')!;
    expect(rule.severity).toBe('critical');
    expect(rule.params).toEqual({ params: { max: 2 }, expression: 'object.spec.replicas <= params.max' });
    // built-in frameworks are untouched: their severities only label controls
    expect(loadCatalog({ settings: defaultSettings() }).rules.find((r) => r.id === 'privileged-container')!.severity).toBe('high');
  });

  it('.kubegate.yaml overrides win over a framework', () => {
    const cat = load(framework('  - {id: A-1, name: R, severity: critical, rules: [replicas-capped]}\n'), { 'replicas-capped': { severity: 'medium' } });
    expect(cat.rules.find((r) => r.id === 'replicas-capped')!.severity).toBe('medium');
    expect(mergeOverrides({ x: { params: { a: 1, b: 1 } } }, { x: { params: { b: 2 } } })).toEqual({ x: { params: { a: 1, b: 2 }, severity: undefined, enabled: undefined } });
  });

  it.each([
    ['params naming a rule the control does not list', '  - {id: A-1, name: R, rules: [host-pid], params: {replicas-capped: {}}}\n', 'fw.yaml:4:52', /names rule "replicas-capped", which the control does not list/],
    ['two controls disagreeing on a severity', '  - {id: A-1, name: R, severity: low, rules: [host-pid]}\n  - {id: A-2, name: S, severity: high, rules: [host-pid]}\n', 'fw.yaml:5:24', /already overridden differently by fw.yaml \(control A-1\)/],
    ['a parameter of the wrong type reaches the template', '  - {id: A-1, name: R, rules: [replicas-capped], params: {replicas-capped: {onError: maybe}}}\n', 'r.yaml', /must be one of fail, ignore/],
    ['an unknown rule', '  - {id: A-1, name: R, rules: [no-such-rule]}\n', 'fw.yaml:4:32', /unknown rule "no-such-rule"/],
  ])('%s is an error', (_n, controls, where, message) => {
    const got = errorOf(() => load(framework(controls)));
    expect(got.slice(0, where.length)).toBe(where);
    expect(got).toMatch(message);
  });

  it('frameworkOverrides ignores files without overrides', () => {
    expect(frameworkOverrides([{ path: 'f.yaml', text: framework('  - {id: A, name: A, rules: [host-pid]}\n') }])).toEqual({});
  });

  it('a custom rule or policy may not take a built-in rule id', () => {
    expect(errorOf(() => loadCatalog({ settings: defaultSettings(), customRules: [{ path: 'r.yaml', text: CEL_RULE.replace('id: replicas-capped', 'id: host-pid') }] }))).toMatch(/already a built-in rule/);
  });
});

describe('discovery of a repository policy tree', () => {
  function tree(files: Record<string, string>): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-tree-'));
    for (const [p, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, p)), { recursive: true });
      fs.writeFileSync(path.join(root, p), text);
    }
    return root;
  }

  it('reads rules at any depth but never fixtures, frameworks beside them, policies recursively', () => {
    const root = tree({
      '.kubegate/rules/a.yaml': 'a',
      '.kubegate/rules/team/b/rule.yml': 'b',
      '.kubegate/rules/team/b/fixtures/fail.x.yaml': 'x',
      '.kubegate/rules/README.md': 'doc',
      '.kubegate/frameworks/acme.yaml': 'f',
      '.kubegate/policies/p.yaml': 'p',
      '.kubegate/policies/p/fixtures/pass.y.yaml': 'y',
    });
    const found = discoverCustomPolicy(root);
    expect(found.rules.map((f) => f.path)).toEqual(['.kubegate/rules/a.yaml', '.kubegate/rules/team/b/rule.yml']);
    expect(found.frameworks.map((f) => f.path)).toEqual(['.kubegate/frameworks/acme.yaml']);
    expect(found.policies.map((f) => f.path)).toEqual(['.kubegate/policies/p.yaml']);
  });

  it('the default directory may be absent; a named one must exist and stay inside the repository', () => {
    const root = tree({ 'x.yaml': '' });
    expect(discoverCustomPolicy(root)).toEqual({ rules: [], frameworks: [], policies: [], dirs: [] });
    expect(errorOf(() => discoverCustomPolicy(root, { rulesDir: 'policy/rules' }))).toMatch(/rules: directory policy\/rules does not exist/);
    expect(errorOf(() => discoverCustomPolicy(root, { rulesDir: '../elsewhere' }))).toMatch(/outside the repository/);
    expect(errorOf(() => discoverCustomPolicy(root, { policies: ['vap.yaml'] }))).toMatch(/policies: vap.yaml does not exist/);
  });

  it('policy directories outside .kubegate are excluded from the manifest scan', () => {
    expect(excludePolicyDirs(undefined, ['.kubegate/rules'])).toBeUndefined();
    expect(excludePolicyDirs(['a/**'], ['policy/rules', 'vap.yaml'])).toEqual(['a/**', 'policy/rules', 'policy/rules/**', 'vap.yaml', 'vap.yaml/**']);
  });
});
