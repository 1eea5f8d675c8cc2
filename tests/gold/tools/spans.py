#!/usr/bin/env python3
"""Reading aid: prints an article with numbered paragraphs, then its quote-mark spans
(double marks, and single marks that open after a space/start and close before
punctuation/space) and its capitalised phrases and acronyms, for annotating by hand.
Usage: python3 tests/gold/tools/spans.py wn-0001.txt [...]"""
import os
import re
import sys

CORPUS = "/work/shared/corpus/wikinews"
for f in sys.argv[1:]:
    text = open(os.path.join(CORPUS, f), encoding="utf-8").read()
    paras = [p for p in text.split("\n") if p.strip()]
    print(f"===== {f} ({len(text.split())} words)")
    for i, p in enumerate(paras):
        print(f"[{i}] {p}")
    flat = " ".join(" ".join(paras).split())
    print("--- double-mark spans")
    for m in re.finditer(r'["“]([^"“”]*)["”]', flat):
        print(f"  {len(m.group(1).split()):3}w | {m.group(1)}")
    print("--- single-mark spans")
    for m in re.finditer(r"(?:(?<=\s)|^)['‘]([^'‘’\"]{2,}?)['’](?=[\s.,;:!?)]|$)", flat):
        print(f"  {len(m.group(1).split()):3}w | {m.group(1)}")
    print("--- capitalised phrases / acronyms")
    seen = {}
    for m in re.finditer(r"\b(?:[A-Z][\w.&'’-]*)(?:\s+(?:(?:of|for|and|the|de|du|des|la|le|di|del|von|van|&)\s+)*[A-Z][\w.&'’-]*)*", flat):
        s = m.group(0)
        if len(s.split()) == 1 and not re.search(r"[A-Z].*[A-Z]", s):
            continue
        seen[s] = seen.get(s, 0) + 1
    print("  " + " | ".join(f"{k}" + (f" x{v}" if v > 1 else "") for k, v in seen.items()))
    print()
