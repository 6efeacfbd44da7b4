#!/usr/bin/env bash
# Install what the project needs and is missing: Debian/Ubuntu packages (through apt,
# with sudo when not root), the UI's npm packages, tauri-driver for the end-to-end
# tests and cargo-audit for the supply-chain check. Idempotent and quick when everything
# is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

APT_PACKAGES=(
  # build the app
  build-essential pkg-config libwebkit2gtk-4.1-dev libjavascriptcoregtk-4.1-dev libsoup-3.0-dev
  libayatana-appindicator3-dev librsvg2-dev libssl-dev libdbus-1-dev libsecret-1-dev
  # run and test a real desktop session headless
  xvfb xauth webkit2gtk-driver dbus dbus-x11 dunst gnome-keyring imagemagick xdotool sqlite3
  # read the evidence PDFs the app writes (pdftoppm renders its pages, pdftotext its text)
  poppler-utils
  # make and check the .deb (dpkg-shlibdeps, the desktop entry's and metainfo's validators)
  dpkg-dev desktop-file-utils appstream
  # own the X clipboard in the paste test
  xclip
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "==> installing system packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

for tool in cargo node npm; do
  command -v "$tool" >/dev/null || { echo "error: $tool is required (install Rust and Node.js first)" >&2; exit 1; }
done

if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  echo "==> installing UI packages"
  npm --prefix ui ci --no-audit --no-fund
fi

if [ ! -x "$TOOLS_DIR/bin/tauri-driver" ]; then
  echo "==> installing tauri-driver into $TOOLS_DIR"
  cargo install tauri-driver --version 2.1.0 --locked --root "$TOOLS_DIR"
fi

# cargo-audit, for scripts/audit.sh (without binary scanning: only Cargo.lock is audited).
if [ "$("$TOOLS_DIR/bin/cargo-audit" --version 2>/dev/null)" != "cargo-audit 0.22.2" ]; then
  echo "==> installing cargo-audit into $TOOLS_DIR"
  cargo install cargo-audit --version 0.22.2 --locked --no-default-features --root "$TOOLS_DIR"
fi

# Mozilla's compare-locales, for scripts/check-locales.sh, in its own virtual environment.
if [ ! -x "$TOOLS_DIR/bin/compare-locales" ]; then
  echo "==> installing compare-locales into $TOOLS_DIR"
  python3 -m venv "$TOOLS_DIR/py"
  "$TOOLS_DIR/py/bin/pip" install --quiet --disable-pip-version-check compare-locales==9.0.5
  mkdir -p "$TOOLS_DIR/bin"
  ln -sf "$TOOLS_DIR/py/bin/compare-locales" "$TOOLS_DIR/bin/compare-locales"
fi
