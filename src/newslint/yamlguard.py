"""A guard against YAML alias bombs ("billion laughs").

A few lines of anchors and aliases can describe billions of values. YAML loaders
build them as shared references, so loading is cheap, but anything that walks
the result (validation, conversion) would run for hours. Every YAML document
newslint reads (front matter, config, rule packs) is checked with this first.
"""

from __future__ import annotations

from typing import Any

MAX_VALUES = 100_000


def too_many_values(data: Any, limit: int = MAX_VALUES) -> bool:
    """True when walking `data` would visit more than `limit` values."""
    stack = [data]
    seen = 0
    while stack:
        value = stack.pop()
        seen += 1
        if seen > limit:
            return True
        if isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list | tuple):
            stack.extend(value)
    return False
