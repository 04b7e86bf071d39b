// The layers of src/, from the ground up (docs/architecture.md draws them). A module may import
// from its own layer and the layers below it, never from a layer above, and nothing may import in
// a circle. `npm run lint` checks this with dependency-cruiser.
/** @type {Array<[name: string, paths: string[]]>} */
const LAYERS = [
  ['core', ['src/core/']],
  ['parse', ['src/parse/']],
  ['workspace', ['src/workspace/']],
  ['rules', ['src/rules/']],
  ['policy', ['src/policy/']],
  ['config', ['src/config/']],
  ['stages', ['src/render/', 'src/exceptions/', 'src/fix/']],
  ['pipeline', ['src/pipeline/']],
  ['report', ['src/report/']],
  ['shells', ['src/commands/', 'src/github/', 'src/lsp/', 'src/cli.ts', 'src/main.ts', 'src/index.ts']],
];

const re = (paths) => `^(${paths.map((p) => p.replace(/[.]/g, '\\.')).join('|')})`;

const layerRules = LAYERS.slice(0, -1).map(([name, paths], i) => ({
  name: `${name}-imports-no-layer-above`,
  comment: `${name} (${paths.join(', ')}) may import only from ${LAYERS.slice(0, i + 1).map(([n]) => n).join(', ')}`,
  severity: 'error',
  from: { path: re(paths) },
  to: { path: re(LAYERS.slice(i + 1).flatMap(([, p]) => p)) },
}));

// the three stages of one floor stay independent of each other
const STAGES = ['src/render/', 'src/exceptions/', 'src/fix/'];
const stageRules = STAGES.map((from) => ({
  name: `${from.split('/')[1]}-is-independent-of-its-sibling-stages`,
  severity: 'error',
  from: { path: re([from]) },
  to: { path: re(STAGES.filter((s) => s !== from)) },
}));

module.exports = {
  forbidden: [
    { name: 'no-circular', comment: 'imports run one way: no module reaches itself', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'every-module-has-a-layer',
      comment: 'a new folder under src/ gets a place in LAYERS (.dependency-cruiser.cjs) and docs/architecture.md',
      severity: 'error',
      from: { path: '^src/', pathNot: re(LAYERS.flatMap(([, p]) => p)) },
      to: {},
    },
    {
      name: 'report-builders-take-a-result',
      comment: 'report builders turn a ScanResult into text; they never run the pipeline',
      severity: 'error',
      from: { path: '^src/report/' },
      to: { path: '^src/pipeline/' },
    },
    ...layerRules,
    ...stageRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // type-only imports tie layers as much as value imports do
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.d\\.ts$' },
  },
};
