#!/usr/bin/env bash
# The whole test suite: UI unit tests, then every Rust test (unit, store, core against
# the reference provider, contract, locales) and the end-to-end tests of the real app,
# all inside a headless X server and a private D-Bus session with an unlocked
# gnome-keyring, set up here.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

echo "==> UI checks and unit tests"
npm --prefix ui run --silent check
npm --prefix ui run --silent test

scripts/build.sh

echo "==> Rust tests, end-to-end included (Xvfb + private D-Bus session)"
export CLIENTAREA_APP_BIN="$APP_BIN"
export TAURI_DRIVER="$TOOLS_DIR/bin/tauri-driver"
xvfb-run -a -s "-screen 0 1280x860x24" dbus-run-session -- scripts/in-session.sh \
  cargo test "${CARGO_FLAGS[@]}" -- "$@"
