import { parseAllDocuments } from 'yaml';
import { fixFile, type FixRequest } from '../../src/fix/apply-fixes';
import { fixTargetOf } from '../../src/fix/finding-target';
import { conflicts } from '../../src/fix/text-edit';
import type { FieldPath, FixOperation } from '../../src/core/model';
import { evaluateRules } from '../../src/pipeline/evaluate';
import { parseManifest } from '../../src/parse/parse-manifest';
import { parsePath } from '../../src/rules/pod-spec';
import { builtinCatalog } from '../helpers/catalog';
import { expectedDocuments, parsedDocuments } from './fix-oracle';

/**
 * Fixes inserting where one mapping ends and its parent's goes on: one fix may insert before
 * the line break (a single-step edit, `\n  key: v` at the line's end), another after it (a
 * multi-step fix folded into whole lines, `  key: v\n` at the next line's start). Both are the
 * same logical point; applied together in either order, the lines of the shallower one end up
 * above the lines of the deeper one, which then belong to the wrong parent. The YAML stays
 * valid, so only re-parsing and checking each path finds it.
 */

const set = (path: FieldPath, value: unknown): FixOperation => ({ op: 'set', path, value });

/** A fix as a finding carries it: the rule's operations (or `operations`) below the container or pod spec at `base`. */
function request(id: string, base: FieldPath, operations: FixOperation[] | string): FixRequest {
  const rule = typeof operations === 'string' ? builtinCatalog().rules.find((r) => r.id === operations)!.fix! : undefined;
  const ops: FixOperation[] = rule
    ? rule.operations.map((o) => (o.op === 'remove' ? { op: 'remove', path: [...base, ...parsePath(o.path)] } : { op: o.op, path: [...base, ...parsePath(o.path)], value: o.value }))
    : (operations as FixOperation[]).map((o) => ({ ...o, path: [...base, ...o.path] }));
  return { id, target: { docIndex: 0, basePath: [] }, fix: { mode: 'suggestion', description: id, operations: ops } };
}

const CRON_C: FieldPath = ['spec', 'jobTemplate', 'spec', 'template', 'spec', 'containers', 0];
const POD_C0: FieldPath = ['spec', 'containers', 0];
const POD_C1: FieldPath = ['spec', 'containers', 1];
const RUN_AS_ROOT = (base: FieldPath) => request('run-as-root', base, 'run-as-root');
const CPU_LIMIT = (base: FieldPath) => request('cpu-limit-missing', base, 'cpu-limit-missing');
const POD_NON_ROOT = request('pod-non-root', ['spec'], [set(['securityContext', 'runAsNonRoot'], true)]);
const POD_NON_ROOT_USER = request('pod-non-root-user', ['spec'], [set(['securityContext', 'runAsNonRoot'], true), set(['securityContext', 'runAsUser'], 10001)]);

const CRONJOB = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: report
              image: report:1.2
              securityContext:
                allowPrivilegeEscalation: false
`;

/** kubectl style: list items flush with their key, so a container's keys sit where pod-level children do. */
const FLUSH_POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: web:1
`;

const TWO_CONTAINERS = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: web:1
      securityContext:
        readOnlyRootFilesystem: true
    - name: sidecar
      image: proxy:2
      securityContext:
        privileged: false
`;

const crlf = (t: string) => t.replace(/\n/g, '\r\n');
const noFinalNewline = (t: string) => t.replace(/\n$/, '');

const cases: Array<[string, string, FixRequest[]]> = [
  ['container last in the file, ending with a nested mapping', CRONJOB, [RUN_AS_ROOT(CRON_C), CPU_LIMIT(CRON_C)]],
  ['the same, fixes in the other order', CRONJOB, [CPU_LIMIT(CRON_C), RUN_AS_ROOT(CRON_C)]],
  ['the same, without a final line break', noFinalNewline(CRONJOB), [RUN_AS_ROOT(CRON_C), CPU_LIMIT(CRON_C)]],
  ['the same, with CRLF line breaks', crlf(CRONJOB), [RUN_AS_ROOT(CRON_C), CPU_LIMIT(CRON_C)]],
  ['the same, CRLF without a final line break', noFinalNewline(crlf(CRONJOB)), [CPU_LIMIT(CRON_C), RUN_AS_ROOT(CRON_C)]],
  ['container ending with an empty key that a fix fills', CRONJOB.replace('\n                allowPrivilegeEscalation: false', ''), [RUN_AS_ROOT(CRON_C), CPU_LIMIT(CRON_C)]],
  ['container ending with `key: ~` that a fix fills', CRONJOB.replace(':\n                allowPrivilegeEscalation: false', ': ~'), [RUN_AS_ROOT(CRON_C), CPU_LIMIT(CRON_C)]],
  ['a new pod-level mapping and a container mapping created at the same point', FLUSH_POD, [POD_NON_ROOT, RUN_AS_ROOT(POD_C0)]],
  ['the same, the deeper fix single-step and the shallower one folded', FLUSH_POD, [POD_NON_ROOT_USER, CPU_LIMIT(POD_C0)]],
  ['the same, with CRLF line breaks', crlf(FLUSH_POD), [RUN_AS_ROOT(POD_C0), POD_NON_ROOT]],
  ['the same, without a final line break', noFinalNewline(FLUSH_POD), [POD_NON_ROOT, RUN_AS_ROOT(POD_C0)]],
  [
    'a flow mapping last in the container',
    CRONJOB.replace(':\n                allowPrivilegeEscalation: false', ': {allowPrivilegeEscalation: false}'),
    [RUN_AS_ROOT(CRON_C), CPU_LIMIT(CRON_C)],
  ],
  [
    'a removal leaving `{}` and keys added inside that mapping',
    CRONJOB,
    [request('no-ape', CRON_C, [{ op: 'remove', path: ['securityContext', 'allowPrivilegeEscalation'] }]), RUN_AS_ROOT(CRON_C)],
  ],
  [
    'a flow mapping spread over lines, last in the container',
    CRONJOB.replace(':\n                allowPrivilegeEscalation: false', ': {\n                allowPrivilegeEscalation: false\n              }'),
    [RUN_AS_ROOT(CRON_C), CPU_LIMIT(CRON_C)],
  ],
  ['two containers: the first one ends where the second starts', TWO_CONTAINERS, [RUN_AS_ROOT(POD_C0), CPU_LIMIT(POD_C0)]],
  [
    'two containers, each with fixes at its end',
    TWO_CONTAINERS,
    [RUN_AS_ROOT(POD_C0), CPU_LIMIT(POD_C1), CPU_LIMIT(POD_C0), RUN_AS_ROOT(POD_C1), request('drop', POD_C1, [{ op: 'add-to-list', path: ['securityContext', 'capabilities', 'drop'], value: 'ALL' }])],
  ],
  ['two containers with CRLF line breaks', crlf(TWO_CONTAINERS), [CPU_LIMIT(POD_C1), RUN_AS_ROOT(POD_C1), CPU_LIMIT(POD_C0), RUN_AS_ROOT(POD_C0)]],
];

describe('fixes inserting at the same logical point', () => {
  it.each(cases)('%s: every key lands under its parent and nothing else changes', (_name, text, requests) => {
    const out = fixFile('m.yaml', text, requests);
    expect(out.skipped).toEqual([]);
    expect([...out.applied, ...out.unchanged].sort()).toEqual(requests.map((r) => r.id).sort());
    expect(parseAllDocuments(out.after).map((d) => d.errors)).toEqual([[]]);
    expect(parsedDocuments(out.after)).toEqual(expectedDocuments(text, requests));
    // line breaks stay as written
    expect(out.after.includes('\r\n')).toBe(text.includes('\r\n'));
    expect(/(^|[^\r])\n/.test(out.after)).toBe(/(^|[^\r])\n/.test(text));
  });

  it('fixes the reported CronJob with the real rules, keys in the order the fixes came', () => {
    const rules = builtinCatalog().rules.filter((r) => r.id === 'run-as-root' || r.id === 'cpu-limit-missing');
    const { findings } = evaluateRules(parseManifest('cron.yaml', CRONJOB).objects, rules);
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['cpu-limit-missing', 'run-as-root']);
    const requests = findings
      .sort((a, b) => (a.ruleId === 'run-as-root' ? -1 : b.ruleId === 'run-as-root' ? 1 : 0))
      .map((f) => ({ id: f.ruleId, target: fixTargetOf(f)!, fix: f.fix!, object: f.object }));
    const out = fixFile('cron.yaml', CRONJOB, requests);
    expect(out.after).toBe(
      CRONJOB +
        [
          '                runAsNonRoot: true',
          '                runAsUser: 10001',
          '              resources:',
          '                limits:',
          '                  cpu: 500m',
          '',
        ].join('\n'),
    );
  });
});

describe('conflicts', () => {
  const text = 'a:\n  b: 1\nc: 2\r\nd: 3\n';
  const lineEnd = text.indexOf('\n', 3);
  const crEnd = text.indexOf('\r');
  const one = text.indexOf('1');
  const cases: Array<[string, { start: number; end: number; text: string }, { start: number; end: number; text: string }, boolean]> = [
    ['an insert before a line break and one after it', { start: lineEnd, end: lineEnd, text: '\n  x: 1' }, { start: lineEnd + 1, end: lineEnd + 1, text: 'y: 2\n' }, true],
    ['the same around a CRLF', { start: crEnd, end: crEnd, text: '\r\n x' }, { start: crEnd + 2, end: crEnd + 2, text: 'y\r\n' }, true],
    ['a replacement up to a line end and an insert after the break', { start: one, end: lineEnd, text: '{}' }, { start: lineEnd + 1, end: lineEnd + 1, text: '  y: 2\n' }, true],
    ['replacements on both sides of a line break', { start: one, end: lineEnd, text: '2' }, { start: lineEnd + 1, end: lineEnd + 2, text: 'e' }, false],
    ['inserts on different lines', { start: 3, end: 3, text: 'x' }, { start: lineEnd + 1, end: lineEnd + 1, text: 'y' }, false],
  ];
  it.each(cases)('%s', (_name, a, b, expected) => {
    expect(conflicts(a, b, text)).toBe(expected);
    expect(conflicts(b, a, text)).toBe(expected);
  });
});
