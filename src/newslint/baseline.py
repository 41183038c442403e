"""Baselines: record today's findings, then report only new ones.

A finding is identified by rule, file and a fingerprint of the matched text (see
reporters.common.fingerprint), not by its line, so editing an article above an
old finding does not resurface it. Identical findings are counted, so a second
copy of a baselined problem is still new.
"""

from __future__ import annotations

import json
from collections import Counter

from newslint.model import Report
from newslint.reporters.common import fingerprint

VERSION = 1


class BaselineError(Exception):
    pass


def write_baseline(path: str, reports: list[Report]) -> int:
    entries = [
        {"rule": r.rule.id, "path": r.path, "fingerprint": fingerprint(r), "excerpt": r.excerpt}
        for r in reports
    ]
    entries.sort(key=lambda e: (e["path"], e["rule"], e["fingerprint"]))
    with open(path, "w", encoding="utf-8") as fh:
        json.dump({"version": VERSION, "findings": entries}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return len(entries)


def read_baseline(path: str) -> Counter[str]:
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        raise BaselineError(f"{path}:1:1: baseline file not found") from None
    except json.JSONDecodeError as exc:
        raise BaselineError(f"{path}:{exc.lineno}:{exc.colno}: invalid JSON: {exc.msg}") from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise BaselineError(f"{path}:1:1: not a newslint baseline (no 'findings' list)")
    return Counter(str(e.get("fingerprint")) for e in data["findings"] if isinstance(e, dict))


def subtract_baseline(reports: list[Report], known: Counter[str]) -> list[Report]:
    """Reports not in the baseline (each baseline entry absorbs one identical finding)."""
    remaining = Counter(known)
    out = []
    for r in reports:
        key = fingerprint(r)
        if remaining[key] > 0:
            remaining[key] -= 1
        else:
            out.append(r)
    return out
