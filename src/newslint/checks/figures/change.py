# ruff: noqa: E501  (long regular expressions read better unbroken)
"""Percentage and multiple changes that their own before/after figures contradict."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint import lazyre
from newslint.checks.base import Context, rule
from newslint.checks.figures.common import (
    _RATE_LEVEL,
    _YEAR_LIKE,
    CUR,
    _Base,
    _half_unit,
    _inside,
    _last_digit_unit,
)
from newslint.document import Document
from newslint.model import Finding
from newslint.quantities import (
    _ISO_CODES,
    NUMBER_RE,
    SCALES,
    SentenceInfo,
    analyse,
    fraction_value,
    number_value,
    parse_amount,
)

# The shared currency signs, plus shilling abbreviations ("TSh 17.2 trillion", "USh")
# and ISO codes written before the amount ("KES 400 million"): a change between two
# sums in one currency is checked whatever the currency is called.
_CUR_X = rf"(?:{CUR}|(?-i:[TU]Sh|GH¢|(?:{_ISO_CODES})(?=\s\d)))"
# Tried on every position, the extra signs would slow the common case: the patterns
# that use them are compiled apart and run only on a sentence that holds one.
_CODE_HINT = lazyre.compile(r"[A-Z]{3} ?\d|[TU]Sh ?\d|GH¢")  # a superset of _CUR_X's extras

_UP = r"rose|rise|rises|rising|risen|raise|raises|raising|raised|increase|increased|increases|increasing|grew|grown|grows|growing|jumped|jumps|climbed|climbs|surged|surges|soared|gained|gains|up|higher|boosted|doubled|tripled|trebled|quadrupled"
_DOWN = r"fell|fall|falls|falling|fallen|dropped|drops|declined|declines|decrease|decreased|decreases|reduce|reduces|reducing|slid|slumped|plunged|tumbled|shrank|shrunk|sank|down|lower|cut|reduced|halved|lost|dipped|slipped"
# A multiple as a verb in the present or future: "will double the workforce".
# The bare form only after a modal or "to" ("will double"), not "a double blow".
_MODAL_BEFORE = "".join(
    f"(?<={w} )|" for w in ("will", "would", "could", "can", "may", "might", "to", "should", "must")
)[:-1]
_MULT_UP = (
    rf"(?:{_MODAL_BEFORE})(?:double|triple|treble|quadruple)"
    r"|doubles|doubling|triples|tripling|trebles|trebling|quadruples"
)
_MULT_DOWN = rf"(?:{_MODAL_BEFORE})halve|halves|halving"
_CHANGE_VERB = lazyre.compile(
    rf"\b(?P<up>{_UP}|{_MULT_UP})\b(?!-)|\b(?P<down>{_DOWN}|{_MULT_DOWN})\b(?!-)", re.I
)
# An amount as written: digits, a scale word, a currency or none.
_PLAIN_AMT = r"\d[\d,]*(?:\.\d+)?(?:[\s-]?(?:trillion|billion|million|thousand|bn|mn|m|k)\b)?"
_AMT = rf"(?:{CUR}\s?)?{_PLAIN_AMT}"
_APPROX = r"(?:(?P<{}>around|about|roughly|some|approximately|circa)\s+)?"
_CUR_AMT = rf"{CUR}\s?{_PLAIN_AMT}"
_FROM_TO = lazyre.compile(
    rf"\bfrom\s+(?:(?:a|an|its|their)\s+(?:(?:all-time|record)\s+)?(?:peak|high|low)\s+of\s+)?"
    rf"{_APPROX.format('h1')}(?P<f1>{_AMT})\s+(?:\w+\s+){{0,6}}?to\s+{_APPROX.format('ht')}(?P<t1>{_AMT})"
    rf"|\bto\s+(?P<t2>{_AMT})\s*,?\s+(?:\w+\s+){{0,4}}?from\s+{_APPROX.format('h2')}(?P<f2>{_AMT})"
    # "$3.1 billion, up 35% from $2.3 billion": the change sits between the two
    # ("trading at $67,400 in Asian hours, up 12% this week from around $58,000").
    rf"|(?P<t3>{_CUR_AMT})"
    rf"(?:\s+(?:in|on|at|by|during)\s+[A-Za-z][\w ]{{0,24}}?)?\s*,?\s+"
    rf"(?:an?\s+)?(?P<inner>(?:up|down)\s+(?:by\s+)?[^,;]{{1,25}}?)\s+(?:from|on|compared with)\s+"
    rf"{_APPROX.format('h3')}(?P<f3>{_AMT})"
    # "sold 64,500 tickets, up 15% from 52,000" / "7.2 tonnes a hectare, down 12% from 8.6
    # tonnes": a plain count or measure, its unit named once or twice.
    rf"|(?<![\w.,/$€£₦₱-])(?P<t4>{_PLAIN_AMT})"
    # "64 seats would be down 20% on the 72": the same with a verb for the comma.
    # "1.1 million twenty-foot equivalent units (TEUs) of containers last year, up 10%
    # from 900,000": a longer unit, its abbreviation, what it counts and the period.
    rf"(?P<unit4>(?:\s+[a-z][a-z-]+){{1,4}}?(?:\s+\([A-Za-z]{{2,8}}\))?(?:\s+of\s+[a-z]+)?"
    rf"(?:\s+(?:per|a|an|each)\s+[a-z]+)?(?:\s+(?:last|this)\s+(?:year|month|week|quarter|season))?)"
    rf"(?:\s*,|\s+(?:would|will|could|might)\s+be|\s+(?:is|are|was|were))\s+"
    rf"(?:an?\s+)?(?P<inner4>(?:up|down)\s+(?:by\s+)?[^,;]{{1,25}}?)\s+(?:from|on|compared with)\s+"
    rf"(?:the\s+)?{_APPROX.format('h4')}(?P<f4>{_PLAIN_AMT})(?![\d%]|\s*per ?cent\b)",
    re.I,
)
# "selling for Rs2,850 on Wednesday, up from Rs2,300 in December, a rise of about 40
# per cent": both sums in a currency, the change named after them. Its own pattern,
# tried only on sentences that say "up from" or "down from".
_UP_FROM = lazyre.compile(
    rf"(?P<t5>{_CUR_AMT})(?:\s+[^,;()]{{1,50}}?)?,\s+(?:up|down)\s+from\s+{_APPROX.format('h5')}"
    rf"(?P<f5>{_CUR_AMT})(?:\s+[^,;()]{{1,40}}?)?\s*,\s+(?:an?\s+)?"
    rf"(?P<inner5>(?:rise|increase|gain|fall|decrease)\s+of\s+[^,;]{{1,25}})",
    re.I,
)
# "counted 340 nesting pairs this season, up from 140 before the bait drops, an
# increase of 58%": the same for a plain count or measure. The new figure comes first,
# the old after "up/down from", the change named after both; inner6 runs from the
# direction word to the change so that the one reads as the verb, the other as the
# stated change. Neither figure a percentage (levels in percent change by points).
_NOT_PCT = r"(?![\d%]|\s*(?:per ?cent|percent)\b)"
# "sold 96,000 tickets in the 2024-25 season, up from 80,000": a year or season
# between the new figure and "up from" dates it; it is no other count.
_SEASON = r"(?<!\d)(?:19|20)\d\d(?:[–/-]\d\d(?:\d\d)?)?(?!\d)"
_UP_FROM_COUNT = lazyre.compile(
    rf"(?<![\w.,/$€£¥₹₩₦₱-])(?P<t6>{_PLAIN_AMT}){_NOT_PCT}(?:\s+(?:[^,;()\d%]{{1,50}}?|[^,;()\d%]{{0,30}}?{_SEASON}[^,;()\d%]{{0,30}}?))?,\s+"
    rf"(?P<inner6>(?:up|down)\s+from\s+{_APPROX.format('h6')}(?P<f6>{_PLAIN_AMT}){_NOT_PCT}"
    rf"(?:\s+[^,;()]{{1,40}}?)?\s*,\s+(?:an?\s+)?(?:rise|increase|gain|jump|climb|growth|fall|"
    rf"drop|decline|decrease|reduction|slide)\s+of\s+[^,;]{{1,25}})",
    re.I,
)
# "capacity will grow from 22,000 to 28,000 seats, adding 8,000 places": the change as
# an amount right after the pair it is the difference of. Neither figure a percentage
# (a change between rates is one of points) and none a money sum in another currency.
_DIFF_AMT = rf"(?:{CUR}\s?)?{_PLAIN_AMT}"
_FROM_TO_DIFF = lazyre.compile(
    rf"\bfrom\s+{_APPROX.format('ha')}(?P<a>{_DIFF_AMT}){_NOT_PCT}\s+to\s+{_APPROX.format('hb')}"
    rf"(?P<b>{_DIFF_AMT}){_NOT_PCT}(?:\s+[a-z][a-z-]*){{0,2}}\s*,\s+"
    r"(?P<verb>adding|an?\s+(?:extra|additional)|an?\s+(?:net\s+)?(?:increase|rise|gain|drop|fall|"
    r"decline|reduction|loss)\s+of|(?:up|down)\s+by|cutting|shedding)\s+"
    rf"{_APPROX.format('hd')}(?P<d>{_DIFF_AMT}){_NOT_PCT}(?!\s*(?:times|fold|points?)\b)",
    re.I,
)


# A count in the clause before the new figure, not a year ("2024-25" is a season).
_COUNT_NOT_YEAR = lazyre.compile(r"(?<![\w.,–/-])(?!(?:19|20)\d\d\b)\d")


def _other_count_before(text: str, start: int) -> bool:
    """'assessed 1,612 institutions in 104 countries, up from 1,503': two counts
    before "up from", so which one changed is not clear; leave the sentence."""
    clause = max(text.rfind(", ", 0, start), text.rfind(";", 0, start)) + 1  # (not "1,612")
    return _COUNT_NOT_YEAR.search(text, clause, start) is not None


# ", a rise of 25%" / ", an increase of about a third" / ", a 14% increase" right
# after a from-to pair.
_TRAILING_CHANGE = lazyre.compile(
    # (a pair's last amount may have taken the comma: "to 8,900, a 14% increase")
    r"(?:[^,;.]{0,24}?,|(?<=,))\s+(?:an?\s+)?(?:(?:about|around|roughly|nearly|almost|some)\s+)?"
    r"(?P<pre>\d+(?:\.\d+)?\s?(?:%|per\s?cent)\s+)?"
    r"(?:(?P<up>rise|increase|gain|jump|climb|growth)"
    r"|(?P<down>fall|drop|decline|decrease|reduction|cut|slide))(?(pre)\b|\s+of\s)",
    re.I,
)
_FROM_TO_X = lazyre.compile(_FROM_TO.pattern.replace(CUR, _CUR_X), re.I)
_UP_FROM_X = lazyre.compile(_UP_FROM.pattern.replace(CUR, _CUR_X), re.I)
# Units of a plain figure that make its change one of points, not percent.
_POINT_UNITS = lazyre.compile(
    r"\b(?:per\s?cent|percent|percentage|points?|basis|pp|degrees?)\b", re.I
)
_PCT_CHANGE = lazyre.compile(
    rf"(?P<hedge>about|around|roughly|nearly|almost|more than|less than|over|some|approximately|just over|just under)?\s*"
    rf"(?:by\s+)?(?P<num>\d+(?:\.\d+)?|{NUMBER_RE})\s?(?:%|per ?cent\b)(?!\s*(?:of|stake|share))"
    r"|(?:by\s+)?(?P<frac>half|a third|one-third|a quarter|one-quarter|two-thirds|three-quarters|a fifth)\b"
    r"|(?P<hedge2>nearly|almost|more than|roughly|about)?\s*\b(?P<mult>doubled|tripled|trebled|quadrupled|halved"
    rf"|{_MULT_UP}|{_MULT_DOWN})\b(?!-)"
    # "a threefold increase": three times the old figure (or, loosely, up by three times it).
    r"|\b(?P<fold>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[\s-]?fold\b",
    re.I,
)
# "fell 4%, or about 350 points, to finish at 17,468" and "rose 120 points, or 1.5%,
# to 8,110": the change as a percentage and as an amount, and the level it ended at.
_LEVEL_AMT = rf"(?:{CUR}\s?)?(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?"
_PCT_OR_AMOUNT = lazyre.compile(
    rf"\b(?P<verb>{_UP}|{_DOWN})\s+(?:by\s+)?(?:"
    rf"(?P<p1>\d+(?:\.\d+)?)\s?(?:%|per ?cent\b),?\s+or\s+(?P<h1>about|around|roughly|some|nearly|almost)?\s*"
    rf"(?P<a1>{_LEVEL_AMT})(?:\s+(?:points|cents|pence|units))?"
    rf"|(?P<h2>about|around|roughly|some|nearly|almost)?\s*(?P<a2>{_LEVEL_AMT})(?:\s+(?:points|cents|pence|units))?,?\s+or\s+"
    rf"(?P<p2>\d+(?:\.\d+)?)\s?(?:%|per ?cent\b))"
    rf",?\s+to\s+(?:(?:close|finish|end|settle|trade|stand)\s+at\s+|(?:a|an)\s+[a-z-]+\s+(?:of\s+)?)?"
    rf"(?P<level>{_LEVEL_AMT})(?!\d|\.\d|,\d|\s*(?:%|per ?cent|trillion|billion|million|thousand|bn|mn)\b)",
    re.I,
)
# "fell from 5.12% to 4.86%, a drop of 0.26 percentage points" and "rose 0.4
# percentage points, from 3.1% to 3.5%": a change in points between two rates.
_PP_RATE = r"(\d+(?:\.\d+)?)\s?(?:%|per ?cent\b|percent\b)"
_PP_HEDGE = r"(?:about|around|roughly|some|nearly|almost|approximately|just over|just under|more than|less than)\s+"
_PP_UNIT = r"(?:percentage[\s-]points?|(?P<{}>basis[\s-]points?|bps?\b)|pp\b)"
_PP_CHANGE = lazyre.compile(
    rf"\bfrom\s+(?:{_PP_HEDGE})?{_PP_RATE.replace('(', '(?P<a>', 1)}\s+(?:\w+\s+){{0,4}}?to\s+"
    rf"(?:{_PP_HEDGE})?{_PP_RATE.replace('(', '(?P<b>', 1)}(?:\s+[\w-]+){{0,4}}?,?\s+"
    rf"(?:(?:an?|or)\s+)?(?:(?:drop|fall|decline|rise|increase|gain|jump|cut|change|reduction|"
    rf"difference)\s+of\s+|(?:down|up)\s+(?:by\s+)?)?(?P<h>{_PP_HEDGE})?"
    rf"(?P<d>\d+(?:\.\d+)?)\s+{_PP_UNIT.format('bp')}"
    rf"|\b(?:{_UP}|{_DOWN})\s+(?:by\s+)?(?P<h2>{_PP_HEDGE})?(?P<d2>\d+(?:\.\d+)?)\s+"
    rf"{_PP_UNIT.format('bp2')},?\s+(?:\w+\s+){{0,3}}?from\s+(?:{_PP_HEDGE})?"
    rf"{_PP_RATE.replace('(', '(?P<a2>', 1)}\s+(?:\w+\s+){{0,4}}?to\s+(?:{_PP_HEDGE})?"
    rf"{_PP_RATE.replace('(', '(?P<b2>', 1)}",
    re.I,
)


_MULT = {"doubled": 100.0, "tripled": 200.0, "trebled": 200.0, "quadrupled": 300.0, "halved": -50.0}
for _word, _stem_word in (("doubl", "doubled"), ("tripl", "tripled"), ("trebl", "trebled"),
                          ("quadrupl", "quadrupled"), ("halv", "halved")):  # fmt: skip
    for _end in ("e", "es", "ing"):
        _MULT[_word + _end] = _MULT[_stem_word]


def _amount(text: str) -> tuple[float, float, str, str] | None:
    """(value, precision, currency, scale word) of an amount like '$12 million' or '14,500'."""
    m = re.match(
        rf"({_CUR_X})?\s?(\d[\d,]*(?:\.\d+)?)(?:[\s-]?(trillion|billion|million|thousand|bn|mn|m|k)\b)?",
        text.strip(),
        re.I,
    )
    if not m:
        return None
    num = m.group(2)
    if not m.group(1) and not m.group(3) and _YEAR_LIKE.fullmatch(num):
        return None  # a year, not an amount
    value, prec = parse_amount(num, m.group(3))
    return value, prec, m.group(1) or "", m.group(3) or ""


def _stated_interval(m: re.Match[str]) -> tuple[float, float, str] | None:
    """Allowed magnitude (percent) of the stated change, and its direction hint."""
    if m.group("num"):
        n = number_value(m.group("num"))
        if n is None:
            return None
        raw = m.group("num")
        half = (
            0.5 * 10.0 ** -(len(raw.split(".")[1]) if "." in raw else 0)
            if raw[0].isdigit()
            else 0.5
        )
        lo, hi = n - half, n + half
        hedge = (m.group("hedge") or "").lower()
        direction = ""
    elif m.group("frac"):
        n = (fraction_value(m.group("frac")) or 0.0) * 100
        lo, hi = n * 0.9, n * 1.1
        hedge, direction = "", ""
    elif m.group("fold"):
        times = number_value(m.group("fold"))
        if not times or times < 2:
            return None
        # Writers use "threefold" both for "times three" (+200%) and "up by three
        # times" (+300%): allow both readings, and their rounding.
        lo, hi = (times - 1) * 90.0, times * 110.0
        hedge, direction = "", "fold"
    else:
        n = _MULT[m.group("mult").lower()]
        direction = "down" if n < 0 else "up"
        n = abs(n)
        lo, hi = n * 0.9, n * 1.1
        hedge = (m.group("hedge2") or "").lower()
    if hedge in ("about", "around", "roughly", "some", "approximately"):
        lo, hi = lo - max(2.0, n * 0.1), hi + max(2.0, n * 0.1)
    elif hedge in ("nearly", "almost", "just under"):
        lo = min(lo, n * 0.8)
    elif hedge in ("more than", "over", "just over"):
        hi = float("inf")
    elif hedge == "less than":
        lo = 0.0
    return lo, hi, direction


def _first_of(groups: dict[str, str | None], prefix: str) -> str:
    """The one alternative of `_FROM_TO` (or an `_UP_FROM` pattern) that matched: its old ("f") or
    new ("t") amount."""
    return next((v for i in "123456" if (v := groups.get(f"{prefix}{i}"))), "")


def change_range(old: tuple[float, float], new: tuple[float, float]) -> tuple[float, float]:
    """Min and max percent change from old to new, each value +/- its precision."""
    (ov, op), (nv, np_) = old, new
    corners = [
        ((n - o) / o) * 100 for o in (ov - op, ov + op) for n in (nv - np_, nv + np_) if o > 0
    ]
    return min(corners), max(corners)


def _share_fits(part: tuple, whole: tuple, stated: float, pct: str | None, hedge: str) -> bool:
    """Can `part` of `whole` (each with its rounding) be the share stated, as hedged?

    A share in words is loose ("a quarter" for 23%), an approximating hedge looser
    still; "nearly" and "less than" open the range below, "more than" above. A
    percentage is read to its last written digit.
    """
    lo = (part[0] - part[1]) / (whole[0] + whole[1])
    hi = (part[0] + part[1]) / max(whole[0] - whole[1], 1e-9)
    slack = 0.05 if pct else 0.2
    if hedge in ("about", "around", "roughly", "generally", "approximately", "some"):
        slack += 0.15
    low, high = stated * (1 - slack), stated * (1 + slack)
    if hedge in ("nearly", "almost", "just under", "less than", "under"):
        low = 0.0 if hedge in ("less than", "under") else stated * (1 - slack - 0.15)
    elif hedge in ("more than", "over", "just over"):
        high = float("inf")
    if pct:
        half = 0.5 * 10.0 ** -(len(pct.split(".")[1]) if "." in pct else 0) / 100
        low, high = low - half, high + half
    return hi >= low and lo <= high


class ChangeArithmeticCheck(_Base):
    """'rose 20% to $12 million from $9 million': recompute the change."""

    rules = (
        rule(
            "NL304",
            "change-arithmetic",
            "warning",
            "A stated change does not match its own before and after figures",
            """"Rose 20% to $12 million from $9 million" is a 33% rise; "fell by
            half, from $80 million to $60 million" is a 25% fall. The check
            recomputes the change from the two figures, allowing for the rounding
            both are written with ("around $58,000" allows one unit of its last
            significant digit, $57,000 to $59,000), and reports only changes that no
            rounding can explain, or a rise that is really a fall. A change given both
            as a percentage and as an amount, with the level it ended at ("fell 4%, or
            350 points, to 17,468"), is checked the same way, and so is a multiple in
            words ("more than tripled the remission rate") against the two rates a
            sentence just before it compared. Recompute from the source.""",
            bad=[
                "The Nasdaq fell 4%, or about 350 points, to finish at 17,468.",
                "Revenue rose 20% to $12 million from $9 million a year earlier.",
                "Bitcoin was trading at $67,400 in Asian hours, up 12% this week from around "
                "$58,000.",
            ],
            good=[
                "The Nasdaq fell 2%, or about 350 points, to finish at 17,468.",
                "Revenue rose 33% to $12 million from $9 million a year earlier.",
                "Bitcoin was trading at $67,400 in Asian hours, up 16% this week from around "
                "$58,000.",
                "Bitcoin was trading at $67,400 in Asian hours, up 12% this week from around "
                "$60,000.",
            ],
        ),
        rule(
            "NL314",
            "share-of-total-mismatch",
            "warning",
            "A share does not match the part and the whole it is stated from",
            """"350,000 people had registered by February, roughly a quarter of the
            island's 2.8 million population": 350,000 is an eighth of 2.8 million. When
            a sentence gives a part, then says what share it is of a whole it also
            gives ("a quarter of", "two-thirds of", "12% of"), the check divides the
            two, allowing for the rounding of both figures, the looseness of a share
            in words and its hedge ("roughly", "nearly", "more than"), and reports
            only a share no rounding can explain. Recompute the share from the source.""",
            bad=[
                "Some 350,000 people had registered by February, roughly a quarter of the "
                "island's 2.8 million population."
            ],
            good=[
                "Some 350,000 people had registered by February, roughly an eighth of the "
                "island's 2.8 million population.",
                "Some 700,000 people had registered by February, roughly a quarter of the "
                "island's 2.8 million population.",
            ],
        ),
    )

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        an = analyse(doc, ctx.option("publication-date"))
        shares = ctx.wants("NL314")
        for s in an.sentences:
            # Every pattern below needs a figure: most sentences hold no digit.
            if s.drafting or not _DIGIT.search(s.text):
                continue
            if shares and _SHARE_HINT.search(s.text):
                yield from self._share_of(s)
            if shares and (", or " in s.text or " of th" in s.text or " of wh" in s.text):
                yield from self._part_share(s)
            if " or " in s.text and " to " in s.text and ("%" in s.text or "cent" in s.text):
                yield from self._pct_and_amount(s)
            if "point" in s.text and "from" in s.text:
                yield from self._points(s)
            if "point" in s.text or not (
                "from" in s.text or "% on " in s.text or "cent on " in s.text
            ):
                continue
            if ", " in s.text and " to " in s.text:
                yield from self._difference(s)
            coded = _CODE_HINT.search(s.text)
            for m in (_FROM_TO_X if coded else _FROM_TO).finditer(s.text):
                finding = self._check(s, m)
                if finding:
                    yield finding
            if "p from " in s.text or "n from " in s.text:
                for rx in (_UP_FROM_X if coded else _UP_FROM, _UP_FROM_COUNT):
                    for m in rx.finditer(s.text):
                        if rx is _UP_FROM_COUNT and _other_count_before(s.text, m.start()):
                            continue
                        finding = self._check(s, m)
                        if finding:
                            yield finding
        yield from self._multiples(doc)

    def _difference(self, s: SentenceInfo) -> Iterator[Finding]:
        """'from 22,000 to 28,000 seats, adding 8,000 places': the amount added or cut
        against the two figures, each allowed its rounding (a hedge: a tenth more)."""
        for m in _FROM_TO_DIFF.finditer(s.text):
            a, b, d = (_amount(m.group(k)) for k in ("a", "b", "d"))
            if not a or not b or not d or not a[0] or len({a[2], b[2], d[2]}) > 1:
                continue
            slack = a[1] + b[1] + d[1]
            if any(m.group(h) for h in ("ha", "hb", "hd")):
                slack += 0.1 * max(a[0], b[0], d[0])
            gap = abs(b[0] - a[0])
            if abs(gap - d[0]) <= slack + 1e-9:
                continue
            yield self.finding(
                "NL304",
                s,
                m,
                f"'{m.group('verb')} {m.group('d')}' does not match the figures "
                f"{m.group('a')} and {m.group('b')}, which are {gap:,.0f} apart",
            )

    def _share_of(self, s: SentenceInfo) -> Iterator[Finding]:
        """'350,000 had enlisted, roughly a quarter of the island's 2.8 million people':
        the share stated against the part and the whole the sentence gives."""
        for m in _SHARE_OF.finditer(s.text):
            part, whole = _amount(m.group("part")), _amount(m.group("whole"))
            if not part or not whole or part[2] != whole[2] or whole[0] <= part[0] or part[0] <= 0:
                continue
            if (part[3] and not whole[3]) or (not part[3] and part[0] < 100):
                continue  # "5 million ... of its 12 schools", "3 of the 12": another kind
            pct = m.group("pct")
            stated = float(pct) / 100 if pct else fraction_value(m.group("share"))
            if _share_fits(part, whole, stated, pct, (m.group("hedge") or "").lower()):
                continue
            actual = part[0] / whole[0] * 100
            yield self.finding(
                "NL314",
                s,
                m,
                f"'{m.group('share')}' of {m.group('whole').strip()} does not match "
                f"{m.group('part').strip()}, which is {actual:.1f}% of it",
            )

    def _part_share(self, s: SentenceInfo) -> Iterator[Finding]:
        """'1,850 claims ..., and 370 of them, about a third' and '38 percent of the
        population of about 30 million, or some 14.5 million': share, part and whole."""
        text = s.text
        of_them = " of them, " in text or " of those, " in text or " of wh" in text
        then_part = ", or " in text and ("%" in text or "cent " in text)
        if not (of_them or then_part):
            return  # most sentences give neither shape
        found = [
            *(_OF_THEM_SHARE.finditer(text) if of_them else ()),
            *(_SHARE_THEN_PART.finditer(text) if then_part else ()),
        ]
        for m in found:
            part, whole = _amount(m.group("part")), _amount(m.group("whole"))
            if not part or not whole or part[2] != whole[2] or whole[0] <= part[0] or part[0] <= 0:
                continue
            if bool(part[3]) != bool(whole[3]) and part[0] < 1000 and whole[0] < 1000:
                continue  # "5 million ... 12": a scale word for one only, unclear
            pct = m.group("pct")
            stated = float(pct) / 100 if pct else fraction_value(m.group("share"))
            if not stated:
                continue
            hedges = [m.groupdict().get(k) for k in ("hedge", "hw", "hp")]
            hedge = next((h.strip().lower() for h in hedges if h), "")
            if _share_fits(part, whole, stated, pct, hedge):
                continue
            yield self.finding(
                "NL314",
                s,
                m,
                f"{m.group('part').strip()} is {part[0] / whole[0] * 100:.1f}% of "
                f"{m.group('whole').strip()}, not {m.group('share') if m.groupdict().get('share') else pct + '%'}",
            )

    def _multiples(self, doc: Document) -> Iterator[Finding]:
        """'34.2% ... compared with 12.1%', then 'more than tripled the remission rate'."""
        low = doc.text.lower()
        if not any(w in low for w in _MULTIPLE_WORDS):
            return  # most articles state no multiple in words
        previous: list[str] = []
        for block in doc.prose_blocks:
            for sent in block.sentences:
                text = sent.text
                m = _MULTIPLE_OF.search(text) if not _DIGIT.search(text) else None
                if m:
                    stated = _earlier_pair(previous[-2:], m.group("noun"))
                    message = stated and _multiple_mismatch(m, *stated)
                    if message:
                        start, end = block.source_span(sent.start + m.start(), sent.start + m.end())
                        yield Finding("NL304", start, end, message)
                previous.append(text)

    def _points(self, s: SentenceInfo) -> Iterator[Finding]:
        """'fell from 5.12% to 4.86%, a drop of 0.36 percentage points': the points
        between two rates against the gap stated."""
        for m in _PP_CHANGE.finditer(s.text):
            a, b = m.group("a") or m.group("a2"), m.group("b") or m.group("b2")
            d = m.group("d") or m.group("d2")
            factor = 0.01 if (m.group("bp") or m.group("bp2")) else 1.0
            gap = abs(float(b) - float(a))
            stated = float(d) * factor
            slack = sum(_half_unit(x) for x in (a, b)) + _half_unit(d) * factor
            if (m.group("h") or m.group("h2")) and (m.group("h") or m.group("h2")).strip():
                slack += max(0.1 * stated, _half_unit(d) * factor * 2)
            if abs(gap - stated) <= slack + 1e-9:
                continue
            yield self.finding(
                "NL304",
                s,
                m,
                f"'{d} {'basis points' if factor < 1 else 'percentage points'}' does not match the rates "
                f"{a}% and {b}%, which are {gap:.2f} percentage points apart",
            )

    def _pct_and_amount(self, s: SentenceInfo) -> Iterator[Finding]:
        """'fell 4%, or 350 points, to 17,468': the change both ways against the level."""
        for m in _PCT_OR_AMOUNT.finditer(s.text):
            pct_text = m.group("p1") or m.group("p2")
            amt_text = m.group("a1") or m.group("a2")
            hedged = bool(m.group("h1") or m.group("h2"))
            amt, level = _amount(amt_text), _amount(m.group("level"))
            if not amt or not level or amt[2] != level[2] or amt[3] or level[3]:
                continue  # "$2 billion" against "to $40 billion": scale words, skip
            pct = float(pct_text)
            up = bool(_CHANGE_VERB.match(m.group("verb")).group("up"))  # type: ignore[union-attr]
            old = level[0] - amt[0] if up else level[0] + amt[0]
            if old <= 0 or amt[0] <= 0:
                continue
            # Rounding: the stated percent to its last digit, the amount to its last
            # significant digit (or 10% when hedged), the level to its last digit.
            decimals = len(pct_text.split(".")[1]) if "." in pct_text else 0
            half = 0.5 * 10.0**-decimals
            aprec = max(amt[1], 0.1 * amt[0] if hedged else 0.0)
            lo = (amt[0] - aprec) / (old + aprec + level[1]) * 100
            hi = (amt[0] + aprec) / max(old - aprec - level[1], 1e-9) * 100
            if lo <= pct + half and pct - half <= hi:
                continue
            actual = amt[0] / old * 100
            yield self.finding(
                "NL304",
                s,
                m,
                f"{pct_text}% does not match {amt_text.strip()} on a level of "
                f"{m.group('level')}, which is a change of {actual:.1f}%",
            )

    def _check(self, s: SentenceInfo, m: re.Match[str]) -> Finding | None:
        text = s.text
        g = m.groupdict()  # the groups of `_FROM_TO` or of `_UP_FROM`
        if g.get("t4") and _POINT_UNITS.search(g["unit4"]):
            return None  # "4.5 percent, up 10% from 4.1": points or percent, unclear
        old, new = _amount(_first_of(g, "f")), _amount(_first_of(g, "t"))
        if not old or not new or old[2] != new[2] or old[0] <= 0:
            return None
        if any(g.get(f"h{i}") for i in "123456"):
            # "from around $58,000": within one unit of its last significant digit.
            old = (old[0], max(old[1], _last_digit_unit(old[0])), old[2], old[3])
        if g.get("ht"):
            # "to roughly £1,150": the new figure is hedged the same way.
            new = (new[0], max(new[1], _last_digit_unit(new[0])), new[2], new[3])
        if bool(old[3]) != bool(new[3]):
            # "from 2 to 3 million": the scale word is written once, for both.
            scale = SCALES.get((old[3] or new[3]).lower(), 1.0)
            if not old[3] and old[0] < 1000:
                old = (old[0] * scale, old[1] * scale, old[2], new[3])
            elif not new[3] and new[0] < 1000:
                new = (new[0] * scale, new[1] * scale, new[2], old[3])
        # The clause around the pair: from the change verb before it to the clause end.
        lo_edge = max(
            text.rfind(";", 0, m.start()), text.rfind(". ", 0, m.start()), m.start() - 70, 0
        )
        hi_edge = min(x for x in (text.find(";", m.end()), len(text), m.end() + 50) if x >= 0)
        window = text[lo_edge:hi_edge]
        before = m.start() - lo_edge
        key = next((k for k in ("inner", "inner4", "inner5", "inner6") if g.get(k)), "")
        if key:
            # "$X, up N% from $Y": verb and change are inside the match.
            inner = m.group(key)
            window, lo_edge = inner, m.start(key)
            verbs = list(_CHANGE_VERB.finditer(inner))[:1]
            pcts = [p for p in _PCT_CHANGE.finditer(inner) if p.group(0).strip()]
        else:
            verbs = [v for v in _CHANGE_VERB.finditer(window) if v.start() < before]
            pcts = [
                p
                for p in _PCT_CHANGE.finditer(window)
                if p.group(0).strip()
                and not _inside(p, m, lo_edge)
                and not _RATE_LEVEL.search(window, max(0, p.start() - 30), p.start())
            ]
        trailing = None
        if not verbs and not key:
            # "from 180,000 tonnes to 240,000 tonnes, a rise of 25%": the change is
            # named after the pair, not by a verb before it.
            trailing = _TRAILING_CHANGE.match(text, m.end())
            verbs = [trailing] if trailing else []
        if not verbs or len(verbs) > 2 or len(pcts) != 1:
            return None
        verb = verbs[-1]
        stated = _stated_interval(pcts[0])
        if stated is None:
            return None
        lo, hi, mult_dir = stated
        if mult_dir == "fold":
            if not verb.group("up"):
                return None  # "a threefold fall": a third of the old figure, or unclear
            mult_dir = "up"
        direction = mult_dir or ("up" if verb.group("up") else "down")
        cmin, cmax = change_range(old[:2], new[:2])
        if trailing:
            start, end = self.span(s, s.start + m.start(), s.start + trailing.end())
        else:
            start, end = self.span(s, s.start + lo_edge + verb.start(), s.start + m.end())
        if (direction == "up" and cmax < 0) or (direction == "down" and cmin > 0):
            word = "rise" if direction == "up" else "fall"
            actual = (new[0] - old[0]) / old[0] * 100
            return Finding(
                "NL304",
                start,
                end,
                f"Described as a {word}, but the figures give a change of {actual:+.0f}%",
            )
        if direction == "up":
            amin, amax = cmin, cmax
        else:
            amin, amax = -cmax, -cmin
        if amax < lo or amin > hi:
            actual = abs(new[0] - old[0]) / old[0] * 100
            stated_text = pcts[0].group(0).strip()
            return Finding(
                "NL304",
                start,
                end,
                f"'{stated_text}' does not match the figures, which give a change of {actual:.0f}%",
            )
        return None


# Cheap test before _SHARE_OF: a share word right before "of".
_SHARE_HINT = lazyre.compile(
    " of (?:"
    + "|".join(f"(?<={w} of )" for w in ("%", "cent", "quarter", "quarters", "third", "thirds"))
    + "|(?<=fifth of )|(?<=half of )|(?<=tenth of ))"
)
_SHARE_AMT = rf"(?:{CUR}\s?)?\d[\d,]*(?:\.\d+)?(?:\s?(?:trillion|billion|million|bn)\b)?"
# "PART ..., (hedge) a quarter of the island's 2.8 million WHOLE": a part, then the
# share it is said to be of a whole the same clause gives. No other figure between.
_SHARE_OF = lazyre.compile(
    rf"(?<![\w.,$€£-])(?P<part>{_SHARE_AMT})(?![\d%]|\s?per ?cent)[^;:()%\d]{{1,90}}?,\s+"
    r"(?:or\s+|which\s+is\s+|equal\s+to\s+)?(?P<hedge>about|around|roughly|generally|approximately|some"
    r"|nearly|almost|just\s+over|just\s+under|more\s+than|less\s+than|over|under)?\s*"
    r"(?P<share>a\s+(?:quarter|third|fifth|tenth)|one[\s-](?:quarter|third|fifth)|half|two[\s-]thirds"
    r"|three[\s-]quarters|(?P<pct>\d+(?:\.\d+)?)\s?(?:%|per ?cent\b|percent\b))"
    r"\s+of\s+(?:(?:the\s+)?[A-Za-z][\w-]*(?:'s|’s)|the|its|their|all)\s+(?:[a-z][\w-]*\s+){0,3}?"
    rf"(?P<whole>{_SHARE_AMT})(?![\d%]|\s?per ?cent)",
)


# "rejected 1,850 claims in 2023 and 2024, and 370 of them, about a third, were ...":
# a part of the count just given, and the share it is said to be.
_OF_THEM_SHARE = lazyre.compile(
    rf"(?<![\w.,$€£-])(?P<whole>{_SHARE_AMT})(?![\d%]|\s?per ?cent)\s+[a-z][^;:()%]{{0,80}}?,?\s+"
    rf"(?:and|but|of which|of whom)\s+(?P<part>{_SHARE_AMT})\s+(?:of\s+(?:them|those|these)\s*)?,\s+"
    r"(?P<hedge>about|around|roughly|approximately|some|nearly|almost|more\s+than|less\s+than|over|under)?\s*"
    r"(?P<share>a\s+(?:quarter|third|fifth|tenth)|one[\s-](?:quarter|third|fifth)|half|two[\s-]thirds"
    r"|three[\s-]quarters|(?P<pct>\d+(?:\.\d+)?)\s?(?:%|per ?cent\b|percent\b)),"
)
# "38 percent of the population of about 30 million ..., or some 14.5 million people":
# a share of a whole, then the part it makes.
_SHARE_THEN_PART = lazyre.compile(
    r"(?<![\w.])(?P<pct>\d+(?:\.\d+)?)\s?(?:%|per ?cent\b|percent\b)\s+of\s+(?:the|its|their)\s+"
    r"(?:[a-z-]+\s+){1,3}?of\s+(?P<hw>about|around|roughly|approximately|some|nearly|almost)?\s*"
    rf"(?P<whole>{_SHARE_AMT})(?![\d%]|\s?per ?cent)(?:[^,;:()%\d]|{_SEASON}){{0,50}},\s+or\s+"
    r"(?P<hp>about|around|roughly|approximately|some|nearly|almost)?\s*"
    rf"(?P<part>{_SHARE_AMT})(?![\d%]|\s?per ?cent)"
)


# A multiple stated in words about a rate the story gave as two figures before it.
_MULTIPLE_OF = lazyre.compile(
    r"\b(?P<hedge>more than |over |nearly |almost |roughly |about |around )?"
    r"(?P<verb>doubled|tripled|trebled|quadrupled|halved)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?P<noun>(?:[\w-]+\s+){0,2}?(?:rate|rates|share|proportion|odds|risk|chance|number))\b",
    re.I,
)
# "34.2% of patients ..., compared with 12.1% of those on placebo".
_PAIR = lazyre.compile(
    r"(?P<a>\d+(?:\.\d+)?)\s?(?:%|per ?cent)[^.;]{0,80}?\b(?:compared with|compared to"
    r"|versus|vs\.?|against)\s[^.;\d]{0,40}?(?P<b>\d+(?:\.\d+)?)\s?(?:%|per ?cent)",
    re.I,
)
_DIGIT = lazyre.compile(r"\d")
_MULTIPLE_WORDS = ("doubled", "tripled", "trebled", "quadrupled", "halved")
_FACTORS = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}
_GENERIC_NOUNS = frozenset(
    {"rate", "rates", "share", "proportion", "odds", "risk", "chance", "number"}
)


def _earlier_pair(sentences: list[str], noun: str) -> tuple[float, float] | None:
    """(first, second) percentages compared in a recent sentence about the same thing."""
    words = [w for w in noun.lower().split() if w not in _GENERIC_NOUNS and len(w) > 3]
    for text in reversed(sentences):
        pair = _PAIR.search(text)
        if pair and words and all(w[:6] in text.lower() for w in words):
            return float(pair.group("a")), float(pair.group("b"))
    return None


def _multiple_mismatch(m: re.Match[str], a: float, b: float) -> str | None:
    """A message when 'tripled' (hedged or not) cannot describe a against b."""
    if not a or not b:
        return None
    factor = _FACTORS[m.group("verb").lower()]
    ratio = a / b if factor > 1 else min(a, b) / max(a, b)
    hedge = (m.group("hedge") or "").strip().lower()
    if hedge in ("more than", "over"):
        wrong = ratio < factor * 0.97
    elif hedge in ("nearly", "almost"):
        wrong = not factor * 0.8 <= ratio <= factor * 1.02
    else:
        wrong = not factor * 0.85 <= ratio <= factor * 1.15
    if not wrong:
        return None
    return (
        f"'{m.group(0).strip()}' does not match the figures given before it "
        f"({a:g}% against {b:g}% is {ratio:.2f} times)"
    )


# "the 17-character number", "a 30-year mortgage": the figure counts the hyphened word.
