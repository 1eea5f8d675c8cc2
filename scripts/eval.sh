#!/usr/bin/env bash
# Scores the extract command against the shared gold annotation (see README "Extraction quality").
# Usage: npm run eval [-- --verbose | --json]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${SHARED_DIR:-$root/../shared}"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
node --import tsx "$root/src/ingest/cli/extract.ts" "$shared/corpus/wikinews" "$shared/seeds" >"$out"
node "$shared/eval/score.mjs" "$shared/corpus/gold-dev.json" "$out" "$@"
