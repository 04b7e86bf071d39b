import type { ScanResult } from '../../src/core/model';
import { silentLogger } from '../../src/core/logger';
import { runScan } from '../../src/pipeline/scan';
import { renderStage, type RenderOptions } from '../../src/render';
import { defaultSettings } from '../../src/rules/settings';
import { builtinCatalog } from '../helpers/catalog';

/** The whole pipeline over `root` (limited to `targets`), with the render stage. */
export function scanRendered(root: string, targets: string[] | undefined, options: RenderOptions): Promise<ScanResult> {
  return runScan(
    { root, targets, frameworks: ['all'], severityThreshold: 'none', complianceThreshold: 0, catalog: { settings: defaultSettings() } },
    { logger: silentLogger, render: renderStage(options) },
    builtinCatalog(),
  );
}
