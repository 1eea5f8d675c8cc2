#!/usr/bin/env python3
"""Builds tests/gold/gold-<set>.json from the set's batch files ann01.py, ann02.py, ... in articles.txt
order. Usage: python3 tests/gold/tools/build.py dev3|dev4|dev5|dev6|dev7. Run `npx prettier --write` on the file
afterwards (the repo keeps JSON prettier-formatted)."""
import glob
import importlib.util
import json
import os

from gold_sets import chosen_set, listed

name, config, HERE, out = chosen_set()
order = listed(HERE)
byfile = {}
for path in sorted(glob.glob(os.path.join(HERE, "ann*.py"))):
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
    "note": config["note"],
    "articles": [byfile[f] for f in order if f in byfile],
}
with open(out, "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=2)
    fh.write("\n")
print(f"wrote {os.path.normpath(out)}: {len(gold['articles'])} articles")
