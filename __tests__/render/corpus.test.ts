import * as fs from 'node:fs';
import * as path from 'node:path';
import { CORPUS } from '../helpers/catalog';
import { scanRendered } from './scan';
import { k8sTools } from './tools';

/** Real charts and overlays, vendored (__tests__/corpus). */
const projects = ['helm', 'kustomize'].flatMap((k) => fs.readdirSync(path.join(CORPUS, k)).sort().map((p) => `${k}/${p}`));

describe('the shared corpus renders and scans', () => {
  let toolsDir: string;
  beforeAll(() => {
    ({ toolsDir } = k8sTools());
  });

  test.each(projects)(
    '%s',
    async (project) => {
      const root = path.join(CORPUS, project);
      const result = await scanRendered(root, undefined, { toolsDir });
      const renderProblems = result.diagnostics.filter((d) => d.code.startsWith('render') || d.code === 'tool-missing');
      expect(renderProblems).toEqual([]);
      expect(result.stats.objects).toBeGreaterThan(0);
      // every finding points into a real file of the project, within its lines
      const lineCounts = new Map<string, number>();
      for (const f of result.findings) {
        if (!lineCounts.has(f.file)) lineCounts.set(f.file, fs.readFileSync(path.join(root, f.file), 'utf8').split('\n').length);
        expect(f.range.startLine).toBeGreaterThanOrEqual(1);
        expect(f.range.startLine).toBeLessThanOrEqual(lineCounts.get(f.file)!);
      }
      // rendered charts never report against a template as plain YAML: every chart finding has an origin
      if (project.startsWith('helm/')) expect(result.findings.filter((f) => !f.origin)).toEqual([]);
    },
    180_000,
  );
});
