"""Scrambled word order (NL408): clauses no English writer builds.

Machine translation from a verb-final or topic-first language, or a sentence
rearranged by hand and never reread, leaves English words in an order English
grammar does not allow. Three constructions are cheap to see without a parser,
because closed-class words mark them, and almost never occur in edited prose
(none in 1.3 million words of Brown and State of the Union text):

- two modals in a row: "will not can receive", "should must", "would can";
- a stranded participle: "had since 2020 in nominal terms by more than a fifth
  risen", where the auxiliary opens an adverbial phrase of four words or more
  and the participle closes the clause;
- a fronted object with a resumptive pronoun: "after the contractor the trucks it
  had not maintained", "that the insurer the burden it carried": two bare noun
  phrases in a row at the start of a clause, then a subject pronoun and a verb.

Headings, blockquotes and quoted speech are left alone: headlines drop words on
purpose, and a source's words are not the reporter's to correct.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from newslint import lazyre
from newslint.checks.base import Check, Context, rule
from newslint.checks.grammar import prose_of, quote_spans
from newslint.document import Document
from newslint.model import Finding
from newslint.regexset import PatternSet

RULES = (
    rule(
        "NL408",
        "scrambled-word-order",
        "warning",
        "Scrambled word order '{match}': {hint}",
        """Words in an order English grammar does not allow, as machine translation
        from a verb-final language or a half-finished rewrite leaves them: two
        modals in a row ("will not can receive"), a participle stranded at the end
        of its clause after a long adverbial ("had since 2020 by more than a fifth
        risen"), or an object put before its subject and picked up again by a
        pronoun ("after the contractor the trucks it had not maintained"). Rewrite
        the sentence in subject-verb-object order.""",
        bad=[
            "Outlets not on the list will not can receive state advertising.",
            "The grant had since 2020 in nominal terms by more than a fifth risen.",
            "The court found that the insurer the burden it carried had not discharged.",
        ],
        good=[
            "Outlets not on the list will not be able to receive state advertising.",
            "The grant had risen by more than a fifth in nominal terms since 2020.",
            "The court found that the insurer had not discharged the burden it carried.",
            "Let us agree that our good will must be dedicated to great goals.",
            "The smaller the town, the friendlier the people it welcomes.",
        ],
    ),
)
_META = RULES[0]

_MODALS = "will|would|shall|should|can|could|may|might|must"
# Lowercase only, so that the month ("May") never counts as a modal.
_DOUBLE_MODAL = lazyre.compile(
    rf"\b({_MODALS}|wo(?=n't))(?: not|n't)? (?:can|could|must|may|might|shall|will|would|should)\b"
)
# "will" is also a noun: "our good will must", "the popular will can".
_WILL_NOUN_BEFORE_TEXT = """
    good ill free the a his her their its our your my own political popular general public
    people's nation's last
"""
_WILL_NOUN_BEFORE = frozenset(_WILL_NOUN_BEFORE_TEXT.split())

_PARTICIPLES = (
    "risen fallen grown gone come become been shrunk taken given seen done made driven "
    "written known shown beaten broken chosen forgotten hidden spoken stolen thrown sunk "
    "won lost paid sold built spent cut set put held kept left met brought bought thought "
    "fought caught taught sought"
)
_STRANDED = lazyre.compile(
    r"\b(?:had|has|have) ((?:since|in|by|over|for|during|after|until|from|at|on|within|"
    r"between|under|across|throughout)\b[^.,;:!?\n\"“”()]{15,120}?) ([a-z]+ed|"
    + _PARTICIPLES.replace(" ", "|")
    + r")(?=[.,;])"
)
# A verb, a pronoun or a conjunction inside the adverbial starts another clause
# ("had to add two shifts because of the business it created"): not stranded.
_CLAUSE_WORDS_TEXT = """
    that which who whom what where when why how we they he she i you it is are was were be
    been being and or but had has have do does did not could would should will shall can may
    might must if there their them his her its our your my me us him this these those
"""
_CLAUSE_WORDS = frozenset(_CLAUSE_WORDS_TEXT.split())

_FRONTED = lazyre.compile(
    r"(?:^|[.;:!?,]\s+|\b(?:after|before|because|when|while|since|although|though|if|and|"
    r"but|as|that|which|until|once|whereas)\s+)"
    r"((?i:the) ([a-z-]+) (?:the|its|their|his|her) ([a-z-]+) (?:it|they|he|she|we) [a-z]+)"
)
# "said the minister the day he resigned": a time or manner phrase, not an object.
_ADVERBIAL_NOUNS_TEXT = """
    day days year years week weeks month months time times moment night morning evening
    afternoon season minute hour way same first last next
"""
_ADVERBIAL_NOUNS = frozenset(_ADVERBIAL_NOUNS_TEXT.split())
# "the smaller the town, the friendlier the people it ...": the comparative correlative.
_COMPARATIVES_TEXT = """
    more less fewer better worse greater bigger smaller higher lower larger longer sooner
    faster harder stronger richer poorer older younger further farther lesser wider deeper
    closer cheaper
"""
_COMPARATIVES = frozenset(_COMPARATIVES_TEXT.split())


def double_modals(text: str) -> Iterator[tuple[int, int, str]]:
    """Two modals in a row ("will not can"): English allows one per verb group."""
    for m in _DOUBLE_MODAL.finditer(text):
        if m.group(1) == "will":
            before = text[max(0, m.start() - 20) : m.start()].split()
            if before and before[-1].lower() in _WILL_NOUN_BEFORE:
                continue
        yield m.start(), m.end(), "two modals in a row; keep one (or 'be able to')"


def stranded_participles(text: str) -> Iterator[tuple[int, int, str]]:
    """An auxiliary whose participle comes only at the clause's end, after an adverbial."""
    if " ha" not in text:
        return
    for m in _STRANDED.finditer(text):
        words = m.group(1).lower().split()
        if len(words) < 4:
            continue
        if any(w in _CLAUSE_WORDS or (len(w) > 4 and w.endswith(("ed", "en"))) for w in words):
            continue
        yield m.start(), m.end(), f"put '{m.group(2)}' right after the auxiliary"


def fronted_objects(text: str) -> Iterator[tuple[int, int, str]]:
    """Two bare noun phrases, then a pronoun and a verb: an object put first."""
    for m in _FRONTED.finditer(text):
        first = m.group(2).lower()
        if first in _COMPARATIVES or first.endswith("ier") or m.group(3) in _ADVERBIAL_NOUNS:
            continue
        yield m.start(1), m.end(1), "object before subject and verb; use subject-verb-object order"


_DETECTORS = (double_modals, stranded_participles, fronted_objects)


@cache
def _screen() -> PatternSet:
    """One RE2 pass over an article's prose names the detectors worth running.

    The constructions are rare, so nearly every article is cleared by one DFA scan
    instead of three Python regex scans (whose leading alternations have no literal
    to search for). Each source is a superset of its detector's Python pattern, also
    on non-ASCII text: every \\b stands beside an ASCII letter, where RE2's ASCII
    boundary holds wherever Python's Unicode one does, so the costly shadow of
    `present_re` is not needed.
    """
    return PatternSet(
        [
            rf"\b(?:{_MODALS}|wo)(?: not|n't)? (?:can|could|must|may|might|shall|will|would|"
            r"should)\b",
            r"\b(?:had|has|have) (?:since|in|by|over|for|during|after|until|from|at|on|within|"
            r"between|under|across|throughout)\b[^.,;:!?\n\"“”()]{15,120} [a-z]+[.,;]",
            r"\b[Tt][Hh][Ee] [a-z-]+ (?:the|its|their|his|her) [a-z-]+ (?:it|they|he|she|we) "
            r"[a-z]",
        ]
    )


class WordOrderCheck(Check):
    """Scrambled word order in the reporter's own prose."""

    rules = RULES

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if not ctx.wants("NL408"):
            return
        # The source first, as prose_of costs more than the scan: markup inside a
        # construction ("will *not* can") hides it, a rare case traded for speed.
        if not _screen().present(doc.text):
            return
        prose = prose_of(doc)
        wanted = [_DETECTORS[i] for i in sorted(_screen().present(prose.text))]
        if not wanted:
            return
        for _, block in prose.pieces:
            text = block.text
            hits = [h for detect in wanted for h in detect(text)]
            if not hits:
                continue
            quotes = quote_spans(text)
            for s, e, hint in sorted(hits):
                if any(qs <= s and e <= qe for qs, qe in quotes):
                    continue
                start, end = block.source_span(s, e)
                match = " ".join(text[s:e].split())
                msg = _META.message.replace("{match}", match).replace("{hint}", hint)
                yield Finding("NL408", start, end, msg)


CHECKS = [WordOrderCheck]
