"""The blind gold sets made with these tools (dev-3, dev-4, dev-5, dev-6, dev-7), each a folder tests/gold/<set>/ with
its annotation batches (ann*.py) and articles.txt, built into tests/gold/gold-<set>.json.
Usage of every tool: python3 tests/gold/tools/<tool>.py <set> [...], set = dev3 | dev4 | dev5 | dev6 | dev7."""
import os
import sys

TOOLS = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.dirname(TOOLS)

SETS = {
    "dev3": {
        # How the sample was drawn: the seed of its ranking and the earlier blind sets it excludes.
        "seed": "dev3-2026:",
        "excludes": [],
        "note": "Third development gold (dev-3, held out) for shared/corpus/wikinews (Wikinews, CC BY 2.5), "
        "annotated blind by gold-guidelines.md from a seeded sample (tests/gold/dev3/articles.txt)",
    },
    "dev4": {
        "seed": "dev4-2026:",
        "excludes": ["dev3"],
        "note": "Fourth development gold (dev-4, held out) for shared/corpus/wikinews (Wikinews, CC BY 2.5), "
        "annotated blind by gold-guidelines.md from a seeded sample (tests/gold/dev4/articles.txt)",
    },
    "dev5": {
        "seed": "dev5-2026:",
        "excludes": ["dev3", "dev4"],
        "note": "Fifth development gold (dev-5, held out) for shared/corpus/wikinews (Wikinews, CC BY 2.5), "
        "annotated blind by gold-guidelines.md from a seeded sample (tests/gold/dev5/articles.txt)",
    },
    "dev6": {
        "seed": "dev6-2026:",
        "excludes": ["dev3", "dev4", "dev5"],
        "note": "Sixth development gold (dev-6, held out) for shared/corpus/wikinews (Wikinews, CC BY 2.5), "
        "annotated blind by gold-guidelines.md from a seeded sample (tests/gold/dev6/articles.txt)",
    },
    "dev7": {
        "seed": "dev7-2026:",
        "excludes": ["dev3", "dev4", "dev5", "dev6"],
        "note": "Seventh development gold (dev-7, held out) for shared/corpus/wikinews (Wikinews, CC BY 2.5), "
        "annotated blind by gold-guidelines.md from a seeded sample (tests/gold/dev7/articles.txt)",
    },
}


def chosen_set(argv=None):
    """The set named on the command line, its folder and its gold file."""
    argv = sys.argv if argv is None else argv
    if len(argv) < 2 or argv[1] not in SETS:
        sys.exit(f"usage: {os.path.basename(argv[0])} {' | '.join(SETS)} [...]")
    name = argv[1]
    return name, SETS[name], os.path.join(GOLD, name), os.path.join(GOLD, f"gold-{name}.json")


def listed(folder):
    """The article files of a set's articles.txt, in sample order."""
    path = os.path.join(folder, "articles.txt")
    return [l.split()[0] for l in open(path) if l.strip() and not l.startswith("#")]
