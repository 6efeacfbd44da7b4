#!/usr/bin/env bash
# The contract, fuzzed from its own document: schemathesis generates requests from
# crates/api/openapi.json (valid ones and invalid ones) and sends them to the reference
# provider, started here on 127.0.0.1 at a free port with the demo data and signed in as
# the demo customer. Every answer must be documented (status, content type, headers,
# schema) and none may be a 5xx. Admin routes are left out (not the customers' contract),
# and so are the push stream (it never ends) and sign-out (it would end this session):
# the provider's own tests cover them. Bounded: a fixed seed, a few examples per
# operation, and a hard timeout.
#
#   scripts/fuzz-contract.sh               # uses (or builds) the debug provider
#   FUZZ_EXAMPLES=200 scripts/fuzz-contract.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
source scripts/env.sh

ST_VERSION=4.32.5
ST_VENV="$TOOLS_DIR/schemathesis-$ST_VERSION"
# Installed once from PyPI into its own virtual environment; the run needs no network.
if [ ! -x "$ST_VENV/bin/st" ]; then
  echo "==> installing schemathesis $ST_VERSION into $ST_VENV"
  rm -rf "$ST_VENV"
  python3 -m venv "$ST_VENV"
  "$ST_VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$ST_VERSION"
fi

# The same package and feature selection as every other build, so this reuses it
# (PROVIDER_BIN names another build instead).
provider="${PROVIDER_BIN:-}"
if [ -z "$provider" ]; then
  cargo build --quiet "${CARGO_FLAGS[@]}" --bin clientarea-provider
  provider="$CARGO_TARGET_DIR/debug/clientarea-provider"
fi

work="$(mktemp -d)"
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# Generous limits: the fuzzer is one client sending as fast as it can. (429 is still
# documented, and the provider's tests check the limits themselves.)
NO_COLOR=1 RUST_LOG=info "$provider" --listen 127.0.0.1:0 --demo \
  --rate-limit 100000,100000 --sign-in-limit 100000,100000 >"$work/provider.log" 2>&1 &
pid=$!
base=""
for _ in $(seq 1 100); do
  base="$(sed -n 's/\x1b\[[0-9;]*m//g; s/.*reference provider listening.*addr=\([0-9.:]*\).*/http:\/\/\1/p' "$work/provider.log" | head -n1)"
  [ -n "$base" ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/provider.log" >&2; echo "error: the provider did not start" >&2; exit 1; }
  sleep 0.1
done
[ -n "$base" ] || { cat "$work/provider.log" >&2; echo "error: the provider did not say where it listens" >&2; exit 1; }

token="$(curl -sf -X POST "$base/v1/auth/sign-in" -H 'content-type: application/json' \
  -d '{"email":"demo@example.com","password":"demo"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')"

echo "    fuzzing $base as the demo customer (schemathesis $ST_VERSION, ${FUZZ_EXAMPLES:-100} examples per operation)"
started=$SECONDS
set +e
# Run from the scratch folder: schemathesis keeps its replay data in ./.schemathesis.
(cd "$work" && timeout --kill-after=10 "${FUZZ_TIMEOUT:-170}" "$ST_VENV/bin/st" run "$root/crates/api/openapi.json" \
  --url "$base" \
  --header "Authorization: Bearer $token" \
  --exclude-path-regex '^/v1/admin/' --exclude-path /v1/events --exclude-path /v1/auth/session \
  --checks not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance \
  --phases examples,coverage,fuzzing \
  --max-examples "${FUZZ_EXAMPLES:-100}" --seed 20261129 --workers 2 \
  --generation-with-security-parameters false --generation-database none \
  --request-timeout 10 --max-redirects 0 --suppress-health-check all \
  --no-color)
status=$?
set -e
echo "    schemathesis took $((SECONDS - started)) s"
if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
  echo "error: the fuzz run passed its time limit" >&2
fi
if ! kill -0 "$pid" 2>/dev/null; then
  echo "error: the provider died during the run" >&2
  tail -n 50 "$work/provider.log" >&2
  exit 1
fi
exit "$status"
