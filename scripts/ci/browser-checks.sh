#!/usr/bin/env bash
# The browser checks, as .ci/run and the pull-request workflow (.github/workflows/ci.yml) run them: headless Chromium
# (Debian's chromium, installed with apt-get when neither CHROMIUM_PATH nor /usr/bin/chromium is there; sudo when not
# root), then the offline HTML docs (npm run docs) and the tests that drive Chromium (npm run test:browser): the
# client streaming from a page, and the docs with the network shut. Run from anywhere; needs `npm ci` done.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  started=$SECONDS
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update && $sudo apt-get install -y chromium
  echo "chromium installed in $((SECONDS - started)) s"
fi
started=$SECONDS
npm run docs
npm run test:browser
echo "docs and browser checks took $((SECONDS - started)) s"
