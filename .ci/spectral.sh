#!/usr/bin/env bash
# Lints the committed API descriptions (docs/openapi/*.json) with Spectral and the OWASP API Security ruleset, under
# the repository's .spectral.yaml (each exception there with its reason; ADR 0025). The build's verify runs it (root
# pom, profile "openapi-lint"; -Dspectral.skip skips it). The tools are the versions .ci/spectral/package-lock.json
# pins, installed once from the npm registry into ~/.cache/ejd/spectral-<lock hash> (or $EJD_CACHE_DIR); later runs,
# offline too, use that copy. Needs node and npm (Node 18+); without them it warns and lints nothing, except under CI=true.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
command -v node >/dev/null && command -v npm >/dev/null || {
  # a machine with only a JDK still builds and tests (README: two commands); CI (CI=true) must lint
  if [ "${CI:-}" = "true" ]; then
    echo "spectral.sh: node and npm are needed to lint docs/openapi (Debian: apt-get install nodejs npm)" >&2
    exit 1
  fi
  echo "spectral.sh: WARNING: node and npm not found, docs/openapi/*.json NOT linted (Debian: apt-get install nodejs npm)" >&2
  exit 0
}
lock="$root/.ci/spectral/package-lock.json"
hash="$(sha256sum "$lock" | cut -c1-12)"
dir="${EJD_CACHE_DIR:-$HOME/.cache/ejd}/spectral-$hash"
if [ ! -x "$dir/node_modules/.bin/spectral" ]; then
  mkdir -p "$dir"
  cp "$root/.ci/spectral/package.json" "$lock" "$dir/"
  # no install scripts: the packages need none (one only reports telemetry)
  (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi
cd "$root"
NODE_PATH="$dir/node_modules" "$dir/node_modules/.bin/spectral" lint --ruleset .spectral.yaml --fail-severity=warn \
  --format=text docs/openapi/*.json
echo "spectral.sh: docs/openapi/*.json pass the OWASP ruleset with the exceptions of .spectral.yaml"
