#!/usr/bin/env bash
# Measures what each size option of the `dist` profile (Cargo.toml) buys and
# costs. For each setting it defines a profile `measure-NAME` (inheriting
# `release`) on the command line, so Cargo builds every crate again in
# TARGET/measure-NAME (LTO and codegen units change how all crates are
# compiled: the cold build is the cost a packager pays), then touches
# src/lib.rs and builds again (the warm build: only srm-study itself, what a
# developer pays after an edit). It prints the binary's size, its size after
# `strip`, and the wall and CPU time (user + system) of both builds; the CPU
# time holds on a shared or busy machine, the wall time does not. The figures
# are in BENCHMARKS.md ("Package: binary size and build cost").
#
#   nice -n 19 scripts/measure-dist.sh [SETTING...]   (default: all of them)
#
# SETTING is one of the names below. Results go to $MEASURE_OUT (default
# /tmp/measure-dist)/sizes.txt; each setting's profile folder is removed
# afterwards unless KEEP=1. Needs cargo, strip (binutils) and GNU time
# (/usr/bin/time); LOCK_FLAG=--offline replaces --locked where Cargo.lock
# differs from Cargo.toml. 20 minutes of CPU or more per setting (BENCHMARKS.md).
set -uo pipefail
cd "$(dirname "$0")/.."
out="${MEASURE_OUT:-/tmp/measure-dist}"
target="${CARGO_TARGET_DIR:-target}"
mkdir -p "$out"
[ -x /usr/bin/time ] || { echo "measure-dist: needs GNU time (apt-get install time)" >&2; exit 1; }
# name, lto, codegen-units (release's defaults: lto = false, 16 units)
all=(
  "release false 16"
  "thin thin 16"
  "fat fat 16"
  "cgu1 false 1"
  "thin-cgu1 thin 1"
  "fat-cgu1 fat 1"
)
wanted=("$@")
[ "${#wanted[@]}" -gt 0 ] || for s in "${all[@]}"; do wanted+=("${s%% *}"); done
[ -s "$out/sizes.txt" ] ||
  printf '%-10s %11s %11s %7s %7s %7s %7s\n' setting bytes stripped cold_wall cold_cpu warm_wall warm_cpu >"$out/sizes.txt"

timed() { # log file, time file, cargo args...
  local log="$1" times="$2"; shift 2
  /usr/bin/time -f "%e %U %S %M" -o "$times" cargo build ${LOCK_FLAG---locked} --bin srm-study "$@" >"$log" 2>&1
}
cpu() { awk '{ printf "%.0f", $2 + $3 }' "$1"; }
wall() { awk '{ printf "%.0f", $1 }' "$1"; }

for name in "${wanted[@]}"; do
  setting=""
  for s in "${all[@]}"; do [ "${s%% *}" = "$name" ] && setting="$s"; done
  [ -n "$setting" ] || { echo "measure-dist: no setting $name" >&2; continue; }
  read -r _ lto cgu <<<"$setting"
  profile="measure-$name"
  lto_toml="\"$lto\""
  [ "$lto" = false ] && lto_toml=false
  args=(--profile "$profile"
    --config "profile.$profile.inherits=\"release\""
    --config "profile.$profile.lto=$lto_toml"
    --config "profile.$profile.codegen-units=$cgu")
  rm -rf "${target:?}/$profile"
  timed "$out/cold-$name.log" "$out/cold-$name.time" "${args[@]}" ||
    { echo "measure-dist: $name failed, see $out/cold-$name.log" >&2; continue; }
  touch src/lib.rs
  timed "$out/warm-$name.log" "$out/warm-$name.time" "${args[@]}" ||
    { echo "measure-dist: $name (warm) failed, see $out/warm-$name.log" >&2; continue; }
  bin="$target/$profile/srm-study"
  cp "$bin" "$out/srm-study-$name"
  bytes=$(stat -c %s "$bin")
  strip -o "$out/srm-study-$name.stripped" "$bin"
  stripped=$(stat -c %s "$out/srm-study-$name.stripped")
  printf '%-10s %11s %11s %7s %7s %7s %7s\n' "$name" "$bytes" "$stripped" \
    "$(wall "$out/cold-$name.time")" "$(cpu "$out/cold-$name.time")" \
    "$(wall "$out/warm-$name.time")" "$(cpu "$out/warm-$name.time")" | tee -a "$out/sizes.txt"
  [ "${KEEP:-0}" = 1 ] || rm -rf "${target:?}/$profile"
done
