import fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXIT, runCli } from '../../src/cli';
import { parseManifest } from '../../src/parse/parse-manifest';
import { evaluateRules } from '../../src/pipeline/evaluate';
import { builtinCatalog, REPO } from '../helpers/catalog';
import { tempRepo } from './generate';
import { mutatedManifest, rangeProblem, seedCorpus } from './mutations';

/**
 * Mutated valid manifests: the engine never throws, never reports its own bug, and every
 * range it reports lies inside the file. A fixed seed keeps CI deterministic; explore with
 * KUBEGATE_FUZZ_SEED=<n> (or "random") and KUBEGATE_FUZZ_RUNS=<n>; a failure prints the seed,
 * the shrunk mutations and the text.
 */
const seedEnv = process.env.KUBEGATE_FUZZ_SEED;
const SEED = seedEnv === 'random' ? Date.now() : Number(seedEnv ?? 20_241_124);
const RUNS = Number(process.env.KUBEGATE_FUZZ_RUNS ?? 400);

const corpus = seedCorpus(REPO);

describe('fuzz: mutated manifests', () => {
  it(`has a corpus of valid manifests to mutate (${corpus.length} files)`, () => {
    expect(corpus.length).toBeGreaterThan(100);
  });

  it('parse and evaluate never throw, and every finding and diagnostic lies inside its file', () => {
    const rules = builtinCatalog().rules;
    fc.assert(
      fc.property(mutatedManifest(corpus), ({ file, text }) => {
        const parsed = parseManifest(file, text);
        const { findings, diagnostics } = evaluateRules(parsed.objects, rules);
        const bugs = [...parsed.diagnostics, ...diagnostics].filter((d) => d.code === 'internal-error' || d.code === 'rule-error');
        if (bugs.length) throw new Error(bugs.map((d) => d.message).join('\n'));
        for (const f of findings) {
          const problem = rangeProblem(text, f.range);
          if (problem) throw new Error(`${f.ruleId} at ${f.path}: ${problem}`);
        }
        for (const d of parsed.diagnostics) {
          const problem = d.range && rangeProblem(text, d.range);
          if (problem) throw new Error(`${d.code}: ${problem}`);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('the CLI never exits with an internal error and always writes its report', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutatedManifest(corpus), { minLength: 1, maxLength: 3 }), fc.constantFrom('json', 'sarif', 'markdown', 'table'), async (files, format) => {
        const dir = tempRepo(Object.fromEntries(files.map((f, i) => [`f${i}-${path.basename(f.file)}`, f.text])));
        try {
          let err = '';
          const out = path.join(dir, `report.${format}`);
          const code = await runCli(['scan', dir, '--format', format, '--output', out, '--sarif-file', path.join(dir, 'r.sarif')], { stdout: () => {}, stderr: (s) => (err += s), cwd: dir, isTty: false });
          if (code !== EXIT.pass && code !== EXIT.gateFailed) throw new Error(`exit ${code}: ${err}`);
          expect(fs.statSync(out).size).toBeGreaterThan(0);
          JSON.parse(fs.readFileSync(path.join(dir, 'r.sarif'), 'utf8'));
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      }),
      { seed: SEED, numRuns: Math.max(10, Math.round(RUNS / 10)) },
    );
  });
});
