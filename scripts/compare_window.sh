#!/usr/bin/env bash
# Measures the real SRM Study window, started in each area, against a bare
# eframe window (examples/bare_window.rs) under Xvfb, alternating the
# programs for several rounds: time from start to the first frame on screen,
# resident memory after start, and CPU used while idle. Prints every run,
# the medians and the ratios app/bare, one row per area.
#
# Usage: scripts/compare_window.sh [ROUNDS] [AREA...]
#   ROUNDS defaults to 5; AREA is browse, sort, progress or instructor
#   (`srm-study --area`), all four by default.
# Environment: SETTLE_SECS (3) before reading memory, IDLE_SECS (10) of
# idling measured (0 and 0 for start times only), SKIP_BUILD=1 to use the
# binaries already built, CARGO_TARGET_DIR as for cargo, PROFILE the cargo
# profile to build and run (release; `dist` is the package's), APP_ARGS
# extra arguments for the app (`--lang ja` measures the Japanese window).
# Needs Xvfb, xdotool, xdpyinfo (x11-utils), python3 and libX11, as .ci/run
# installs them; scripts/first_frame.py watches for the first frame.
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=${1:-5}
[ $# -gt 0 ] && shift
areas=("$@")
[ ${#areas[@]} -gt 0 ] || areas=(browse sort progress instructor)
for area in "${areas[@]}"; do
  case $area in browse | sort | progress | instructor) ;; *)
    echo "compare_window: unknown area $area (browse, sort, progress, instructor)" >&2; exit 2 ;;
  esac
done
settle=${SETTLE_SECS:-3}
idle=${IDLE_SECS:-10}
target=${CARGO_TARGET_DIR:-target}
profile=${PROFILE:-release}
app_bin=$target/$profile/srm-study
bare_bin=$target/$profile/examples/bare_window
read -ra app_args <<<"${APP_ARGS:-}"

for tool in Xvfb xdotool xdpyinfo python3; do
  command -v "$tool" >/dev/null || { echo "compare_window: $tool is missing (see .ci/run)" >&2; exit 2; }
done
if [ -z "${SKIP_BUILD:-}" ]; then
  cargo build --profile "$profile" --bin srm-study --example bare_window
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

# measure KIND TITLE BIN [ARGS...]: sets `line` to "start_ms rss_kib idle_cpu_ms".
measure() {
  local kind=$1 title=$2 bin=$3 data start shown rss cpu0 cpu1
  shift 3
  data=$(mktemp -d "$work/$kind.XXXX")
  start=$(now_ms)
  SRM_STUDY_DATA_DIR=$data "$bin" "$@" >"$data/out.log" 2>&1 &
  pid=$!
  # The first frame is on screen when the window is viewable and shows more
  # than 10 colours (a cleared, not yet painted window shows one or two).
  # first_frame.py polls the X server every 2 ms and times the grab that
  # first saw the frame from when it began.
  if ! shown=$(python3 scripts/first_frame.py --title "$title" --since "$start" --pid "$pid"); then
    echo "compare_window: $kind showed no frame:" >&2; cat "$data/out.log" >&2; exit 1
  fi
  shown=${shown#* }
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

printf '%-6s %-11s %12s %12s %16s\n' round kind "start (ms)" "RSS (MiB)" "idle CPU (ms/${idle}s)"
kinds=(bare "${areas[@]}")
for kind in "${kinds[@]}"; do : >"$work/$kind.txt"; done
for round in $(seq "$rounds"); do
  # Alternate the order, so that no program always gets the warmer cache
  # or always follows the same one.
  order=("${kinds[@]}")
  if [ $((round % 2)) -eq 0 ]; then
    order=(); for ((i = ${#kinds[@]} - 1; i >= 0; i--)); do order+=("${kinds[i]}"); done
  fi
  for kind in "${order[@]}"; do
    if [ "$kind" = bare ]; then
      measure bare Bare "$bare_bin"
    else
      measure "$kind" 'SRM Study' "$app_bin" --area "$kind" "${app_args[@]}"
    fi
    echo "$line" >>"$work/$kind.txt"
    read -r s r c <<<"$line"
    printf '%-6s %-11s %12s %12s %16s\n' "$round" "$kind" "$s" "$(awk -v r="$r" 'BEGIN { printf "%.1f", r / 1024 }')" "$c"
  done
done

col_median() { awk -v c="$2" '{ print $c }' "$work/$1.txt" | median; }
echo
printf '%-11s %12s %8s %12s %8s %14s\n' median "start (ms)" ratio "RSS (MiB)" ratio "idle CPU (ms)"
for kind in "${kinds[@]}"; do
  s=$(col_median "$kind" 1); r=$(col_median "$kind" 2); c=$(col_median "$kind" 3)
  bs=$(col_median bare 1); br=$(col_median bare 2)
  awk -v k="$kind" -v s="$s" -v r="$r" -v c="$c" -v bs="$bs" -v br="$br" 'BEGIN {
    printf "%-11s %12.1f %8.2f %12.1f %8.2f %14.1f\n", k, s, s / bs, r / 1024, r / br, c }'
done
echo "goals: start and RSS ratios app/bare <= 1.2; idle CPU of the app <= the bare window's"
echo
ls -l "$app_bin" "$bare_bin" | awk '{ printf "%-40s %6.1f MiB\n", $9, $5 / 1048576 }'
