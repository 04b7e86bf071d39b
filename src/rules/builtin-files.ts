import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The built-in rule and framework files. This module reads them from the repository; the bundle
 * (scripts/bundle.ts) replaces it with one that embeds the same files, so `dist/` is
 * self-contained and check-dist covers the rules too.
 */
export interface BuiltinFiles {
  rules: Array<{ path: string; text: string }>;
  frameworks: Array<{ path: string; text: string }>;
}

export function builtinFiles(): BuiltinFiles {
  const root = findRoot(__dirname);
  return readBuiltinFiles(root);
}

export function readBuiltinFiles(root: string): BuiltinFiles {
  const rules: BuiltinFiles['rules'] = [];
  const rulesDir = path.join(root, 'rules');
  for (const id of fs.readdirSync(rulesDir).sort()) {
    const p = path.join(rulesDir, id, 'rule.yaml');
    if (fs.existsSync(p)) rules.push({ path: `rules/${id}/rule.yaml`, text: fs.readFileSync(p, 'utf8') });
  }
  const fwDir = path.join(root, 'frameworks');
  const frameworks = fs
    .readdirSync(fwDir)
    .filter((n) => n.endsWith('.yaml'))
    .sort()
    .map((n) => ({ path: `frameworks/${n}`, text: fs.readFileSync(path.join(fwDir, n), 'utf8') }));
  return { rules, frameworks };
}

function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    // the package root: src/ has rules/ and frameworks/ folders of code, so ask for package.json too
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'rules')) && fs.existsSync(path.join(dir, 'frameworks'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`kubegate: cannot find the rules/ directory above ${start}`);
    dir = up;
  }
}
