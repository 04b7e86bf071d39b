import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadCatalog, type Catalog } from '../../src/policy/catalog';
import { defaultSettings } from '../../src/rules/settings';

export const REPO = path.resolve(__dirname, '..', '..');

/** Real public manifests, charts and overlays vendored for the tests (see __tests__/corpus/README.md). */
export const CORPUS = path.join(REPO, '__tests__', 'corpus');

let cached: Catalog | undefined;
/** The built-in catalog with default settings, loaded once per test file. */
export function builtinCatalog(): Catalog {
  cached ??= loadCatalog({ settings: defaultSettings() });
  return cached;
}

/** `# expect: rule-a, rule-b` markers of a fixture, as `rule@line` strings. */
export function expectedMarks(text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    const m = /#\s*expect:\s*(.+)$/.exec(line);
    if (m) for (const id of m[1].split(',')) out.push(`${id.trim()}@${i + 1}`);
  });
  return out.sort();
}

export function ruleDirs(): string[] {
  return fs.readdirSync(path.join(REPO, 'rules')).filter((d) => fs.existsSync(path.join(REPO, 'rules', d, 'rule.yaml'))).sort();
}
