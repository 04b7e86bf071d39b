import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXIT } from '../../src/cli';
import { actionNode, actionNodeMajor, describeRuntime } from '../helpers/node-runtime';
import { bundleInto, cleanup, REPO, tempDir } from './helpers';

/**
 * The npm package declares `engines.node >=20` and the action runs on the Node action.yml names:
 * the same bundled CLI gives the same verdict and findings on both.
 */
const ENGINES_MIN = Number(/>=\s*(\d+)/.exec(JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).engines.node)![1]);
const runtimes: Array<[string, string, string]> = [
  [`the test runner's Node`, process.execPath, process.version],
  [`the action's Node`, actionNode().bin, actionNode().version],
];

describe('the bundled CLI on each Node it supports', () => {
  let cli: string;
  beforeAll(() => {
    const dist = path.join(tempDir('runtimes'), 'dist');
    bundleInto(dist);
    cli = path.join(dist, 'cli.js');
    console.log(`bundled CLI runs on ${runtimes.map(([, , v]) => v).join(' and ')}; action: ${describeRuntime(actionNode())}`);
  });
  afterAll(cleanup);

  it('covers the oldest Node the package supports and the one the action runs on', () => {
    expect(Number(process.version.slice(1).split('.')[0])).toBeGreaterThanOrEqual(ENGINES_MIN);
    if (!actionNode().fallback) expect(actionNode().version).toMatch(new RegExp(`^v${actionNodeMajor()}\\.`));
  });

  const scan = (node: string, dir: string, extra: string[] = []) => {
    const r = spawnSync(node, [cli, 'scan', dir, '--format', 'json', ...extra], { cwd: REPO, encoding: 'utf8', maxBuffer: 64 << 20 });
    const report = r.stdout ? JSON.parse(r.stdout) : null;
    return { code: r.status, stderr: r.stderr, findings: (report?.findings ?? []).map((f: { ruleId: string; file: string; range: { startLine: number } }) => `${f.ruleId} ${f.file}:${f.range.startLine}`).sort() };
  };

  it.each(runtimes)('on %s (%s) fails the insecure examples and passes the secure ones', (_name, node) => {
    const insecure = scan(node, 'examples/insecure');
    expect({ code: insecure.code, stderr: insecure.stderr }).toEqual({ code: EXIT.gateFailed, stderr: '' });
    expect(insecure.findings.length).toBeGreaterThan(10);
    const secure = scan(node, 'examples/secure');
    expect({ code: secure.code, stderr: secure.stderr }).toEqual({ code: EXIT.pass, stderr: '' });
  });

  it('finds exactly the same on every runtime', () => {
    const [a, b] = runtimes.map(([, node]) => scan(node, 'examples', ['--frameworks', 'all']));
    expect(b.findings).toEqual(a.findings);
  });
});
