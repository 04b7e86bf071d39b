#!/usr/bin/env node
// Runs a TypeScript script without a separate build: esbuild bundles it into a CommonJS file
// under node_modules/.cache so that its dependencies still resolve from this repository.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const esbuild = require('esbuild');
const [entry, ...args] = process.argv.slice(2);
if (!entry) { console.error('usage: run-ts.js <script.ts> [args…]'); process.exit(2); }
const cacheDir = path.join(__dirname, '..', 'node_modules', '.cache', 'run-ts');
fs.mkdirSync(cacheDir, { recursive: true });
const out = path.join(cacheDir, path.basename(entry).replace(/\.ts$/, '') + '.cjs');
esbuild.buildSync({ entryPoints: [entry], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: out, packages: 'external', logLevel: 'warning' });
process.argv = [process.argv[0], path.resolve(entry), ...args];
require(out);
