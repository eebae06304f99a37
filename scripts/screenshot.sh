#!/usr/bin/env bash
# Takes a screenshot of the real window under Xvfb.
# Usage: scripts/screenshot.sh OUT.png [WIDTHxHEIGHT] [-- app args...]
# Extra xdotool steps can be given in SRM_XDOTOOL (run after the window shows),
# separated by ';', e.g. SRM_XDOTOOL="mousemove 640 400 click 1;type hello".
set -euo pipefail
out=${1:?usage: scripts/screenshot.sh OUT.png [WxH] [-- args]}
shift
size=1280x800
if [ $# -gt 0 ] && [ "$1" != "--" ]; then size=$1; shift; fi
[ "${1:-}" = "--" ] && shift
# The debug build by default: it is the one `cargo build` keeps fresh.
bin=${SRM_BIN:-target/debug/srm-study}
display=${SRM_DISPLAY:-:$((100 + RANDOM % 100))}
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
data=$(mktemp -d)
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$data"' EXIT
sleep 1
w=${size%x*}; h=${size#*x}
cat > "$data/window.ron" <<RON
{"egui":"(window:(inner_position:Some((0.0,0.0)),inner_size:Some(($w.0,$h.0)),fullscreen:false,maximized:false))"}
RON
DISPLAY=$display SRM_STUDY_DATA_DIR=${SRM_DATA:-$data} "$bin" "$@" >/dev/null 2>&1 &
app=$!
for _ in $(seq 100); do
  DISPLAY=$display xdotool search --onlyvisible --name '^SRM Study$' >/dev/null 2>&1 && break
  sleep 0.1
done
wid=$(DISPLAY=$display xdotool search --onlyvisible --name '^SRM Study$' | head -1)
DISPLAY=$display xdotool windowsize "$wid" "$w" "$h" windowmove "$wid" 0 0 windowfocus "$wid" >/dev/null 2>&1 || true
sleep 1.5
if [ -n "${SRM_XDOTOOL:-}" ]; then
  # Steps are separated by ';' (xdotool's `type` takes the rest of a line).
  IFS=';' read -ra steps <<<"$SRM_XDOTOOL"
  for step in "${steps[@]}"; do
    # shellcheck disable=SC2086
    DISPLAY=$display xdotool $step
    sleep 0.3
  done
  sleep 1
fi
DISPLAY=$display import -window root "$out"
echo "wrote $out"
