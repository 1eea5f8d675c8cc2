#!/usr/bin/env python3
"""Reading aid: lists, per article, capitalised phrases with an organisation cue word, and
acronyms, that no annotated name/alias of the set's gold covers, for a second look.
Usage: python3 tests/gold/tools/capscan.py dev3|dev4|dev5|dev6|dev7"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
from gold_sets import chosen_set

gold = json.load(open(chosen_set()[3]))
CUE = r"Party|University|Council|Committee|Ministry|Department|Agency|Association|Institute|Cent(?:er|re)s?|Court|Commission|Bank|Company|Corporation|Inc|Ltd|Group|Foundation|Society|News|Times|Post|Union|League|Board|Office|Service|Forces?|Army|Navy|Police|Church|School|College|Hospital|Network|Assembly|Parliament|Senate|House|Congress|Guard|Club|Airlines?|Bureau|Fund|Organi[sz]ation|Project|Coalition|Movement|TV|Radio|Press"
def norm(s):
    return " ".join(re.findall(r"\w+", s.lower().replace("'s", "")))
for a in gold["articles"]:
    text = " ".join(open(f"/work/shared/corpus/wikinews/{a['file']}", encoding="utf-8").read().split())
    known = set()
    for o in a["organisations"] + a["optional_organisations"]:
        for v in [o["name"], *o["aliases"]]:
            known.add(norm(v))
    hits = set()
    for m in re.finditer(r"(?:[A-Z][\w.&'’-]*)(?:\s+(?:(?:of|for|and|the|on|in|de|&)\s+)*[A-Z][\w.&'’-]*)*", text):
        s = m.group(0)
        if re.search(rf"\b(?:{CUE})\b", s) or re.fullmatch(r"[A-Z]{2,}[\w&-]*", s):
            if not any(k and k in norm(s) for k in known):
                hits.add(s)
    if hits:
        print(a["file"], "|", " | ".join(sorted(hits)))
