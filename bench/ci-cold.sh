#!/usr/bin/env bash
# The cold CI time: a fresh clone, an empty cargo target dir, no tools, no node_modules,
# then `.ci/run`, timed. Prints `BENCH ci_cold_min`. Takes the length of a cold CI run.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git clone -q . "$work/main"
ln -s "$(cd .. && pwd)/shared" "$work/shared" 2>/dev/null || true
start=$(date +%s)
(cd "$work/main" && CARGO_TARGET_DIR="$work/target" TOOLS_DIR="$work/tools" CI=true bash .ci/run) > "$work/ci.log" 2>&1 \
  || { tail -40 "$work/ci.log"; exit 1; }
end=$(date +%s)
awk -v s="$((end - start))" 'BEGIN { printf "BENCH ci_cold_min %.1f min\n", s / 60 }'
