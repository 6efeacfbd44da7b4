#!/usr/bin/env bash
# Install what is missing, build, and start the app with the embedded demo provider.
# Extra arguments go to the app (e.g. --data-dir /tmp/ca).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
source scripts/env.sh
exec "$APP_BIN" --demo "$@"
