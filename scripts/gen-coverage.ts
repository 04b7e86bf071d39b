import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildCoverage, renderCoverage } from './coverage';

/** Writes docs/coverage.md (or the file named by the first argument); run from the repository root. */
const root = process.cwd();
const out = process.argv[2] ?? path.join(root, 'docs', 'coverage.md');
fs.writeFileSync(out, renderCoverage(buildCoverage(root), root));
console.log(`wrote ${path.relative(process.cwd(), out) || out}`);
