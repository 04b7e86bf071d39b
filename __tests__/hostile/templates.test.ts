import type { KubeObject } from '../../src/core/model';
import { parseManifest } from '../../src/parse/parse-manifest';
import { evaluateRules } from '../../src/pipeline/evaluate';
import { builtinCatalog, REPO } from '../helpers/catalog';
import { rangeProblem, seedCorpus } from './mutations';

/**
 * No template may throw, whatever shape a field has. Every field of every object of every rule
 * fixture and example is replaced, one at a time, by a value of another kind (null, a string,
 * a number, a list, a map, a boolean...), and all rules run on the file's objects with it.
 * Values rotate across fields so each kind lands on every part of the tree once the corpus is
 * swept; `KUBEGATE_ODD_ALL=1` tries every value on every field (about 70,000 runs, about a minute).
 */
const ODD: unknown[] = [null, 'x', 42, '42', [], {}, true, [null], [{}], -1, { '': null }, 'yes'];
const ALL = process.env.KUBEGATE_ODD_ALL === '1';

type Path = Array<string | number>;

function paths(v: unknown, at: Path = [], out: Path[] = []): Path[] {
  if (at.length) out.push(at);
  if (v !== null && typeof v === 'object') for (const [k, c] of Object.entries(v)) paths(c, [...at, Array.isArray(v) ? Number(k) : k], out);
  return out;
}

function withValue(root: unknown, at: Path, value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const k of at.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  node[at[at.length - 1]] = value;
  return copy;
}

describe('templates on objects with odd fields', () => {
  const rules = builtinCatalog().rules;
  const corpus = seedCorpus(REPO);

  it('never throw, never report a bug, and keep every range inside the file', () => {
    let runs = 0;
    const failures: string[] = [];
    let turn = 0;
    for (const { file, text } of corpus) {
      const parsed = parseManifest(file, text);
      parsed.objects.forEach((obj, i) => {
        // apiVersion and kind decide whether it is an object at all: parse-manifest's concern
        for (const at of paths(obj.raw).filter((p) => p[0] !== 'apiVersion' && p[0] !== 'kind')) {
          for (const value of ALL ? ODD : [ODD[turn++ % ODD.length]]) {
            runs++;
            const objects: KubeObject[] = parsed.objects.map((o, j) => (j === i ? { ...o, raw: withValue(o.raw, at, value) } : o));
            const { findings, diagnostics } = evaluateRules(objects, rules);
            for (const d of diagnostics) failures.push(`${file} ${at.join('.')}=${JSON.stringify(value)}: ${d.message}`);
            for (const f of findings) {
              const problem = rangeProblem(text, f.range);
              if (problem) failures.push(`${file} ${at.join('.')}=${JSON.stringify(value)}: ${f.ruleId} ${problem}`);
            }
          }
        }
      });
    }
    expect(failures.slice(0, 20)).toEqual([]);
    expect(runs).toBeGreaterThan(3000);
  });
});
