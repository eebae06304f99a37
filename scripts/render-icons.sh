#!/usr/bin/env bash
# Renders the app icon, packaging/icons/io.github.srm_study.SrmStudy.svg, to the PNG sizes a
# desktop looks for (packaging/icons/hicolor/NxN/apps/io.github.srm_study.SrmStudy.png,
# 16 to 512; the name is the AppStream id). The PNGs are committed, so building needs no SVG renderer; run this
# after changing the SVG (needs rsvg-convert: apt-get install librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v rsvg-convert >/dev/null || { echo "render-icons: needs rsvg-convert (apt-get install librsvg2-bin)" >&2; exit 1; }
for size in 16 22 24 32 48 64 128 256 512; do
  dir="packaging/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  rsvg-convert -w "$size" -h "$size" packaging/icons/io.github.srm_study.SrmStudy.svg -o "$dir/io.github.srm_study.SrmStudy.png"
done
echo "render-icons: wrote packaging/icons/hicolor/{16..512}/apps/io.github.srm_study.SrmStudy.png"
