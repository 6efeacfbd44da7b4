#!/usr/bin/env bash
# Supply-chain check: known advisories against what the app is built from.
#  - Rust: cargo-audit over Cargo.lock with the RustSec advisory database. The database is
#    fetched fresh (a shallow clone into $TOOLS_DIR) when its home can be reached, and
#    otherwise read from the dated snapshot committed under audit/advisory-db; the run says
#    which. Vulnerabilities fail, and so do unmaintained, unsound and yanked crates
#    (`--deny warnings`) except the advisories ignored, with reasons, in .cargo/audit.toml.
#  - UI: `npm audit --omit=dev` over ui/ (the packages that ship; dev tools do not). There is
#    no offline database for it: when the registry's audit endpoint cannot be reached the
#    UI packages are NOT checked, and that fails, unless AUDIT_NPM_UNREACHABLE=warn says to
#    go on (then the run says loudly what was not checked).
# `scripts/audit.sh refresh [REPO]` replaces the snapshot with REPO's HEAD (a URL or a local
# git dir; the RustSec repository by default).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

# Where the fresh database comes from (another git URL or path, e.g. a mirror, may be given).
RUSTSEC_REPO="${RUSTSEC_REPO:-https://github.com/rustsec/advisory-db.git}"
SNAPSHOT=audit/advisory-db
FRESH_DB="$TOOLS_DIR/advisory-db"
# Days after which the snapshot is called stale in the output (a warning, not a failure:
# the same commit must give the same result whenever it is tested).
STALE_DAYS=30
# npm findings of this severity and above fail; lower ones are printed.
NPM_LEVEL=moderate

if [ "${1:-}" = refresh ]; then
  repo="${2:-$RUSTSEC_REPO}"
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  if [ -d "$repo" ]; then src="$repo"; else git clone --quiet --depth 1 "$repo" "$tmp/db"; src="$tmp/db"; fi
  rm -rf "$SNAPSHOT" && mkdir -p "$SNAPSHOT"
  git --git-dir="$(git -C "$src" rev-parse --absolute-git-dir)" archive HEAD crates rust LICENSE.txt LICENSES | tar -x -C "$SNAPSHOT"
  git -C "$src" log -1 --format='commit %H%ndate %cI' > "$SNAPSHOT/SNAPSHOT"
  echo "snapshot: $(paste -sd' ' "$SNAPSHOT/SNAPSHOT"), $(find "$SNAPSHOT/crates" -name 'RUSTSEC-*.md' | wc -l) crate advisories"
  exit 0
fi

command -v cargo-audit >/dev/null || { echo "error: cargo-audit is missing: run scripts/setup.sh" >&2; exit 1; }

# --- Rust: which database --------------------------------------------------------------
if timeout 15 git ls-remote --quiet "$RUSTSEC_REPO" HEAD >/dev/null 2>&1 &&
  { if [ -d "$FRESH_DB/.git" ]; then
      timeout 60 git -C "$FRESH_DB" fetch --quiet --depth 1 origin HEAD &&
        git -C "$FRESH_DB" reset --quiet --hard FETCH_HEAD
    else
      rm -rf "$FRESH_DB" && timeout 60 git clone --quiet --depth 1 "$RUSTSEC_REPO" "$FRESH_DB"
    fi; } >/dev/null 2>&1; then
  db="$FRESH_DB"
  db_says="fresh from $RUSTSEC_REPO, $(git -C "$db" log -1 --format='%h of %cs')"
else
  db="$SNAPSHOT"
  snap_date="$(sed -n 's/^date //p' "$db/SNAPSHOT")"
  age=$((($(date +%s) - $(date -d "$snap_date" +%s)) / 86400))
  db_says="the committed snapshot ($db, $(sed -n 's/^commit \(.\{9\}\).*/\1/p' "$db/SNAPSHOT") of ${snap_date%%T*}, $age days old): $RUSTSEC_REPO cannot be reached"
  ((age <= STALE_DAYS)) || db_says+=" -- STALE: refresh it (scripts/audit.sh refresh, see DEVELOPMENT.md)"
fi
echo "advisory database: $db_says"

# What is ignored, and why: the first comment line above each id in .cargo/audit.toml.
echo "ignored (.cargo/audit.toml):"
awk '/^ *#/ { if (!c) c = $0; next } /"RUSTSEC-/ { match($0, /RUSTSEC-[0-9]+-[0-9]+/); sub(/^ *# */, "", c); printf "  %s  %s\n", substr($0, RSTART, RLENGTH), c } { c = "" }' .cargo/audit.toml

# The yanked check reads cargo's local copy of the crates.io index; with --no-fetch
# cargo-audit does not update it, so bring the entries of every locked crate up to date
# (a dry run: Cargo.lock is left as it is, and no crate is downloaded).
cargo update --workspace --locked --dry-run --quiet 2>/dev/null ||
  { echo "error: could not read the crates.io index for the yanked check" >&2; exit 1; }
# --no-fetch: the database is already there (fetched above, or committed).
cargo audit --db "$db" --no-fetch
echo "cargo audit: no advisory (beyond those ignored) and no yanked crate in Cargo.lock"

# --- UI ----------------------------------------------------------------------------------
prod=$(node -e 'const l = require("./ui/package-lock.json");
  console.log(Object.entries(l.packages).filter(([p, v]) => p && !v.dev && !v.devOptional).map(([p, v]) => p.replace(/^.*node_modules\//, "") + "@" + v.version).join(" "))')
echo "ui/ production packages ($(wc -w <<<"$prod")): $prod"
set +e
report="$(cd ui && npm audit --omit=dev --audit-level="$NPM_LEVEL" --json 2>/dev/null)"
status=$?
set -e
node -e '
  const r = JSON.parse(process.argv[1] || "{}");
  if (!r.metadata) {
    console.log("npm audit: the audit endpoint could not be reached: " + (r.message || "no answer"));
    process.exit(3);
  }
  const v = r.metadata.vulnerabilities;
  console.log("npm audit: " +
    ["critical", "high", "moderate", "low", "info"].map((s) => `${v[s]} ${s}`).join(", "));
  for (const [name, x] of Object.entries(r.vulnerabilities || {}))
    console.log(`  ${name} (${x.severity}): ${x.via.map((y) => (typeof y === "string" ? y : y.title + " " + y.url)).join("; ")}`);
' "$report" || {
  case "${AUDIT_NPM_UNREACHABLE:-fail}" in
    warn)
      echo "WARNING: the UI's production packages were NOT checked for advisories (AUDIT_NPM_UNREACHABLE=warn)."
      exit 0 ;;
    *)
      echo "error: the UI's production packages could not be checked; run where the registry's audit endpoint" >&2
      echo "answers, or set AUDIT_NPM_UNREACHABLE=warn to go on without that check" >&2
      exit 1 ;;
  esac
}
if [ "$status" -ne 0 ]; then
  echo "error: npm audit found advisories of severity $NPM_LEVEL or above in the UI's production packages" >&2
  exit 1
fi
