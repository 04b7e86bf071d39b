import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import { fixFile, type FixRequest } from '../../src/fix/apply-fixes';
import { fixTargetOf } from '../../src/fix/finding-target';
import { DocumentSources, planFix } from '../../src/fix/plan-fix';
import type { FixOperation } from '../../src/core/model';
import { evaluateRules } from '../../src/pipeline/evaluate';
import { parseManifest } from '../../src/parse/parse-manifest';
import { builtinCatalog, REPO, ruleDirs } from '../helpers/catalog';
import { expectedDocuments, parsedDocuments } from './fix-oracle';

/**
 * Every rule fixture, scanned with every built-in rule, gives the fixes of several rules on the
 * same objects: the mix where fixes insert at the same points. Any subset of them, in any order,
 * applied together to the file as written, with CRLF line breaks or without a final line
 * break, must mean what the operations say and nothing more (see fix-oracle).
 */

interface FixtureFixes {
  file: string;
  text: string;
  requests: FixRequest[];
}

function fixtureFixes(): FixtureFixes[] {
  const rules = builtinCatalog().rules.filter((r) => r.fix);
  const out: FixtureFixes[] = [];
  for (const id of ruleDirs()) {
    const dir = path.join(REPO, 'rules', id, 'fixtures');
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      if (!/\.ya?ml$/.test(name)) continue;
      const file = `rules/${id}/fixtures/${name}`;
      const text = fs.readFileSync(path.join(REPO, file), 'utf8');
      const { findings } = evaluateRules(parseManifest(file, text).objects, rules);
      const requests = findings.flatMap((f, i) => {
        const target = f.fix && !f.origin ? fixTargetOf(f) : undefined;
        return target ? [{ id: `${i}:${f.ruleId}`, target, fix: f.fix!, object: f.object }] : [];
      });
      if (requests.length) out.push({ file, text, requests });
    }
  }
  return out;
}

const VARIANTS: Record<string, (t: string) => string> = {
  'as written': (t) => t,
  crlf: (t) => t.replace(/\r?\n/g, '\r\n'),
  'no final line break': (t) => t.replace(/(\r?\n)+$/, ''),
  'crlf, no final line break': (t) => t.replace(/\r?\n/g, '\r\n').replace(/(\r\n)+$/, ''),
};

/**
 * Fixes that ask for different things at one path (a `baseline` and a `restricted` label, a
 * port removed and its hostPort removed) cannot all hold: the oracle keeps the first of them.
 */
function compatible(requests: readonly FixRequest[]): FixRequest[] {
  const taken: Array<{ doc: number; path: string[]; op: FixOperation }> = [];
  const out: FixRequest[] = [];
  for (const r of requests) {
    const ops = r.fix.operations.map((op) => ({ doc: r.target.docIndex, path: [...r.target.basePath, ...op.path].map(String), op }));
    const clash = ops.some((a) => taken.some((b) => a.doc === b.doc && related(a.path, b.path) && !sameOp(a, b)));
    if (clash) continue;
    taken.push(...ops);
    out.push(r);
  }
  return out;
}

function related(a: string[], b: string[]): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n).every((s, i) => s === b[i]);
}

function sameOp(a: { path: string[]; op: FixOperation }, b: { path: string[]; op: FixOperation }): boolean {
  return a.path.join('\0') === b.path.join('\0') && JSON.stringify(a.op) === JSON.stringify(b.op);
}

function check(file: string, text: string, requests: readonly FixRequest[]): void {
  const out = fixFile(file, text, requests);
  const done = new Set([...out.applied, ...out.unchanged]);
  // a fix skipped together with others is one that cannot be planned alone either (an anchor, ...)
  const sources = new DocumentSources(file, text);
  const skipped = out.skipped.map((s) => {
    const r = requests.find((q) => q.id === s.id)!;
    return { id: s.id, reason: s.reason, alone: planFix(sources.take(r.target.docIndex).source, r.target, r.fix, r.object).status };
  });
  expect(skipped.filter((s) => s.alone === 'planned')).toEqual([]);
  if (parseAllDocuments(text).every((d) => d.errors.length === 0)) {
    expect(parseAllDocuments(out.after).flatMap((d) => d.errors.map((e) => e.message))).toEqual([]);
  }
  expect(parsedDocuments(out.after)).toEqual(expectedDocuments(text, requests.filter((r) => done.has(r.id))));
}

const fixtures = fixtureFixes();

describe('all fixes of a rule fixture applied together', () => {
  it('cover enough fixtures with several fixes to mean something', () => {
    expect(fixtures.filter((f) => f.requests.length > 1).length).toBeGreaterThanOrEqual(30);
  });

  it.each(Object.keys(VARIANTS))('%s: each path holds its value, no other path changes', (variant) => {
    for (const f of fixtures) check(f.file, VARIANTS[variant](f.text), compatible(f.requests));
  });

  it('hold for any subset of the fixes, in any order', () => {
    const arb = fc
      .integer({ min: 0, max: fixtures.length - 1 })
      .chain((i) =>
        fc.record({
          i: fc.constant(i),
          picked: fc.shuffledSubarray(fixtures[i].requests, { minLength: 1 }),
          variant: fc.constantFrom(...Object.keys(VARIANTS)),
        }),
      );
    fc.assert(
      fc.property(arb, ({ i, picked, variant }) => {
        check(fixtures[i].file, VARIANTS[variant](fixtures[i].text), compatible(picked));
      }),
      { numRuns: 400 },
    );
  });
});
