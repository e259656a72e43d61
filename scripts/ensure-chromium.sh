#!/usr/bin/env bash
# Browser tests drive the system's Chromium; Playwright's own browser download does not work here.
set -euo pipefail
here=$(dirname "$0")

# The kiosk test (tests/e2e/kiosk-xvfb.spec.ts) runs `npm run kiosk` on an Xvfb screen and reads its size with
# xrandr/xdpyinfo (x11-utils; xrandr is x11-xserver-utils). Installed here as root, like Chromium; otherwise the test says what is missing.
if ! command -v Xvfb >/dev/null || ! command -v xdpyinfo >/dev/null || ! command -v xrandr >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "ensure-chromium: installing xvfb, x11-utils and x11-xserver-utils for the kiosk test" >&2
    apt-get update -qq && apt-get install -y -qq xvfb x11-utils x11-xserver-utils >/dev/null
  else
    echo "ensure-chromium: the kiosk test needs Xvfb (sudo apt-get install -y xvfb x11-utils x11-xserver-utils)" >&2
  fi
fi
# The vector export test reads PDFs with poppler-utils (pdfinfo, pdftotext, pdftoppm).
if ! command -v pdfinfo >/dev/null || ! command -v pdftotext >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "ensure-chromium: installing poppler-utils for the PDF export test" >&2
    apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null
  else
    echo "ensure-chromium: the PDF export test needs poppler-utils (sudo apt-get install -y poppler-utils)" >&2
  fi
fi
# Chinese labels need Noto Sans CJK; the PDF fonts are cut from its two collections at build time (scripts/pdf-fonts.ts).
noto=${NOTO_CJK_DIR:-/usr/share/fonts/opentype/noto}
if path=$(bash "$here/find-chromium.sh"); then
  { fc-list 2>/dev/null | grep -qi "Noto Sans CJK" && [ -f "$noto/NotoSansCJK-Regular.ttc" ] \
    && [ -f "$noto/NotoSansCJK-Bold.ttc" ]; } || {
    [ "$(id -u)" = 0 ] && { apt-get update -qq && apt-get install -y -qq fonts-noto-cjk >/dev/null; } \
      || echo "ensure-chromium: Chinese labels and PDF export need fonts-noto-cjk (sudo apt-get install -y fonts-noto-cjk)" >&2; }
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "ensure-chromium: no Chromium found; installing Debian's chromium and fonts-noto-cjk" >&2
  apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  bash "$here/find-chromium.sh" >/dev/null && exit 0
fi
echo "ensure-chromium: no Chromium found. Install it with 'sudo apt-get install -y chromium fonts-noto-cjk' or set CHROMIUM_PATH=/path/to/chromium." >&2
exit 1
