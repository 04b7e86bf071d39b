import { spawnSync } from 'node:child_process';
import { capHeapGrowth, HEAP_GROWING_PERCENT } from '../../src/commands/heap-growth';
import { actionNode } from '../helpers/node-runtime';

describe('capHeapGrowth', () => {
  it.each<[string, string[], string | undefined]>([
    ['no flags', [], `--heap-growing-percent=${HEAP_GROWING_PERCENT}`],
    ['other V8 flags', ['--max-old-space-size=4096', '--expose-gc'], `--heap-growing-percent=${HEAP_GROWING_PERCENT}`],
    ['the user chose a value', ['--heap-growing-percent=0'], undefined],
    ['the user chose one with underscores', ['--heap_growing_percent=50'], undefined],
    ['the flag and its value apart', ['--heap-growing-percent', '10'], undefined],
    ['a flag that only starts alike', ['--heap-growing-percentage=5'], `--heap-growing-percent=${HEAP_GROWING_PERCENT}`],
  ])('%s', (_name, execArgv, expected) => {
    const set: string[] = [];
    expect(capHeapGrowth(execArgv, (f) => set.push(f))).toBe(expected !== undefined);
    expect(set).toEqual(expected === undefined ? [] : [expected]);
  });

  // v8.setFlagsFromString ignores a flag it does not know; the command line refuses one, so
  // this proves the flag exists on the Node the CLI is tested on and on the action's Node
  it.each([
    ['this Node', process.execPath],
    ["the action's Node", actionNode().bin],
  ])('names a flag %s knows', (_name, bin) => {
    const known = spawnSync(bin, [`--heap-growing-percent=${HEAP_GROWING_PERCENT}`, '-e', '0'], { encoding: 'utf8' });
    expect(known.stderr).toBe('');
    expect(known.status).toBe(0);
    const unknown = spawnSync(bin, ['--heap-growing-percentage=25', '-e', '0'], { encoding: 'utf8' });
    expect(unknown.status).not.toBe(0);
  });
});
