import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as jsyaml from 'js-yaml';
import type { Finding } from '../../src/core/model';
import { splitDocuments } from '../../src/fix/doc-split';
import { FastDocument } from '../../src/fix/fast-plan';
import { fixTargetOf } from '../../src/fix/finding-target';
import { DocumentSources, planFinding } from '../../src/fix/plan-fix';
import { planSarifReplacements, readFixSources } from '../../src/fix/sarif-fixes';
import { buildScanConfig } from '../../src/pipeline/scan-options';
import { runScan } from '../../src/pipeline/scan';
import { silentLogger } from '../../src/core/logger';
import { applyEdits } from '../../src/fix/text-edit';
import { builtinCatalog, REPO } from '../helpers/catalog';
import { scanDir } from '../helpers/scan';

/**
 * SARIF fixes are planned from js-yaml's offsets where that suffices (src/fix/fast-plan.ts) and
 * by the `yaml`-tree planner otherwise. Wherever the fast planner answers, it must give the very
 * edits the other one gives: checked on every fixable finding of real manifests, the rules'
 * own failing fixtures and the examples.
 */
/**
 * Every object of the YAML manifests under `from` as a .json file of its own, as generators write
 * them: indented by 2 or 4, or on one line.
 */
const jsonTrees: string[] = [];
afterAll(() => {
  for (const d of jsonTrees) fs.rmSync(d, { recursive: true, force: true });
});

function asJsonTree(from: string, as: 'json' | 'flow' = 'json'): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegate-json-'));
  jsonTrees.push(out);
  let n = 0;
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(e.name)) {
        let docs: unknown[];
        try {
          docs = jsyaml.loadAll(fs.readFileSync(p, 'utf8'));
        } catch {
          continue;
        }
        for (const doc of docs) {
          if (doc === null || typeof doc !== 'object' || Array.isArray(doc) || !('kind' in doc)) continue;
          const indent = [2, 4, 0][n % 3];
          // flow style: block mappings whose lists and nested mappings are in brackets from some depth on
          if (as === 'flow') fs.writeFileSync(path.join(out, `${n++}.yaml`), jsyaml.dump(doc, { flowLevel: [2, 3, 4][n % 3], lineWidth: -1 }));
          else fs.writeFileSync(path.join(out, `${n++}.json`), `${JSON.stringify(doc, null, indent)}\n`);
        }
      }
    }
  };
  walk(from);
  return out;
}

describe('fixes planned from js-yaml offsets', () => {
  it.each([
    ['real manifests', '__tests__/corpus/real'],
    ['the scale slice', '__tests__/corpus/scale-slice'],
    ['the rules\' fixtures', 'rules'],
    ['the examples', 'examples'],
    ['real manifests written as JSON', 'json:__tests__/corpus/real'],
    ['the rules\' fixtures written as JSON', 'json:rules'],
    ['real manifests written in flow style', 'flow:__tests__/corpus/real'],
    ['the rules\' fixtures written in flow style', 'flow:rules'],
  ])('are the yaml planner\'s edits on %s', async (_name, dir) => {
    const root = dir.startsWith('json:') ? asJsonTree(path.join(REPO, dir.slice(5))) : dir.startsWith('flow:') ? asJsonTree(path.join(REPO, dir.slice(5)), 'flow') : path.join(REPO, dir);
    const result = await scanDir(root, { frameworks: 'all' });
    const sources = readFixSources(root, result.findings);
    const byDoc = new Map<string, Finding[]>();
    for (const f of result.findings) {
      const target = f.fix && !f.origin && sources.has(f.file) ? fixTargetOf(f) : undefined;
      if (!target) continue;
      const key = `${f.file}\u0000${target.docIndex}`;
      byDoc.set(key, [...(byDoc.get(key) ?? []), f]);
    }
    let fast = 0;
    let slow = 0;
    const differ: string[] = [];
    for (const [key, list] of byDoc) {
      const [file, doc] = key.split('\u0000');
      const text = sources.get(file)!;
      const span = splitDocuments(text)?.[Number(doc)];
      const planner = span && FastDocument.parse(text.slice(span.start, span.end), /\.json$/i.test(file));
      const { source, offset } = new DocumentSources(file, text).take(Number(doc));
      for (const f of list) {
        const planned = planner ? planner.plan(fixTargetOf(f)!, f.fix!, f.object) : undefined;
        if (!planned) {
          slow++;
          continue;
        }
        fast++;
        const reference = planFinding(source, f);
        const want = reference.status === 'planned' ? reference.edits.map((e) => ({ ...e, start: e.start + offset, end: e.end + offset })) : reference.status;
        const got = planned.map((e) => ({ ...e, start: e.start + span!.start, end: e.end + span!.start }));
        if (JSON.stringify(got) !== JSON.stringify(want)) differ.push(`${f.ruleId} ${f.file}:${f.range.startLine}\n  fast: ${JSON.stringify(got)}\n  yaml: ${JSON.stringify(want)}`);
      }
    }
    expect(differ).toEqual([]);
    // the comparison means something only when the fast planner takes most fixes
    expect(fast).toBeGreaterThan(slow);
  });

  it.each([
    ['real manifests', '__tests__/corpus/real'],
    ['the rules\' fixtures', 'rules'],
    ['the examples', 'examples'],
    ['the rules\' fixtures written as JSON', 'json:rules'],
  ])('are the same when planned on the scan\'s own position trees, file by file, on %s', async (_name, dir) => {
    // what a SARIF scan does (planSarifFixes), against planning after the scan from the files read again
    const root = dir.startsWith('json:') ? asJsonTree(path.join(REPO, dir.slice(5))) : path.join(REPO, dir);
    const config = { ...buildScanConfig({ root, frameworks: 'all' }), planSarifFixes: true };
    const result = await runScan(config, { logger: silentLogger }, builtinCatalog());
    const again = planSarifReplacements(result.findings, readFixSources(root, result.findings));
    const planned = result.plannedFixes!;
    expect(again.size).toBeGreaterThan(50);
    const key = (m: Pick<ReadonlyMap<Finding, unknown>, 'has' | 'get'>) => new Map(result.findings.filter((f) => m.has(f)).map((f) => [`${f.fingerprint} ${f.ruleId}`, m.get(f)]));
    expect(key(planned)).toEqual(key(again));
  });

  const pod = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n${spec}`;
  const setPrivileged = { mode: 'safe' as const, description: 'd', operations: [{ op: 'set' as const, path: ['spec', 'containers', 0, 'securityContext', 'privileged'], value: false }] };
  const target = { docIndex: 0, basePath: [] };
  const object = { apiVersion: 'v1', kind: 'Pod', name: 'p' };

  it.each([
    ['an anchor', '  containers:\n  - &c\n    name: a\n'],
    ['an alias', '  initContainers: []\n  containers:\n  - *c\n'],
    ['a tag', '  containers:\n  - !!map\n    name: a\n'],
    ['a merge key', '  containers:\n  - <<: {name: a}\n'],
    ['CRLF line breaks', '  containers:\r\n  - name: a\r\n'],
    ['a YAML 1.1 boolean to replace', '  containers:\n  - name: a\n    securityContext:\n      privileged: yes\n'],
    ['a block scalar ending the mapping', '  containers:\n  - name: a\n    args: |\n      x\n'],
    ['an empty value ending the mapping', '  containers:\n  - name: a\n    securityContext:\n'],
    ['duplicate keys', '  containers:\n  - name: a\n    name: b\n'],
  ])('leaves %s to the yaml planner', (_what, spec) => {
    const planner = FastDocument.parse(pod(spec));
    expect(planner?.plan(target, setPrivileged, object)).toBeUndefined();
  });

  it.each([
    ['a key set below the last entry', '  containers:\n  - name: a # the app\n    image: x\n', '  containers:\n  - name: a # the app\n    image: x\n    securityContext:\n      privileged: false\n'],
    ['a value replaced, comment kept', '  containers:\n  - name: a\n    securityContext:\n      privileged: true   # why\n', '  containers:\n  - name: a\n    securityContext:\n      privileged: false   # why\n'],
    ['a quoted value replaced', "  containers:\n  - name: a\n    securityContext:\n      privileged: 'x'\n", '  containers:\n  - name: a\n    securityContext:\n      privileged: false\n'],
    ['nothing when the value is already right', '  containers:\n  - name: a\n    securityContext:\n      privileged: false\n', undefined],
    ['a key added to a flow mapping', '  containers:\n  - {name: a, image: x}\n', '  containers:\n  - {name: a, image: x, securityContext: {privileged: false}}\n'],
    ['a key added to a flow mapping written a line per entry', '  containers:\n  - {\n      name: a,\n      image: "x"\n    }\n', '  containers:\n  - {\n      name: a,\n      image: "x",\n      securityContext: {privileged: false}\n    }\n'],
    ['a key added to an empty flow mapping', '  containers:\n  - name: a\n    securityContext: {}\n', '  containers:\n  - name: a\n    securityContext: {privileged: false}\n'],
    ['a value replaced in a flow mapping', '  containers:\n  - name: a\n    securityContext: {privileged: true, runAsUser: 1000}\n', '  containers:\n  - name: a\n    securityContext: {privileged: false, runAsUser: 1000}\n'],
    ['a key added through a list in brackets', '  containers: [{name: a}]\n', '  containers: [{name: a, securityContext: {privileged: false}}]\n'],
    ['a key added through a list in brackets written a line per item', '  containers: [\n    {name: a},\n    {name: b}\n  ]\n', '  containers: [\n    {name: a, securityContext: {privileged: false}},\n    {name: b}\n  ]\n'],
  ])('plans %s as the yaml planner does', (_what, spec, after) => expectSamePlan(spec, setPrivileged, after));

  const dropAll = { mode: 'safe' as const, description: 'd', operations: [{ op: 'add-to-list' as const, path: ['spec', 'containers', 0, 'securityContext', 'capabilities', 'drop'], value: 'ALL' }] };
  it.each([
    ['an item added to a block list', '  containers:\n  - name: a\n    securityContext:\n      capabilities:\n        drop:\n          - NET_RAW # raw sockets\n', '  containers:\n  - name: a\n    securityContext:\n      capabilities:\n        drop:\n          - NET_RAW # raw sockets\n          - ALL\n'],
    ['a list created', '  containers:\n  - name: a\n    securityContext:\n      runAsNonRoot: true\n', '  containers:\n  - name: a\n    securityContext:\n      runAsNonRoot: true\n      capabilities:\n        drop:\n        - ALL\n'],
    ['nothing when the list holds the item', '  containers:\n  - name: a\n    securityContext:\n      capabilities:\n        drop:\n        - ALL\n', undefined],
  ])('plans %s as the yaml planner does', (_what, spec, after) => expectSamePlan(spec, dropAll, after));

  /** The fast planner's edits of the pod are the yaml planner's, and give `after` (undefined: no change). */
  function expectSamePlan(spec: string, fix: typeof setPrivileged | typeof dropAll, after: string | undefined): void {
    const text = pod(spec);
    const planned = FastDocument.parse(text)!.plan(target, fix, object)!;
    const reference = planFinding(new DocumentSources('p.yaml', text).take(0).source, { ...finding(), fix });
    expect(reference.status === 'planned' && reference.edits).toEqual(planned);
    expect(applyEdits(text, planned)).toBe(after === undefined ? text : pod(after));
  }

  /** A finding on the pod of these cases, as the scan reports it. */
  function finding(): Finding {
    return {
      ruleId: 'r', title: 't', severity: 'high', message: 'm', remediation: 'r', object, file: 'p.yaml',
      range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }, path: '', fingerprint: 'f', objectKey: 'p.yaml#0|Pod/default/p', controls: [],
    };
  }
});
