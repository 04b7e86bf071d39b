import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildScanConfig } from '../../src/pipeline/scan-options';
import { runFix } from '../../src/pipeline/run-fix';
import { silentLogger } from '../../src/core/logger';
import { parseManifest } from '../../src/parse/parse-manifest';
import { CORPUS } from '../helpers/catalog';

const REAL = path.join(CORPUS, 'real');

function listFiles(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(p, base) : [path.relative(base, p)];
  });
}

/**
 * `kubegate fix` on a copy of the real-world corpus (Argo CD, Istio, cert-manager, ...): the
 * printed diff is exactly what changed on disk, every changed file still parses to the same
 * objects, and a second run finds nothing more to fix.
 */
describe('kubegate fix on the real-world corpus', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-corpus-fix-'));
  const fixed = path.join(work, 'fixed');
  const pristine = path.join(work, 'pristine');
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('changes only what its diff reports, keeps every file parseable, and converges', async () => {
    fs.cpSync(REAL, fixed, { recursive: true });
    fs.cpSync(REAL, pristine, { recursive: true });
    const config = () => buildScanConfig({ root: fixed });
    const first = await runFix(config(), { dryRun: false, includeSuggestions: true }, { logger: silentLogger });
    expect(first.results.filter((r) => r.status !== 'fixed' && r.status !== 'needs-value')).toEqual([]);
    expect(first.newFindings).toEqual([]);
    expect(first.ok).toBe(true);
    expect(first.changedFiles.length).toBeGreaterThan(100);

    // the diff, applied by git to an untouched copy, reproduces the fixed tree byte for byte
    fs.writeFileSync(path.join(work, 'fix.diff'), first.diff);
    execFileSync('git', ['apply', '--whitespace=nowarn', path.join(work, 'fix.diff')], { cwd: pristine, stdio: 'pipe', maxBuffer: 1 << 28 });
    const files = listFiles(fixed).sort();
    expect(listFiles(pristine).sort()).toEqual(files);
    const differing = files.filter((f) => !fs.readFileSync(path.join(fixed, f)).equals(fs.readFileSync(path.join(pristine, f))));
    expect(differing).toEqual([]);
    const untouched = files.filter((f) => !first.changedFiles.includes(f));
    for (const f of untouched) expect([f, fs.readFileSync(path.join(fixed, f)).equals(fs.readFileSync(path.join(REAL, f)))]).toEqual([f, true]);

    for (const f of first.changedFiles) {
      const before = parseManifest(f, fs.readFileSync(path.join(REAL, f), 'utf8'));
      const after = parseManifest(f, fs.readFileSync(path.join(fixed, f), 'utf8'));
      expect([f, after.diagnostics]).toEqual([f, before.diagnostics]);
      expect([f, after.objects.map((o) => `${o.kind}/${o.name}`)]).toEqual([f, before.objects.map((o) => `${o.kind}/${o.name}`)]);
    }

    const second = await runFix(config(), { dryRun: false, includeSuggestions: true }, { logger: silentLogger });
    expect(second.diff).toBe('');
    expect(second.changedFiles).toEqual([]);
    expect(second.results.filter((r) => r.status !== 'needs-value')).toEqual([]);
  });
});
