#!/usr/bin/env bash
# The Debian package: `scripts/package.sh` builds the app in release mode (devtools off,
# the UI embedded) and writes target/package/clientarea_<version>_<arch>.deb, which
# `sudo apt install ./clientarea_*.deb` installs with everything it needs on Debian 12.
#
#   scripts/package.sh [--binary PATH] [--out DIR]
#
# --binary packs an app already built instead (the test run packs its debug build: a
# release build would add minutes to every run; the layout and the metadata are the
# same). The package is laid out here and written with Debian's own tools: dpkg-shlibdeps
# reads the binary's shared libraries and names the packages that provide them, and
# dpkg-deb writes the archive. (Tauri's bundler needs tauri-cli, 8 minutes to install
# here; cargo-deb wraps the same two tools.) Libraries the app loads at run time, which
# no tool can see, are declared by hand below.
#
# No AppImage and no Flatpak: neither builds offline. An AppImage needs linuxdeploy and
# appimagetool, downloaded at build time (Tauri's bundler fetches them too); a Flatpak
# needs flatpak-builder and the GNOME runtime and SDK from Flathub (about 1 GB). Both can
# be added where those downloads are allowed, from the same staged files.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

binary=""
out="$CARGO_TARGET_DIR/package"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --binary) binary="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

if [[ -z "$binary" ]]; then
  npm --prefix ui run build
  cargo build --release -p clientarea-desktop --features clientarea-desktop/custom-protocol
  binary="$CARGO_TARGET_DIR/release/clientarea"
fi
[[ -x "$binary" ]] || { echo "no app binary at $binary" >&2; exit 1; }

name=clientarea
id=com.example.clientarea
version="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)"
arch="$(dpkg --print-architecture)"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
root="$stage/root"

install -Dm0755 "$binary" "$root/usr/bin/$name"
strip --strip-unneeded "$root/usr/bin/$name" 2>/dev/null || true
install -Dm0644 packaging/$id.desktop "$root/usr/share/applications/$id.desktop"
install -Dm0644 packaging/$id.metainfo.xml "$root/usr/share/metainfo/$id.metainfo.xml"
# Every size the freedesktop icon theme spec names for apps, from the 512 px original.
for size in 16 22 24 32 48 64 128 256 512; do
  dir="$root/usr/share/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  if [[ $size == 512 ]]; then
    cp icons/icon.png "$dir/$id.png"
  else
    convert icons/icon.png -resize "${size}x${size}" -strip "PNG32:$dir/$id.png"
  fi
  chmod 0644 "$dir/$id.png"
done
install -Dm0644 packaging/copyright "$root/usr/share/doc/$name/copyright"

# The shared libraries' packages, as Debian's own tool reads them from the binary.
mkdir -p "$stage/debian"
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$name" "$name" > "$stage/debian/control"
shlibs="$(cd "$stage" && dpkg-shlibdeps -O "root/usr/bin/$name" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')"
[[ -n "$shlibs" ]] || { echo "dpkg-shlibdeps found no libraries" >&2; exit 1; }
# Loaded at run time (dlopen), so invisible to dpkg-shlibdeps: the tray's indicator.
runtime="libayatana-appindicator3-1"
size_kib="$(du -sk "$root" | cut -f1)"

mkdir -p "$root/DEBIAN"
cat > "$root/DEBIAN/control" <<EOF
Package: $name
Version: $version
Architecture: $arch
Maintainer: Client Area maintainers <maintainers@example.com>
Installed-Size: $size_kib
Depends: $shlibs, $runtime
Recommends: gnome-keyring | keepassxc, dbus-user-session | dbus-x11
Suggests: dunst | notification-daemon
Section: net
Priority: optional
Homepage: https://example.com/clientarea
Description: Your hosting provider's support desk on the desktop
 Client Area opens and follows support tickets, drafts them with no connection,
 shows maintenance, outages and abuse reports as native notifications, keeps
 the provider's response-time promises on record, and shows invoices with
 their VAT, in English, Italian, German or Spanish.
EOF

mkdir -p "$out"
deb="$out/${name}_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" > /dev/null
echo "$deb"
