import { parse, parseAllDocuments } from 'yaml';
import { fixFile, type FixRequest } from '../../src/fix/apply-fixes';
import { editBetween } from '../../src/fix/text-edit';
import type { FieldPath, FixOperation } from '../../src/core/model';

const SC: FieldPath = ['spec', 'containers', 0, 'securityContext'];
const set = (path: FieldPath, value: unknown): FixOperation => ({ op: 'set', path, value });

function request(id: string, ops: FixOperation[], docIndex = 0): FixRequest {
  return { id, target: { docIndex, basePath: [] }, fix: { mode: 'suggestion', description: id, operations: ops } };
}

const POD = `apiVersion: v1
kind: Pod
metadata: {name: a}
spec:
  containers:
    - name: a
      image: a:1
      securityContext:
        privileged: true
        runAsUser: 0
        allowPrivilegeEscalation: false
`;

describe('fixFile', () => {
  it('applies many fixes of one container without repeating a key', () => {
    const out = fixFile('pod.yaml', POD, [
      request('run-as-root', [set([...SC, 'runAsNonRoot'], true), set([...SC, 'runAsUser'], 10001)]),
      request('pss-run-as-non-root', [set([...SC, 'runAsNonRoot'], true)]),
      request('pss-run-as-non-root-user', [set([...SC, 'runAsUser'], 10001)]),
      request('privileged', [set([...SC, 'privileged'], false)]),
      request('drop', [{ op: 'add-to-list', path: [...SC, 'capabilities', 'drop'], value: 'ALL' }]),
      request('read-only', [set([...SC, 'readOnlyRootFilesystem'], true)]),
    ]);
    expect(out.skipped).toEqual([]);
    expect(out.unchanged).toEqual([]);
    expect(out.applied.sort()).toEqual(['drop', 'privileged', 'pss-run-as-non-root', 'pss-run-as-non-root-user', 'read-only', 'run-as-root']);
    expect(parseAllDocuments(out.after).every((d) => d.errors.length === 0)).toBe(true);
    expect(parse(out.after).spec.containers[0].securityContext).toEqual({
      privileged: false,
      runAsUser: 10001,
      allowPrivilegeEscalation: false,
      runAsNonRoot: true,
      capabilities: { drop: ['ALL'] },
      readOnlyRootFilesystem: true,
    });
    // comments, order and untouched lines stay as written
    expect(out.after.startsWith(POD.split('        privileged')[0])).toBe(true);
  });

  it('creates one securityContext for several fixes of a container that has none', () => {
    const text = 'kind: Pod\nspec:\n  containers:\n  - name: a\n    image: a:1\n';
    const out = fixFile('p.yaml', text, [request('x', [set([...SC, 'runAsNonRoot'], true)]), request('y', [set([...SC, 'readOnlyRootFilesystem'], true)])]);
    expect(out.after).toBe('kind: Pod\nspec:\n  containers:\n  - name: a\n    image: a:1\n    securityContext:\n      runAsNonRoot: true\n      readOnlyRootFilesystem: true\n');
  });

  it('counts a fix that another identical fix satisfied as applied', () => {
    const out = fixFile('pod.yaml', POD, [request('a', [set([...SC, 'seccompProfile', 'type'], 'RuntimeDefault')]), request('b', [set([...SC, 'seccompProfile', 'type'], 'RuntimeDefault')])]);
    expect(out.applied).toEqual(['a', 'b']);
    expect(out.after.match(/seccompProfile/g)).toHaveLength(1);
  });

  it('reports a fix it cannot plan and applies the others', () => {
    const out = fixFile('pod.yaml', POD, [request('bad', [set(['spec', 'containers', 3, 'securityContext', 'x'], 1)]), request('good', [set([...SC, 'privileged'], false)])]);
    expect(out.skipped).toEqual([{ id: 'bad', reason: 'spec.containers[3].securityContext.x needs a list item that does not exist' }]);
    expect(out.applied).toEqual(['good']);
  });

  it('reports a fix that asks for what the file already says', () => {
    const out = fixFile('pod.yaml', POD, [request('same', [set([...SC, 'privileged'], true)])]);
    expect(out).toMatchObject({ applied: [], unchanged: ['same'], after: POD });
  });

  it('fixes each document on its own and leaves the others byte for byte', () => {
    const other = '# keep   this\n---\napiVersion: v1\nkind: ConfigMap   # odd  spacing\ndata: {a: "1"}\n';
    const text = `${POD}---\n${other}`;
    const out = fixFile('m.yaml', text, [request('p', [set([...SC, 'privileged'], false)]), request('c', [set(['data', 'a'], '2')], 2)]);
    expect(out.after).toBe(`${POD.replace('privileged: true', 'privileged: false')}---\n${other.replace('{a: "1"}', '{a: "2"}')}`);
  });

  it('handles a file whose documents carry directives', () => {
    const text = '%YAML 1.2\n---\nkind: Pod\nspec:\n  hostPID: true\n...\n%YAML 1.2\n---\nkind: Pod\nspec:\n  hostPID: true\n';
    const out = fixFile('d.yaml', text, [request('a', [set(['spec', 'hostPID'], false)], 1)]);
    expect(out.after).toBe(text.replace(/hostPID: true\n$/, 'hostPID: false\n'));
  });
});

describe('editBetween', () => {
  it('folds on whole lines, so an insertion after a line never ends inside it', () => {
    const before = 'a: 1\nb: false\n';
    const after = 'a: 2\nb: false\nc: true\n';
    expect(editBetween(before, after)).toEqual({ start: 0, end: before.length, text: after });
    expect(editBetween('x: 1\ny: 2\n', 'x: 1\ny: 3\n')).toEqual({ start: 5, end: 10, text: 'y: 3\n' });
  });
});
