#!/usr/bin/env python3
"""Checks tests/gold/gold-<set>.json (set = dev3 | dev4 | dev5 | dev6 | dev7): every quote text occurs in its article (whitespace collapsed, paragraphs
joined by one space; for a quote running over several paragraphs, the opening mark that starts
each continued paragraph is dropped, as the guidelines join such paragraphs with a single space);
no organisation name/alias is shared within an article after the scorer's orgKey normalisation (across organisations and optional_organisations); writes an empty
prediction file for a scorer smoke test:
  python3 tests/gold/tools/check.py dev4 && node ../shared/eval/score.mjs tests/gold/gold-dev4.json /tmp/gold-dev4-empty-preds.jsonl --json
"""
import json
import os
import re
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "..", "..", "..", "shared")
from gold_sets import chosen_set

name, _, _, gold_path = chosen_set()
gold = json.load(open(gold_path, encoding="utf-8"))


def tokens(s):
    s = "".join(c for c in unicodedata.normalize("NFKD", s or "") if not unicodedata.combining(c)).lower()
    s = re.sub("[\u2018\u2019\u201a\u201b\u2032]", "'", s)
    return re.findall(r"[^\W_]+(?:['-][^\W_]+)*", s)


def org_key(s):
    t = tokens(re.sub(r"['\u2019]s\b", "", s or ""))
    return " ".join(x for i, x in enumerate(t) if not (i == 0 and x == "the"))


problems = quotes = 0
for a in gold["articles"]:
    raw = open(os.path.join(SHARED, "corpus", "wikinews", a["file"]), encoding="utf-8").read()
    paras = [l for l in raw.split("\n") if l.strip()]
    text = " ".join(" ".join(paras).split())
    # multi-paragraph quotes: the continued paragraph's own opening mark is not part of the text
    joined = " ".join(" ".join(re.sub(r'^\s*["\u201c]', "", l) for l in paras).split())
    for q in a["quotes"]:
        quotes += 1
        if q["text"] not in text and q["text"] not in joined:
            problems += 1
            print(f"{a['file']}: quote not found: {q['text'][:70]}")
    seen = {}
    for o in a["organisations"] + a["optional_organisations"]:
        for v in {org_key(x) for x in [o["name"], *o["aliases"]]}:
            if v in seen:
                problems += 1
                print(f'{a["file"]}: "{v}" in both {seen[v]} and {o["name"]}')
            seen[v] = o["name"]
empty = os.path.join(tempfile.gettempdir(), f"gold-{name}-empty-preds.jsonl")
with open(empty, "w", encoding="utf-8") as fh:
    for a in gold["articles"]:
        fh.write(json.dumps({"file": a["file"], "quotes": [], "organisations": []}) + "\n")
print(f"{len(gold['articles'])} articles, {quotes} quotes checked, {problems} problem(s); empty predictions: {empty}")
sys.exit(1 if problems else 0)
