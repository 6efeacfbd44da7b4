#!/usr/bin/env bash
# The whole test suite: UI unit tests, then every Rust test (unit, store, core against
# the reference provider, contract, locales) and the end-to-end tests of the real app,
# all inside a headless X server and a private D-Bus session with an unlocked
# gnome-keyring, set up here.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

echo "==> Rust format (rustfmt.toml)"
cargo fmt --all --check

echo "==> Locales against en-US (compare-locales)"
scripts/check-locales.sh

echo "==> Supply chain: known advisories (cargo audit over Cargo.lock, npm audit over ui/)"
AUDIT_NPM_UNREACHABLE=warn scripts/audit.sh

echo "==> UI checks and unit tests"
npm --prefix ui run --silent check
npm --prefix ui run --silent test

scripts/build.sh

echo "==> Contract fuzzing (schemathesis against the reference provider)"
scripts/fuzz-contract.sh

# After the build: the app crate embeds ui/dist, which the build makes.
echo "==> Rust lints (clippy, every target, warnings are errors)"
cargo clippy "${CARGO_FLAGS[@]}" --all-targets -- -D warnings

echo "==> Rust tests, end-to-end included (Xvfb + private D-Bus session)"
export CLIENTAREA_APP_BIN="$APP_BIN"
export TAURI_DRIVER="$TOOLS_DIR/bin/tauri-driver"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
set +e
xvfb-run -a -s "-screen 0 1280x860x24" dbus-run-session -- scripts/in-session.sh \
  cargo test --no-fail-fast "${CARGO_FLAGS[@]}" -- "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One closing line for the whole run, summed over every test binary.
awk '/^test result:/ { p += $4; f += $6; i += $8 } END { printf "\nsummary: %d passed, %d failed, %d skipped\n", p, f, i }' "$log"
exit "$status"
