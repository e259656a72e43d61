#!/usr/bin/env bash
# npm run kiosk: builds the app, serves it on this machine only, and keeps the system's Chromium showing it
# full screen (?kiosk=1). The browser and the server are each started again whenever they exit; Ctrl-C stops both.
#
#   npm run kiosk                                   # default tour, the browser's language
#   npm run kiosk -- lang=zh idle=90                # extra URL parameters, as name=value
#   npm run kiosk -- tour=tours/conference.json     # a tour file copied into dist/tours/ (no rebuild needed)
#
# Environment: KIOSK_PORT (4173), KIOSK_DIST (dist), KIOSK_PROFILE (a separate Chromium profile),
# KIOSK_NO_BUILD=1 to serve the existing build, CHROMIUM_PATH to choose the browser,
# KIOSK_GPU=auto|software|gpu and KIOSK_WINDOW_SIZE=WxH[+X+Y]|off (scripts/kiosk-flags.ts),
# KIOSK_EXTRA_ARGS for more Chromium flags (split at spaces), e.g. --remote-debugging-port=9222.
set -euo pipefail
cd "$(dirname "$0")/.."

port="${KIOSK_PORT:-4173}"
dist="${KIOSK_DIST:-dist}"
profile="${KIOSK_PROFILE:-${XDG_CACHE_HOME:-$HOME/.cache}/zhejiang-5g-kiosk}"
query="kiosk=1"
for param in "$@"; do query="$query&$param"; done
url="http://127.0.0.1:$port/?$query"

chromium=$(bash scripts/find-chromium.sh) || {
  echo "kiosk: no Chromium found. Install it with 'sudo apt-get install -y chromium fonts-noto-cjk' or set CHROMIUM_PATH." >&2
  exit 1
}

# The flags for this machine's GPU and screen; checked before the build, so a bad setting stops at once.
machine_flags() {
  local text flag
  text=$(node_modules/.bin/tsx scripts/kiosk-flags.ts) || return 1
  flags=()
  while IFS= read -r flag; do [ -n "$flag" ] && flags+=("$flag"); done <<<"$text"
  return 0
}
machine_flags || exit 2

if [ "${KIOSK_NO_BUILD:-}" != 1 ]; then
  node_modules/.bin/vite build --configLoader runner --outDir "$dist" --emptyOutDir --logLevel warn
fi

server=""
browser=""
sleeper=""
stop() {
  trap - INT TERM EXIT
  for pid in $browser $sleeper $server; do kill "$pid" 2>/dev/null || true; done
  for pid in $browser $server; do wait "$pid" 2>/dev/null || true; done
  echo "kiosk: stopped" >&2
  exit "$1"
}
trap 'stop 0' INT TERM
trap 'stop $?' EXIT

# Serves the build, bound to 127.0.0.1 (the kiosk serves itself and nothing else on the network), and starts
# the server again whenever it exits, like the browser below. Runs in the background; its own trap stops vite.
serve() {
  local vite="" pause="" backoff=1 started status
  trap 'kill $vite $pause 2>/dev/null; wait $vite 2>/dev/null; exit 0' TERM INT
  while true; do
    started=$(date +%s)
    # The runner loader reads vite.config.ts without writing into node_modules: a kiosk account may not own it.
    node_modules/.bin/vite preview --configLoader runner --outDir "$dist" --port "$port" --strictPort --host 127.0.0.1 >/dev/null &
    vite=$!
    echo "kiosk: server started (pid $vite)" >&2
    status=0
    wait "$vite" || status=$?
    if [ $(($(date +%s) - started)) -lt 60 ]; then backoff=$((backoff * 2 > 60 ? 60 : backoff * 2)); else backoff=1; fi
    echo "kiosk: server exited (status $status); starting it again in ${backoff}s" >&2
    sleep "$backoff" &
    pause=$!
    wait "$pause" || true
    pause=""
  done
}
serve &
server=$!
for _ in $(seq 1 150); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/" && break
  sleep 0.2
done
curl -sf -o /dev/null "http://127.0.0.1:$port/" || { echo "kiosk: the server did not start (is port $port in use?)" >&2; exit 1; }
echo "kiosk: serving $dist on $url (Ctrl-C to stop)" >&2

mkdir -p "$profile"
backoff=1
restarted=""
while true; do
  started=$(date +%s)
  # Read again at each restart: a screen plugged in or resized since is covered too.
  if [ -n "$restarted" ]; then machine_flags || exit 2; fi
  restarted=1
  # shellcheck disable=SC2086 # KIOSK_EXTRA_ARGS is a list of flags, split at spaces on purpose
  "$chromium" \
    --kiosk --noerrdialogs --disable-infobars --no-first-run --no-default-browser-check \
    --disable-background-networking --disable-component-update --disable-sync \
    --disable-session-crashed-bubble --hide-crash-restore-bubble --disable-features=Translate \
    --disable-pinch --overscroll-history-navigation=0 --check-for-update-interval=31536000 \
    --password-store=basic --autoplay-policy=no-user-gesture-required \
    "${flags[@]}" ${KIOSK_EXTRA_ARGS:-} --user-data-dir="$profile" "$url" &
  browser=$!
  status=0
  wait "$browser" || status=$?
  browser=""
  # A browser that keeps dying at once is restarted less and less often (up to once a minute).
  if [ $(($(date +%s) - started)) -lt 60 ]; then backoff=$((backoff * 2 > 60 ? 60 : backoff * 2)); else backoff=1; fi
  echo "kiosk: Chromium exited (status $status); starting it again in ${backoff}s" >&2
  # In the background, so Ctrl-C is handled at once rather than after the sleep.
  sleep "$backoff" &
  sleeper=$!
  wait "$sleeper" || true
  sleeper=""
done
