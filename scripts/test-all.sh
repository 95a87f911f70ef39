#!/usr/bin/env bash
# Every check Backstory has, in order: types, unit tests, both browser builds and zips, web-ext lint
# of the Firefox build, then the real-browser suites. Each build/lint step counts as one test; the
# suites count their own tests. Ends with one line "N passed, N failed" and fails if anything did.
set -uo pipefail
cd "$(dirname "$0")/.."
passed=0
failed=0
results=$(mktemp -d)

step() { # name, command...
  local name=$1; shift
  echo "=== $name"
  if "$@"; then passed=$((passed + 1)); echo "--- ok: $name"; else failed=$((failed + 1)); echo "--- FAILED: $name"; fi
}

suite() { # name, vitest config
  local name=$1 config=$2 out="$results/$1.json"
  echo "=== $name"
  npx vitest run --config "$config" --reporter=default --reporter=json --outputFile.json="$out"
  local code=$?
  if [ -s "$out" ]; then
    read -r p f < <(node -e 'const r=require(process.argv[1]); console.log(r.numPassedTests, r.numFailedTests + (r.numTotalTests === 0 ? 1 : 0))' "$out")
  else
    p=0; f=1
  fi
  # A runner that crashed outside any test still fails the suite.
  if [ "$code" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  passed=$((passed + p)); failed=$((failed + f))
  echo "--- $name: $p passed, $f failed"
}

bash scripts/ensure-browsers.sh || { echo "0 passed, 1 failed"; exit 1; }
step "type check" npx tsc --noEmit
suite unit vitest.config.ts
step "build chrome" npx wxt build
step "build firefox" npx wxt build -b firefox
step "zip chrome" npx wxt zip
step "zip firefox" npx wxt zip -b firefox
step "web-ext lint (firefox, 0 errors)" npx web-ext lint -s .output/firefox-mv2 --output text --no-input
suite e2e vitest.e2e.config.ts
rm -rf "$results"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
