#!/usr/bin/env bash
# Every locale has every message of en-US, nothing more, with the same variables and no
# Fluent error or warning: Mozilla's compare-locales over locales/*/ (l10n.toml).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
out="$(compare-locales l10n.toml . it de es)" || { echo "$out"; echo "compare-locales found errors"; exit 1; }
echo "$out"
if grep -qE '^(errors|warnings|missing|obsolete)[[:space:]]' <<<"$out"; then
  echo "the locales differ from en-US (see above)"
  exit 1
fi
