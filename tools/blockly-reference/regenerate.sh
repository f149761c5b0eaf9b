#!/usr/bin/env bash
# Regenerates the Blockly reference corpus (src/test/resources/program/corpus)
# and the benchmark workspaces (src/test/resources/program/bench).
# Installs the pinned npm packages into tools/blockly-reference/node_modules
# first if they are missing. Needs Node 24 or newer.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Prefer a Node 24 installed under ~/.local/node24 when the node on PATH is older.
node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if command -v node >/dev/null 2>&1 && [ "$(node_major node)" -ge 24 ]; then
  :
elif [ -x "$HOME/.local/node24/bin/node" ]; then
  export PATH="$HOME/.local/node24/bin:$PATH"
fi
if ! command -v node >/dev/null 2>&1; then
  echo "regenerate.sh: Node.js 24 or newer is required, but no node is on PATH." >&2
  exit 1
fi
major="$(node_major node)"
if [ "$major" -lt 24 ]; then
  echo "regenerate.sh: Node.js 24 or newer is required, found $(node --version) at $(command -v node)." >&2
  echo "Put a Node 24 first on PATH and run this again." >&2
  exit 1
fi

installed_version() {
  node -p "try { require('$here/node_modules/$1/package.json').version } catch (e) { '' }"
}
if [ "$(installed_version blockly)" != "12.3.1" ] || [ "$(installed_version js-interpreter)" != "6.0.2" ]; then
  echo "Installing blockly@12.3.1 and js-interpreter@6.0.2 into $here/node_modules"
  (cd "$here" && npm install --no-package-lock --no-audit --no-fund)
fi

node "$here/generate-corpus.mjs"
