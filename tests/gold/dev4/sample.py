#!/usr/bin/env python3
"""Chooses the dev-4 articles reproducibly, without reading their content.

Candidates: every wn-*.txt in shared/corpus/wikinews that is in none of gold-dev.json (dev-1),
annotate-next.txt (the dev-2 list) and tests/gold/dev3/articles.txt (dev-3). Each candidate id is
ranked by sha256("dev4-2026:" + id) (the same method as tests/gold/dev3/sample.py)
and the ranking is read in order; an article is skipped only if it is degenerate (no body text
after the date line), which is the one property of the content this script looks at.
Usage: python3 tests/gold/dev4/sample.py [N=50]  (prints the ranking it used on stderr)
"""
import hashlib
import json
import os
import re
import sys

SEED = "dev4-2026:"
HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "..", "..", "shared")
if not os.path.isdir(SHARED):
    SHARED = "/work/shared"
CORPUS = os.path.join(SHARED, "corpus")
N = int(sys.argv[1]) if len(sys.argv) > 1 else 50

dev1 = {a["file"] for a in json.load(open(os.path.join(CORPUS, "gold-dev.json")))["articles"]}
dev2 = {l.strip() for l in open(os.path.join(CORPUS, "annotate-next.txt")) if l.strip()}
ids = sorted(f for f in os.listdir(os.path.join(CORPUS, "wikinews")) if re.fullmatch(r"wn-\d+\.txt", f))
dev3 = {l.split()[0] for l in open(os.path.join(HERE, "..", "dev3", "articles.txt")) if l.strip() and not l.startswith("#")}
cands = [f for f in ids if f not in dev1 and f not in dev2 and f not in dev3]
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
