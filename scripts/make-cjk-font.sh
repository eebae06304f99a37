#!/usr/bin/env bash
# Makes the Japanese font the app embeds, assets/fonts/srm-study-jp.otf: a
# subset of Noto Sans CJK JP (SIL Open Font License 1.1; the licence is
# assets/fonts/OFL.txt) with kana, CJK punctuation, full-width forms, the
# 2,136 Jōyō kanji (scripts/fonts/joyo-kanji.txt) and every character of the
# translation files (i18n/*/*.ftl), of the Japanese deck format guide
# (content/README.ja.md) and of the built-in decks' Japanese translations
# (content/i18n/ja/*.ron). Run it again after adding text
# with a kanji outside the Jōyō list: the glyph test (src/ui/fonts.rs)
# names the missing characters.
#
# Needs Debian's fonts-noto-cjk and python3-fonttools:
#   apt-get install fonts-noto-cjk python3-fonttools
set -euo pipefail
cd "$(dirname "$0")/.."
source=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
[ -f "$source" ] || { echo "make-cjk-font: needs $source (apt-get install fonts-noto-cjk)" >&2; exit 1; }
python=/usr/bin/python3
"$python" -c "import fontTools" 2>/dev/null || { echo "make-cjk-font: needs fontTools (apt-get install python3-fonttools)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The text the subset must draw: the Jōyō kanji, the translations, the
# Japanese guide and the Japanese decks; kana, punctuation and full-width
# forms go by range.
cat scripts/fonts/joyo-kanji.txt i18n/*/*.ftl content/README.ja.md >"$work/text.txt"
if compgen -G "content/i18n/ja/*.ron" >/dev/null; then cat content/i18n/ja/*.ron >>"$work/text.txt"; fi
mkdir -p assets/fonts
# Face 0 of the collection is Noto Sans CJK JP. Hinting is dropped (egui
# rasterises without it) to keep the file small.
"$python" -m fontTools.subset "$source" --font-number=0 \
  --text-file="$work/text.txt" \
  --unicodes="U+3000-303F,U+3040-309F,U+30A0-30FF,U+31F0-31FF,U+FF00-FFEF" \
  --no-hinting \
  --name-IDs='*' --name-languages='*' \
  --output-file=assets/fonts/srm-study-jp.otf
printf 'make-cjk-font: wrote assets/fonts/srm-study-jp.otf (%s bytes)\n' "$(stat -c %s assets/fonts/srm-study-jp.otf)"
# The language picker shows "日本語" whatever the language: those glyphs
# alone, always loaded (a few kilobytes).
"$python" -m fontTools.subset "$source" --font-number=0 --text="日本語" --no-hinting \
  --output-file=assets/fonts/srm-study-jp-names.otf
printf 'make-cjk-font: wrote assets/fonts/srm-study-jp-names.otf (%s bytes)\n' "$(stat -c %s assets/fonts/srm-study-jp-names.otf)"
