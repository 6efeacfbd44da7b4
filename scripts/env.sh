# Shared settings of the project's scripts (sourced, not run).
# Cargo's build goes outside the clone so that every clone on this machine shares it.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/clientarea/target}"
export TOOLS_DIR="${TOOLS_DIR:-$HOME/.cache/clientarea/tools}"
export PATH="$TOOLS_DIR/bin:$PATH"
# The one feature set every build and test uses: the UI embedded, as users get it.
# Building and testing with the same selection reuses one build.
CARGO_FLAGS=(--workspace --features clientarea-desktop/custom-protocol)
export APP_BIN="$CARGO_TARGET_DIR/debug/clientarea"
