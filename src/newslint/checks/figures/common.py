# ruff: noqa: E501  (long regular expressions read better unbroken)
"""Shared ground of the NL3xx checks: amount signs, the different-fact and
same-subject tests every pairing relies on, interval arithmetic, and the base class."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from newslint import lazyre
from newslint.checks.base import Check, Context
from newslint.document import Document
from newslint.model import Finding
from newslint.quantities import (
    Analysis,
    Figure,
    SentenceInfo,
    analyse,
)

# Sign patterns for the checks' own amount regexes (all currencies, no groups).
CUR = (
    r"(?:US\$|[A-Z]{1,2}\$|\$|E£|€|£|¥|₹|₩|₦|₱|RM|Rp|KSh|Rs\.?|R(?=\d[\d,.]*[\s-]?(?:trillion|billion|million|bn|m)\b|\d{1,3},\d)"
    r"|N(?=\d[\d,.]*[\s-]?(?:trillion|billion|million|bn)\b))"
)


# A number that reads as a year (1800-2099), compiled once: it is tried on every figure.
_YEAR_LIKE = lazyre.compile(r"(?:1[89]|20)\d\d")


_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Words that make two different amounts legitimately different facts.
_DIFFERENT_FACT = lazyre.compile(
    r"\b(?:total(?:ling|ing|led|ed)?|additional|another|further|extra|more|also|"
    r"(?:first|second|third)(?![- ](?:quarter|half))|initial(?:ly)?|earlier|previous(?:ly)?|prior|new|latest|bringing|so far|to date|"
    r"tranche|instal?lments?|each|apiece|combined|cumulative|remaining|rest|rais(?:e|ed|ing) to|"
    r"up from|down from|compared|versus|vs\.?|than|rose|fell|grew|increased|cut|reduced|"
    r"expanded|boost(?:ed|ing)?|lifted|doubl\w+|originally|revised|now|once|last|next|per|"
    r"estimated?|expected|projected|forecast|target|goal|could|might|if|"
    r"year-earlier|"
    r"weeks|average|median|range|between)\b",
    re.I,
)
# After a figure only these mark another fact ("$5 million more", "a year earlier").
_DIFFERENT_AFTER = lazyre.compile(
    r"\b(?:more|extra|additional|in total|total|so far|to date|combined|each|apiece|per|"
    r"earlier|before|previously|last|next|ago|"
    r"in (?:19|20)\d\d|tranche|instal?lments?|initially|at first)\b",
    re.I,
)
# Words that make a figure a part of the whole ("another $4 billion", "its
# initial $1.25 billion"): neither its hedge nor its value speaks for the whole.
TRANCHE = lazyre.compile(
    r"\b(?:another|additional|further|extra|initial(?:ly)?|(?:first|second)(?![- ](?:quarter|half))|remaining|rest|total|"
    r"tranche|instal?lments?|bringing|so far|to date|combined|cumulative)\b",
    re.I,
)
_HEDGE_PHRASE = lazyre.compile(r"\b(?:more than|no more than|less than|up to|as much as)\b", re.I)
_YEARISH = lazyre.compile(
    r"\b(?:19|20)\d\d\b|\b(?:last|this|next|a|the previous|the following) year\b|\byears? (?:ago|earlier|later)\b"
    r"|\bin (?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|\b(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:yesterday|today|last week|last month)\b",
    re.I,
)


def _time_markers(text: str) -> frozenset[str]:
    return frozenset(m.group(0).lower() for m in _YEARISH.finditer(text))


def _phrase(text: str, start: int, end: int) -> str:
    """The figure with up to three words before it (to show its hedge)."""
    words = text[:start].split()[-3:]
    return " ".join([*words, text[start:end]]).strip()


_SAID = lazyre.compile(
    r"(?P<who>(?:[A-Z][\w-]*\s+){0,3}[A-Za-z][\w-]*)(?:\s+(?:also|has|had|have|later|then|now))?\s+(?:said|says|estimated?|estimates|reported|reports|told|put\s+(?:the|its|their)\b)"
    r"|\b(?:according to|citing)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}?(?P<who2>[A-Z][\w-]*|officials|analysts|police|authorities)",
)
_NOT_SOURCE = frozenset(
    {"it", "he", "she", "they", "we", "i", "and", "which", "who", "that", "company", "firm"}
)


def sources(text: str) -> set[str]:
    """Who a sentence attributes its figures to ("the UN said", "according to Reuters").

    Pronouns and 'the company' refer back to the subject and are not a source.
    """
    out = set()
    for m in _SAID.finditer(text):
        who = (m.group("who") or m.group("who2") or "").split()[0].lower()
        if who and who not in _NOT_SOURCE:
            out.add(who.rstrip("s") if who.endswith(("ysts", "ials")) else who)
    return out


def _other_places(an: Analysis, a: Figure, b: Figure) -> bool:
    """Both sentences name places or parties beyond the subject, and none in common
    ("cut 3,800 jobs in Europe" / "In Germany, Ford will cut 2,300 jobs")."""
    subject = {a.actor, b.actor}
    ea = set(an.entities[a.sentence]) - subject
    eb = set(an.entities[b.sentence]) - subject
    return bool(ea and eb and not ea & eb)


def _around(text: str, start: int, end: int) -> str:
    """The words that date a figure: 60 characters before it, 25 after."""
    return text[max(0, start - 60) : end + 25]


def _times_differ(a: str, b: str) -> bool:
    """Both sentences are dated and the dates differ, or only one names a year."""
    ta, tb = _time_markers(a), _time_markers(b)
    if ta and tb:
        return ta != tb
    return bool(_YEAR_ONLY.search(a)) != bool(_YEAR_ONLY.search(b))


_YEAR_ONLY = lazyre.compile(r"\b(?:19|20)\d\d\b")


def different_fact(
    text: str, start: int = 0, end: int | None = None, measure_words: frozenset[str] = frozenset()
) -> bool:
    """Whether the words around a figure (within ~50 characters) mark a different fact."""
    end = len(text) if end is None else end
    before = _HEDGE_PHRASE.sub(" ", text[max(0, start - 50) : start])
    after = _HEDGE_PHRASE.sub(" ", text[end : end + 30])
    if any(w.lower() not in measure_words for w in _DIFFERENT_FACT.findall(before)):
        return True
    return bool(_DIFFERENT_AFTER.search(after))


# Change words that are the measure itself for job cuts ("cut 500 jobs").
_CUT_WORDS = frozenset({"cut", "reduced"})


def interval(fig: Figure | Any) -> tuple[float, float]:
    """The values a figure allows, given its hedge and written precision."""
    lo, hi = fig.value - fig.precision, fig.hi + fig.precision
    if fig.hedge == "upto":
        return 0.0, hi
    if fig.hedge == "under":
        return fig.value * 0.8, hi
    if fig.hedge == "over":
        return lo, float("inf")
    if fig.hedge == "about":
        return fig.value * 0.85, fig.hi * 1.15
    return lo, hi


def compatible(a: Figure | Any, b: Figure | Any) -> bool:
    """Whether two figures' allowed values overlap."""
    (alo, ahi), (blo, bhi) = interval(a), interval(b)
    return alo <= bhi and blo <= ahi


_CONFLICTING_HEDGES = ({"upto", ""}, {"under", "over"}, {"upto", "over"})


def hedges_conflict(a: str, b: str) -> bool:
    return {a, b} in _CONFLICTING_HEDGES


# One transaction is often called by several names: "invest up to $4 billion",
# "the $4 billion deal", "its commitment".
_DEAL_FAMILY = frozenset({"investment", "deal", "commitment"})


def same_deal(a: Figure, b: Figure) -> bool:
    """Two money figures naming one transaction by different nouns, one mention
    naming only some of the parties ("Amazon's $4 billion investment in Anthropic"
    / "the $5 billion deal gives Amazon a stake")."""
    if a.kind != "money" or a.unit != b.unit or a.period or b.period:
        return False
    if a.measure == b.measure or a.measure not in _DEAL_FAMILY or b.measure not in _DEAL_FAMILY:
        return False
    ea, eb = {a.actor, a.target} - {""}, {b.actor, b.target} - {""}
    if not ea or not eb:
        return False
    # The shorter mention must keep the payer: "the deal gives Amazon", not "Anthropic raised".
    full, part = (a, eb) if eb <= ea else (b, ea) if ea <= eb else (None, set())
    return bool(full and full.actor and full.actor in part)


# Tolls of one event: restated without the place or party they belong to.
_TOLLS = frozenset({"killed", "injured", "destroyed"})


def same_subject(a: Figure, b: Figure, strong: bool) -> bool:
    """Whether two figures describe the same measure of the same subject."""
    if not a.measure or a.measure != b.measure or a.unit != b.unit or a.period != b.period:
        return False
    if strong:
        # The same named parties, in the same roles where both mentions name a role.
        ea, eb = {a.actor, a.target} - {""}, {b.actor, b.target} - {""}
        if a.period and (not ea or not eb):
            return True  # a rate restated without its payer ("$66 million a week")
        if a.kind == "count" and a.measure in _TOLLS and not (ea and eb):
            return True  # a toll is usually restated without its place ("the blast, which killed")
        if a.kind == "count" and a.actor and a.actor == b.actor and (not a.target or not b.target):
            return (
                True  # "cut 500 jobs in Ohio" / "cut 700 jobs at Meridian" (callers check places)
            )
        if not ea or ea != eb:
            return False
        return not (a.actor and b.actor and a.actor != b.actor and len(ea) > 1)
    if a.actor and b.actor and a.actor != b.actor:
        return False
    if a.target and b.target and a.target != b.target:
        return False
    if (
        a.kind == "count"
        and a.measure in _TOLLS
        and not ({a.actor, a.target, b.actor, b.target} - {""})
    ):
        return True  # "nearly 200 homes destroyed" / "the fire destroyed more than 200 homes"
    # Roles may swap between mentions ("fined Tidewell" / "Tidewell's fine").
    return bool({a.actor, a.target} & {b.actor, b.target} - {""})


def subject(f: Figure) -> str:
    """'Amazon's investment in Anthropic', 'the cost to Ridgeway' (for messages)."""
    if f.measure in ("killed", "injured"):
        return f"the number of people {f.measure}"
    if f.measure == "destroyed":
        return "the number of buildings destroyed"
    if f.kind == "count":
        return f"{f.actor.title()}'s {f.measure}" if f.actor else f"the {f.measure}"
    if f.actor and f.target:
        return f"{f.actor.title()}'s {f.measure} in {f.target.title()}"
    if f.actor:
        return f"{f.actor.title()}'s {f.measure}"
    if f.target:
        return f"the {f.measure} ({f.target.title()})"
    return f"the {f.measure}"


class _Base(Check):
    """Shared helpers: locating spans, line numbers, sentence iteration."""

    @staticmethod
    def span(s: SentenceInfo, start: int, end: int) -> tuple[int, int]:
        return s.block.source_span(start, end)

    @staticmethod
    def finding(
        rule_id: str,
        s: SentenceInfo,
        m: re.Match[str],
        message: str,
        related: tuple[tuple[str, int, int], ...] = (),
    ) -> Finding:
        """A finding over match `m` of sentence `s`'s text, mapped back to the source."""
        start, end = s.block.source_span(s.start + m.start(), s.start + m.end())
        return Finding(rule_id, start, end, message, related=related)

    @staticmethod
    def line_of(doc: Document, s: SentenceInfo, start: int) -> int:
        return doc.lines.position(s.block.source_span(start, start + 1)[0])[0]

    @staticmethod
    def pub(doc: Document, ctx: Context) -> date | None:
        return analyse(doc, ctx.option("publication-date")).pubdate


# ---------------------------------------------------------------- NL301 / NL302


_NP_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "to",
        "at",
        "by",
        "on",
        "from",
        "with",
        "as",
        "than",
        "that",
        "which",
        "who",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "has",
        "have",
        "had",
        "it",
        "its",
        "their",
        "his",
        "her",
        "this",
        "these",
        "those",
        "more",
        "less",
        "other",
        "over",
        "under",
        "about",
        "after",
        "before",
        "during",
        "since",
        "per",
        "each",
        "all",
        "across",
        "into",
        "between",
        "among",
        "up",
        "down",
        "out",
        "said",
        "because",
        "while",
        "when",
        "where",
        "if",
        "so",
        "not",
        "no",
        "only",
        "just",
        "also",
        "still",
        "even",
        "ever",
        "then",
        "there",
        "here",
        "what",
        "how",
        "why",
        "they",
        "we",
        "you",
        "i",
        "says",
    ]
)


def _stem(word: str) -> str:
    word = word.lower().strip("'’-")
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


_ASCII_DIGIT = lazyre.compile(r"[0-9]")


_UNIT_ADJECTIVE = lazyre.compile(r"[\d,.]+-(?!million|billion|thousand|strong|member)([a-z]+)\b")


# "paying a variable rate of 6.00 per cent": a level, not the change of the pair after it.
_RATE_LEVEL = lazyre.compile(
    r"\b(?:rate|yield|interest|coupon|APR|tax|level)\s+(?:of|at)(?:\s+about|\s+around)?\s*$",
    re.I,
)


def _inside(p: re.Match[str], m: re.Match[str], offset: int) -> bool:
    return m.start() <= p.start() + offset < m.end()


def _half_unit(num: str) -> float:
    """Half a unit of the last written digit of '4.86' (0.005) or '12' (0.5)."""
    return 0.5 * 10.0 ** -(len(num.split(".")[1]) if "." in num else 0)


def _last_digit_unit(value: float) -> float:
    """10,000 for 60,000; 1,000 for 58,000; 100 for 58,300 (at least 1)."""
    unit = 1.0
    v = round(value)
    while v and v % 10 == 0:
        v //= 10
        unit *= 10
    return unit
