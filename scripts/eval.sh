#!/usr/bin/env bash
# Scores the extract command against the shared gold annotation (see README "Extraction quality").
# Usage: npm run eval [-- --verbose | --json] [--dev2]
#   --dev2 scores against the second development set (tests/gold/gold-dev2.json), annotated blind
#   from ../shared/corpus/annotate-next.txt before its articles were run through the extractor.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${SHARED_DIR:-$root/../shared}"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
node --import tsx "$root/src/ingest/cli/extract.ts" "$shared/corpus/wikinews" "$shared/seeds" >"$out"
gold="$shared/corpus/gold-dev.json"
args=()
for arg in "$@"; do
  if [ "$arg" = --dev2 ]; then gold="$root/tests/gold/gold-dev2.json"; else args+=("$arg"); fi
done
node "$shared/eval/score.mjs" "$gold" "$out" "${args[@]+"${args[@]}"}"
