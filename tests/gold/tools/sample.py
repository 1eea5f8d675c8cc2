#!/usr/bin/env python3
"""Chooses a blind set's articles reproducibly, without reading their content.

Candidates: every wn-*.txt in shared/corpus/wikinews that is in none of gold-dev.json (dev-1),
annotate-next.txt (the dev-2 list) and the earlier sets the set excludes (gold_sets.py: dev-4
excludes dev-3, dev-5 excludes dev-3 and dev-4, dev-6 excludes dev-3, dev-4 and dev-5, dev-7 excludes dev-3 … dev-6). Each candidate id is ranked by sha256(<the set's seed> + id), "dev3-2026:" or
"dev4-2026:", "dev5-2026:", "dev6-2026:" or "dev7-2026:", and the ranking is read in order; an article is skipped only if it is degenerate (no
body text after the date line), which is the one property of the content this script looks at.
Usage: python3 tests/gold/tools/sample.py dev3|dev4|dev5|dev6|dev7 [N=50]  (prints the ranking it used on stderr)
"""
import hashlib
import json
import os
import re
import sys

from gold_sets import GOLD, chosen_set, listed

_, config, _, _ = chosen_set()
SEED = config["seed"]
HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "..", "..", "shared")
if not os.path.isdir(SHARED):
    SHARED = "/work/shared"
CORPUS = os.path.join(SHARED, "corpus")
N = int(sys.argv[2]) if len(sys.argv) > 2 else 50

dev1 = {a["file"] for a in json.load(open(os.path.join(CORPUS, "gold-dev.json")))["articles"]}
dev2 = {l.strip() for l in open(os.path.join(CORPUS, "annotate-next.txt")) if l.strip()}
ids = sorted(f for f in os.listdir(os.path.join(CORPUS, "wikinews")) if re.fullmatch(r"wn-\d+\.txt", f))
earlier = {f for other in config["excludes"] for f in listed(os.path.join(GOLD, other))}
cands = [f for f in ids if f not in dev1 and f not in dev2 and f not in earlier]
ranked = sorted(cands, key=lambda f: hashlib.sha256((SEED + f).encode()).hexdigest())


def degenerate(f):
    text = open(os.path.join(CORPUS, "wikinews", f), encoding="utf-8").read()
    body = re.sub(r"^date [^\n]*?/", "", text, count=1).strip()
    return len(body.split()) < 20


chosen, skipped = [], []
for f in ranked:
    if len(chosen) == N:
        break
    (skipped if degenerate(f) else chosen).append(f)
print(f"# {len(ids)} wn articles, {len(cands)} candidates, skipped as degenerate: {skipped or 'none'}", file=sys.stderr)
for f in chosen:
    print(f)
