import fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXIT } from '../../src/cli';
import type { ScanResult } from '../../src/core/model';
import { buildJunit, xmlAttr, xmlText } from '../../src/report/junit';
import { scanDir } from '../helpers/scan';
import { cleanup, cli, REPO, tempDir, workspace, validateXsd, xpath } from './helpers';

const XSD = path.join(__dirname, 'junit.xsd');

afterAll(cleanup);

function writeXml(xml: string): string {
  const file = path.join(tempDir('junit'), 'report.xml');
  fs.writeFileSync(file, xml);
  return file;
}

async function validate(file: string): Promise<void> {
  expect(await validateXsd(file, XSD)).toEqual([]);
}

/** XPath string literal for any text (XPath 1.0 has no escapes: concat pieces around quotes). */
function lit(s: string): string {
  if (!s.includes("'")) return `'${s}'`;
  return `concat(${s.split("'").map((p) => `'${p}'`).join(`, "'", `)})`;
}

describe('--format junit', () => {
  let dir: string;
  let file: string;
  let result: ScanResult;

  beforeAll(async () => {
    dir = workspace([
      ['examples/insecure', 'insecure'],
      ['examples/secure', 'secure'],
    ]);
    const out = path.join(dir, 'reports', 'kubegate.xml');
    const r = await cli(['scan', '.', '--frameworks', 'nsa,cis,pss-restricted', '--format', 'junit', '--output', out], dir);
    expect(r.code).toBe(EXIT.gateFailed);
    file = out;
    result = await scanDir(dir, { frameworks: 'nsa,cis,pss-restricted' });
  });

  it("validates against Jenkins' junit-10.xsd", () => validate(file));

  it('has one suite per framework, then the gate', () => {
    const names = xpath(file, 'count(/testsuites/testsuite)');
    expect(Number(names)).toBe(result.frameworks.length + 1);
    for (const fw of result.frameworks) expect(Number(xpath(file, `count(/testsuites/testsuite[@name=${lit(`kubegate: ${fw.name} (${fw.id})`)}])`))).toBe(1);
    expect(xpath(file, 'string(/testsuites/testsuite[last()]/@name)')).toBe('kubegate: gate');
  });

  it('counts what it lists, per suite and in total', () => {
    const suites = Number(xpath(file, 'count(/testsuites/testsuite)'));
    let tests = 0;
    let failures = 0;
    for (let i = 1; i <= suites; i++) {
      const s = `/testsuites/testsuite[${i}]`;
      const counted = {
        tests: Number(xpath(file, `count(${s}/testcase)`)),
        failures: Number(xpath(file, `count(${s}/testcase[failure])`)),
        errors: Number(xpath(file, `count(${s}/testcase[error])`)),
        skipped: Number(xpath(file, `count(${s}/testcase[skipped])`)),
      };
      const declared = {
        tests: Number(xpath(file, `string(${s}/@tests)`)),
        failures: Number(xpath(file, `string(${s}/@failures)`)),
        errors: Number(xpath(file, `string(${s}/@errors)`)),
        skipped: Number(xpath(file, `string(${s}/@skipped)`)),
      };
      expect(declared).toEqual(counted);
      tests += counted.tests;
      failures += counted.failures;
    }
    expect(Number(xpath(file, 'string(/testsuites/@tests)'))).toBe(tests);
    expect(Number(xpath(file, 'string(/testsuites/@failures)'))).toBe(failures);
  });

  it('has one testcase per (control, object): as many judged and failed as the scores count', () => {
    const rows: string[] = [];
    const expected: string[] = [];
    for (const fw of result.frameworks) {
      for (const c of fw.controls) {
        const cls = `kubegate.${fw.id}.${c.id.replace(/\./g, '_')}`;
        const judged = Number(xpath(file, `count(//testcase[@classname=${lit(cls)}][not(skipped[starts-with(@message, 'not evaluated')])])`));
        const failed = Number(xpath(file, `count(//testcase[@classname=${lit(cls)}][failure])`));
        rows.push(`${fw.id} ${c.id}: ${judged} judged, ${failed} failed`);
        expected.push(`${fw.id} ${c.id}: ${c.applicable} judged, ${c.failed} failed`);
      }
    }
    expect(rows).toEqual(expected);
    // and the scan did judge and fail things, so the comparison above is not vacuous
    expect(result.frameworks.flatMap((f) => f.controls).some((c) => c.failed > 0 && c.applicable > c.failed)).toBe(true);
  });

  it.each([
    // control, object, file:line in the message
    ['kubegate.nsa.C-0057', 'ops/Pod/debug', 'insecure/debug-pod.yaml:19'],
    ['kubegate.cis.5_2_2', 'ops/Pod/debug', 'insecure/debug-pod.yaml:19'],
    ['kubegate.pss-restricted.host-namespaces', 'ops/Pod/debug', 'insecure/debug-pod.yaml:9'],
  ])('%s fails on %s with the rule message at %s and the remediation in the body', (cls, object, where) => {
    const tc = `//testcase[@classname=${lit(cls)}][contains(@name, ${lit(`: ${object} (`)})]`;
    expect(Number(xpath(file, `count(${tc}/failure)`))).toBe(1);
    const message = xpath(file, `string(${tc}/failure/@message)`);
    expect(message).toContain(`(${where})`);
    expect(xpath(file, `string(${tc}/failure)`)).toMatch(/\nRemediation: \S.*\./);
    expect(xpath(file, `string(${tc}/failure/@type)`)).toMatch(/^(critical|high|medium|low)$/);
  });

  it('lists objects that pass as passed testcases', () => {
    const tc = `//testcase[@classname='kubegate.nsa.C-0057'][contains(@name, ': shop/Deployment/web (secure/web.yaml)')]`;
    expect(Number(xpath(file, `count(${tc})`))).toBe(1);
    expect(Number(xpath(file, `count(${tc}/*)`))).toBe(0);
  });

  it('fails the gate testcase with the reasons, and passes it when the gate passes', async () => {
    expect(xpath(file, "string(//testcase[@classname='kubegate.gate']/failure/@message)")).toBe(result.gate.reasons.join('; '));
    const r = await cli(['scan', '.', '--frameworks', 'nsa', '--severity-threshold', 'none', '--format', 'junit'], dir);
    expect(r.code).toBe(EXIT.pass);
    const passed = writeXml(r.out);
    await validate(passed);
    expect(Number(xpath(passed, "count(//testcase[@classname='kubegate.gate']/*)"))).toBe(0);
    // findings are still failures of their controls: the threshold decides the gate, not the facts
    expect(Number(xpath(passed, 'count(//testcase/failure)'))).toBeGreaterThan(0);
  });
});

describe('junit outcomes other than pass and fail', () => {
  const pod = (annotations: string) => `apiVersion: v1
kind: Pod
metadata:
  name: tool
  namespace: ops
${annotations}spec:
  hostPID: true
  containers:
    - name: tool
      image: registry.example.com/tool:1.0.0
`;

  it('reports an acknowledged finding as skipped with its reason, owner and expiry', async () => {
    const dir = tempDir('ack');
    fs.writeFileSync(
      path.join(dir, 'pod.yaml'),
      pod('  annotations:\n    kubegate.io/ignore: "host-pid"\n    kubegate.io/ignore-reason: "node debugging tool"\n    kubegate.io/ignore-owner: "@sre"\n    kubegate.io/ignore-expires: "2099-01-01"\n'),
    );
    const r = await cli(['scan', '.', '--frameworks', 'all', '--format', 'junit'], dir);
    const file = writeXml(r.out);
    await validate(file);
    const tc = "//testcase[@classname='kubegate.all.host-pid']";
    expect(Number(xpath(file, `count(${tc})`))).toBe(1);
    expect(xpath(file, `string(${tc}/skipped/@message)`)).toMatch(/^acknowledged \(inSource\): node debugging tool \(owner @sre, expires 2099-01-01/);
  });

  it('reports an object a rule could not judge as skipped with the reason', async () => {
    const result = await scanDir(path.join(REPO, 'examples', 'insecure'), { frameworks: 'all' });
    const tally = [...result.evaluated!.tallies.values()].find((t) => t.skipped.size > 0 && t.applicable.size === 0);
    expect(tally).toBeDefined();
    const [key, reason] = [...tally!.skipped.entries()][0];
    const object = result.evaluated!.objects.get(key)!;
    const file = writeXml(buildJunit(result));
    await validate(file);
    const tc = `//testcase[@classname=${lit(`kubegate.all.${tally!.ruleId}`)}][contains(@name, ${lit(`(${object.file})`)})]`;
    expect(xpath(file, `string(${tc}[1]/skipped/@message)`)).toBe(`not evaluated: ${reason}`);
  });

  it('reports an unreadable manifest as an error of the inputs suite', async () => {
    const dir = tempDir('broken');
    fs.writeFileSync(path.join(dir, 'bad.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [unclosed\n');
    const r = await cli(['scan', '.', '--format', 'junit'], dir);
    expect(r.code).toBe(EXIT.gateFailed);
    const file = writeXml(r.out);
    await validate(file);
    expect(Number(xpath(file, "count(//testsuite[@name='kubegate: input problems']/testcase/error)"))).toBeGreaterThan(0);
    expect(xpath(file, "string(//testcase[@classname='kubegate.inputs'][1]/@name)")).toMatch(/^yaml-\S+: bad\.yaml:\d+$/);
  });
});

describe('XML escaping', () => {
  it.each([
    ['markup', `a<b>&"c'`, 'a&lt;b&gt;&amp;&quot;c&apos;', 'a&lt;b&gt;&amp;"c\''],
    ['CDATA end', ']]>', ']]&gt;', ']]&gt;'],
    ['C0 controls are dropped, tab and newlines kept', 'a\u0000b\u0007c\u001bd\te\nf', 'abcd&#9;e&#10;f', 'abcd\te\nf'],
    ['carriage returns survive parsing', 'a\r\nb', 'a&#13;&#10;b', 'a&#13;\nb'],
    ['noncharacters and lone surrogates are dropped', 'x\uFFFEy\uFFFFz\uD800w\uDC00', 'xyzw', 'xyzw'],
    ['astral characters are kept', '🚀 ok', '🚀 ok', '🚀 ok'],
  ])('%s', (_name, input, attr, text) => {
    expect(xmlAttr(input)).toBe(attr);
    expect(xmlText(input)).toBe(text);
  });

  it('carries any string as the characters XML allows, escaped, and nothing else', () => {
    // XML 1.0 Char: tab, newlines, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF
    const allowed = (c: string) => /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]$/u.test(c);
    const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|apos|#9|#10|#13);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#9': '\t', '#10': '\n', '#13': '\r' })[e]!);
    const special = fc.constantFrom('&', '<', '>', '"', "'", '\t', '\n', '\r', '\u0000', '\u001f', '\uD800', '\uDC00', '\uFFFE', '\uFFFF', '😀', 'é', '\uD83D', '\uDE00');
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(special, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 30 }), (input) => {
        const kept = [...input].filter(allowed).join('');
        for (const [escape, raw] of [[xmlText, /[&<>\r]/], [xmlAttr, /[&<>"'\t\n\r]/]] as const) {
          const out = escape(input);
          expect([...out].every(allowed)).toBe(true);
          expect(out.replace(/&(amp|lt|gt|quot|apos|#9|#10|#13);/g, '')).not.toMatch(raw);
          expect(unescape(out)).toBe(kept);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a report valid and its text intact whatever a manifest holds', async () => {
    const result = await scanDir(path.join(REPO, 'examples', 'insecure'), { frameworks: 'all' });
    const hostile = `</failure><testcase name="x"> & "quotes" 'single' \u0001\u0008\u000b\u000c\u001f\uFFFE ]]> é 🚀\ttab\nline`;
    const f = result.findings.find((x) => x.ruleId === 'privileged-container')!;
    f.message = hostile;
    f.remediation = hostile;
    f.file = `dir/${hostile.slice(0, 12)}.yaml`;
    const file = writeXml(buildJunit(result));
    await validate(file);
    const visible = hostile.replace(/[\u0001\u0008\u000b\u000c\u001f\uFFFE]/g, '');
    const failures = Number(xpath(file, "count(//testcase[@classname='kubegate.all.privileged-container']/failure)"));
    expect(failures).toBeGreaterThan(0);
    const message = xpath(file, `string(//testcase[@classname='kubegate.all.privileged-container']/failure[contains(@message, 'quotes')]/@message)`);
    expect(message.startsWith(visible)).toBe(true);
    expect(Number(xpath(file, 'count(//testcase[@name="x"])'))).toBe(0);
  });
});
