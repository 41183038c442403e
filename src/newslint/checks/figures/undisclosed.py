# ruff: noqa: E501  (long regular expressions read better unbroken)
"""NL302: a sum called undisclosed (or not made public) and then stated."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint import lazyre
from newslint.checks.base import Context, rule
from newslint.checks.figures.common import (
    _around,
    _Base,
    _stem,
    subject,
)
from newslint.document import Document
from newslint.model import Finding
from newslint.quantities import (
    DEAL_MEASURES,
    Analysis,
    Figure,
    analyse,
    context_entities,
)

_EARLIER_DEAL = lazyre.compile(
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
                if _compound_head(fs.text, fig.end - fs.start):
                    what = f"the {_compound_text(fs.text, fig.end - fs.start)}"
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
            head = _compound_head(fs.text, f.end - fs.start)
            if head and word not in objects:
                word = head  # "the $18.5 million fertiliser supply contract": its head noun
            if word in _GENERIC_THINGS or _EARLIER_DEAL.search(_figure_context(an, f)):
                continue
            if word in objects:
                named.append(f)
                continue
            thing = word in _SUM_THINGS | {_stem(w) for w in _SUM_THINGS}
            # "put an undisclosed sum on the table. Union leaders rejected ... the 12
            # billion CFA franc offer": the next sentence names the sum definitely.
            # Not when the statement names its own object ("how much it will spend on
            # the depot"): the next sentence's "£12 million contract" is another.
            next_one = f.sentence == si + 1 and fs.para == s.para and not objects
            same_words = thing and (word in told or next_one)
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


_VALUED_BEFORE = lazyre.compile(r"\b(?:valu(?:es|ed|ing)|valuation)\b[^.;$€£]{0,30}$", re.I)


def _valued(an: Analysis, f: Figure) -> bool:
    """'values Kudipay at $310 million', 'a valuation of $310 million': a valuation."""
    s = an.sentences[f.sentence]
    return bool(_VALUED_BEFORE.search(s.text, max(0, f.start - s.start - 40), f.start - s.start))


# "declined to say how much the agency cover will cost": the thing whose cost is withheld.
_HOW_MUCH_COST = lazyre.compile(
    r"\bhow much (?:the |its |their |his |her |this |that )(?P<thing>(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
    r"(?:will|would|could|might|is going to|was going to)\s+cost\b",
    re.I,
)
_TOKEN = lazyre.compile(r"[A-Za-z][\w-]+")


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


_THE_BEFORE = lazyre.compile(r"\b[Tt]he\s*$")
_WORDS = lazyre.compile(r"[a-z]+")
_THING_AFTER = lazyre.compile(r"\s+([a-z]+)\b(?!-)")
# "the $18.5 million fertiliser supply contract": up to two nouns before the head.
_COMPOUND_AFTER = lazyre.compile(r"(?:\s+[a-z]+\b(?!-)){2,3}")


def _compound_head(text: str, pos: int) -> str:
    """The stem of the head noun of a two- or three-word compound at `pos`, when it is
    a thing a sum is paid for (`_SUM_THINGS`); the compound ends at a function word."""
    m = _COMPOUND_AFTER.match(text, pos)
    if not m:
        return ""
    words: list[str] = []
    for w in m.group(0).split():
        if w in _NOT_NOUN:
            break
        words.append(w)
    heads = [w for w in words[1:] if w in _SUM_THINGS]
    return _stem(heads[-1]) if heads else ""


def _compound_text(text: str, pos: int) -> str:
    """The compound `_compound_head` read, up to its head ("fertiliser supply contract")."""
    words = _COMPOUND_AFTER.match(text, pos).group(0).split()  # type: ignore[union-attr]
    cut = next((i for i, w in enumerate(words) if w in _NOT_NOUN), len(words))
    last = max(i for i, w in enumerate(words[:cut]) if w in _SUM_THINGS)
    return " ".join(words[: last + 1])


_NOT_NOUN = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "for",
        "to",
        "and",
        "or",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "will",
        "would",
        "has",
        "have",
        "had",
        "it",
        "he",
        "she",
        "they",
        "we",
        "that",
        "which",
        "who",
        "with",
        "from",
        "on",
        "at",
        "by",
        "as",
        "said",
    ]
)
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
_SPENT_ON = lazyre.compile(
    r"\b(?:spend|spending|spent|pay|paying|paid|cost|costs|price|size|value|amount|worth)\s+"
    r"(?:on|for|of)\s+(?:the|its|their|his|her|this|that|these|those)\s+((?:[a-z-]+\s+){0,2}?[a-z]+)\b(?!\s+[a-z]+\s+(?:of|for)\b)",
)
_GENERIC_THINGS = frozenset(
    ["a", "an", "the", "of", "in", "for", "to", "and", "or", "is", "was", "will"]
)
_DEAL_NOUN = lazyre.compile(
    r"\s*(?:all-cash |cash |cash-and-stock |stock )?(?:deal|acquisition|purchase|takeover|buyout"
    r"|transaction|merger|sale|grant|donation|gift|settlement|award|contract)\b",
    re.I,
)


# ---------------------------------------------------------------- NL304
