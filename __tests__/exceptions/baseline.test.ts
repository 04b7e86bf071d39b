import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigError } from '../../src/core/errors';
import { parseBaselineFile } from '../../src/exceptions/baseline';
import { silentLogger } from '../../src/core/logger';
import type { ScanResult } from '../../src/core/model';
import { runScan, type ScanConfig } from '../../src/pipeline/scan';
import { buildJsonReport } from '../../src/report/json';
import { buildSarif } from '../../src/report/sarif';
import { defaultSettings } from '../../src/rules/settings';
import { TempRepo } from './git-helpers';
import { TEST_FRAMEWORK, label, testCatalog } from './helpers';

/** A Deployment of one bare container: the test framework's rules find 7 problems in it. */
function deployment(name: string, opts: { privileged?: boolean; podFields?: string } = {}): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: shop
spec:
  template:
    spec:
${opts.podFields ?? ''}      containers:
        - name: main
          image: registry.example.com/${name}:1.0
${opts.privileged ? '          securityContext:\n            privileged: true\n' : ''}`;
}

/** Base: 4 Deployments × 7 findings + 2 privileged containers = 30 findings. */
const BASE = {
  'k8s/a.yaml': deployment('a', { privileged: true }),
  'k8s/b.yaml': `${deployment('b1')}---\n${deployment('b2')}`,
  'k8s/c.yaml': deployment('c', { privileged: true }),
};
/**
 * The PR: fixes c's privileged container (1 fixed), gives b2 the host PID and IPC namespaces
 * (2 introduced), and also edits a.yaml above its object and swaps b.yaml's documents, which must
 * not make any finding look new.
 */
const HEAD = {
  'k8s/a.yaml': `# owned by team shop\n# see runbook\n\n${BASE['k8s/a.yaml']}`,
  'k8s/b.yaml': `${deployment('b2', { podFields: '      hostPID: true\n      hostIPC: true\n' })}---\n${deployment('b1')}`,
  'k8s/c.yaml': deployment('c'),
};

function config(root: string, extra: Partial<ScanConfig> = {}): ScanConfig {
  return {
    root,
    frameworks: ['kg-test'],
    severityThreshold: 'low',
    complianceThreshold: 0,
    catalog: { settings: defaultSettings(), customFrameworks: [{ path: '.kubegate/frameworks/kg-test.yaml', text: TEST_FRAMEWORK }] },
    now: Date.parse('2026-03-01T00:00:00Z'),
    ...extra,
  };
}
const scan = (root: string, extra: Partial<ScanConfig> = {}): Promise<ScanResult> => runScan(config(root, extra), { logger: silentLogger }, testCatalog());
const active = (r: ScanResult) => r.findings.filter((f) => !f.suppression);

describe('baseline: base (a real git repository)', () => {
  let repo: TempRepo;
  let baseSha: string;
  beforeAll(() => {
    repo = new TempRepo();
    baseSha = repo.commit('base', BASE);
    repo.git('checkout', '-q', '-b', 'pr');
    repo.commit('pr', HEAD);
  });
  afterAll(() => repo.remove());

  test('the base commit has 30 findings', async () => {
    repo.git('checkout', '-q', 'main');
    try {
      expect((await scan(repo.dir)).findings).toHaveLength(30);
    } finally {
      repo.git('checkout', '-q', 'pr');
    }
  });

  test.each([
    ['the base branch named', 'main'],
    ['the base sha named', 'BASE_SHA'],
    ['no base named: the merge-base with main', undefined],
  ])('the gate sees exactly the 2 new findings and 1 fixed (%s)', async (_name, ref) => {
    const r = await scan(repo.dir, { baseline: 'base', baseRef: ref === 'BASE_SHA' ? baseSha : ref });
    expect(active(r).map(label).sort()).toEqual(['host-ipc:Deployment/b2', 'host-pid:Deployment/b2']);
    expect(r.gate.failed).toBe(true);
    expect(r.gate.reasons).toEqual([expect.stringMatching(/^2 findings at or above severity "low"/)]);
    const c = r.comparison!;
    expect(c.source).toEqual({ kind: 'base', ref: ref === 'BASE_SHA' ? baseSha : (ref ?? 'merge-base of HEAD and main'), sha: baseSha });
    expect(c.fixed.map((f) => `${f.ruleId}:${f.object?.name}/${f.container}`)).toEqual(['privileged-container:c/main']);
    expect(c.fixed[0]).toMatchObject({ file: 'k8s/c.yaml', startLine: 13, severity: 'high' });
    expect(c.introduced.map(label).sort()).toEqual(['host-ipc:Deployment/b2', 'host-pid:Deployment/b2']);
    expect(c.unchanged).toBe(29);
    // every other finding is acknowledged as known, never dropped
    expect(r.findings).toHaveLength(31);
    expect(r.findings.filter((f) => f.suppression).every((f) => f.suppression!.kind === 'baseline' && f.suppression!.justification === `already present in the base commit ${baseSha.slice(0, 7)}`)).toBe(true);
  });

  test('the score delta compares base and head counting every finding', async () => {
    const r = await scan(repo.dir, { baseline: 'base', baseRef: 'main' });
    const [fw] = r.comparison!.frameworks;
    const byControl = (res: ScanResult) => Object.fromEntries(res.frameworks[0].controls.map((x) => [x.id, x.compliance]));
    expect(fw.id).toBe('kg-test');
    // T-1 (privileged): 2 of 4 objects fail before, 1 of 4 after; T-2 (host namespaces): 0 before, 1 after
    const raw = await scan(repo.dir);
    expect(byControl(raw)).toMatchObject({ 'T-1': 75, 'T-2': 75 });
    expect(fw.after).toBe(raw.frameworks[0].compliance);
    repo.git('checkout', '-q', 'main');
    const before = await scan(repo.dir);
    repo.git('checkout', '-q', 'pr');
    expect(byControl(before)).toMatchObject({ 'T-1': 50, 'T-2': 100 });
    expect(fw.before).toBe(before.frameworks[0].compliance);
    expect(fw.delta).toBe(Math.round((fw.after! - fw.before!) * 10) / 10);
  });

  test('the clone is left as it was: no stray files, index or worktrees', async () => {
    await scan(repo.dir, { baseline: 'base', baseRef: 'main' });
    expect(repo.git('status', '--porcelain')).toBe('');
    expect(repo.git('worktree', 'list').split('\n')).toHaveLength(1);
  });

  test('a base commit missing from the clone is a configuration error', async () => {
    await expect(scan(repo.dir, { baseline: 'base', baseRef: '0123456789abcdef0123456789abcdef01234567' })).rejects.toThrow(/not in the clone; check out with fetch-depth: 0/);
  });

  test('an object moved to another file is fixed there and introduced here (the fingerprint includes the file)', async () => {
    repo.git('checkout', '-q', '-b', 'move', 'main');
    repo.commit('move', { 'k8s/a.yaml': null, 'k8s/moved/a.yaml': BASE['k8s/a.yaml'] });
    try {
      const r = await scan(repo.dir, { baseline: 'base', baseRef: 'main' });
      expect(r.comparison!.fixed).toHaveLength(8);
      expect(r.comparison!.introduced).toHaveLength(8);
      expect(new Set(r.comparison!.introduced.map((f) => f.file))).toEqual(new Set(['k8s/moved/a.yaml']));
    } finally {
      repo.git('checkout', '-q', 'pr');
    }
  });
});

describe('baseline: a file from an earlier scan', () => {
  let repo: TempRepo;
  let out: string;
  let baseResult: ScanResult;
  beforeAll(async () => {
    repo = new TempRepo();
    repo.commit('base', BASE);
    baseResult = await scan(repo.dir);
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-baseline-'));
    fs.writeFileSync(path.join(out, 'baseline.json'), buildJsonReport(baseResult));
    fs.writeFileSync(path.join(out, 'baseline.sarif'), JSON.stringify(buildSarif(baseResult)));
    repo.commit('pr', HEAD);
  });
  afterAll(() => {
    repo.remove();
    fs.rmSync(out, { recursive: true, force: true });
  });

  test.each([
    ['our JSON report', 'baseline.json', true],
    ['our SARIF', 'baseline.sarif', false],
  ])('%s: the gate sees the 2 new findings', async (_name, file, scores) => {
    const r = await scan(repo.dir, { baseline: path.join(out, file) });
    expect(active(r).map(label).sort()).toEqual(['host-ipc:Deployment/b2', 'host-pid:Deployment/b2']);
    expect(r.comparison!.fixed.map((f) => f.ruleId)).toEqual(['privileged-container']);
    expect(r.comparison!.frameworks.length > 0).toBe(scores);
    expect(r.comparison!.source).toMatchObject({ kind: 'file', format: file.endsWith('json') ? 'json' : 'sarif' });
  });

  test('a baseline path relative to the root', async () => {
    fs.copyFileSync(path.join(out, 'baseline.json'), path.join(repo.dir, 'kubegate-baseline.json'));
    try {
      const r = await scan(repo.dir, { baseline: 'kubegate-baseline.json' });
      expect(active(r)).toHaveLength(2);
    } finally {
      fs.rmSync(path.join(repo.dir, 'kubegate-baseline.json'));
    }
  });

  test('a missing baseline file is a configuration error', async () => {
    await expect(scan(repo.dir, { baseline: 'nope.sarif' })).rejects.toThrow(ConfigError);
  });

  test.each([
    ['not JSON or YAML', '{"runs": [', /invalid YAML/],
    ['neither SARIF nor a report', '{"version": 1}', /not a baseline/],
    ['another tool\'s SARIF', JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'a', message: { text: 'm' } }] }] }), /written by kubegate/],
    ['a report finding without fingerprint', JSON.stringify({ findings: [{ ruleId: 'a' }] }), /has no "fingerprint"/],
  ])('an unusable baseline file: %s', (_name, text, message) => {
    expect(() => parseBaselineFile('b.json', text)).toThrow(message);
  });

  test('an empty SARIF is a baseline with no findings', () => {
    expect(parseBaselineFile('b.sarif', JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'kubegate' } }, results: [] }] })).findings).toEqual([]);
  });

  test('the base scan round-trips through both formats', () => {
    const fps = baseResult.findings.map((f) => f.fingerprint).sort();
    for (const file of ['baseline.json', 'baseline.sarif']) {
      const b = parseBaselineFile(file, fs.readFileSync(path.join(out, file), 'utf8'));
      expect(b.findings.map((f) => f.fingerprint).sort()).toEqual(fps);
    }
  });
});
