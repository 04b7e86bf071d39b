import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findingLineHashes, lineHashes } from '../../src/github/fingerprints';
import type { Finding } from '../../src/core/model';
import { buildSarif, writeSarif } from '../../src/report/sarif';
import { reportText } from '../../src/report/sink';
import { REPO } from '../helpers/catalog';
import { scanDir } from '../helpers/scan';

// Expected values from github/codeql-action src/fingerprints.test.ts, the reference
// implementation GitHub's docs point to for primaryLocationLineHash.
const CASES: Array<[string, string, string[]]> = [
  ['empty file', '', ['c129715d7a2bc9a3:1']],
  ['leading whitespace, no final newline', ' a\nb\n  \t\tc\n d', ['271789c17abda88f:1', '54703d4cd895b18:1', '180aee12dab6264:1', 'a23a3dc5e078b07b:1']],
  [
    'blank lines',
    ' hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End',
    ['8b7cf3e952e7aeb2:1', 'b1ae1287ec4718d9:1', 'bff680108adb0fcc:1', 'c6805c5e1288b612:1', 'b86d3392aea1be30:1', 'e6ceba753e1a442:1'],
  ],
  ...(['\n', '\r', '\r\n'] as const).map(
    (nl): [string, string, string[]] => [
      `final newline as ${JSON.stringify(nl)}`,
      ` hello; \t${nl}world!!!${nl}${nl}${nl}  \t\tGreetings${nl} End${nl}`,
      ['e9496ae3ebfced30:1', 'fb7c023a8b9ccb3f:1', 'ce8ba1a563dcdaca:1', 'e20e36e16fcb0cc8:1', 'b3edc88f2938467e:1', 'c8e28b0b4002a3a0:1', 'c129715d7a2bc9a3:1'],
    ],
  ),
  [
    'mixed line endings',
    ' hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n',
    ['e9496ae3ebfced30:1', 'fb7c023a8b9ccb3f:1', 'ce8ba1a563dcdaca:1', 'e20e36e16fcb0cc8:1', 'b3edc88f2938467e:1', 'c8e28b0b4002a3a0:1', 'c129715d7a2bc9a3:1'],
  ],
  [
    'repeated lines are numbered',
    'Lorem ipsum dolor sit amet.\n'.repeat(10),
    [
      'a7f2ff13bc495cf2:1',
      'a7f2ff13bc495cf2:2',
      'a7f2ff13bc495cf2:3',
      'a7f2ff13bc495cf2:4',
      'a7f2ff13bc495cf2:5',
      'a7f2ff13bc495cf2:6',
      'a7f2ff1481e87703:1',
      'a9cf91f7bbf1862b:1',
      '55ec222b86bcae53:1',
      'cc97dc7b1d7d8f7b:1',
      'c129715d7a2bc9a3:1',
    ],
  ],
  [
    'short lines',
    'x = 2\nx = 1\nprint(x)\nx = 3\nprint(x)\nx = 4\nprint(x)\n',
    ['e54938cc54b302f1:1', 'bb609acbe9138d60:1', '1131fd5871777f34:1', '5c482a0f8b35ea28:1', '54517377da7028d2:1', '2c644846cb18d53e:1', 'f1b89f20de0d133:1', 'c129715d7a2bc9a3:1'],
  ],
];

describe('lineHashes (port of codeql-action fingerprints.ts)', () => {
  test.each(CASES)('%s', (_name, input, expected) => {
    expect(lineHashes(input)).toEqual(expected);
  });
});

describe('findingLineHashes: the start line of files under the root', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-fp-'));
  fs.mkdirSync(path.join(root, 'deploy dir'));
  fs.writeFileSync(path.join(root, 'deploy dir', 'app.yaml'), 'x = 2\nx = 1\nprint(x)\nx = 3\nprint(x)\nx = 4\nprint(x)\n');
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  test.each<[string, string, number, string | undefined]>([
    ['a path with a space', 'deploy dir/app.yaml', 3, '1131fd5871777f34:1'],
    ['a repeated line, counted', 'deploy dir/app.yaml', 7, 'f1b89f20de0d133:1'],
    ['a line past the end', 'deploy dir/app.yaml', 99, undefined],
    ['a missing file', 'missing.yaml', 1, undefined],
    ['an absolute path outside the root', '/etc/passwd', 1, undefined],
    ['a relative path leading out', '../etc/passwd', 1, undefined],
  ])('%s', (_name, file, line, expected) => {
    const f = { file, range: { startLine: line, startColumn: 1, endLine: line, endColumn: 2 } } as Finding;
    expect(findingLineHashes([f], root)(f)).toBe(expected);
  });
});

describe('findingLineHashes', () => {
  it('gives every result of a SARIF log written result by result the hash of its file\'s line', async () => {
    const result = await scanDir(path.join(REPO, 'examples'), { frameworks: 'all' });
    expect(result.findings.length).toBeGreaterThan(50);
    // the whole log, each result given the hash of its line the plain way: read its file, hash every line
    const whole = buildSarif(result, { srcRoot: result.root });
    for (const r of whole.runs[0].results) {
      const loc = r.locations[0].physicalLocation;
      r.partialFingerprints.primaryLocationLineHash = lineHashes(fs.readFileSync(path.join(result.root, decodeURIComponent(loc.artifactLocation.uri)), 'utf8'))[loc.region.startLine - 1];
    }
    const lineHash = findingLineHashes(result.findings, result.root);
    const streamed = JSON.parse(reportText((sink) => writeSarif(sink, result, { srcRoot: result.root, lineHash })));
    expect(streamed).toEqual(whole);
    // only the first results, as the upload takes them
    expect(buildSarif(result, { srcRoot: result.root, lineHash, maxResults: 7 }).runs[0].results).toEqual(whole.runs[0].results.slice(0, 7));
  });

  it('reads no file through a link out of the root, nor one outside it', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-outside-'));
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-root-'));
    fs.writeFileSync(path.join(outside, 'secret.yaml'), 'token: hunter2\n');
    fs.writeFileSync(path.join(root, 'app.yaml'), 'kind: Pod\n');
    fs.symlinkSync(path.join(outside, 'secret.yaml'), path.join(root, 'linked.yaml'));
    fs.symlinkSync(path.join(root, 'app.yaml'), path.join(root, 'alias.yaml'));
    const at = (file: string) => ({ file, range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } }) as Finding;
    const findings = [at('app.yaml'), at('linked.yaml'), at('alias.yaml'), at('../' + path.basename(outside) + '/secret.yaml'), at('missing.yaml')];
    const hash = findingLineHashes(findings, root);
    expect(findings.map(hash)).toEqual([lineHashes('kind: Pod\n')[0], undefined, lineHashes('kind: Pod\n')[0], undefined, undefined]);
    fs.rmSync(outside, { recursive: true, force: true });
    fs.rmSync(root, { recursive: true, force: true });
  });
});
