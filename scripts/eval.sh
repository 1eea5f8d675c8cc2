#!/usr/bin/env bash
# Scores the extract command against the shared gold annotation (see README "Extraction quality").
# Usage: npm run eval [-- --verbose | --json] [--dev2 | --dev3 | --dev4 | --dev5 | --dev6 | --dev7] [--by-rule] [--roles]
#   --dev2 scores against the second development set (tests/gold/gold-dev2.json), annotated blind
#   from ../shared/corpus/annotate-next.txt before its articles were run through the extractor.
#   --dev3 scores against the third set (tests/gold/gold-dev3.json): 50 articles in neither dev
#   nor dev-2, sampled by tests/gold/tools/sample.py and annotated blind. It was held out until
#   2026-12-05 and is a tuning set since (see tests/gold/gold-dev3-notes.md).
#   --dev4 scores against the fourth set (tests/gold/gold-dev4.json): 50 articles in none of dev,
#   dev-2 and dev-3, sampled by tests/gold/tools/sample.py and annotated blind. It was held out
#   until 2026-12-05 and is a tuning set since (see tests/gold/gold-dev4-notes.md).
#   --dev5 scores against the fifth set (tests/gold/gold-dev5.json): 50 articles in none of dev,
#   dev-2, dev-3 and dev-4, sampled by tests/gold/tools/sample.py and annotated blind. It was held
#   out until 2026-12-05 and is a tuning set since (see tests/gold/gold-dev5-notes.md).
#   --dev6 scores against the sixth set (tests/gold/gold-dev6.json): 50 articles in none of dev,
#   dev-2, dev-3, dev-4 and dev-5, sampled by tests/gold/tools/sample.py and annotated blind. It was
#   held out until 2026-12-06 and is a tuning set since (see tests/gold/gold-dev6-notes.md).
#   --dev7 scores against the seventh, held-out set (tests/gold/gold-dev7.json): the 23 articles in
#   none of dev, dev-2, dev-3, dev-4, dev-5 and dev-6, ordered by tests/gold/tools/sample.py and
#   annotated blind; it replaces dev-6 as the set no rule is tuned on (see
#   tests/gold/gold-dev7-notes.md).
#   --by-rule prints, after the scores, count, true positives and precision per extraction rule
#   (scripts/eval/score-by-rule.ts), so a weak rule is visible.
#   --roles prints, after the scores, how the roles shown beside speakers agree with the gold's on
#   the quotes whose speaker is right (the shared scorer does not score roles).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${SHARED_DIR:-$root/../shared}"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
node --import tsx "$root/src/ingest/cli/extract.ts" "$shared/corpus/wikinews" "$shared/seeds" >"$out"
gold="$shared/corpus/gold-dev.json"
args=()
by_rule=0
roles=0
json=()
for arg in "$@"; do
  case "$arg" in
    --dev2) gold="$root/tests/gold/gold-dev2.json" ;;
    --dev3) gold="$root/tests/gold/gold-dev3.json" ;;
    --dev4) gold="$root/tests/gold/gold-dev4.json" ;;
    --dev5) gold="$root/tests/gold/gold-dev5.json" ;;
    --dev6) gold="$root/tests/gold/gold-dev6.json" ;;
    --dev7) gold="$root/tests/gold/gold-dev7.json" ;;
    --by-rule) by_rule=1 ;;
    --roles) roles=1 ;;
    --json) json=(--json) && args+=("$arg") ;;
    *) args+=("$arg") ;;
  esac
done
node "$shared/eval/score.mjs" "$gold" "$out" "${args[@]+"${args[@]}"}"
if [ "$by_rule" = 1 ]; then
  echo
  node --import tsx "$root/scripts/eval/eval-by-rule.ts" "$gold" "$out"
fi
if [ "$roles" = 1 ]; then
  echo
  # With --json, the role report is one JSON line too (after the scorer's).
  node --import tsx "$root/scripts/eval/eval-by-rule.ts" "$gold" "$out" --roles "${json[@]+"${json[@]}"}"
fi
