# ruff: noqa: E501  (long regular expressions read better unbroken)
"""Inconsistent figures within one article (NL301-NL311).

Like statcheck recomputing a reported p-value, these checks recompute what an
article says about its own numbers: the same investment given two sizes or two
hedges, a sum called undisclosed and then stated, a percentage change that its
own before/after figures contradict, a weekday that is not that date's weekday.

Precision comes first. Every check flags only what is impossible under the
rounding the text itself uses (interval arithmetic on "$12 million" = 11.5-12.5),
pairs mentions only when measure and subject agree, and stays quiet when the
sentence signals a different fact (another year, a tranche, a comparison).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from itertools import pairwise
from types import SimpleNamespace
from typing import Any

from newslint.checks.base import Check, Context, rule
from newslint.document import Document
from newslint.model import Finding
from newslint.quantities import (
    _MONTH_RE,
    _WEEKDAY_RE,
    COMMON_CAPS,
    CONVERSION,
    DEAL_MEASURES,
    FRACTIONS,
    HEDGE_WORDS,
    MONTHS,
    NUMBER_RE,
    NUMBER_WORDS,
    SCALES,
    WEEKDAYS,
    Analysis,
    Figure,
    SentenceInfo,
    analyse,
    context_entities,
    conversion_gap,
    hedge_at,
    number_value,
    ordinal_value,
    parse_amount,
)

# Sign patterns for the checks' own amount regexes (all currencies, no groups).
CUR = (
    r"(?:US\$|[A-Z]{1,2}\$|\$|E£|€|£|¥|₹|₩|₦|₱|RM|Rp|KSh|Rs\.?|R(?=\d[\d,.]*[\s-]?(?:trillion|billion|million|bn|m)\b|\d{1,3},\d)"
    r"|N(?=\d[\d,.]*[\s-]?(?:trillion|billion|million|bn)\b))"
)


# A number that reads as a year (1800-2099), compiled once: it is tried on every figure.
_YEAR_LIKE = re.compile(r"(?:1[89]|20)\d\d")


_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Words that make two different amounts legitimately different facts.
_DIFFERENT_FACT = re.compile(
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
_DIFFERENT_AFTER = re.compile(
    r"\b(?:more|extra|additional|in total|total|so far|to date|combined|each|apiece|per|"
    r"earlier|before|previously|last|next|ago|"
    r"in (?:19|20)\d\d|tranche|instal?lments?|initially|at first)\b",
    re.I,
)
# Words that make a figure a part of the whole ("another $4 billion", "its
# initial $1.25 billion"): neither its hedge nor its value speaks for the whole.
TRANCHE = re.compile(
    r"\b(?:another|additional|further|extra|initial(?:ly)?|(?:first|second)(?![- ](?:quarter|half))|remaining|rest|total|"
    r"tranche|instal?lments?|bringing|so far|to date|combined|cumulative)\b",
    re.I,
)
_HEDGE_PHRASE = re.compile(r"\b(?:more than|no more than|less than|up to|as much as)\b", re.I)
_YEARISH = re.compile(
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


_SAID = re.compile(
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


_YEAR_ONLY = re.compile(r"\b(?:19|20)\d\d\b")


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
    def line_of(doc: Document, s: SentenceInfo, start: int) -> int:
        return doc.lines.position(s.block.source_span(start, start + 1)[0])[0]

    @staticmethod
    def pub(doc: Document, ctx: Context) -> date | None:
        return analyse(doc, ctx.option("publication-date")).pubdate


# ---------------------------------------------------------------- NL301 / NL302


class SameFigureCheck(_Base):
    """One measure of one subject stated with different values or hedges."""

    rules = (
        rule(
            "NL301",
            "figure-mismatch",
            "warning",
            "The same figure is given two different values in one article",
            """One measure of one subject (Amazon's investment in Anthropic, the
            strike's weekly cost) is stated with values that cannot both be true,
            even allowing for rounding and hedges. Readers cannot tell which is right;
            different sources giving different estimates ("Ford said...", "analysts
            estimated...") are not reported, since reporting a disagreement is not an error;
            check the source and use one value throughout. A definite restatement
            ("the 40,000 trees", "the £4.5 million road repair fund", "the 2-1 win")
            must agree with the figure it refers back to ("50,000 trees", "£4.2 million
            for road repairs", "a 3-1 win"). Mentions that signal a different fact
            (another year, a tranche, a total, a comparison) are left alone. A measure
            given in two units ("1,800 hectares (about 45 square kilometres)") must
            convert, allowing for rounding and a hedge.""",
            bad=[
                "Ford said the strike cost it $53 million a week in lost production.\n\n"
                "The strike, which cost Ford $66 million a week in lost production, hurt margins.",
                "The city will plant 50,000 trees by 2030.\n\n"
                "Once complete, the 40,000 trees will raise canopy cover to 25%.",
            ],
            good=[
                "Ford said the strike cost it $53 million a week in lost production.\n\n"
                "Ford said the strike cost it $66 million a week last year.",
                "Ford said the strike cost it $53 million a week in lost production.\n\n"
                "Analysts at Harlow estimated the cost to Ford at $66 million a week in lost production.",
                "The city will plant 50,000 trees by 2030.\n\n"
                "Once complete, the 50,000 trees will raise canopy cover to 25%.",
            ],
        ),
        rule(
            "NL302",
            "hedge-mismatch",
            "warning",
            "A figure's hedge is dropped or changed on a later mention",
            """"Invest up to $4 billion" is a cap; "Amazon's $4 billion investment"
            states it as fact. Dropping or changing a hedge ("nearly" then "more
            than") changes what the article claims. Keep the hedge of the source on
            every mention. Headlines, which drop hedges by convention, are not
            checked.""",
            bad=[
                "Amazon will invest up to $4 billion in Anthropic.\n\n"
                "Amazon's $4 billion investment in Anthropic gives it a minority stake."
            ],
            good=[
                "Amazon will invest up to $4 billion in Anthropic.\n\n"
                "Amazon's investment of up to $4 billion in Anthropic gives it a minority stake."
            ],
        ),
    )

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        an = analyse(doc, ctx.option("publication-date"))
        figs = [
            f
            for f in an.figures
            if f.measure
            and not an.sentences[f.sentence].drafting
            and not an.sentences[f.sentence].heading
        ]
        reported: set[int] = set()
        for j, b in enumerate(figs):
            for a in figs[:j]:
                if a.sentence == b.sentence or id(b) in reported:
                    continue
                finding = self._compare(doc, an, a, b, ctx, figs)
                if finding:
                    reported.add(id(b))
                    yield finding
        if ctx.wants("NL301") or ctx.wants("NL302"):
            done = {f.sentence for f in figs if id(f) in reported}
            for finding in self._restatements(doc, an, done):
                if ctx.wants(finding.rule):
                    yield finding
            if ctx.wants("NL301"):
                yield from self._transposed(doc, an, done)
                yield from self._conversions(an)
                if " won by " in doc.text:
                    yield from self._margin_vs_score(doc, an)

    def _margin_vs_score(self, doc: Document, an: Analysis) -> Iterator[Finding]:
        """'Aarhus ... beating Odense 31-27' then 'Aarhus won by three goals': a winning
        margin in goals or points must be the difference of the final score the
        article gave for that winner (only when it gave that winner one score)."""
        scores = [
            (s, m)
            for s in an.sentences
            # One score in the sentence: "beat Odense 31-27 and Esbjerg 30-25" is two games.
            if not s.drafting and len(_SCORE_HINT.findall(s.text)) == 1
            for m in _WIN_SCORE.finditer(s.text)
        ]
        for s in an.sentences:
            if s.drafting or s.heading or " won by " not in s.text:
                continue
            for w in _WON_BY.finditer(s.text):
                margin = number_value(w.group("n"))
                team = w.group("team")
                mine = [(ss, m) for ss, m in scores if ss is not s and team in ss.text[: m.start()]]
                if margin is None or len({m.group("a", "b") for _, m in mine}) != 1:
                    continue  # no score for this winner, or several games
                ss, m = mine[0]
                a, b = int(m.group("a")), int(m.group("b"))
                if abs(a - b) == margin:
                    continue
                start, end = self.span(s, s.start + w.start(), s.start + w.end())
                line = self.line_of(doc, ss, ss.start + m.start("a"))
                yield Finding(
                    "NL301",
                    start,
                    end,
                    f"A margin of {w.group('n')} {w.group('unit')}, but line {line} gives the "
                    f"score as {a}-{b}, a margin of {abs(a - b)}",
                    related=(
                        (doc.path, *self.span(ss, ss.start + m.start("a"), ss.start + m.end())),
                    ),
                )

    def _conversions(self, an: Analysis) -> Iterator[Finding]:
        """'1,800 hectares (about 45 square kilometres)': one measure in two units
        whose conversion is off by more than rounding and a hedge allow."""
        for s in an.sentences:
            text = s.text
            if s.drafting or not ("(" in text or " or " in text) or not _ASCII_DIGIT.search(text):
                continue
            for m in CONVERSION.finditer(text):
                gap = conversion_gap(m)
                if gap is None:
                    continue
                ratio, want = gap
                if 0.8 <= ratio <= 1.25:
                    continue
                start, end = self.span(s, s.start + m.start(), s.start + m.end())
                first = text[m.start() : m.end("u1")]
                second = text[m.start("n2") : m.end("u2")]
                yield Finding(
                    "NL301",
                    start,
                    end,
                    f"{first} converts to about {want:,.3g} {m.group('u2')}, not {second}",
                )

    def _transposed(self, doc: Document, an: Analysis, done: set[int]) -> Iterator[Finding]:
        """'A crowd of 7,412' then 'The 7,214 crowd': one figure with two digits swapped."""
        marks = _swap_marks(an)
        values: dict[tuple[str, float], int] = {}
        for x in marks:
            values[x.key, x.value] = values.get((x.key, x.value), 0) + 1
        for j, b in enumerate(marks):
            sb = an.sentences[b.sentence]
            if b.sentence in done or sb.heading or values[b.key, b.value] > 1:
                continue
            for a in reversed(marks[:j]):
                if (
                    a.key != b.key
                    or a.sentence == b.sentence
                    or not _one_swap(a.digits, b.digits)
                    or not _swap_linked(a, b)
                ):
                    continue
                sa = an.sentences[a.sentence]
                if any(
                    x.key == b.key and x.value in (a.value, b.value) and x.value != y.value
                    for x in marks
                    for y in (a, b)
                    if x.sentence == y.sentence
                ):
                    break  # "rose to £54m from £45m": both figures in one sentence
                if _RESTATED_OTHER.search(
                    sb.text, max(0, b.start - sb.start - 40), b.start - sb.start
                ) or _PHRASE_OTHER.search(b.phrase):
                    break
                ta = _time_markers(_around(sa.text, a.start - sa.start, a.end - sa.start))
                tb = _time_markers(_around(sb.text, b.start - sb.start, b.end - sb.start))
                if (ta and tb and ta != tb) or _VOLATILE.search(sa.text + " " + sb.text):
                    break  # another date; a market value moves from day to day
                line = self.line_of(doc, sa, a.start)
                start, end = self.span(sb, b.start, b.end)
                msg = (
                    f"'{b.text}' has the digits of '{a.text}' (line {line}) in another "
                    "order: the same figure mistyped?"
                )
                done.add(b.sentence)
                yield Finding(
                    "NL301", start, end, msg, related=((doc.path, *self.span(sa, a.start, a.end)),)
                )
                break

    def _turned(self, doc: Document, an: Analysis, a: _Mention, b: _Mention) -> Iterator[Finding]:
        """'up 13%' then 'the 13% decline': one change, two directions."""
        sa, sb = an.sentences[a.sentence], an.sentences[b.sentence]
        if _RESTATED_OTHER.search(sb.text, max(0, b.start - sb.start - 40), b.end - sb.start):
            return
        line = self.line_of(doc, sa, a.start)
        start, end = self.span(sb, b.start, b.end)
        word = {"up": "a rise", "down": "a fall"}
        msg = (
            f"'{b.text}' is {word[b.direction]}, but line {line} gives the same "
            f"{b.text.split()[0]} as {word[a.direction]}"
        )
        yield Finding(
            "NL301", start, end, msg, related=((doc.path, *self.span(sa, a.start, a.end)),)
        )

    def _cap_dropped(
        self, doc: Document, an: Analysis, a: _Mention, b: _Mention
    ) -> Iterator[Finding]:
        """'creating up to 620 jobs' then 'the 620 new jobs': a cap restated as fact."""
        sa, sb = an.sentences[a.sentence], an.sentences[b.sentence]
        if abs(a.hi - b.hi) > 1e-9 or a.kind != b.kind:
            return
        if _RESTATED_OTHER.search(sb.text, max(0, b.start - sb.start - 40), b.end - sb.start):
            return
        other = _PHRASE_OTHER.search(b.text)
        if other and not _same_period(other.group(0), sa.text):
            return  # "the $40 annual fee" after "up to $40 a month" is another sum
        ta = _time_markers(_around(sa.text, a.start - sa.start, a.end - sa.start))
        tb = _time_markers(_around(sb.text, b.start - sb.start, b.end - sb.start))
        if ta and tb and ta != tb:
            return
        before = an.sentences[a.sentence - 1] if a.sentence else sa
        if (
            b.owner
            and b.owner not in sa.text
            and (before.para != sa.para or b.owner not in before.text)
        ):
            return
        line = self.line_of(doc, sa, a.start)
        start, end = self.span(sb, b.start, b.end)
        earlier = _phrase(sa.text, a.start - sa.start, a.end - sa.start)
        msg = f"'{b.text}' (no hedge) but line {line} says '{earlier}' (up to) for the same figure"
        yield Finding(
            "NL302", start, end, msg, related=((doc.path, *self.span(sa, a.start, a.end)),)
        )

    def _restatements(self, doc: Document, an: Analysis, done: set[int]) -> Iterator[Finding]:
        """'The £4.5 million road repair fund' after '£4.2 million for road repairs'."""
        mentions = _mentions(an)
        for j, b in enumerate(mentions):
            sb = an.sentences[b.sentence]
            if b.sentence in done or sb.heading:
                continue
            # "will face a £1,000 fine": an indefinite figure stated as certain is only
            # compared with a cap ("can be fined up to £1,000").
            certain = not b.definite and _CERTAIN_BEFORE.search(
                sb.text, max(0, b.start - sb.start - 24), b.start - sb.start
            )
            if not b.definite and not certain:
                continue
            earlier = [
                a
                for a in mentions[:j]
                if a.sentence != b.sentence
                and a.kind == b.kind
                and _same_thing(b.words, a.words)
                # "a seven-wicket win" is a margin: only another margin restates it.
                and (not _MARGIN_WORDS & set(b.words) or _is_margin(an, a))
            ]
            # Open intervals: "four" (3.5-4.5) and "five" (4.5-5.5) do not overlap.
            same = [a for a in earlier if a.lo < b.hi and b.lo < a.hi]
            if (
                same
                and b.direction
                and all(a.direction and a.direction != b.direction for a in same)
            ):
                yield from self._turned(doc, an, same[-1], b)
                continue
            capped = [
                a
                for a in mentions[:j]
                if a.sentence != b.sentence
                and a.kind == b.kind
                and abs(a.hi - b.hi) < 1e-9
                and (
                    set(a.words[:2]) <= set(b.words[:3])
                    or {_root(w).rstrip("e") for w in a.words[:2]}
                    <= {_root(w).rstrip("e") for w in b.words[:3]}
                    or _same_thing(b.words, a.words)
                )
            ]
            if not b.hedge and capped and all(a.hedge == "upto" for a in capped):
                # Every earlier mention of this value was a cap: "up to 620 jobs".
                yield from self._cap_dropped(doc, an, capped[-1], b)
                continue
            if certain:
                continue
            if not earlier or same:
                continue
            a = earlier[-1]
            sa = an.sentences[a.sentence]
            if any(
                f.sentence == a.sentence and interval(f)[0] < b.hi and b.lo < interval(f)[1]
                for f in an.figures
            ):
                continue  # "to £412 million, from £378 million" / "the £378 million profit"
            if b.owner and b.owner not in sa.text:
                continue  # "Amazon's $5 billion bet" restates only what Amazon put in
            unit = _UNIT_ADJECTIVE.match(b.text)
            if (
                unit
                and _root(unit.group(1))
                not in _around(sa.text, a.start - sa.start, a.end - sa.start).lower()
            ):
                continue  # "the 17-character number" counts characters, not the vehicles
            ea, eb = (
                context_entities(an, a.sentence, back=0),
                context_entities(an, b.sentence, back=0),
            )
            if ea and eb and not ea & eb:
                continue  # the two sentences are about different parties
            if _RESTATED_OTHER.search(
                sb.text, max(0, b.start - sb.start - 40), b.end - sb.start
            ) or _PHRASE_OTHER.search(b.text):
                continue  # "the remaining 40,000", "$13 billion total investment"
            pa = _PLACE_AFTER.findall(sa.text, a.end - sa.start, a.end - sa.start + 40)
            pb = _PLACE_AFTER.findall(sb.text, b.end - sb.start, b.end - sb.start + 40)
            if pa and pb and not set(pa) & set(pb):
                continue  # "factory in Mexico" / "factory in Texas"
            near_b = _PLACE_AFTER.findall(sb.text, b.end - sb.start, b.end - sb.start + 25)
            if near_b and not any(w in sa.text for w in near_b):
                continue  # "the $4 billion investment by Amazon": not the earlier party's
            src_a, src_b = sources(sa.text), sources(sb.text)
            if src_a and src_b and not src_a & src_b and not _digits_swapped(a.text, b.text):
                continue  # two sources' estimates, unless one is the other mistyped
            # A definite mention need not repeat the date: only two different dates part them.
            ta = _time_markers(_around(sa.text, a.start - sa.start, a.end - sa.start))
            tb = _time_markers(_around(sb.text, b.start - sb.start, b.end - sb.start))
            if ta and tb and ta != tb:
                continue
            line = self.line_of(doc, sa, a.start)
            start, end = self.span(sb, b.start, b.end)
            msg = f"'{b.text}' refers back to a figure, but line {line} says '{a.text}'"
            done.add(b.sentence)
            yield Finding(
                "NL301", start, end, msg, related=((doc.path, *self.span(sa, a.start, a.end)),)
            )

    def _compare(
        self, doc: Document, an: Analysis, a: Figure, b: Figure, ctx: Context, figs: list[Figure]
    ) -> Finding | None:
        sa, sb = an.sentences[a.sentence], an.sentences[b.sentence]
        same_value = abs(a.value - b.value) <= max(a.precision, b.precision) * 0.2 and a.hi == b.hi
        if same_value:
            if not ctx.wants("NL302") or not hedges_conflict(a.hedge, b.hedge):
                return None
            if not same_subject(a, b, strong=False):
                return None
            if any(
                TRANCHE.search(_around(x.text, f.start - x.start, f.end - x.start))
                for x, f in ((sa, a), (sb, b))
            ):
                return None
            ta = _time_markers(_around(sa.text, a.start - sa.start, a.end - sa.start))
            tb = _time_markers(_around(sb.text, b.start - sb.start, b.end - sb.start))
            if ta and tb and ta != tb:
                return None
            line = self.line_of(doc, sa, a.start)
            start, end = self.span(sb, b.start, b.end)
            earlier = _phrase(sa.text, a.start - sa.start, a.end - sa.start)
            later = _phrase(sb.text, b.start - sb.start, b.end - sb.start)
            msg = (
                f"'{later}' ({HEDGE_WORDS[b.hedge]}) but line {line} says '{earlier}' "
                f"({HEDGE_WORDS[a.hedge]}) for the same figure"
            )
            return Finding(
                "NL302", start, end, msg, related=((doc.path, *self.span(sa, a.start, a.end)),)
            )
        if not ctx.wants("NL301"):
            return None
        if not same_subject(a, b, strong=True):
            parties = {a.actor, a.target, b.actor, b.target}
            if (
                not same_deal(a, b)
                or set(an.entities[b.sentence]) - parties
                or any(
                    f is not a
                    and f is not b
                    and (same_deal(f, b) or same_subject(f, b, strong=False))
                    and compatible(f, b)
                    for f in figs
                )
            ):
                return None
        if a.kind == "count" and _other_places(an, a, b):
            return None
        src_a, src_b = sources(sa.text), sources(sb.text)
        if src_a and src_b and not src_a & src_b:
            return None  # two sources, two estimates: reporting a disagreement is not an error
        lo_a, hi_a = interval(a)
        lo_b, hi_b = interval(b)
        if lo_a <= hi_b and lo_b <= hi_a:
            return None
        own = _CUT_WORDS if a.measure == "job cuts" else frozenset()
        if different_fact(sa.text, a.start - sa.start, a.end - sa.start, own) or different_fact(
            sb.text, b.start - sb.start, b.end - sb.start, own
        ):
            return None
        if _times_differ(
            _around(sa.text, a.start - sa.start, a.end - sa.start),
            _around(sb.text, b.start - sb.start, b.end - sb.start),
        ):
            return None
        line = self.line_of(doc, sa, a.start)
        start, end = self.span(sb, b.start, b.end)
        msg = f"{b.text} for {subject(b)} here, but line {line} gives {a.text} for the same figure"
        return Finding(
            "NL301", start, end, msg, related=((doc.path, *self.span(sa, a.start, a.end)),)
        )


# A final score after a winning verb ("beating holders Odense 31-27", "won 3-1") and a
# margin stated later ("Aarhus won by three goals"). Goals and points only: a margin in
# runs or wickets is not the difference of two written scores.
_SCORE_HINT = re.compile(r"\d[-–]\d+(?![-–]\d)")
_WIN_SCORE = re.compile(
    r"\b(?:beat|beats|beating|defeated|defeating|edged|edging|thrashed|thrashing|won|overcame)\b"
    r"[^.;:]{0,60}?(?<![\d.-])(?P<a>\d{1,3})[-–](?P<b>\d{1,3})\b(?![-–]\d|\s*(?:at|by) (?:half|the break))"
)
_WON_BY = re.compile(
    rf"\b(?P<team>[A-Z][\w'’-]+)\s+won\s+by\s+(?P<n>\d{{1,3}}|{NUMBER_RE})\s+(?P<unit>goals|points)\b"
)


# ---------------------------------------------------------------- NL301 restatements

# "The £4.5 million road repair fund", "the 40,000 trees", "the 2-1 win": a definite
# figure refers back to one the article has already given. Every numbered phrase is
# a mention; a definite one whose words match earlier mentions that all give another
# value restates the same figure differently.
_MENTION = re.compile(
    rf"(?P<det>\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Aa]ll|(?P<owner>[A-Z][\w.&-]*)['’]s)\s+)?"
    rf"(?P<pre>\bmagnitude\s+)?"
    rf"(?<![\w.,:/])(?<![A-Za-z]-)(?P<cur>{CUR})?\s?"
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{NUMBER_RE})\b"
    rf"(?:[-–](?P<num2>\d{{1,2}})\b)?"
    rf"(?:\s?(?P<scale>million|billion|trillion|bn|m|k)\b)?"
    rf"(?P<pct>\s?(?:%|per ?cent\b|percent\b))?"
    rf"(?:-(?P<unit>[a-z]+))?"
    # "a RM3.2 billion (about US$750 million) plant": the noun after a conversion.
    rf"(?:\s\([^()]{{1,40}}\))?"
    rf"(?P<np>(?:\s+(?:(?:for|of|in)\s+[A-Za-z][\w'’-]*|[a-z][a-z'’-]*)){{0,4}})",
)
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
_TIME_NOUNS = frozenset(
    [
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "hour",
        "hours",
        "minute",
        "minutes",
        "second",
        "seconds",
        "time",
        "times",
        "decade",
        "decades",
        "century",
        "centuries",
        "percent",
        "cent",
        "point",
        "points",
    ]
)
_RANKED = re.compile(r"\b(?:\w+est|most|least|first|last|top|bottom|next|remaining|other)\b", re.I)


# A ranked subset before the figure: "lost their last six wickets", "the top 10 firms".
_RANKED_BEFORE = re.compile(
    r"\b(?:last|first|final|remaining|top|bottom|next|other|opening|closing)\s+$", re.I
)
# A result's margin: "a seven-wicket win", "a 3-0 defeat", "a 12-point lead".
_MARGIN_WORDS = frozenset(
    {"win", "victory", "defeat", "loss", "lead", "margin", "triumph", "thrashing", "draw"}
)


def _is_margin(an: Analysis, m: _Mention) -> bool:
    """'a six-wicket win' or 'won by six wickets': a result's margin."""
    s = an.sentences[m.sentence]
    return bool(_MARGIN_WORDS & set(m.words)) or s.text[: m.start - s.start].rstrip().endswith(
        " by"
    )


class _Mention:
    """One numbered phrase: its value interval and the words that say what it counts."""

    __slots__ = (
        "definite",
        "direction",
        "end",
        "hedge",
        "hi",
        "kind",
        "lo",
        "owner",
        "sentence",
        "start",
        "text",
        "words",
    )

    def __init__(self, sentence: int, start: int, end: int, lo: float, hi: float,
                 hedge: str, words: tuple[str, ...], definite: bool) -> None:  # fmt: skip
        self.sentence, self.start, self.end = sentence, start, end
        self.lo, self.hi, self.hedge = lo, hi, hedge
        self.words, self.definite = words, definite
        self.text = ""
        self.kind = ""
        self.owner = ""
        self.direction = ""

    def named(self, text: str, kind: str, owner: str = "") -> _Mention:
        """The mention with its figure and phrase as written ('40,000 trees'), what it
        counts in (a currency, percent, a score, a plain count) and its owner
        ("Amazon's")."""
        self.text, self.kind, self.owner = text, kind, owner
        return self


def _kind_of(m: re.Match[str]) -> str:
    if m.group("cur"):
        return m.group("cur")
    if m.group("pct"):
        return "%"
    return "score" if m.group("num2") else "count"


def _stem(word: str) -> str:
    word = word.lower().strip("'’-")
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _np_words(np: str, unit: str | None, pre: str | None) -> tuple[tuple[str, ...], str]:
    """The content words of the phrase after a figure, up to the first function word,
    and that phrase as written."""
    words: list[str] = []
    if pre:
        words.append("magnitude")
    if unit:
        words.append(_stem(unit))
    raw_words = np.split()
    taken = 0
    for i, raw in enumerate(raw_words):
        w = raw.lower()
        if w in ("for", "of", "in") and (i == 0 or len(words) <= 2):
            continue  # "£4.2 million for road repairs", "reduction in risk"
        if w in _NP_STOP or (not w.isalpha() and "-" not in w):
            break
        words.append(_stem(w))
        taken = i + 1
    return tuple(words), " ".join(raw_words[: min(taken, 3)])


def _mentions(an: Analysis) -> list[_Mention]:
    out: list[_Mention] = []
    for si, s in enumerate(an.sentences):
        if s.drafting or not _may_count(s.text):
            continue
        for m in _MENTION.finditer(s.text):
            num = m.group("num")
            if _YEAR_LIKE.fullmatch(num) and not (m.group("cur") or m.group("pct")):
                continue  # a year
            if num.lower() == "one" and not m.group("scale"):
                continue  # "the one thing", "one major decision": rarely a count
            words, phrase = _np_words(m.group("np") or "", m.group("unit"), m.group("pre"))
            if words and not m.group("det") and not m.group("cur"):
                # "A crowd of 7,412 packed into the ground": the count is of the crowd,
                # whatever verb follows the figure.
                collective = _COLLECTIVE_OF.search(s.text, max(0, m.start() - 40), m.start())
                if collective:
                    words = (_root(collective.group(1)), *words[:2])
            if not words and not m.group("det"):
                # "valuing the company at $5 billion.": the measure is the verb before it.
                before = _MEASURE_VERB.search(s.text, max(0, m.start() - 40), m.start())
                collective = _COLLECTIVE_OF.search(s.text, max(0, m.start() - 40), m.start())
                if m.group("cur") and _MORE_AFTER.match(m.group("np") or ""):
                    words, phrase = ("increase",), ""
                elif before:
                    words, phrase = (_root(before.group(1)),), ""
                elif collective:
                    # "a sell-out crowd of 52,000": the count is of the noun before "of".
                    words, phrase = (_root(collective.group(1)),), collective.group(1)
                elif (m.group("cur") or m.group("scale")) and (
                    named := _NOUN_BEFORE.search(s.text, max(0, m.start() - 60), m.start())
                ):
                    # "pre-tax profit to £412 million", "revenue of $5 billion": the
                    # measure named just before the figure.
                    words, phrase = (_stem(named.group(1)),), ""
                elif m.group("pct") and (
                    rate := _RATE_OF.search(s.text, max(0, m.start() - 40), m.start())
                ):
                    # "a yield of up to 9% a year": the rate named before the figure.
                    words, phrase = (_stem(rate.group(1)),), ""
                elif m.group("pct") and _direction(s.text[max(0, m.start() - 14) : m.start()], ""):
                    # "revenue of $24.2 billion, up 13%": the measure named before the change.
                    nouns = _CHANGE_NOUN.findall(s.text, max(0, m.start() - 70), m.start())
                    if nouns:
                        words, phrase = (_stem(nouns[-1]),), ""
            if not words or words[0] in _TIME_NOUNS or _RANKED.search(m.group("np") or ""):
                continue
            if _RANKED_BEFORE.search(s.text, max(0, m.start() - 12), m.start("num")):
                continue  # "their last six wickets", "the first 100 days": a subset
            if num[0].isdigit():
                value, prec = parse_amount(num, m.group("scale"))
            else:
                n = number_value(num)
                if n is None:
                    continue
                value, prec = n, 0.5
            if m.group("num2"):  # a score: 3-1 is 3.01, so 2-1 differs from it
                value += int(m.group("num2")) / 100.0
                prec = 0.001
            start = m.start("cur") if m.group("cur") else m.start("num")
            det = bool(m.group("det"))
            if det and m.group("det").strip().lower() == "all" and value < 1000:
                det = False  # "all 34 boys", "all three schools": a group, not a total restated
            hedge = hedge_at(s.text, start, m.end("num"))
            end = max(m.end("num"), m.end("num2"), m.end("scale"), m.end("pct"), m.end("unit"))
            fig = SimpleNamespace(value=value, hi=value, precision=prec, hedge=hedge)
            lo, hi = interval(fig)
            out.append(
                _Mention(si, s.start + start, s.start + end, lo, hi, hedge, words, det).named(
                    f"{s.text[start:end]} {phrase}".strip(), _kind_of(m), m.group("owner") or ""
                )
            )
            if m.group("pct"):
                out[-1].direction = _direction(
                    s.text[max(0, m.start() - 14) : m.start()], m.group("np") or ""
                )
    return out


# ---------------------------------------------------------------- NL301 transposed digits

# "£14.6m" then "£16.4m", "112 meadows" then "the 121 meadows": two digits of one figure
# swapped is the commonest typing slip in copy. The digits must be many enough to make a
# chance likeness unlikely, and what the two figures count must agree.
_SWAP_SYNONYMS = {
    "participant": "participant",
    "patient": "participant",
    "volunteer": "participant",
    "enrolle": "participant",
    "subject": "participant",
    "supporter": "crowd",
    "spectator": "crowd",
}


_SWAP_FIG = re.compile(
    rf"(?<![\w.,:/£$€¥₦₱-])(?P<cur>{CUR})?"
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"(?:(?:\s?|-(?=[mbt]))(?P<scale>million|billion|trillion|bn|m|k)\b|\b)(?![.,]\d)"
    rf"(?P<pct>\s?(?:%|per ?cent\b|percent\b))?(?:[-–](?P<unit>[a-z0-9]+))?"
    rf"(?P<np>(?:\s+(?:(?:for|of|in)\s+[A-Za-z][\w'’-]*|[a-z][a-z'’-]*)){{0,4}})",
)


# A death toll given as a bare number or as the people who died.
_TOLL_BEFORE = re.compile(
    r"\b(?:death\s+)?toll\b(?:\s+(?:for|of|in|this|so)\s+[\w\s]{1,20}?)?\s+"
    r"(?:to|of|at|reached|stands at|stood at|rose to|climbed to|is|was)\s+$"
)
_DIED_AFTER = re.compile(
    r"\s+(?:people|persons|patients)\s+(?:have\s+|had\s+|has\s+)?"
    r"(?:died|been killed|were killed)\b"
)


_VOLATILE = re.compile(
    r"\b(?:market (?:value|valuation|capitali[sz]ation|cap)|share price|stock price|"
    r"shares? (?:closed|opened|traded|rose|fell)|exchange rate)\b",
    re.I,
)


class _Swap(SimpleNamespace):
    """One written figure: its digits, what it counts in (currency and scale, or a
    plain count) and the words after it."""


def _swap_marks(an: Analysis) -> list[_Swap]:
    out: list[_Swap] = []
    for si, s in enumerate(an.sentences):
        if s.drafting or not _ASCII_DIGIT.search(s.text):
            continue
        for m in _SWAP_FIG.finditer(s.text):
            num = m.group("num")
            if m.group("pct") or m.group("unit"):
                continue
            if _YEAR_LIKE.fullmatch(num) and not m.group("cur"):
                continue  # a year
            digits = num.replace(",", "")
            scale = (m.group("scale") or "").lower()
            scale = {"m": "million", "bn": "billion", "k": "thousand"}.get(scale, scale)
            cur = m.group("cur") or ""
            if len(digits.replace(".", "")) < (2 if scale else 3):
                continue  # "12" and "21": too likely to be two figures
            words, phrase = _np_words(m.group("np") or "", None, None)
            who = _WHO_VERB.match(m.group("np") or "") if not words else None
            if who:
                words = (_stem(who.group(1)),)  # "the 2,300 who started": counts starters
            collective = _COLLECTIVE_OF.search(s.text, max(0, m.start() - 40), m.start())
            if collective and not cur:
                words = (_root(collective.group(1)), *words[:2])
            # "taking the toll to 179" / "197 people had died": one death toll.
            if (
                not cur
                and ("toll" in s.text or "died" in s.text or "killed" in s.text)
                and (
                    _TOLL_BEFORE.search(s.text, max(0, m.start() - 40), m.start())
                    or _DIED_AFTER.match(m.group("np") or "")
                )
            ):
                words = ("toll",)
            if not cur and (not words or words[0] in _TIME_NOUNS):
                continue  # a bare count: what it counts is unknown
            if _RANKED.search(phrase):
                continue  # "the 10 largest banks"
            start = m.start("cur") if cur else m.start("num")
            end = max(m.end("num"), m.end("scale"))
            out.append(
                _Swap(
                    sentence=si,
                    start=s.start + start,
                    end=s.start + end,
                    key=f"{cur}|{scale}",
                    digits=digits,
                    value=float(digits),
                    words=words,
                    phrase=phrase,
                    before=s.text[max(0, m.start() - 40) : m.start()],
                    text=f"{s.text[start:end]} {phrase}".strip() if not cur else s.text[start:end],
                )
            )
    return out


_WHO_VERB = re.compile(r"\s+(?:who|that)\s+([a-z]{4,}ed)\b")


def _one_swap(a: str, b: str) -> bool:
    """b is a with two of its digits swapped (the decimal point stays put)."""
    if len(a) != len(b) or a == b or a.find(".") != b.find("."):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


_LEADING_DIGITS = re.compile(r"\D{0,4}(\d[\d,.]*\d|\d)")


def _digits_swapped(a: str, b: str) -> bool:
    """'2.3 million shoppers' then 'all 3.2 million affected shoppers': the second
    figure is the first with two digits swapped, a typing slip rather than another
    source's estimate."""
    ma, mb = _LEADING_DIGITS.match(a), _LEADING_DIGITS.match(b)
    if not ma or not mb:
        return False
    da, db = ma.group(1).replace(",", ""), mb.group(1).replace(",", "")
    return len(da.replace(".", "")) >= 2 and _one_swap(da, db)


def _swap_linked(a: _Swap, b: _Swap) -> bool:
    """The two figures count the same thing: counts of one noun (or of synonyms:
    patients and participants of one trial); sums of money unless each names
    another measure ("£1.2bn revenue" / "£2.1bn costs")."""
    if _same_thing(a.words, b.words):
        return True
    ra = {_SWAP_SYNONYMS.get(_root(w), _root(w)) for w in a.words[:2]}
    rb = {_SWAP_SYNONYMS.get(_root(w), _root(w)) for w in b.words[:2]}
    if ra & rb:
        return True
    if a.key.startswith("|"):
        return False  # counts ("8.6 million visitors") must name one thing
    named = [
        _CHANGE_NOUN.search(" ".join(x.words[:2])) or _CHANGE_NOUN.search(x.before) for x in (a, b)
    ]
    return not (named[0] and named[1]) or _root(named[0].group(1)) == _root(named[1].group(1))


# Words before a definite figure that make it another fact than the earlier one.
_RESTATED_OTHER = re.compile(
    r"\b(?:another|additional|further|extra|remaining|rest|total|combined|cumulative|initial(?:ly)?|"
    r"original(?:ly)?|revised|latest|new(?:ly)?|now|earlier|previous(?:ly)?|first|second|third|"
    r"final|other|each|per|than|compared|versus|vs|up from|down from|instead of|rather than|"
    r"tranche|instal?lments?|so far|to date|bringing)\b",
    re.I,
)
# Words in a figure's own phrase that make it another quantity ("$13 billion total").
_PERIOD_OF = {
    "annual": "year",
    "yearly": "year",
    "monthly": "month",
    "weekly": "week",
    "daily": "day",
}


def _same_period(word: str, earlier: str) -> bool:
    """'monthly' in a restatement of 'up to S$4 more a month': the same rate."""
    unit = _PERIOD_OF.get(word.lower())
    return (
        bool(unit)
        and re.search(rf"\b(?:a|an|per|each|every)\s+{unit}\b|\b{word}\b", earlier, re.I)
        is not None
    )


_PHRASE_OTHER = re.compile(
    r"\b(?:total|combined|cumulative|overall|additional|extra|remaining|further|other|annual|"
    r"yearly|monthly|weekly|daily|per|each|average|median)\b",
    re.I,
)
# A place or party right after a figure's phrase: "factory in Texas", "stake in Nimbus".
_PLACE_AFTER = re.compile(r"\b(?:in|at|for|to|from|of|by)\s+(?:the\s+)?([A-Z][\w.&'’-]+)")
_CHANGE_NOUN = re.compile(
    r"\b(revenue|revenues|sales|profit|profits|income|earnings|prices?|costs?|spending|traffic|"
    r"ridership|output|exports|imports|unemployment|inflation|enrollment|attendance|"
    r"subscribers|bookings|deliveries|shipments)\b",
    re.I,
)
_NOUN_BEFORE = re.compile(
    r"\b(revenue|revenues|sales|profit|profits|income|earnings|turnover)\s+"
    r"(?:(?:rose|fell|grew|climbed|jumped|dropped|declined|increased|decreased|slipped|"
    r"edged up|edged down)\s+(?:(?:by\s+)?\d+(?:\.\d+)?\s?(?:%|per ?cent)\s+)?)?(?:to|of|at)\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|just over|just under|more than)\s+)?$",
    re.I,
)
_UP_WORD = re.compile(
    r"\b(?:up|rose|rise|rises|risen|rising|increase[ds]?|increasing|gain(?:ed|s)?|growth|grew|"
    r"jump(?:ed|s)?|climb(?:ed|s)?|surge[ds]?|higher|boost(?:ed)?)\b",
    re.I,
)
_DOWN_WORD = re.compile(
    r"\b(?:down|fell|fall|falls|fallen|falling|drop(?:ped|s)?|decline[ds]?|declining|"
    r"decrease[ds]?|loss|cut|slump(?:ed)?|slid|slide|dip(?:ped)?|lower|reduction|shrank)\b",
    re.I,
)


def _direction(before: str, np: str) -> str:
    """'up 13%' / 'a 13% decline': which way a percentage change goes ('' unknown)."""
    after = " ".join(np.split()[:2])
    up = bool(_UP_WORD.search(before) or _UP_WORD.search(after))
    down = bool(_DOWN_WORD.search(before) or _DOWN_WORD.search(after))
    return "up" if up and not down else "down" if down and not up else ""


_WORD_NUM = re.compile(rf"\b(?:{NUMBER_RE})\b", re.I)
# The number words of NUMBER_RE are letters only: in ASCII text each is a whole word run.
_WORDS_ARE_LETTERS = all(w.isalpha() for w in NUMBER_WORDS)
_ASCII_DIGIT = re.compile(r"[0-9]")
_ASCII_WORD = re.compile(r"[A-Za-z0-9_]+")


def _may_count(text: str) -> bool:
    """Whether a sentence has a digit or a number word (`_WORD_NUM`), cheaply.

    In ASCII text (most sentences) a digit is 0-9 and a `\b`-bounded number word is
    a whole run of word characters, so a set lookup answers what the regex would;
    other text takes the exact slow path.
    """
    if _WORDS_ARE_LETTERS and text.isascii():
        if _ASCII_DIGIT.search(text):
            return True
        return not NUMBER_WORDS.isdisjoint(_ASCII_WORD.findall(text.lower()))
    return any(map(str.isdigit, text)) or bool(_WORD_NUM.search(text))


# Nouns that count many different things in one story ("120 people evacuated", "the 30
# people arrested") and units of measure: sharing only one of them says nothing.
_GENERIC = frozenset(
    [
        "people",
        "person",
        "resident",
        "worker",
        "employee",
        "job",
        "student",
        "child",
        "adult",
        "home",
        "house",
        "company",
        "firm",
        "member",
        "user",
        "customer",
        "patient",
        "case",
        "death",
        "vote",
        "seat",
        "unit",
        "share",
        "dollar",
        "pound",
        "euro",
        "country",
        "city",
        "state",
        "town",
        "year",
        "month",
        "week",
        "day",
        "hour",
        "minute",
        "time",
        "km",
        "kilometre",
        "kilometer",
        "mile",
        "metre",
        "meter",
        "foot",
        "feet",
        "inch",
        "kg",
        "kilogram",
        "tonne",
        "ton",
        "litre",
        "liter",
        "mph",
        "kph",
        "degree",
        "point",
        "percent",
        "cent",
        "new",
        "lower",
        "higher",
        "total",
        "extra",
        "further",
        "number",
        "digit",
        "figure",
        "amount",
        "sum",
        "rate",
        "level",
        "times",
        "additional",
        "major",
        "minor",
        "big",
        "small",
        "large",
        "old",
        "same",
        "different",
        "main",
        "key",
        "few",
        "many",
        "several",
        "good",
        "bad",
        "great",
        "important",
    ]
)


# "will face a £1,000 fine", "must pay a £50 charge": a figure stated as certain.
_CERTAIN_BEFORE = re.compile(
    r"\b(?:will|shall|must|face|faces|facing|get|gets|receive|receives|pay|pays)\s+(?:an?|the)\s+$",
    re.I,
)
# "pay up to S$4 more a month": a sum more than before is an increase.
_MORE_AFTER = re.compile(r"\s+(?:more|extra)\b(?!\s+(?:than|on|for|in|to)\b)", re.I)
_MEASURE_VERB = re.compile(
    r"\b(valu\w*|pric\w*|pledg\w*|invest\w*|spen[dt]\w*|paid|pay\w*|commitment|bet|stake|fined|fines?|"
    r"demand(?:s|ed|ing)?)\b"
    r"[^.,;:]{0,30}$",
    re.I,
)
# A rate named before its percentage: "a yield of up to 9%", "an interest rate of 4.5%".
_RATE_OF = re.compile(
    r"\b(yield|rate|return|discount|tariff|levy|dividend|commission|raise|rise|pay rise)\s+of\s+"
    r"(?:(?:up to|as much as|about|around|some|roughly|nearly|almost|more than|over|just over|"
    r"just under)\s+)?$",
    re.I,
)
# A collective noun before its count: "a crowd of 52,000", "a workforce of 1,200".
_COLLECTIVE_OF = re.compile(
    r"\b(crowd|attendance|audience|turnout|congregation|workforce|membership|population)\s+of\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|more than|over|just over|just under)\s+)?$",
    re.I,
)
# Names of one sum of money put into a company: "its $4 billion commitment", "the $4
# billion bet", "invested $4 billion" all name the investment.
_SAME_MEASURE = {
    "bet": "invest",
    "wager": "invest",
    "commitment": "invest",
    "commit": "invest",
    "pledg": "invest",
    "injection": "invest",
    "infusion": "invest",
    "invest": "invest",
    # The people at an event: "a crowd of 52,000" and "the 48,000 fans" are one count.
    "crowd": "crowd",
    "fans": "crowd",
    "fan": "crowd",
    "spectator": "crowd",
    "attendanc": "crowd",
    # One building project: "a $3.2 billion plant" is "the $2.8 billion project".
    "plant": "plant",
    "factory": "plant",
    "facility": "plant",
    "project": "plant",
}


def _root(word: str) -> str:
    """valuation, valuing, valued, values -> valu; pledged -> pledg; bet, investment -> invest."""
    word = word.lower()
    root = re.sub(r"(?:ations?|ments?|ings?|ed|es|e|s)$", "", word) if len(word) > 4 else word
    return _SAME_MEASURE.get(root, _SAME_MEASURE.get(word, root))


def _same_thing(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two phrases name one thing: a specific word in common (tree, route, magnitude,
    risk), or two words of any kind (road repair; new routes)."""
    wa, wb = set(a[:3]), set(b[:3])
    shared = wa & wb
    roots = {_root(w) for w in wa - _GENERIC} & {_root(w) for w in wb - _GENERIC}
    if roots and any(len(r) >= 4 for r in roots):
        return True
    if len(shared) >= 2 or shared - _GENERIC:
        return True
    # "quake" / "earthquake"
    return any(
        len(x) > 4 and len(y) > 4 and (x.endswith(y) or y.endswith(x))
        for x in wa - _GENERIC
        for y in wb - _GENERIC
        if x != y
    )


# ---------------------------------------------------------------- NL303


# A figure for an earlier deal between the same parties ("had invested $10 million
# in Widget in 2019") does not contradict "terms of this deal were not disclosed".
_EARLIER_DEAL = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:previously|earlier|prior|had (?:invested|paid|put|raised|bought|acquired))\b",
    re.I,
)


class UndisclosedCheck(_Base):
    """A sum called undisclosed while the article states it."""

    rules = (
        rule(
            "NL303",
            "undisclosed-but-stated",
            "warning",
            "The article says a sum was not disclosed, yet states a figure for it",
            """A sentence says the amount or terms of a deal were not disclosed
            while the same article gives a figure for that deal between the same
            parties. One of them is wrong, or the figure needs its source ("not
            disclosed by the companies; reported at $4 billion by..."). Statements
            that carry their own estimate in the same sentence are left alone. Both
            sides are reported: the statement, and (once) the figure.""",
            bad=[
                "Anthropic signed a multi-year cloud deal with Amazon. The sums involved haven't been disclosed.\n\n"
                "Amazon invested $4 billion in Anthropic.",
                "Northstar Bank will buy Paylane. Financial terms of the deal were not disclosed.\n\n"
                "The $310 million deal is expected to close next year.",
            ],
            good=[
                "Acme bought Widget Corp on Monday. Terms were not disclosed.\n\n"
                "Amazon invested $4 billion in Anthropic last year.",
                "Acme bought Widget Corp on Monday. Terms were not disclosed.\n\n"
                "In 2021 Acme paid $40 million for Zeta.",
            ],
        ),
    )

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        an = analyse(doc, ctx.option("publication-date"))
        if not an.undisclosed:
            return
        figs = [
            f
            for f in an.figures
            if f.measure in DEAL_MEASURES
            and f.actor
            and f.target
            and not an.sentences[f.sentence].drafting
            and not an.sentences[f.sentence].heading
        ]
        flagged: set[int] = set()
        for si, start, end in an.undisclosed:
            s = an.sentences[si]
            if s.drafting or any(f.sentence == si for f in an.figures):
                continue
            names = context_entities(an, si)
            hits = [
                f
                for f in figs
                if f.actor in names
                and f.target in names
                and f.actor != f.target
                and not _EARLIER_DEAL.search(
                    _around(
                        an.sentences[f.sentence].text,
                        f.start - an.sentences[f.sentence].start,
                        f.end - an.sentences[f.sentence].start,
                    )
                )
            ]
            if not hits:
                hits = self._the_deal(an, si)
            if not hits:
                hits = self._named_measure(an, si, names)
            if not hits:
                hits = self._definite_thing(an, si, names)
            if not hits:
                hits = _cost_of_thing(an, si)
            if "valuation" in s.text[start - s.start : end - s.start].lower():
                hits = [f for f in hits if _valued(an, f)] or _later_valuation(an, si)
            if not hits:
                continue
            fig = min(hits, key=lambda f: abs(f.sentence - si))
            fs = an.sentences[fig.sentence]
            line = self.line_of(doc, fs, fig.start)
            a, b = self.span(s, start, end)
            what = subject(fig)
            if "valuation" in s.text[start - s.start : end - s.start].lower():
                what = "the valuation"
            if not fig.measure:
                thing = _THING_AFTER.match(fs.text, fig.end - fs.start)
                cost = _HOW_MUCH_COST.search(s.text)
                what = f"the {thing.group(1)}" if thing else "it"
                if cost:
                    what = f"the {cost.group('thing')}"  # "how much the agency cover will cost"
            msg = f"Says the sum was not disclosed, but line {line} gives {fig.text} for {what}"
            fa, fb = self.span(fs, fig.start, fig.end)
            yield Finding("NL303", a, b, msg, related=((doc.path, fa, fb),))
            # The other side of the contradiction: the figure, once.
            if id(fig) not in flagged:
                flagged.add(id(fig))
                stated = self.line_of(doc, s, start)
                yield Finding(
                    "NL303",
                    fa,
                    fb,
                    f"States {fig.text} for {what}, but line {stated} says the sum was not disclosed",
                    related=((doc.path, a, b),),
                )

    @staticmethod
    def _named_measure(an: Analysis, si: int, names: set[str]) -> list[Figure]:
        """'Did not disclose the size of Amazon's stake' ... 'Amazon's 15% stake': the
        undisclosed sentence names the measure, and a figure of that measure for the
        same party (its other party unnamed) is stated."""
        text = an.sentences[si].text
        out = []
        for f in an.figures:
            fs = an.sentences[f.sentence]
            if (
                f.sentence == si
                or f.measure not in DEAL_MEASURES
                or not f.actor
                or f.actor not in names
                or (f.target and f.target not in names)
                or fs.drafting
                or fs.heading
                or _EARLIER_DEAL.search(_figure_context(an, f))
            ):
                continue
            named = re.search(
                rf"\b(?:size|value|amount|terms|price|worth)\s+of\s+(?:the\s+|its\s+|their\s+|"
                rf"[A-Z][\w.&-]*['’]s\s+)?(?:[a-z]+\s+)?{re.escape(f.measure)}s?\b",
                text,
            )
            if named:
                out.append(f)
        return out

    @staticmethod
    def _definite_thing(an: Analysis, si: int, names: set[str]) -> list[Figure]:
        """'Did not disclose how much it will spend on the plant' ... 'the $185 million
        plant', or 'Neither company disclosed the size of the loan' ... 'the $250 million
        lifeline from Kestrel': a later definite sum for the thing whose sum was not
        disclosed (named in the same words, or a loan from a party named there)."""
        s = an.sentences[si]
        told = {_stem(w) for w in _WORDS.findall(s.text.lower())}
        if si > 0 and an.sentences[si - 1].para == s.para:
            told |= {_stem(w) for w in _WORDS.findall(an.sentences[si - 1].text.lower())}
        # "how much it will spend on the new bakery", "the size of the loan".
        objects = {
            _stem(w) for m in _SPENT_ON.finditer(s.text) for w in m.group(1).split()
        } - _GENERIC_THINGS
        out: list[Figure] = []
        named: list[Figure] = []
        for f in an.figures:
            fs = an.sentences[f.sentence]
            if f.kind != "money" or f.sentence <= si or fs.drafting or fs.heading:
                continue
            before = fs.text[max(0, f.start - fs.start - 6) : f.start - fs.start]
            noun = _THING_AFTER.match(fs.text, f.end - fs.start)
            if not _THE_BEFORE.search(before) or not noun or f.hedge or f.period:
                continue
            word = _stem(noun.group(1))
            if word in _GENERIC_THINGS or _EARLIER_DEAL.search(_figure_context(an, f)):
                continue
            if word in objects:
                named.append(f)
                continue
            same_words = word in told and word in _SUM_THINGS | {_stem(w) for w in _SUM_THINGS}
            lent = word in _LOAN_THINGS and any(
                e in names for e in context_entities(an, f.sentence, back=0)
            )
            if same_words or lent:
                out.append(f)
        # "the value of those incentives was not disclosed": the thing it names
        # outranks the other words of the sentence ("the project would create jobs").
        out = named or out
        if len({(f.value, f.unit) for f in out}) != 1:
            return []  # several sums: which one was not disclosed is unclear
        return out

    @staticmethod
    def _the_deal(an: Analysis, si: int) -> list[Figure]:
        """'Terms of the deal were not disclosed' ... 'The $310 million deal is expected to
        close': a later definite mention of the article's only deal, parties unnamed."""
        deals = [
            f
            for f in an.figures
            if f.kind == "money"
            and f.measure in DEAL_MEASURES
            and not an.sentences[f.sentence].heading
            and not _EARLIER_DEAL.search(_figure_context(an, f))
        ]
        if len({(f.value, f.unit) for f in deals}) != 1:
            return []  # no deal figure, or several deals: which one is meant is unclear
        out = []
        for f in deals:
            s = an.sentences[f.sentence]
            before = s.text[max(0, f.start - s.start - 6) : f.start - s.start]
            after = s.text[f.end - s.start : f.end - s.start + 16]
            if (
                f.sentence > si
                and _THE_BEFORE.search(before)
                and _DEAL_NOUN.match(after)
                and not _EARLIER_DEAL.search(_around(s.text, f.start - s.start, f.end - s.start))
            ):
                out.append(f)
        return out


_VALUED_BEFORE = re.compile(r"\b(?:valu(?:es|ed|ing)|valuation)\b[^.;$€£]{0,30}$", re.I)


def _valued(an: Analysis, f: Figure) -> bool:
    """'values Kudipay at $310 million', 'a valuation of $310 million': a valuation."""
    s = an.sentences[f.sentence]
    return bool(_VALUED_BEFORE.search(s.text, max(0, f.start - s.start - 40), f.start - s.start))


# "declined to say how much the agency cover will cost": the thing whose cost is withheld.
_HOW_MUCH_COST = re.compile(
    r"\bhow much (?:the |its |their |his |her |this |that )(?P<thing>(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
    r"(?:will|would|could|might|is going to|was going to)\s+cost\b",
    re.I,
)
_TOKEN = re.compile(r"[A-Za-z][\w-]+")


def _cost_of_thing(an: Analysis, si: int) -> list[Figure]:
    """'declined to say how much the Vanta will cost' ... 'At $529, the Vanta is priced',
    or '... the agency cover will cost' ... '£420,000 for agency drivers': a later sum
    beside a word naming the thing whose cost was withheld."""
    m = _HOW_MUCH_COST.search(an.sentences[si].text)
    if not m:
        return []
    thing = {_stem(w) for w in _TOKEN.findall(m.group("thing"))} - _GENERIC_THINGS
    out = []
    for f in an.figures:
        fs = an.sentences[f.sentence]
        if f.kind != "money" or f.sentence <= si or fs.drafting or fs.heading or f.period:
            continue
        near = fs.text[max(0, f.start - fs.start - 30) : f.end - fs.start + 30]
        if thing & {_stem(w) for w in _TOKEN.findall(near)}:
            out.append(f)
    return out if len({(f.value, f.unit) for f in out}) == 1 else []


def _later_valuation(an: Analysis, si: int) -> list[Figure]:
    """'did not reveal the valuation' ... 'The round values Kudipay at $310 million':
    the article's one valuation figure stated after the sentence that withholds it."""
    out = [
        f
        for f in an.figures
        if f.kind == "money"
        and f.sentence > si
        and not an.sentences[f.sentence].drafting
        and not an.sentences[f.sentence].heading
        and _valued(an, f)
    ]
    return out if len({(f.value, f.unit) for f in out}) == 1 else []


def _figure_context(an: Analysis, f: Figure) -> str:
    s = an.sentences[f.sentence]
    return _around(s.text, f.start - s.start, f.end - s.start)


_THE_BEFORE = re.compile(r"\b[Tt]he\s*$")
_WORDS = re.compile(r"[a-z]+")
_THING_AFTER = re.compile(r"\s+([a-z]+)\b(?!-)")
# Things whose price or size an article may say was not disclosed.
_SUM_THINGS = frozenset(
    [
        "plant",
        "factory",
        "site",
        "project",
        "facility",
        "building",
        "stadium",
        "development",
        "scheme",
        "programme",
        "program",
        "loan",
        "lifeline",
        "bailout",
        "rescue",
        "package",
        "fee",
        "transfer",
        "contract",
        "deal",
        "purchase",
        "acquisition",
        "takeover",
        "settlement",
        "payout",
        "investment",
        "stake",
        "sale",
        "order",
        "bid",
        "offer",
    ]
)
# Money lent or put in: a loan from a party the undisclosed sentence named.
_LOAN_THINGS = frozenset(
    [
        "loan",
        "lifeline",
        "bailout",
        "rescue",
        "facility",
        "injection",
        "credit",
        "investment",
        "backing",
    ]
)
_SPENT_ON = re.compile(
    r"\b(?:spend|spending|spent|pay|paying|paid|cost|costs|price|size|value|amount|worth)\s+"
    r"(?:on|for|of)\s+(?:the|its|their|his|her|this|that|these|those)\s+((?:[a-z-]+\s+){0,2}?[a-z]+)\b(?!\s+[a-z]+\s+(?:of|for)\b)",
)
_GENERIC_THINGS = frozenset(
    ["a", "an", "the", "of", "in", "for", "to", "and", "or", "is", "was", "will"]
)
_DEAL_NOUN = re.compile(
    r"\s*(?:all-cash |cash |cash-and-stock |stock )?(?:deal|acquisition|purchase|takeover|buyout"
    r"|transaction|merger|sale|grant|donation|gift|settlement|award|contract)\b",
    re.I,
)


# ---------------------------------------------------------------- NL304

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
_CHANGE_VERB = re.compile(
    rf"\b(?P<up>{_UP}|{_MULT_UP})\b(?!-)|\b(?P<down>{_DOWN}|{_MULT_DOWN})\b(?!-)", re.I
)
_AMT = (
    rf"(?:{CUR}\s?)?\d[\d,]*(?:\.\d+)?(?:[\s-]?(?:trillion|billion|million|thousand|bn|mn|m|k)\b)?"
)
_APPROX = r"(?:(?P<{}>around|about|roughly|some|approximately|circa)\s+)?"
_CUR_AMT = (
    rf"{CUR}\s?\d[\d,]*(?:\.\d+)?(?:[\s-]?(?:trillion|billion|million|thousand|bn|mn|m|k)\b)?"
)
_FROM_TO = re.compile(
    rf"\bfrom\s+(?:(?:a|an|its|their)\s+(?:(?:all-time|record)\s+)?(?:peak|high|low)\s+of\s+)?"
    rf"{_APPROX.format('h1')}(?P<f1>{_AMT})\s+(?:\w+\s+){{0,6}}?to\s+{_APPROX.format('ht')}(?P<t1>{_AMT})"
    rf"|\bto\s+(?P<t2>{_AMT})\s*,?\s+(?:\w+\s+){{0,4}}?from\s+{_APPROX.format('h2')}(?P<f2>{_AMT})"
    # "$3.1 billion, up 35% from $2.3 billion": the change sits between the two
    # ("trading at $67,400 in Asian hours, up 12% this week from around $58,000").
    rf"|(?P<t3>{CUR}\s?\d[\d,]*(?:\.\d+)?(?:[\s-]?(?:trillion|billion|million|thousand|bn|mn|m|k)\b)?)"
    rf"(?:\s+(?:in|on|at|by|during)\s+[A-Za-z][\w ]{{0,24}}?)?\s*,?\s+"
    rf"(?:an?\s+)?(?P<inner>(?:up|down)\s+(?:by\s+)?[^,;]{{1,25}}?)\s+(?:from|on|compared with)\s+"
    rf"{_APPROX.format('h3')}(?P<f3>{_AMT})"
    # "sold 64,500 tickets, up 15% from 52,000" / "7.2 tonnes a hectare, down 12% from 8.6
    # tonnes": a plain count or measure, its unit named once or twice.
    rf"|(?<![\w.,/$€£₦₱-])(?P<t4>\d[\d,]*(?:\.\d+)?(?:[\s-]?(?:trillion|billion|million|thousand|bn|mn|m|k)\b)?)"
    # "64 seats would be down 20% on the 72": the same with a verb for the comma.
    rf"(?P<unit4>(?:\s+[a-z][a-z-]+){{1,2}}(?:\s+(?:per|a|an|each)\s+[a-z]+)?)"
    rf"(?:\s*,|\s+(?:would|will|could|might)\s+be|\s+(?:is|are|was|were))\s+"
    rf"(?:an?\s+)?(?P<inner4>(?:up|down)\s+(?:by\s+)?[^,;]{{1,25}}?)\s+(?:from|on|compared with)\s+"
    rf"(?:the\s+)?{_APPROX.format('h4')}(?P<f4>\d[\d,]*(?:\.\d+)?(?:[\s-]?(?:trillion|billion|million|thousand|bn|mn|m|k)\b)?)(?![\d%]|\s*per ?cent\b)",
    re.I,
)
# "selling for Rs2,850 on Wednesday, up from Rs2,300 in December, a rise of about 40
# per cent": both sums in a currency, the change named after them. Its own pattern,
# tried only on sentences that say "up from" or "down from".
_UP_FROM = re.compile(
    rf"(?P<t5>{_CUR_AMT})(?:\s+[^,;()]{{1,50}}?)?,\s+(?:up|down)\s+from\s+{_APPROX.format('h5')}"
    rf"(?P<f5>{_CUR_AMT})(?:\s+[^,;()]{{1,40}}?)?\s*,\s+(?:an?\s+)?"
    rf"(?P<inner5>(?:rise|increase|gain|fall|decrease)\s+of\s+[^,;]{{1,25}})",
    re.I,
)
# Units of a plain figure that make its change one of points, not percent.
_POINT_UNITS = re.compile(r"\b(?:per\s?cent|percent|percentage|points?|basis|pp|degrees?)\b", re.I)
_PCT_CHANGE = re.compile(
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
_PCT_OR_AMOUNT = re.compile(
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
_PP_CHANGE = re.compile(
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


def _half_unit(num: str) -> float:
    """Half a unit of the last written digit of '4.86' (0.005) or '12' (0.5)."""
    return 0.5 * 10.0 ** -(len(num.split(".")[1]) if "." in num else 0)


_MULT = {"doubled": 100.0, "tripled": 200.0, "trebled": 200.0, "quadrupled": 300.0, "halved": -50.0}
for _word, _stem_word in (("doubl", "doubled"), ("tripl", "tripled"), ("trebl", "trebled"),
                          ("quadrupl", "quadrupled"), ("halv", "halved")):  # fmt: skip
    for _end in ("e", "es", "ing"):
        _MULT[_word + _end] = _MULT[_stem_word]


def _amount(text: str) -> tuple[float, float, str, str] | None:
    """(value, precision, currency, scale word) of an amount like '$12 million' or '14,500'."""
    m = re.match(
        rf"({CUR})?\s?(\d[\d,]*(?:\.\d+)?)(?:[\s-]?(trillion|billion|million|thousand|bn|mn|m|k)\b)?",
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


def _last_digit_unit(value: float) -> float:
    """10,000 for 60,000; 1,000 for 58,000; 100 for 58,300 (at least 1)."""
    unit = 1.0
    v = round(value)
    while v and v % 10 == 0:
        v //= 10
        unit *= 10
    return unit


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
        key = m.group("frac").lower().replace("one-", "a ").replace("-", " ")
        n = FRACTIONS.get(key, FRACTIONS.get(m.group("frac").lower(), 0.0)) * 100
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
    """The one alternative of `_FROM_TO` (or `_UP_FROM`) that matched: its old ("f") or
    new ("t") amount."""
    return next((v for i in "12345" if (v := groups.get(f"{prefix}{i}"))), "")


def change_range(old: tuple[float, float], new: tuple[float, float]) -> tuple[float, float]:
    """Min and max percent change from old to new, each value +/- its precision."""
    (ov, op), (nv, np_) = old, new
    corners = [
        ((n - o) / o) * 100 for o in (ov - op, ov + op) for n in (nv - np_, nv + np_) if o > 0
    ]
    return min(corners), max(corners)


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
    )

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        an = analyse(doc, ctx.option("publication-date"))
        for s in an.sentences:
            if s.drafting:
                continue
            if " or " in s.text and " to " in s.text and ("%" in s.text or "cent" in s.text):
                yield from self._pct_and_amount(s)
            if "point" in s.text and "from" in s.text:
                yield from self._points(s)
            if "point" in s.text or not (
                "from" in s.text or "% on " in s.text or "cent on " in s.text
            ):
                continue
            for m in _FROM_TO.finditer(s.text):
                finding = self._check(s, m)
                if finding:
                    yield finding
            if "p from " in s.text or "n from " in s.text:
                for m in _UP_FROM.finditer(s.text):
                    finding = self._check(s, m)
                    if finding:
                        yield finding
        yield from self._multiples(doc)

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
            start, end = self.span(s, s.start + m.start(), s.start + m.end())
            yield Finding(
                "NL304",
                start,
                end,
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
            start, end = self.span(s, s.start + m.start(), s.start + m.end())
            yield Finding(
                "NL304",
                start,
                end,
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
        if any(g.get(f"h{i}") for i in "12345"):
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
        key = next((k for k in ("inner", "inner4", "inner5") if g.get(k)), "")
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


# A multiple stated in words about a rate the story gave as two figures before it.
_MULTIPLE_OF = re.compile(
    r"\b(?P<hedge>more than |over |nearly |almost |roughly |about |around )?"
    r"(?P<verb>doubled|tripled|trebled|quadrupled|halved)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?P<noun>(?:[\w-]+\s+){0,2}?(?:rate|rates|share|proportion|odds|risk|chance|number))\b",
    re.I,
)
# "34.2% of patients ..., compared with 12.1% of those on placebo".
_PAIR = re.compile(
    r"(?P<a>\d+(?:\.\d+)?)\s?(?:%|per ?cent)[^.;]{0,80}?\b(?:compared with|compared to"
    r"|versus|vs\.?|against)\s[^.;\d]{0,40}?(?P<b>\d+(?:\.\d+)?)\s?(?:%|per ?cent)",
    re.I,
)
_DIGIT = re.compile(r"\d")
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
_UNIT_ADJECTIVE = re.compile(r"[\d,.]+-(?!million|billion|thousand|strong|member)([a-z]+)\b")
# "paying a variable rate of 6.00 per cent": a level, not the change of the pair after it.
_RATE_LEVEL = re.compile(
    r"\b(?:rate|yield|interest|coupon|APR|tax|level)\s+(?:of|at)(?:\s+about|\s+around)?\s*$",
    re.I,
)


def _inside(p: re.Match[str], m: re.Match[str], offset: int) -> bool:
    return m.start() <= p.start() + offset < m.end()


# ---------------------------------------------------------------- NL305

_VOTE_SHARE = re.compile(
    r"\bof the (?:vote|votes|ballots|popular vote)\b|\bvote shares?\b|\bshares? of the vote\b",
    re.I,
)
_PCT = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?(?:%|per ?cent\b)", re.I)
_POSITIVE = re.compile(
    r"\b(?:in favou?r|for|yes|support(?:ed|s)?|backed|approve[ds]?|agreed?)\b", re.I
)
_NEGATIVE = re.compile(
    r"\b(?:against|no|opposed?|oppose[ds]?|rejected|disapprove[ds]?|disagreed?)\b", re.I
)
_REMAINING = re.compile(
    r"\b(?:remaining|rest|other|balance of|remainder)\s*(?:of\s+)?(?:the\s+)?$", re.I
)
_SEXES = re.compile(
    r"\b(?:men|male)\b.*\b(?:women|female)\b|\b(?:women|female)\b.*\b(?:men|male)\b", re.I
)
# An exclusive choice: each respondent has one preference, one first choice.
_CHOICE = re.compile(
    r"\bprefer(?:red|s)?\b|\b(?:chose|picked|opted for|would vote for|ranked first)\b"
    r"|\b(?:favou?rite|first choice|top choice|main (?:reason|source))\b",
    re.I,
)
# "Of the total spending, 45% ...": a breakdown of one whole.
_BREAKDOWN = re.compile(
    r"^(?:Of (?:the|its|their|this|that) (?:total|overall|entire|whole|£|\$|€|[\w-]+ (?:budget|"
    r"spending|revenue|sales|funding|cost|respondents|votes))|(?:The|Its|Their) (?:budget|spending|"
    r"funding|revenue) (?:is|was|will be) (?:split|divided|broken down))\b",
    re.I,
)
# "Cards made up 62% of transactions, transfers 31% and wallets 17%": the later
# shares drop the verb and the whole, so they are shares of the same whole.
_SHARE_OF = re.compile(
    r"\b(?:made up|make up|makes up|accounted for|account for|accounts for|represented|"
    r"comprised|contributed|contributes|takes|took|take up|takes up|took up)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?\d+(?:\.\d+)?\s?"
    r"(?:%|per ?cent\b)\s+of\b",
    re.I,
)
_OF_AFTER = re.compile(r"\s+of\b", re.I)
_SHARE_VERB_KEYS = ("made", "make", "account", "compri", "represent", "contribut", "take", "took")


def _gapped_shares(text: str, pcts: list[re.Match[str]]) -> bool:
    """The first share names its whole ('made up 62% of X'); the others do not."""
    low = text.lower()
    if not any(w in low for w in _SHARE_VERB_KEYS):
        return False
    m = _SHARE_OF.search(text)
    if not m or not (m.start() <= pcts[0].start() < m.end()):
        return False
    return not any(_OF_AFTER.match(text, p.end()) for p in pcts[1:])


# "62% were fully bleached, 29% partially bleached and 15% showed no signs of it": one
# whole graded on a scale (fully, partly, not at all), each part in one grade only.
_FULLY = re.compile(r"\b(?:fully|completely|totally|entirely|wholly)\b", re.I)
_PARTLY = re.compile(r"\b(?:partially|partly)\b", re.I)
_NOT_AT_ALL = re.compile(r"\b(?:no|not|none|never|without)\b", re.I)


def _degree_scale(text: str) -> bool:
    """The sentence grades its shares fully / partly / not at all."""
    low = text.lower()
    if "ly" not in low or "part" not in low:
        return False
    return bool(_FULLY.search(text) and _PARTLY.search(text) and _NOT_AT_ALL.search(text))


# "... and 35% on everything else": the last share is the rest, so they make 100%.
_REST_AFTER = re.compile(
    r"\s*(?:\w+\s+){0,2}(?:on|to|for|in|from|with|by)?\s*(?:all |the )?(?:other|others|"
    r"everything else|the rest|remaining|elsewhere)\b",
    re.I,
)
# "... and all other parties together 18.7%": the last share is the rest of the whole.
_REST_BEFORE = re.compile(
    r"\b(?:all (?:the )?others?|everyone else|everybody else|the rest|the remainder|"
    r"the remaining)\b",
    re.I,
)
# "46% had switched, 38% had not": an elliptical "no" answer to the same question.
_ECHO_NO = re.compile(
    r"\s+(?:had|did|were|was|would|do|does|are|is|have|has|could|will)\s*(?:not|n['’]t)\s*(?:[,;.]|and\b)",
    re.I,
)
_UNDECIDED = re.compile(r"\b(?:undecided|unsure|don['’]t know|no opinion|neither|not sure)\b", re.I)
# The third part of a ballot's count beside for and against.
_SPOILT = re.compile(r"\b(?:spoil(?:ed|t)|invalid|blank|abstain(?:ed)?|abstentions?)\b", re.I)
_TURNOUT = re.compile(r"\bturnout\s+(?:was\s+|of\s+|at\s+)?(?:about\s+|around\s+|just\s+)?$", re.I)
_NOT_PARTITION = re.compile(
    r"\bpercentage points?\b|\b(?:19|20)\d\d\b.*\b(?:19|20)\d\d\b|\b(?:previous|last time|compared|up from|down from|than|rose|fell|increase|decrease|each|grew|grow|growth|gained|declined|dropped|jumped|climbed)\b",
    re.I,
)


class SharesCheck(_Base):
    """Shares of one whole (a vote, for/against) that add up to more than 100%."""

    rules = (
        rule(
            "NL305",
            "shares-dont-add-up",
            "warning",
            "Shares of one whole do not add up to 100%",
            """Percentages that split one whole (a vote, for and against, men and
            women, a budget's breakdown, respondents' single preference) cannot add up
            to more than 100% beyond rounding, and shares that end with "the remaining"
            share or "everything else" must make 100%. One of them is wrong. Only
            exclusive splits are checked, since survey answers that allow several
            choices may legitimately add up to more, and splits that leave out
            "undecided" may add up to less.""",
            bad=[
                "The measure passed with 58% of voters in favour and 47% against.",
                "Vertex owns 60% of the venture and Skyline holds the remaining 30%.",
                "Of the total spending, 45% goes on care, 30% on schools and 35% on everything else.",
                "In the survey, 58% preferred card payments, 27% preferred bank transfers and 24% "
                "preferred cash.",
                "Card payments made up 62% of transactions last year, bank transfers 31% and "
                "digital wallets 17%.",
            ],
            good=[
                "The measure passed with 58% of voters in favour and 42% against.",
                "Vertex owns 60% of the venture and Skyline holds the remaining 40%.",
                "Of the total spending, 45% goes on care, 30% on schools and 25% on everything else.",
                "In the survey, 58% used cards, 47% used bank transfers and 24% used cash.",
                "Cards made up 62% of sales and 31% of profit.",
            ],
        ),
        rule(
            "NL313",
            "parts-dont-add-up",
            "warning",
            "The parts of a stated total do not add up to it",
            """"Of the 12,400 participants, 6,150 were women and 5,850 were men" leaves
            400 people unaccounted for: parts that together make the whole (women and
            men, for and against, a part and "the remaining" part) must add up to the
            total the sentence gives; so must a team's wins, draws and defeats ("won 12
            of their 20 matches, with five draws and four defeats" is 21 games), and a
            share given both ways ("of the 1,200 patients, 15% - 240 people") must be
            that share of the total. A breakdown ("980 in steelmaking, 310 in the mills
            and 220 in administration") cannot exceed the total given for the same
            thing earlier, seat counts cannot exceed the seats they are "out of", the
            sums paid "a combined $412 million" must make it, and the rescued, dead
            and missing must make the number on board. A hedged share must fit its
            count ("2,140 of the 9,800 exams - about 12%" is 21.8%), and "The penalty
            comprises" sums must make the penalty stated before. One of
            the numbers is wrong. Hedged counts
            ("about 6,000") and parts that may overlap are not checked.""",
            bad=[
                "Of the 12,400 participants, 6,150 were women and 5,850 were men.",
                "Of the 1,200 patients, 15% — 240 people — had side effects.",
                "City have won 12 of their 20 league matches, with five draws and four defeats.",
            ],
            good=[
                "Of the 12,400 participants, 6,550 were women and 5,850 were men.",
                "Of the 1,200 patients, 15% — 180 people — had side effects.",
                "Of the 1,200 patients, 181 (15%) had side effects.",
                "City have won 12 of their 20 league matches, with four draws and four defeats.",
                "Of the 12,400 participants, 6,150 were women and 5,850 were over 60.",
            ],
        ),
    )

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        an = analyse(doc, ctx.option("publication-date"))
        if ctx.wants("NL313"):
            yield from self._parts(an)
            yield from self._parts_of_earlier(doc, an)
            yield from _breakdown_over_total(self, doc, an)
            yield from _seats_out_of(self, doc, an)
            yield from _combined_split(self, doc, an)
            yield from _fates_vs_aboard(self, doc, an)
            yield from self._table_totals(doc)
        for i, s in enumerate(an.sentences):
            if s.drafting or ("%" not in s.text and "cent" not in s.text):
                continue
            pcts = list(_PCT.finditer(s.text))
            # "On a turnout of 82%, 71% voted for": the turnout is not part of the split.
            pcts = [
                p for p in pcts if not _TURNOUT.search(s.text, max(0, p.start() - 24), p.start())
            ]
            # A vote's shares may list every party: six or more is still one whole.
            most = 8 if len(pcts) > 5 and _VOTE_SHARE.search(s.text) else 5
            if len(pcts) < 2 or len(pcts) > most or _NOT_PARTITION.search(s.text):
                continue
            total = sum(float(p.group(1)) for p in pcts)
            if len(pcts) == 2 and _REMAINING.search(
                s.text[max(0, pcts[1].start() - 16) : pcts[1].start()]
            ):
                if abs(total - 100) > 1:
                    start, end = self.span(s, s.start + pcts[0].start(), s.start + pcts[1].end())
                    msg = f"A share and 'the remaining' share add up to {total:g}%, not 100%"
                    yield Finding("NL305", start, end, msg)
                continue
            # "Brazil grows 37% ... Vietnam 17% ... Colombia 7%, Indonesia 6% and the
            # rest 33%": the breakdown began in the paragraph's earlier sentences.
            if abs(total + _earlier_shares(an.sentences, i) - 100) <= 0.5 * len(pcts):
                continue
            rest = len(pcts) >= 3 and bool(_REST_AFTER.match(s.text, pcts[-1].end()))
            if rest and abs(total - 100) > 0.5 * len(pcts):
                start, end = self.span(s, s.start + pcts[0].start(), s.start + pcts[-1].end())
                parts = " + ".join(p.group(0) for p in pcts)
                msg = (
                    f"A breakdown ending with 'the rest' adds up to {total:g}% ({parts}), not 100%"
                )
                yield Finding("NL305", start, end, msg)
                continue
            rest_before = len(pcts) >= 3 and bool(
                _REST_BEFORE.search(s.text, pcts[-2].end(), pcts[-1].start())
            )
            if rest_before and abs(total - 100) > 0.5 * len(pcts):
                start, end = self.span(s, s.start + pcts[0].start(), s.start + pcts[-1].end())
                parts = " + ".join(p.group(0) for p in pcts)
                msg = f"Shares ending with all the others add up to {total:g}% ({parts}), not 100%"
                yield Finding("NL305", start, end, msg)
                continue
            if total <= 100 + 0.5 * len(pcts):
                continue
            echo = any(_ECHO_NO.match(s.text, p.end()) for p in pcts[1:])
            exclusive = (
                (echo and (len(pcts) == 2 or (len(pcts) == 3 and bool(_UNDECIDED.search(s.text)))))
                or bool(_VOTE_SHARE.search(s.text))
                or bool(_SEXES.search(s.text))
                or bool(_BREAKDOWN.search(s.text))
                or _gapped_shares(s.text, pcts)
                or (len(pcts) >= 3 and _degree_scale(s.text))
                or (len(pcts) >= 3 and len(_CHOICE.findall(s.text)) >= 1)
                or (
                    bool(_POSITIVE.search(s.text))
                    and bool(_NEGATIVE.search(s.text))
                    and (
                        len(pcts) == 2
                        or (
                            len(pcts) == 3
                            and bool(_UNDECIDED.search(s.text) or _SPOILT.search(s.text))
                        )
                    )
                )
            )
            if not exclusive:
                continue
            start, end = self.span(s, s.start + pcts[0].start(), s.start + pcts[-1].end())
            parts = " + ".join(p.group(0) for p in pcts)
            yield Finding(
                "NL305", start, end, f"Shares of one whole add up to {total:g}% ({parts})"
            )

    def _pct_of_total(self, an: Analysis) -> Iterator[Finding]:
        """NL313: 'Of the 1,200 patients, 15% - 240 people - ...': 15% of 1,200 is 180."""
        for s in an.sentences:
            if s.drafting or ("%" not in s.text and "cent" not in s.text):
                continue
            totals = list(_OF_TOTAL.finditer(s.text))
            if "f " in s.text:
                yield from self._hedged_shares(s, totals)
            if len(totals) != 1:
                continue  # no total, or several: which one the share is of is unclear
            for m in _PCT_AND_COUNT.finditer(s.text, totals[0].end()):
                p_text, c_text = m.group("p") or m.group("p2"), m.group("c") or m.group("c2")
                if any(hedge_at(s.text, m.start(g), m.end(g)) for g in ("p", "p2", "c", "c2")):
                    continue
                total, _ = parse_amount(totals[0].group("total"), None)
                count, _ = parse_amount(c_text, None)
                pct = float(p_text)
                if total <= 0 or count > total:
                    continue
                decimals = len(p_text.split(".")[1]) if "." in p_text else 0
                half = 0.5 * 10.0**-decimals
                actual = count / total * 100
                if abs(actual - pct) <= half + 1e-9:
                    continue
                start, end = self.span(s, s.start + m.start(), s.start + m.end())
                msg = (
                    f"{p_text}% of {totals[0].group('total')} is {pct * total / 100:,.0f}, "
                    f"not {c_text} ({actual:.1f}%)"
                )
                yield Finding("NL313", start, end, msg)

    def _share_of_earlier(self, an: Analysis) -> Iterator[Finding]:
        """NL313: 'will release 25 million pounds' then 'the release represents about
        14 per cent of the roughly 100 million pounds': the share a definite noun is
        said to be of a total, against the amount a sentence before gave for it."""
        for si, s in enumerate(an.sentences):
            if s.drafting or " of " not in s.text or not ("%" in s.text or "cent" in s.text):
                continue
            for m in _SHARE_REFERS.finditer(s.text):
                total = next(
                    (
                        f
                        for f in an.figures
                        if f.sentence == si and 0 <= f.start - s.start - m.end() <= 30
                    ),
                    None,
                )
                part = total and _referred_amount(an, si, m.group("noun"), total.unit)
                if not total or not part or part.value >= total.value or total.hi != total.value:
                    continue
                spread = max(total.precision, 0.1 * total.value if total.hedge else 0.0)
                lo = (part.value - part.precision) / (total.value + spread) * 100
                hi = (part.value + part.precision) / (total.value - spread) * 100
                pct = float(m.group("p"))
                half = _half_unit(m.group("p"))
                slack = max(2.0, 0.1 * pct) if m.group("h") else 0.0
                if lo <= pct + half + slack and pct - half - slack <= hi:
                    continue
                start, end = self.span(s, s.start + m.start("p"), total.end)
                yield Finding(
                    "NL313",
                    start,
                    end,
                    f"{part.text} (as given before) is {part.value / total.value * 100:.0f}% of "
                    f"{total.text}, not {m.group('p')}%",
                )

    def _hedged_shares(self, s: SentenceInfo, totals: list[re.Match[str]]) -> Iterator[Finding]:
        """NL313: '2,140 of the 9,800 exams - about 12%' (21.8%), 'Of the 61,450
        patients, 37,900 - nearly 70 per cent': a count of a total and its share."""
        text = s.text
        pairs = [
            (m.group("c"), m.group("t"), share)
            for m in (_COUNT_OF_TOTAL.finditer(text) if " of " in text else ())
            if (share := _SHARE_AFTER.match(text, m.end()))
        ]
        if len(totals) == 1:
            t_text = totals[0].group("total")
            pairs += [
                (m.group("c"), t_text, m) for m in _COUNT_SHARE.finditer(text, totals[0].end())
            ]
        for c_text, t_text, share in pairs:
            count, _ = parse_amount(c_text, None)
            total, _ = parse_amount(t_text, None)
            pct, hedge = float(share.group("p")), (share.group("h") or "").lower()
            if total <= 0 or count > total or not 0 < pct < 100:
                continue
            if not _share_off(count, total, pct, hedge):
                continue
            start, end = self.span(
                s, s.start + share.start("p") - len(hedge), s.start + share.end()
            )
            said = f"{hedge} {share.group('p')}%" if hedge else f"{share.group('p')}%"
            yield Finding(
                "NL313",
                start,
                end,
                f"{c_text} of {t_text} is {count / total * 100:.1f}%, not {said}",
            )

    def _records(self, an: Analysis) -> Iterator[Finding]:
        """NL313: wins, draws and defeats that do not add up to the games played."""
        for s in an.sentences:
            if s.drafting or ("win" not in s.text and "won" not in s.text):
                continue
            for m in _RECORD.finditer(s.text):
                g = "" if m.group("w") else "2"
                kinds = {_record_kind(m.group("xk" + g)), _record_kind(m.group("yk" + g))}
                if kinds != {"draw", "loss"}:
                    continue  # "12 defeats and 4 losses": not a win-draw-loss record
                vals = [number_value(m.group(k + g)) for k in ("w", "x", "y", "n")]
                if any(v is None for v in vals):
                    continue
                w, x, y, n = (int(v) for v in vals)  # type: ignore[arg-type]
                if w + x + y == n or n <= 0:
                    continue
                start, end = self.span(s, s.start + m.start(), s.start + m.end())
                draws, losses = (x, y) if _record_kind(m.group("xk" + g)) == "draw" else (y, x)
                msg = (
                    f"{w} wins, {draws} draws and {losses} defeats make {w + x + y} games, "
                    f"not the {n} stated"
                )
                yield Finding("NL313", start, end, msg)

    def _unit_products(self, an: Analysis) -> Iterator[Finding]:
        """NL313: '80 turbines rated at 12 megawatts each' in 'a 1.2 gigawatt wind farm'."""
        totals: list[tuple[float, float, str]] = []
        products: list[tuple[SentenceInfo, re.Match[str], float, float]] = []
        for s in an.sentences:
            if s.drafting or s.heading or not _POWER_RE.search(s.text):
                continue
            found = list(_UNIT_PRODUCT.finditer(s.text))
            spans = [m.span() for m in found]
            for m in _POWER_RE.finditer(s.text):
                if any(a <= m.start() < b for a, b in spans):
                    continue
                facility = _FACILITY_AFTER.match(s.text, m.end())
                if not facility and not _CAPACITY_BEFORE.search(s.text, 0, m.start()):
                    continue
                if facility and _NOT_ONE_KIND.search(facility.group(0)):
                    continue  # "a 900MW solar and battery project": the turbines are a part
                if _PART_OF_WHOLE.search(s.text[max(0, m.start() - 40) : m.end() + 40]):
                    continue
                hedge = hedge_at(s.text, m.start(), m.end())
                totals.append((*_watts(m.group("v"), m.group("u")), hedge))
            for m in found:
                if _PART_OF_WHOLE.search(s.text[max(0, m.start() - 40) : m.end()]):
                    continue
                others = [
                    p for p in _POWER_RE.finditer(s.text) if not m.start() <= p.start() < m.end()
                ]
                if len(others) > 1:
                    continue  # several ratings in one sentence: which units have which is unclear
                n = number_value(m.group("n") or m.group("n2"))
                v = m.group("v") or m.group("v2") or m.group("v3")
                u = m.group("u") or m.group("u2") or m.group("u3")
                if not n or n < 2:
                    continue
                each, prec = _watts(v, u)
                products.append((s, m, n * (each - prec), n * (each + prec)))
        if len({(t[0], t[2]) for t in totals}) != 1 or not products:
            return
        if len({(round(lo), round(hi)) for _, _, lo, hi in products}) != 1:
            return  # two different unit counts or sizes: one may be a part
        total, tprec, hedge = totals[0]
        fig = SimpleNamespace(value=total, hi=total, precision=tprec, hedge=hedge)
        lo, hi = interval(fig)
        lo, hi = lo * 0.97, hi * 1.03  # nameplate ratings are often rounded once more
        for s, m, plo, phi in products:
            if plo <= hi and lo <= phi:
                continue
            start, end = self.span(s, s.start + m.start(), s.start + m.end())
            mid = (plo + phi) / 2
            yield Finding(
                "NL313",
                start,
                end,
                f"These units add up to about {_show_watts(mid)}, but the article gives a "
                f"total capacity of {_show_watts(total)}",
            )

    def _money_parts(self, an: Analysis) -> Iterator[Finding]:
        """NL313: 'the £3.5m package is made up of £1.2m for ..., £900,000 for ... and
        £1.1m in grants': the listed sums must make the total."""
        by_sentence: dict[int, list[Figure]] = {}
        for f in an.figures:
            if f.kind == "money":
                by_sentence.setdefault(f.sentence, []).append(f)
        for si, figs in by_sentence.items():
            s = an.sentences[si]
            if len(figs) < 3 or s.drafting:
                continue
            yield from self._sum_after(s, figs)
            m = _MADE_UP.search(s.text)
            if not m or _NOT_ALL_PARTS.search(s.text, m.end()):
                continue
            cut = s.start + m.start()
            before = [f for f in figs if f.end <= cut]
            parts = [f for f in figs if f.start >= s.start + m.end()]
            if not before or len(parts) < 2:
                continue
            total = before[-1]
            if any(
                f.unit != total.unit or f.hedge or f.hi != f.value or f.period
                for f in (total, *parts)
            ):
                continue
            if total.start < cut - 60 or different_fact(s.text, 0, total.start - s.start):
                continue  # the sum named far before, or another total
            got = sum(f.value for f in parts)
            slack = total.precision + sum(f.precision for f in parts)
            if abs(got - total.value) <= slack:
                continue
            start, end = self.span(s, parts[0].start, parts[-1].end)
            listed = " + ".join(f.text for f in parts)
            yield Finding(
                "NL313",
                start,
                end,
                f"The parts ({listed}) add up to {_show_money(got, total.text)}, not {total.text}",
            )

    def _parts_of_earlier(self, doc: Document, an: Analysis) -> Iterator[Finding]:
        """NL313: 'ordered to pay $7.2 million in penalties.' ... 'The penalty comprises
        $4.5 million for ... and $3.1 million for ...': a definite noun split into
        sums must add up to the one sum the preceding sentences give for it."""
        if not _THE_MADE_UP.search(doc.text):
            return  # most articles split no sum into parts
        for si, s in enumerate(an.sentences):
            if s.drafting or not s.text.startswith("The "):
                continue
            head = _THE_MADE_UP.match(s.text)
            if not head or _NOT_ALL_PARTS.search(s.text, head.end()):
                continue
            parts = [f for f in an.figures if f.sentence == si and f.kind == "money"]
            stem = head.group("noun").lower()[:5]
            earlier = [
                f
                for f in an.figures
                if si - 4 <= f.sentence < si
                and f.kind == "money"
                and stem in _around(an.sentences[f.sentence].text, *_rel(an, f)).lower()
            ]
            if len(parts) < 2 or len({f.value for f in earlier}) != 1:
                continue  # no sum named for it, or several: which one is split is unclear
            total = earlier[-1]
            if any(
                f.unit != total.unit or f.hedge or f.hi != f.value or f.period
                for f in (total, *parts)
            ):
                continue
            got = sum(f.value for f in parts)
            if abs(got - total.value) <= total.precision + sum(f.precision for f in parts):
                continue
            start, end = self.span(s, parts[0].start, parts[-1].end)
            listed = " + ".join(f.text for f in parts)
            line = self.line_of(doc, an.sentences[total.sentence], total.start)
            yield Finding(
                "NL313",
                start,
                end,
                f"The parts ({listed}) add up to {_show_money(got, total.text)}, not the "
                f"{total.text} (line {line}) they split",
            )

    def _listed_parts(self, an: Analysis) -> Iterator[Finding]:
        """NL313: 'took $186,000 from three firms: $92,000 from A, $51,000 from B and
        $38,000 from C' or '58 winners - 31 off the forehand, 19 off the backhand and
        six at the net': a total, then after a colon or dash every part of it."""
        for s in an.sentences:
            text = s.text
            if s.drafting or not (":" in text or "–" in text or "—" in text or " - " in text):
                continue
            for sep in _LIST_SEP.finditer(text):
                close = _LIST_SEP.search(text, sep.end())
                body = text[sep.end() : close.start() if close else len(text)]
                if (
                    # "and the remaining $2 million" names the last part: the list is whole.
                    _NOT_ALL_PARTS.search(_NUMBERED_REST.sub("and ", body))
                    or _LIST_NOT_SUMMED.search(body)
                    or _LIST_HEDGED.search(body)
                ):
                    continue
                items = list(_LIST_ITEM.finditer(body))
                if not items:
                    continue
                # The total: the last figure before the separator in the parts' currency.
                head = text[max(0, sep.start() - 70) : sep.start()]
                cur = (items[0].group("cur") or "").upper()
                tm = next(
                    (
                        t
                        for t in reversed(list(_LIST_AMT_RE.finditer(head)))
                        if (t.group("cur") or "").upper() == cur
                    ),
                    None,
                )
                if tm is None or _HEDGE_BEFORE.search(head, 0, tm.start()):
                    continue
                tail = head[tm.end() :]
                if (
                    re.search(r"\d", tail)
                    or (cur and len(tail) > 60)
                    or _NOT_ALL_PARTS.search(tail)
                ):
                    continue  # "... from events including: ..." lists only some
                noun = re.match(r"\s+([a-z][a-z-]+)", tail)
                if len(items) < 3 or not _LIST_LAST.search(body[: items[-1].start()]):
                    continue
                # The list opens with its first part, and parts are parted by commas.
                if items[0].start() > 2 or any(
                    not _LIST_PART_JOIN.fullmatch(body[x.end() : y.start()])
                    for x, y in pairwise(items)
                ):
                    continue
                total = _list_value(tm)
                vals = [_list_value(m) for m in items]
                if total is None or any(v is None for v in vals):
                    continue
                if any((m.group("cur") or "").upper() != cur for m in items):
                    continue
                if not cur and any(m.group("scale") for m in (tm, *items)):
                    continue
                if not cur and (
                    noun is None
                    or len(tail) > 25
                    or any(_YEAR_LIKE.fullmatch(m.group("num")) for m in items)
                ):
                    continue  # a plain count names what it counts ("58 winners")
                got = sum(v[0] for v in vals)  # type: ignore[index]
                slack = total[1] + sum(v[1] for v in vals)  # type: ignore[index]
                if _whole_units(tm, items):
                    # "$12 million: $5 million, $4 million and $2 million": whole units of
                    # one scale in an unhedged breakdown are meant to add up exactly.
                    slack = 0.0
                if abs(got - total[0]) <= slack + 1e-6:
                    continue
                base = s.start + max(0, sep.start() - 70)
                start, end = self.span(s, base + tm.start(), base + tm.end())
                listed = " + ".join(m.group(0).strip() for m in items)
                shown = _show_money(got, tm.group(0)) if cur else f"{got:g}"
                yield Finding(
                    "NL313",
                    start,
                    end,
                    f"The parts ({listed}) add up to {shown}, not {tm.group(0).strip()}"
                    + (f" {noun.group(1)}" if noun and not cur else ""),
                )

    def _sum_after(self, s: SentenceInfo, figs: list[Figure]) -> Iterator[Finding]:
        """NL313: '£2.1bn of interest income and £0.6bn of fees brought total income to
        £2.9bn': the parts named first must make the total that follows."""
        for k, total in enumerate(figs):
            if k < 2 or not _SUM_AFTER.search(s.text[: total.start - s.start]):
                continue
            parts = figs[:k]
            text = s.text
            if any(
                _NOT_SUMMED.search(text, x.end - s.start, y.start - s.start)
                for x, y in pairwise(parts)
            ) or _NOT_SUMMED.search(text, parts[-1].end - s.start, total.start - s.start):
                return  # "rose to £2.1bn from £1.9bn": a change, not a list of parts
            if any(
                f.unit != total.unit or f.hedge or f.hi != f.value or f.period
                for f in (total, *parts)
            ):
                return
            got = sum(f.value for f in parts)
            slack = total.precision + sum(f.precision for f in parts)
            if abs(got - total.value) <= slack:
                return
            start, end = self.span(s, total.start, total.end)
            listed = " + ".join(f.text for f in parts)
            yield Finding(
                "NL313",
                start,
                end,
                f"The parts ({listed}) add up to {_show_money(got, total.text)}, not {total.text}",
            )
            return

    def _of_those(self, an: Analysis) -> Iterator[Finding]:
        """NL313: 'N flights were cancelled. Of those, a were X, b were Y and c were Z.'"""
        for si, s in enumerate(an.sentences):
            head = _OF_THOSE.match(s.text)
            if not head or si == 0 or s.drafting or _NOT_WHOLE_LIST.search(s.text):
                continue
            prev = an.sentences[si - 1]
            if prev.block is not s.block:
                continue
            counts = [
                m
                for m in _PLAIN_COUNT.finditer(prev.text)
                if not _YEAR_LIKE.fullmatch(m.group("n"))
            ]
            if len(counts) != 1 or hedge_at(prev.text, counts[0].start(), counts[0].end()):
                continue
            parts = []
            pos = head.end()
            while m := _THOSE_PART.match(s.text, pos):
                parts.append(m)
                pos = m.end()
            rest = s.text[pos:]
            if any(hedge_at(s.text, p.start("n"), p.end("n")) for p in parts):
                continue  # "about 60 were ...": no exact sum to check
            if len(parts) < 3 or not re.match(r"\s*(?:,|\.|$)", rest):
                continue
            if not any(" and " in s.text[p.start() : p.start("n") + 1] for p in parts[-1:]):
                continue  # the list must end with "and": all the parts, not some
            total, _ = parse_amount(counts[0].group("n"), None)
            got = sum(parse_amount(p.group("n"), None)[0] for p in parts)
            if got == total or got < 0.9 * total:
                continue  # a short list may leave out small parts
            start, end = self.span(s, s.start + parts[0].start("n"), s.start + parts[-1].end())
            listed = " + ".join(p.group("n") for p in parts)
            msg = f"The parts ({listed}) make {got:,.0f}, not the {counts[0].group('n')} stated before"
            yield Finding("NL313", start, end, msg)

    def _table_totals(self, doc: Document) -> Iterator[Finding]:
        """NL313: a Markdown table whose 'Total' row does not match the rows above it."""
        if doc.format != "markdown":
            return
        rows: list[list[Any]] = []
        last_line, last_end = -2, 0
        tables: list[list[list[Any]]] = []
        for block in doc.blocks:
            if block.kind != "table_cell":
                if rows:
                    tables.append(rows)
                rows, last_line = [], -2
                continue
            line = doc.lines.position(block.source_start)[0]
            if line != last_line:
                if rows and _BLANK_LINE.search(doc.text, last_end, block.source_start):
                    tables.append(rows)  # a blank line ends a table
                    rows = []
                rows.append([])
                last_line = line
            last_end = block.source_end
            # The column is the count of pipes before the cell on its source line.
            line_start = doc.text.rfind("\n", 0, block.source_start) + 1
            col = doc.text.count("|", line_start, block.source_start)
            if doc.text[line_start : block.source_start].lstrip().startswith("|"):
                col -= 1
            rows[-1].append((col, block))
        if rows:
            tables.append(rows)
        for table in tables:
            yield from self._table_total([dict(r) for r in table])

    def _table_total(self, table: list[dict[int, Any]]) -> Iterator[Finding]:
        totals = [r for r in table if 0 in r and _TOTAL_CELL.fullmatch(r[0].text.strip())]
        if len(totals) != 1 or len(table) < 4:
            return
        total_row = totals[0]
        body = [r for r in table[1:] if r is not total_row]
        if len(body) < 2:
            return
        for col, cell in total_row.items():
            stated = _TABLE_NUM.fullmatch(cell.text.strip()) if col else None
            cells = [_TABLE_NUM.fullmatch(r[col].text.strip()) if col in r else None for r in body]
            if not stated or not all(cells):
                continue  # an empty or worded cell: not a column of parts
            nums = [c.group("n").replace(",", "") for c in cells if c]
            if any(c.group("sign") for c in cells if c) or stated.group("sign"):
                continue  # "+0.6": changes, which need not sum
            values = [float(n) for n in nums]
            want_text = stated.group("n").replace(",", "")
            want = float(want_text)
            if want < max(values):
                continue  # an average or a median, not a sum
            # Rounded shares and rounded large sums may miss by rounding; small whole
            # counts (seats, medals) add up exactly.
            whole = all("." not in n for n in [*nums, want_text])
            slack = 0.0 if whole and want < 1000 else sum(_half_unit(n) for n in nums)
            got = sum(values)
            if abs(got - want) <= slack + 1e-9:
                continue
            start, end = cell.source_span(0, len(cell.text))
            decimals = max(len(n.split(".")[1]) if "." in n else 0 for n in nums)
            yield Finding(
                "NL313",
                start,
                end,
                f"The column's rows add up to {got:,.{decimals}f}, not the total "
                f"{stated.group('n')} given",
            )

    def _parts(self, an: Analysis) -> Iterator[Finding]:
        """NL313: 'Of the N X, a were women and b were men' with a + b != N."""
        yield from self._records(an)
        yield from self._of_those(an)
        yield from self._unit_products(an)
        yield from self._pct_of_total(an)
        yield from self._share_of_earlier(an)
        yield from self._money_parts(an)
        yield from self._listed_parts(an)
        for s in an.sentences:
            if s.drafting or "of" not in s.text.lower():
                continue
            for m in _PARTS.finditer(s.text):
                exhaustive = bool(_SEXES.search(m.group(0))) or bool(m.group("rest"))
                pos, neg = _POSITIVE.search(m.group(0)), _NEGATIVE.search(m.group(0))
                if not exhaustive and not (pos and neg):
                    continue
                if any(hedge_at(s.text, m.start(g), m.end(g)) for g in ("total", "a", "b")):
                    continue  # "about 6,000 were women": no exact sum to check
                total, tp = parse_amount(m.group("total"), None)
                a, _ = parse_amount(m.group("a"), None)
                b, _ = parse_amount(m.group("b"), None)
                if abs(a + b - total) <= max(tp, 0.5) or a + b <= 0:
                    continue
                start, end = self.span(s, s.start + m.start("total"), s.start + m.end("b"))
                msg = (
                    f"{m.group('a')} and {m.group('b')} make {a + b:,.0f}, "
                    f"not the {m.group('total')} they are parts of"
                )
                yield Finding("NL313", start, end, msg)


# Power ratings: a count of units times the rating of each against a stated total
# ("a 1.2 gigawatt wind farm" / "80 turbines rated at 12 megawatts each" is 960 MW).
# A sum given as the exhaustive list of its parts.
_MADE_UP = re.compile(
    r"\b(?:(?:is|was|are|were|will be|would be|be)\s+made up of|comprising|comprises|comprised of|"
    r"consists? of|consisting of|(?:is|was|will be|would be|be)\s+split (?:into|between)|"
    r"broken down into|divided (?:into|between))\s",
    re.I,
)
# "X of £2.1bn and Y of £0.6bn brought total income to £2.9bn": parts, then their sum.
_SUM_AFTER = re.compile(
    r"\b(?:brought|bringing|brings|bring|took|taking|takes|take|lifted|lifting|pushed|pushing)\s+"
    r"(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w'’-]+\s+){0,2}?(?:total|combined|overall)"
    r"(?:\s+[a-z-]+){0,2}?\s+to\s+$"
    r"|\b(?:for|giving|making)\s+(?:a|an)\s+(?:combined\s+|overall\s+|grand\s+)?total\s+of\s+$",
    re.I,
)
# Between two listed parts: a change or comparison, so not parts of one sum.
_NOT_SUMMED = re.compile(
    r"\b(?:from|up|down|rose|fell|compared|against|versus|than|per|each|a year|"
    r"last year|previously|earlier|was|were)\b",
    re.I,
)
# "The penalty comprises ...", "The package is made up of ...": a definite noun,
# no figure of its own, split into parts (`_parts_of_earlier`).
_THE_MADE_UP = re.compile(
    r"The (?:[a-z]+ )?(?P<noun>[a-z]{4,}) (?:comprises|consists of|"
    r"(?:is|was|will be) (?:made up of|split between|split into|divided between|broken down into))\s",
)


def _rel(an: Analysis, f: Figure) -> tuple[int, int]:
    """The figure's offsets within its sentence."""
    st = an.sentences[f.sentence].start
    return f.start - st, f.end - st


# A total, then a colon or dash, then its parts (`_listed_parts`).
_LIST_SEP = re.compile(r":(?=\s)|\s[–—-]\s")
_LIST_AMT = (
    rf"(?P<cur>{CUR})?\s?(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{NUMBER_RE})"
    r"(?:\s?(?P<scale>trillion|billion|million|bn|m|k)\b)?(?![\d%]|\s*per ?cent\b)"
)
_LIST_AMT_RE = re.compile(rf"(?<![\w.,$€£-]){_LIST_AMT}", re.I)
_LIST_NOT_SUMMED = re.compile(
    rf"\b(?:up|down|rose|fell|compared|against|versus|than|per|each|a year|last year|"
    rf"previously|earlier|from\s+{CUR}?\s?\d)",
    re.I,
)
# The word before a list's last part: "and", or "and the remaining" (the rest of the total).
_LIST_LAST = re.compile(r"\band\s+(?:the\s+(?:remaining|other|final|last)\s+)?$")
_NUMBERED_REST = re.compile(r"\band\s+the\s+(?:remaining|other|final|last)\s+(?=\S?\s?\d)")
_LIST_PART_JOIN = re.compile(
    r"[^\d]*,\s+(?:and\s+)?|[^\d,]*\s+and\s+(?:the\s+(?:remaining|other|final|last)\s+)?"
)
_LIST_ITEM = re.compile(rf"(?<![\w.,$€£-]){_LIST_AMT}(?=\s+[a-z]|\s*$)", re.I)
_HEDGE_BEFORE = re.compile(
    r"\b(?:about|around|roughly|nearly|almost|more than|over|some|up to|at least|less than|under|approximately)\s*$",
    re.I,
)
_LIST_HEDGED = re.compile(
    r"\b(?:about|around|roughly|nearly|almost|more than|over|some|up to|at least|less than|under|"
    r"approximately|respectively|or)\b|%|per ?cent",
    re.I,
)


# "the release represents about 14 per cent of the roughly 100 million pounds": a
# definite noun said to be a share of a total.
_SHARE_REFERS = re.compile(
    r"\b[Tt]he\s+(?P<noun>[a-z]{4,})\s+(?:represents|represented|accounts for|accounted for|"
    r"amounts to|amounted to|makes up|made up|equals|equalled|is|was)\s+"
    r"(?P<h>about|around|roughly|nearly|almost|some|approximately)?\s*"
    r"(?P<p>\d+(?:\.\d+)?)\s?(?:%|per ?cent\b)\s+of\b"
)


def _referred_amount(an: Analysis, si: int, noun: str, unit: str) -> Figure | None:
    """The one unhedged amount in `unit` the two sentences before `si` give for the
    noun (the verb or noun 'release' within a few words before the figure)."""
    stem = _stem(noun)[:6]
    found = [
        f
        for f in an.figures
        if si - 2 <= f.sentence < si
        and f.unit == unit
        and not f.hedge
        and f.hi == f.value
        and stem
        in an.sentences[f.sentence]
        .text[
            max(0, f.start - an.sentences[f.sentence].start - 30) : f.start
            - an.sentences[f.sentence].start
        ]
        .lower()
    ]
    return found[0] if len(found) == 1 else None


# ---------------------------------------------------------------- NL313 breakdowns

# "980 positions in steelmaking, 310 in the finishing mills and 220 in administration":
# a breakdown whose later parts drop their noun and keep the preposition.
_GAPPED_PREP = re.compile(r"\s+(?:in|at|from|across|on)\s+(?:the\s+)?[A-Za-z]")
_GAP_HINT = re.compile(r"\d (?:in|at|from|across|on) ")
_LIST_JOIN = re.compile(r"[^\d;:()]*,\s+(?:and\s+)?|[^\d,;:()]*\s+and\s+")
_NOUN_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+|its\s+|their\s+)?)?((?:[a-z][a-z-]+\s*){1,3})")
_OUT_OF = re.compile(r",\s+out of\s+(?:a total of\s+|the\s+)?(\d{2,3}(?:,\d{3})*)\b(?![.,]\d|%)")


def _count_nouns(text: str, end: int) -> set[str]:
    """The stems of the words naming what the figure ending at end counts."""
    m = _NOUN_AFTER.match(text, end)
    if not m:
        return set()
    return {_stem(w) for w in m.group(1).split() if w not in _NP_STOP}


def _plain_counts(text: str, hedged: bool = False) -> list[re.Match[str]]:
    """Counts with no currency or percent (nor hedge, unless hedged) that are not years."""
    return [
        m
        for m in _LIST_AMT_RE.finditer(text)
        if not m.group("cur")
        and m.group("num")[0].isdigit()
        and not _YEAR_LIKE.fullmatch(m.group("num"))
        and (hedged or not _HEDGE_BEFORE.search(text, max(0, m.start() - 14), m.start()))
    ]


_PARTITIVE = re.compile(r"\s+of\s+(?:the|these|those)\s+(?:new\s+)?[a-z]+s\b")
_PARTITIVE_HINT = re.compile(r"\d of (?:the|these|those) ")


def _gapped_list(text: str) -> list[re.Match[str]]:
    """The parts of 'A nouns in X, B in Y and C in Z' (three or more, or two when the
    first is 'A of the nouns'), or []."""
    items = _plain_counts(text)
    for k in range(len(items) - 1):
        first, chain = items[k], [items[k]]
        for x, y in pairwise(items[k:]):
            if not _LIST_JOIN.fullmatch(text, x.end(), y.start()) or not _GAPPED_PREP.match(
                text, y.end()
            ):
                break
            chain.append(y)
        # Two parts do when the first says it is part of a whole: "687 of the new
        # patients were admitted in Dhaka city and 515 in hospitals elsewhere".
        least = (
            2 if text.startswith(" of", first.end()) and _PARTITIVE.match(text, first.end()) else 3
        )
        if len(chain) < least or not text[: chain[-1].start()].rstrip().endswith("and"):
            continue
        # The first part names the noun and then the same preposition: "980 positions in".
        head = text[first.end() : chain[1].start()]
        if not _NOUN_AFTER.match(text, first.end()) or not re.search(
            r"\s(?:in|at|from|on)\s", head
        ):
            continue
        return chain
    return []


def _breakdown_over_total(check: _Base, doc: Document, an: Analysis) -> Iterator[Finding]:
    """NL313: a breakdown ('1.5 million ... in Ohio, 520,000 in Indiana and 410,000 in
    Michigan') whose parts add up to more than the total an earlier sentence gave for
    the same noun ('about 2.3 million customers'). Parts may leave some out ("the cuts
    include"), so only a sum above the whole is reported."""
    for si, s in enumerate(an.sentences):
        if s.drafting or s.heading or " and " not in s.text:
            continue
        if "," not in s.text and ("of th" not in s.text or not _PARTITIVE_HINT.search(s.text)):
            continue
        first = _GAP_HINT.search(s.text)
        if not first or not (
            _GAP_HINT.search(s.text, first.end())
            or ("of th" in s.text and _PARTITIVE_HINT.search(s.text))
        ):
            continue  # the later parts each keep their preposition: "310 in the mills"
        parts = _gapped_list(s.text)
        if not parts:
            continue
        vals = [_list_value(m) for m in parts]
        if any(v is None or v[0] <= 0 for v in vals):
            continue
        got = sum(v[0] for v in vals)  # type: ignore[index]
        slack = sum(v[1] for v in vals)  # type: ignore[index]
        nouns = _count_nouns(s.text, parts[0].end()) | {
            _stem(w) for w in re.findall(r"[a-z]{3,}", s.text[: parts[0].start()])
        }
        totals = []
        for prev in an.sentences[:si]:
            if prev.drafting:
                continue
            for t in _plain_counts(prev.text, hedged=True):
                tnouns = _count_nouns(prev.text, t.end())
                if not tnouns or not tnouns & nouns:
                    continue
                value = _list_value(t)
                if value and value[0] > max(v[0] for v in vals):  # type: ignore[index]
                    hedged = hedge_at(prev.text, t.start(), t.end())
                    totals.append((prev, t, value, hedged))
        if not totals or any(h not in ("", "about") for *_, h in totals):
            continue
        # "about 2.3 million" is a rounding: up to half a unit of its last digit more.
        allowed = max(
            v[0] + max(v[1], _last_digit_unit(v[0]) / 2 if h else 0.0) for *_, v, h in totals
        )
        if got <= allowed + slack:
            continue
        prev, t = totals[-1][:2]
        start, end = check.span(s, s.start + parts[0].start(), s.start + parts[-1].end())
        listed = " + ".join(m.group(0) for m in parts)
        line = check.line_of(doc, prev, prev.start + t.start())
        yield Finding(
            "NL313",
            start,
            end,
            f"The parts ({listed}) add up to {got:,.0f}, more than the total of "
            f"{t.group(0)} (line {line}) they break down",
            related=((doc.path, *check.span(prev, prev.start + t.start(), prev.start + t.end())),),
        )


def _seats_out_of(check: _Base, doc: Document, an: Analysis) -> Iterator[Finding]:
    """NL313: 'Labour on 288 seats, the Conservatives on 196, ... and others on 19, out
    of 650': each party's count of one whole, which cannot add up to more than it."""
    if "out of" not in doc.text:
        return
    for s in an.sentences:
        if s.drafting or "out of" not in s.text:
            continue
        m = _OUT_OF.search(s.text)
        if not m:
            continue
        parts = [
            p
            for p in _plain_counts(s.text[: m.start()])
            if s.text[: p.start()].endswith(("on ", "with "))
        ]
        if len(parts) < 3:
            continue
        got = sum(float(p.group("num").replace(",", "")) for p in parts)
        whole = float(m.group(1).replace(",", ""))
        if got <= whole:
            continue
        start, end = check.span(s, s.start + parts[0].start(), s.start + m.end())
        yield Finding(
            "NL313",
            start,
            end,
            f"The counts listed add up to {got:,.0f}, more than the {m.group(1)} they are out of",
        )


# "agreed to pay a combined $412 million": the verb and the sum the next sentence splits.
_COMBINED_BEFORE = re.compile(
    r"\b(?P<verb>[a-z]{3,})\s+(?:a\s+)?(?:combined|total\s+of|joint)\s+$", re.I
)


def _combined_split(check: _Base, doc: Document, an: Analysis) -> Iterator[Finding]:
    """NL313: 'agreed to pay a combined $412 million' then 'A will pay $265 million and
    B will pay $131 million': the sums paid with the same verb in the next sentence
    are the combined sum's parts and must add up to it."""
    money: dict[int, list[Figure]] = {}
    for f in an.figures:
        if f.kind == "money":
            money.setdefault(f.sentence, []).append(f)
    for si, figs in money.items():
        s = an.sentences[si]
        if s.drafting or si + 1 not in money or an.sentences[si + 1].para - s.para > 1:
            continue  # the split follows at once: the same or the next paragraph
        for total in figs:
            m = _COMBINED_BEFORE.search(
                s.text, max(0, total.start - s.start - 40), total.start - s.start
            )
            if not m or total.hedge or total.hi != total.value:
                continue
            verb = m.group("verb").lower()
            nxt = an.sentences[si + 1]
            parts = money[si + 1]
            if len(parts) < 2 or nxt.drafting:
                continue
            if any(
                f.unit != total.unit
                or f.hedge
                or f.hi != f.value
                or f.period
                or f.value >= total.value
                or verb
                not in nxt.text[max(0, f.start - nxt.start - 20) : f.start - nxt.start].lower()
                for f in parts
            ):
                continue
            got = sum(f.value for f in parts)
            slack = total.precision + sum(f.precision for f in parts)
            if abs(got - total.value) <= slack or not 0.6 * total.value <= got <= 1.4 * total.value:
                continue
            start, end = check.span(nxt, parts[0].start, parts[-1].end)
            listed = " + ".join(f.text for f in parts)
            line = check.line_of(doc, s, total.start)
            yield Finding(
                "NL313",
                start,
                end,
                f"The parts ({listed}) add up to {_show_money(got, total.text)}, not the "
                f"combined {total.text} of line {line}",
                related=((doc.path, *check.span(s, total.start, total.end)),),
            )


# "93 people were on board", "carrying 93 passengers": everyone a disaster's tally covers.
_ABOARD = re.compile(
    rf"(?<![\w.,$€£-])(?P<n>{NUMBER_RE}|\d{{1,3}}(?:,\d{{3}})+)\s+(?:people|passengers|persons)\s+"
    r"(?:were\s+|was\s+)?(?:on\s+board|aboard)\b",
    re.I,
)
# One clause of a tally: a count and what became of it.
_FATE_CLAUSE = re.compile(
    rf"(?<![\w.,$€£-])(?P<n>{NUMBER_RE}|\d{{1,3}}(?:,\d{{3}})+)\s+(?P<rest>[^,;]*?)(?=,|;|\s+and\s|\.?$)",
    re.I,
)
_FATES = (
    (
        "alive",
        re.compile(r"\b(?:rescued|survived|survivors?|alive|saved|pulled from the water)\b", re.I),
    ),
    ("dead", re.compile(r"\b(?:bodies|dead|died|killed|drowned)\b", re.I)),
    ("missing", re.compile(r"\b(?:missing|unaccounted for)\b", re.I)),
)


def _fates_vs_aboard(check: _Base, doc: Document, an: Analysis) -> Iterator[Finding]:
    """NL313: '93 people were on board' then '61 people had been rescued alive, 24
    bodies had been recovered and six people remained unaccounted for': rescued, dead
    and missing together are everyone aboard, so they must add up to it."""
    if "board" not in doc.text or ("missing" not in doc.text and "unaccounted" not in doc.text):
        return
    total = None
    for s in an.sentences:
        if s.drafting:
            continue
        if total is None:
            m = _ABOARD.search(s.text) if "board" in s.text else None
            if m and not hedge_at(s.text, m.start("n"), m.end("n")):
                total = (s, m, number_value(m.group("n")))
            continue
        if not ("missing" in s.text or "unaccounted" in s.text):
            continue
        found: dict[str, tuple[float, re.Match[str]]] = {}
        for m in _FATE_CLAUSE.finditer(s.text):
            kinds = [k for k, rx in _FATES if rx.search(m.group("rest"))]
            n = number_value(m.group("n"))
            if len(kinds) != 1 or n is None or kinds[0] in found:
                continue
            if hedge_at(s.text, m.start("n"), m.end("n")):
                return  # "at least 24 dead": no exact sum to check
            found[kinds[0]] = (n, m)
        ts, tm, want = total
        if len(found) != 3 or want is None:
            continue
        got = sum(n for n, _ in found.values())
        if got == want:
            return
        first = min(m.start() for _, m in found.values())
        last = max(m.end() for _, m in found.values())
        start, end = check.span(s, s.start + first, s.start + last)
        line = check.line_of(doc, ts, ts.start + tm.start())
        yield Finding(
            "NL313",
            start,
            end,
            f"Rescued, dead and missing add up to {got:g}, but line {line} gives {tm.group('n')} "
            "people on board",
            related=((doc.path, *check.span(ts, ts.start + tm.start(), ts.start + tm.end())),),
        )
        return


def _whole_units(total: re.Match[str], parts: list[re.Match[str]]) -> bool:
    """A total and its parts all in whole units of one scale word ("$12 million",
    "$5 million"): no decimals, so no rounding to allow for."""
    scales = {(m.group("scale") or "").lower() for m in (total, *parts)}
    return (
        len(scales) == 1
        and "" not in scales
        and all(m.group("num").isdigit() for m in (total, *parts))
    )


def _list_value(m: re.Match[str]) -> tuple[float, float] | None:
    num = m.group("num")
    if num[0].isdigit():
        value, prec = parse_amount(num, m.group("scale"))
        return value, prec if m.group("scale") or m.group("cur") else 0.0
    n = number_value(num)
    return None if n is None else (n, 0.0)


# A list that is not all of the sum: "among other things", "including", "the rest".
_NOT_ALL_PARTS = re.compile(
    r"\b(?:including|includes|among|such as|rest|remainder|balance|remaining|other|others|"
    r"plus|as well as|each|per|a year|annually|a month|a week)\b",
    re.I,
)


def _show_money(value: float, like: str) -> str:
    sign = re.match(r"\D*", like).group(0).strip() or ""
    for scale, word in ((1e9, "bn"), (1e6, "m")):
        if value >= scale:
            return f"{sign}{f'{value / scale:,.2f}'.rstrip('0').rstrip('.')}{word}"
    return f"{sign}{value:,.0f}"


_WATTS = {"kw": 1e3, "kilowatt": 1e3, "mw": 1e6, "megawatt": 1e6, "gw": 1e9, "gigawatt": 1e9}
_POWER = (
    r"(?P<{v}>\d+(?:\.\d+)?)\s?-?\s?(?P<{u}>(?-i:kW|MW|GW)|(?:kilo|mega|giga)watts?)\b"
    r"(?![- ]?hours?\b|h\b)"
)
_POWER_RE = re.compile(_POWER.format(v="v", u="u"), re.I)
_UNIT_THINGS = r"(?:turbines|reactors|generators|engines|units|modules|blocks|stacks)"
_UNIT_PRODUCT = re.compile(
    rf"(?<![\w.,$£€-])(?P<n>\d{{1,4}}|{NUMBER_RE})\s+(?:[a-z]+\s+)?{_UNIT_THINGS}\b"
    rf"(?:,?\s+(?:each\s+)?(?:rated\s+at|of|with\s+a\s+capacity\s+of|capable\s+of\s+"
    rf"(?:generating|producing))\s+{_POWER.format(v='v', u='u')}\s+(?:each|apiece)\b"
    rf"|,?\s+each\s+(?:rated\s+at|of|with\s+a\s+capacity\s+of|capable\s+of\s+"
    rf"(?:generating|producing)|producing|generating)\s+{_POWER.format(v='v2', u='u2')})"
    rf"|(?<![\w.,$£€-])(?P<n2>\d{{1,4}}|{NUMBER_RE})\s+{_POWER.format(v='v3', u='u3')}\s+"
    rf"(?:[a-z]+\s+)?{_UNIT_THINGS}\b",
    re.I,
)
# A total capacity tied to one installation: "a 1.2 gigawatt offshore wind farm",
# "the 800MW plant", "its capacity of 1.2GW".
_FACILITY_AFTER = re.compile(
    r"(?:\s+[a-z][\w-]*){0,3}\s+(?:farm|project|scheme|plant|station|array|park|facility|"
    r"development|interconnector|site)\b",
    re.I,
)
_CAPACITY_BEFORE = re.compile(
    r"\b(?:its|an?)\s+(?:total\s+|generating\s+|installed\s+)?capacity\s+of\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|up to|more than|over|just over|just under)\s+)?$",
    re.I,
)
# A part of the installation, or several installations: no single total to compare.
_PART_OF_WHOLE = re.compile(
    r"\b(?:phases?|stages?|first|second|initial(?:ly)?|extension|additional|another|further|"
    r"remaining|rest|some|of which|of them|existing|replac\w+|combined|together|both|across|"
    r"cluster|zone|portfolio|pipeline|total of|up to|about|around|roughly|nearly|almost|"
    r"more than|over|fewer|less than)\b",
    re.I,
)


_NOT_ONE_KIND = re.compile(r"\b(?:each|per|and|or|plus|with|hybrid)\b", re.I)


def _watts(value: str, unit: str) -> tuple[float, float]:
    """(watts, precision in watts) of '1.2' 'gigawatt'."""
    scale = _WATTS[unit.lower().rstrip("s")]
    decimals = len(value.split(".")[1]) if "." in value else 0
    return float(value) * scale, 0.5 * 10.0**-decimals * scale


def _show_watts(w: float) -> str:
    return f"{w / 1e9:g} GW" if w >= 1e9 else f"{w / 1e6:g} MW"


_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+"
# A win-draw-loss record: "won 12 of their 20 matches, with five draws and four
# defeats", "have 9 wins, 4 draws and 3 losses from 16 games".
_GAMES = r"(?:matches|games|fixtures|outings|contests|bouts|fights|starts|races|ties)"
_DRAWS = r"(?:draws|drawn|ties|tied|halved)"
_LOSSES = r"(?:defeats|losses|lost|beaten)"
_RECORD = re.compile(
    rf"\bwon\s+(?P<w>\d{{1,3}}|{NUMBER_RE})\s+of\s+(?:their|its|his|her|the|our|my)\s+"
    rf"(?:last\s+|first\s+|opening\s+)?(?P<n>\d{{1,3}}|{NUMBER_RE})\s+(?:[a-z-]+\s+){{0,2}}?{_GAMES}\b"
    rf"[^.;]{{0,40}}?\b(?P<x>\d{{1,3}}|{NUMBER_RE})\s+(?P<xk>{_DRAWS}|{_LOSSES})"
    rf",?\s+(?:and|with)\s+(?P<y>\d{{1,3}}|{NUMBER_RE})\s+(?P<yk>{_DRAWS}|{_LOSSES})\b"
    rf"|\b(?P<w2>\d{{1,3}}|{NUMBER_RE})\s+wins?,\s+(?P<x2>\d{{1,3}}|{NUMBER_RE})\s+(?P<xk2>{_DRAWS}|{_LOSSES}),?"
    rf"\s+and\s+(?P<y2>\d{{1,3}}|{NUMBER_RE})\s+(?P<yk2>{_DRAWS}|{_LOSSES})\s+(?:from|in|of)\s+"
    rf"(?:their|its|his|her|the|)\s*(?P<n2>\d{{1,3}}|{NUMBER_RE})\s+(?:[a-z-]+\s+){{0,2}}?{_GAMES}\b",
    re.I,
)
_PARTS = re.compile(
    rf"\b[Oo]f (?:the|its|their|these|those|all|some) (?P<total>{_NUMBER}) [a-z][\w-]*(?: [a-z][\w-]*)?,"
    rf"\s+(?P<a>{_NUMBER})\b[^,;.]{{0,50}}?,?\s+(?:and|while|with)\s+(?P<rest>the (?:remaining|other|rest of the)\s+)?"
    rf"(?P<b>{_NUMBER})\b[^,;.]{{0,50}}"
)


# A table's total row ("Total", "All", "**Total**" once the bold is read) and its
# plain numeric cells ("27.4", "1,250", "£3.2m" is left alone).
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_TOTAL_CELL = re.compile(r"(?:grand\s+)?total|all|overall", re.I)
_TABLE_NUM = re.compile(r"(?P<sign>[+−-])?(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?%?")
# "212 flights were cancelled. Of those, 118 were Qantas, 61 were Virgin and 21 were
# Rex": a breakdown of the one count the sentence before gave.
_OF_THOSE = re.compile(r"^(?:Of|Among) (?:those|them|these|which|the total)\b,?\s+", re.I)
_THOSE_PART = re.compile(
    rf"(?:,\s+|,?\s+and\s+)?(?P<n>{_NUMBER})\s+(?:were|was|are|came from|belonged to|went to)\b"
    r"(?P<what>[^,;.]{1,50}?)(?=,|;|\.|\s+and\b|$)"
)
_PLAIN_COUNT = re.compile(rf"(?<![\w.,$€£¥%-])(?P<n>{_NUMBER})(?![\w.,%-]|\s*(?:per ?cent|%))")
_NOT_WHOLE_LIST = re.compile(
    r"\b(?:including|include|included|among|other|others|rest|remaining|at least|also|such as)\b",
    re.I,
)
# "Of the 1,200 patients ..., 15% — 240 people — ..." and "..., 240 (15%) ...": a share
# given both as a percentage and as a count of the total the sentence opens with.
_OF_TOTAL = re.compile(
    rf"\b[Oo]f (?:the|its|their|these|those|all|some) (?P<total>{_NUMBER}) [a-z][\w-]*"
)
_PCT_AND_COUNT = re.compile(
    rf"(?<![\d.])(?P<p>\d+(?:\.\d+)?)\s?(?:%|per ?cent\b)\s*(?:—|–|\(|--|,\s+or)\s*"
    rf"(?P<c>{_NUMBER})\b(?![.,]\d|\s*%)"
    rf"|(?<![\d.,])(?P<c2>{_NUMBER})(?:\s+[a-z]+)?\s+\((?P<p2>\d+(?:\.\d+)?)\s?(?:%|per ?cent)\)"
)


# "38 of its 420 driver posts were vacant - about 15% of the total", "Of the 61,450
# patients ..., 37,900 - nearly 70 per cent - ...": a count of a stated total, then its
# (often hedged) share set off by a dash, a bracket or a comma.
_COUNT_OF_TOTAL = re.compile(
    rf"(?<![\w.,$€£¥-])(?P<c>{_NUMBER})\s+(?:out\s+)?of\s+(?:the|its|their|all|some)\s+"
    rf"(?P<t>{_NUMBER})\s+[a-z][\w-]*"
)
_SHARE_AFTER = re.compile(
    r"[^\d%;.]{0,80}?\s*(?:—|–|--|\(|,)\s*(?:or\s+)?"
    r"(?P<h>about|around|roughly|some|approximately|nearly|almost|close to|just under|"
    r"just over|more than|over|less than|under)?\s*"
    r"(?P<p>\d+(?:\.\d+)?)\s?(?:%|per ?cent\b)"
    r"(?!\s*(?:more|less|fewer|higher|lower|up|down|increase|rise|drop|fall|of (?!the total|all\b)))",
    re.I,
)
_COUNT_SHARE = re.compile(
    rf"(?<![\d.,])(?P<c>{_NUMBER})\s*(?:—|–|--|\(|,)\s*(?:or\s+)?"
    r"(?P<h>about|around|roughly|some|approximately|nearly|almost|close to|just under|"
    r"just over|more than|over|less than|under)\s+"
    r"(?P<p>\d+(?:\.\d+)?)\s?(?:%|per ?cent\b)",
    re.I,
)
_SHARE_ROUGH = frozenset({"about", "around", "roughly", "some", "approximately"})
_SHARE_BELOW = frozenset({"nearly", "almost", "close to", "just under"})


def _share_off(count: float, total: float, pct: float, hedge: str) -> bool:
    """Whether count/total is not the hedged share: 'about' allows a sixth of the
    share (two points at least), 'nearly' a tenth below, 'more than' any amount
    above, and an exact share its rounding plus a point."""
    actual = count / total * 100
    h = hedge.lower()
    if h in _SHARE_ROUGH:
        return abs(actual - pct) > max(2.0, pct / 6)
    if h in _SHARE_BELOW:
        return not pct - max(2.0, pct / 10) <= actual <= pct + 0.5
    if h in ("more than", "over", "just over"):
        return actual < pct - 0.5
    if h in ("less than", "under"):
        return actual > pct + 0.5
    return abs(actual - pct) > 1.0


def _record_kind(word: str) -> str:
    w = word.lower()
    return "draw" if w in ("draws", "drawn", "ties", "tied", "halved") else "loss"


# ---------------------------------------------------------------- NL306

_TALLY = re.compile(
    rf"\b(?P<a>\d{{1,3}}|{NUMBER_RE})\s*(?:-|–|—|to)\s*(?P<b>\d{{1,3}}|{NUMBER_RE})\b(?=\s*(?:,\s*)?(?:vote|decision|ruling|majority|margin|in favou?r|verdict|split)|)"
)
_TALLY_CONTEXT = re.compile(
    rf"\b(?:vot(?:e|ed|es|ing)|ruled|decided|sided|split|divided|passed|approved|adopted|confirmed|ratified|rejected|defeated|by a (?:vote|margin) of)\s+(?:of\s+)?(?P<a>\d{{1,3}}|{NUMBER_RE})\s*(?:-|–|—|to)\s*(?P<b>\d{{1,3}}|{NUMBER_RE})\b"
    rf"|\b(?P<c>\d{{1,3}})\s*(?:-|–|—)\s*(?P<d>\d{{1,3}})\s+(?:vote|decision|ruling|verdict|majority)\b"
    rf"|\bunanimous(?:ly)?,?\s+(?:by\s+)?(?P<e>\d{{1,3}})\s*(?:-|–|—|to)\s*(?P<f>\d{{1,3}})\b"
    rf"|\b(?P<g>\d{{1,3}}|{NUMBER_RE})\s+votes?\s+(?:in favou?r|for)\b[^.;]{{0,30}}?\b(?:and|to|with)\s+(?P<h>\d{{1,3}}|{NUMBER_RE})\s+(?:votes?\s+)?(?:against|opposed)\b"
    # "backed the plan by 31 votes to 12"
    rf"|\bby\s+(?P<i>\d{{1,3}}|{NUMBER_RE})\s+votes?\s+to\s+(?P<j>\d{{1,3}}|{NUMBER_RE})\b",
    re.I,
)
# "with five abstentions", "and three abstained": votes cast but neither for nor against.
_ABSTAIN = re.compile(
    rf"\b(?:with|and|while)\s+(?P<n>\d{{1,3}}|{NUMBER_RE})\s+(?:abstentions?\b|(?:\w+\s+)?abstain(?:ed|ing)\b)",
    re.I,
)
_MEMBERS = re.compile(
    rf"\b(?P<n>\d{{1,3}}|{NUMBER_RE})[- ](?:member|seat|justice|judge|person|strong)\b"
    rf"|\b(?:all|the|has|have|of|with)\s+(?P<n2>\d{{1,3}}|{NUMBER_RE})\s+(?:senators|members|justices|judges|jurors|councillors|councilors|commissioners|directors|lawmakers|MPs|delegates)\b",
    re.I,
)
# A tally has a shape: "5-3", "52 to 48", "31 votes to 12", "five votes in favour".
_TALLY_HINT = re.compile(
    r"\d\s*[-–—]\s*\d|\d\s+(?:votes?\s+)?to\s+\d|\bvotes?\s+(?:in favou?r|for)\b", re.I
)


def _earlier_shares(sentences: list, index: int) -> float:
    """The percentages in the sentences of the same paragraph before sentences[index]."""
    para = sentences[index].para
    total = 0.0
    for s in reversed(sentences[:index]):
        if s.para != para:
            break
        total += sum(float(p.group(1)) for p in _PCT.finditer(s.text))
    return total


def _may_tally(text: str) -> bool:
    """Exact prefilter for _TALLY_HINT (re.I): its shapes need a digit, or "vote".

    On ASCII text a digit is 0-9 and re.I matches what lower-casing gives.
    """
    if not text.isascii() or _ASCII_DIGIT.search(text):
        return True
    return "vote" in text.lower()


_UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b", re.I)
_PASSED = re.compile(r"\b(?:passed|approved|adopted|confirmed|ratified)\b", re.I)
_REJECTED = re.compile(
    r"\b(?:reject\w*|defeat\w*|fail\w*|against|opposed|block\w*|overturn\w*|struck down)\b", re.I
)


class VoteTallyCheck(_Base):
    """A vote tally whose parts contradict the body's size or 'unanimous'."""

    rules = (
        rule(
            "NL306",
            "vote-tally-mismatch",
            "warning",
            "A vote tally contradicts the number of voters or 'unanimous'",
            """A seven-member board cannot vote 5-3, and a unanimous vote has no
            votes against. Tallies below the body's size are fine (absences,
            abstentions); tallies above it (abstentions stated beside the tally count
            too), or a 'unanimous' vote with dissent, are not.""",
            bad=[
                "The seven-member board voted 5-3 to approve the budget.",
                "Councillors backed the plan by 31 votes to 12, with five abstentions. The "
                "council has 46 members.",
            ],
            good=[
                "The seven-member board voted 5-2 to approve the budget.",
                "Councillors backed the plan by 31 votes to 12, with three abstentions. The "
                "council has 46 members.",
            ],
        ),
    )

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        an = analyse(doc, ctx.option("publication-date"))
        paras: dict[int, list[SentenceInfo]] = {}
        for s in an.sentences:
            paras.setdefault(s.para, []).append(s)
        for sents in paras.values():
            joined = " ".join(s.text for s in sents)
            if not _may_tally(joined):
                continue
            if not _TALLY_HINT.search(joined) or not _TALLY_CONTEXT.search(joined):
                continue
            members = [
                number_value(m.group("n") or m.group("n2")) for m in _MEMBERS.finditer(joined)
            ]
            members = [int(n) for n in members if n]
            for s in sents:
                if s.drafting:
                    continue
                for m in _TALLY_CONTEXT.finditer(s.text):
                    a = number_value(
                        m.group("a") or m.group("c") or m.group("e") or m.group("g") or m.group("i")
                    )
                    b = number_value(
                        m.group("b") or m.group("d") or m.group("f") or m.group("h") or m.group("j")
                    )
                    if a is None or b is None:
                        continue
                    abstain = _ABSTAIN.search(s.text, m.end(), m.end() + 60)
                    abstained = (number_value(abstain.group("n")) or 0.0) if abstain else 0.0
                    start, end = self.span(s, s.start + m.start(), s.start + m.end())
                    before = s.text[max(0, m.start() - 30) : m.start() + 12]
                    if _PASSED.search(before) and a < b and not _REJECTED.search(s.text):
                        yield Finding(
                            "NL306",
                            start,
                            end,
                            f"Said to pass, but the tally {a:g}-{b:g} has more votes against",
                        )
                    elif _UNANIMOUS.search(s.text) and min(a, b) > 0:
                        yield Finding(
                            "NL306", start, end, f"A 'unanimous' vote cannot be {a:g}-{b:g}"
                        )
                    elif len(set(members)) == 1 and a + b + abstained > members[0]:
                        extra = f" and {abstained:g} abstentions" if abstained else ""
                        yield Finding(
                            "NL306",
                            start,
                            end,
                            f"A {a:g}-{b:g} tally{extra} is {a + b + abstained:g} votes, but the "
                            f"body has {members[0]} members",
                        )


# ---------------------------------------------------------------- NL307

# "Tuesday, March 5, 2024", "Wednesday night, 5 February".
_WD_DATE = re.compile(
    rf"\b(?P<wd>{_WEEKDAY_RE})\.?(?:\s+(?:night|morning|evening|afternoon))?,?\s+(?:\(\s*)?(?:the\s+)?"
    rf"(?:(?P<mon>{_MONTH_RE})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH_RE}))"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"
)


# "Tuesday night's meeting (Jan. 22)": the date in brackets after the weekday's event.
_WD_PAREN = re.compile(
    rf"\b(?P<wd>{_WEEKDAY_RE})(?:['’]s)?(?:\s+(?:night|morning|evening|afternoon)(?:['’]s)?)?"
    rf"(?:\s+[a-z]+){{0,2}}\s*\(\s*"
    rf"(?:(?P<mon>{_MONTH_RE})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH_RE}))"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d))?\s*\)"
)
_WEEKDAY_HINT = re.compile(r"day\b|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b")
_RANGE_WORD_BEFORE = re.compile(r"\b(?:through|thru|to|until|till|and|or)\s*$|[-–]\s*$", re.I)
# The second end of a range is a day, a month or a day of the month: "to 1.4 million
# customers" after "from Monday 22 July" is not one.
_RANGE_WORD_AFTER = re.compile(
    rf"\s*(?:to|through|thru|until|-|–)\s+(?:the\s+)?(?:{_WEEKDAY_RE}|{_MONTH_RE}|"
    r"\d{1,2}(?:st|nd|rd|th)?\b(?![.,]\d|\s*(?:%|per\b|percent\b|million\b|billion\b|thousand\b|hundred\b)))",
    re.I,
)


# A machine-readable publication stamp (HTML meta, JSON-LD, <time datetime>).
_STAMPED = re.compile(
    r"published_time|datePublished|<time[^>]+datetime=|name=\"(?:pubdate|publish-date|date)\"", re.I
)
_UPDATED = re.compile(
    r"\b(?:updated?|modified|dateModified|modified_time|reposted|republished)\b", re.I
)


def _resolve_year(month: int, day: int, pub: date | None) -> int | None:
    """The year of a yearless date: the one that puts it nearest the publication date."""
    if pub is None:
        return None
    best = None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if best is None or abs((d - pub).days) < abs((best - pub).days):
            best = d
    return best.year if best else None


class WeekdayDateCheck(_Base):
    """'Tuesday, March 5, 2024' when March 5, 2024 was a Tuesday: check it."""

    rules = (
        rule(
            "NL307",
            "weekday-date-mismatch",
            "warning",
            "The weekday does not match the date",
            """A date given with its weekday ("Monday, Sept. 25, 2023") must agree
            with the calendar. Dates without a year are checked against the
            publication date (front matter `date`, a 'Published on' line, or the
            `publication-date` setting) when one is known.""",
            bad=[
                "The hearing is set for Tuesday, March 5, 2025.",
                "The board voted at Tuesday night's meeting (Jan. 22, 2025).",
            ],
            good=[
                "The hearing is set for Wednesday, March 5, 2025.",
                "The board voted at Tuesday night's meeting (Jan. 21, 2025).",
            ],
        ),
    )

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        an = analyse(doc, ctx.option("publication-date"))
        # A story reposted or updated a year on names the year before somewhere (a
        # date, a URL); only then may a yearless date belong to that year.
        pub = an.pubdate
        lenient = pub is not None and str(pub.year - 1) in doc.text
        if lenient and _STAMPED.search(doc.text) and not _UPDATED.search(doc.text):
            # A page stamped with its publication time and never "updated" is that
            # date's story: a year named in the text is an event's, not the story's.
            lenient = ctx.option("publication-date") is not None
        for s in an.sentences:
            # Both date patterns need a weekday and a day of the month (a digit).
            if not _WEEKDAY_HINT.search(s.text) or not _DIGIT.search(s.text):
                continue
            for m in [*_WD_DATE.finditer(s.text), *_WD_PAREN.finditer(s.text)]:
                finding = self._check(s, m, pub, lenient)
                if finding:
                    yield finding

    def _check(
        self, s: SentenceInfo, m: re.Match[str], pub: date | None, lenient: bool = True
    ) -> Finding | None:
        before = s.text[max(0, m.start() - 10) : m.start()]
        after = s.text[m.end() : m.end() + 24]
        if _RANGE_WORD_BEFORE.search(before) or _RANGE_WORD_AFTER.match(after):
            return None  # "Friday through Sunday, June 7 to June 9": a range, not a pair
        wd_text = m.group("wd")
        if len(wd_text) <= 4 and not m.group("year"):
            return None  # "Sun 5 May" without a year is too ambiguous
        wd = WEEKDAYS.get(wd_text.lower().rstrip("."))
        mon = MONTHS.get((m.group("mon") or m.group("mon2")).lower().rstrip("."))
        day = int(m.group("day") or m.group("day2"))
        if wd is None or mon is None:
            return None
        year = int(m.group("year")) if m.group("year") else _resolve_year(mon, day, pub)
        if year is None:
            return None
        try:
            real = date(year, mon, day)
        except ValueError:
            if not m.group("year") and mon == 2 and day == 29:
                return None  # 29 February of a year we only guessed
            start, end = self.span(s, s.start + m.start(), s.start + m.end())
            return Finding("NL307", start, end, f"{m.group(0).strip()} is not a date")
        if real.weekday() == wd:
            return None
        if not m.group("year") and lenient:
            # The year was inferred from the publication date, which may be an
            # "Updated" date a year after the story: accept the year before too.
            try:
                if date(year - 1, mon, day).weekday() == wd:
                    return None
            except ValueError:
                pass
        start, end = self.span(s, s.start + m.start(), s.start + m.end())
        msg = f"{real:%B} {day}, {year} was a {_WEEKDAY_NAMES[real.weekday()]}, not a {_WEEKDAY_NAMES[wd]}"
        return Finding("NL307", start, end, msg)


# ---------------------------------------------------------------- NL308

_NAME = r"(?P<name>(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’-]+)"
_AGE = re.compile(
    rf"{_NAME},\s+(?P<age>\d{{1,3}})(?:,|\.(?!\d)|$)|(?P<age2>\d{{1,3}})-year-old\s+(?:[\w-]+\s+){{0,3}}?(?P<name2>(?:[A-Z][\w'’-]+\s+){{0,3}}[A-Z][\w'’-]+)"
    rf"|(?P<name3>(?:[A-Z][\w'’.-]+\s+){{0,3}}[A-Z][\w'’-]+)\s+\((?P<age3>\d{{1,3}})\)|(?P<name4>(?:[A-Z][\w'’.-]+\s+){{0,3}}[A-Z][\w'’-]+),\s+aged\s+(?P<age4>\d{{1,3}})"
    # "At 23, Morandi becomes ...": the age opens the sentence.
    rf"|^At\s+(?P<age5>\d{{1,3}}),\s+(?P<name5>(?:[A-Z][\w'’.-]+\s+){{0,2}}[A-Z][\w'’-]+)\b"
)
# Every _AGE match holds a figure then "," ")" "." or the end ("said Osei, 34."),
# or "-year-old", or "aged".
_AGE_HINT = re.compile(r"\d(?:[,).]|$)|-year-old|aged")
# A full birth date: "14 March 1966", "March 14, 1966", "19 Feb 2003".
_FULL_BIRTH = re.compile(
    rf"(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH_RE})\.?|(?P<m2>{_MONTH_RE})\.?\s+(?P<d2>\d{{1,2}}),?)\s+(?P<y>(?:18|19|20)\d\d)$"
)


def _birth_date(text: str) -> date | None:
    """The full date a birth-year match ends with, if it names month and day."""
    m = _FULL_BIRTH.search(text)
    if not m:
        return None
    mon = MONTHS.get((m.group("m1") or m.group("m2")).lower().rstrip("."))
    try:
        return date(int(m.group("y")), mon, int(m.group("d1") or m.group("d2"))) if mon else None
    except ValueError:
        return None


_DIGIT = re.compile(r"\d")
_YEAR_TOKEN = re.compile(r"\b((?:19|20)\d\d)\b")
_AGE_IS = re.compile(
    r"\b(?:is|was|turned|turns|aged)\s+(?P<age>\d{1,3})\b(?!\s*(?:%|per|percent|years? (?:ago|later|earlier)|million|billion|thousand|days?|weeks?|months?|times|[-–]))"
)
_BORN = re.compile(
    r"\bborn\s+(?:in\s+|on\s+)?(?:[\w ,]{0,30}?\s)?(?P<year>(?:18|19|20)\d\d)\b"
    r"|(?P<name2>(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’-]+)\s+\((?:born\s+|b\.\s*)?(?P<year2>(?:18|19|20)\d\d)\s*[-–]\s*\)"
)


_BORN_OPENER = re.compile(
    r"Born\s+(?:in\s+|on\s+)?(?:[\w ,]{0,30}?\s)?(?P<year>(?:18|19|20)\d\d),"
    # "Born March 14, 1966, in Lakemont's East End, Castellano spent ...": the subject.
    r"(?:\s+(?:in|at|near)\s+[^,.;]{1,40},)?\s+(?:(?P<pron>she|he)\b|(?P<who>(?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’-]+)\s+(?!of\b|and\b)[a-z])"
)
_CAP_WORD = re.compile(r"\b[A-Z][\w'’-]+")
_WHO_BORN = re.compile(r"\bwho (?:was )?born$")


def _last_name_before(text: str, pos: int) -> str:
    """The last capitalised, non-common word in the 70 characters before `pos`."""
    words = [
        w for w in _CAP_WORD.findall(text[max(0, pos - 70) : pos]) if w.lower() not in COMMON_CAPS
    ]
    return words[-1] if words else ""


def _surname(name: str) -> str:
    return re.sub(r"['’]s$", "", name.split()[-1]).lower()


class AgeBirthYearCheck(_Base):
    """'Smith, 45' and 'Smith was born in 1970' in the same article."""

    rules = (
        rule(
            "NL308",
            "age-birth-year-mismatch",
            "warning",
            "A person's age contradicts their birth year",
            """An age ("Smith, 45,") and a birth year ("born in 1970") for the same
            person must agree with the publication year (or, when it is unknown,
            with some year between the latest year the article mentions and
            today).""",
            bad=[
                "---\ndate: 2024-05-01\n---\nJane Smith, 45, leads the team. Smith was born in 1970 in Ohio.",
                "---\ndate: 2024-05-01\n---\nDr. Jane Smith, 45, a chemist at Yale who was born in "
                "1970, led the study.",
                '---\ndate: 2024-05-01\n---\nSmith, born in Ohio in 1970, joined in 2020. "We won," '
                "said Smith, 45.",
            ],
            good=[
                "---\ndate: 2024-05-01\n---\nJane Smith, 53, leads the team. Smith was born in 1970 in Ohio."
            ],
        ),
    )

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        an = analyse(doc, ctx.option("publication-date"))
        ages: list[tuple[str, int, SentenceInfo, re.Match[str]]] = []
        births: dict[str, set[int]] = {}
        dates: dict[str, set[date]] = {}  # full birth dates ("born on 19 Feb 2003")
        years: list[int] = []
        previous = None
        for s in an.sentences:
            if not _DIGIT.search(s.text):
                previous = s
                continue
            years.extend(int(y) for y in _YEAR_TOKEN.findall(s.text))
            for m in _AGE.finditer(s.text) if _AGE_HINT.search(s.text) else ():
                name = (
                    m.group("name")
                    or m.group("name2")
                    or m.group("name3")
                    or m.group("name4")
                    or m.group("name5")
                )
                age = (
                    m.group("age")
                    or m.group("age2")
                    or m.group("age3")
                    or m.group("age4")
                    or m.group("age5")
                )
                if name and age and 0 < int(age) < 120:
                    ages.append((_surname(name), int(age), s, m))
            if "born" in s.text:
                # "Hale, who was born in 1962, is 48": an age stated beside the birth year.
                for m in _AGE_IS.finditer(s.text):
                    name = _last_name_before(s.text, m.start())
                    if name and 0 < int(m.group("age")) < 120:
                        ages.append((_surname(name), int(m.group("age")), s, m))
            if "born" in s.text or "(" in s.text:
                here = {a[0] for a in ages if a[2] is s}
                for m in _BORN.finditer(s.text):
                    name = m.group("name2") or _last_name_before(s.text, m.start())
                    year = m.group("year") or m.group("year2")
                    if name and year:
                        births.setdefault(_surname(name), set()).add(int(year))
                        if m.group("year") and (full := _birth_date(s.text[: m.end("year")])):
                            dates.setdefault(_surname(name), set()).add(full)
                        # "Marsh, 51, an epidemiologist at Leeds who was born in 1968": the
                        # relative clause belongs to the one person aged in the sentence,
                        # not to the last capitalised word (a place or an employer).
                        if len(here) == 1 and _WHO_BORN.search(s.text[: m.start() + 4]):
                            births.setdefault(next(iter(here)), set()).add(int(year))
            elif s.text.startswith("Born") and (opener := _BORN_OPENER.match(s.text)):
                # "Tremblay, 47, is ... . Born in Sudbury in 1981, she trained ...": the
                # pronoun is the one person aged in the sentence before.
                before = {a[0] for a in ages if a[2] is previous and previous.para == s.para}
                who = opener.group("who")
                if who and who.split()[0].lower() not in COMMON_CAPS:
                    before = {_surname(who)}
                if len(before) == 1:
                    births.setdefault(next(iter(before)), set()).add(int(opener.group("year")))
                    if full := _birth_date(s.text[: opener.end("year")]):
                        dates.setdefault(next(iter(before)), set()).add(full)
            previous = s
        yield from self._self_aged(an)
        if not ages or not births:
            return
        if an.pubdate:
            refs = [an.pubdate.year]
        else:
            refs = list(range(max(years) if years else 1900, date.today().year + 1))
        ages_of: dict[str, set[int]] = {}
        for surname, age, _s, _m in ages:
            ages_of.setdefault(surname, set()).add(age)
        for surname, age, s, m in ages:
            born = births.get(surname)
            # Two ages for one surname (a couple, a family): cannot tell who was born when.
            if not born or len(born) != 1 or len(ages_of[surname]) != 1 or not refs:
                continue
            by = next(iter(born))
            full = dates.get(surname, set())
            if an.pubdate and len(full) == 1:
                # A full birth date and a publication date give one age exactly.
                bd = next(iter(full))
                # The event may be a few days before the story: allow a week.
                allowed = {
                    d.year - bd.year - ((d.month, d.day) < (bd.month, bd.day))
                    for d in (an.pubdate, an.pubdate - timedelta(days=7))
                }
                exact = max(allowed)
                if age in allowed:
                    continue
                start, end = self.span(s, s.start + m.start(), s.start + m.end())
                yield Finding(
                    "NL308",
                    start,
                    end,
                    f"Age {age} does not fit a birth date of {bd:%B %-d, %Y} on {an.pubdate:%B %-d, %Y} ({exact})",
                )
                continue
            if any(ref - by - 1 <= age <= ref - by for ref in refs):
                continue
            start, end = self.span(s, s.start + m.start(), s.start + m.end())
            when = f"in {refs[0]}" if len(refs) == 1 else "at any date the article allows"
            yield Finding(
                "NL308", start, end, f"Age {age} does not fit a birth year of {by} {when}"
            )

    def _self_aged(self, an: Analysis) -> Iterator[Finding]:
        """'The 24-year-old, who was born in March 1999': an age and the birth date of
        one person in one phrase, against the publication date."""
        pub = an.pubdate
        if pub is None:
            return
        for s in an.sentences:
            if "born" not in s.text or "year-old" not in s.text:
                continue
            for m in _AGED_BORN.finditer(s.text):
                age, by = int(m.group("age")), int(m.group("year"))
                if _OTHER_PERSON.search(m.group(0)) or not 0 < age < 120:
                    continue
                mon = MONTHS.get((m.group("mon") or "").lower().rstrip("."), 0)
                if mon and mon != pub.month:
                    allowed = {pub.year - by - (1 if mon > pub.month else 0)}
                else:
                    allowed = {pub.year - by - 1, pub.year - by}
                if age in allowed:
                    continue
                start, end = self.span(s, s.start + m.start(), s.start + m.end())
                born = f"{m.group('mon')} {by}" if mon else str(by)
                yield Finding(
                    "NL308",
                    start,
                    end,
                    f"Age {age} does not fit a birth date of {born} on {pub:%B %-d, %Y}",
                )


# "The 24-year-old, who was born in Braga in March 1999", "a 31-year-old born in 1990".
_AGED_BORN = re.compile(
    rf"\b(?P<age>\d{{1,3}})-year-old(?!['’])\b[^.;:()]{{0,40}}?\bborn\b"
    rf"(?:\s+(?:in|on)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?"
    rf"\s+(?:in\s+|on\s+)?(?:(?:\d{{1,2}}\s+)?(?P<mon>{_MONTH_RE})\.?\s+(?:\d{{1,2}},?\s+)?)?"
    rf"(?P<year>(?:19|20)\d\d)\b"
)
_OTHER_PERSON = re.compile(
    r"\b(?:whose|son|daughter|child|children|baby|wife|husband|partner|mother|father|brother|"
    r"sister|twins?|grandson|granddaughter)\b",
    re.I,
)


# ---------------------------------------------------------------- NL309 / NL310 / NL311

_FOUNDED = re.compile(
    r"\b(?i:founded|established|launched|started|created|formed|set up|incorporated|its founding)\s+(?:in\s+)?(?:(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?)?(?P<year>(?:18|19|20)\d\d)\b"
)
_STRICT_FOUNDING = re.compile(r"\b(?:founded|established|incorporated|its founding)\b", re.I)
_ANNIVERSARY = re.compile(
    r"\b(?P<ord>\w+(?:-\w+)?|\d+(?:st|nd|rd|th))\s+anniversary\b(?!\s+of\s+(?!(?:its|the|their|our)\s+(?:\w+\s+)?founding))",
    re.I,
)
_N_DAY = re.compile(
    rf"\b(?P<n>{NUMBER_RE})-day\b(?:(?!-day|\band\b|,)[^.;]){{0,80}}?\b(?:from\s+)?(?P<w1>{_WEEKDAY_RE})\s+(?:through|thru|to|until|till|-|–)\s+(?P<w2>{_WEEKDAY_RE})\b"
    rf"|\b(?:from\s+)?(?P<w3>{_WEEKDAY_RE})\s+(?:through|thru|to|until|till|-|–)\s+(?P<w4>{_WEEKDAY_RE})\b(?:(?!-day|\band\b|,)[^.;]){{0,60}}?\b(?P<n2>{NUMBER_RE})-day\b"
    rf"|\b(?P<n3>{NUMBER_RE})-day\b(?:(?!-day|\band\b|,)[^.;]){{0,80}}?\b(?:from\s+)?(?P<mon>{_MONTH_RE})\s+(?P<d1>\d{{1,2}})\s*(?:through|thru|to|until|-|–)\s*(?:(?P<mon2>{_MONTH_RE})\s+)?(?P<d2>\d{{1,2}})\b",
    re.I,
)
_YEARS_AGO = re.compile(
    rf"\b(?P<n>{NUMBER_RE}|a)\s+years?\s+ago,?\s+(?:in|since|back in)\s+(?P<year>(?:19|20)\d\d)\b"
    rf"|\bin\s+(?P<year2>(?:19|20)\d\d),?\s+(?:some\s+|about\s+|nearly\s+|just\s+)?(?P<n2>{NUMBER_RE}|a)\s+years?\s+ago\b",
    re.I,
)
_REL_YEAR = re.compile(
    r"\b(?P<rel>last|this|next)\s+year\s*(?:,\s*|\(\s*)(?:in\s+)?(?P<year>(?:19|20)\d\d)\b"
    r"|\b(?:in\s+)?(?P<year2>(?:19|20)\d\d)\s*(?:,\s*|\(\s*)(?P<rel2>last|this|next)\s+year\b",
    re.I,
)
# "raised its first funding last year, a £9 million seed round in 2023": the relative
# year and an apposition that dates the same event.
_REL_YEAR_APPOS = re.compile(
    r"\b(?P<rel>last|this|next)\s+year,\s+(?:a|an|the|its|their|his|her)\s+"
    r"(?P<np>(?:[^\s,;:()]+\s+){0,6}?)in\s+(?P<year>(?:19|20)\d\d)\b(?![-–/]|\s*(?:and|or|to)\b)",
    re.I,
)
# Words that turn the apposition into another event or a comparison ("a year after it
# was planned in 2019", "up from the level in 2023", "the deal he signed in 2021").
_APPOS_OTHER = re.compile(
    r"^(?:after|before|since|following|than|ago|from|until|till|by|when|while|compared|versus|"
    r"vs|and|or|but|which|that|who|whose|where|last|next|previous|earlier|later|up|down|as|"
    r"with|against|over|under|same|like|unlike|held|made|built|set|won|paid|sold|done|given|"
    r"taken|seen|begun|run|put|bought|\w{3,}ed|(?:19|20)\d\d)$",
    re.I,
)


# How far "last/this/next" (year, month) and "yesterday/today/tomorrow" point.
_REL_OFFSET = {"last": -1, "this": 0, "next": 1}
_DAY_OFFSET = {"yesterday": -1, "today": 0, "tomorrow": 1}


def _relative_years(text: str) -> Iterator[tuple[re.Match[str], str, int, bool]]:
    """(match, last/this/next, year, whether the year dates the same event by
    apposition) for "last year (2021)" and "last year, a ... round in 2023"."""
    for m in _REL_YEAR.finditer(text):
        rel = (m.group("rel") or m.group("rel2")).lower()
        yield m, rel, int(m.group("year") or m.group("year2")), False
    for m in _REL_YEAR_APPOS.finditer(text):
        if not any(_APPOS_OTHER.match(w.strip("'’\"")) for w in m.group("np").split()):
            yield m, m.group("rel").lower(), int(m.group("year")), True


_FOUNDED_AGO = re.compile(
    rf"\b(?:founded|established|launched|started|created|formed|set up)\s+(?:about\s+|roughly\s+|nearly\s+|approximately\s+|some\s+|more than\s+)?(?P<n>{NUMBER_RE})\s+years?\s+ago\b",
    re.I,
)
# "In the eight years since launch": the time since the founding, like "founded N years ago".
_YEARS_SINCE_FOUNDING = re.compile(
    rf"\bthe\s+(?:(?:first|past|last)\s+)?(?P<n>{NUMBER_RE})\s+years\s+since\s+(?:its\s+|the\s+)?"
    r"(?:launch|founding|foundation|inception|creation|it was (?:founded|launched|established|set up))\b",
    re.I,
)
# "the three-year-old startup": an organisation's age, checked against its founding year.
_ORG_AGE = re.compile(
    rf"\b(?P<n>{NUMBER_RE})[- ]year[- ]old\s+(?:[a-z-]+\s+)?(?:startup|start-up|company|firm|"
    r"business|bank|group|chain|brand|band|venture|charity|organi[sz]ation|newspaper|magazine|"
    r"label|studio|club|party|company's)\b",
    re.I,
)
_DAY_WORD = re.compile(
    r"\b(?P<rel>yesterday|today|tomorrow)\s*(?:,\s*|\(\s*)(?P<wd>" + _WEEKDAY_RE + r")\b", re.I
)


_DATE_AFTER = (
    rf"(?:(?P<mon>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH_RE})\b"
    rf"|(?P<mon3>{_MONTH_RE})\b(?!\s+\d))"
)
# "earlier this month, on February 27", "last month (in May)".
_REL_MONTH = re.compile(
    rf"\b(?P<rel>this|last|next)\s+month\s*(?:,\s*|\(\s*|\s+)(?:when\s+)?(?:on\s+|in\s+)?(?:the\s+)?{_DATE_AFTER}",
    re.I,
)
# "only last week on February 4", "next week, on Tuesday 12 May": a day in the week
# before, of or after publication.
_REL_WEEK = re.compile(
    rf"\b(?P<rel>this|last|next)\s+week\s*(?:,\s*|\(\s*|\s+)(?:when\s+)?on\s+"
    rf"(?:{_WEEKDAY_RE},?\s+)?(?:the\s+)?"
    rf"(?:(?P<mon>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH_RE})\b)",
    re.I,
)
# "last Friday (Oct 10)", "next Saturday, 4 October": a weekday named relative to the
# publication date, then dated.
_REL_WEEKDAY = re.compile(
    rf"\b(?P<rel>last|next)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*(?:,\s*|\(\s*)(?:the\s+)?"
    rf"(?:(?P<mon>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH_RE})\b)",
    re.I,
)
# Days from publication a "last/this/next week" date may lie, generously: a week
# runs Monday to Sunday, and writers use "last week" for the past seven to ten days.
_WEEK_GAP = {"last": (-13, -1), "this": (-6, 6), "next": (1, 13)}
# A wire dateline without a year: "Kathmandu, Mar 7 (SAN)", "LAGOS, June 3 (Reuters) -".
_DATELINE_DAY = re.compile(
    rf"^[A-Z][\w.'’ -]{{1,40}},\s+(?:[A-Z]{{2,}}[\w.]*,\s+)?(?P<mon>{_MONTH_RE})\.?\s+"
    r"(?P<day>\d{1,2})\s*(?:\([A-Za-z .]+\)|[-–—]|\(\w+\))"
)
# "The last strike, in March this year" / "earlier this year, in March": a past event
# in a month of this year that must not come after the publication month.
_PAST_THIS_YEAR = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:last|previous|most recent)\s+"
    rf"(?:[a-z-]+\s+){{0,2}}?[a-z-]+,?\s+(?:(?:was|came|took place|held)\s+)?"
    rf"in\s+(?P<mon>{_MONTH_RE})\.?\s+this\s+year\b"
    rf"|\b[Ee]arlier this year,?\s+in\s+(?P<mon2>{_MONTH_RE})\b"
)
# "came two weeks after ..., on March 3" / "three days ago, on May 2": a span back from
# the day of the news to a dated event.
_SPAN_BACK = re.compile(
    rf"\b(?:(?:came|comes|follows|followed|arrives|arrived)\s+(?:just\s+|only\s+|about\s+|nearly\s+)?"
    rf"(?P<n>{NUMBER_RE}|a|an)\s+(?P<unit>days?|weeks?|months?)\s+after\b"
    rf"|(?P<n2>{NUMBER_RE}|a|an)\s+(?P<unit2>days?|weeks?|months?)\s+ago\b)"
    rf"[^.;]{{0,80}}?\bon\s+(?:{_WEEKDAY_RE},?\s+)?(?:the\s+)?"
    rf"(?:(?P<mon>{_MONTH_RE})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH_RE})\b)",
    re.I,
)
# "on 1 June, six weeks ago": the date first, then how long ago it was.
_DATE_AGO = re.compile(
    rf"\bon\s+(?:{_WEEKDAY_RE},?\s+)?(?:the\s+)?"
    rf"(?:(?P<mon>{_MONTH_RE})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH_RE})\b)"
    rf"(?:,?\s+(?:just|only|about|some|nearly|almost|more than))?,?\s+"
    rf"(?P<n2>{NUMBER_RE}|a|an)\s+(?P<unit2>days?|weeks?|months?)\s+ago\b",
    re.I,
)
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30.4}
# An event's dated start: "broke out on the afternoon of Sunday 10 August", "a lockout
# that began on Sept. 22", "was closed at midday on Sunday".
_STARTED = re.compile(
    rf"\b(?:broke out|began|started|erupted|was closed|were closed|was shut|went on strike|"
    rf"walked out)\s+(?:[a-z]+\s+){{0,3}}?on\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?"
    rf"(?P<wd>{_WEEKDAY_RE}\b)?,?\s*(?:the\s+)?"
    rf"(?:(?P<mon>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH_RE})\b)?",
)
_STARTED_HINT = ("broke out", "began", "started", "erupted", "closed", "shut", "strike", "walked")
# The time since that start: "four days after it started", "now in its third week",
# "has now been closed for five days".
_ELAPSED = re.compile(
    rf"\b(?P<n>{NUMBER_RE})\s+(?P<unit>days?|weeks?)\s+after\s+(?:it|the\s+[a-z]+)\s+"
    rf"(?:started|began|broke out|erupted)\b"
    rf"|\bnow\s+in\s+its\s+(?P<ord>\w+)\s+(?P<ounit>day|week|month)\b"
    rf"|\b(?:has|have)\s+now\s+been\s+(?:closed|shut|burning|on strike|locked out)\s+for\s+"
    rf"(?P<n2>{NUMBER_RE})\s+(?P<unit2>days?|weeks?)\b",
    re.I,
)
_ELAPSED_HINT = re.compile(
    r"\bafter (?:it|the [a-z]+) (?:started|began|broke out|erupted)\b|\bnow in its |\bnow been "
)
_OTHER_DAY = re.compile(rf"\b({_WEEKDAY_RE})\b")


def _started(text: str) -> list[re.Match[str]]:
    """The dated starts in a sentence (a weekday or a day and month)."""
    if not any(w in text for w in _STARTED_HINT):
        return []
    return [
        m for m in _STARTED.finditer(text) if m.group("wd") or m.group("mon") or m.group("mon2")
    ]


def _match_date(m: re.Match[str], pub: date) -> date | None:
    """The date a match spells with its mon/mon2 and day/day2 groups, in the year the
    publication date makes likeliest; None if it is not a calendar date."""
    mon = MONTHS.get((m.group("mon") or m.group("mon2")).lower().rstrip("."))
    day = int(m.group("day") or m.group("day2"))
    year = _resolve_year(mon, day, pub) if mon else None
    try:
        return date(year, mon, day) if year and mon else None
    except ValueError:
        return None


def _start_day(m: re.Match[str], pub: date) -> date | None:
    """The date a _STARTED match names: its day and month in the publication's year,
    or the weekday last before publication."""
    if m.group("mon") or m.group("mon2"):
        return _match_date(m, pub)
    wd = WEEKDAYS.get(m.group("wd").lower())
    back = (pub.weekday() - wd) % 7 if wd is not None else 0
    return pub - timedelta(days=back) if back else None


def _elapsed_days(m: re.Match[str]) -> tuple[float, float]:
    """The days an _ELAPSED match allows since the start."""
    if m.group("ord"):
        n = ordinal_value(m.group("ord")) or 0
        unit = _UNIT_DAYS[m.group("ounit").lower()]
        return (n - 1) * unit, n * unit - 1
    n = number_value(m.group("n") or m.group("n2")) or 0
    unit = _UNIT_DAYS[(m.group("unit") or m.group("unit2")).lower().rstrip("s")]
    return n * unit, n * unit


# "yesterday, April 16" / "yesterday (Wednesday 16 April)".
_DAY_DATE = re.compile(
    rf"\b(?P<rel>yesterday|today|tomorrow)\s*(?:,\s*|\(\s*)(?:(?P<wd>{_WEEKDAY_RE})\.?,?\s+)?(?:the\s+)?"
    rf"(?:(?P<mon>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH_RE})\b)",
    re.I,
)


_PRESENT = re.compile(
    r"\b(?:celebrates|celebrating|marks|marking|is marking|this (?:week|month|year)|today|now)\b",
    re.I,
)


# Every _FOUNDED match holds a year (18xx-20xx); every _YEARS_AGO and _REL_YEAR match
# one from 19xx-20xx. Digits have no case, so these gates are exact under re.I too.
_FOUNDING_YEAR = re.compile(r"(?:18|19|20)\d\d")
_RECENT_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_WORD = re.compile(r"year|yesterday|today|tomorrow", re.I)
_DAY_RELATIVE = ("yesterday", "today", "tomorrow")


def _founded(text: str) -> list[re.Match[str]]:
    """_FOUNDED matches in a sentence; most sentences hold no year and cannot match."""
    return list(_FOUNDED.finditer(text)) if _FOUNDING_YEAR.search(text) else []


def _may_hold(text: str, low: str | None, *words: str) -> bool:
    """Whether a case-insensitive pattern needing one of `words` can match `text`.

    `low` is the lower-cased text when it is ASCII (where re.I matches exactly what
    lower-casing does), else None: then the pattern must be run to know.
    """
    return low is None or any(w in low for w in words)


def _doc_years(an: Analysis) -> list[int]:
    return [int(y) for s in an.sentences for y in re.findall(r"\b((?:19|20)\d\d)\b", s.text)]


# One event dated two ways: "handed down yesterday" / "handed down on Tuesday, 11 March".
_EVENT_VERB = (
    r"(?P<verb>[a-z]{3,}(?:ed|en|wn|ld|nt|ck|ung|ade|ote|uck)(?:\s+(?:down|up|out|off|over))?)"
)
_VERB_YESTERDAY = re.compile(rf"\b{_EVENT_VERB}\s+yesterday\b")
_VERB_ON_DATE = re.compile(
    rf"\b{_EVENT_VERB}\s+on\s+(?:(?P<wd>{_WEEKDAY_RE})\b,?\s*)?(?:the\s+)?"
    rf"(?:(?P<mon>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH_RE})\b)?"
)
_NOUN_WORD = re.compile(r"[A-Za-z]{5,}")
_NOT_EVENT_NOUN = frozenset({"which", "their", "there", "where", "after", "before", "about"})


def _nouns_before(text: str, pos: int) -> set[str]:
    """The longer words in the 40 characters before a verb: what the event is."""
    return {
        w.lower()
        for w in _NOUN_WORD.findall(text, max(0, pos - 40), pos)
        if w.lower() not in _NOT_EVENT_NOUN
    }


def _dated_day(m: re.Match[str], pub: date) -> date | None:
    """The day a _VERB_ON_DATE match names: its date, or a weekday in the week
    before publication."""
    if m.group("mon") or m.group("mon2"):
        return _match_date(m, pub)
    wd = WEEKDAYS.get((m.group("wd") or "").lower())
    if wd is None:
        return None
    return pub - timedelta(days=(pub.weekday() - wd) % 7)


class DateArithmeticCheck(_Base):
    """Anniversaries, durations and relative dates that contradict their dates."""

    rules = (
        rule(
            "NL309",
            "anniversary-mismatch",
            "warning",
            "An anniversary does not match the founding year",
            """"Founded in 2012" and "its fifth anniversary" in 2024 do not agree.
            The anniversary year is the one named in the same sentence or, failing
            that, the publication year. Anniversaries of other events ("the fifth
            anniversary of the attack") are not compared with a founding year.""",
            bad=[
                "The studio was founded in 2012. In 2024 it celebrated its fifth anniversary with a party."
            ],
            good=[
                "The studio was founded in 2012. In 2017 it celebrated its fifth anniversary with a party."
            ],
        ),
        rule(
            "NL310",
            "duration-span-mismatch",
            "warning",
            "A stated duration does not match its start and end days",
            """"A two-day festival from Friday through Sunday" is three days. The
            check counts days inclusively between the weekdays or dates given in
            the same sentence.""",
            bad=["The two-day festival runs from Friday through Sunday."],
            good=["The three-day festival runs from Friday through Sunday."],
        ),
        rule(
            "NL311",
            "relative-date-mismatch",
            "warning",
            "A relative date contradicts the publication date",
            """"Two years ago, in 2019" or "last year (2021)" must agree with the
            publication date (front matter `date`, a 'Published on' line, or the
            `publication-date` setting). So must "founded two years ago" with
            "founded in 2015" elsewhere, "earlier this month, on February 27",
            "yesterday, April 16" and "last Friday (Oct 10)"; and the time since an
            event's one dated start ("broke out on Sunday 10 August" ... "four days
            after it started", "now in its third week"), "on 1 June, six weeks ago",
            "handed down yesterday" against "handed down on Tuesday, 11 March", and
            "in the eight years since launch" against "launched in April 2019".
            Checked only when the publication date is known.""",
            bad=[
                "---\ndate: 2024-06-01\n---\nThe plant closed two years ago, in 2019.",
                "---\ndate: 2025-03-14\n---\nThe plan was unveiled earlier this month, on "
                "February 27.",
                "---\ndate: 2025-04-18\n---\nThe airline announced it yesterday, April 16.",
                "---\ndate: 2023-09-25\n---\nAnthropic was founded in 2021. The three-year-old "
                "startup makes Claude.",
                "---\ndate: 2024-04-10\n---\nThe news came two weeks after the startup, on "
                "March 3, released new models.",
            ],
            good=[
                "---\ndate: 2024-06-01\n---\nThe plant closed five years ago, in 2019.",
                "---\ndate: 2025-03-14\n---\nThe plan was unveiled last month, on February 27.",
                "---\ndate: 2025-04-18\n---\nThe airline announced it yesterday, April 17.",
                "---\ndate: 2023-09-25\n---\nAnthropic was founded in 2021. The two-year-old "
                "startup makes Claude.",
                "---\ndate: 2024-04-10\n---\nThe news came five weeks after the startup, on "
                "March 3, released new models.",
            ],
        ),
    )

    def run(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        an = analyse(doc, ctx.option("publication-date"))
        out: list[Finding] = []
        if ctx.wants("NL309"):
            out.extend(self._anniversaries(an))
        if ctx.wants("NL310"):
            out.extend(self._durations(an))
        if ctx.wants("NL311") and an.pubdate:
            out.extend(self._relative(an, an.pubdate))
            out.extend(self._elapsed(doc, an, an.pubdate))
            out.extend(self._yesterday_dated(doc, an, an.pubdate))
        elif ctx.wants("NL311"):
            day = self._dateline_day(an)
            if day:
                # Only month and day are known: check dates within weeks of it.
                for s in an.sentences:
                    if not s.drafting and any(w in s.text for w in ("month", "week", "day")):
                        out.extend(self._relative_dates(s, day))
        return out

    def _elapsed(self, doc: Document, an: Analysis, pub: date) -> Iterator[Finding]:
        """'The fire broke out on Sunday 10 August' ... 'Four days after it started',
        'a lockout that began on Sept. 22' ... 'now in its third week', 'closed at
        midday on Sunday' ... 'has now been closed for five days': the time since the
        one dated start, counted to the publication date."""
        text = doc.text
        if not any(w in text for w in ("now in its", "now been", "days after", "weeks after")):
            return  # most articles count no time since a start
        told = [
            s
            for s in an.sentences
            if ("now " in s.text or "fter " in s.text)
            and not s.drafting
            and _ELAPSED_HINT.search(s.text)
        ]
        if not told:
            return  # most articles count no time since a start
        starts = [(s, m) for s in an.sentences if not s.drafting for m in _started(s.text)]
        begun = {_start_day(m, pub) for _, m in starts} - {None}
        if len(begun) != 1:
            return  # no dated start, or several: which one is meant is unclear
        day = next(iter(begun))
        actual = (pub - day).days  # type: ignore[operator]
        ss, sm = starts[0]
        for s in told:
            for m in _ELAPSED.finditer(s.text):
                lo, hi = _elapsed_days(m)
                other = _OTHER_DAY.findall(s.text)
                if any(WEEKDAYS.get(w.lower()) != pub.weekday() for w in other):
                    break  # counted to another day than publication
                if lo - 1 <= actual <= hi + 1 or actual < 0:
                    continue
                start, end = self.span(s, s.start + m.start(), s.start + m.end())
                line = self.line_of(doc, ss, ss.start + sm.start())
                yield Finding(
                    "NL311",
                    start,
                    end,
                    f"'{m.group(0)}', but the start on {day:%B} {day.day} (line {line}) is "  # type: ignore[union-attr]
                    f"{actual} days before the article's date ({pub:%B} {pub.day})",
                    related=(
                        (doc.path, *self.span(ss, ss.start + sm.start(), ss.start + sm.end())),
                    ),
                )

    def _yesterday_dated(self, doc: Document, an: Analysis, pub: date) -> Iterator[Finding]:
        """'Judgment was handed down yesterday' in an article of 13 March, after 'a
        judgment handed down on Tuesday, 11 March': one event (the same noun and
        verb) given a relative day and a dated one that disagree."""
        if "yesterday" not in doc.text:
            return
        rel = [
            (s, m, _nouns_before(s.text, m.start()))
            for s in an.sentences
            if "yesterday" in s.text and not (s.drafting or s.heading)
            for m in _VERB_YESTERDAY.finditer(s.text)
        ]
        # Only sentences that put one of those verbs before "on" can date the event.
        verbs = tuple({m.group("verb").lower() + " on " for _, m, _ in rel})
        dated = [
            (s, m, _nouns_before(s.text, m.start()))
            for s in (an.sentences if verbs else ())
            if any(v in s.text for v in verbs) and not (s.drafting or s.heading)
            for m in _VERB_ON_DATE.finditer(s.text)
        ]
        want = pub - timedelta(days=1)
        for s, m, nouns in rel:
            verb = m.group("verb").lower()
            days: set[date] = set()
            for ds, dm, dnouns in dated:
                if ds is s or dm.group("verb").lower() != verb or not nouns & dnouns:
                    continue
                then = _dated_day(dm, pub)
                if then:
                    days.add(then)
                    src = (ds, dm)
            if len(days) != 1 or want in days:
                continue  # not dated elsewhere, dated twice, or agreeing
            then = next(iter(days))
            ds, dm = src
            start, end = self.span(s, s.start + m.start(), s.start + m.end())
            line = self.line_of(doc, ds, ds.start + dm.start())
            yield Finding(
                "NL311",
                start,
                end,
                f"'yesterday' is {want:%A} {want.day} {want:%B} for an article dated "
                f"{pub.day} {pub:%B}, but line {line} dates it {then:%A} {then.day} {then:%B}",
                related=((doc.path, *self.span(ds, ds.start + dm.start(), ds.start + dm.end())),),
            )

    @staticmethod
    def _dateline_day(an: Analysis) -> date | None:
        """The day of a wire dateline without a year ('Kathmandu, Mar 7 (SAN)'), in a
        nominal year: only good for comparing months and days."""
        for s in an.sentences[:8]:
            m = _DATELINE_DAY.match(s.text)
            if m:
                mon = MONTHS.get(m.group("mon").lower().rstrip("."))
                try:
                    return date(
                        2024 if (mon, int(m.group("day"))) == (2, 29) else 2025,
                        mon,
                        int(m.group("day")),
                    )  # type: ignore[arg-type]
                except (TypeError, ValueError):
                    return None
        return None

    def _anniversaries(self, an: Analysis) -> Iterator[Finding]:
        founded: set[int] = set()
        founding_names: set[str] = set()
        strict = True  # every founding mention says founded/established/incorporated
        annivs: list[tuple[int, SentenceInfo, re.Match[str], int]] = []
        for si, s in enumerate(an.sentences):
            if s.drafting:
                continue
            found = _founded(s.text)
            if found:
                founded.update(int(m.group("year")) for m in found)
                founding_names |= context_entities(an, si, back=0)
                strict = strict and all(_STRICT_FOUNDING.search(m.group(0)) for m in found)
            if "anniversary" in s.text.lower():
                for m in _ANNIVERSARY.finditer(s.text):
                    n = ordinal_value(m.group("ord"))
                    if n:
                        annivs.append((si, s, m, n))
        if len(founded) != 1 or not annivs:
            return
        fy = next(iter(founded))
        for si, s, m, n in annivs:
            names = context_entities(an, si, back=0)
            if names and not names & founding_names and (founding_names or not strict):
                continue  # "The iPhone, launched in 2007" is not Apple's founding
            explicit = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", s.text) if int(y) != fy]
            if len(explicit) == 1:
                ref, slack = explicit[0], 0
            elif an.pubdate and not explicit:
                ref, slack = an.pubdate.year, 1
            elif not explicit and _PRESENT.search(s.text):
                # No date: the article is at least as recent as the latest past year it
                # names, and not later than today.
                past = [y for y in _doc_years(an) if y <= date.today().year]
                latest = max(past) if past else fy
                anniversary = fy + n
                if anniversary < latest - 1:
                    ref, slack = latest, 1
                elif anniversary > date.today().year + 1:
                    ref, slack = date.today().year, 1
                else:
                    continue
            else:
                continue
            if abs(ref - fy - n) > slack:
                start, end = self.span(s, s.start + m.start(), s.start + m.end())
                yield Finding(
                    "NL309",
                    start,
                    end,
                    f"Founded in {fy}, so {ref} is its {ref - fy}th anniversary, not its {m.group('ord')}",
                )

    def _durations(self, an: Analysis) -> Iterator[Finding]:
        for s in an.sentences:
            if "-day" not in s.text:
                continue
            for m in _N_DAY.finditer(s.text):
                n = number_value(m.group("n") or m.group("n2") or m.group("n3") or "")
                if not n:
                    continue
                if m.group("n3"):
                    span = self._date_span(m)
                    if span is None:
                        continue
                else:
                    w1 = WEEKDAYS.get((m.group("w1") or m.group("w3")).lower())
                    w2 = WEEKDAYS.get((m.group("w2") or m.group("w4")).lower())
                    if w1 is None or w2 is None:
                        continue
                    span = (w2 - w1) % 7 + 1
                if span != n:
                    start, end = self.span(s, s.start + m.start(), s.start + m.end())
                    yield Finding(
                        "NL310",
                        start,
                        end,
                        f"Said to last {n:g} days, but the days given span {span}",
                    )

    @staticmethod
    def _date_span(m: re.Match[str]) -> int | None:
        mon1 = MONTHS.get(m.group("mon").lower().rstrip("."))
        mon2 = MONTHS.get((m.group("mon2") or m.group("mon")).lower().rstrip("."))
        try:
            d1 = date(2001, mon1, int(m.group("d1")))
            d2 = date(2001 if mon2 >= mon1 else 2002, mon2, int(m.group("d2")))
        except (ValueError, TypeError):
            return None
        return (d2 - d1).days + 1

    def _rel_weekday(self, s: SentenceInfo, pub: date, low: str | None) -> Iterator[Finding]:
        """'last Friday (Oct 10)' in an article of October 8: a past day dated after
        publication, or a coming one dated before it (or more than a fortnight off)."""
        if low is not None and not (("last " in low or "next " in low) and "day" in low):
            return  # "last Friday (Oct 10)": a weekday named after "last" or "next"
        for m in _REL_WEEKDAY.finditer(s.text):
            said = f"{m.group(0).split()[0]} {m.group(0).split()[1].rstrip(',(')}"
            yield from self._week_gap(s, m, pub, said)

    def _week_gap(
        self, s: SentenceInfo, m: re.Match[str], pub: date, said: str
    ) -> Iterator[Finding]:
        """A date given with 'last'/'next' (week or weekday) outside the days that word
        allows around the publication date."""
        then = _match_date(m, pub)
        if then is None:
            return
        lo, hi = _WEEK_GAP[m.group("rel").lower()]
        gap = (then - pub).days
        if lo <= gap <= hi:
            return
        start, end = self.span(s, s.start + m.start(), s.start + m.end())
        when = f"{-gap} days before" if gap < 0 else f"{gap} days after"
        yield Finding(
            "NL311",
            start,
            end,
            f"'{said}', but {then:%B} {then.day} is {when} the article's date ({pub:%B} {pub.day})",
        )

    def _relative_dates(self, s: SentenceInfo, pub: date) -> Iterator[Finding]:
        """'Earlier this month, on February 27' or 'yesterday, April 16' against the
        publication date."""
        low = s.text.lower() if s.text.isascii() else None
        for m in _REL_MONTH.finditer(s.text) if _may_hold(s.text, low, "month") else ():
            mon = MONTHS.get(
                (m.group("mon") or m.group("mon2") or m.group("mon3")).lower().rstrip(".")
            )
            if mon is None:
                continue
            rel = m.group("rel").lower()
            want = (pub.month - 1 + _REL_OFFSET[rel]) % 12 + 1
            if mon != want:
                start, end = self.span(s, s.start + m.start(), s.start + m.end())
                yield Finding(
                    "NL311",
                    start,
                    end,
                    f"'{rel} month' is {_MONTH_NAMES[want - 1].title()} for an article "
                    f"published {pub}, not {_MONTH_NAMES[mon - 1].title()}",
                )
        yield from self._rel_weekday(s, pub, low)
        for m in _REL_WEEK.finditer(s.text) if _may_hold(s.text, low, "week") else ():
            yield from self._week_gap(s, m, pub, f"{m.group('rel').lower()} week")
        for m in _PAST_THIS_YEAR.finditer(s.text) if _may_hold(s.text, low, "this year") else ():
            mon = MONTHS.get((m.group("mon") or m.group("mon2")).lower().rstrip("."))
            if mon and mon > pub.month:
                start, end = self.span(s, s.start + m.start(), s.start + m.end())
                yield Finding(
                    "NL311",
                    start,
                    end,
                    f"A past event in {_MONTH_NAMES[mon - 1].title()} this year, but the "
                    f"article is published {pub}, before that month",
                )
        spans = (
            *(_SPAN_BACK.finditer(s.text) if _may_hold(s.text, low, "after", "ago") else ()),
            *(_DATE_AGO.finditer(s.text) if _may_hold(s.text, low, "ago") else ()),
        )
        for m in spans:
            g = m.groupdict()
            raw = (g.get("n") or g["n2"]).lower()
            n = 1.0 if raw in ("a", "an") else number_value(raw)
            then = _match_date(m, pub)
            if n is None or then is None:
                continue
            unit = (g.get("unit") or g["unit2"]).lower().rstrip("s")
            want = n * _UNIT_DAYS[unit]
            gap = (pub - then).days
            # Weeks and months are rounded, but not by more than one unit (or a quarter).
            slack = max(_UNIT_DAYS[unit] + 3, want / 4) if unit != "day" else want / 2 + 3
            if not (want * 0.5 - 3 <= gap <= want * 1.5 + 3) or abs(gap - want) > slack:
                start, end = self.span(s, s.start + m.start(), s.start + m.end())
                yield Finding(
                    "NL311",
                    start,
                    end,
                    f"{then:%B} {then.day} is {gap} days before publication ({pub}), not "
                    f"{n:g} {unit}{'s' if n != 1 else ''}",
                )
        for m in _DAY_DATE.finditer(s.text) if _may_hold(s.text, low, *_DAY_RELATIVE) else ():
            mon = MONTHS.get((m.group("mon") or m.group("mon2")).lower().rstrip("."))
            day = int(m.group("day") or m.group("day2"))
            rel = m.group("rel").lower()
            real = pub + timedelta(days=_DAY_OFFSET[rel])
            wd = WEEKDAYS.get((m.group("wd") or "").lower().rstrip("."))
            if wd is not None and wd != real.weekday():
                continue  # the weekday check below reports it
            if mon is not None and (real.month, real.day) != (mon, day):
                start, end = self.span(s, s.start + m.start(), s.start + m.end())
                yield Finding(
                    "NL311",
                    start,
                    end,
                    f"'{rel}' is {real:%B} {real.day} for an article published {pub}",
                )

    def _relative(self, an: Analysis, pub: date) -> Iterator[Finding]:
        founded: set[int] = set()
        founding_names: set[str] = set()
        ago: list[tuple[SentenceInfo, re.Match[str], float]] = []
        ages: list[tuple[SentenceInfo, re.Match[str], float]] = []
        for si, s in enumerate(an.sentences):
            if s.drafting:
                continue
            found = [int(m.group("year")) for m in _founded(s.text)]
            if found:
                founded.update(found)
                founding_names |= context_entities(an, si, back=0)
            if any(w in s.text for w in ("month", "day", "week", " ago", "this year", "omorrow")):
                yield from self._relative_dates(s, pub)
            low = s.text.lower() if s.text.isascii() else None
            if low is not None:
                if not any(w in low for w in ("year", *_DAY_RELATIVE)):
                    continue
            elif not _YEAR_WORD.search(s.text):
                continue
            recent = _RECENT_YEAR.search(s.text) is not None
            for m in _YEARS_AGO.finditer(s.text) if recent else ():
                n = number_value(m.group("n") or m.group("n2"))
                y = int(m.group("year") or m.group("year2"))
                if n is not None and abs(pub.year - y - n) >= 2:
                    start, end = self.span(s, s.start + m.start(), s.start + m.end())
                    yield Finding(
                        "NL311",
                        start,
                        end,
                        f"{y} was {pub.year - y} years before publication ({pub}), not {n:g}",
                    )
            for m, rel, y, same_event in _relative_years(s.text) if recent else ():
                want = pub.year + _REL_OFFSET[rel]
                if y != want:
                    start, end = self.span(s, s.start + m.start(), s.start + m.end())
                    tail = f"but the same event is dated {y}" if same_event else f"not {y}"
                    yield Finding(
                        "NL311",
                        start,
                        end,
                        f"'{rel} year' is {want} for an article published {pub}, {tail}",
                    )
            for m in _DAY_WORD.finditer(s.text) if _may_hold(s.text, low, *_DAY_RELATIVE) else ():
                wd = WEEKDAYS.get(m.group("wd").lower())
                rel = m.group("rel").lower()
                real = pub + timedelta(days=_DAY_OFFSET[rel])
                if wd is not None and real.weekday() != wd:
                    start, end = self.span(s, s.start + m.start(), s.start + m.end())
                    yield Finding(
                        "NL311",
                        start,
                        end,
                        f"'{rel}' is a {_WEEKDAY_NAMES[real.weekday()]} for an article published {pub}",
                    )
            for m in _ORG_AGE.finditer(s.text) if _may_hold(s.text, low, "year") else ():
                n = number_value(m.group("n"))
                if n is not None and n < 200:
                    ages.append((s, m, n))
            since = (
                _YEARS_SINCE_FOUNDING.finditer(s.text)
                if _may_hold(s.text, low, "years since")
                else ()
            )
            ago_or_since = (
                *(_FOUNDED_AGO.finditer(s.text) if _may_hold(s.text, low, "ago") else ()),
                *since,
            )
            for m in ago_or_since:
                n = number_value(m.group("n"))
                names = context_entities(an, si, back=0)
                if n is not None and not (names and founding_names and not names & founding_names):
                    ago.append((s, m, n))
        if len(founded) == 1:
            fy = next(iter(founded))
            for s, m, n in ages:
                # Founded in 2021, published in 2023: one or two years old, not three.
                if n not in (pub.year - fy - 1, pub.year - fy) and pub.year >= fy:
                    start, end = self.span(s, s.start + m.start(), s.start + m.end())
                    yield Finding(
                        "NL311",
                        start,
                        end,
                        f"Founded in {fy} (stated elsewhere), so {pub.year - fy - 1} or "
                        f"{pub.year - fy} years old at publication ({pub}), not {n:g}",
                    )
            for s, m, n in ago:
                if abs(pub.year - fy - n) >= 2:
                    start, end = self.span(s, s.start + m.start(), s.start + m.end())
                    yield Finding(
                        "NL311",
                        start,
                        end,
                        f"Founded in {fy} (stated elsewhere), which is {pub.year - fy} years before publication, not {n:g}",
                    )


# ---------------------------------------------------------------- NL312

_STREAK = re.compile(
    rf"\b(?P<noun>[a-z]+)\s+(?:(?:have|has|had)\s+)?(?P<verb>{_UP}|{_DOWN})\b(?:[^.;]{{0,60}}?)\bfor\s+(?:a|the)\s+"
    r"(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
    r"(?:straight|consecutive|successive|running)\s+(?P<unit>month)\b",
    re.I,
)
_MONTH_WORD = re.compile(rf"\b(?P<mon>{_MONTH_RE})(?!\s+\d)", re.I)
_MONTH_NAMES = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]


def _nearest_month(text: str, start: int, end: int) -> int | None:
    """The month named closest to text[start:end] (after it within 30 characters, else before)."""
    after = _MONTH_WORD.search(text[end : end + 30])
    if after and after.group("mon")[0].isupper():
        return MONTHS.get(after.group("mon").lower().rstrip("."))
    befores = [
        m
        for m in _MONTH_WORD.finditer(text[max(0, start - 40) : start])
        if m.group("mon")[0].isupper()
    ]
    return MONTHS.get(befores[-1].group("mon").lower().rstrip(".")) if befores else None


def _month_of(text: str) -> int | None:
    months = {
        MONTHS[m.group("mon").lower().rstrip(".")]
        for m in _MONTH_WORD.finditer(text)
        if m.group("mon")[0].isupper()
    }
    return next(iter(months)) if len(months) == 1 else None


class StreakCheck(_Base):
    """'Sales rose for a third straight month in March' while February's fell."""

    rules = (
        rule(
            "NL312",
            "streak-contradiction",
            "warning",
            "A streak of rises or falls is contradicted by a month in it",
            """"Retail sales rose for a third straight month in March" needs rises
            in January, February and March. When the article says the same measure
            fell (or rose, for a losing streak) in one of those months, one of the
            statements is wrong.""",
            bad=[
                "Retail sales rose for a third straight month in March, the agency said. In February, retail sales fell 0.4%."
            ],
            good=[
                "Retail sales rose for a third straight month in March, the agency said. In February, retail sales rose 0.4%."
            ],
        ),
    )

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        an = analyse(doc, ctx.option("publication-date"))
        streaks = []
        for si, s in enumerate(an.sentences):
            if "straight" in s.text or "consecutive" in s.text or "successive" in s.text:
                for m in _STREAK.finditer(s.text):
                    streaks.append((si, s, m))
        for si, s, m in streaks:
            n = ordinal_value(m.group("ord"))
            first = _MONTH_WORD.search(s.text[m.end() : m.end() + 25])
            month = (
                MONTHS.get(first.group("mon").lower().rstrip("."))
                if first and first.group("mon")[0].isupper()
                else None
            )
            if not n or not month:
                continue
            up = bool(re.fullmatch(_UP, m.group("verb"), re.I))
            covered = {((month - 1 - k) % 12) + 1 for k in range(1, n)}
            noun = m.group("noun").lower()
            for other in an.sentences[max(0, si - 3) : si + 4]:
                text = other.text if other is not s else s.text[m.end() :]
                for v in _CHANGE_VERB.finditer(text):
                    if bool(v.group("up")) == up or v.group(0).lower() in ("up", "down", "cut"):
                        continue
                    before = text[max(0, v.start() - 40) : v.start()].lower()
                    if other is not s and noun not in before:
                        continue
                    mon = _nearest_month(text, v.start(), v.end())
                    if mon in covered:
                        start, end = self.span(s, s.start + m.start(), s.start + m.end())
                        word = _MONTH_NAMES[mon - 1].title()
                        yield Finding(
                            "NL312",
                            start,
                            end,
                            f"A {m.group('ord')} straight month of {'rises' if up else 'falls'} to "
                            f"{_MONTH_NAMES[month - 1].title()}, but {noun} {v.group(0)} in {word}",
                        )
                        break
                else:
                    continue
                break


CHECKS = [
    SameFigureCheck,
    UndisclosedCheck,
    ChangeArithmeticCheck,
    SharesCheck,
    VoteTallyCheck,
    WeekdayDateCheck,
    AgeBirthYearCheck,
    DateArithmeticCheck,
    StreakCheck,
]
