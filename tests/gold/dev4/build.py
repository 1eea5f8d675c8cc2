#!/usr/bin/env python3
"""Builds tests/gold/gold-dev4.json from the batch files ann01.py, ann02.py, ... in articles.txt order.
Run `npx prettier --write tests/gold/gold-dev4.json` afterwards (the repo keeps JSON prettier-formatted)."""
import glob
import importlib.util
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
order = [l.split()[0] for l in open(os.path.join(HERE, "articles.txt")) if l.strip() and not l.startswith("#")]
byfile = {}
for path in sorted(glob.glob(os.path.join(HERE, "ann*.py"))):
    if os.path.basename(path) == "anntools.py":
        continue
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for art in mod.ARTICLES:
        assert art["file"] not in byfile, f"{art['file']} annotated twice"
        byfile[art["file"]] = art
missing = [f for f in order if f not in byfile]
extra = [f for f in byfile if f not in order]
assert not extra, f"annotated but not in articles.txt: {extra}"
if missing:
    print(f"not annotated yet ({len(missing)}): {' '.join(missing)}")
gold = {
    "version": 1,
    "note": "Fourth development gold (dev-4, held out) for shared/corpus/wikinews (Wikinews, CC BY 2.5), "
    "annotated blind by gold-guidelines.md from a seeded sample (tests/gold/dev4/articles.txt)",
    "articles": [byfile[f] for f in order if f in byfile],
}
out = os.path.join(HERE, "..", "gold-dev4.json")
with open(out, "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=2)
    fh.write("\n")
print(f"wrote {os.path.normpath(out)}: {len(gold['articles'])} articles")
