# ruff: noqa: E501  (long regular expressions read better unbroken)
"""Parts that do not add up to their whole: shares, breakdowns, lists, vote tallies."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from types import SimpleNamespace
from typing import Any

from newslint import lazyre
from newslint.checks.base import Context, rule
from newslint.checks.figures.common import (
    _ASCII_DIGIT,
    _NP_STOP,
    _YEAR_LIKE,
    CUR,
    _around,
    _Base,
    _half_unit,
    _last_digit_unit,
    _stem,
    different_fact,
    interval,
)
from newslint.document import Document
from newslint.model import Finding
from newslint.quantities import (
    NUMBER_RE,
    Analysis,
    Figure,
    SentenceInfo,
    analyse,
    fraction_value,
    hedge_at,
    number_value,
    parse_amount,
)

# ---------------------------------------------------------------- NL305

_VOTE_SHARE = lazyre.compile(
    r"\bof the (?:vote|votes|ballots|popular vote)\b|\bvote shares?\b|\bshares? of the vote\b",
    re.I,
)
_PCT = lazyre.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?(?:%|per ?cent\b)", re.I)
_POSITIVE = lazyre.compile(
    r"\b(?:in favou?r|for|yes|support(?:ed|s)?|backed|approve[ds]?|agreed?)\b", re.I
)
_NEGATIVE = lazyre.compile(
    r"\b(?:against|no|opposed?|oppose[ds]?|rejected|disapprove[ds]?|disagreed?)\b", re.I
)
_REMAINING = lazyre.compile(
    r"\b(?:remaining|rest|other|balance of|remainder)\s*(?:of\s+)?(?:the\s+)?$", re.I
)
_SEXES = lazyre.compile(
    r"\b(?:men|male)\b.*\b(?:women|female)\b|\b(?:women|female)\b.*\b(?:men|male)\b", re.I
)
# An exclusive choice: each respondent has one preference, one first choice.
_CHOICE = lazyre.compile(
    r"\bprefer(?:red|s)?\b|\b(?:chose|picked|opted for|would vote for|ranked first)\b"
    r"|\b(?:favou?rite|first choice|top choice|main (?:reason|source))\b",
    re.I,
)
# "Of the total spending, 45% ...": a breakdown of one whole.
_BREAKDOWN = lazyre.compile(
    r"^(?:Of (?:the|its|their|this|that) (?:total|overall|entire|whole|£|\$|€|[\w-]+ (?:budget|"
    r"spending|revenue|sales|funding|cost|respondents|votes))|(?:The|Its|Their) (?:budget|spending|"
    r"funding|revenue) (?:is|was|will be) (?:split|divided|broken down))\b",
    re.I,
)
# "Cards made up 62% of transactions, transfers 31% and wallets 17%": the later
# shares drop the verb and the whole, so they are shares of the same whole.
_SHARE_OF = lazyre.compile(
    r"\b(?:made up|make up|makes up|accounted for|account for|accounts for|represented|"
    r"comprised|contributed|contributes|takes|took|take up|takes up|took up)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?\d+(?:\.\d+)?\s?"
    r"(?:%|per ?cent\b)\s+of\b",
    re.I,
)
_OF_AFTER = lazyre.compile(r"\s+of\b", re.I)
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
_FULLY = lazyre.compile(r"\b(?:fully|completely|totally|entirely|wholly)\b", re.I)
_PARTLY = lazyre.compile(r"\b(?:partially|partly)\b", re.I)
_NOT_AT_ALL = lazyre.compile(r"\b(?:no|not|none|never|without)\b", re.I)


def _degree_scale(text: str) -> bool:
    """The sentence grades its shares fully / partly / not at all."""
    low = text.lower()
    if "ly" not in low or "part" not in low:
        return False
    return bool(_FULLY.search(text) and _PARTLY.search(text) and _NOT_AT_ALL.search(text))


# "... and 35% on everything else": the last share is the rest, so they make 100%.
_REST_AFTER = lazyre.compile(
    r"\s*(?:\w+\s+){0,2}(?:on|to|for|in|from|with|by)?\s*(?:all |the )?(?:other|others|"
    r"everything else|the rest|remaining|elsewhere)\b",
    re.I,
)
# "... and all other parties together 18.7%": the last share is the rest of the whole.
_REST_BEFORE = lazyre.compile(
    r"\b(?:all (?:the )?others?|everyone else|everybody else|the rest|the remainder|"
    r"the remaining)\b",
    re.I,
)
# "46% had switched, 38% had not": an elliptical "no" answer to the same question.
_ECHO_NO = lazyre.compile(
    r"\s+(?:had|did|were|was|would|do|does|are|is|have|has|could|will)\s*(?:not|n['’]t)\s*(?:[,;.]|and\b)",
    re.I,
)
_UNDECIDED = lazyre.compile(
    r"\b(?:undecided|unsure|don['’]t know|no opinion|neither|not sure)\b", re.I
)
# The third part of a ballot's count beside for and against.
_SPOILT = lazyre.compile(r"\b(?:spoil(?:ed|t)|invalid|blank|abstain(?:ed)?|abstentions?)\b", re.I)
_TURNOUT = lazyre.compile(
    r"\bturnout\s+(?:was\s+|of\s+|at\s+)?(?:about\s+|around\s+|just\s+)?$", re.I
)
_NOT_PARTITION = lazyre.compile(
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
            yield from self._parts_after_total(doc, an)
            yield from self._added_to(doc, an)
            yield from _breakdown_over_total(self, doc, an)
            yield from _seats_out_of(self, doc, an)
            yield from _combined_split(self, doc, an)
            yield from _fates_vs_aboard(self, doc, an)
            yield from self._table_totals(doc)
        listed: list[int] = []  # sentences with two or more shares
        for i, s in enumerate(an.sentences):
            if s.drafting or ("%" not in s.text and "cent" not in s.text):
                continue
            pcts = list(_PCT.finditer(s.text))
            # "On a turnout of 82%, 71% voted for": the turnout is not part of the split.
            pcts = [
                p for p in pcts if not _TURNOUT.search(s.text, max(0, p.start() - 24), p.start())
            ]
            if len(pcts) >= 2:
                listed.append(i)
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
        yield from self._together_share(an, listed)

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
                msg = (
                    f"{p_text}% of {totals[0].group('total')} is {pct * total / 100:,.0f}, "
                    f"not {c_text} ({actual:.1f}%)"
                )
                yield self.finding("NL313", s, m, msg)

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
            if not _may_record(s.text):
                continue  # "following", "window": no record
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
                draws, losses = (x, y) if _record_kind(m.group("xk" + g)) == "draw" else (y, x)
                msg = (
                    f"{w} wins, {draws} draws and {losses} defeats make {w + x + y} games, "
                    f"not the {n} stated"
                )
                yield self.finding("NL313", s, m, msg)

    def _unit_products(self, an: Analysis) -> Iterator[Finding]:
        """NL313: '80 turbines rated at 12 megawatts each' in 'a 1.2 gigawatt wind farm'."""
        totals: list[tuple[float, float, str]] = []
        products: list[tuple[SentenceInfo, re.Match[str], float, float]] = []
        if not _may_rate_power(an):
            return  # most articles give no power rating
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
            mid = (plo + phi) / 2
            yield self.finding(
                "NL313",
                s,
                m,
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

    def _parts_after_total(self, doc: Document, an: Analysis) -> Iterator[Finding]:
        """NL313: 'The project cost $630 million.' then 'It was financed with a $415
        million loan ..., $150 million from ... and $45 million of its own funds', or
        'a total prize pool of $500,000' then '... and the remaining $200,000 was split
        among the other six teams': sums said to make up a total stated just before
        (funded by, made up of, split, 'the remaining') must add up to it."""
        money: dict[int, list[Figure]] = {}
        for f in an.figures:
            if f.kind == "money":
                money.setdefault(f.sentence, []).append(f)
        for si, parts in money.items():
            s = an.sentences[si]
            if len(parts) < 2 or s.drafting or s.heading or not _PARTS_CUE_HINT.search(s.text):
                continue
            found = self._unsummed(doc, an, si, parts, money)
            if found:
                yield found

    def _unsummed(
        self,
        doc: Document,
        an: Analysis,
        si: int,
        parts: list[Figure],
        money: dict[int, list[Figure]],
    ) -> Finding | None:
        """The finding for one sentence's parts against the one total before them."""
        s = an.sentences[si]
        text = s.text
        first, last = parts[0].start - s.start, parts[-1].start - s.start
        cue = _PARTS_CUE.search(text)
        rest = _REST_PART.search(text[max(0, last - 30) : last])
        if not (cue and cue.start() < first) and not rest:
            return None  # nothing says the sums make one whole
        if _PART_ONLY.search(_REST_PART.sub(" ", text)) or not (
            rest or " and " in text[parts[-2].end - s.start : last]
        ):
            return None  # "including ...", or a list that does not end with "and"
        if any(
            _PARTS_APART.search(text, x.end - s.start, y.start - s.start)
            for x, y in pairwise(parts)
        ):
            return None  # "rose to $5m from $4m": a change, not parts
        unit = parts[0].unit
        if any(f.unit != unit or f.hedge or f.hi != f.value or f.period for f in parts):
            return None
        got = sum(f.value for f in parts)
        slack = sum(f.precision for f in parts)
        if len(parts) > 2 and any(abs(2 * f.value - got) <= slack for f in parts):
            return None  # one sum is the rest together: the total itself is in the list
        totals = {
            (f.value, f.precision): f
            for j in range(max(0, si - 4), si)
            for f in money.get(j, ())
            if f.unit == unit
            and not f.hedge
            and f.hi == f.value
            and not f.period
            and f.value > max(p.value for p in parts)
            and _TOTAL_WORD.search(_around(an.sentences[j].text, *_rel(an, f)))
        }
        if len({v for v, _ in totals}) != 1:
            return None  # no total named just before, or several
        total = next(iter(totals.values()))
        if abs(got - total.value) <= slack + total.precision:
            return None
        start, end = self.span(s, parts[0].start, parts[-1].end)
        listed = " + ".join(f.text for f in parts)
        ts = an.sentences[total.sentence]
        line = self.line_of(doc, ts, total.start)
        return Finding(
            "NL313",
            start,
            end,
            f"The parts ({listed}) add up to {_show_money(got, total.text)}, not the "
            f"{total.text} stated on line {line}",
            related=((doc.path, *self.span(ts, total.start, total.end)),),
        )

    def _added_to(self, doc: Document, an: Analysis) -> Iterator[Finding]:
        """NL313: 'employs 320 staff ... will recruit another 150 ..., taking its
        workforce to 420': a figure plus the one added to it makes the new total."""
        # The sentence counts something ("320 staff") or sums money: few sentences do.
        counted = {f.sentence for f in an.figures if f.kind != "percent"}
        for si in sorted(counted):
            s = an.sentences[si]
            text = s.text
            if not ("nother " in text or "dditional " in text or "urther " in text):
                continue
            if s.drafting or not _ADDED_HINT.search(text) or not _TAKING.search(text):
                continue
            for m in _ADDED_TO.finditer(text):
                vals = [_amount(m.group(g)) for g in ("a", "b", "t")]
                if any(v is None for v in vals):
                    continue
                (a, pa), (b, pb), (t, pt) = vals  # type: ignore[misc]
                if _PARTS_APART.search(m.group(0)) or hedge_at(text, m.start("t"), m.end("t")):
                    continue
                got = a + b
                now = _NOW.search(text, max(0, m.start("a") - 30), m.start("a"))
                if abs(got - t) <= pa + pb + pt or (got < t and not now):
                    continue  # agreeing, or staff elsewhere may make up the difference
                start, end = self.span(s, s.start + m.start("t"), s.start + m.end("t"))
                yield Finding(
                    "NL313",
                    start,
                    end,
                    f"{m.group('a')} and another {m.group('b')} make {got:,.0f}, not {m.group('t')}",
                )

    def _together_share(self, an: Analysis, listed: list[int]) -> Iterator[Finding]:
        """NL305: 'The UK took 28 per cent, Germany 17 per cent and the US 9 per cent.
        Together those three countries accounted for almost two-thirds': the shares
        just listed make the combined share. `listed`: the sentences with two or
        more percentages (collected by `run`)."""
        sentences = an.sentences
        for i in (k + 1 for k in listed if k + 1 < len(sentences)):
            s = sentences[i]
            t = s.text
            if not ("ogether" in t or "ombined" in t or "between them" in t):
                continue
            if s.drafting or not _TOGETHER_HINT.search(t):
                continue
            m = _TOGETHER.search(s.text)
            prev = an.sentences[i - 1]
            if not m or prev.para != s.para or _NOT_PARTITION.search(prev.text):
                continue
            pcts = list(_PCT.finditer(prev.text))
            n = number_value(m.group("n")) if m.group("n") else None
            if (
                len(pcts) < 2
                or (n is not None and n != len(pcts))
                or _CHANGE_WORD.search(prev.text)
            ):
                continue
            got = sum(float(p.group(1)) for p in pcts)
            frac = fraction_value(m.group("frac")) if m.group("frac") else None
            said = frac * 100 if frac is not None else float(m.group("pct"))
            hedge = (m.group("hedge") or "").lower()
            lo, hi = {
                "almost": (said - 7, said + 0.5),
                "nearly": (said - 7, said + 0.5),
                "just under": (said - 4, said + 0.5),
                "more than": (said - 0.5, said + 15),
                "over": (said - 0.5, said + 15),
                "just over": (said - 0.5, said + 4),
                "about": (said - 4, said + 4),
                "around": (said - 4, said + 4),
                "roughly": (said - 4, said + 4),
            }.get(hedge, (said - 2, said + 2))
            if lo - 0.5 * len(pcts) <= got <= hi + 0.5 * len(pcts):
                continue
            start, end = self.span(s, s.start + m.start("share"), s.start + m.end("share"))
            listed = " + ".join(p.group(0) for p in pcts)
            yield Finding(
                "NL305",
                start,
                end,
                f"The shares just listed ({listed}) add up to {got:g}%, not {m.group('share')}",
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
            those = _OF_THOSE.match(s.text)
            head = those or _OF_THE_N.match(s.text)
            if not head or s.drafting or _NOT_WHOLE_LIST.search(s.text):
                continue
            if not those:
                # "Of the 412 outlets that applied, 196 were ...": the total opens the sentence.
                counts = [head]
            else:
                prev = an.sentences[si - 1] if si else None
                if prev is None or prev.block is not s.block:
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
            # _PARTS (case-sensitive) opens with "of " or "Of ": no need to lower-case.
            if s.drafting or ("of " not in s.text and "Of " not in s.text):
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
_MADE_UP = lazyre.compile(
    r"\b(?:(?:is|was|are|were|will be|would be|be)\s+made up of|comprising|comprises|comprised of|"
    r"consists? of|consisting of|(?:is|was|will be|would be|be)\s+split (?:into|between)|"
    r"broken down into|divided (?:into|between))\s",
    re.I,
)
# "X of £2.1bn and Y of £0.6bn brought total income to £2.9bn": parts, then their sum.
_SUM_AFTER = lazyre.compile(
    r"\b(?:brought|bringing|brings|bring|took|taking|takes|take|lifted|lifting|pushed|pushing)\s+"
    r"(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w'’-]+\s+){0,2}?(?:total|combined|overall)"
    r"(?:\s+[a-z-]+){0,2}?\s+to\s+$"
    r"|\b(?:for|giving|making)\s+(?:a|an)\s+(?:combined\s+|overall\s+|grand\s+)?total\s+of\s+$",
    re.I,
)
# Between two listed parts: a change or comparison, so not parts of one sum.
_NOT_SUMMED = lazyre.compile(
    r"\b(?:from|up|down|rose|fell|compared|against|versus|than|per|each|a year|"
    r"last year|previously|earlier|was|were)\b",
    re.I,
)
# "The penalty comprises ...", "The package is made up of ...": a definite noun,
# no figure of its own, split into parts (`_parts_of_earlier`).
_THE_MADE_UP = lazyre.compile(
    r"The (?:[a-z]+ )?(?P<noun>[a-z]{4,}) (?:comprises|consists of|"
    r"(?:is|was|will be) (?:made up of|split between|split into|divided between|broken down into))\s",
)


def _rel(an: Analysis, f: Figure) -> tuple[int, int]:
    """The figure's offsets within its sentence."""
    st = an.sentences[f.sentence].start
    return f.start - st, f.end - st


# A total, then a colon or dash, then its parts (`_listed_parts`).
_LIST_SEP = lazyre.compile(r":(?=\s)|\s[–—-]\s")
_LIST_AMT = (
    rf"(?P<cur>{CUR})?\s?(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{NUMBER_RE})"
    r"(?:\s?(?P<scale>trillion|billion|million|bn|m|k)\b)?(?![\d%]|\s*per ?cent\b)"
)
_LIST_AMT_RE = lazyre.compile(rf"(?<![\w.,$€£-]){_LIST_AMT}", re.I)
_LIST_NOT_SUMMED = lazyre.compile(
    rf"\b(?:up|down|rose|fell|compared|against|versus|than|per|each|a year|last year|"
    rf"previously|earlier|from\s+{CUR}?\s?\d)",
    re.I,
)
# The word before a list's last part: "and", or "and the remaining" (the rest of the total).
_LIST_LAST = lazyre.compile(r"\band\s+(?:the\s+(?:remaining|other|final|last)\s+)?$")
_NUMBERED_REST = lazyre.compile(r"\band\s+the\s+(?:remaining|other|final|last)\s+(?=\S?\s?\d)")
# A hyphened figure between two parts modifies a noun ("$190 million for a 75-megawatt
# array"): it is no part of the list.
_JOIN_CH = r"(?:[^\d]|\d[\d,.]*-(?=[a-z]))"
_JOIN_CH_NC = r"(?:[^\d,]|\d[\d.]*-(?=[a-z]))"
_LIST_PART_JOIN = lazyre.compile(
    rf"{_JOIN_CH}*,\s+(?:and\s+)?|{_JOIN_CH_NC}*\s+and\s+(?:the\s+(?:remaining|other|final|last)\s+)?"
)
_LIST_ITEM = lazyre.compile(rf"(?<![\w.,$€£-]){_LIST_AMT}(?=\s+[a-z]|\s*$)", re.I)
_HEDGE_BEFORE = lazyre.compile(
    r"\b(?:about|around|roughly|nearly|almost|more than|over|some|up to|at least|less than|under|approximately)\s*$",
    re.I,
)
_LIST_HEDGED = lazyre.compile(
    r"\b(?:about|around|roughly|nearly|almost|more than|over|some|up to|at least|less than|under|"
    r"approximately|respectively|or)\b|%|per ?cent",
    re.I,
)


# "the release represents about 14 per cent of the roughly 100 million pounds": a
# definite noun said to be a share of a total.
_SHARE_REFERS = lazyre.compile(
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
_GAPPED_PREP = lazyre.compile(r"\s+(?:in|at|from|across|on)\s+(?:the\s+)?[A-Za-z]")
_GAP_HINT = lazyre.compile(r"\d (?:in|at|from|across|on) ")
_LIST_JOIN = lazyre.compile(r"[^\d;:()]*,\s+(?:and\s+)?|[^\d,;:()]*\s+and\s+")
_NOUN_AFTER = lazyre.compile(r"\s+(?:of\s+(?:the\s+|its\s+|their\s+)?)?((?:[a-z][a-z-]+\s*){1,3})")
_OUT_OF = lazyre.compile(
    r",\s+out of\s+(?:a total of\s+|the\s+)?(\d{2,3}(?:,\d{3})*)\b(?![.,]\d|%)"
)


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


_PARTITIVE = lazyre.compile(r"\s+of\s+(?:the|these|those)\s+(?:new\s+)?[a-z]+s\b")
_PARTITIVE_HINT = lazyre.compile(r"\d of (?:the|these|those) ")


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
        # The total given before, or earlier in the same sentence: "4,200 families had
        # been moved ..., including 1,900 families in Badulla, 1,600 in ...".
        before = [(p, _plain_counts(p.text, hedged=True)) for p in an.sentences[:si]]
        before.append((s, _plain_counts(s.text[: parts[0].start()], hedged=True)))
        for prev, counts in before:
            if prev.drafting:
                continue
            for t in counts:
                tnouns = _count_nouns(prev.text, t.end())
                if not tnouns or not (tnouns & nouns or (tnouns & _PEOPLE and nouns & _PEOPLE)):
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
        prev, t, tv, th = totals[-1]
        # "... and 600 at the Rishton plant - every one of the group's employees": the
        # parts are said to be the whole, so they may not fall short of it either.
        whole = _ALL_OF.search(s.text, parts[-1].end())
        low = tv[0] - max(tv[1], _last_digit_unit(tv[0]) / 2 if th else 0.0)
        if got <= allowed + slack and not (whole and got < low - slack):
            continue
        start, end = check.span(s, s.start + parts[0].start(), s.start + parts[-1].end())
        listed = " + ".join(m.group(0) for m in parts)
        line = check.line_of(doc, prev, prev.start + t.start())
        where = "" if prev is s else f" (line {line})"
        how = "more than" if got > allowed + slack else "less than"
        said = "they break down" if how == "more than" else "they are said to be all of"
        yield Finding(
            "NL313",
            start,
            end,
            f"The parts ({listed}) add up to {got:,.0f}, {how} the total of "
            f"{t.group(0)}{where} {said}",
            related=((doc.path, *check.span(prev, prev.start + t.start(), prev.start + t.end())),),
        )


# Sums said to make up a whole (`_parts_after_total`): "financed with", "made up of",
# "split between", or a last part that is "the remaining $200,000".
_PARTS_CUE_HINT = lazyre.compile(
    r"financed|funded|paid for|made up of|split|divided|comprise|consists? of|remaining|rest of|balance of"
)
_PARTS_CUE = lazyre.compile(
    r"\b(?:(?:was|were|is|are|will be|be|being)\s+(?:fully\s+)?(?:financed|funded|paid for|covered)\s+"
    r"(?:with|by|through|from)|made up of|comprises|comprised of|consists? of|consisting of|"
    r"(?:split|divided)\s+(?:between|among|into))\b",
    re.I,
)
_REST_PART = lazyre.compile(
    r"\b(?:the\s+(?:remaining|rest of the|balance of the|final|last|other)|with the remaining)\s*$|"
    r"\bthe\s+(?:remaining|rest of the|balance of the)\s+(?=\S?\S?\$?\d)",
    re.I,
)
# A list that names only some parts, or amounts that are not parts of one sum.
_PART_ONLY = lazyre.compile(
    r"\b(?:including|includes|included|among others|such as|in part|partly|partially|part of the|"
    r"mostly|mainly|largely|plus|as well as|each|apiece|per|a year|annually|a month|a week|"
    r"at least|some of|respectively|so far|to date|first|initial)\b",
    re.I,
)
_PARTS_APART = lazyre.compile(
    r"\b(?:(?<!-)up (?:from|by)|down (?:from|by)|rose|fell|compared|against|versus|than|a year|last year|previously|earlier|"
    r"or|instead|rather)\b",
    re.I,
)
# What a total is called near its figure: "The project cost", "a total prize pool of".
_TOTAL_WORD = lazyre.compile(
    r"\b(?:total|cost|costs|costing|pool|budget|package|sum|price|worth|valued|fund|funding|loan|"
    r"investment|invest|pay|paid|award(?:ed)?|judgment|bill|deal|programme|program|plan|project)\b",
    re.I,
)
# "employs 320 staff ... another 150 engineers ..., taking its workforce to 420".
_ADDED_HINT = lazyre.compile(r"\b(?:another|an additional|a further)\s", re.I)
_AMT_RAW = (
    rf"(?:{CUR})?\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|bn|m)\b)?(?!\s*(?:%|per ?cent))"
)
_ADDED_TO = lazyre.compile(
    rf"(?<![\w.,$€£-])(?P<a>{_AMT_RAW})\s+[a-z][^.;:%]{{0,80}}?\b(?:another|an additional|a further)\s+"
    rf"(?P<b>{_AMT_RAW})\s+[a-z][^.;:%]{{0,80}}?,?\s+(?:taking|bringing|lifting|raising|pushing)\s+"
    rf"(?:its|the|their|his|her)\s+(?:[a-z-]+\s+){{0,2}}?(?:[a-z]+)\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+)?(?P<t>{_AMT_RAW})(?![\d,])"
)
_TAKING = lazyre.compile(r"\b(?:taking|bringing|lifting|raising|pushing)\s")
_NOW = lazyre.compile(r"\b(?:currently|now|already|at present|presently|existing)\b", re.I)
# "Together those three countries accounted for almost two-thirds of all shipments".
_TOGETHER_HINT = lazyre.compile(r"\b(?:[Tt]ogether|[Cc]ombined|[Bb]etween them)\b")
_TOGETHER = lazyre.compile(
    r"\b(?:together|combined|between them)\b[^.;%]{0,50}?(?:(?:those|these|the)\s+(?P<n>two|three|four|five|six|2|3|4|5|6)\s+[a-z]+[^.;%]{0,20}?)?"
    r"\b(?:accounted for|account for|accounts for|made up|make up|makes up|represented|represent|represents|took|take|takes|held|hold|holds|had|have|has)\s+"
    r"(?P<share>(?:(?P<hedge>almost|nearly|just under|just over|more than|over|about|around|roughly)\s+)?"
    r"(?:(?P<frac>half|a third|one-third|one third|two-thirds|two thirds|a quarter|one-quarter|one quarter|three-quarters|three quarters|a fifth|two-fifths|three-fifths|four-fifths)"
    r"|(?P<pct>\d+(?:\.\d+)?)\s?(?:%|per ?cent\b)))",
    re.I,
)
# Percentages that are changes, not shares of one whole.
_CHANGE_WORD = lazyre.compile(
    r"\b(?:rose|fell|grew|increased|decreased|declined|dropped|jumped|climbed|up|down|"
    r"growth|increase|decrease|decline|rise|fall)\b",
    re.I,
)


def _amount(raw: str) -> tuple[float, float] | None:
    """(value, precision) of a raw amount such as '$1.2 million' or '4,200'."""
    m = _LIST_AMT_RE.search(raw)
    return _list_value(m) if m else None


# Words for people counted: "4,200 people work at the mills" and "2,100 workers".
_PEOPLE = frozenset(
    {"people", "person", "worker", "employee", "staff", "member", "resident", "personnel"}
)
# The parts said to be the whole: "every one of the group's employees", "all of them".
_ALL_OF = lazyre.compile(
    r"\b(?:every one of|each and every one of|all (?:of )?(?:the|its|their|his|her|them)\b|"
    r"the (?:entire|whole) (?:work ?force|staff|total)|its entire|their entire)",
    re.I,
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
_COMBINED_BEFORE = lazyre.compile(
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
_ABOARD = lazyre.compile(
    rf"(?<![\w.,$€£-])(?P<n>{NUMBER_RE}|\d{{1,3}}(?:,\d{{3}})+)\s+(?:people|passengers|persons)\s+"
    r"(?:were\s+|was\s+)?(?:on\s+board|aboard)\b",
    re.I,
)
# One clause of a tally: a count and what became of it.
_FATE_CLAUSE = lazyre.compile(
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
_NOT_ALL_PARTS = lazyre.compile(
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
_POWER_RE = lazyre.compile(_POWER.format(v="v", u="u"), re.I)


def _may_rate_power(an: Analysis) -> bool:
    """Exact document-wide prefilter for _POWER_RE: every match holds "kW", "MW" or
    "GW" as written, or "watt" in any case (no letter of it has a non-ASCII case
    variant under re.I). Four literal tests on the whole text instead of a
    case-insensitive scan of each sentence."""
    text = "\n".join(s.text for s in an.sentences)
    return "MW" in text or "GW" in text or "kW" in text or "watt" in text.lower()


_UNIT_THINGS = r"(?:turbines|reactors|generators|engines|units|modules|blocks|stacks)"
_UNIT_PRODUCT = lazyre.compile(
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
_FACILITY_AFTER = lazyre.compile(
    r"(?:\s+[a-z][\w-]*){0,3}\s+(?:farm|project|scheme|plant|station|array|park|facility|"
    r"development|interconnector|site)\b",
    re.I,
)
_CAPACITY_BEFORE = lazyre.compile(
    r"\b(?:its|an?)\s+(?:total\s+|generating\s+|installed\s+)?capacity\s+of\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|up to|more than|over|just over|just under)\s+)?$",
    re.I,
)
# A part of the installation, or several installations: no single total to compare.
_PART_OF_WHOLE = lazyre.compile(
    r"\b(?:phases?|stages?|first|second|initial(?:ly)?|extension|additional|another|further|"
    r"remaining|rest|some|of which|of them|existing|replac\w+|combined|together|both|across|"
    r"cluster|zone|portfolio|pipeline|total of|up to|about|around|roughly|nearly|almost|"
    r"more than|over|fewer|less than)\b",
    re.I,
)


_NOT_ONE_KIND = lazyre.compile(r"\b(?:each|per|and|or|plus|with|hybrid)\b", re.I)


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
_RECORD = lazyre.compile(
    rf"\bwon\s+(?P<w>\d{{1,3}}|{NUMBER_RE})\s+of\s+(?:their|its|his|her|the|our|my)\s+"
    rf"(?:last\s+|first\s+|opening\s+)?(?P<n>\d{{1,3}}|{NUMBER_RE})\s+(?:[a-z-]+\s+){{0,2}}?{_GAMES}\b"
    rf"[^.;]{{0,40}}?\b(?P<x>\d{{1,3}}|{NUMBER_RE})\s+(?P<xk>{_DRAWS}|{_LOSSES})"
    rf",?\s+(?:and|with)\s+(?P<y>\d{{1,3}}|{NUMBER_RE})\s+(?P<yk>{_DRAWS}|{_LOSSES})\b"
    rf"|\b(?P<w2>\d{{1,3}}|{NUMBER_RE})\s+wins?,\s+(?P<x2>\d{{1,3}}|{NUMBER_RE})\s+(?P<xk2>{_DRAWS}|{_LOSSES}),?"
    rf"\s+and\s+(?P<y2>\d{{1,3}}|{NUMBER_RE})\s+(?P<yk2>{_DRAWS}|{_LOSSES})\s+(?:from|in|of)\s+"
    rf"(?:their|its|his|her|the|)\s*(?P<n2>\d{{1,3}}|{NUMBER_RE})\s+(?:[a-z-]+\s+){{0,2}}?{_GAMES}\b",
    re.I,
)


def _may_record(text: str) -> bool:
    """Exact prefilter for _RECORD (re.I): "won ..." or "... wins, ..." in any case.
    On ASCII text re.I matches what lower-casing gives; other text is left to it."""
    if not text.isascii():
        return True
    low = text.lower()
    return "won" in low or "win," in low or "wins," in low


_PARTS = lazyre.compile(
    rf"\b[Oo]f (?:the|its|their|these|those|all|some) (?P<total>{_NUMBER}) [a-z][\w-]*(?: [a-z][\w-]*)?,"
    rf"\s+(?P<a>{_NUMBER})\b[^,;.]{{0,50}}?,?\s+(?:and|while|with)\s+(?P<rest>the (?:remaining|other|rest of the)\s+)?"
    rf"(?P<b>{_NUMBER})\b[^,;.]{{0,50}}"
)


# A table's total row ("Total", "All", "**Total**" once the bold is read) and its
# plain numeric cells ("27.4", "1,250", "£3.2m" is left alone).
_BLANK_LINE = lazyre.compile(r"\n[ \t]*\n")
_TOTAL_CELL = lazyre.compile(r"(?:grand\s+)?total|all|overall", re.I)
_TABLE_NUM = lazyre.compile(
    r"(?P<sign>[+−-])?(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?%?"
)
# "212 flights were cancelled. Of those, 118 were Qantas, 61 were Virgin and 21 were
# Rex": a breakdown of the one count the sentence before gave.
_OF_THOSE = lazyre.compile(r"^(?:Of|Among) (?:those|them|these|which|the total)\b,?\s+", re.I)
# "Of the 412 outlets that submitted files, 196 were ...": the same with the total in
# the opening phrase, which holds no other figure.
_OF_THE_N = lazyre.compile(
    rf"^(?:Of|Among) (?:the|all|all the) (?P<n>{_NUMBER}) [a-z][^,;:()\d%]{{1,90}}?,\s+(?=\S?\d)"
)
_THOSE_PART = lazyre.compile(
    rf"(?:,\s+|,?\s+and\s+)?(?P<n>{_NUMBER})\s+(?:were|was|are|came from|belonged to|went to)\b"
    r"(?P<what>[^,;.]{1,50}?)(?=,|;|\.|\s+and\b|$)"
)
_PLAIN_COUNT = lazyre.compile(rf"(?<![\w.,$€£¥%-])(?P<n>{_NUMBER})(?![\w.,%-]|\s*(?:per ?cent|%))")
_NOT_WHOLE_LIST = lazyre.compile(
    r"\b(?:including|include|included|among|other|others|rest|remaining|at least|also|such as)\b",
    re.I,
)
# "Of the 1,200 patients ..., 15% — 240 people — ..." and "..., 240 (15%) ...": a share
# given both as a percentage and as a count of the total the sentence opens with.
_OF_TOTAL = lazyre.compile(
    rf"\b[Oo]f (?:the|its|their|these|those|all|some) (?P<total>{_NUMBER}) [a-z][\w-]*"
)
_PCT_AND_COUNT = lazyre.compile(
    rf"(?<![\d.])(?P<p>\d+(?:\.\d+)?)\s?(?:%|per ?cent\b)\s*(?:—|–|\(|--|,\s+or)\s*"
    rf"(?P<c>{_NUMBER})\b(?![.,]\d|\s*%)"
    rf"|(?<![\d.,])(?P<c2>{_NUMBER})(?:\s+[a-z]+)?\s+\((?P<p2>\d+(?:\.\d+)?)\s?(?:%|per ?cent)\)"
)


# "38 of its 420 driver posts were vacant - about 15% of the total", "Of the 61,450
# patients ..., 37,900 - nearly 70 per cent - ...": a count of a stated total, then its
# (often hedged) share set off by a dash, a bracket or a comma.
_COUNT_OF_TOTAL = lazyre.compile(
    rf"(?<![\w.,$€£¥-])(?P<c>{_NUMBER})\s+(?:out\s+)?of\s+(?:the|its|their|all|some)\s+"
    rf"(?P<t>{_NUMBER})\s+[a-z][\w-]*"
)
_SHARE_AFTER = lazyre.compile(
    r"[^\d%;.]{0,80}?\s*(?:—|–|--|\(|,)\s*(?:or\s+)?"
    r"(?P<h>about|around|roughly|some|approximately|nearly|almost|close to|just under|"
    r"just over|more than|over|less than|under)?\s*"
    r"(?P<p>\d+(?:\.\d+)?)\s?(?:%|per ?cent\b)"
    r"(?!\s*(?:more|less|fewer|higher|lower|up|down|increase|rise|drop|fall|of (?!the total|all\b)))",
    re.I,
)
_COUNT_SHARE = lazyre.compile(
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

_TALLY = lazyre.compile(
    rf"\b(?P<a>\d{{1,3}}|{NUMBER_RE})\s*(?:-|–|—|to)\s*(?P<b>\d{{1,3}}|{NUMBER_RE})\b(?=\s*(?:,\s*)?(?:vote|decision|ruling|majority|margin|in favou?r|verdict|split)|)"
)
_TALLY_CONTEXT = lazyre.compile(
    rf"\b(?:vot(?:e|ed|es|ing)|ruled|decided|sided|split|divided|passed|approved|adopted|confirmed|ratified|rejected|defeated|by a (?:vote|margin) of)\s+(?:of\s+)?(?P<a>\d{{1,3}}|{NUMBER_RE})\s*(?:-|–|—|to)\s*(?P<b>\d{{1,3}}|{NUMBER_RE})\b"
    rf"|\b(?P<c>\d{{1,3}})\s*(?:-|–|—)\s*(?P<d>\d{{1,3}})\s+(?:vote|decision|ruling|verdict|majority)\b"
    rf"|\bunanimous(?:ly)?,?\s+(?:by\s+)?(?P<e>\d{{1,3}})\s*(?:-|–|—|to)\s*(?P<f>\d{{1,3}})\b"
    rf"|\b(?P<g>\d{{1,3}}|{NUMBER_RE})\s+votes?\s+(?:in favou?r|for)\b[^.;]{{0,30}}?\b(?:and|to|with)\s+(?P<h>\d{{1,3}}|{NUMBER_RE})\s+(?:votes?\s+)?(?:against|opposed)\b"
    # "backed the plan by 31 votes to 12"
    rf"|\bby\s+(?P<i>\d{{1,3}}|{NUMBER_RE})\s+votes?\s+to\s+(?P<j>\d{{1,3}}|{NUMBER_RE})\b",
    re.I,
)
# "with five abstentions", "and three abstained": votes cast but neither for nor against.
_ABSTAIN = lazyre.compile(
    rf"\b(?:with|and|while)\s+(?P<n>\d{{1,3}}|{NUMBER_RE})\s+(?:abstentions?\b|(?:\w+\s+)?abstain(?:ed|ing)\b)",
    re.I,
)
_MEMBERS = lazyre.compile(
    rf"\b(?P<n>\d{{1,3}}|{NUMBER_RE})[- ](?:member|seat|justice|judge|person|strong)\b"
    rf"|\b(?:all|the|has|have|of|with)\s+(?P<n2>\d{{1,3}}|{NUMBER_RE})\s+(?:senators|members|justices|judges|jurors|councillors|councilors|commissioners|directors|lawmakers|MPs|delegates)\b",
    re.I,
)
# "with all 24 councillors present": every member there (a quorum statement).
_ALL_PRESENT = lazyre.compile(
    rf"\ball\s+(?P<n>\d{{1,3}}|{NUMBER_RE})\s+(?:[a-z]+\s+){{0,2}}?(?:were\s+)?(?:present|in attendance)\b",
    re.I,
)
# A tally has a shape: "5-3", "52 to 48", "31 votes to 12", "five votes in favour".
_TALLY_HINT = lazyre.compile(
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


_UNANIMOUS = lazyre.compile(r"\bunanimous(?:ly)?\b", re.I)
_PASSED = lazyre.compile(r"\b(?:passed|approved|adopted|confirmed|ratified)\b", re.I)
_REJECTED = lazyre.compile(
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
                    before = s.text[max(0, m.start() - 30) : m.start() + 12]
                    if _PASSED.search(before) and a < b and not _REJECTED.search(s.text):
                        yield self.finding(
                            "NL306",
                            s,
                            m,
                            f"Said to pass, but the tally {a:g}-{b:g} has more votes against",
                        )
                    elif _UNANIMOUS.search(s.text) and min(a, b) > 0:
                        yield self.finding(
                            "NL306", s, m, f"A 'unanimous' vote cannot be {a:g}-{b:g}"
                        )
                    elif (
                        abstain
                        and (present := _ALL_PRESENT.search(s.text))
                        and (n := number_value(present.group("n")))
                        and a + b + abstained < n
                    ):
                        # "by 14 votes to 7 with one abstention, with all 24 councillors
                        # present": every member there and the non-voters counted, the
                        # tally must make the body.
                        yield self.finding(
                            "NL306",
                            s,
                            m,
                            f"A {a:g}-{b:g} tally and {abstained:g} abstentions is "
                            f"{a + b + abstained:g} votes, but all {n:g} members were present",
                        )
                    elif len(set(members)) == 1 and a + b + abstained > members[0]:
                        extra = f" and {abstained:g} abstentions" if abstained else ""
                        yield self.finding(
                            "NL306",
                            s,
                            m,
                            f"A {a:g}-{b:g} tally{extra} is {a + b + abstained:g} votes, but the "
                            f"body has {members[0]} members",
                        )


# ---------------------------------------------------------------- NL307

# "Tuesday, March 5, 2024", "Wednesday night, 5 February".
