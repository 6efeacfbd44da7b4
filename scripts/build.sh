#!/usr/bin/env bash
# Build the UI, then the whole workspace with the UI embedded.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
echo "==> building the UI"
npm --prefix ui run build --silent
echo "==> building the workspace ($CARGO_TARGET_DIR)"
cargo build "${CARGO_FLAGS[@]}"
