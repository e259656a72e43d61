#!/usr/bin/env bash
# The one test command (npm test): lint and format check, import rules (no cycles), type-check, unit tests, then browser tests against the production build.
set -euo pipefail
cd "$(dirname "$0")/.."
npx biome ci .
npm run --silent deps
npx tsc --noEmit -p .
npx vitest run
bash scripts/ensure-chromium.sh
npx vite build --logLevel warn
npx playwright test
