import type { FieldPath } from '../../src/core/model';
import { TemplateText } from '../../src/render/template-locator';

const DEPLOYMENT = `{{- if .Values.enabled }}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "app.fullname" . }}
  labels:
    {{- include "app.labels" . | nindent 4 }}
spec:
  template:
    spec:
      {{- with .Values.podSecurityContext }}
      securityContext:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      containers:
      - name: app
        image: "{{ .Values.image }}"
        securityContext:
          {{- toYaml .Values.securityContext | nindent 10 }}
      - name: "metrics"
        image: prom/exporter:1.0
        ports:
          - containerPort: 9100
            hostPort: 9100
{{- end }}
`;

const raw = { spec: { template: { spec: { containers: [{ name: 'app' }, { name: 'metrics' }] } } } };
const swapped = { spec: { template: { spec: { containers: [{ name: 'metrics' }, { name: 'app' }] } } } };

describe('TemplateText.locate: the deepest key of a field path written in a Helm template', () => {
  const t = new TemplateText(DEPLOYMENT);
  test.each<{ why: string; path: FieldPath; value?: unknown; line: number; column: number; depth: number }>([
    { why: 'a value that comes from toYaml: its parent key', path: ['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'privileged'], line: 18, column: 9, depth: 6 },
    { why: 'pod-level securityContext inside a with block', path: ['spec', 'template', 'spec', 'securityContext', 'runAsUser'], line: 12, column: 7, depth: 4 },
    { why: 'a literal key of the second container', path: ['spec', 'template', 'spec', 'containers', 1, 'ports', 0, 'hostPort'], line: 24, column: 13, depth: 8 },
    { why: 'a list item at its key indentation (compact style), by position', path: ['spec', 'template', 'spec', 'containers', 1], line: 20, column: 7, depth: 5 },
    { why: 'list items matched by name, not position', path: ['spec', 'template', 'spec', 'containers', 0, 'image'], value: swapped, line: 21, column: 9, depth: 6 },
    { why: 'metadata.labels written through an include', path: ['metadata', 'labels', 'app.kubernetes.io/name'], line: 6, column: 3, depth: 2 },
    { why: 'nothing of the path in the template: the object\'s first line', path: ['status', 'replicas'], line: 2, column: 1, depth: 0 },
  ])('$why', ({ path, value, line, column, depth }) => {
    const located = t.locate(0, path, value ?? raw);
    expect(located.depth).toBe(depth);
    expect(located.range).toMatchObject({ startLine: line, startColumn: column, endLine: line });
  });

  test('a key deeper in an earlier sibling is not taken for a shallower one', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  annotations:
    spec: not-this-one
spec:
  containers:
    - name: c
`;
    expect(new TemplateText(text).locate(0, ['spec', 'containers'], {}).range.startLine).toBe(7);
  });

  test('template comments spanning lines are not YAML', () => {
    const text = `{{/*
kind: Secret
spec:
*/}}
apiVersion: v1
kind: Pod
spec:
  hostPID: true
`;
    const t2 = new TemplateText(text);
    expect(t2.locate(t2.docFor('Pod', 'p', 0, 0), ['spec', 'hostPID'], {}).range.startLine).toBe(8);
  });
});

describe('TemplateText.docFor: which document of a template an object came from', () => {
  const text = `apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ .Release.Name }}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: {{ .Release.Name }}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: {{ .Release.Name }}-reader
---
{{- range .Values.extra }}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: extra-{{ . }}
{{- end }}
`;
  const t = new TemplateText(text);
  test.each([
    { kind: 'ServiceAccount', name: 'rel', ordinal: 0, doc: 0 },
    { kind: 'Role', name: 'rel', ordinal: 0, doc: 1 },
    // the literal suffix makes the second Role the better match, whatever the order
    { kind: 'Role', name: 'rel-reader', ordinal: 0, doc: 2 },
    { kind: 'ConfigMap', name: 'extra-a', ordinal: 0, doc: 3 },
    { kind: 'ConfigMap', name: 'extra-b', ordinal: 1, doc: 3 },
  ])('$kind $name → document $doc', ({ kind, name, ordinal, doc }) => {
    expect(t.docFor(kind, name, ordinal, 0)).toBe(doc);
  });
});
