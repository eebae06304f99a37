#!/usr/bin/env bash
# Measures what each size option of the `dist` profile (Cargo.toml) buys and
# costs: builds the binary once per setting, each in its own empty target
# folder (every crate is compiled again: LTO and codegen units change them
# all), and prints the binary's size, its size after `strip`, and the build's
# wall and CPU time (user + system; the CPU time holds on a busy machine, the
# wall time does not). The figures are in README's "Install" section.
#
#   scripts/measure-dist.sh [OUT_FOLDER]      (default: /tmp/measure-dist)
#
# Needs cargo, strip (binutils) and GNU time (/usr/bin/time). Takes about
# 15 minutes of CPU per setting.
set -uo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/measure-dist}"
mkdir -p "$out"
[ -x /usr/bin/time ] || { echo "measure-dist: needs GNU time (apt-get install time)" >&2; exit 1; }
# name, lto, codegen-units, strip
settings=(
  "release-defaults false 16 false"
  "cgu1 false 1 false"
  "thin-lto-cgu1 thin 1 false"
  "fat-lto-cgu1 fat 1 false"
)
printf '%-16s %12s %12s %8s %8s\n' setting bytes stripped wall_s cpu_s | tee "$out/sizes.txt"
for setting in "${settings[@]}"; do
  read -r name lto cgu strip <<<"$setting"
  target="$out/target-$name"
  rm -rf "$target"
  CARGO_TARGET_DIR="$target" CARGO_PROFILE_DIST_LTO="$lto" \
    CARGO_PROFILE_DIST_CODEGEN_UNITS="$cgu" CARGO_PROFILE_DIST_STRIP="$strip" \
    /usr/bin/time -f "%e %U %S" -o "$out/time-$name" \
    cargo build --locked --profile dist --quiet >"$out/build-$name.log" 2>&1 ||
    { echo "measure-dist: $name failed, see $out/build-$name.log" >&2; continue; }
  bin="$target/dist/srm-study"
  bytes=$(stat -c %s "$bin")
  cp "$bin" "$out/stripped"
  strip "$out/stripped"
  stripped=$(stat -c %s "$out/stripped")
  read -r wall user sys <"$out/time-$name"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.0f", u + s }')
  printf '%-16s %12s %12s %8.0f %8s\n' "$name" "$bytes" "$stripped" "$wall" "$cpu" | tee -a "$out/sizes.txt"
  rm -rf "$target"
done
