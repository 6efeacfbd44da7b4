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
# The whole log is kept outside the work folder (it goes with the trap): on a failure,
# the tail says that a test failed, the log says which.
log="${TMPDIR:-/tmp}/ci-cold-last.log"
(cd "$work/main" && CARGO_TARGET_DIR="$work/target" TOOLS_DIR="$work/tools" CI=true bash .ci/run) > "$log" 2>&1 \
  || { grep -E '^test .* FAILED$|^---- ' "$log" | head -20; tail -40 "$log"; echo "whole log: $log"; exit 1; }
grep -E '^summary:' "$log" || true
end=$(date +%s)
awk -v s="$((end - start))" 'BEGIN { printf "BENCH ci_cold_min %.1f min\n", s / 60 }'
