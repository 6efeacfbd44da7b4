#!/usr/bin/env bash
# Every benchmark of the project. Builds the app and the floor in release mode (what
# users run), then measures inside Xvfb and a private D-Bus session, and prints BENCH
# lines to copy into BENCHMARKS.md with the date and the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
npm --prefix ui run build --silent
cargo build "${CARGO_FLAGS[@]}"                        # the benchmark driver (debug is fine)
cargo build --release "${CARGO_FLAGS[@]}" --bins       # what is measured
export CLIENTAREA_APP_BIN="$CARGO_TARGET_DIR/release/clientarea"
export CLIENTAREA_FLOOR_BIN="$CARGO_TARGET_DIR/release/clientarea-floor"
export TAURI_DRIVER="$TOOLS_DIR/bin/tauri-driver"
export CLIENTAREA_ARTIFACTS="${CLIENTAREA_ARTIFACTS:-$PWD/bench/out}"
echo "# $(date -u +%Y-%m-%d) on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -srm)"
xvfb-run -a -s "-screen 0 1280x860x24" dbus-run-session -- scripts/in-session.sh \
  "$CARGO_TARGET_DIR/debug/bench-launch" 2> >(grep -E '^(app|floor) run' >&2)
# The list at 100,000 tickets / 1,000,000 messages: search, mount, scroll, memory after
# them, the cache's size, a launch on it; then the same at 1,000 and 10,000 tickets
# (the scale table in BENCHMARKS.md).
for n in 100000 10000 1000; do
  BENCH_TICKETS=$n xvfb-run -a -s "-screen 0 1280x860x24" dbus-run-session -- scripts/in-session.sh \
    "$CARGO_TARGET_DIR/debug/bench-list" 2> >(grep -E '^(filled|search|scroll|mount|launch|pss):? ' >&2)
done
# The same statements in-process, without the window (the store's share of the list).
"$CARGO_TARGET_DIR/release/bench-cache"
# Publish on the provider → Notify call on the session bus.
xvfb-run -a -s "-screen 0 1280x860x24" dbus-run-session -- scripts/in-session.sh \
  "$CARGO_TARGET_DIR/debug/bench-notify" 2> >(grep -E '^notify:' >&2)
# A chat message sent → the operator's answer drawn in the window (operator answering at once).
xvfb-run -a -s "-screen 0 1280x860x24" dbus-run-session -- scripts/in-session.sh \
  "$CARGO_TARGET_DIR/debug/bench-chat" 2> >(grep -E '^chat:' >&2)
# Sync figures: the release build of the driver, the provider in the same process.
"$CARGO_TARGET_DIR/release/bench-sync" 2> >(grep -vE 'INFO|WARN' >&2)
# The evidence report: a year of 1,000 tickets as a PDF (time and size).
cargo run --release --quiet -p clientarea-report --example bench_report
