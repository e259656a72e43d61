#!/usr/bin/env bash
# Prints the path of a usable Chromium, or nothing. CHROMIUM_PATH wins over the Debian default.
for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; exit 0; fi
done
exit 1
