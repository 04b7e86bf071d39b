// npm links the `node` binary of the Node 24 test runtime (scripts/node24) into node_modules/.bin,
// and npm scripts put that folder first on PATH: `npm test` and `npx kubegate` would then run on
// Node 24 instead of the Node the developer chose. The tests find Node 24 by its package path
// (__tests__/helpers/node24.ts), so the link is removed after every install.
const fs = require('node:fs');
const path = require('node:path');

for (const name of ['node', 'node.cmd', 'node.ps1']) {
  const link = path.join(__dirname, '..', 'node_modules', '.bin', name);
  try {
    const target = fs.readlinkSync(link);
    if (/node-(linux|darwin|win)-/.test(target)) fs.unlinkSync(link);
  } catch {
    // not there (or not a link we made): nothing to do
  }
}
