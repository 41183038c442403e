"""YAML front matter (`---` ... `---` at the top of a Markdown file)."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from newslint.yamlguard import too_many_values

_OPEN = re.compile(r"---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)", re.M)


def split_front_matter(text: str) -> tuple[str, int]:
    """(front matter YAML, end offset) or ('', 0) when the file has none.

    An opening `---` with no closing line is not front matter (it may be a
    thematic break); the caller treats the file as having none.
    """
    m = _OPEN.match(text)
    if not m:
        return "", 0
    close = _CLOSE.search(text, m.end())
    if not close:
        return "", 0
    return text[m.end() : close.start()], close.end()


@cache
def _loader() -> YAML:
    """A safe loader (no objects constructed), libyaml's C parser when installed.

    Front matter is parsed for every Markdown file, and the pure-Python parser
    costs about 0.45 ms a file against 0.1 ms with ruamel.yaml.clib.
    """
    return YAML(typ="safe")


def read_front_matter(yaml_text: str) -> tuple[dict[str, Any], str | None]:
    """Metadata from front matter YAML, and an error message if it is malformed."""
    if not yaml_text.strip():
        return {}, None
    try:
        data = _simple_yaml(yaml_text)
        if data is None:
            data = _loader().load(yaml_text)
    except YAMLError as exc:
        return {}, f"front matter is not valid YAML: {str(exc).splitlines()[0]}"
    if not isinstance(data, dict):
        return {}, "front matter is not a mapping"
    if too_many_values(data, MAX_FRONT_MATTER_VALUES):
        return {}, (
            f"front matter expands to more than {MAX_FRONT_MATTER_VALUES:,} values "
            "(nested aliases?); ignored"
        )
    return {str(k): _plain(v) for k, v in data.items()}, None


# Real front matter holds a few dozen values.
MAX_FRONT_MATTER_VALUES = 10_000


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


# ---------------------------------------------------------------- the common shape, fast

# Most front matter is a flat mapping of plain words, quoted strings, dates and
# lists of words. For that shape alone the YAML loader (its constructor and
# resolver are pure Python: ~0.1 ms a file) is replaced by a line reader that
# returns exactly what the loader would. Anything else returns None: the loader reads it.

_KEY_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?")
_ITEM_LINE = re.compile(r"( *)- +(.*)")
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# Plain words a YAML 1.1 or 1.2 resolver reads as booleans or null.
_RESOLVED_WORDS = frozenset(["true", "false", "null", "yes", "no", "on", "off", "y", "n"])


def _simple_yaml(yaml_text: str) -> dict[str, Any] | None:
    """The mapping a safe YAML load gives, when every line is `key: scalar`, `key:`
    or a `- scalar` item of the key above; None for anything else."""
    if "\r" in yaml_text or "\t" in yaml_text:
        return None
    lines = yaml_text.split("\n")
    if lines[-1] == "":
        lines.pop()
    data: dict[str, Any] = {}
    key, indent = "", -1  # the key whose items follow, and the items' indentation
    for line in lines:
        if not line.isprintable():
            return None
        item = _ITEM_LINE.fullmatch(line)
        if item:
            value = _scalar(item.group(2))
            if not key or value is None or indent not in (-1, len(item.group(1))):
                return None
            if indent == -1:
                data[key] = []
            indent = len(item.group(1))
            data[key].append(value)
            continue
        m = _KEY_LINE.fullmatch(line)
        if not m or m.group(1) in data or m.group(1).lower() in _RESOLVED_WORDS:
            return None
        if m.group(2) is None:  # "key:" alone: null, or the head of a list
            data[m.group(1)] = None
            key, indent = m.group(1), -1
            continue
        value = _scalar(m.group(2))
        if value is None:
            return None
        data[m.group(1)] = value
        key = ""
    return data


def _scalar(raw: str) -> str | date | None:
    """A one-line scalar read as the loader reads it; None when unsure."""
    raw = raw.rstrip(" ")
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "\"'":
        inner = raw[1:-1]
        return None if raw[0] in inner or "\\" in inner else inner
    if _DATE.fullmatch(raw):
        try:
            return date.fromisoformat(raw)
        except ValueError:
            return None
    if not raw[:1].isascii() or not raw[:1].isalpha() or raw.lower() in _RESOLVED_WORDS:
        return None
    if ": " in raw or " #" in raw or raw.endswith(":") or any(c in raw for c in "[]{}"):
        return None
    return raw
