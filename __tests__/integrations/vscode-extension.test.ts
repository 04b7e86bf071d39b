/**
 * The VS Code extension packs offline into a .vsix that holds the bundled client and the
 * kubegate language server, and the server inside it answers over stdio.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readZipEntries } from '../../scripts/k8s-tools';
import { builtinModules } from 'node:module';
import { LspClient } from '../lsp/client';
import { cleanup, kubegateOnPath, OFFLINE_NPM_ENV, REPO, run, tempDir } from './helpers';

afterAll(cleanup);

describe('editors/vscode', () => {
  let entries: Map<string, Buffer>;
  const ext = path.join(REPO, 'editors', 'vscode');

  beforeAll(() => {
    const server = path.join(kubegateOnPath(), '..', 'dist', 'cli.js');
    const vsix = path.join(tempDir('vsix'), 'kubegate.vsix');
    // the README's command, with the network off: everything it needs is installed by npm ci
    const r = run('npx', ['--offline', '@vscode/vsce', 'package', '--out', vsix], { cwd: ext, env: { ...OFFLINE_NPM_ENV, KUBEGATE_SERVER_JS: server } });
    expect({ status: r.status, stderr: r.status === 0 ? '' : r.stderr + r.stdout }).toEqual({ status: 0, stderr: '' });
    entries = readZipEntries(vsix);
  });

  it('ships the bundled client, the language server and the license, and no sources or node_modules', () => {
    const names = [...entries.keys()];
    for (const f of ['extension/package.json', 'extension/out/extension.js', 'extension/server/cli.js', 'extension/LICENSE.txt', 'extension/readme.md']) expect(names).toContain(f);
    expect(names.filter((n) => /\/(src|node_modules)\/|\.ts$|\.vsix$/.test(n))).toEqual([]);
    // the client is bundled: it loads nothing but the editor's API and Node's own modules
    const client = entries.get('extension/out/extension.js')!.toString();
    const required = [...client.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]).filter((m) => !m.startsWith('node:'));
    expect([...new Set(required)].filter((m) => m !== 'vscode' && !builtinModules.includes(m))).toEqual([]);
    const manifest = JSON.parse(entries.get('extension/package.json')!.toString());
    expect(manifest.main).toBe('./out/extension.js');
    expect(Object.keys(manifest.contributes.configuration.properties)).toEqual(['kubegate.frameworks', 'kubegate.severityThreshold']);
  });

  it('holds a server that publishes diagnostics when started as the extension starts it', async () => {
    const dir = tempDir('vsix-server');
    fs.writeFileSync(path.join(dir, 'cli.js'), entries.get('extension/server/cli.js')!);
    const ws = tempDir('vsix-ws');
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      securityContext:\n        privileged: true\n';
    fs.writeFileSync(path.join(ws, 'pod.yaml'), pod);
    const c = new LspClient(path.join(dir, 'cli.js'));
    await c.initialize(ws);
    const { diagnostics } = await c.open(path.join(ws, 'pod.yaml'));
    expect(diagnostics.map((d) => d.code)).toContain('privileged-container');
    expect(await c.shutdown()).toBe(0);
  });
});
