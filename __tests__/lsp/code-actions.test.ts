/**
 * The code actions' edits on real manifests: YAML and JSON, LF and CRLF, with and without
 * annotations already written. Each edited text is scanned again to prove what the edit claims.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { acknowledge, annotationsOf, quickFix } from '../../src/lsp/code-actions';
import { IGNORE, IGNORE_REASON } from '../../src/exceptions/inline';
import type { Finding } from '../../src/core/model';
import { parseManifest } from '../../src/parse/parse-manifest';
import { evaluateRules } from '../../src/pipeline/evaluate';
import { objectKey } from '../../src/core/object-label';
import { applySuppressions } from '../../src/exceptions/apply';
import { ruleResolver } from '../../src/exceptions/resolver';
import { builtinCatalog } from '../helpers/catalog';

const catalog = builtinCatalog();

/** Active findings of one file, inline suppressions applied as `kubegate scan` applies them. */
function scan(file: string, text: string): { findings: Finding[]; raw: (f: Finding) => unknown } {
  const parsed = parseManifest(file, text);
  const { findings } = evaluateRules(parsed.objects, catalog.rules);
  applySuppressions(findings, parsed.objects, { inline: true, resolver: ruleResolver(catalog), now: Date.now() });
  return { findings: findings.filter((f) => !f.suppression), raw: (f) => parsed.objects.find((o) => objectKey(o) === f.objectKey)?.raw };
}

function edited(doc: TextDocument, action: ReturnType<typeof quickFix>): string {
  const edits = action!.edit!.changes![doc.uri];
  return TextDocument.applyEdits(doc, edits);
}

const YAML_POD = `apiVersion: v1
kind: Pod
metadata:
  name: p # the debug pod
spec:
  hostPID: true
  containers:
    - name: c
      image: nginx:1.27
      securityContext:
        privileged: true
`;

const JSON_POD = JSON.stringify(
  { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { hostPID: true, containers: [{ name: 'c', image: 'nginx:1.27', securityContext: { privileged: true } }] } },
  null,
  2,
);

const cases: Array<[string, string, string]> = [
  ['YAML', 'pod.yaml', YAML_POD],
  ['YAML with CRLF line ends', 'pod.yaml', YAML_POD.replace(/\n/g, '\r\n')],
  ['JSON', 'pod.json', JSON_POD],
  ['YAML with an ignore annotation already', 'pod.yaml', YAML_POD.replace('  name: p # the debug pod\n', `  name: p # the debug pod\n  annotations:\n    ${IGNORE}: host-pid\n    ${IGNORE_REASON}: node debugging\n`)],
];

describe.each(cases)('code actions on %s', (_name, file, text) => {
  const doc = TextDocument.create(`file:///w/${file}`, file.endsWith('.json') ? 'json' : 'yaml', 1, text);
  const before = scan(file, text);
  const priv = before.findings.find((f) => f.ruleId === 'privileged-container')!;

  it('quick fix: the edited text no longer has the finding, keeps the others, and keeps line ends and comments', () => {
    const after = edited(doc, quickFix(doc, file, priv, undefined));
    const rules = scan(file, after).findings.map((f) => f.ruleId);
    expect(rules).not.toContain('privileged-container');
    expect(rules).toContain(before.findings.find((f) => f.ruleId !== 'privileged-container')!.ruleId);
    expect(after.includes('\r\n')).toBe(text.includes('\r\n'));
    if (text.includes('#')) expect(after).toContain('# the debug pod');
  });

  it('acknowledge: the rule joins the ignore annotation, a reason is asked for only when none is written', () => {
    const action = acknowledge(doc, file, priv, annotationsOf(before.raw(priv)), undefined);
    const after = edited(doc, action);
    const rescanned = parseManifest(file, after);
    const annotations = rescanned.objects[0].raw.metadata.annotations;
    const had = annotationsOf(before.raw(priv)).annotations;
    expect(annotations[IGNORE].split(',')).toEqual([...(had?.[IGNORE] ? [had[IGNORE]] : []), 'privileged-container']);
    expect(annotations[IGNORE_REASON]).toEqual(had?.[IGNORE_REASON] ?? expect.stringMatching(/^TODO/));
    expect(scan(file, after).findings.map((f) => f.ruleId)).not.toContain('privileged-container');
    expect(rescanned.diagnostics).toEqual([]);
  });
});

it('acknowledges nothing twice: a rule already in the annotation gets no action', () => {
  const text = YAML_POD.replace('  name: p # the debug pod\n', `  name: p\n  annotations:\n    ${IGNORE}: privileged-container\n`);
  const doc = TextDocument.create('file:///w/pod.yaml', 'yaml', 1, text);
  const parsed = parseManifest('pod.yaml', text);
  const priv = evaluateRules(parsed.objects, catalog.rules).findings.find((f) => f.ruleId === 'privileged-container')!;
  expect(acknowledge(doc, 'pod.yaml', priv, annotationsOf(parsed.objects[0].raw), undefined)).toBeUndefined();
});
