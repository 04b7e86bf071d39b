/**
 * Builds dist/index.js (the action) and dist/cli.js (the bin) with esbuild. The built-in rules and
 * frameworks are embedded: src/rules/builtin-files.ts is swapped for a module holding their text,
 * so dist/ is self-contained and check-dist also guards the rules.
 */
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readBuiltinFiles } from '../src/rules/builtin-files';

const root = path.resolve(__dirname, '..');
// run-ts bundles this script into node_modules/.cache, so __dirname is not scripts/; use the cwd
const repo = fs.existsSync(path.join(process.cwd(), 'rules')) ? process.cwd() : root;

const embedRules: esbuild.Plugin = {
  name: 'embed-builtin-rules',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]rules[\\/]builtin-files\.ts$/ }, () => {
      const files = readBuiltinFiles(repo);
      return {
        loader: 'ts',
        contents: `// generated at bundle time from rules/ and frameworks/\nconst FILES = ${JSON.stringify(files)};\nexport type BuiltinFiles = typeof FILES;\nexport function builtinFiles() { return FILES; }\nexport function readBuiltinFiles(_root: string) { return FILES; }\n`,
      };
    });
  },
};

// KUBEGATE_DIST_DIR: tests bundle into a temporary directory instead of replacing dist/
const dist = process.env.KUBEGATE_DIST_DIR ? path.resolve(process.env.KUBEGATE_DIST_DIR) : path.join(repo, 'dist');

async function main(): Promise<void> {
  fs.rmSync(dist, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: { index: path.join(repo, 'src/index.ts'), cli: path.join(repo, 'src/cli.ts') },
    outdir: dist,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minifySyntax: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
    plugins: [embedRules],
  });
  fs.writeFileSync(path.join(dist, 'package.json'), '{ "type": "commonjs" }\n');
  for (const f of fs.readdirSync(dist)) {
    const size = fs.statSync(path.join(dist, f)).size;
    process.stdout.write(`${path.relative(repo, dist) || '.'}/${f}  ${(size / 1024).toFixed(0)} KiB\n`);
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : err}\n`);
  process.exit(1);
});
