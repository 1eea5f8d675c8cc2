"""Helpers for the annotation batch files of every set (ann*.py): A(file, quotes, orgs, optional, notes)."""


def Q(text, speaker, role=None):
    return {"text": " ".join(text.split()), "speaker": speaker, "role": role}


def O(name, *aliases):
    return {"name": name, "aliases": list(aliases)}


def A(file, quotes, orgs, optional=(), notes=""):
    return {
        "file": file,
        "quotes": list(quotes),
        "organisations": list(orgs),
        "optional_organisations": list(optional),
        "notes": notes,
    }
