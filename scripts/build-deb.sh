#!/usr/bin/env bash
# Builds the Debian package: target/debian/srm-study_VERSION_ARCH.deb.
#
#   scripts/build-deb.sh            # builds with `cargo build --profile dist`
#   scripts/build-deb.sh --no-build # packages target/dist/srm-study as it is
#
# The binary comes from Cargo's `dist` profile (release, fat LTO, one codegen
# unit, stripped: see Cargo.toml). Around it: the menu entry, the AppStream
# metadata, the icon in every size, the MIME types of exercise, key, result
# and deck files, the man pages (English, Spanish, German and Japanese) and
# the bash, zsh and fish completions (both
# made by the binary itself: `srm-study generate`), the copyright file and
# the changelog. Depends: lists the libraries the binary links (from
# dpkg-shlibdeps) and those the window loads at run time with dlopen (OpenGL,
# EGL, X11, xkbcommon), which no tool can see.
#
# Needs: cargo, dpkg-deb and dpkg-shlibdeps (apt-get install dpkg-dev).
# SRM_STUDY_SCREENSHOT_URL=https://.../assets adds the README's screenshots
# to the AppStream metadata under that base URL.
set -euo pipefail
cd "$(dirname "$0")/.."
umask 022

build=1
[ "${1:-}" = "--no-build" ] && build=0
target_dir="${CARGO_TARGET_DIR:-target}"
bin="$target_dir/dist/srm-study"
say() { echo "build-deb: $*"; }
for tool in dpkg-deb dpkg-shlibdeps dpkg-architecture gzip; do
  command -v "$tool" >/dev/null || { say "needs $tool (apt-get install dpkg-dev)" >&2; exit 1; }
done

if [ "$build" = 1 ]; then
  start=$(date +%s)
  cargo build --locked --profile dist --bin srm-study
  say "cargo build --profile dist took $(( $(date +%s) - start )) s"
fi
[ -x "$bin" ] || { say "no binary at $bin (run without --no-build)" >&2; exit 1; }

version=$("$bin" --version | awk '{print $2}')
arch=$(dpkg-architecture -qDEB_HOST_ARCH)
out_dir="$target_dir/debian"
# The AppStream id names the desktop entry, the metainfo file and the icon
# (and is the window's app id, src/main.rs), so a desktop matches them all.
id=io.github.srm_study.SrmStudy
# The maintainer is the one in the changelog's last entry (one place to change).
maintainer=$(sed -n 's/^ -- \(.*>\)  .*/\1/p' packaging/debian/changelog | head -n 1)
[ -n "$maintainer" ] || { say "no maintainer line in packaging/debian/changelog" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/srm-study_${version}_${arch}"
mkdir -p "$out_dir" "$root/DEBIAN"

# The program, its desktop files and its icon.
install -D -m 0755 "$bin" "$root/usr/bin/srm-study"
install -D -m 0644 "packaging/$id.desktop" "$root/usr/share/applications/$id.desktop"
install -D -m 0644 packaging/srm-study-mime.xml "$root/usr/share/mime/packages/srm-study.xml"
metainfo="$root/usr/share/metainfo/$id.metainfo.xml"
install -D -m 0644 "packaging/$id.metainfo.xml" "$metainfo"
if [ -n "${SRM_STUDY_SCREENSHOT_URL:-}" ]; then
  shots="  <screenshots>"
  first=1
  for caption in "browse:Browse: the responsibility stack of a service and its cards" \
                 "sort:Sorting cards into AWS, Customer and Shared" \
                 "results:Results with a per-topic breakdown" \
                 "progress:Progress after a month of study" \
                 "editor:The deck editor"; do
    type=""; [ "$first" = 1 ] && type=' type="default"'; first=0
    shots+="\n    <screenshot$type>\n      <caption>${caption#*:}</caption>\n      <image>${SRM_STUDY_SCREENSHOT_URL%/}/screenshot-${caption%%:*}.png</image>\n    </screenshot>"
  done
  shots+="\n  </screenshots>"
  sed -i "s|  <!-- screenshots -->|$shots|" "$metainfo"
fi
install -D -m 0644 "packaging/icons/$id.svg" "$root/usr/share/icons/hicolor/scalable/apps/$id.svg"
for png in packaging/icons/hicolor/*/apps/"$id".png; do
  install -D -m 0644 "$png" "$root/usr/share/icons/${png#packaging/icons/}"
done

# Man pages and completions, from the clap definitions in the binary: the
# English pages, and the same pages in each language the command line
# speaks, where man-db looks for them (LANG=de_DE.UTF-8 man srm-study reads
# /usr/share/man/de/man1/srm-study.1.gz).
man="$root/usr/share/man/man1"
"$bin" generate man "$man"
gzip -9n "$man"/*.1
for lang in es de ja; do
  "$bin" --lang "$lang" generate man "$root/usr/share/man/$lang/man1"
  gzip -9n "$root/usr/share/man/$lang/man1"/*.1
done
"$bin" generate completions bash | install -D -m 0644 /dev/stdin "$root/usr/share/bash-completion/completions/srm-study"
"$bin" generate completions zsh | install -D -m 0644 /dev/stdin "$root/usr/share/zsh/vendor-completions/_srm-study"
"$bin" generate completions fish | install -D -m 0644 /dev/stdin "$root/usr/share/fish/vendor_completions.d/srm-study.fish"

# Copyright and changelog, as Debian keeps them.
doc="$root/usr/share/doc/srm-study"
install -D -m 0644 packaging/debian/copyright "$doc/copyright"
gzip -9nc packaging/debian/changelog > "$doc/changelog.gz"
chmod 0644 "$doc/changelog.gz"

# Depends: the linked libraries (dpkg-shlibdeps reads the ELF NEEDED entries
# and the shlibs files of the installed packages; it wants a debian/control),
# then what winit and glutin dlopen.
mkdir -p "$work/shlibs/debian"
printf 'Source: srm-study\n\nPackage: srm-study\nArchitecture: any\n' > "$work/shlibs/debian/control"
linked=$(cd "$work/shlibs" && dpkg-shlibdeps -O "$root/usr/bin/srm-study" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[ -n "$linked" ] || { say "dpkg-shlibdeps found no libraries" >&2; exit 1; }
dlopened="libgl1, libegl1, libx11-6, libx11-xcb1, libxcb1, libxcursor1, libxrandr2, libxi6, libxkbcommon0, libxkbcommon-x11-0"

size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<EOF
Package: srm-study
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $size
Depends: $linked, $dlopened
Recommends: libgl1-mesa-dri, libglx-mesa0, libegl-mesa0, libwayland-client0, libwayland-egl1, libwayland-cursor0, zenity | xdg-desktop-portal
Suggests: gnome-keyring
Section: education
Priority: optional
Description: offline study app for the AWS Shared Responsibility Model
 SRM Study teaches who owns each security duty in the cloud: AWS, the
 customer, or both. Browse each service's responsibility stack, sort cards
 into AWS, Customer and Shared, and review missed cards with spaced
 repetition; instructors build exercise files, grade the students' result
 files and export cards to Moodle, QTI, Anki or Quizlet. All content is
 built in; it needs no network.
EOF
(cd "$root" && find usr -type f -print0 | sort -z | xargs -0 md5sum) > "$root/DEBIAN/md5sums"
chmod 0644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"

deb="$out_dir/srm-study_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
say "wrote $deb ($(du -k "$deb" | cut -f1) KiB; binary $(du -k "$bin" | cut -f1) KiB)"
say "Depends: $linked, $dlopened"
