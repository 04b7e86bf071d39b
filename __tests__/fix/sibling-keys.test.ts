import fc from 'fast-check';
import type { FixOperation, PlannedFix } from '../../src/core/model';
import { FixSource, planFix, planSiblingKeys, planStepByStep } from '../../src/fix/plan-fix';
import { applyEdits } from '../../src/fix/text-edit';

/**
 * A fix setting several keys of one mapping is planned in one pass over the parsed document;
 * it must write exactly what planning the operations one by one, re-parsing between them, writes.
 */

const SC = ['spec', 'containers', 0, 'securityContext'];
const RUN_AS_ROOT: FixOperation[] = [
  { op: 'set', path: [...SC, 'runAsNonRoot'], value: true },
  { op: 'set', path: [...SC, 'runAsUser'], value: 10001, placeholder: 'a non-zero user id' },
];

function pod(securityContext: string, eol = '\n', trailer = ''): string {
  return ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  containers:', '    - name: app', '      image: nginx:1.27', `      securityContext:${securityContext}`, trailer].join(eol);
}

function outcome(plan: ReturnType<typeof planFix>, text: string): string {
  return plan.status === 'planned' ? applyEdits(text, plan.edits) : `${plan.status}: ${plan.status === 'skipped' ? plan.reason : plan.advice}`;
}

/** The document, and whether the operations are planned together on it (else step by step). */
const documents: Array<[string, boolean, string]> = [
  ['block mapping', true, pod('\n        privileged: true\n')],
  ['block mapping, comment after its last entry', true, pod('\n        privileged: true   # why\n')],
  ['block mapping, nested last entry', true, pod('\n        capabilities:\n          drop: [ALL]\n')],
  ['block mapping, block scalar last', false, pod('\n        note: |\n          text\n\n')],
  ['block mapping, CRLF', true, pod('\r\n        privileged: true\r\n', '\r\n')],
  ['block mapping, no final line break', true, pod('\n        privileged: true')],
  ['block mapping, one key already set', false, pod('\n        runAsNonRoot: false\n')],
  ['block mapping, both keys set', false, pod('\n        runAsNonRoot: true\n        runAsUser: 1000\n')],
  ['flow mapping', true, pod(' {privileged: true}\n')],
  ['flow mapping over lines', true, pod(' {\n          privileged: true,\n          readOnlyRootFilesystem: true\n        }\n')],
  ['empty flow mapping', false, pod(' {}\n')],
  ['empty value', false, pod('\n')],
  ['null value', false, pod(' null\n')],
  ['no securityContext', true, pod('\n        privileged: true\n').replace('      securityContext:\n        privileged: true\n', '      ports: [{containerPort: 80}]\n')],
  ['mapping with a merge key', false, pod('\n        <<: *base\n        privileged: true\n').replace('metadata:', 'x: &base {a: 1}\nmetadata:')],
];

describe('a fix setting sibling keys', () => {
  it.each(documents)('on a %s writes what step-by-step planning writes', (_name, together, text) => {
    const source = new FixSource('pod.yaml', text);
    const fix: PlannedFix = { mode: 'suggestion', description: 'run as non-root', operations: RUN_AS_ROOT };
    const target = { docIndex: 0, basePath: [] };
    expect(planSiblingKeys(source, target, fix) !== undefined).toBe(together);
    expect(outcome(planFix(source, target, fix), text)).toBe(outcome(planStepByStep(source, target, fix), text));
  });

  it('writes what step-by-step planning writes for any keys and values under any existing entries', () => {
    const key = fc.constantFrom('a', 'b', 'c', 'runAsUser', 'x-y', 'true', '1');
    const value = fc.oneof(fc.boolean(), fc.integer(), fc.constantFrom('v', 'two words', 'null', ''), fc.constant({ k: 1 }), fc.constant(['z']));
    // keys set directly in the mapping, or below parents that may be missing (or partly there)
    const parents = fc.constantFrom<string[]>([], [], ['p'], ['a'], ['p', 'q'], ['a', 'q']);
    fc.assert(
      fc.property(fc.uniqueArray(key, { minLength: 1, maxLength: 3 }), fc.array(fc.tuple(parents, key, value), { minLength: 2, maxLength: 3 }), fc.boolean(), (existing, ops, flow) => {
        const entries = existing.map((k, i) => `${k}: ${i}`);
        const text = pod(flow ? ` {${entries.join(', ')}}\n` : `\n${entries.map((e) => `        ${e}`).join('\n')}\n`);
        const fix: PlannedFix = { mode: 'suggestion', description: 'd', operations: ops.map(([p, k, v]) => ({ op: 'set', path: [...SC, ...p, k], value: v })) };
        const source = new FixSource('pod.yaml', text);
        const target = { docIndex: 0, basePath: [] };
        expect(outcome(planFix(source, target, fix), text)).toBe(outcome(planStepByStep(source, target, fix), text));
      }),
      { numRuns: 1000 },
    );
  });
});
