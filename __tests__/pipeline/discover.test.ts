import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { discoverManifests } from '../../src/workspace/discover';

function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-disc-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('discoverManifests', () => {
  const root = tree({
    'b.yaml': '',
    'a.yml': '',
    'deploy/app.json': '',
    'deploy/readme.md': '',
    'node_modules/pkg/x.yaml': '',
    '.git/config.yaml': '',
    '.github/workflows/ci.yml': '',
    '.github/dependabot.yml': '',
    'dir with space/ünïcode.yaml': '',
    'chart/Chart.yaml': '',
    'chart/templates/d.yaml': '',
    'overlay/kustomization.yaml': '',
  });

  it('finds YAML and JSON in a stable order and skips vendored and workflow files', () => {
    const d = discoverManifests({ root });
    expect(d.files).toEqual(['.github/dependabot.yml', 'a.yml', 'b.yaml', 'chart/Chart.yaml', 'chart/templates/d.yaml', 'deploy/app.json', 'dir with space/ünïcode.yaml', 'overlay/kustomization.yaml']);
    expect(d.charts).toEqual(['chart']);
    expect(d.kustomizations).toEqual(['overlay']);
    expect(d.diagnostics).toEqual([]);
  });

  it.each([
    [['deploy/**'], ['deploy/app.json']],
    [['**/*.yaml', '!chart/**'], ['b.yaml', 'dir with space/ünïcode.yaml', 'overlay/kustomization.yaml']],
    [['./a.yml'], ['a.yml']],
  ])('honours patterns %j', (patterns, want) => {
    expect(discoverManifests({ root, patterns }).files).toEqual(want);
  });

  it('does not follow symlinks out of the root, and survives loops', () => {
    const outside = tree({ 'secret.yaml': 'apiVersion: v1\nkind: Secret\n' });
    const dir = tree({ 'in.yaml': '' });
    fs.symlinkSync(path.join(outside, 'secret.yaml'), path.join(dir, 'link.yaml'));
    fs.symlinkSync(outside, path.join(dir, 'outdir'));
    fs.symlinkSync(dir, path.join(dir, 'loop'));
    fs.symlinkSync(path.join(dir, 'in.yaml'), path.join(dir, 'inside-link.yaml'));
    const d = discoverManifests({ root: dir });
    expect(d.files).toEqual(['in.yaml', 'inside-link.yaml']);
    expect(d.diagnostics.map((x) => x.code).sort()).toEqual(['symlink-outside', 'symlink-outside']);
    expect(d.diagnostics.every((x) => !x.gating)).toBe(true);
  });

  it('stops at maxFiles with a gating diagnostic rather than exhausting memory', () => {
    const d = discoverManifests({ root, maxFiles: 2 });
    expect(d.files).toHaveLength(2);
    expect(d.diagnostics).toEqual([expect.objectContaining({ code: 'too-many-files', gating: true })]);
  });

  it('refuses targets outside the root', () => {
    const d = discoverManifests({ root, targets: ['../'] });
    expect(d.files).toEqual([]);
    expect(d.diagnostics[0]).toMatchObject({ code: 'target-outside', gating: true });
  });
});

describe('charts and overlays follow the patterns', () => {
  const root = tree({
    'apps/web/Chart.yaml': 'name: web\n',
    'apps/web/templates/d.yaml': '',
    'apps/kust/Kustomization': '',
    'test/fixtures/chart/Chart.yaml': 'name: fixture\n',
    'test/fixtures/overlay/kustomization.yaml': '',
  });
  it.each([
    [undefined, ['apps/web', 'test/fixtures/chart'], ['apps/kust', 'test/fixtures/overlay']],
    [['apps/**'], ['apps/web'], ['apps/kust']],
    [['**/*.yaml', '!test/**'], ['apps/web'], ['apps/kust']],
  ])('patterns %j', (patterns, charts, kustomizations) => {
    const d = discoverManifests({ root, patterns });
    expect(d.charts).toEqual(charts);
    expect(d.kustomizations).toEqual(kustomizations);
  });
});
