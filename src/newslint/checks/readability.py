"""Readability (NL501-NL502) and the document metric summary for `--statistics`.

News is read quickly, by everyone. Two things make copy hard going and can be
measured without guessing at meaning: sentences so long that the reader loses
the subject before the verb, and paragraphs whose vocabulary and sentence length
put them at a school grade far above the audience (Flesch-Kincaid). The formulas
are textstat's; syllables are counted here because textstat's English syllable
counter downloads NLTK's cmudict on first use, and linting never goes online.

Options (config): `max-sentence-words` (default 40), `audience` (`general`
news by default; `children`, `general`, `business`, `specialist`) and
`max-grade`, which overrides the audience's ceiling.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from newslint.checks.base import Check, Context, rule
from newslint.document import Block, Document
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


_WORDS = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
_VOWELS = re.compile(r"[aeiouy]+")


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """Syllables of an English word: vowel groups, less a silent final e.

    textstat counts English syllables with NLTK's cmudict, which it downloads on
    first use; a linter must not touch the network, so the classic vowel-group
    estimate (the one Flesch-Kincaid was calibrated with by hand counts, within a
    few percent on news text) is used instead.
    """
    w = word.lower().replace("’", "'").split("'")[0]
    if not w:
        return 0
    count = len(_VOWELS.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    if w.endswith(("ed", "es")) and len(w) > 3 and w[-3] not in "aeiouydt" and count > 1:
        count -= 1 if w.endswith("ed") else 0
    return max(count, 1)


def text_counts(text: str, sentence_count: int) -> dict[str, float]:
    """Words, sentences, syllables, letters and polysyllables of a text."""
    tokens = _WORDS.findall(text)
    syl = [syllables(t) for t in tokens]
    return {
        "words": len(tokens),
        "sentences": max(sentence_count, 1),
        "syllables": sum(syl),
        "letters": sum(len(t) for t in tokens),
        "polysyllables": sum(1 for n in syl if n >= 3),
    }


def fk_grade(c: dict[str, float]) -> float:
    """Flesch-Kincaid grade level."""
    if not c["words"]:
        return 0.0
    return 0.39 * c["words"] / c["sentences"] + 11.8 * c["syllables"] / c["words"] - 15.59


def reading_ease(c: dict[str, float]) -> float:
    """Flesch reading ease (higher is easier; news wire sits around 50-60)."""
    if not c["words"]:
        return 0.0
    return 206.835 - 1.015 * c["words"] / c["sentences"] - 84.6 * c["syllables"] / c["words"]


def _fk_grade(block: Block) -> float:
    return fk_grade(text_counts(block.text, len(block.sentences)))


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
        for block in doc.prose_blocks:
            if block.kind not in _PROSE:
                continue
            if ctx.wants("NL501"):
                yield from self._long_sentences(block, limit)
            if ctx.wants("NL502"):
                yield from self._grade(block, audience, max_grade)
            if ctx.wants("NL503"):
                yield from self._passive(block)

    @staticmethod
    def _long_sentences(block: Block, limit: int) -> Iterator[Finding]:
        for sentence in block.sentences:
            n = len(words(sentence.text))
            if n > limit:
                start, end = sentence.source_span()
                message = RULES[0].message.replace("{n}", str(n)).replace("{limit}", str(limit))
                yield Finding("NL501", start, end, message)

    @staticmethod
    def _grade(block: Block, audience: str, max_grade: float) -> Iterator[Finding]:
        if len(block.text.split()) < MIN_PARAGRAPH_WORDS:
            return
        if len(block.sentences) < MIN_PARAGRAPH_SENTENCES:
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
        c = text_counts("\n\n".join(b.text for b in blocks), len(sentences))
        if not c["words"]:
            return {"readability": {"words": 0, "sentences": 0, "paragraphs": 0}}
        wps = c["words"] / c["sentences"]
        fog = 0.4 * (wps + 100 * c["polysyllables"] / c["words"])
        smog = 1.043 * math.sqrt(c["polysyllables"] * 30 / c["sentences"]) + 3.1291
        letters_100 = 100 * c["letters"] / c["words"]
        sentences_100 = 100 * c["sentences"] / c["words"]
        coleman = 0.0588 * letters_100 - 0.296 * sentences_100 - 15.8
        return {
            "readability": {
                "words": int(c["words"]),
                "sentences": len(sentences),
                "paragraphs": len(blocks),
                "words_per_sentence": round(wps, 1),
                "syllables_per_word": round(c["syllables"] / c["words"], 2),
                "longest_sentence_words": max(lengths, default=0),
                "sentences_over_40_words": sum(1 for n in lengths if n > 40),
                "passive_sentences": sum(1 for s in sentences if is_passive(s.text)),
                "flesch_reading_ease": round(reading_ease(c), 1),
                "flesch_kincaid_grade": round(fk_grade(c), 1),
                "gunning_fog": round(fog, 1),
                "smog_index": round(smog, 1),
                "coleman_liau_index": round(coleman, 1),
                "reading_time_seconds": round(c["words"] / 238 * 60),
            }
        }


CHECKS = [ReadabilityCheck]
