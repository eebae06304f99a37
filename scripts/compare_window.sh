#!/usr/bin/env bash
# Measures the real SRM Study window against a bare eframe window
# (examples/bare_window.rs) under Xvfb, alternating the two for several
# rounds: time from start to the first frame on screen, resident memory
# after start, and CPU used while idle. Prints every run, the medians and
# the ratios app/bare.
#
# Usage: scripts/compare_window.sh [ROUNDS]   (default 5)
# Environment: SETTLE_SECS (3) before reading memory, IDLE_SECS (10) of
# idling measured, SKIP_BUILD=1 to use the binaries already built.
# Needs Xvfb, xdotool, xdpyinfo (x11-utils) and ImageMagick (`import`,
# `convert`), as .ci/run installs them.
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=${1:-5}
settle=${SETTLE_SECS:-3}
idle=${IDLE_SECS:-10}
app_bin=target/release/srm-study
bare_bin=target/release/examples/bare_window

for tool in Xvfb xdotool xdpyinfo import convert; do
  command -v "$tool" >/dev/null || { echo "compare_window: $tool is missing (see .ci/run)" >&2; exit 2; }
done
if [ -z "${SKIP_BUILD:-}" ]; then
  cargo build --release --bin srm-study --example bare_window
fi

display=:$((200 + RANDOM % 100))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb=$!
pid=""
work=$(mktemp -d)
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export DISPLAY=$display
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
# Park the pointer outside the 1280x800 windows (placed at 0,0: Xvfb has no
# window manager), so that neither shows a hover or a tooltip: "idle" means
# nobody touches it.
xdotool mousemove 1590 990

ticks=$(getconf CLK_TCK)
now_ms() { date +%s%3N; }
# utime + stime of a process, in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }

# measure KIND TITLE BIN: sets `line` to "start_ms rss_kib idle_cpu_ms".
measure() {
  local kind=$1 title=$2 bin=$3 data wid="" start shown colours rss cpu0 cpu1
  data=$(mktemp -d "$work/$kind.XXXX")
  start=$(now_ms)
  SRM_STUDY_DATA_DIR=$data "$bin" >"$data/out.log" 2>&1 &
  pid=$!
  # The first frame is on screen when the window is mapped and shows more
  # than 10 colours (a cleared, not yet painted window shows one or two).
  shown=""
  while [ -z "$shown" ]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "compare_window: $kind exited early:" >&2; cat "$data/out.log" >&2; exit 1
    fi
    if [ $(( $(now_ms) - start )) -gt 30000 ]; then
      echo "compare_window: $kind showed no frame in 30 s" >&2; exit 1
    fi
    if [ -z "$wid" ]; then
      wid=$(xdotool search --onlyvisible --name "^$title\$" 2>/dev/null | head -1 || true)
    fi
    if [ -n "$wid" ]; then
      colours=$(import -window "$wid" png:- 2>/dev/null | convert png:- -format %k info: 2>/dev/null || echo 0)
      if [ "${colours:-0}" -gt 10 ]; then shown=$(( $(now_ms) - start )); fi
    fi
    # Each check grabs the window; pause between them so that the checks
    # leave the 2 cores to the program being started.
    [ -n "$shown" ] || sleep 0.03
  done
  sleep "$settle"
  rss=$(rss_kib "$pid")
  cpu0=$(cpu_ticks "$pid")
  sleep "$idle"
  cpu1=$(cpu_ticks "$pid")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  pid=""
  line="$shown $rss $(( (cpu1 - cpu0) * 1000 / ticks ))"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

printf '%-6s %-5s %12s %12s %16s\n' round kind "start (ms)" "RSS (MiB)" "idle CPU (ms/${idle}s)"
: >"$work/app.txt"; : >"$work/bare.txt"
for round in $(seq "$rounds"); do
  # Alternate which goes first, so neither always gets the warmer cache.
  if [ $((round % 2)) -eq 1 ]; then order="app bare"; else order="bare app"; fi
  for kind in $order; do
    if [ "$kind" = app ]; then measure app 'SRM Study' "$app_bin"; else measure bare Bare "$bare_bin"; fi
    echo "$line" >>"$work/$kind.txt"
    read -r s r c <<<"$line"
    printf '%-6s %-5s %12s %12s %16s\n' "$round" "$kind" "$s" "$(awk -v r="$r" 'BEGIN { printf "%.1f", r / 1024 }')" "$c"
  done
done

echo
printf '%-22s %10s %10s %8s %s\n' median app bare ratio goal
row() {
  local name=$1 col=$2 scale=$3 goal=$4 a b
  a=$(awk -v c="$col" '{ print $c }' "$work/app.txt" | median)
  b=$(awk -v c="$col" '{ print $c }' "$work/bare.txt" | median)
  awk -v n="$name" -v a="$a" -v b="$b" -v s="$scale" -v g="$goal" 'BEGIN {
    r = (b > 0) ? sprintf("%.2f", a / b) : "n/a";
    printf "%-22s %10.1f %10.1f %8s %s\n", n, a / s, b / s, r, g }'
}
row "start to frame (ms)" 1 1 "app/bare <= 1.2"
row "RSS after ${settle}s (MiB)" 2 1024 "app/bare <= 1.2"
row "idle CPU (ms/${idle}s)" 3 1 "app <= bare"
echo
ls -l "$app_bin" "$bare_bin" | awk '{ printf "%-40s %6.1f MiB\n", $9, $5 / 1048576 }'
