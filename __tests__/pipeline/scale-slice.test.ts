import * as fs from 'node:fs';
import * as path from 'node:path';
import { readFixSources } from '../../src/fix/sarif-fixes';
import { writeSarif } from '../../src/report/sarif';
import { reportText } from '../../src/report/sink';
import { REPO } from '../helpers/catalog';
import { findingDigests } from '../helpers/finding-digest';
import { scanDir } from '../helpers/scan';

/**
 * The streaming engine reports what the engine before it reported on real manifests: the same
 * findings (fingerprint, rule, region, message) and the same fixes. The expected lines were
 * recorded with the engine before the streaming changes (commit 97836ce, then again with the rule
 * changes of issue 17 on the same engine; see __tests__/corpus/scale-slice/SOURCES.md).
 */
describe('results on a slice of real manifests', () => {
  const root = path.join(REPO, '__tests__/corpus/scale-slice');

  it('are the findings and fixes the engine reported before', async () => {
    const result = await scanDir(root, { frameworks: 'all' });
    const sarif = JSON.parse(reportText((sink) => writeSarif(sink, result, { srcRoot: root, sources: readFixSources(root, result.findings) })));
    const expected = fs.readFileSync(`${root}.expected.tsv`, 'utf8').trim().split('\n');
    expect(expected.length).toBeGreaterThan(100);
    expect(findingDigests(sarif)).toEqual(expected);
  });
});
