"""Inline suppression comments, and the report of those that suppress nothing.

Markdown and HTML:  <!-- newslint-disable NL101 --> ... <!-- newslint-enable -->
                    <!-- newslint-disable-next-line NL201 -->
Plain text:         # newslint-disable NL101   (on its own line), and
                    ... newslint: ignore NL201  (at the end of the line it covers)
A directive without codes covers every rule. Codes may be IDs, ID prefixes or
rule names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_HTML = re.compile(r"<!--\s*newslint-(disable-next-line|disable|enable)\b([^>]*?)\s*-->", re.I)
_PLAIN = re.compile(
    r"^[ \t]*#[ \t]*newslint-(disable-next-line|disable|enable)\b(.*)$", re.I | re.M
)
_LINE_END = re.compile(r"newslint:\s*ignore\b([ \t,A-Za-z0-9-]*)$", re.I | re.M)


@dataclass
class Directive:
    kind: str  # "disable", "enable", "next-line", "line"
    codes: tuple[str, ...]
    start: int  # offset of the comment in the file
    end: int
    line: int
    covers: tuple[int, int] = (0, 0)  # inclusive line range it suppresses
    used: bool = False


@dataclass
class Suppressions:
    directives: list[Directive] = field(default_factory=list)

    def suppresses(self, rule_id: str, name: str, line: int) -> bool:
        """Whether a finding of `rule_id` starting on `line` is suppressed (marks use)."""
        hit = False
        for d in self.directives:
            if d.kind == "enable" or not (d.covers[0] <= line <= d.covers[1]):
                continue
            if _matches(d.codes, rule_id, name):
                d.used = True
                hit = True
        return hit

    def unused(self) -> list[Directive]:
        return [d for d in self.directives if d.kind != "enable" and not d.used]


def _matches(codes: tuple[str, ...], rule_id: str, name: str) -> bool:
    if not codes:
        return True
    return any(rule_id.startswith(c.upper()) or c == name for c in codes)


def _codes(raw: str) -> tuple[str, ...]:
    return tuple(c for c in re.split(r"[\s,]+", raw.strip()) if c)


def _line_of(starts: list[int], offset: int) -> int:
    import bisect

    return bisect.bisect_right(starts, offset)


def parse_suppressions(text: str, fmt: str, line_starts: list[int]) -> Suppressions:
    """Find directives and compute the lines each one covers."""
    if "newslint" not in text.casefold():  # every directive names newslint; most files hold none
        return Suppressions([])
    last_line = len(line_starts)
    found: list[Directive] = []
    kinds = {"disable-next-line": "next-line", "disable": "disable", "enable": "enable"}
    patterns = [_HTML] + ([_PLAIN] if fmt == "text" else [])
    for rx in patterns:
        for m in rx.finditer(text):
            line = _line_of(line_starts, m.start())
            found.append(Directive(kinds[m.group(1).lower()], _codes(m.group(2)), *m.span(), line))
    for m in _LINE_END.finditer(text):
        line = _line_of(line_starts, m.start())
        found.append(Directive("line", _codes(m.group(1)), *m.span(), line, covers=(line, line)))
    found.sort(key=lambda d: d.start)
    for d in found:
        if d.kind == "next-line":
            end_line = _line_of(line_starts, d.end)
            d.covers = (end_line + 1, end_line + 1)
        elif d.kind == "disable":
            d.covers = (d.line, last_line)
    # An enable closes the open disables it names (or all of them).
    for i, d in enumerate(found):
        if d.kind != "enable":
            continue
        for prior in found[:i]:
            still_open = prior.kind == "disable" and prior.covers[1] == last_line
            names_it = not d.codes or not prior.codes or set(prior.codes) & set(d.codes)
            if still_open and names_it:
                prior.covers = (prior.covers[0], d.line)
    return Suppressions(found)
