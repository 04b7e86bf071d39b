import fc from 'fast-check';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { render, writeReport, type Format } from '../../src/cli';
import { readFixSources } from '../../src/fix/sarif-fixes';
import { buildJsonReport } from '../../src/report/json';
import { JsonItems, writeJson, type ItemLayout } from '../../src/report/json-stream';
import { buildSarif, writeSarif } from '../../src/report/sarif';
import { reportText, writeReportFile, type ReportSink } from '../../src/report/sink';
import { plainFinding } from '../../src/core/plain-finding';
import type { ScanResult } from '../../src/core/model';
import { REPO } from '../helpers/catalog';
import { scanDir } from '../helpers/scan';

/**
 * A JSON value, and the same value with some of its arrays turned into JsonItems (streamed) of
 * the layouts in `layouts`.
 */
const jsonWithStreams = (layouts: readonly ItemLayout[]) =>
  fc.letrec<{ pair: [unknown, unknown] }>((tie) => ({
    pair: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)).map((v) => [v, v] as [unknown, unknown]),
      fc.tuple(fc.array(tie('pair'), { maxLength: 4 }), fc.boolean(), fc.constantFrom(...layouts)).map(([items, stream, layout]) => {
        const plain = items.map(([p]) => p);
        const streamed = items.map(([, s]) => s);
        // only items holding no JsonItems (the same value streamed and plain) may be stringified whole
        const whole = items.every(([p, st]) => p === st);
        return [plain, stream ? new JsonItems(streamed, whole ? layout : 'nested') : streamed] as [unknown, unknown];
      }),
      fc.array(fc.tuple(fc.string({ maxLength: 6 }), tie('pair'), fc.boolean()), { maxLength: 4 }).map((entries) => {
        const plain: Record<string, unknown> = {};
        const streamed: Record<string, unknown> = {};
        for (const [k, [p, s], omit] of entries) {
          // an undefined property is left out, as JSON.stringify does
          plain[k] = omit ? undefined : p;
          streamed[k] = omit ? undefined : s;
        }
        return [plain, streamed] as [unknown, unknown];
      }),
    ),
  })).pair;

/** Objects and arrays nested a few levels, so that whole items are stringified at every depth. */
const nestedJson = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 4 }), tie('value'), { maxKeys: 3 }),
  ),
})).value;

describe('streamed JSON', () => {
  it('writes exactly what JSON.stringify(value, null, indent) gives, streamed arrays included', () => {
    fc.assert(
      fc.property(jsonWithStreams(['nested', 'whole']), fc.constantFrom(0, 2, 4), ([plain, streamed], indent) => {
        expect(reportText((sink) => writeJson(sink, streamed, indent))).toBe(JSON.stringify(plain, null, indent));
      }),
      { numRuns: 300 },
    );
  });

  it('indents whole items at any depth as JSON.stringify does', () => {
    fc.assert(
      fc.property(nestedJson, fc.integer({ min: 0, max: 5 }), fc.constantFrom(0, 1, 2, 4), (item, depth, indent) => {
        let plain: unknown = [item, item];
        let streamed: unknown = new JsonItems([item, item], 'whole');
        for (let d = 0; d < depth; d++) [plain, streamed] = [{ k: plain }, { k: streamed }];
        expect(reportText((sink) => writeJson(sink, streamed, indent))).toBe(JSON.stringify(plain, null, indent));
      }),
      { numRuns: 300 },
    );
  });

  it('writes line-layout items as one line of compact JSON each, the same JSON value', () => {
    fc.assert(
      fc.property(jsonWithStreams(['nested', 'whole', 'line']), fc.constantFrom(0, 2, 4), ([plain, streamed], indent) => {
        const text = reportText((sink) => writeJson(sink, streamed, indent));
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(plain)));
        // compact JSON stays compact, line layout or not
        if (indent === 0) expect(text).toBe(JSON.stringify(plain));
      }),
      { numRuns: 300 },
    );
  });

  it('puts each line-layout item on a line of its own, between the indented lines of the rest', () => {
    const items = [{ a: [1, 2], b: { c: 'x\ny' } }, [], { d: null }];
    const text = reportText((sink) => writeJson(sink, { head: { n: 1 }, results: new JsonItems(items, 'line'), tail: [] }, 2));
    expect(text.split('\n')).toEqual(['{', '  "head": {', '    "n": 1', '  },', '  "results": [', ...items.map((i, k) => `    ${JSON.stringify(i)}${k < items.length - 1 ? ',' : ''}`), '  ],', '  "tail": []', '}']);
  });

  it('reads generators lazily, once, item by item', () => {
    const produced: number[] = [];
    function* items() {
      for (let i = 0; i < 3; i++) {
        produced.push(i);
        yield { i };
      }
    }
    const chunks: string[] = [];
    writeJson({ write: (c) => void chunks.push(`${produced.length}:${c}`) }, { a: 1, items: new JsonItems(items()), b: [] });
    expect(produced).toEqual([0, 1, 2]);
    // each item is written before the next one is made
    expect(chunks.filter((c) => c.includes('"i"')).map((c) => c.split(':')[0])).toEqual(['1', '2', '3']);
  });
});

describe('report files', () => {
  it('hold the UTF-8 of the pieces written, whatever their sizes and characters', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-sink-'));
    // pieces around the buffer's size (1 MiB of bytes), multi-byte characters, lone surrogates
    const big = fc.tuple(fc.constantFrom('a', 'é', '€', '😀', '\ud800'), fc.integer({ min: 100_000, max: 700_000 })).map(([c, n]) => c.repeat(n));
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), big), { maxLength: 12 }), (pieces) => {
        const file = path.join(dir, 'report.txt');
        writeReportFile(file, (sink) => pieces.forEach((p) => sink.write(p)));
        expect(fs.readFileSync(file).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe('streamed reports', () => {
  // the examples, and every rule's fixtures: findings with fixes of every kind of operation
  const cases: Array<[string, string, string | undefined]> = [
    ['bundled examples', path.join(REPO, 'examples'), undefined],
    ['rule fixtures', path.join(REPO, 'rules'), '**/fixtures/*.yaml'],
  ];

  it.each(cases)('SARIF with fixes for the %s is the built log, one result to a line', async (_name, dir, files) => {
    const result = await scanDir(dir, { files, frameworks: 'all' });
    const sources = readFixSources(result.root, result.findings);
    const built = buildSarif(result, { srcRoot: result.root, sources });
    expect(built.runs[0].results.filter((r: { fixes?: unknown }) => r.fixes).length).toBeGreaterThan(0);
    const streamed = reportText((sink) => writeSarif(sink, result, { srcRoot: result.root, sources }));
    expect(JSON.parse(streamed)).toEqual(built);
    // the results, one to a line between the lines that open and close their array...
    const lines = streamed.split('\n');
    const open = lines.indexOf('      "results": [');
    const close = lines.indexOf('      ],', open);
    const results: unknown[] = built.runs[0].results;
    expect(lines.slice(open + 1, close)).toEqual(results.map((r, i) => `        ${JSON.stringify(r)}${i < results.length - 1 ? ',' : ''}`));
    // ...and the rest of the log (tool, rules, invocations) indented as JSON.stringify indents it
    const rest = { ...built, runs: [{ ...built.runs[0], results: [] }] };
    expect([...lines.slice(0, open), '      "results": [],', ...lines.slice(close + 1)].join('\n')).toBe(JSON.stringify(rest, null, 2));
  });

  it.each(cases)('the JSON report for the %s is canonical JSON holding every finding', async (_name, dir, files) => {
    const result = await scanDir(dir, { files, frameworks: 'all' });
    const text = buildJsonReport(result);
    const parsed = JSON.parse(text);
    expect(text).toBe(JSON.stringify(parsed, null, 2));
    expect(parsed.findings.map((f: { fingerprint: string }) => f.fingerprint)).toEqual(result.findings.map((f) => f.fingerprint));
    expect(parsed.findings.every((f: object) => !('objectKey' in f))).toBe(true);
  });

  it.each(['json', 'sarif', 'junit', 'markdown', 'table'] as const)('a %s report written to a file in pieces is the rendered report', async (format) => {
    const result = await scanDir(path.join(REPO, 'examples'));
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-stream-')), 'out', `report.${format}`);
    const whole = render(result, format, {});
    writeReportFile(file, (sink) => writeReport(sink, result, format, {}));
    expect(fs.readFileSync(file, 'utf8')).toBe(whole);
  });
});

describe('reports of very many findings', () => {
  // one file of 60,000 documents gave 600,000 findings; a spread of that many values into a
  // call (Math.max(...widths), out.push(...lines)) threw "Maximum call stack size exceeded"
  const N = 300_000;
  let big: ScanResult;
  beforeAll(async () => {
    const examples = await scanDir(path.join(REPO, 'examples'));
    const seeds = examples.findings.filter((f) => !f.suppression).map(plainFinding);
    big = {
      ...examples,
      findings: Array.from({ length: N }, (_, i) => {
        const f = seeds[i % seeds.length];
        // a line of its own each: one annotation, one table row, one result per finding
        return { ...f, file: 'bundle.yaml', range: { startLine: i + 1, startColumn: 3, endLine: i + 1, endColumn: 9 }, fingerprint: `fp-${i}`, fix: undefined };
      }),
      plannedFixes: undefined,
    };
  });

  /** A sink that keeps no text, only the line numbers that `mentions` finds (its first group that matched). */
  function lineNumbersSink(mentions: RegExp): { sink: ReportSink; seen: Set<number> } {
    let carry = '';
    const seen = new Set<number>();
    const scan = (l: string) => {
      for (const m of l.matchAll(mentions)) seen.add(Number(m.slice(1).find((g) => g !== undefined)));
    };
    return {
      sink: {
        write: (chunk) => {
          const lines = (carry + chunk).split('\n');
          carry = lines.pop()!;
          lines.forEach(scan);
        },
      },
      get seen() {
        scan(carry);
        carry = '';
        return seen;
      },
    };
  }

  it.each<[Format, RegExp]>([
    ['table', /^ {2}(\d+):3 +(?:critical|high|medium|low) +\S/g],
    ['json', /"startLine": (\d+)/g],
    ['sarif', /"startLine":(\d+)/g],
    // a <testcase> per control and object, its <failure> text listing each finding
    ['junit', / at bundle\.yaml:(\d+):3 \(/g],
    ['github', /^(?:::(?:error|warning|notice) file=bundle\.yaml,line=(\d+)|bundle\.yaml:(\d+):3: )/g],
  ])('%s: written whole, naming the line of each of 300,000 findings', (format, mentions) => {
    const out = lineNumbersSink(mentions);
    writeReport(out.sink, big, format, { width: Infinity, workspace: big.root });
    const seen = out.seen;
    expect(seen.size).toBe(N);
    expect([seen.has(1), seen.has(N), seen.has(N + 1)]).toEqual([true, true, false]);
  });

  it('markdown: written, with its table cut to the rows it shows and the totals of all', () => {
    const text = reportText((sink) => writeReport(sink, big, 'markdown', {}));
    expect(text).toContain(`**${N} findings:**`);
  });
});
