"""Pattern rules from YAML packs, in the manner of Vale's rule types.

Each PatternSpec becomes one `PatternCheck`. Regexes are compiled once per
process with RE2, so a user's pattern can never backtrack catastrophically.
"""

from __future__ import annotations

import itertools
import operator
import re
import weakref
from collections.abc import Callable, Iterable, Iterator
from functools import cache, cached_property
from typing import Any

import re2

from newslint.checks.base import Check, Context
from newslint.document import Document
from newslint.metrics import FORMULAS, Counts
from newslint.model import Finding, Fix
from newslint.parse.frontmatter import split_front_matter
from newslint.regexset import PatternSet
from newslint.rulepack import PatternSpec
from newslint.segment import asks, split_sentences

_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.log_errors = False
# Screens run over a whole document: with RE2's default 8 MB a big alternation (the
# 1,000-entry tortured-phrase list) keeps flushing its DFA cache and runs ~8x slower.
_SCREEN_OPTIONS = re2.Options()
_SCREEN_OPTIONS.log_errors = False
_SCREEN_OPTIONS.max_mem = 32 << 20

# Quoted speech: straight or curly double quotes within one block.
_QUOTES = re.compile(r"“[^”]{1,2000}”|\"[^\"\n]{1,2000}\"")

METRICS = tuple(FORMULAS)
_OPS: dict[str, Callable[[float, float], bool]] = {
    ">": operator.gt,
    ">=": operator.ge,
    "<": operator.lt,
    "<=": operator.le,
}


@cache
def compile_regex(pattern: str, ignorecase: bool) -> Any:
    """Compile with RE2; ValueError carries RE2's complaint."""
    source = f"(?i){pattern}" if ignorecase else pattern
    try:
        return re2.compile(source, _RE2_OPTIONS)
    except re2.error as exc:
        message = exc.args[0] if exc.args else exc
        if isinstance(message, bytes):
            message = message.decode("utf-8", "replace")
        raise ValueError(str(message)) from None


def metric_function(name: str) -> Callable[[str], float]:
    """A readability formula applied to a unit's text (sentences found by newslint)."""
    if name not in FORMULAS:
        raise ValueError(f"'formula' must be one of {', '.join(METRICS)}, not {name!r}")
    formula = FORMULAS[name]

    def measure(text: str) -> float:
        return formula(Counts.of(text, len(split_sentences(text))))

    return measure


def parse_condition(condition: str) -> tuple[Callable[[float, float], bool], float]:
    m = re.fullmatch(r"\s*(>=|<=|>|<)\s*(-?\d+(?:\.\d+)?)\s*", condition)
    if not m:
        raise ValueError("'condition' must look like '> 14' (operator and number)")
    return _OPS[m.group(1)], float(m.group(2))


def _bounded(text: str, body: str, nonword: bool) -> str:
    """Wrap `body` in word boundaries on the sides where `text` has a word character."""
    if nonword:
        return body
    left = r"\b" if text[:1].isalnum() else ""
    right = r"\b" if text[-1:].isalnum() else ""
    return f"{left}{body}{right}"


def _alternation(spec: PatternSpec, items: Iterable[str], literal: bool) -> str:
    """One regex for many items: literal tokens are escaped and word-bounded;
    regex `patterns` are used as written (they set their own boundaries)."""
    parts = [_bounded(t, re.escape(t), spec.nonword) for t in items] if literal else list(items)
    return "|".join(f"(?:{p})" for p in parts)


def _swap_key(spec: PatternSpec, key: str) -> str:
    plain = key.strip("\\()[]?*+|{}^$")
    return _bounded(plain or key, f"(?:{key})", spec.nonword)


def _quote_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTES.finditer(text)]


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _preserve_case(template: str, replacement: str) -> str:
    if template.isupper() and len(template) > 1:
        return replacement.upper()
    if template[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


Unit = tuple[str, Callable[[int, int], tuple[int, int]], bool]


def iter_units(doc: Document, scope: str, skip_quotes: bool) -> Iterator[Unit]:
    """(text, map to source span, is quoted) for each unit of a scope."""
    if scope in ("line", "raw"):
        start = split_front_matter(doc.text)[1] if doc.format == "markdown" else 0

        def identity(s: int, e: int, base: int = 0) -> tuple[int, int]:
            return base + s, base + e

        if scope == "raw":
            yield doc.text[start:], lambda s, e: identity(s, e, start), False
            return
        code = code_example_spans(doc)
        for offset, line in doc.source_lines():
            if offset >= start and not any(a <= offset < b for a, b in code):
                yield line, lambda s, e, b=offset: identity(s, e, b), False
        return
    if scope == "code":
        for block in doc.blocks:
            if block.kind in ("code", "html"):
                yield block.text, block.source_span, False
        return
    for block in doc.prose_blocks:
        if scope == "heading" and block.kind != "heading":
            continue
        if skip_quotes and block.quoted:
            continue
        if scope == "sentence":
            for sent in block.sentences:
                yield (
                    sent.text,
                    lambda s, e, b=block, o=sent.start: b.source_span(o + s, o + e),
                    False,
                )
        else:
            yield block.text, block.source_span, False


_FENCE = re.compile(r"[ ]{0,3}(`{3,}|~{3,})")
# Fence info strings of a chat tool wrapping its whole answer ("```html", "```markdown").
_WRAPPER_INFOS = frozenset({"", "html", "markdown", "md", "text", "txt", "plaintext", "plain"})


def code_example_spans(doc: Document) -> list[tuple[int, int]]:
    """Source spans of a Markdown file's fenced code examples, fences included.

    A fenced block that is closed, not empty and no bigger than the rest of the
    article is markup the author meant (a command, a config snippet in a tech
    post), so line rules such as the stray-fence rule leave its lines alone. An
    unclosed fence, an empty one, or a "```html"/"```markdown" fence around most
    of the file is what a chat tool leaves behind, and stays reportable.
    """
    if doc.format != "markdown":
        return []
    body_lines = sum(1 for _, line in doc.source_lines() if line.strip())
    spans = []
    for block in doc.blocks:
        if block.kind != "code":
            continue
        lines = block.text.splitlines()
        opening = _FENCE.match(lines[0]) if lines else None
        if opening is None:
            continue  # an indented code block: no fence lines to protect
        fence = opening.group(1)
        closed = len(lines) > 1 and lines[-1].strip().startswith(fence)
        content = [line for line in lines[1:-1] if line.strip()]
        wraps_article = block.info.lower() in _WRAPPER_INFOS and 2 * len(lines) >= body_lines
        if closed and content and not wraps_article:
            spans.append((block.source_start, block.source_end + 1))
    return spans


class PatternCheck(Check):
    """One YAML rule, executed according to its `type`."""

    def __init__(self, spec: PatternSpec) -> None:
        self.spec = spec
        self.rules = (spec.meta,)
        flags = spec.ignorecase
        literal = _alternation(spec, spec.tokens, literal=True) if spec.tokens else ""
        regex = _alternation(spec, spec.patterns, literal=False) if spec.patterns else ""
        combined = "|".join(p for p in (literal, regex) if p)
        self.regex = compile_regex(combined, flags) if combined else None
        self.exceptions = [compile_regex(x, flags) for x in spec.exceptions]
        # Swap keys one by one are compiled only when first needed (see `_preferred`):
        # the combined regex below already proves every key valid.
        self._swap_sources = [(_swap_key(spec, k), v) for k, v in spec.swap]
        if spec.swap:
            combined = "|".join(source for source, _ in self._swap_sources)
            self.regex = compile_regex(combined, flags)
        self.screen = _screen(combined, flags, spec.scope) if combined else None

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        runner = getattr(self, f"_run_{self.spec.type}")
        yield from runner(doc)

    # --- helpers -----------------------------------------------------------
    def _candidate_units(self, doc: Document) -> list[Unit]:
        """The units to scan, or none when the pattern occurs nowhere in them.

        Most rules match nothing in most articles: one RE2 scan of the scope's
        text joined up replaces a scan (and a UTF-8 encoding) per paragraph.
        """
        key = (self.spec.scope, self.spec.skip_quotes)
        scopes = _JOINED.setdefault(doc, {})
        if key not in scopes and key[0] == "line" and self._absent_from_source(doc):
            return []
        if key not in scopes:  # every rule of a scope reads the same units
            scopes[key] = (list(iter_units(doc, *key)), None)
        units, joined = scopes[key]
        if self.screen is None or len(units) < 2:
            return units
        if joined is None:
            joined = "\n".join(text for text, _, _ in units)
            scopes[key] = (units, joined)
        return units if self.screen.search(joined) else []

    def _absent_from_source(self, doc: Document) -> bool:
        """True when the rule matches nowhere in the file's text, so in none of its lines.

        Lines are the text split at line feeds (a carriage return before one is cut),
        less front matter and code examples: with no carriage return in the file, one
        multi-line scan of the text is a superset of the lines, and most files skip
        building a unit per line.
        """
        if self.screen is None or "\r" in doc.text:
            return False
        start = split_front_matter(doc.text)[1] if doc.format == "markdown" else 0
        return self.screen.search(doc.text[start:]) is None

    def _matches(self, text: str) -> Iterator[tuple[int, int]]:
        if self.regex is None or (self.spec.skip_questions and asks(text)):
            return
        # Quotes and exception spans are found once the rule matches (most units: never).
        quotes: list[tuple[int, int]] | None = None
        excepted: list[tuple[int, int]] = []
        for m in self.regex.finditer(text):
            s, e = m.span()
            if e == s:
                continue
            if quotes is None:
                quotes = _quote_spans(text) if self.spec.skip_quotes else []
                excepted = [x.span() for rx in self.exceptions for x in rx.finditer(text)]
            if (quotes and _inside(quotes, s, e)) or _overlaps(excepted, s, e):
                continue
            yield s, e

    @cached_property
    def swap(self) -> list[tuple[Any, str]]:
        """(compiled swap key, replacement) in the order the rule lists them."""
        return [(compile_regex(k, self.spec.ignorecase), v) for k, v in self._swap_sources]

    @cached_property
    def swap_set(self) -> Any:
        """All swap keys as one RE2 full-match set (None if RE2 cannot build it)."""
        if not self._swap_sources:
            return None
        return _full_match_set([k for k, _ in self._swap_sources], self.spec.ignorecase)

    def _preferred(self, found: str) -> str | None:
        """The replacement of the first swap key that matches all of `found`.

        One RE2 set pass names every key that does; only when there is no set, or
        its match failed (RE2 out of memory), are the keys tried one by one.
        """
        hits = self.swap_set.matches(found) if self.swap_set is not None else None
        if hits is not None:
            return self._swap_sources[min(hits)][1] if hits else None
        return next((v for rx, v in self.swap if rx.fullmatch(found)), None)

    def _message(self, match: str, replacement: str = "") -> str:
        msg = self.spec.meta.message.replace("{match}", match.strip())
        return msg.replace("{replacement}", replacement)

    def _finding(
        self, doc: Document, span: tuple[int, int], match: str, fix: Fix | None = None
    ) -> Finding:
        replacement = fix.replacement if fix and self.spec.type == "substitution" else ""
        return Finding(
            self.spec.meta.id, span[0], span[1], self._message(match, replacement), fix=fix
        )

    def _removal(self, doc: Document, start: int, end: int) -> Fix | None:
        if self.spec.fix == "remove":
            return Fix(start, end, "")
        if self.spec.fix == "remove-line":
            line_start = doc.text.rfind("\n", 0, start) + 1
            nl = doc.text.find("\n", end)
            line_end = len(doc.text) if nl == -1 else nl + 1
            return Fix(line_start, line_end, "")
        return None

    # --- rule types ----------------------------------------------------------
    def _run_existence(self, doc: Document) -> Iterator[Finding]:
        for text, to_source, _ in self._candidate_units(doc):
            for s, e in self._matches(text):
                start, end = to_source(s, e)
                yield self._finding(doc, (start, end), text[s:e], self._removal(doc, start, end))

    def _run_substitution(self, doc: Document) -> Iterator[Finding]:
        for text, to_source, _ in self._candidate_units(doc):
            for s, e in self._matches(text):
                found = text[s:e]
                preferred = self._preferred(found)
                if preferred is None or preferred.lower() == found.lower():
                    continue
                start, end = to_source(s, e)
                fix = None
                if doc.text[start:end] == found:  # only fix text that stands verbatim
                    fix = Fix(start, end, _preserve_case(found, preferred))
                finding = self._finding(doc, (start, end), found, fix)
                if fix is None:
                    finding = Finding(finding.rule, start, end, self._message(found, preferred))
                yield finding

    def _run_occurrence(self, doc: Document) -> Iterator[Finding]:
        for text, to_source, _ in self._candidate_units(doc):
            hits = list(self._matches(text))
            if len(hits) > self.spec.max:
                s, e = hits[self.spec.max]
                start, end = to_source(s, e)
                msg = self._message(text[s:e]).replace("{count}", str(len(hits)))
                yield Finding(self.spec.meta.id, start, end, msg)

    def _run_repetition(self, doc: Document) -> Iterator[Finding]:
        for text, to_source, _ in self._candidate_units(doc):
            hits = list(self._matches(text))
            for (s1, e1), (s2, e2) in itertools.pairwise(hits):
                gap = text[e1:s2]
                if text[s1:e1].lower() == text[s2:e2].lower() and gap and not gap.strip():
                    yield self._finding(doc, to_source(s1, e2), text[s1:e1])

    def _run_consistency(self, doc: Document) -> Iterator[Finding]:
        units = list(iter_units(doc, self.spec.scope, self.spec.skip_quotes))
        for left, right in self.spec.either:
            sides = [
                compile_regex(_swap_key(self.spec, p), self.spec.ignorecase) for p in (left, right)
            ]
            seen: list[list[tuple[int, int, str]]] = [[], []]
            for text, to_source, _ in units:
                for i, rx in enumerate(sides):
                    for m in rx.finditer(text):
                        seen[i].append((*to_source(*m.span()), m.group()))
            if not seen[0] or not seen[1]:
                continue
            first = 0 if min(seen[0])[0] < min(seen[1])[0] else 1
            for start, end, word in sorted(seen[1 - first]):
                yield Finding(self.spec.meta.id, start, end, self._message(word))

    def _run_metric(self, doc: Document) -> Iterator[Finding]:
        measure = metric_function(self.spec.formula)
        compare, threshold = parse_condition(self.spec.condition)
        units = list(iter_units(doc, self.spec.scope, self.spec.skip_quotes))
        if self.spec.scope == "document":
            joined = "\n\n".join(t for t, _, _ in units)
            units = [(joined, lambda s, e: (0, len(doc.text)), False)] if units else []
        for text, to_source, _ in units:
            if len(text.split()) < max(self.spec.min_words, 1):
                continue
            value = measure(text)
            if compare(value, threshold):
                start, end = to_source(0, len(text))
                msg = self._message(text[:40]).replace("{value}", f"{value:.1f}")
                yield Finding(self.spec.meta.id, start, end, msg)


# The units of each scope and their joined text (None until a screen needs it), per
# document (kept only while the document lives).
_JOINED: weakref.WeakKeyDictionary[
    Document, dict[tuple[str, bool], tuple[list[Unit], str | None]]
] = weakref.WeakKeyDictionary()


def _screen(pattern: str, ignorecase: bool, scope: str) -> Any:
    """A regex that matches the joined units wherever the rule matches one unit.

    Joined with newlines and compiled multi-line, `^` and `$` still match at every
    unit's edges; a match across two units only costs a needless scan. Patterns
    anchored to the whole text (\\A, \\z) cannot be screened this way.
    """
    if scope in ("raw", "document") or "\\A" in pattern or "\\z" in pattern:
        return None
    return _compile_screen(f"(?m){pattern}", ignorecase)


@cache
def _compile_screen(pattern: str, ignorecase: bool) -> Any:
    """compile_regex with a larger DFA budget; None if RE2 rejects the pattern."""
    source = f"(?i){pattern}" if ignorecase else pattern
    try:
        return re2.compile(source, _SCREEN_OPTIONS)
    except re2.error:
        return None


def _full_match_set(patterns: list[str], ignorecase: bool) -> PatternSet | None:
    """An RE2 set that says which of `patterns` match a whole text (as compile_regex
    compiles them); None if RE2 cannot build it."""
    try:
        sources = [f"(?i){p}" if ignorecase else p for p in patterns]
        return PatternSet(sources, anchor="full", max_mem=_SCREEN_OPTIONS.max_mem)
    except re2.error:
        return None


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)
