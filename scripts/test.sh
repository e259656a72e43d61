#!/usr/bin/env bash
# The one test command (npm test): lint and format check, import rules (no cycles), type-check, the production
# build, unit tests, then browser tests against that build.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${DIST_DIR:-dist}
npx biome ci .
npm run --silent deps
npx tsc --noEmit -p .
bash scripts/ensure-chromium.sh
# Built once, before the unit tests: the payload budget test measures this build (PAYLOAD_DIST_DIR) instead of
# making its own, and the browser tests run it.
npx vite build --outDir "$dist" --logLevel warn
PAYLOAD_DIST_DIR="$dist" npx vitest run
DIST_DIR="$dist" npx playwright test
