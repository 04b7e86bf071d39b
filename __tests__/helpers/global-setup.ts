/**
 * Runs once before the test files: everything the tests need beyond `npm install` is made here,
 * so a fresh clone passes with `npm install && npm test` and no manual step.
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { ensureK8sTools } from '../../scripts/k8s-tools';

export default function globalSetup(): void {
  const repo = path.resolve(__dirname, '..', '..');
  // `npm install <pkg>` links Node 24's binary into node_modules/.bin again (npm ci and a plain
  // npm install remove it through the prepare script): keep later npm scripts on the chosen Node
  execFileSync(process.execPath, [path.join(repo, 'scripts', 'unlink-node-bin.js')]);
  // helm and kubectl for the render, pre-commit and README tests, from the kubectl layer package
  const { dir, why } = ensureK8sTools();
  if (dir) {
    process.env.KUBEGATE_TOOLS_DIR ??= dir;
    process.env.PATH = `${dir}${path.delimiter}${process.env.PATH ?? ''}`;
  } else {
    process.stderr.write(`kubegate tests: helm and kubectl not unpacked: ${why}\n`);
  }
}
