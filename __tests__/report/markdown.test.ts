import * as path from 'node:path';
import type { Finding, ScanResult } from '../../src/model';
import { buildMarkdown } from '../../src/report/markdown';
import { REPO } from '../helpers/catalog';
import { scanDir } from '../helpers/scan';

function manyFindings(base: ScanResult, n: number): ScanResult {
  const f0 = base.findings[0];
  const findings: Finding[] = Array.from({ length: n }, (_, i) => ({ ...f0, file: `deploy/app-${i}.yaml`, fingerprint: `fp${i}`, message: `${f0.message} ${'x'.repeat(200)}` }));
  return { ...base, findings };
}

describe('markdown summary', () => {
  let insecure: ScanResult;
  beforeAll(async () => {
    insecure = await scanDir(path.join(REPO, 'examples', 'insecure'));
  });

  it('states the verdict, the reasons, the scores and links each finding to its line', () => {
    const md = buildMarkdown(insecure, { linkBase: 'https://github.com/o/r/blob/abc123/' });
    expect(md).toMatch(/^## kubegate: ❌ gate failed/);
    expect(md).toContain(`- ${insecure.gate.reasons[0].replace(/"/g, '"')}`.slice(0, 30));
    expect(md).toContain('| Framework | Compliance |');
    expect(md).toMatch(/\[debug-pod\.yaml:19\]\(https:\/\/github\.com\/o\/r\/blob\/abc123\/debug-pod\.yaml#L19\) `privileged-container`/);
    expect(md).toContain('Failing controls');
    expect(md).toContain('C-0057');
  });

  it.each([
    ['job summary', 1_000_000],
    ['check run or PR comment', 65_535],
  ])('stays within the %s limit and counts what it leaves out', (_n, max) => {
    const big = manyFindings(insecure, 20_000);
    const md = buildMarkdown(big, { maxChars: max });
    expect(md.length).toBeLessThanOrEqual(max);
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThan(1024 * 1024);
    expect(md).toMatch(/…and \d+ more findings, not shown to stay within the size limit/);
  });

  it('lists acknowledged findings with reason, owner and expiry', () => {
    const r: ScanResult = { ...insecure, findings: insecure.findings.map((f, i) => (i === 0 ? { ...f, suppression: { kind: 'external', justification: 'node agent | needs it', owner: '@platform', expires: '2027-03-01', source: 'x' } } : f)) };
    const md = buildMarkdown(r);
    expect(md).toContain('### Acknowledged findings');
    expect(md).toContain('node agent \\| needs it (external) | @platform | 2027-03-01 |');
  });

  it('shows score deltas, fixed findings and policy changes when a baseline was compared', () => {
    const r: ScanResult = {
      ...insecure,
      comparison: {
        source: { kind: 'base', ref: 'main', sha: '0123456789abcdef' },
        frameworks: [{ id: 'nsa', name: 'NSA-CISA', before: 60, after: 72.5, delta: 12.5 } as never],
        fixed: [{ fingerprint: 'f', ruleId: 'host-pid', message: 'Pod x shares the host PID namespace', file: 'a.yaml', startLine: 3 }],
        introduced: [insecure.findings[0]],
        unchanged: 30,
      },
      policyChanges: [{ file: '.kubegate/exceptions.yaml', change: 'widened', description: 'exception "agents" now matches every namespace', line: 4 }],
    };
    const md = buildMarkdown(r);
    expect(md).toContain('### ⚠️ Policy changes in this pull request');
    expect(md).toContain('| `.kubegate/exceptions.yaml:4` | widened | exception "agents" now matches every namespace |');
    expect(md).toContain('### Compared with the base commit 0123456');
    expect(md).toContain('1 new finding, 1 fixed, 30 unchanged');
    expect(md).toContain('| NSA-CISA | 60.0% | 72.5% | ▲ +12.5 |');
    expect(md).toContain('`host-pid` Pod x shares the host PID namespace (`a.yaml:3`)');
  });

  it('shows one line per spot, naming every rule that flags it', () => {
    const f = insecure.findings[0];
    const twin = { ...f, ruleId: 'pss-twin-rule', fingerprint: 'twin', severity: 'low' as const };
    const md = buildMarkdown({ ...insecure, findings: [f, twin] });
    const lines = md.split('\n').filter((l) => l.startsWith('- ') && l.includes(`\`${f.ruleId}\``));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('_(also `pss-twin-rule`)_');
    expect(md).not.toMatch(/more findings, not shown/);
  });

  it('escapes names that would break the table or inject markup', () => {
    const r: ScanResult = { ...insecure, findings: [{ ...insecure.findings[0], message: 'a | b <img src=x> `c`' }] };
    expect(buildMarkdown(r)).toContain('a \\| b \\<img src=x\\> \\`c\\`');
  });
});
