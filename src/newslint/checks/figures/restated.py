# ruff: noqa: E501  (long regular expressions read better unbroken)
"""NL301: one figure stated two ways (sizes, hedges, swapped digits, counts restated)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from types import SimpleNamespace

from newslint import lazyre
from newslint.checks.base import Context, rule
from newslint.checks.figures.common import (
    _ASCII_DIGIT,
    _CUT_WORDS,
    _NP_STOP,
    _UNIT_ADJECTIVE,
    _YEAR_LIKE,
    CUR,
    TRANCHE,
    _around,
    _Base,
    _other_places,
    _phrase,
    _stem,
    _time_markers,
    _times_differ,
    compatible,
    different_fact,
    hedges_conflict,
    interval,
    same_deal,
    same_subject,
    sources,
    subject,
)
from newslint.document import Document
from newslint.model import Finding
from newslint.quantities import (
    CONVERSION,
    HEDGE_WORDS,
    NUMBER_RE,
    NUMBER_WORDS,
    SCALES,
    TEMPERATURE_PAIR,
    Analysis,
    Figure,
    SentenceInfo,
    analyse,
    context_entities,
    conversion_gap,
    hedge_at,
    number_value,
    parse_amount,
    sentence_entities,
    temperature_gap,
    tokenize,
)


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
            yield from self._temperatures(s)
            for m in CONVERSION.finditer(text):
                gap = conversion_gap(m)
                if gap is None:
                    continue
                ratio, want = gap
                # Beyond what the rounding of both figures explains, a conversion
                # 15% out is a wrong one ("5,600 km (about 4,300 miles)" is 3,480).
                if 1 / 1.15 <= ratio <= 1.15:
                    continue
                first = text[m.start() : m.end("u1")]
                second = text[m.start("n2") : m.end("u2")]
                yield self.finding(
                    "NL301",
                    s,
                    m,
                    f"{first} converts to about {float(f'{want:.3g}'):,g} {m.group('u2')}, not {second}",
                )

    def _temperatures(self, s: SentenceInfo) -> Iterator[Finding]:
        """'52C (about 118F)': a temperature whose other scale is off by more than
        rounding allows (52C is 125.6F)."""
        if "C" not in s.text and "F" not in s.text:
            return
        for m in TEMPERATURE_PAIR.finditer(s.text):
            gap = temperature_gap(m)
            if gap is None:
                continue
            stated, want = gap
            unit = m.group("u2")[0]
            yield self.finding(
                "NL301",
                s,
                m,
                f"{m.group('n1')}{m.group('u1')[0]} is {want:.1f}{unit}, not {stated:g}{unit}",
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
            b_member = b.words[0] == "member"
            earlier = [
                a
                for a in mentions[:j]
                if a.sentence != b.sentence
                and a.kind == b.kind
                and (
                    _same_thing(b.words, a.words)
                    or ((b_member or a.words[0] == "member") and _members_of(an, a, b))
                )
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
            # "A Cork-based company" names Cork as a "Cork TD" does.
            ea = context_entities(an, a.sentence, back=0) | {
                w.lower() for w in _BASED.findall(sa.text)
            }
            eb = _figure_entities(an, b) if ea else set()
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
_SCORE_HINT = lazyre.compile(r"\d[-–]\d+(?![-–]\d)")
_WIN_SCORE = lazyre.compile(
    r"\b(?:beat|beats|beating|defeated|defeating|edged|edging|thrashed|thrashing|won|overcame)\b"
    r"[^.;:]{0,60}?(?<![\d.-])(?P<a>\d{1,3})[-–](?P<b>\d{1,3})\b(?![-–]\d|\s*(?:at|by) (?:half|the break))"
)
_WON_BY = lazyre.compile(
    rf"\b(?P<team>[A-Z][\w'’-]+)\s+won\s+by\s+(?P<n>\d{{1,3}}|{NUMBER_RE})\s+(?P<unit>goals|points)\b"
)


# ---------------------------------------------------------------- NL301 restatements

# "The £4.5 million road repair fund", "the 40,000 trees", "the 2-1 win": a definite
# figure refers back to one the article has already given. Every numbered phrase is
# a mention; a definite one whose words match earlier mentions that all give another
# value restates the same figure differently.
_MENTION = lazyre.compile(
    rf"(?P<det>\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat|[Aa]ll|(?P<owner>[A-Z][\w.&-]*)['’]s)\s+)?"
    rf"(?P<pre>\bmagnitude\s+)?"
    rf"(?<![\w.,:/])(?<![A-Za-z]-)(?P<cur>{CUR})?\s?"
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{NUMBER_RE})\b"
    rf"(?:[-–](?P<num2>\d{{1,2}})\b)?"
    rf"(?:\s?(?P<scale>million|billion|trillion|bn|m|k)\b)?"
    rf"(?P<pct>\s?(?:%|per ?cent\b|percent\b))?"
    rf"(?:-(?P<unit>[a-z]+))?"
    # "the 52 MW plant" after "55 megawatts": a unit abbreviation names its unit.
    rf"(?:\s?(?P<abbr>MW|GW|kW|MWh|GWh|TWh|Tbps|Gbps|Mbps)\b)?"
    # "a RM3.2 billion (about US$750 million) plant": the noun after a conversion.
    rf"(?:\s\([^()]{{1,40}}\))?"
    rf"(?P<np>(?:\s+(?:(?:for|of|in)\s+[A-Za-z][\w'’-]*|[a-z][a-z'’-]*)){{0,4}})",
)
_ABBR = {
    "MW": "megawatt", "GW": "gigawatt", "kW": "kilowatt", "MWh": "megawatt-hour",
    "GWh": "gigawatt-hour", "TWh": "terawatt-hour", "Tbps": "terabit", "Gbps": "gigabit",
    "Mbps": "megabit",
}  # fmt: skip
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
_CLAUSE_VERB = lazyre.compile(r"\s(?:was|were|is|are|will|would|has|had|have)\b")
# A superlative ends in -est; "harvest", "interest", "forest" and the like do not rank.
_RANKED = lazyre.compile(
    r"\b(?:\w+est|most|least|first|last|top|bottom|next|remaining|other)\b", re.I
)
# Words in -est that rank nothing: "the 3.8 million-tonne harvest forecast".
_NOT_SUPERLATIVE = frozenset(
    [
        "harvest",
        "interest",
        "forest",
        "request",
        "protest",
        "contest",
        "guest",
        "chest",
        "quest",
        "arrest",
        "conquest",
        "inquest",
        "manifest",
        "digest",
    ]
)


def _ranked(text: str) -> bool:
    """Whether `text` holds a rank word (`_RANKED`), not counting "harvest" and the like."""
    return any(m.group(0).lower() not in _NOT_SUPERLATIVE for m in _RANKED.finditer(text))


# A ranked subset before the figure: "lost their last six wickets", "the top 10 firms".
_RANKED_BEFORE = lazyre.compile(
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
        numbers = "" if s.drafting else _numbers_in(s.text)
        if not numbers:
            continue
        between = "etween" in s.text
        for m in _mention_matches(s.text, numbers):
            num = m.group("num")
            if _YEAR_LIKE.fullmatch(num) and not (m.group("cur") or m.group("pct")):
                continue  # a year
            if (
                _OLD_YEAR.fullmatch(num)
                and (m.group("det") or "").strip().lower() in ("his", "her")
                and not (m.group("cur") or m.group("pct"))
            ):
                continue  # "his 1788 operations": a year of another century
            if num.lower() == "one" and not m.group("scale"):
                continue  # "the one thing", "one major decision": rarely a count
            unit = m.group("unit") or _ABBR.get(m.group("abbr") or "")
            words, phrase = _np_words(m.group("np") or "", unit, m.group("pre"))
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
            if (
                len(words) == 1
                and " at " in s.text[max(0, m.start() - 40) : m.start("num")]
                and (put := _PUT_AT.search(s.text, max(0, m.start() - 70), m.start("num")))
            ):
                # "puts the maize harvest at 3.5 million tonnes": tonnes of the harvest.
                words = (*words, _stem(put.group(1)))
            words = _tally_words(s.text, m, words)
            # A rank word marks a subset ("the 10 largest banks") or another time ("$1.25
            # billion last September"), but not after the clause's verb ("the sixty buses
            # was placed last year").
            if not words or words[0] in _TIME_NOUNS:
                continue
            np = m.group("np")
            if np and _ranked(np) and _ranked(_CLAUSE_VERB.split(np, 1)[0]):
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
            if words[0].startswith("tally-"):
                prec = 0.01  # points are counted in halves: "8 points" is not 7.5
            if m.group("num2"):  # a score: 3-1 is 3.01, so 2-1 differs from it
                value += int(m.group("num2")) / 100.0
                prec = 0.001
            start = m.start("cur") if m.group("cur") else m.start("num")
            det = bool(m.group("det"))
            if det and m.group("det").strip().lower() == "all" and value < 1000:
                # "all 34 boys", "all three schools": a group, not a total restated; but
                # "all 75 districts" of a place whose districts were counted before is
                # its total ("connect all 75 districts" after "its seventy-seven
                # districts"): kept for a noun an earlier "its/the country's" counted.
                det = _ALL_OF_PLACE.match(s.text, m.end("num")) is not None
            hedge = hedge_at(s.text, start, m.end("num"))
            end = max(
                m.end("num"), m.end("num2"), m.end("scale"), m.end("pct"), m.end("unit"),
                m.end("abbr"),
            )  # fmt: skip
            fig = SimpleNamespace(value=value, hi=value, precision=prec, hedge=hedge)
            lo, hi = interval(fig)
            low_end = between and _RANGE_BEFORE.search(
                s.text, max(0, m.start() - 30), m.start("num")
            )
            if low_end and not m.group("cur"):
                # "between 220 and 260 jobs": the whole range is the earlier figure.
                # "between 3.2 and 3.5 million tonnes": the scale word is written once.
                factor = SCALES.get((m.group("scale") or "").lower(), 1.0)
                low_text = low_end.group(1).replace(",", "")
                half = 0.5 * 10.0 ** -(len(low_text.split(".")[1]) if "." in low_text else 0)
                lo = min(lo, (float(low_text) - half) * factor)
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


# "all 75 districts", "all 16 regions": the whole set of a country's units.
_ALL_OF_PLACE = lazyre.compile(
    r"\s+(?:districts|provinces|regions|states|counties|municipalities|prefectures|"
    r"departments|constituencies|wards|cantons|governorates|emirates)\b(?!\s+(?:who|that|which|where|of)\b)"
)


# The attribution before a figure ("ICE's general manager, Esteban Rojas, said on
# Monday that the 52 MW plant ..."): who speaks is not whose figure it is.
_SAID_THAT = lazyre.compile(
    r"\b(?:said|says|told\s+\w+|added|stated|argued|argues|claimed|claims|warned|insisted|"
    r"noted|contended|complained)\b(?:\s+on\s+\w+)?(?:\s+that)?\s+"
)
_UNIT_ENTITIES = frozenset(k.lower() for k in _ABBR)


def _figure_entities(an: Analysis, m: _Mention) -> set[str]:
    """The names of a definite figure's sentence that may say whose figure it is: not
    the speaker of an attribution before it ("X's manager, Y, said that the 52 MW
    plant"), not a name used as a kind after the figure ("with a Quebec manufacturer"),
    not a unit abbreviation (MW). After a possessive pronoun ("Her 8 points ... earned
    her a place in Tashkent") only the names up to a few words after the figure count:
    the pronoun already points back at its owner."""
    s = an.sentences[m.sentence]
    out = context_entities(an, m.sentence, back=0) - _UNIT_ENTITIES
    if not out:
        return out
    at = m.start - s.start
    lo = 0
    for said in _SAID_THAT.finditer(s.text, 0, at):
        lo = said.end()
    if _PRONOUN_BEFORE.search(s.text, max(0, at - 7), at):
        clean = _PAREN_SPAN.sub(" ", s.text[lo : m.end - s.start + 25])
        return set(sentence_entities(tokenize(clean, an.proper))) - _UNIT_ENTITIES
    if lo:
        clean = _PAREN_SPAN.sub(" ", s.text[:lo])
        out = out - set(sentence_entities(tokenize(clean, an.proper)))
    kinds = _A_NAME.findall(s.text, m.end - s.start)
    return out - {w.lower() for w in kinds}


_OLD_YEAR = lazyre.compile(r"1[5-8]\d\d")
_BASED = lazyre.compile(r"\b([A-Z][\w'’]+)-based\b")
_PRONOUN_BEFORE = lazyre.compile(r"\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+$")


# "placed with a Quebec manufacturer", "a loan from a German bank": after the figure,
# a name after "with/from/by a" names a kind of supplier, not the figure's owner.
_A_NAME = lazyre.compile(r"\b(?:with|from|by)\s+(?:a|an)\s+([A-Z][\w'’-]+)")
_PAREN_SPAN = lazyre.compile(r"\([^()]{0,60}\)")
# The whole membership of a body: "its 78 musicians", "the club's 40 players".
_MEMBER_NOUNS = frozenset(
    {"musician", "player", "member", "singer", "dancer", "staff", "employee", "worker",
     "crew", "councillor", "councilor", "judge", "director", "trustee", "senator"}
)  # fmt: skip


def _members_of(an: Analysis, a: _Mention, b: _Mention) -> bool:
    """'The 87-member orchestra' restates 'its 78 musicians' when the earlier sentence
    names the orchestra: the size of a body is the count of its whole membership (a
    definite count: its, their, the, the body's), in either order."""
    for body, people in ((b, a), (a, b)):
        if body.words[:1] != ("member",) or len(body.words) < 2 or not people.definite:
            continue
        if people.words[0].rstrip("s") not in _MEMBER_NOUNS:
            continue
        text = an.sentences[people.sentence].text.lower()
        if _root(body.words[1]) in text:
            return True
    return False


# Jobs a sentence cuts are its job losses: "to cut 260 jobs" / "the 280 job losses".
_CUT_BEFORE = lazyre.compile(
    r"\b(?:cut|cuts|cutting|shed|sheds|shedding|axe|axes|axing|lose|losing|eliminate|"
    r"eliminating|slash|slashing)\b[^.;,]{0,20}$",
    re.I,
)
_JOB_LOSS = frozenset({"losse", "loss", "cut", "redundancy", "layoff"})
# A tally of points over games: "7.5 points from nine rounds", "8 points from nine games".
_POINTS_FROM = lazyre.compile(
    rf"\s+points?\s+(?:from|in)\s+({NUMBER_RE})\s+(?:games|rounds|matches|fixtures)\b", re.I
)
_RANGE_BEFORE = lazyre.compile(r"\bbetween\s+(\d[\d,]*(?:\.\d+)?)\s+and\s+$", re.I)


def _tally_words(text: str, m: re.Match[str], words: tuple[str, ...]) -> tuple[str, ...]:
    """What a count tallies, in words two phrasings share: jobs cut ('cut 260 jobs',
    'the 280 job losses', '300 redundancies') and points over a number of games ('7.5
    points from nine rounds' / 'her 8 points from nine games')."""
    if words[:1] == ("job",):
        if words[1:2] and words[1] in _JOB_LOSS:
            return ("job", "cut", *words[2:])
        if _CUT_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            return ("job", "cut", *words[1:])
    elif words[:1] in (("redundancy",), ("layoff",)):
        return ("job", "cut", *words[1:])
    elif words[:1] == ("point",):
        games = _POINTS_FROM.match(text, m.end("num"))
        if games:
            return ("tally-" + games.group(1).lower(),)  # one word: same games or none
    return words


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
    # A bank's or a network's customers go by several names in one story.
    "customer": "customer",
    "client": "customer",
    "subscriber": "customer",
    "holder": "customer",
    "user": "customer",
}


_SWAP_FIG = lazyre.compile(
    rf"(?<![\w.,:/£$€¥₦₱-])(?P<cur>{CUR})?"
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"(?:(?:\s?|-(?=[mbt]))(?P<scale>million|billion|trillion|bn|m|k)\b|\b)(?![.,]\d)"
    rf"(?P<pct>\s?(?:%|per ?cent\b|percent\b))?(?:[-–](?P<unit>[a-z0-9]+))?"
    rf"(?P<np>(?:\s+(?:(?:for|of|in)\s+[A-Za-z][\w'’-]*|[a-z][a-z'’-]*)){{0,4}})",
)


# A death toll given as a bare number or as the people who died.
_TOLL_BEFORE = lazyre.compile(
    r"\b(?:death\s+)?toll\b(?:\s+(?:for|of|in|this|so)\s+[\w\s]{1,20}?)?\s+"
    r"(?:to|of|at|reached|stands at|stood at|rose to|climbed to|is|was)\s+$"
)
_DIED_AFTER = lazyre.compile(
    r"\s+(?:people|persons|patients)\s+(?:have\s+|had\s+|has\s+)?"
    r"(?:died|been killed|were killed)\b"
)


_VOLATILE = lazyre.compile(
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
        for m in _digit_anchored(_SWAP_FIG, s.text, _swap_floor):
            num = m.group("num")
            unit = m.group("unit")
            if m.group("pct") or (unit and (not unit.isalpha() or m.group("cur"))):
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
            if unit:
                # "its 54,000-tonne annual capacity" counts tonnes, as "45,000 tonnes" does.
                words, phrase = (_stem(unit),), ""
            elif not words and (of_its := _OF_ITS.match(m.group("np") or "")):
                # "the 14 million of its clients": the count is of the noun after "of its".
                words = (_stem(of_its.group(1)),)
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
            end = max(m.end("num"), m.end("scale"), m.end("unit"))
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


_WHO_VERB = lazyre.compile(r"\s+(?:who|that)\s+([a-z]{4,}ed)\b")
_OF_ITS = lazyre.compile(r"\s+of\s+(?:its|their|the)\s+([a-z]{4,})\b")


def _one_swap(a: str, b: str) -> bool:
    """b is a with two of its digits swapped (the decimal point stays put)."""
    if len(a) != len(b) or a == b or a.find(".") != b.find("."):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


_LEADING_DIGITS = lazyre.compile(r"\D{0,4}(\d[\d,.]*\d|\d)")


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
_RESTATED_OTHER = lazyre.compile(
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


_PHRASE_OTHER = lazyre.compile(
    r"\b(?:total|combined|cumulative|overall|additional|extra|remaining|further|other|annual|"
    r"yearly|monthly|weekly|daily|per|each|average|median)\b",
    re.I,
)
# A place or party right after a figure's phrase: "factory in Texas", "stake in Nimbus".
# "by December", "on Monday" name a time, not a place or a party.
_PLACE_AFTER = lazyre.compile(
    r"\b(?:in|at|for|to|from|of|by)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday)\b)([A-Z][\w.&'’-]+)"
)
_CHANGE_NOUN = lazyre.compile(
    r"\b(revenue|revenues|sales|profit|profits|income|earnings|prices?|costs?|spending|traffic|"
    r"ridership|output|exports|imports|unemployment|inflation|enrollment|attendance|"
    r"subscribers|bookings|deliveries|shipments)\b",
    re.I,
)
# "puts the national maize harvest at between 3.2 and 3.5": the noun a figure in a
# unit measures, named before it by an estimate's verb.
_PUT_AT = lazyre.compile(
    r"\b(?:puts?|putting|estimated?|estimates|forecasts?|projected|projects|pegs?|pegged)\s+"
    r"(?:the|its|their|this\s+year's|last\s+year's)\s+(?:[a-z]+\s+){0,2}?([a-z]{4,})\s+at\s+"
    r"(?:between\s+[\d.,]+\s+and\s+)?(?:(?:about|around|roughly|some)\s+)?$"
)
_NOUN_BEFORE = lazyre.compile(
    r"\b(revenue|revenues|sales|profit|profits|income|earnings|turnover)\s+"
    r"(?:(?:rose|fell|grew|climbed|jumped|dropped|declined|increased|decreased|slipped|"
    r"edged up|edged down)\s+(?:(?:by\s+)?\d+(?:\.\d+)?\s?(?:%|per ?cent)\s+)?)?(?:to|of|at)\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|just over|just under|more than)\s+)?$",
    re.I,
)
_UP_WORD = lazyre.compile(
    r"\b(?:up|rose|rise|rises|risen|rising|increase[ds]?|increasing|gain(?:ed|s)?|growth|grew|"
    r"jump(?:ed|s)?|climb(?:ed|s)?|surge[ds]?|higher|boost(?:ed)?)\b",
    re.I,
)
_DOWN_WORD = lazyre.compile(
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


_WORD_NUM = lazyre.compile(rf"\b(?:{NUMBER_RE})\b", re.I)
# The number words of NUMBER_RE are letters only: in ASCII text each is a whole word run.
_WORDS_ARE_LETTERS = all(w.isalpha() for w in NUMBER_WORDS)
_ASCII_WORD = lazyre.compile(r"[A-Za-z0-9_]+")


def _numbers_in(text: str) -> str:
    """'' when a sentence has neither a digit nor a number word (`_WORD_NUM`);
    'digits' when every figure `_MENTION` can find in it starts with a digit; else 'any'.

    In ASCII text (most sentences) a digit is 0-9 and a `\b`-bounded number word is
    a whole run of word characters, so a set lookup answers what the regex would;
    other text takes the exact slow path. A number word can also follow a currency
    prefix that ends in a letter ("RMfive"): such text is 'any'.
    """
    if _WORDS_ARE_LETTERS and text.isascii():
        words = not NUMBER_WORDS.isdisjoint(_ASCII_WORD.findall(text.lower()))
        if words or _LETTER_PREFIX.search(text):
            return "any" if words or _ASCII_DIGIT.search(text) else ""
        return "digits" if _ASCII_DIGIT.search(text) else ""
    if any(map(str.isdigit, text)) or _WORD_NUM.search(text):
        return "any"
    return ""


# The currency prefixes of CUR that end in a letter.
_LETTER_PREFIX = lazyre.compile(r"RM|Rp|KSh|Rs")
_DIGIT = lazyre.compile(r"\d")


def _digit_anchored(
    rx: re.Pattern[str], text: str, floor: Callable[[str, int, int], int]
) -> Iterator[re.Match[str]]:
    """rx.finditer(text) for a pattern whose matches each hold a figure starting with
    a digit, where floor(text, pos, q) is a start no match at or after pos whose
    figure starts at or after q can precede.

    `re` tries the whole pattern at every position of a sentence; this searches only
    from just before each next digit (a search from there finds the same match, as
    no match starts earlier).
    """
    pos = 0
    while (digit := _DIGIT.search(text, pos)) is not None:
        m = rx.search(text, floor(text, pos, digit.start()))
        if m is None:
            return
        yield m
        pos = m.end()


def _mention_floor(text: str, pos: int, q: int) -> int:
    """A `_MENTION` match ends its part before the figure (a determiner or owner's
    word, 'magnitude', a currency sign and one space) within three runs of
    non-space characters: no match starts before the fourth run back from q."""
    window = max(pos, q - 60)
    parts = text[window:q].rsplit(None, 3)
    if len(parts) < 4:
        return pos  # the runs reach back past the window: search all of it
    return window + len(parts[0])


def _swap_floor(text: str, pos: int, q: int) -> int:
    """A `_SWAP_FIG` match starts with its figure or a currency sign of at most
    three characters right before it."""
    return max(pos, q - 3)


def _mention_matches(text: str, numbers: str) -> Iterator[re.Match[str]]:
    """_MENTION.finditer(text) for a sentence whose `_numbers_in` is `numbers`."""
    if numbers == "digits":
        return _digit_anchored(_MENTION, text, _mention_floor)
    return _MENTION.finditer(text)


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
_CERTAIN_BEFORE = lazyre.compile(
    r"\b(?:will|shall|must|face|faces|facing|get|gets|receive|receives|pay|pays)\s+(?:an?|the)\s+$",
    re.I,
)
# "pay up to S$4 more a month": a sum more than before is an increase.
_MORE_AFTER = lazyre.compile(r"\s+(?:more|extra)\b(?!\s+(?:than|on|for|in|to)\b)", re.I)
_MEASURE_VERB = lazyre.compile(
    r"\b(valu\w*|pric\w*|pledg\w*|invest\w*|spen[dt]\w*|paid|pay\w*|commitment|bet|stake|fined|fines?|"
    r"demand(?:s|ed|ing)?)\b"
    r"[^.,;:]{0,30}$",
    re.I,
)
# A rate named before its percentage: "a yield of up to 9%", "an interest rate of 4.5%".
_RATE_OF = lazyre.compile(
    r"\b(yield|rate|return|discount|tariff|levy|dividend|commission|raise|rise|pay rise)\s+of\s+"
    r"(?:(?:up to|as much as|about|around|some|roughly|nearly|almost|more than|over|just over|"
    r"just under)\s+)?$",
    re.I,
)
# A collective noun before its count: "a crowd of 52,000", "a workforce of 1,200".
_COLLECTIVE_OF = lazyre.compile(
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
