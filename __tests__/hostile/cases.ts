import * as fs from 'node:fs';
import * as path from 'node:path';
import { privilegedPod, tempRepo } from './generate';

/**
 * Hostile repositories and what kubegate must do with each. Every case sits next to a plain
 * privileged pod (`app/privileged.yaml`) whose finding must survive, and runs with
 * `--severity-threshold none`, so the exit code says whether the hostile input itself gates.
 * docs/robustness.md has one row per case id (a test keeps them in step).
 */
export interface HostileCase {
  id: string;
  /** Files of the repository besides the companion pod; a function may add links or binaries. */
  files: Record<string, string | Buffer>;
  setup?: (dir: string) => void;
  args?: string[];
  /** 0: nothing gates; 1: a gating diagnostic fails the gate. */
  code: 0 | 1;
  /** Every diagnostic, as `code file:line gating|info` (line omitted when there is none). */
  diagnostics: string[];
  /** Findings that must be reported, as `rule file:line`. */
  findings?: string[];
  /** Findings that must not be reported (a false alarm or a value read the wrong way). */
  absent?: string[];
}

export const COMPANION = 'app/privileged.yaml';
export const COMPANION_FINDING = `privileged-container ${COMPANION}:${privilegedPod('').line}`;

const pod = (name: string, securityContext: string, extra = '') =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n${extra}  containers:\n    - name: app\n      image: nginx:1.27\n      securityContext:\n${securityContext}`;

/** A mapping nested `depth` levels under a ConfigMap's data (block style, two spaces a level). */
export function deepConfigMap(depth: number): string {
  let s = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\ndata:\n';
  for (let i = 0; i < depth; i++) s += `${'  '.repeat(i + 1)}k:\n`;
  return s + `${'  '.repeat(depth + 1)}leaf\n`;
}

/** A custom resource whose spec nests `depth` flow sequences: valid YAML, absurd, harmless. */
function deepFlow(depth: number): string {
  return `apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: deep\nspec:\n  x: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
}

function aliasBomb(): string {
  let s = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: lol\ndata:\n  a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  for (let i = 1; i < 10; i++) s += `  a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(',')}]\n`;
  return s;
}

export const CASES: HostileCase[] = [
  {
    id: 'invalid-yaml-one-of-many',
    files: {
      'app/broken.yaml': `${privilegedPod('before-break').text}---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: [unclosed\n`,
      'app/fine.yaml': pod('fine', '        privileged: true\n'),
    },
    code: 1,
    diagnostics: ['yaml-syntax app/broken.yaml:16 gating'],
    findings: ['privileged-container app/broken.yaml:10', 'privileged-container app/fine.yaml:10'],
  },
  {
    id: 'invalid-yaml-not-kubernetes',
    files: { 'ci/compose.yaml': 'services:\n  web:\n    image: [nginx\n' },
    code: 0,
    diagnostics: ['yaml-syntax ci/compose.yaml:4 info'],
  },
  {
    id: 'tab-indentation',
    files: { 'app/tabs.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n\tname: tabs\nspec:\n  containers: []\n' },
    code: 1,
    diagnostics: ['yaml-syntax app/tabs.yaml:4 gating'],
  },
  {
    id: 'tab-after-value-indicator',
    // a tab as separation (not indentation) is valid YAML
    files: { 'app/tab-sep.yaml': pod('tab-sep', '        privileged:\ttrue\n') },
    code: 0,
    diagnostics: [],
    findings: ['privileged-container app/tab-sep.yaml:10'],
  },
  {
    id: 'yaml11-booleans',
    files: {
      'app/yes.yaml': pod('yes', '        privileged: yes\n        allowPrivilegeEscalation: on\n', '  hostNetwork: Y\n  hostPID: ON\n'),
      'app/quoted.yaml': pod('quoted', '        privileged: "yes"\n'),
    },
    code: 0,
    diagnostics: [],
    findings: ['privileged-container app/yes.yaml:12', 'host-network app/yes.yaml:6', 'host-pid app/yes.yaml:7', 'pss-privilege-escalation app/yes.yaml:13'],
    absent: ['privileged-container app/quoted.yaml:10'],
  },
  {
    id: 'merge-key-order',
    files: {
      'app/merge.yaml':
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: merge\n  annotations:\n    base: &priv {privileged: true}\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n      securityContext:\n        privileged: false\n        <<: *priv\n',
    },
    code: 0,
    diagnostics: [],
    findings: ['privileged-container app/merge.yaml:12'],
  },
  {
    id: 'duplicate-keys',
    files: { 'app/dup.yaml': pod('dup', '        privileged: false\n        privileged: true\n') },
    code: 0,
    diagnostics: ['yaml-duplicate-key app/dup.yaml:11 info'],
    findings: ['privileged-container app/dup.yaml:11'],
  },
  {
    id: 'byte-order-mark',
    files: { 'app/bom.yaml': `\ufeff${pod('bom', '        privileged: true\n')}` },
    code: 0,
    diagnostics: [],
    findings: ['privileged-container app/bom.yaml:10'],
  },
  {
    id: 'crlf-line-endings',
    files: { 'app/crlf.yaml': pod('crlf', '        privileged: true\n').replace(/\n/g, '\r\n') },
    code: 0,
    diagnostics: [],
    findings: ['privileged-container app/crlf.yaml:10'],
  },
  {
    id: 'no-trailing-newline',
    files: { 'app/eof.yaml': pod('eof', '        privileged: true') },
    code: 0,
    diagnostics: [],
    findings: ['privileged-container app/eof.yaml:10'],
  },
  {
    id: 'json-manifest',
    files: { 'app/pod.json': JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'j' }, spec: { containers: [{ name: 'app', image: 'nginx:1.27', securityContext: { privileged: true } }] } }, null, 2) },
    code: 0,
    diagnostics: [],
    findings: ['privileged-container app/pod.json:13'],
  },
  {
    id: 'alias-bomb',
    files: { 'app/bomb.yaml': aliasBomb() },
    code: 1,
    diagnostics: ['yaml-alias-expansion app/bomb.yaml:1 gating'],
  },
  {
    id: 'deep-nesting-readable',
    files: { 'app/deep.yaml': deepFlow(500) },
    code: 0,
    diagnostics: [],
  },
  {
    id: 'deep-nesting-10k',
    files: { 'app/deep.yaml': `${deepConfigMap(10_000)}---\n${pod('after-deep', '        privileged: true\n')}` },
    code: 1,
    diagnostics: ['yaml-too-deep app/deep.yaml:* gating'],
    findings: [`privileged-container app/deep.yaml:${10_000 + 7 + 10}`],
  },
  {
    id: 'binary-file',
    files: { 'app/blob.yaml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0xff]) },
    code: 0,
    diagnostics: ['binary-file app/blob.yaml info'],
  },
  {
    id: 'utf16-with-bom',
    files: { 'app/utf16.yaml': Buffer.from(`\ufeff${pod('utf16', '        privileged: true\n')}`, 'utf16le') },
    code: 0,
    diagnostics: [],
    findings: ['privileged-container app/utf16.yaml:10'],
  },
  {
    id: 'latin1-manifest',
    files: { 'app/latin1.yaml': Buffer.from(pod('caf\u00e9', '        privileged: true\n'), 'latin1') },
    code: 1,
    diagnostics: ['not-utf8 app/latin1.yaml gating'],
  },
  {
    id: 'latin1-not-kubernetes',
    files: { 'docs/notes.yaml': Buffer.from('title: caf\u00e9 cr\u00e8me\n', 'latin1') },
    code: 0,
    diagnostics: ['not-utf8 docs/notes.yaml info'],
  },
  {
    id: 'empty-and-separator-only',
    files: { 'app/empty.yaml': '', 'app/dashes.yaml': '---\n---\n', 'app/dash.yml': '---', 'app/comments.yaml': '# nothing here\n---\n# nor here\n', 'app/space.yaml': '\n\n   \n' },
    code: 0,
    diagnostics: [],
  },
  {
    id: 'not-kubernetes-yaml',
    files: {
      'docker-compose.yml': 'version: "3.9"\nservices:\n  web:\n    image: nginx\n    privileged: true\n    ports: ["80:80"]\n',
      'ci/workflow.yml': 'name: ci\non:\n  push:\n    branches: [main]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n',
      'api/openapi.yaml': 'openapi: 3.0.3\ninfo: {title: api, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n    Pod:\n      properties:\n        apiVersion: {type: string}\n        kind: {type: string}\n',
      'chart-values/values.yaml': 'replicaCount: 1\nimage:\n  repository: nginx\nsecurityContext:\n  privileged: true\n',
      '.pre-commit-config.yaml': 'repos:\n  - repo: https://github.com/pre-commit/pre-commit-hooks\n    rev: v4.6.0\n',
    },
    code: 0,
    diagnostics: [],
  },
  {
    id: 'odd-fields',
    files: {
      'app/odd.yaml': [
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: null-containers\nspec:\n  containers: null\n',
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: string-spec\nspec: "x"\n',
        'apiVersion: apps/v1\nkind: Deployment\nmetadata: null\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: nginx:1.27\n          securityContext:\n            privileged: true\n',
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: 42\nspec:\n  containers:\n    - name: 7\n      image: 3\n      ports: [{containerPort: "80"}]\n      securityContext: {runAsUser: "0", privileged: "true"}\n',
        'apiVersion: v1\nkind: Pod\nmetadata: {name: lists}\nspec:\n  containers: {name: not-a-list}\n  volumes: "none"\n  initContainers: [null, 1, "x", []]\n',
        'apiVersion: v1\nkind: List\nitems: null\n',
        'apiVersion: v1\nkind: List\nitems: [null, 1, {kind: Pod}, {apiVersion: v1, kind: Pod, metadata: {name: in-list}, spec: {containers: [{name: a, image: "nginx:1.27", securityContext: {privileged: true}}]}}]\n',
        'apiVersion: example.com/v1\nkind: Gizmo\nmetadata: {name: unknown}\nspec: {containers: [{name: a, securityContext: {privileged: true}}]}\n',
        'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: crd-with-template}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: nginx:1.27\n          securityContext: {privileged: true}\n',
        'apiVersion: 1\nkind: Pod\n',
        'apiVersion: v1\nkind: [Pod]\n',
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: odd-binding}\nroleRef: null\nsubjects: "everyone"\n',
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: odd-role}\nrules: [{verbs: "*", resources: null}, null, 5]\n',
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: odd-np}\nspec: {podSelector: null, ingress: "all"}\n',
        'apiVersion: v1\nkind: Service\nmetadata: {name: odd-svc}\nspec: {selector: [], ports: {port: 22}}\n',
      ].join('---\n'),
    },
    code: 0,
    diagnostics: [],
    // Kubernetes refuses a string where a boolean belongs, so `privileged: "true"` never runs
    findings: ['privileged-container app/odd.yaml:24', 'privileged-container app/odd.yaml:51'],
    absent: ['privileged-container app/odd.yaml:35'],
  },
  {
    id: 'symlink-loop-and-escape',
    files: { 'app/real.yaml': pod('real', '        privileged: true\n') },
    setup: (dir) => {
      const outside = tempRepo({}, 'kubegate-outside-');
      fs.writeFileSync(path.join(outside, 'secret.yaml'), pod('outside', '        privileged: true\n'));
      fs.symlinkSync(dir, path.join(dir, 'app', 'loop'));
      fs.symlinkSync(path.join(dir, 'app'), path.join(dir, 'app', 'sub-loop'));
      fs.symlinkSync(outside, path.join(dir, 'escape'));
      fs.symlinkSync(path.join(outside, 'secret.yaml'), path.join(dir, 'app', 'escape.yaml'));
      fs.symlinkSync(path.join(dir, 'nowhere.yaml'), path.join(dir, 'app', 'dangling.yaml'));
    },
    code: 0,
    diagnostics: ['broken-path app/dangling.yaml info', 'symlink-outside app/escape.yaml info', 'symlink-outside escape info'],
    findings: ['privileged-container app/real.yaml:10'],
    absent: ['privileged-container escape/secret.yaml:10', 'privileged-container app/escape.yaml:10'],
  },
  {
    id: 'spaces-and-unicode-in-paths',
    files: { 'my apps/ünïcödé ✓/pod #1.yaml': pod('unicode', '        privileged: true\n') },
    code: 0,
    diagnostics: [],
    findings: ['privileged-container my apps/ünïcödé ✓/pod #1.yaml:10'],
  },
  {
    id: 'file-over-size-limit',
    files: {
      'app/huge.yaml': `${pod('huge', '        privileged: false\n')}  # ${'x'.repeat(4096)}\n`,
      'docs/huge.yaml': `notes: ${'x'.repeat(4096)}\n`,
    },
    args: ['--max-file-size', '2KB'],
    code: 1,
    diagnostics: ['file-too-large app/huge.yaml gating', 'file-too-large docs/huge.yaml info'],
  },
];
