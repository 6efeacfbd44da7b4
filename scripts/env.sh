# Shared settings of the project's scripts (sourced, not run).
# Cargo's build goes outside the clone, one folder per clone (by its path): two clones
# sharing one target folder share fingerprints too, and cargo then took one clone's
# build script (and its permission files) as up to date for the other.
clone_key="$(pwd -P | sha256sum | cut -c1-12)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/clientarea/targets/$clone_key}"
export TOOLS_DIR="${TOOLS_DIR:-$HOME/.cache/clientarea/tools}"
export PATH="$TOOLS_DIR/bin:$PATH"
# The one feature set every build and test uses: the UI embedded, as users get it.
# Building and testing with the same selection reuses one build.
CARGO_FLAGS=(--workspace --features clientarea-desktop/custom-protocol)
export APP_BIN="$CARGO_TARGET_DIR/debug/clientarea"
