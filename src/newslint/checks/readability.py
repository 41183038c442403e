"""Readability (NL501-NL502) and the document metric summary for `--statistics`.

News is read quickly, by everyone. Two things make copy hard going and can be
measured without guessing at meaning: sentences so long that the reader loses
the subject before the verb, and paragraphs whose vocabulary and sentence length
put them at a school grade far above the audience (Flesch-Kincaid). The formulas
live in `newslint.metrics` (textstat's formulas, counted offline).

Options (config): `max-sentence-words` (default 40), `audience` (`general`
news by default; `children`, `general`, `business`, `specialist`) and
`max-grade`, which overrides the audience's ceiling.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from newslint.checks.base import Check, Context, rule
from newslint.document import Block, Document
from newslint.metrics import (
    Counts,
    coleman_liau_index,
    flesch_kincaid_grade,
    flesch_reading_ease,
    gunning_fog,
    smog_index,
)
from newslint.model import Finding
from newslint.segment import words

# Flesch-Kincaid grade ceilings per audience: wire copy sits around grade 10-12,
# a paragraph above 14 is college-level prose that few news readers finish.
AUDIENCE_GRADE: dict[str, float] = {
    "children": 8.0,
    "young": 8.0,
    "general": 14.0,
    "news": 14.0,
    "business": 16.0,
    "trade": 16.0,
    "specialist": 18.0,
    "technical": 18.0,
    "academic": 20.0,
}
MIN_PARAGRAPH_WORDS = 40  # grade formulas are noise on short paragraphs
# A one- or two-sentence paragraph (a news lead) scores high on length alone;
# that is NL501's business. The grade speaks for paragraphs of 3+ sentences.
MIN_PARAGRAPH_SENTENCES = 3
_PROSE = ("paragraph", "list_item", "blockquote")

RULES = (
    rule(
        "NL501",
        "long-sentence",
        "info",
        "Sentence of {n} words (limit {limit}): split it",
        """A sentence longer than `max-sentence-words` (default 40) makes readers
        hold the subject in mind across several clauses; news style guides aim
        for an average near 20. Split it at a conjunction or a semicolon, or move
        the aside into its own sentence.""",
        bad=[
            "The council, which met on Tuesday after a delay caused by the storm that "
            "flooded the town hall basement and forced staff to move records to a "
            "temporary office in the library across the square, voted to raise the "
            "parking charges that traders had opposed for years."
        ],
        good=["The council met on Tuesday. It voted to raise parking charges."],
    ),
    rule(
        "NL502",
        "paragraph-grade",
        "info",
        "Paragraph reads at grade {grade} (audience '{audience}' ceiling {limit})",
        """The Flesch-Kincaid grade of the paragraph is far above what the article's
        audience reads comfortably (setting `audience`, default general news with
        a ceiling of grade 14; `max-grade` overrides). Long words and long
        sentences drive the grade: use plainer words and shorter sentences.""",
        bad=[
            "Notwithstanding considerable institutional heterogeneity, comprehensive "
            "macroprudential harmonization necessitates unprecedented intergovernmental "
            "coordination. Systemically consequential intermediaries substantially "
            "amplify contagion vulnerabilities during idiosyncratic liquidity "
            "disruptions. Consequently, supranational authorities increasingly "
            "prioritize standardized capitalization methodologies and interoperable "
            "resolution mechanisms for internationally active and systemically "
            "important banking institutions worldwide."
        ],
        good=[
            "Banks in different countries follow different rules. Regulators want "
            "them to work together, because trouble at one big bank can spread to "
            "others. They met on Monday to agree on a plan, and they will meet again "
            "in the spring to check on progress and to decide what to do next."
        ],
    ),
    rule(
        "NL503",
        "passive-density",
        "info",
        "{n} of {total} sentences in this paragraph are passive: say who did what",
        """Most sentences of the paragraph are in the passive voice ("was announced",
        "were arrested", "has been decided"). A passive now and then is fine; a
        paragraph of them hides who acted, which is the news. Reported for
        paragraphs where at least three sentences, and three in four, are passive.""",
        bad=[
            "The plan was approved on Monday. The budget was cut by a third. Two schools "
            "were closed and the staff were told nothing."
        ],
        good=[
            "The council approved the plan on Monday. It cut the budget by a third, "
            "closed two schools and told the staff nothing."
        ],
    ),
)


def _limit_grade(ctx: Context) -> tuple[str, float]:
    audience = str(ctx.option("audience", "general")).lower()
    explicit = ctx.option("max-grade")
    limit = float(explicit) if explicit is not None else AUDIENCE_GRADE.get(audience, 14.0)
    return audience, limit


def _fk_grade(block: Block) -> float:
    return flesch_kincaid_grade(Counts.of(block.text, len(block.sentences)))


_IRREGULAR_PARTICIPLES = (
    "born borne broken brought built bought caught chosen done drawn driven eaten fallen "
    "felt fought found forgotten forgiven frozen given gone grown held hidden hit hurt "
    "kept known laid led left lent lost made meant met paid put read ridden rung risen "
    "run said seen sent set shaken shot shown shut sold spent spoken spread stolen struck "
    "sworn taken taught thrown told torn understood upheld won withdrawn worn written "
    "cut let cast quit shed split bid beaten bitten bound dealt dug fed fled flung "
    "forbidden hung heard lit proven sought stuck sunk swept swung overseen overtaken "
    "undertaken rebuilt arisen"
)
_PASSIVE = re.compile(
    r"\b(?:am|is|are|was|were|be|been|being)\s+(?:(?:not|also|already|still|reportedly|"
    r"widely|later|then|now|being)\s+)?(?:[a-z]+ed|"
    + "|".join(_IRREGULAR_PARTICIPLES.split())
    + r")\b(?!\s+(?:to|that)\b)",
    re.I,
)
# "-ed" words after "be" that are adjectives, not passives
_ADJECTIVE_ED = frozenset(
    [
        "concerned",
        "interested",
        "worried",
        "pleased",
        "tired",
        "surprised",
        "excited",
        "bored",
        "scared",
        "involved",
        "based",
        "located",
        "supposed",
        "used",
        "married",
        "retired",
        "qualified",
        "experienced",
        "committed",
        "determined",
        "prepared",
        "satisfied",
        "disappointed",
        "embarrassed",
        "limited",
        "related",
        "needed",
    ]
)


def is_passive(sentence: str) -> bool:
    """Whether a sentence has a be + past participle verb group."""
    for m in _PASSIVE.finditer(sentence):
        if m.group().split()[-1].lower() not in _ADJECTIVE_ED:
            return True
    return False


class ReadabilityCheck(Check):
    """Long sentences, paragraphs above the audience's grade, and document metrics."""

    rules = RULES

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        limit = int(ctx.option("max-sentence-words", 40))
        audience, max_grade = _limit_grade(ctx)
        long_sentences, grade, passive = (ctx.wants(r) for r in ("NL501", "NL502", "NL503"))
        for block in doc.prose_blocks:
            if block.kind not in _PROSE:
                continue
            if long_sentences:
                yield from self._long_sentences(block, limit)
            if grade:
                yield from self._grade(block, audience, max_grade)
            if passive:
                yield from self._passive(block)

    @staticmethod
    def _long_sentences(block: Block, limit: int) -> Iterator[Finding]:
        # n words take at least 2n - 1 characters (a separator between each two), so
        # a sentence of 2 * limit characters or fewer is never too long: not counted.
        for sentence in block.sentences:
            if sentence.end - sentence.start <= 2 * limit:
                continue
            n = len(words(sentence.text))
            if n > limit:
                start, end = sentence.source_span()
                message = RULES[0].message.replace("{n}", str(n)).replace("{limit}", str(limit))
                yield Finding("NL501", start, end, message)

    @staticmethod
    def _grade(block: Block, audience: str, max_grade: float) -> Iterator[Finding]:
        if len(block.sentences) < MIN_PARAGRAPH_SENTENCES:  # the cheaper test first
            return
        if len(block.text.split()) < MIN_PARAGRAPH_WORDS:
            return
        grade = _fk_grade(block)
        if grade > max_grade:
            start, end = block.source_span(0, len(block.text))
            message = (
                RULES[1]
                .message.replace("{grade}", f"{grade:.1f}")
                .replace("{audience}", audience)
                .replace("{limit}", f"{max_grade:g}")
            )
            yield Finding("NL502", start, end, message)

    @staticmethod
    def _passive(block: Block) -> Iterator[Finding]:
        sentences = block.sentences
        if len(sentences) < MIN_PARAGRAPH_SENTENCES:
            return
        n = sum(1 for s in sentences if is_passive(s.text))
        if n >= 3 and 4 * n >= 3 * len(sentences):
            start, end = block.source_span(0, len(block.text))
            message = (
                RULES[2].message.replace("{n}", str(n)).replace("{total}", str(len(sentences)))
            )
            yield Finding("NL503", start, end, message)

    def statistics(self, doc: Document) -> dict[str, Any]:
        """Document-level readability metrics for `--statistics`."""
        blocks = [b for b in doc.prose_blocks if b.kind in _PROSE]
        sentences = [s for b in blocks for s in b.sentences]
        lengths = [len(words(s.text)) for s in sentences]
        c = Counts.of("\n\n".join(b.text for b in blocks), len(sentences))
        if not c.words:
            return {"readability": {"words": 0, "sentences": 0, "paragraphs": 0}}
        return {
            "readability": {
                "words": c.words,
                "sentences": len(sentences),
                "paragraphs": len(blocks),
                "words_per_sentence": round(c.words_per_sentence, 1),
                "syllables_per_word": round(c.syllables / c.words, 2),
                "longest_sentence_words": max(lengths, default=0),
                "sentences_over_40_words": sum(1 for n in lengths if n > 40),
                "passive_sentences": sum(1 for s in sentences if is_passive(s.text)),
                "flesch_reading_ease": round(flesch_reading_ease(c), 1),
                "flesch_kincaid_grade": round(flesch_kincaid_grade(c), 1),
                "gunning_fog": round(gunning_fog(c), 1),
                "smog_index": round(smog_index(c), 1),
                "coleman_liau_index": round(coleman_liau_index(c), 1),
                "reading_time_seconds": round(c.words / 238 * 60),
            }
        }


CHECKS = [ReadabilityCheck]
