#!/usr/bin/env bash
# Installs the Debian package on this machine and checks it with the
# system's own tools, as a desktop would use it; then removes it and checks
# that the user's data stayed. Run as root (or with sudo) after
# scripts/build-deb.sh:
#
#   scripts/check-deb.sh [target/debian/srm-study_VERSION_ARCH.deb]
#
# Checks: dpkg -i; `srm-study --version`; the copyright file, the changelog
# and the Maintainer; the binary stripped; Depends naming the libraries it
# links and those it loads; desktop-file-validate; appstreamcli
# validate (also with screenshots added); xdg-mime query filetype on an
# exercise, an answer key, a result and a deck, and xdg-mime query default
# on each type; man -w for every page, and -L es/de/ja for the translated
# ones; the bash completion of
# `srm-study ex<TAB>`; the zsh and fish completion files load; the installed
# binary opening an exercise file under Xvfb onto the student's page (the
# line SRM_STUDY_TRACE_START prints once the file is open, and a screenshot
# that is not blank) with the app's icon on its window, and a deck file into
# the user's content folder; an answer key opened through xdg-open (as a
# double-click does) onto the class report; then dpkg -r and dpkg --purge,
# after which the user's files must still be there.
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
# The AppStream id: the name of the desktop entry, the metainfo and the icon.
id=io.github.srm_study.SrmStudy
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
launcher_pid=""
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

# --- What the package holds ------------------------------------------------------
doc=/usr/share/doc/srm-study
[ -s "$doc/copyright" ] && [ -s "$doc/changelog.gz" ] || fail "no copyright or changelog.gz in $doc"
zcat "$doc/changelog.gz" | head -n1 | grep -q "^srm-study ($version) " ||
  fail "the changelog's first entry is not $version: $(zcat "$doc/changelog.gz" | head -n1)"
maintainer=$(sed -n 's/^ -- \(.*>\)  .*/\1/p' packaging/debian/changelog | head -n1)
[ "$(dpkg-deb -f "$deb" Maintainer)" = "$maintainer" ] ||
  fail "Maintainer '$(dpkg-deb -f "$deb" Maintainer)' is not the changelog's '$maintainer'"
ok "copyright and changelog $version in $doc; Maintainer: $maintainer"
# Stripped: no symbol table (readelf comes with binutils, which dpkg-dev needs).
readelf -S --wide /usr/bin/srm-study | grep -q '\.symtab' && fail "/usr/bin/srm-study is not stripped"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libc6 libgcc-s1 libgl1 libxkbcommon0; do
  grep -q "\b$lib\b" <<<"$depends" || fail "Depends does not name $lib: $depends"
done
ok "the binary is stripped ($(( $(stat -c %s /usr/bin/srm-study) / 1024 )) KiB); Depends names libc6, libgcc-s1, libgl1, libxkbcommon0"

# --- Desktop entry and AppStream ---------------------------------------------
desktop-file-validate "/usr/share/applications/$id.desktop" || fail "desktop-file-validate"
ok "desktop-file-validate $id.desktop"
metainfo="/usr/share/metainfo/$id.metainfo.xml"
appstreamcli validate --no-net "$metainfo" >"$work/as.log" 2>&1 || fail "appstreamcli validate:\n$(cat "$work/as.log")"
ok "appstreamcli validate $(basename "$metainfo")"
# The screenshots go in when a public URL is given to build-deb.sh: the
# same check on that variant (the URL is not fetched).
sed 's|  <!-- screenshots -->|  <screenshots>\n    <screenshot type="default">\n      <caption>Browse</caption>\n      <image>https://example.org/assets/screenshot-browse.png</image>\n    </screenshot>\n  </screenshots>|' \
  "packaging/$id.metainfo.xml" >"$work/$id.metainfo.xml"
grep -q '<screenshots>' "$work/$id.metainfo.xml" || fail "the screenshot marker is missing from the metainfo"
appstreamcli validate --no-net "$work/$id.metainfo.xml" >"$work/as.log" 2>&1 ||
  fail "appstreamcli validate with screenshots:\n$(cat "$work/as.log")"
ok "appstreamcli validate with screenshots"
for size in 16x16 32x32 48x48 128x128 256x256 512x512 scalable; do
  ls "/usr/share/icons/hicolor/$size/apps/$id".* >/dev/null 2>&1 || fail "no $size icon"
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
  [ "$got" = "$id.desktop" ] || fail "xdg-mime query default application/x-srm-study-$type: '$got'"
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
# that says where it opened; the app is left running as $app_pid. With
# LAUNCHER=xdg-open the file goes through the desktop's own way of opening
# a double-clicked file: its type, the default application for that type,
# and that desktop entry's Exec line.
open_file() {
  local log="$work/app-$(basename "$1").log" launcher=()
  [ -n "${LAUNCHER:-}" ] && launcher=("$LAUNCHER") || launcher=(srm-study)
  env -u WAYLAND_DISPLAY -u SRM_STUDY_DATA_DIR -u XDG_CURRENT_DESKTOP -u DESKTOP_SESSION \
    HOME="$home" DISPLAY="$display" SRM_STUDY_TRACE_START=1 \
    "${launcher[@]}" "$1" 2>"$log" &
  app_pid=$!
  for _ in $(seq 1 300); do
    grep -q "opened: " "$log" 2>/dev/null && xdotool search --onlyvisible --name '^SRM Study$' >/dev/null 2>&1 && break
    kill -0 "$app_pid" 2>/dev/null || fail "${launcher[*]} $(basename "$1") exited:\n$(cat "$log")"
    sleep 0.2
  done
  opened=$(sed -n 's/.*opened: //p' "$log")
  [ -n "$opened" ] || fail "${launcher[*]} $(basename "$1") showed no window within 60 s:\n$(cat "$log")"
  if [ -n "${LAUNCHER:-}" ]; then
    # The launcher waits for the app: close the app itself (its window's pid).
    launcher_pid=$app_pid
    app_pid=$(DISPLAY="$display" xdotool search --onlyvisible --name '^SRM Study$' getwindowpid 2>/dev/null | head -n1)
    [ -n "$app_pid" ] || fail "no pid for the window ${launcher[*]} opened"
    [ "$(readlink "/proc/$app_pid/exe")" = /usr/bin/srm-study ] ||
      fail "${launcher[*]} $(basename "$1") started $(readlink "/proc/$app_pid/exe"), not /usr/bin/srm-study"
  fi
}
close_app() {
  kill -TERM "$app_pid"
  for _ in $(seq 1 75); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.2; done
  if [ -n "$launcher_pid" ]; then
    # Not our child: the launcher's status is the app's.
    wait "$launcher_pid" || fail "srm-study (under xdg-open) did not exit cleanly on SIGTERM"
    launcher_pid=""
  else
    wait "$app_pid" || fail "srm-study did not exit cleanly on SIGTERM"
  fi
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
# X11 desktops match the window to its menu entry by WM_CLASS.
wm_class=$(DISPLAY="$display" xprop -id "$has_icon" WM_CLASS 2>&1)
wm_class_wanted=$(sed -n 's/^StartupWMClass=//p' "/usr/share/applications/$id.desktop")
grep -q "\"$wm_class_wanted\"" <<<"$wm_class" || fail "the window's $wm_class, the desktop entry's StartupWMClass=$wm_class_wanted"
ok "the window's WM_CLASS is the desktop entry's StartupWMClass ($wm_class_wanted)"
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
# Double-clicked in a file manager: xdg-open finds the answer key's type,
# its default application (this package's desktop entry) and runs its Exec.
LAUNCHER=xdg-open open_file "$files/answers.ron"
case "$opened" in
  "Instructor > Class report: “"*) ;;
  *) fail "xdg-open answers.ron opened on: $opened" ;;
esac
close_app
ok "xdg-open answers.ron (a double-click) opens the class report: $opened"

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
