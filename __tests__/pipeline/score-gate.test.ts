import type { Diagnostic, Finding, FrameworkScore, RuleTally, Severity } from '../../src/core/model';
import type { Framework } from '../../src/rules/framework';
import { decideGate } from '../../src/pipeline/gate';
import { scoreFramework } from '../../src/rules/score';
import type { Rule } from '../../src/rules/rule';

function tally(ruleId: string, applicable: string[], skipped: Record<string, string> = {}): RuleTally {
  return { ruleId, applicable: new Set(applicable), failed: new Set(), skipped: new Map(Object.entries(skipped)) };
}
function finding(ruleId: string, objectKey: string, severity: Severity = 'high', suppressed = false): Finding {
  return {
    ruleId,
    title: ruleId,
    severity,
    message: '',
    remediation: '',
    object: { apiVersion: 'v1', kind: 'Pod', name: objectKey },
    file: 'f.yaml',
    range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 },
    path: '',
    fingerprint: `${ruleId}-${objectKey}`,
    objectKey,
    controls: [],
    ...(suppressed ? { suppression: { kind: 'external' as const, justification: 'ok', source: 'x' } } : {}),
  };
}
const rules = [{ id: 'r1', severity: 'high' }, { id: 'r2', severity: 'medium' }, { id: 'r3', severity: 'low' }] as Rule[];
const fw: Framework = {
  id: 'fw',
  name: 'FW',
  description: '',
  source: '',
  controls: [
    { id: 'C-1', name: 'one', rules: ['r1'], refs: [] },
    { id: 'C-2', name: 'two rules', rules: ['r1', 'r2'], refs: [] },
    { id: 'C-3', name: 'nothing applies', rules: ['r3'], refs: [] },
  ],
};

describe('scoreFramework', () => {
  it('scores a control as passing objects over applicable objects, an object failing any of its rules', () => {
    const tallies = new Map([
      ['r1', tally('r1', ['a', 'b', 'c', 'd'])],
      ['r2', tally('r2', ['a', 'b', 'c', 'd'])],
      ['r3', tally('r3', [], { x: 'no NetworkPolicy in scope' })],
    ]);
    const s = scoreFramework(fw, rules, tallies, [finding('r1', 'a'), finding('r2', 'a', 'medium'), finding('r2', 'b', 'medium')]);
    expect(s.controls.map((c) => [c.id, c.applicable, c.failed, c.compliance])).toEqual([
      ['C-1', 4, 1, 75],
      ['C-2', 4, 2, 50],
      ['C-3', 0, 0, null],
    ]);
    expect(s.controls[2].skippedReason).toBe('not evaluated: no NetworkPolicy in scope');
    // n/a controls are left out of the mean
    expect(s.compliance).toBe(62.5);
    expect(s.counts).toEqual({ critical: 0, high: 1, medium: 2, low: 0 });
  });

  it('says n/a when nothing in scope is relevant to the framework', () => {
    const s = scoreFramework(fw, rules, new Map(), []);
    expect(s.compliance).toBeNull();
  });
});

describe('decideGate', () => {
  const fws = (score: number | null): FrameworkScore[] => [{ id: 'fw', name: 'FW', controls: [], compliance: score, counts: { critical: 0, high: 0, medium: 0, low: 0 } }];
  const gatingDiag: Diagnostic = { level: 'error', code: 'yaml-syntax', message: 'bad', file: 'x.yaml', range: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 2 }, gating: true };
  it.each([
    ['no findings passes', [], 'high', 0, null, [], false],
    ['a high finding fails at high', [finding('r1', 'a', 'high')], 'high', 0, null, [], true],
    ['a medium finding passes at high', [finding('r2', 'a', 'medium')], 'high', 0, null, [], false],
    ['a medium finding fails at low', [finding('r2', 'a', 'medium')], 'low', 0, null, [], true],
    ['anything passes at none', [finding('r1', 'a', 'critical')], 'none', 0, null, [], false],
    ['a score below the threshold fails', [], 'none', 80, 79.9, [], true],
    ['a score at the threshold passes', [], 'none', 80, 80, [], false],
    ['an n/a framework does not fail the compliance threshold', [], 'none', 80, null, [], false],
    ['an unreadable manifest fails', [], 'none', 0, null, [gatingDiag], true],
  ] as const)('%s', (_n, active, st, ct, score, diags, failed) => {
    const g = decideGate({ active: [...active], frameworks: fws(score), diagnostics: [...diags], severityThreshold: st, complianceThreshold: ct });
    expect(g.failed).toBe(failed);
    expect(g.reasons.length > 0).toBe(failed);
  });

  it('explains a failure with the rules and the first unreadable file', () => {
    const g = decideGate({ active: [finding('r1', 'a')], frameworks: fws(50), diagnostics: [gatingDiag], severityThreshold: 'high', complianceThreshold: 60 });
    expect(g.reasons).toEqual([
      '1 finding at or above severity "high" (r1)',
      'framework fw scores 50%, below the compliance threshold of 60%',
      '1 input problem kept manifests from being checked (first: x.yaml:3 bad)',
    ]);
  });
});
