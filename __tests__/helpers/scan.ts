import * as path from 'node:path';
import { buildScanConfig, type RawOptions } from '../../src/pipeline/scan-options';
import { silentLogger } from '../../src/core/logger';
import type { ScanResult } from '../../src/core/model';
import { runScan } from '../../src/pipeline/scan';
import { builtinCatalog } from './catalog';

/** Runs the real pipeline (built-in catalog, default settings) the way the CLI does. */
export async function scanDir(root: string, opts: Partial<RawOptions> = {}): Promise<ScanResult> {
  const config = buildScanConfig({ root: path.resolve(root), ...opts });
  const useBuiltin = !opts.config;
  return runScan(config, { logger: silentLogger }, useBuiltin ? builtinCatalog() : undefined);
}
