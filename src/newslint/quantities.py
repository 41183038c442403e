# ruff: noqa: E501  (long regular expressions read better unbroken)
"""Quantity extraction and normalisation for the inconsistent-figures family (NL3xx).

Checks that compare figures need them in one shape: a value in base units, the
precision it was written with (so arithmetic tolerates rounding), the hedge that
qualifies it ("up to", "about", "more than"), and what it measures: a measure noun
("investment", "revenue") plus the entities around it (the actor, "Amazon", and
the target, "Anthropic", of "Amazon's $4 billion investment in Anthropic").

Everything is regex and token work on sentence text, compiled once at import.
`analyse(doc)` does the work once per document and caches it, so the within-file
checks (the checks/figures package) and the cross-file ledger (ledger.py) share one pass.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from typing import Any

import re2

from newslint import lazyre
from newslint.document import Block, Document
from newslint.regexset import PatternSet

# ---------------------------------------------------------------- number words

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1,
}  # fmt: skip
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "seventy-fifth": 75, "hundredth": 100,
}  # fmt: skip
FRACTIONS = {
    "half": 0.5, "a half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3,
    "one-third": 1 / 3, "two thirds": 2 / 3, "two-thirds": 2 / 3, "a quarter": 0.25,
    "one quarter": 0.25, "one-quarter": 0.25, "three quarters": 0.75, "three-quarters": 0.75,
    "a fifth": 0.2, "one-fifth": 0.2, "two-fifths": 0.4, "three-fifths": 0.6,
    "four-fifths": 0.8, "a tenth": 0.1,
}  # fmt: skip
MULTIPLIERS = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}
SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
}  # fmt: skip
CURRENCY_SYMBOLS = {
    "$": "USD", "us$": "USD", "c$": "CAD", "a$": "AUD", "nz$": "NZD", "hk$": "HKD",
    "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW",
}  # fmt: skip
CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP",
    "yen": "JPY", "yuan": "CNY", "rupees": "INR", "francs": "CHF",
    # West Africa's franc, also as a modifier: "the 12 billion CFA franc offer".
    "cfa francs": "XOF", "cfa franc": "XOF",
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

_NUMWORD = "|".join(
    sorted((k for k in UNITS if k not in ("a", "an", "zero")), key=len, reverse=True)
)
NUMBER_WORDS = frozenset(_NUMWORD.split("|"))
NUMBER_RE = (
    rf"(?:\d+(?:\.\d+)?|(?:{_NUMWORD})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)"
)
_WEEKDAY_RE = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?"
_MONTH_RE = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)


def _fraction_key(words: str) -> str:
    """One spelling of a share in words: lower case, single spaces, no hyphens, 'one'
    as 'a' ('One-Quarter' and 'a  quarter' -> 'a quarter')."""
    key = " ".join(words.lower().replace("-", " ").split())
    return "a " + key[4:] if key.startswith("one ") else key


_FRACTION_VALUES = {_fraction_key(k): v for k, v in FRACTIONS.items()}


def fraction_value(words: str) -> float | None:
    """The value of a share in words ('a third' 1/3, 'two-thirds' 2/3), None if unknown."""
    return _FRACTION_VALUES.get(_fraction_key(words))


def number_value(token: str) -> float | None:
    """'12', '12.5', 'two', 'twenty-five', 'a' -> number; None when not a number."""
    t = token.lower().replace(",", "").strip()
    try:
        return float(t)
    except ValueError:
        pass
    parts = re.split(r"[- ]", t)
    if all(p in UNITS for p in parts) and parts:
        return float(sum(UNITS[p] for p in parts))
    return None


def ordinal_value(token: str) -> int | None:
    """'fifth', '5th', 'twenty-fifth' -> 5, 5, 25."""
    t = token.lower()
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", t)
    if m:
        return int(m.group(1))
    return ORDINALS.get(t)


# ---------------------------------------------------------------- hedges

# Hedge classes: "upto" (a cap), "under" (just below: nearly, almost, less than),
# "over" (more than, at least), "about" (approximate), "" (stated flat).
_HEDGES = [
    ("upto", r"up to|as much as|as many as|as high as|at most|no more than|a maximum of|capped at"),
    ("under", r"nearly|almost|less than|fewer than|under|just under|below|shy of|close to"),
    ("over", r"more than|over|at least|upwards of|in excess of|above|north of|just over|exceeding|topping"),
    ("about", r"about|approximately|roughly|around|some|an estimated|estimated|circa|~|approx\.|nearly about"),
]  # fmt: skip
_HEDGE_BEFORE = lazyre.compile(
    r"(?:(?<![\w-])|^|(?<=~))("
    + "|".join(f"(?P<{n}>{p})" for n, p in _HEDGES)
    + r")\s*(?:a |an |the )?$",
    re.I,
)
_HEDGE_AFTER = lazyre.compile(r"^(?:-plus\b|\+|\s+or (?:more|so)\b|\s+plus\b)", re.I)


# Any hedge word, lower case: the words alone, without _HEDGE_BEFORE's lookbehinds and
# re.I (which make `re` try every position slowly), scan a window several times faster.
_HEDGE_WORD = lazyre.compile("|".join(p for _, p in _HEDGES))


def _may_hedge(window: str) -> bool:
    """False only when _HEDGE_BEFORE cannot match: on ASCII text, where lower-casing
    is what re.I does, a match holds a hedge word."""
    return not window.isascii() or _HEDGE_WORD.search(window.lower()) is not None


def hedge_at(text: str, start: int, end: int) -> str:
    """The hedge class qualifying the figure text[start:end] ('' when none)."""
    window = text[max(0, start - 24) : start]
    m = _HEDGE_BEFORE.search(window) if _may_hedge(window) else None
    if m:
        return next(n for n, _ in _HEDGES if m.group(n))
    after = _HEDGE_AFTER.match(text[end : end + 10])
    if after:
        return "about" if "so" in after.group(0) else "over"
    return ""


HEDGE_WORDS = {
    "upto": "up to",
    "under": "nearly/less than",
    "over": "more than",
    "about": "about",
    "": "no hedge",
}

# ---------------------------------------------------------------- money and other figures

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"trillion|billion|million|thousand|tn|trn|bn|bln|mn|mln|b|m|k"
MONEY = lazyre.compile(
    rf"(?<![\w$€£¥])(?P<cur>US\$|C\$|A\$|NZ\$|HK\$|\$|€|£|¥|₹|₩)\s?(?P<num>{_NUM})"
    rf"(?:\s?-?\s?(?P<hi>{_NUM}))?"
    rf"(?:[\s-]?(?P<scale>{_SCALE})\b)?"
    rf"|(?<![\w.])(?P<num2>{_NUM})(?:[\s-](?P<scale2>trillion|billion|million|thousand))?\s(?P<curw>dollars|euros|pounds|yen|yuan|rupees|francs|CFA francs?)\b",
    re.I,
)
MONEY_RANGE = lazyre.compile(
    rf"(?:between\s+)?(?P<a>[$€£]\s?(?:{_NUM})(?:[\s-]?(?:{_SCALE})\b)?)\s*(?:-|–|to|and)\s*(?P<b>[$€£]\s?(?:{_NUM})(?:[\s-]?(?:{_SCALE})\b)?)",
    re.I,
)
PERCENT = lazyre.compile(rf"(?<![\w.])(?P<num>{_NUM}|{NUMBER_RE})\s?(?:%|per ?cent\b|pct\b)", re.I)
YEAR = lazyre.compile(r"(?<![\w$€£.,])(1[89]\d\d|20\d\d)(?![\w%]|,\d)")

# ---------------------------------------------------------------- measures in two units

# Physical units a story converts ("1,800 hectares (about 18 square kilometres)"): the
# dimension and the size of one unit in the dimension's base unit. Units whose size
# depends on the country (gallons, tons) are left out: either conversion may be right.
MEASURE_UNITS: dict[str, tuple[str, float]] = {
    "hectare": ("area", 1e4), "ha": ("area", 1e4), "acre": ("area", 4046.86),
    "square kilometre": ("area", 1e6), "square kilometer": ("area", 1e6),
    "sq km": ("area", 1e6), "km2": ("area", 1e6), "km²": ("area", 1e6),
    "square mile": ("area", 2.58999e6), "sq mile": ("area", 2.58999e6),
    "sq mi": ("area", 2.58999e6), "square metre": ("area", 1.0),
    "square meter": ("area", 1.0), "sq m": ("area", 1.0), "m2": ("area", 1.0),
    "m²": ("area", 1.0), "square feet": ("area", 0.092903), "square foot": ("area", 0.092903),
    "sq ft": ("area", 0.092903),
    "kilometre": ("length", 1000.0), "kilometer": ("length", 1000.0), "km": ("length", 1000.0),
    "mile": ("length", 1609.34), "metre": ("length", 1.0), "meter": ("length", 1.0),
    "m": ("length", 1.0), "foot": ("length", 0.3048), "feet": ("length", 0.3048),
    "ft": ("length", 0.3048), "yard": ("length", 0.9144), "centimetre": ("length", 0.01),
    "centimeter": ("length", 0.01), "cm": ("length", 0.01), "inch": ("length", 0.0254),
    "inches": ("length", 0.0254), "millimetre": ("length", 0.001),
    "millimeter": ("length", 0.001), "mm": ("length", 0.001),
    "kilogram": ("mass", 1.0), "kg": ("mass", 1.0), "pound": ("mass", 0.453592),
    "lb": ("mass", 0.453592), "lbs": ("mass", 0.453592), "tonne": ("mass", 1000.0),
    "stone": ("mass", 6.35029), "ounce": ("mass", 0.0283495), "oz": ("mass", 0.0283495),
    "litre": ("volume", 1.0), "liter": ("volume", 1.0),
    "km/h": ("speed", 1 / 3.6), "kph": ("speed", 1 / 3.6), "kmh": ("speed", 1 / 3.6),
    "mph": ("speed", 0.44704), "miles per hour": ("speed", 0.44704),
    "kilometres per hour": ("speed", 1 / 3.6), "kilometers per hour": ("speed", 1 / 3.6),
}  # fmt: skip
_UNIT_RE = "|".join(
    re.escape(u).replace(r"\ ", r"\s+") for u in sorted(MEASURE_UNITS, key=len, reverse=True)
)
# "1,800 hectares (about 45 square kilometres)", "100 miles, or 160km": one measure
# given in two units, the second a conversion of the first.
CONVERSION = lazyre.compile(
    rf"(?<![\w.,$€£¥₹])(?P<n1>{_NUM})(?:\s?(?P<s1>million|thousand)\b)?(?:(?P<j1>-)|\s?)(?P<u1>(?:{_UNIT_RE})(?:e?s)?)\b"
    # "the 40-hectare terminal (about 40 acres)": one noun may sit between a unit
    # joined to its figure and the bracket that converts it.
    rf"(?(j1)(?:\s+[a-z]+)?)"
    rf"(?:\s*\(\s*|,?\s+or\s+)"
    rf"(?P<hedge>about|around|roughly|some|approximately|nearly|almost|just over|just under|more than|over)?\s*"
    rf"(?P<n2>{_NUM})(?:\s?(?P<s2>million|thousand)\b)?[\s-]?(?P<u2>(?:{_UNIT_RE})(?:e?s)?)\b",
    re.I,
)


def _unit_size(word: str) -> tuple[str, float] | None:
    key = re.sub(r"\s+", " ", word.lower())
    return MEASURE_UNITS.get(key) or MEASURE_UNITS.get(key.rstrip("s"))


def conversion_gap(m: re.Match[str]) -> tuple[float, float] | None:
    """For a CONVERSION match, how many times larger the second measure is than the
    first converted to its unit (1.0 when rounding explains the gap), and that
    converted value; None when the units measure different things or are one unit."""
    a, b = _unit_size(m.group("u1")), _unit_size(m.group("u2"))
    if not a or not b or a[0] != b[0] or a[1] == b[1]:
        return None
    v1, _ = parse_amount(m.group("n1"), m.group("s1"))
    v2, _ = parse_amount(m.group("n2"), m.group("s2"))
    if v1 <= 0 or v2 <= 0:
        return None
    # Both figures are rounded: the ratio only counts beyond what rounding allows.
    _, p1 = parse_amount(m.group("n1"), m.group("s1"))
    _, p2 = parse_amount(m.group("n2"), m.group("s2"))
    want = v1 * a[1] / b[1]
    lo, hi = (v1 - p1) * a[1] / b[1], (v1 + p1) * a[1] / b[1]
    if v2 + p2 >= lo and v2 - p2 <= hi:
        return 1.0, want
    return v2 / want, want


# "52C (about 126F)", "-5°C, or 23°F": a temperature in two scales. Celsius and
# Fahrenheit differ by an offset as well as a factor, so the gap is read in degrees,
# not as a ratio.
TEMPERATURE_PAIR = lazyre.compile(
    r"(?<![\w.,])(?P<n1>[-−]?\d{1,4}(?:\.\d+)?)\s?(?:°\s?|degrees?\s+)?(?P<u1>C|F|Celsius|Fahrenheit)\b"
    r"(?:\s*\(\s*|,?\s+or\s+)"
    r"(?P<hedge>about|around|roughly|some|approximately|nearly|almost|over|more than)?\s*"
    r"(?P<n2>[-−]?\d{1,4}(?:\.\d+)?)\s?(?:°\s?|degrees?\s+)?(?P<u2>C|F|Celsius|Fahrenheit)\b"
)


def temperature_gap(m: re.Match[str]) -> tuple[float, float] | None:
    """For a TEMPERATURE_PAIR match, the second reading and the first converted to its
    scale, when they differ by more than the rounding of both (and a hedge) allows;
    None when they agree or both readings are on one scale."""
    u1, u2 = m.group("u1")[0], m.group("u2")[0]
    if u1 == u2:
        return None
    (n1, half1), (n2, half2) = (
        parse_amount(m.group(g).replace("−", "-"), None) for g in ("n1", "n2")
    )
    want = n1 * 9 / 5 + 32 if u1 == "C" else (n1 - 32) * 5 / 9
    # The rounding of each reading (half a unit of its last digit), the first's
    # scaled to the second's degrees.
    slack = half1 * (9 / 5 if u1 == "C" else 5 / 9) + half2
    if m.group("hedge"):
        slack += 2.0
    return None if abs(n2 - want) <= slack + 0.05 else (n2, want)


PERIODS = {
    "week": "week", "weekly": "week", "year": "year", "annually": "year", "annual": "year",
    "yearly": "year", "month": "month", "monthly": "month", "quarter": "quarter",
    "quarterly": "quarter", "day": "day", "daily": "day", "hour": "hour",
}  # fmt: skip
_PERIOD_AFTER = lazyre.compile(
    r"^\s*(?:a|an|per|each|every)\s+(week|year|month|quarter|day|hour)\b(?!\s+(?:earlier|ago|before|later|after))|^\s+(weekly|annually|monthly|quarterly|daily|yearly)\b"
    r"|^\s+in\s+(?:annual|yearly|quarterly|monthly|weekly)\b",
    re.I,
)
_IN_ANNUAL = lazyre.compile(r"^\s+in\s+(?:annual|yearly)", re.I)
_PERIOD_BEFORE = lazyre.compile(
    r"\b(annual|yearly|quarterly|monthly|weekly|daily)\s+(?:[a-z-]+\s+){0,2}?(?:of\s+)?$", re.I
)


_PERIOD_TAGS = (
    ("quarter", re.compile(r"\b(?:quarter|quarterly|three months)\b", re.I)),
    (
        "year",
        re.compile(r"\b(?:full[- ]year|annual|annually|for the year|fiscal year|yearly)\b", re.I),
    ),
    ("half", re.compile(r"\b(?:first half|second half|half[- ]year|six months)\b", re.I)),
)


def period_tag(window: str) -> str:
    """The reporting period a figure's words name: a quarter's, a year's or a half's
    amount are different facts. Several periods at once make it unique ("mixed")."""
    tags = [name for name, rx in _PERIOD_TAGS if rx.search(window)]
    if len(tags) > 1:
        return "mixed:" + window[:20]
    return tags[0] if tags else ""


@dataclass(slots=True)
class Figure:
    """One figure in a sentence (money, a count, a stake), normalised."""

    kind: str  # "money", "count" or "percent" (stakes)
    value: float  # base units (dollars, people)
    hi: float  # equal to value unless a range "$3-4 billion"
    unit: str  # currency code or count noun
    precision: float  # half a unit of the last written digit
    hedge: str
    period: str  # "week", "year" ... for rates, else ""
    start: int  # block coordinates
    end: int
    text: str
    measure: str = ""
    actor: str = ""
    target: str = ""
    sentence: int = 0  # index into Analysis.sentences


def _scale(word: str | None) -> float:
    return SCALES.get((word or "").lower(), 1.0)


def parse_amount(num: str, scale: str | None) -> tuple[float, float]:
    """(value, precision) of a written amount like '4' 'billion' or '2.5' 'm'."""
    clean = num.replace(",", "")
    decimals = len(clean.split(".")[1]) if "." in clean else 0
    factor = _scale(scale)
    value = float(clean) * factor
    if factor == 1.0 and not decimals and "," in num:
        return value, 0.5
    # Half a unit of the last digit, but writers keep two significant digits:
    # "$1 billion" is not a rounded $1.4 billion (that is written "$1.4 billion").
    half = 0.5 * factor * 10.0**-decimals
    return value, min(half, max(0.05 * value, 0.5)) if factor > 1.0 else half


# Every MONEY and MONEY_RANGE match holds a currency sign or a currency word.
_CURRENCY_SIGNS = frozenset("$€£¥₹₩")
_CURRENCY_WORDS = ("dollars", "euros", "pounds", "yen", "yuan", "rupees", "francs", "cfa franc")


def _may_hold_money(text: str) -> bool:
    """Exact prefilter for MONEY (re.I): on ASCII text lower-casing is what re.I does."""
    if not _CURRENCY_SIGNS.isdisjoint(text) or not text.isascii():
        return True
    low = text.lower()
    return any(w in low for w in _CURRENCY_WORDS)


def money_figures(text: str) -> list[Figure]:
    """Money amounts in one sentence, with hedges and rate periods."""
    out: list[Figure] = []
    if not _may_hold_money(text):
        return out
    for m in MONEY.finditer(text):
        if m.group("cur"):
            cur = CURRENCY_SYMBOLS[m.group("cur").lower()]
            num, scale = m.group("num"), m.group("scale")
            if scale and scale.lower() in ("m", "b", "k") and m.group(0)[-1:].isspace():
                scale = None
        else:
            cur = CURRENCY_WORDS[m.group("curw").lower()]
            num, scale = m.group("num2"), m.group("scale2")
        value, prec = parse_amount(num, scale)
        hi = value
        if m.group("cur") and m.group("hi"):
            hi, _ = parse_amount(m.group("hi"), scale)
            if hi <= value:
                hi = value
        period = ""
        pm = _PERIOD_AFTER.match(text[m.end() : m.end() + 24])
        if pm:
            period = (
                PERIODS[next(g for g in pm.groups() if g).lower()] if any(pm.groups()) else "year"
            )
        elif _IN_ANNUAL.match(text[m.end() : m.end() + 20]):
            period = "year"
        else:
            pb = _PERIOD_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
            if pb:
                period = PERIODS[pb.group(1).lower()]
        if not period:
            period = period_tag(text[max(0, m.start() - 60) : m.end() + 30])
        out.append(
            Figure(
                kind="money",
                value=value,
                hi=hi,
                unit=cur,
                precision=prec,
                hedge=hedge_at(text, m.start(), m.end()),
                period=period,
                start=m.start(),
                end=m.end(),
                text=m.group(0).strip(),
            )
        )
    # "$3 billion to $4 billion": fold into one range figure (it takes two figures).
    for rm in MONEY_RANGE.finditer(text) if len(out) > 1 else ():
        inside = [f for f in out if rm.start() <= f.start < rm.end()]
        if len(inside) == 2 and inside[0].unit == inside[1].unit:
            a, b = inside
            a.hi, a.end, a.text = max(a.value, b.value), b.end, text[a.start : b.end]
            out.remove(b)
    return out


_COUNT_NOUNS = (
    r"people|persons|employees|workers|staff|jobs|deaths|dead|victims|passengers|residents|"
    r"soldiers|civilians|children|students|patients|injured|wounded|troops|miners|migrants|"
    r"homes|houses|buildings|positions|roles"
)
COUNT = lazyre.compile(
    rf"(?<![\w$€£.,])(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:\s(?:million|thousand))?|{NUMBER_RE})"
    rf"(?:\s+(?!(?:more|other|new|additional|extra|fewer|of|in|and|or)\b)[a-z-]+)?\s+(?P<noun>{_COUNT_NOUNS})\b",
    re.I,
)
_CASUALTY = lazyre.compile(
    r"\b(?P<killed>killed|killing|dead|died|deaths?|death toll|lives|fatalities|perished)\b"
    r"|\b(?P<injured>injured|injuring|wounded|wounding|hurt|injuries)\b",
    re.I,
)
_WORKFORCE = lazyre.compile(
    r"\b(?P<cuts>cut|cuts|cutting|axe|axing|axed|lay off|laid off|layoffs|redundan\w*|eliminat\w*|shed\w*)\b"
    r"|\b(?P<employs>employs|employed|employing|workforce|headcount|staff of|employees)\b",
    re.I,
)
_DAMAGE = lazyre.compile(r"\b(?:destroy\w*|damag\w*|burn\w*|flood\w*|demolish\w*|razed)\b", re.I)
COUNT_HINT = lazyre.compile(
    r"killed|dead|died|death|injur|wound|hurt|fatal|employ|workforce|staff|jobs|lay|laid|redundan|axe|cut|"
    r"destroy|damag|burn|flood|demolish|razed",
    re.I,
)
STAKE = lazyre.compile(
    rf"(?<![\w.])(?P<num>{_NUM})\s?(?:%|per ?cent\b)\s+(?:stake|interest|holding|share(?:holding)?)\b"
    rf"|\b(?:owns?|owned|holds?|held|controls?)\s+(?:a\s+|about\s+|roughly\s+|nearly\s+|more than\s+)?(?P<num2>{_NUM})\s?(?:%|per ?cent\b)\s+of\b",
    re.I,
)


def count_figures(text: str) -> list[Figure]:
    """Counts whose measure is unambiguous: casualties and workforce (jobs cut, staff)."""
    out: list[Figure] = []
    for m in COUNT.finditer(text):
        raw = m.group("num")
        if re.fullmatch(r"(?:1[89]|20)\d\d", raw):
            continue  # a year
        parts = raw.split()
        if parts[0][0].isdigit():
            value, prec = parse_amount(parts[0], parts[1] if len(parts) > 1 else None)
        else:
            n = number_value(raw)
            if n is None:
                continue
            value, prec = n, 0.5
        noun = m.group("noun").lower()
        clause = text[max(0, m.start() - 60) : m.end() + 40]
        measure = ""
        at = m.start() - max(0, m.start() - 60)
        found = list(_CASUALTY.finditer(clause))
        # "killing at least 126 people and injuring 400": a verb before the number
        # governs it; one after it ("and injuring") starts the next clause.
        before = [c for c in found if c.end() <= at and at - c.end() <= 30]
        near = before[-1:] or sorted(found, key=lambda c: abs(c.start() - at))
        cas = near[0] if near else None
        if noun in ("homes", "houses", "buildings"):
            if _DAMAGE.search(clause):
                measure = "destroyed"
        elif noun in ("injured", "wounded"):
            measure = "injured"
        elif noun in ("deaths", "dead"):
            measure = "killed"
        elif cas:
            measure = "killed" if cas.group("killed") else "injured"
        else:
            wf = _WORKFORCE.search(clause)
            if wf and noun in (
                "jobs",
                "employees",
                "workers",
                "staff",
                "positions",
                "roles",
                "people",
            ):
                measure = "job cuts" if wf.group("cuts") else "workforce"
        if not measure:
            continue
        out.append(
            Figure(
                kind="count",
                value=value,
                hi=value,
                unit="count",
                precision=prec,
                hedge=hedge_at(text, m.start(), m.end()),
                period="",
                start=m.start(),
                end=m.end(),
                text=m.group(0).strip(),
                measure=measure,
            )
        )
    return out


def stake_figures(text: str) -> list[Figure]:
    """Ownership shares: 'a 17% stake in X', 'owns 8% of X'."""
    out = []
    for m in STAKE.finditer(text):
        key = "num" if m.group("num") else "num2"
        value, prec = parse_amount(m.group(key), None)
        start = m.start(key)
        end = m.end(key) + len(re.match(r"\s?(?:%|per ?cent)", text[m.end(key) :], re.I).group(0))
        hedge = hedge_at(text, start, end)
        out.append(
            Figure(
                "percent", value, value, "%", prec, hedge, "", start, end, text[start:end], "stake"
            )
        )
    return out


# ---------------------------------------------------------------- entities and measures

_TOKEN = lazyre.compile(r"[A-Za-z0-9][\w&.'’-]*[\w]|[A-Za-z0-9]|[^\w\s]")
_PAREN = lazyre.compile(r"\([^()]{0,60}\)")
COMMON_CAPS = frozenset(
    """
    the a an and but or so if in on at for of to by with from as this that these those it
    its he she they we i you his her their our my your there here when while after before
    since during however meanwhile also still now then yet both each every some many most
    more such according under over about what why how who which where mr mrs ms dr sen rep
    gov president ceo chief executive officer chairman founder co-founder director
    spokesperson spokesman spokeswoman analyst analysts minister secretary senator officials
    official company firm group news report reports read more photo image update updated
    published posted editor inc corp corp. co ltd llc plc new ai last next first second
    third one two three four five today yesterday tomorrow said says will would could should
    can may might must not no yes all any other another under-the per via vs just only even
    nearly about up out investors experts sources police shares stocks revenue sales profit
    profits quarter strategic nation country world city state government industry market
    week month year its
    """.split()  # noqa: SIM905
)
MEASURES = {
    "investment": "invest invests invested investing investment investments reinvest",
    "funding": "funding raised raise raises raising financing round",
    "deal": "acquire acquires acquired acquiring acquisition buy buys bought buying purchase purchased takeover merger deal pay pays paid paying",
    "stake": "stake",
    "revenue": "revenue revenues sales turnover",
    "profit": "profit profits earnings",
    "loss": "loss losses lost losing",
    "valuation": "valuation valued valuing",
    "cost": "cost costs costing",
    "fine": "fine fined penalty penalties settlement settle settled",
    "spending": "spend spends spending spent budget",
    "salary": "salary compensation wage wages bonus",
    "price": "price priced",
    "commitment": "commitment commit commits committed pledge pledged pledging",
    "debt": "debt loan loans borrow borrowed",
    "grant": "grant grants aid donation donated donate",
}  # fmt: skip
MEASURE_OF = {w: m for m, ws in MEASURES.items() for w in ws.split()}
# Nouns a money figure can qualify directly: "a $5 billion factory".
ATTRIBUTIVE = frozenset(
    """factory plant facility project stadium bridge contract package bill budget bailout
    loan fund program programme order settlement bid offer award deal acquisition merger
    takeover investment stake fine penalty loss profit round valuation campus expansion
    upgrade tunnel railway pipeline grant donation salary bonus lawsuit claim judgment
    verdict purchase sale buyout""".split()  # noqa: SIM905
)
# Deal-like measures: the ones a "terms were not disclosed" statement is about.
DEAL_MEASURES = frozenset(
    {
        "investment",
        "funding",
        "deal",
        "stake",
        "commitment",
        "valuation",
        "payment",
        "grant",
    }
)
_TARGET_PREPS = frozenset({"in", "into", "for", "of", "to"})
_REPORTING = frozenset(
    {"said", "says", "say", "told", "according", "reported", "estimated", "estimate", "believe"}
)


@lru_cache(maxsize=8192)
def _canon(token: str) -> str:
    """'Amazon's' -> 'amazon', 'Corp.' -> 'corp'."""
    if token.endswith(("'s", "’s")):
        token = token[:-2]
    elif token.endswith(("'", "’")):
        token = token[:-1]
    return token.rstrip(".").lower()


_DESCRIPTOR = lazyre.compile(r"-[a-z]")
# "RM3.2", "R4.5", "Rs2,300", "KSh400": an amount in a currency written as a prefix,
# not a name ("G7", "F1", the "R101" road and "N95" masks are names).
_AMOUNT_TOKEN = lazyre.compile(r"(?:RM|Rp|Rs|KSh|Ksh)\d|[RN]\d+[.,]\d")


@lru_cache(maxsize=8192)
def is_name(token: str) -> bool:
    """A capitalised token that is not a common word, month or weekday."""
    if not token[:1].isupper() or token.lower() in COMMON_CAPS:
        return False
    low = _canon(token)
    if low in MONTHS or low in WEEKDAYS or low in COMMON_CAPS or _AMOUNT_TOKEN.match(token):
        return False
    # "ChatGPT-maker": a descriptor, not the name itself.
    return "-" not in token or not _DESCRIPTOR.search(token)


@dataclass(slots=True)
class Tok:
    text: str
    start: int
    end: int
    name: bool


def tokenize(text: str, proper: frozenset[str] | set[str] = frozenset()) -> list[Tok]:
    """Word tokens; `name` is set for capitalised non-common tokens (sentence start needs `proper`)."""
    return _build_toks(text, _name_flags(_TOKEN.findall(text), proper))


def _name_flags(words: list[str], proper: frozenset[str] | set[str]) -> list[bool]:
    """Which of a sentence's tokens (`_TOKEN.findall`) are names: the flags of
    `tokenize` without its Tok objects, which most sentences never need (their
    entities need only the words and these flags)."""
    names = list(map(is_name, words))
    if not names:
        return names
    first = words[0]
    if names[0] and _canon(first) not in proper and not first.endswith(("'s", "’s")):
        names[0] = False  # a capitalised opener is a name only if known, or possessive
    # "Fenwick Capital has...": a capitalised opener followed by a name is part of it.
    if len(names) > 1 and not names[0] and names[1] and is_name(first):
        names[0] = True
    return names


def _build_toks(text: str, names: list[bool]) -> list[Tok]:
    """The Tok objects of `text`, given the name flags of its tokens."""
    return [
        Tok(m[0], m.start(), m.end(), n) for m, n in zip(_TOKEN.finditer(text), names, strict=True)
    ]


# A capital not preceded by a word character, apostrophe or hyphen, then the rest of
# the token (or nothing that continues it). The capital comes first in the pattern
# (the lookbehind checks the character before it) so that `re` can skip ahead to
# capitals instead of trying a lookbehind at every position.
_CAP_TOKEN = lazyre.compile(r"[A-Z](?<![\w'’-].)(?:[\w&.'’-]*\w|(?![\w'’-]))")
_LOWER_WORD = lazyre.compile(r"\b[a-z][a-z'-]+\b")
_OPENER_PREFIX = " \"'“‘([*-"


def proper_names(texts: list[str]) -> set[str]:
    """Tokens that are names even at a sentence start.

    A capitalised token seen in mid-sentence is a name. So is one seen only at
    sentence starts, if it is capitalised at least twice and never written in
    lower case anywhere in the article ("Nimbus is moving... Nimbus and Vertex").
    """
    # The sentences are scanned as one text, joined by a line break that no token
    # crosses and that reads as the start or end of a text to every boundary test.
    joined = "\n".join(texts)
    # A capital never stands in the stripped prefix, so a token at the first
    # character past it is the sentence opener; any other is in mid-sentence.
    opener_words: list[str] = []
    pos = 0
    for t in texts:
        opener = _CAP_TOKEN.match(joined, pos + len(t) - len(t.lstrip(_OPENER_PREFIX)))
        if opener:
            opener_words.append(opener[0])
        pos += len(t) + 1
    opener_counts = Counter(opener_words)
    found: set[str] = set()
    for w, n in Counter(_CAP_TOKEN.findall(joined)).items():
        if n > opener_counts[w] and is_name(w):
            found.add(_canon(w))
    openers: dict[str, int] = {}
    for w in opener_words:
        if is_name(w):
            openers[_canon(w)] = openers.get(_canon(w), 0) + 1
    candidates = [
        w
        for w, n in openers.items()
        if n >= 2 and w not in found and w not in MEASURE_OF and len(w) >= 3
    ]
    if candidates:
        lower = _lower_words([t for t in texts if any(w in t for w in candidates)])
        found.update(w for w in candidates if w not in lower)
    return found


def _lower_words(texts: list[str]) -> set[str]:
    """The lower-case words of texts. Only sentences that contain a candidate word are
    scanned: a word the regex finds in a text is a substring of it."""
    return {w for t in texts for w in _LOWER_WORD.findall(t)}


def _name_runs(words: list[str], names: list[bool]) -> list[tuple[int, int]]:
    """[i, j) token index runs of consecutive names (tokens as words and name flags)."""
    runs, i, n = [], 0, len(names)
    while i < n:
        if names[i]:
            j = i + 1
            while j < n and (names[j] or (words[j] in ("&", "of") and j + 1 < n and names[j + 1])):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


# Acronym -> name key for the document being analysed; analyse() resets it, so it
# is not re-entrant (documents are analysed one at a time per process).
ALIASES: dict[str, str] = {}


def entity_key(toks: list[Tok], run: tuple[int, int]) -> str:
    """A short key for a name run: its first token, lower-cased, possessive stripped.

    An acronym that spells a longer name of the same article ("GM" for "General
    Motors") maps to that name's key.
    """
    return _name_key(toks[run[0]].text)


def _name_key(word: str) -> str:
    """entity_key of a run that starts with `word`."""
    key = _canon(word)
    return ALIASES.get(key, key)


# `\b[A-Z]...` written as `[A-Z](?<!\w.)...`: the same matches, but a pattern that
# starts with a character class lets `re` skip ahead to capitals (see _CAP_TOKEN).
_NAME_RUN = lazyre.compile(r"[A-Z](?<!\w.)[a-z]+(?:\s+(?:of\s+|&\s+)?[A-Z][a-z]+){1,4}")
_ACRONYM = lazyre.compile(r"[A-Z](?<!\w.)[A-Z]{1,4}\b")


def acronym_aliases(text: str) -> dict[str, str]:
    """Acronyms in `text` that are the initials of a multi-word name in it."""
    acronyms = set(_ACRONYM.findall(text))
    if not acronyms:
        return {}
    out: dict[str, str] = {}
    for m in _NAME_RUN.finditer(text):
        words = [w for w in m.group(0).split() if w[0].isupper()]
        initials = "".join(w[0] for w in words)
        if initials in acronyms and words[0].lower() not in COMMON_CAPS:
            out.setdefault(initials.lower(), _canon(words[0]))
    return out


def sentence_entities(toks: list[Tok]) -> list[str]:
    return _entities([t.text for t in toks], [t.name for t in toks])


def _entities(words: list[str], names: list[bool]) -> list[str]:
    """sentence_entities of tokens given as words and name flags."""
    return [_name_key(words[i]) for i, _ in _name_runs(words, names)]


def _text_entities(text: str, proper: frozenset[str] | set[str]) -> list[str]:
    """sentence_entities(tokenize(text, proper)), without building Tok objects."""
    words = _TOKEN.findall(text)
    return _entities(words, _name_flags(words, proper))


def attach_subject(fig: Figure, text: str, toks: list[Tok]) -> None:
    """Fill fig.measure, fig.actor and fig.target from the tokens around the figure."""
    idx_after = next((i for i, t in enumerate(toks) if t.start >= fig.end), len(toks))
    idx_before = next((i for i in range(len(toks) - 1, -1, -1) if toks[i].end <= fig.start), -1)
    # Measure: "a $5 billion factory" names it; else the nearest measure word,
    # preferring the words right after the figure.
    best, best_d = "", 99
    if not fig.measure and idx_after < len(toks) and idx_before >= 0:
        head = toks[idx_after].text.lower()
        det = toks[idx_before].text.lower()
        if (
            det in ("a", "an", "the", "its", "his", "her", "their") or det.endswith(("'s", "’s"))
        ) and (head in ATTRIBUTIVE):
            fig.measure = MEASURE_OF.get(head, head.rstrip("s"))
    for i in range(max(0, idx_before - 6), min(len(toks), idx_after + 5)):
        m = MEASURE_OF.get(toks[i].text.lower())
        if not m:
            continue
        d = (i - idx_after) if i >= idx_after else (idx_before - i) + 0.5
        if d < best_d:
            best, best_d, mi = m, d, i
    if fig.measure:  # counts and stakes come with their measure
        best = fig.measure
        mi = idx_after - 1 if idx_after > 0 else 0
    # "pay $500 million to settle": the purpose names the measure.
    if idx_after + 1 < len(toks) and toks[idx_after].text.lower() == "to":
        purpose = MEASURE_OF.get(toks[idx_after + 1].text.lower())
        if purpose and not fig.measure and best in ("deal", "payment"):
            best = purpose
    fig.measure = best
    if not best:
        return
    runs = _name_runs([t.text for t in toks], [t.name for t in toks])
    # Target: the object between a measure verb and the figure ("acquire Kestrel
    # for $350 million"), else the first name run after a preposition that follows
    # the measure word or the figure ("investment in Anthropic").
    if mi < idx_after:
        between = [r for r in runs if mi < r[0] and r[1] <= idx_before + 1]
        if between and toks[mi].text.lower() not in ("investment", "investments", "deal"):
            fig.target = entity_key(toks, between[0])
    anchor = max(idx_after, mi + 1)
    for i in range(anchor, min(len(toks), anchor + 10)):
        if fig.target:
            break
        if toks[i].text.lower() in _TARGET_PREPS:
            for r in runs:
                if i < r[0] <= i + 7:
                    fig.target = entity_key(toks, r)
                    break
            break
        if toks[i].text in (",", ";") or toks[i].name:
            break
    # Actor: the nearest name run before the figure (possessive or clause subject),
    # else the first name run after it that is not the target.
    before = [r for r in runs if r[1] <= idx_before + 1 and entity_key(toks, r) != fig.target]
    if before:
        # "Analysts at Harlow said the strike, which is costing Ridgeway $66 million":
        # a speaker before a reporting verb is not the actor when another name
        # stands between that verb and the figure.
        cand = before[-1]
        words = [t.text.lower() for t in toks[cand[1] : idx_before + 1]]
        said = next((k for k, w in enumerate(words) if w in _REPORTING), -1)
        later_name = any(cand[1] + said < r[0] <= idx_before for r in runs) if said >= 0 else False
        if not later_name:
            fig.actor = entity_key(toks, cand)
    else:
        after = [
            r
            for r in runs
            if idx_after <= r[0] <= idx_after + 6 and entity_key(toks, r) != fig.target
        ]
        if after:
            fig.actor = entity_key(toks, after[0])


# ---------------------------------------------------------------- undisclosed statements

UNDISCLOSED = lazyre.compile(
    r"\b(?:sums?|amounts?|terms|financial (?:terms|details)|(?:deal|purchase|investment) (?:value|size|price)|value|size|price|figures?|price tag|details of the (?:deal|investment))\b"
    r"[^.;]{0,50}?\b(?:were|was|have|has|had|are|is)(?:n['’]t| not| never)\s+(?:been\s+|yet\s+been\s+)?(?:disclosed|revealed|made public|released|announced|public)\b"
    r"|\b(?:undisclosed|unspecified|unrevealed) (?:sum|amount|fee|price|figure|terms)\b"
    r"|\b(?:did|does|do|would)(?:n['’]t| not) (?:disclose|reveal|say) (?:the )?(?:terms|financial|how much|the (?:size|value|amount|price|valuation))"
    r"|\bdeclined to (?:disclose|reveal|say) (?:the )?(?:terms|financial|how much|the (?:size|value|amount|price|valuation))"
    r"|\b(?:terms|financial details|sums?|amounts?)\b[^.;]{0,40}\b(?:are|were|remain|remained|was|is|be) (?:not public|undisclosed|confidential|private|secret)\b"
    r"|\b(?:terms|financial details|sums?|amounts?|price|value)\b[^.;]{0,40}\b(?:were|was|are|is) kept (?:confidential|private|secret|under wraps)\b"
    r"|\b(?:neither|no)\s+(?:company|party|side|firm|of the companies)\s+(?:has\s+)?disclosed\b"
    r"|\b(?:it (?:is|was) (?:not known|unclear|not clear))\s+how much\b"
    r"|\bwithout disclosing (?:the )?(?:terms|financial|how much|the (?:size|value|amount|price))",
    re.I,
)

# Drafting notes talk about figures rather than state them ("the search results
# mention the $4 billion investment"); their paragraphs are left out of the ledger.
DRAFTING = lazyre.compile(
    r"\bsearch results?\b|\bhyperlinks?\b|\banchor text\b|\b(?:verified|factual) claims?\b"
    r"|\bI (?:need|should|must|will need|have) to\b|\bLet me\b",
    re.I,
)

# ---------------------------------------------------------------- publication date

# "2025-08-25" or a timestamp "2025-08-25T07:30:00+01:00" (no word break before the T).
_ISO_DATE = lazyre.compile(r"\b(20\d\d|19\d\d)-(\d\d)-(\d\d)(?:\b|(?=T\d))")
_LONG_DATE = lazyre.compile(
    rf"\b(?P<mon>{_MONTH_RE})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b"
)
_LONG_DATE_UK = lazyre.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{_MONTH_RE})\s+(?P<year>(?:19|20)\d\d)\b"
)
_PUB_LABEL = lazyre.compile(
    r"\b(?:Published|Updated|Posted|Date|Dateline|Last modified)\b\s*(?:on)?\s*:?", re.I
)


def parse_date_text(text: str) -> date | None:
    """The first full date in text ('2024-09-19', 'September 25, 2023', '25 September 2023')."""
    if "19" not in text and "20" not in text:
        return None  # every date pattern holds a year 19xx or 20xx
    best: tuple[int, date] | None = None
    for rx in (_ISO_DATE, _LONG_DATE, _LONG_DATE_UK):
        m = rx.search(text)
        if not m:
            continue
        try:
            if rx is _ISO_DATE:
                d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            else:
                mon = MONTHS[m.group("mon").lower().rstrip(".")]
                d = date(int(m.group("year")), mon, int(m.group("day")))
        except (ValueError, KeyError):
            continue
        if best is None or m.start() < best[0]:
            best = (m.start(), d)
    return best[1] if best else None


_TIME_TAG = lazyre.compile(r"<time\b[^>]*\bdatetime=[\"']?(\d{4}-\d\d-\d\d)")


def publication_date(doc: Document, option: Any = None) -> date | None:
    """From config `publication-date`, front matter `date`, a 'Published on' line, or a
    byline line of its own near the top ("By Jane Doe | September 25, 2023")."""
    for value in (option, doc.metadata.get("date"), doc.metadata.get("published")):
        if value:
            d = parse_date_text(str(value))
            if d:
                return d
    head = doc.text[:3000]
    label = _PUB_LABEL_FAST.first(head)
    if label:
        end = label[1]
        d = parse_date_text(head[end : end + 200])
        if d:
            return d
    if "<time" in head and (stamp := _TIME_TAG.search(head)):
        # An HTML byline's machine-readable date: <time datetime="2025-10-30">.
        d = parse_date_text(stamp.group(1))
        if d:
            return d
    for line in head.splitlines()[:8]:
        # A short line that is mostly a date: a byline or dateline, not a sentence.
        if len(line) <= 80 and not line.rstrip().endswith((".", "?", "!")):
            d = parse_date_text(line)
            if d:
                return d
    return None


# A dateline that opens the story ("ACCRA, 3 October 2025 —", "**MUSCAT, 12 November
# 2025** —") or a byline ("By Jane Doe · Friday, October 3, 2025"): the story's date
# when no front matter, 'Published' label or leading date line gave one.
_DATELINE_OPEN = lazyre.compile(
    r"^\W{0,3}(?:By\s+[A-Z]|Published\b|Posted\b|[A-Z][A-Za-z .'’-]{1,30},\s+"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2}\s+[A-Z][a-z]+\.?\s+(?:19|20)\d\d\W{0,3}\s*[—–-]"
    r"|[A-Z][A-Za-z .'’-]{1,30},\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d\d\W{0,3}\s*[—–-])"
)


def dateline_date(doc: Document) -> date | None:
    """The date of a byline or dateline in the first few paragraphs (an HTML page's
    byline sits below its head and navigation, beyond the lines publication_date reads).
    A page's menu items are blocks of their own: up to eight blocks are read, and
    beyond them the short ones of the next twenty-four (menus, crumbs, the byline)."""
    for i, b in enumerate(doc.prose_blocks[:32]):
        if i >= 8 and len(b.text) > 160:
            break  # the story has begun; a byline comes before it
        head = b.text[:160]
        m = _DATELINE_OPEN.match(head) if ("19" in head or "20" in head) else None
        # A byline is a short block of its own; "By March 5, 2025, the firm must..." is not.
        if m and (len(b.text) <= 120 or m.group(0)[-1] in "—–-"):
            found = parse_date_text(head)
            if found:
                return found
    return None


# ---------------------------------------------------------------- per-document analysis


@dataclass(slots=True)
class SentenceInfo:
    block: Block
    start: int  # block coordinates
    end: int
    text: str
    heading: bool
    drafting: bool
    para: int  # index of the prose block


@dataclass
class Analysis:
    """Everything the NL3xx checks need from one document, computed once."""

    sentences: list[SentenceInfo] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    undisclosed: list[tuple[int, int, int]] = field(default_factory=list)  # (sentence, start, end)
    entities: list[list[str]] = field(default_factory=list)  # per sentence
    proper: set[str] = field(default_factory=set)
    pubdate: date | None = None
    # The date checks also accept a byline or dateline's date (the value checks,
    # which pair figures across time, keep to pubdate).
    story_date: date | None = None

    @cached_property
    def joined(self) -> str:
        """The sentences' text, one a line (read once `sentences` is complete): a
        literal, or a pattern no match of which holds a line break, is tested on it
        once instead of once per sentence."""
        return "\n".join(s.text for s in self.sentences)


_CACHE: weakref.WeakKeyDictionary[Document, Analysis] = weakref.WeakKeyDictionary()
_FIGURE_CHARS = frozenset("$€£¥₹₩%")
_FIGURE_WORDS = (
    "per cent", "percent", "dollars", "euros", "pounds", "yen", "yuan", "francs", "cfa franc",
    "disclos", "reveal",
    "public", "confidential", "how much", "under wraps", "unspecified", "private", "secret",
    "kill", "dead", "died", "death", "injur", "wound", "fatal", "perished", "jobs", "employees",
    "workers", "staff",
    "destroy", "damag", "homes", "houses",
)  # fmt: skip


# The words as one RE2 alternation over UTF-8 bytes: one scan instead of a test per word.
_FIGURE_WORD_RX = re2.compile("|".join(re.escape(w) for w in _FIGURE_WORDS).encode(), re2.Options())


# The signs and the words as a one-pattern set: one RE2 pass over the sentence (a set
# match costs a fraction of the wrapper's search, and the set remembers repeated
# sentences), where testing the signs first walked every sentence once more in Python.
# Lower-casing changes no sign.
_FIGURE_SET = PatternSet(
    ["[" + "".join(sorted(_FIGURE_CHARS)) + "]|" + "|".join(re.escape(w) for w in _FIGURE_WORDS)]
)


def has_figure(text: str) -> bool:
    """Cheap prefilter: could this sentence hold a figure or an undisclosed statement?"""
    low = text.lower()
    try:
        found = _FIGURE_SET.matches(low)
    except UnicodeEncodeError:  # a lone surrogate: the set encodes strictly
        found = None
    if found is not None:
        return bool(found)
    if not _FIGURE_CHARS.isdisjoint(text):
        return True
    return _FIGURE_WORD_RX.search(low.encode("utf-8", "surrogatepass")) is not None


class _Folded:
    """A case-insensitive regex made fast on ASCII text.

    Python's `re` gives up its quick scan for a pattern's first characters under
    re.I, so on ASCII text (most sentences) the same pattern, lower-cased and
    without re.I, runs over the lower-cased text: in ASCII, lower-casing keeps
    every offset and word boundary, so the spans are the same. Other text takes
    the original pattern.

    Most texts match nowhere, and `re` still tries the pattern at every position:
    on ASCII text an RE2 pass (one linear scan) first says whether a match can
    exist, and `re` runs only when it can.
    """

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        lowered = re.sub(r"(\\.)|([A-Z])", lambda m: m.group(1) or m.group(2).lower(), rx.pattern)
        self.plain = re.compile(lowered, rx.flags & ~re.I)
        self.gate = _ascii_gate(lowered) if not rx.flags & ~(re.I | re.U) else None

    def _may_match(self, low: str) -> bool:
        """False only when the plain pattern surely matches nowhere in ASCII `low`."""
        if self.gate is None:
            return True
        found = self.gate.matches(low)
        return found is None or bool(found)

    def search(self, text: str) -> bool:
        if text.isascii():
            low = text.lower()
            return self._may_match(low) and self.plain.search(low) is not None
        return self.rx.search(text) is not None

    def first(self, text: str) -> tuple[int, int] | None:
        """The span of the first match, as the original pattern's search gives it."""
        if text.isascii():
            low = text.lower()
            m = self.plain.search(low) if self._may_match(low) else None
        else:
            m = self.rx.search(text)
        return m.span() if m else None

    def spans(self, text: str) -> list[tuple[int, int]]:
        if text.isascii():
            low = text.lower()
            if not self._may_match(low):
                return []
            return [m.span() for m in self.plain.finditer(low)]
        return [m.span() for m in self.rx.finditer(text)]


# Python's \s on ASCII text; RE2's \s lacks \v and \x1c-\x1f.
_ASCII_SPACE = r"[\t-\r\x1c- ]"


def _ascii_gate(pattern: str) -> PatternSet | None:
    """An RE2 set that matches an ASCII text whenever the Python `pattern` (no flags)
    matches somewhere in it. None for a pattern RE2 would read differently: `$`
    (Python's also matches before a final newline), lookarounds, backreferences,
    `{,n}`, or \\s inside a character class."""
    if "{," in pattern or any(a in pattern for a in ("(?=", "(?!", "(?<=", "(?<!")):
        return None
    out: list[str] = []
    i, in_class = 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            escape = pattern[i : i + 2]
            if escape[1:].isdigit():
                return None  # a backreference
            if escape == r"\s":
                if in_class:
                    return None
                escape = _ASCII_SPACE
            out.append(escape)
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "$":
            return None
        elif c == "[":
            # A "]" right after "[" or "[^" is a literal member, not the end.
            opening = re.match(r"\[\^?\]?", pattern[i:])
            assert opening is not None
            out.append(opening.group(0))
            i += len(opening.group(0))
            in_class = True
            continue
        out.append(c)
        i += 1
    try:
        return PatternSet(["".join(out)])
    except re2.error:
        return None


_DRAFTING_FAST = _Folded(DRAFTING)
_COUNT_HINT_FAST = _Folded(COUNT_HINT)
_UNDISCLOSED_FAST = _Folded(UNDISCLOSED)
_PUB_LABEL_FAST = _Folded(_PUB_LABEL)


# Currencies money_figures does not read: the Singapore dollar and other "X$"
# dollars, the naira, the peso sign, the rand ("R8.6 billion", "R2,500", never a
# bare "R101" road), the local prefixes of Asia and Africa (ringgit "RM2.8 billion",
# rupiah "Rp", shilling "KSh", rupee "Rs", Egyptian pound "E£") and ISO codes
# written before the amount ("EGP 5 billion", "KES 400 million"). _add_more_currencies
# reads their amounts as if written in pounds and gives each its own currency code,
# so "S$4" is never the same figure as "$4". The codes are a closed list, so
# "COVID 19" or "A 330" is never money.
_ISO_CODES = (
    "AED|ARS|BDT|BRL|CLP|CNY|COP|CZK|DKK|EGP|ETB|GHS|HUF|IDR|ILS|KES|KRW|KWD|LKR|MAD|MXN|"
    "MYR|NGN|NOK|NPR|PEN|PHP|PKR|PLN|QAR|RMB|RUB|SAR|SEK|THB|TRY|TZS|UAH|UGX|VND|ZAR|ZMW"
)
_MORE_CURRENCY = lazyre.compile(
    r"(?<![\w$€£¥₹₩₦₱])(?P<cur>S\$|[A-Z]{1,2}\$|₦|₱|E£|RM|Rp|KSh|Ksh|Rs\.?|"
    rf"(?:{_ISO_CODES})(?=\s)|"
    r"R(?=\d{1,3}(?:,\d{3})+\b|\d+(?:\.\d+)?\s?(?:trillion|billion|million|bn|m)\b))"
    r"(?=\s?\d)"
)
_MORE_CODES = {
    "S$": "SGD", "₦": "NGN", "₱": "PHP", "R": "ZAR", "E£": "EGP", "RM": "MYR", "Rp": "IDR",
    "KSh": "KES", "Ksh": "KES", "Rs": "RS", "Rs.": "RS", "RMB": "CNY",
}  # fmt: skip
# Every _MORE_CURRENCY match holds one of these: a dollar sign, ₦, ₱, E£, R and a digit
# or a letter of a prefix, Ksh, or an upper-case code before a space and a digit (no
# match holds a line break, as _sentences_matching needs).
_MAY_HOLD_MORE = lazyre.compile(r"[$₦₱]|E£|R[\dMps]|KSh|Ksh|[A-Z][A-Z][A-Z] \d")


def _sentences_matching(rx: re.Pattern[str], an: Analysis) -> list[int]:
    """The indices of the sentences `rx` finds a match in, for a pattern no match of
    which holds a line break: one scan of the joined sentences (the leftmost match in
    a sentence is found there) instead of a search per sentence."""
    starts, at = [], 0
    for s in an.sentences:
        starts.append(at)
        at += len(s.text) + 1
    found = {bisect_right(starts, m.start()) - 1 for m in rx.finditer(an.joined)}
    return sorted(found)


def _add_more_currencies(an: Analysis) -> None:
    """Add the amounts in the currencies of `_MORE_CURRENCY` to an analysis, each with
    its own currency code, in sentence order."""
    added = False
    for si in _sentences_matching(_MAY_HOLD_MORE, an):
        s = an.sentences[si]
        if not _MORE_CURRENCY.search(s.text):
            continue  # the literal screen first: the full pattern tries every position
        # Where each sign's last character sits once the sign is masked as "£".
        signs = {
            m.end("cur") - 1: (m.start(), m.group("cur")) for m in _MORE_CURRENCY.finditer(s.text)
        }
        chars = list(_PAREN.sub(lambda m: " " * len(m.group(0)), s.text))
        for at, (start, _cur) in signs.items():
            chars[start : at + 1] = " " * (at - start) + "£"
        masked = "".join(chars)
        # An amount money_figures already read ("A$5 million" as AUD, "NZ$" as NZD)
        # is not read a second time.
        read = {(f.start, f.end) for f in an.figures if f.sentence == si}
        figs = [
            f
            for f in money_figures(masked)
            if f.start in signs
            and (signs[f.start][0] + s.start, f.end + s.start) not in read
            and not any(a < f.end + s.start and f.start + s.start < b for a, b in read)
        ]
        if not figs:
            continue
        toks = tokenize(masked, an.proper)
        for f in figs:
            start, cur = signs[f.start]
            f.unit = _MORE_CODES.get(cur, cur.upper())
            f.start = start
            f.text = s.text[f.start : f.end].strip()
            attach_subject(f, masked, toks)
            f.sentence = si
            f.start += s.start
            f.end += s.start
            an.figures.append(f)
            added = True
    if added:
        an.figures.sort(key=lambda f: (f.sentence, f.start))


def analyse(doc: Document, pub_option: Any = None) -> Analysis:
    """Sentences, money figures with subjects, and undisclosed statements of a document."""
    cached = _CACHE.get(doc)
    if cached is not None:
        return cached
    pubdate = publication_date(doc, pub_option)
    an = Analysis(pubdate=pubdate, story_date=pubdate or dateline_date(doc))
    blocks = doc.prose_blocks
    # Drafting notes are rare: one search of all the prose (a match in a block is one
    # in the joined text) spares most documents a search per block.
    some_drafting = _DRAFTING_FAST.search("\n".join(b.text for b in blocks))
    for p, block in enumerate(blocks):
        drafting = some_drafting and _DRAFTING_FAST.search(block.text)
        heading = block.kind == "heading"
        for s in block.sentences:
            an.sentences.append(SentenceInfo(block, s.start, s.end, s.text, heading, drafting, p))
    an.proper = proper_names([s.text for s in an.sentences])
    ALIASES.clear()
    ALIASES.update(acronym_aliases(" ".join(s.text for s in an.sentences)))
    for si, s in enumerate(an.sentences):
        if not has_figure(s.text):
            an.entities.append([])
            continue
        clean = _PAREN.sub(lambda m: " " * len(m.group(0)), s.text)
        # The words and name flags give the entities; Tok objects only a figure needs.
        words = _TOKEN.findall(clean)
        names = _name_flags(words, an.proper)
        an.entities.append(_entities(words, names))
        figs = money_figures(clean)
        if "%" in clean or "cent" in clean:
            figs += stake_figures(clean)
        if _COUNT_HINT_FAST.search(clean):
            figs += count_figures(clean)
        toks = _build_toks(clean, names) if figs else []
        for fig in figs:
            attach_subject(fig, clean, toks)
            fig.sentence = si
            fig.start += s.start
            fig.end += s.start
            an.figures.append(fig)
        for start, end in _UNDISCLOSED_FAST.spans(s.text):
            an.undisclosed.append((si, s.start + start, s.start + end))
    _add_more_currencies(an)
    _CACHE[doc] = an
    return an


def context_entities(an: Analysis, si: int, back: int = 3) -> set[str]:
    """Entities of sentence si and up to `back` sentences before it in the same paragraph."""
    if not an.entities[si]:
        an.entities[si] = _text_entities(_PAREN.sub(" ", an.sentences[si].text), an.proper)
    out = set(an.entities[si])
    para = an.sentences[si].para
    opens = si == 0 or an.sentences[si - 1].para != para
    for j in range(si - 1, max(-1, si - 1 - back), -1):
        # Stay in this paragraph, or the one before when this sentence opens its own.
        pj = an.sentences[j].para
        if pj != para and not (opens and pj == para - 1):
            break
        if not an.entities[j]:
            an.entities[j] = _text_entities(_PAREN.sub(" ", an.sentences[j].text), an.proper)
        out.update(an.entities[j])
    return out
