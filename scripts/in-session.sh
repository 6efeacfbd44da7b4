#!/usr/bin/env bash
# Inside a private D-Bus session: start an unlocked gnome-keyring (Secret Service) in a
# throw-away home, then run the given command. Used by test.sh and the benchmarks.
set -euo pipefail
session_home="$(mktemp -d)"
trap 'rm -rf "$session_home"' EXIT
export XDG_RUNTIME_DIR="$session_home/run"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
# The keyring daemon keeps its files under its own HOME and XDG_DATA_HOME, never ours.
eval "$(printf 'test-keyring' | HOME="$session_home" XDG_DATA_HOME="$session_home/data" \
  gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
