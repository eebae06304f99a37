#!/usr/bin/env bash
# Installs the Debian package on this machine and checks it with the
# system's own tools, as a desktop would use it; then removes it and checks
# that the user's data stayed. Run as root (or with sudo) after
# scripts/build-deb.sh:
#
#   scripts/check-deb.sh [target/debian/srm-study_VERSION_ARCH.deb]
#
# Checks: dpkg -i; `srm-study --version`; desktop-file-validate; appstreamcli
# validate (also with screenshots added); xdg-mime query filetype on an
# exercise, an answer key, a result and a deck, and xdg-mime query default
# on each type; man -w for every page, and -L es/de/ja for the translated
# ones; the bash completion of
# `srm-study ex<TAB>`; the zsh and fish completion files load; the installed
# binary opening an exercise file under Xvfb onto the student's page (the
# line SRM_STUDY_TRACE_START prints once the file is open, and a screenshot
# that is not blank), and a deck file into the user's content folder; then
# dpkg -r and dpkg --purge, after which the user's files must still be there.
# Ends with "check-deb: PASS" or "check-deb: FAIL: what" (and exit 1), then
# "check-deb: N passed, M failed".
#
# Needs: dpkg, desktop-file-utils, appstream, xdg-utils, shared-mime-info,
# libfile-mimeinfo-perl (xdg-mime's filetype outside a desktop session),
# man-db, bash-completion, zsh, fish, xvfb, xdotool, x11-utils, imagemagick.
set -uo pipefail
cd "$(dirname "$0")/.."

deb="${1:-}"
if [ -z "$deb" ]; then
  deb=$(ls -t "${CARGO_TARGET_DIR:-target}"/debian/srm-study_*.deb 2>/dev/null | head -n1)
fi
checks=0
fail() {
  printf 'check-deb: FAIL: %b\n' "$*"
  echo "check-deb: $checks passed, 1 failed"
  exit 1
}
ok() { checks=$((checks + 1)); echo "check-deb: ok: $*"; }
[ -f "$deb" ] || fail "no package (run scripts/build-deb.sh first)"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

work=$(mktemp -d)
xvfb_pid=""
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill -TERM "$app_pid" 2>/dev/null
  [ -n "$xvfb_pid" ] && kill -TERM "$xvfb_pid" 2>/dev/null
  wait 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# --- Install -----------------------------------------------------------------
$SUDO dpkg -i "$deb" >"$work/dpkg.log" 2>&1 || fail "dpkg -i $deb:\n$(cat "$work/dpkg.log")"
ok "dpkg -i $(basename "$deb")"
[ "$(command -v srm-study)" = /usr/bin/srm-study ] || fail "srm-study is not /usr/bin/srm-study"
version=$(dpkg-deb -f "$deb" Version)
[ "$(srm-study --version)" = "srm-study $version" ] || fail "srm-study --version says '$(srm-study --version)', the package is $version"
ok "srm-study --version: $(srm-study --version)"

# --- Desktop entry and AppStream ---------------------------------------------
desktop-file-validate /usr/share/applications/srm-study.desktop || fail "desktop-file-validate"
ok "desktop-file-validate srm-study.desktop"
metainfo=/usr/share/metainfo/io.github.srm_study.SrmStudy.metainfo.xml
appstreamcli validate --no-net "$metainfo" >"$work/as.log" 2>&1 || fail "appstreamcli validate:\n$(cat "$work/as.log")"
ok "appstreamcli validate $(basename "$metainfo")"
# The screenshots go in when a public URL is given to build-deb.sh: the
# same check on that variant (the URL is not fetched).
sed 's|  <!-- screenshots -->|  <screenshots>\n    <screenshot type="default">\n      <caption>Browse</caption>\n      <image>https://example.org/assets/screenshot-browse.png</image>\n    </screenshot>\n  </screenshots>|' \
  packaging/io.github.srm_study.SrmStudy.metainfo.xml >"$work/io.github.srm_study.SrmStudy.metainfo.xml"
grep -q '<screenshots>' "$work/io.github.srm_study.SrmStudy.metainfo.xml" || fail "the screenshot marker is missing from the metainfo"
appstreamcli validate --no-net "$work/io.github.srm_study.SrmStudy.metainfo.xml" >"$work/as.log" 2>&1 ||
  fail "appstreamcli validate with screenshots:\n$(cat "$work/as.log")"
ok "appstreamcli validate with screenshots"
for size in 16x16 32x32 48x48 128x128 256x256 512x512 scalable; do
  ls /usr/share/icons/hicolor/$size/apps/srm-study.* >/dev/null 2>&1 || fail "no $size icon"
done
ok "icons 16..512 and scalable installed"

# --- File types -----------------------------------------------------------------
files="$work/files"
mkdir -p "$files"
srm-study exercise new --deck srm-core --count 6 --title "Week 4" --id week-4 --out "$files/week-4.ron" >/dev/null ||
  fail "srm-study exercise new"
srm-study exercise new --deck srm-core --count 6 --sealed --id quiz --out "$files/quiz.ron" >/dev/null ||
  fail "srm-study exercise new --sealed"
cp fuzz/seeds/exercise_file/result.ron "$files/ana-silva.ron"
cp fuzz/seeds/deck/example-deck.ron "$files/my-deck.ron"
# A key under a plain name too: the content decides, not only *.key.ron.
cp "$files/quiz.key.ron" "$files/answers.ron"
expect_type() { # file, type
  local got
  got=$(xdg-mime query filetype "$1" 2>&1)
  [ "$got" = "$2" ] || fail "xdg-mime query filetype $(basename "$1"): '$got', expected $2"
  ok "xdg-mime query filetype $(basename "$1"): $got"
}
expect_type "$files/week-4.ron" application/x-srm-study-exercise
expect_type "$files/quiz.ron" application/x-srm-study-exercise
expect_type "$files/quiz.key.ron" application/x-srm-study-key
expect_type "$files/answers.ron" application/x-srm-study-key
expect_type "$files/ana-silva.ron" application/x-srm-study-result
expect_type "$files/my-deck.ron" application/x-srm-study-deck
for type in exercise key result deck; do
  got=$(xdg-mime query default "application/x-srm-study-$type")
  [ "$got" = srm-study.desktop ] || fail "xdg-mime query default application/x-srm-study-$type: '$got'"
  ok "xdg-mime query default application/x-srm-study-$type: $got"
done

# --- Man pages and completions --------------------------------------------------
for page in srm-study srm-study-validate srm-study-report srm-study-exercise srm-study-exercise-new \
            srm-study-export-deck srm-study-list srm-study-import-table srm-study-export srm-study-lrs; do
  path=$(man -w "$page" 2>&1) || fail "man -w $page: $path"
done
ok "man -w srm-study: $(man -w srm-study) (and every subcommand's page)"
# (man warns on stderr when the language's locale is not installed: it
# still finds the page.)
for lang in es de ja; do
  path=$(man -w -L "$lang" srm-study 2>/dev/null) || fail "man -w -L $lang srm-study failed"
  [ "$path" = "/usr/share/man/$lang/man1/srm-study.1.gz" ] || fail "man -w -L $lang srm-study: '$path', not the $lang page"
  man -w -L "$lang" srm-study-exercise-new >/dev/null 2>&1 || fail "man -w -L $lang srm-study-exercise-new failed"
done
man -L de srm-study 2>/dev/null | grep -q "Modell der geteilten Verantwortung" || fail "man -L de srm-study is not the German page"
ok "man -w -L es/de/ja srm-study: the translated pages ($(man -w -L de srm-study 2>/dev/null))"
manpage=$(man srm-study 2>/dev/null)
grep -q "export-deck" <<<"$manpage" || fail "man srm-study does not list the subcommands"
ok "man srm-study lists the subcommands"
completed=$(bash --norc --noprofile -c '
  source /usr/share/bash-completion/bash_completion
  __load_completion srm-study || exit 1
  COMP_LINE="srm-study ex"; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(srm-study ex); COMP_CWORD=1
  func=$(complete -p srm-study | sed -n "s/.*-F \([^ ]*\) .*/\1/p")
  "$func" srm-study ex srm-study
  printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " "' 2>&1)
[ "$completed" = "exercise export export-deck " ] || fail "bash completion of 'srm-study ex<TAB>': '$completed'"
ok "bash completion of 'srm-study ex<TAB>': $completed"
if command -v zsh >/dev/null; then
  zsh -fc 'autoload -U compinit && compinit -u && fpath=(/usr/share/zsh/vendor-completions $fpath) && autoload -U _srm-study && whence -w _srm-study' >/dev/null 2>&1 ||
    fail "zsh does not load /usr/share/zsh/vendor-completions/_srm-study"
  ok "zsh completion loads"
fi
if command -v fish >/dev/null; then
  # In an empty folder: fish also offers the files there (srm-study FILE).
  mkdir -p "$work/empty"
  got=$(cd "$work/empty" && fish -c 'complete -C "srm-study ex"' 2>&1 | cut -f1 | sort | tr '\n' ' ')
  [ "$got" = "exercise export export-deck " ] || fail "fish completion of 'srm-study ex': '$got'"
  ok "fish completion of 'srm-study ex': $got"
fi

# --- The installed binary opens files under Xvfb --------------------------------
home="$work/home"
mkdir -p "$home"
Xvfb -displayfd 1 -screen 0 1280x800x24 -nolisten tcp >"$work/display" 2>/dev/null &
xvfb_pid=$!
for _ in $(seq 1 100); do [ -s "$work/display" ] && break; sleep 0.2; done
[ -s "$work/display" ] || fail "Xvfb did not start"
display=":$(head -n1 "$work/display")"
# Opens FILE in the installed app with a fresh HOME, waits for the line
# that says where it opened; the app is left running as $app_pid.
open_file() {
  local log="$work/app-$(basename "$1").log"
  env -u WAYLAND_DISPLAY -u SRM_STUDY_DATA_DIR HOME="$home" DISPLAY="$display" SRM_STUDY_TRACE_START=1 \
    srm-study "$1" 2>"$log" &
  app_pid=$!
  for _ in $(seq 1 300); do
    grep -q "opened: " "$log" 2>/dev/null && xdotool search --onlyvisible --name '^SRM Study$' >/dev/null 2>&1 && break
    kill -0 "$app_pid" 2>/dev/null || fail "srm-study $(basename "$1") exited:\n$(cat "$log")"
    sleep 0.2
  done
  opened=$(sed -n 's/.*opened: //p' "$log")
  [ -n "$opened" ] || fail "srm-study $(basename "$1") showed no window within 60 s:\n$(cat "$log")"
}
close_app() {
  kill -TERM "$app_pid"
  for _ in $(seq 1 75); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.2; done
  wait "$app_pid" || fail "srm-study did not exit cleanly on SIGTERM"
  app_pid=""
}
open_file "$files/week-4.ron"
[ "$opened" = "Sort > Take an exercise: “Week 4”" ] || fail "week-4.ron opened on: $opened"
colours=0
for _ in $(seq 1 50); do
  DISPLAY="$display" import -window root "$work/shot.png" 2>/dev/null &&
    colours=$(identify -format %k "$work/shot.png" 2>/dev/null || echo 0)
  [ "$colours" -gt 50 ] && break
  sleep 0.2
done
[ "$colours" -gt 50 ] || fail "the window looks blank ($colours colours)"
[ -n "${SRM_STUDY_SCREENSHOT_DIR:-}" ] && cp "$work/shot.png" "$SRM_STUDY_SCREENSHOT_DIR/deb-exercise.png"
ok "srm-study week-4.ron opens on: $opened ($colours colours on screen)"
# The icon is a property of the app's top-level window; winit may set it a
# moment after the window shows, and the name may match more than one
# window (a frame): ask each window that has the name, for up to 15 s.
has_icon=""
for _ in $(seq 1 75); do
  for window in $(DISPLAY="$display" xdotool search --name '^SRM Study$' 2>/dev/null); do
    # Into a file first: with pipefail, `xprop | grep -q` fails when grep
    # stops reading early and xprop dies writing the rest of the icon.
    DISPLAY="$display" xprop -id "$window" _NET_WM_ICON >"$work/icon.txt" 2>/dev/null
    if grep -q "Icon (128 x 128)" "$work/icon.txt"; then
      has_icon=$window
      break 2
    fi
  done
  sleep 0.2
done
if [ -z "$has_icon" ]; then
  what=""
  for window in $(DISPLAY="$display" xdotool search --name '^SRM Study$' 2>/dev/null); do
    what+="window $window: $(DISPLAY="$display" xprop -id "$window" 2>&1 | cut -c1-100 | grep -v '^\s' | tr '\n' ';')\n"
  done
  fail "no window named SRM Study has a 128x128 icon (_NET_WM_ICON):\n${what:-no window has that name}"
fi
ok "the window's icon is the app's (128x128 _NET_WM_ICON)"
close_app
open_file "$files/my-deck.ron"
case "$opened" in
  "Instructor > Decks: Imported “"*) ;;
  *) fail "my-deck.ron opened on: $opened" ;;
esac
close_app
data="$home/.local/share/srm-study"
[ -f "$data/content/example-deck.ron" ] || fail "the deck was not imported into $data/content"
[ -f "$data/window.ron" ] || fail "the window state was not saved in $data"
ok "srm-study my-deck.ron imports it: $opened"

# --- Remove: the user's data stays ---------------------------------------------
find "$data" -type f | sort >"$work/before"
$SUDO dpkg -r srm-study >"$work/dpkg.log" 2>&1 || fail "dpkg -r:\n$(cat "$work/dpkg.log")"
[ ! -e /usr/bin/srm-study ] || fail "dpkg -r left /usr/bin/srm-study"
$SUDO dpkg --purge srm-study >"$work/dpkg.log" 2>&1 || fail "dpkg --purge:\n$(cat "$work/dpkg.log")"
find "$data" -type f | sort >"$work/after"
cmp -s "$work/before" "$work/after" || fail "removing the package changed the user's files:\n$(diff "$work/before" "$work/after")"
ok "dpkg -r and --purge leave the user's $(wc -l <"$work/after") files in ~/.local/share/srm-study"

echo "check-deb: PASS"
echo "check-deb: $checks passed, 0 failed"
