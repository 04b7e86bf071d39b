/**
 * Records __tests__/corpus/scale-slice.expected.tsv from this tree's engine: run it when a rule
 * change alters the findings on the slice on purpose (see __tests__/corpus/scale-slice/SOURCES.md).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findingDigests } from '../__tests__/helpers/finding-digest';
import { buildScanConfig } from '../src/pipeline/scan-options';
import { readFixSources } from '../src/fix/sarif-fixes';
import { silentLogger } from '../src/core/logger';
import { runScan } from '../src/pipeline/scan';
import { buildSarif } from '../src/report/sarif';

async function main(): Promise<void> {
  const root = path.resolve('__tests__/corpus/scale-slice');
  const result = await runScan(buildScanConfig({ root, frameworks: 'all' }), { logger: silentLogger });
  const sarif = buildSarif(result, { srcRoot: root, sources: readFixSources(root, result.findings) });
  fs.writeFileSync(`${root}.expected.tsv`, `${findingDigests(sarif).join('\n')}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : err}\n`);
  process.exit(1);
});
