"""Garbled phrasing beyond the tortured-phrase list (NL402-NL407).

Text run through a synonym spinner, or written by someone fighting the language,
breaks in recognisable ways even where no list names the phrase:

- NL402 spun-term: an established term with one or more words swapped for an
  unusual thesaurus synonym ("gregarious networking", "savvy telephones"). The
  variants are generated from `garbledata.lexicon`: every established term
  crossed with the spinner synonyms of its words.
- NL403 garbled-construction: verb patterns that no editor writes: a bare verb
  after "be" ("vendors are become"), "has ceased to exist as" for "is no longer",
  "render/make someone to be", an institution that "can tell that", "visualizes
  how" for "shows how", "detach X of Y".
- NL404 wrong-preposition: a word with a preposition it does not take
  ("appealing among", "capable to", "comply to", "emphasize on").
- NL405 odd-compound: a hyphenated compound built on a rare participle
  ("AI-soothed decision-making") where writers use a handful of common ones
  (-powered, -driven, -based, -led).
- NL406 repeated-vague-modifier: the same vague quantifier twice in one clause
  ("employ various templates to carry out various activities"), a spinner habit.
- NL407 broken-agreement: number and verb-form errors that the grammar backend
  misses ("there's a few", "can sings", "it depend on", "each of the players have").

Everything here is pattern matching over prose blocks; quoted speech is skipped
for the construction and agreement rules (sources may speak loosely) but not for
spun terms. Precision is measured on tests/corpus/garbled/clean (see
docs/garbled-phrasing.md).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import NamedTuple

from newslint import lazyre
from newslint.checks.base import Check, Context, rule
from newslint.checks.grammar import prose_of, quote_spans
from newslint.document import Block, Document
from newslint.garbledata.verbs import AFTER_BE, AFTER_LOOK_FORWARD, BASES, LICENSORS, S_FORMS
from newslint.model import Finding, Fix
from newslint.regexset import PatternSet
from newslint.wordrank import common_words

RULES = (
    rule(
        "NL402",
        "spun-term",
        "warning",
        "Spun term '{match}': the established term is '{term}'",
        """An established term with a word swapped for an unusual synonym, as a
        paraphrasing tool does to disguise copied text ("gregarious networking" for
        social networking, "savvy phones" for smart phones). Unlike the
        tortured-phrase list (NL401), these variants are generated: every
        established term crossed with the thesaurus synonyms a spinner picks. Use
        the established term and check the passage against its likely source.""",
        bad=[
            "Advertisers now target users on gregarious networking sites.",
            "Sales of savvy phones fell in the third quarter.",
        ],
        good=[
            "Advertisers now target users on social networking sites.",
            "He was a gregarious host and a savvy investor.",
        ],
        fixable=True,
    ),
    rule(
        "NL403",
        "garbled-construction",
        "warning",
        "Garbled construction '{match}': {hint}",
        """A verb construction no editor writes, typical of machine-spun or
        carelessly translated copy: a bare verb after "be" ("vendors are become
        more important"), "has ceased to exist as" for "is no longer", "rendered
        them to be appealing" for "made them appealing", an institution that "can
        tell that" for "says", "visualizes how" for "shows how", "detach X of Y"
        for "separate X from Y". Rewrite the sentence plainly.""",
        bad=[
            "Cloud vendors are become more and more intermediaries.",
            "AI has ceased to exist as an experimental concept.",
            "The price cuts rendered them to be appealing among young buyers.",
        ],
        good=[
            "Cloud vendors are becoming intermediaries.",
            "AI is no longer an experimental concept.",
            "All the union wants to do is make its case.",
        ],
    ),
    rule(
        "NL404",
        "wrong-preposition",
        "warning",
        "Wrong preposition: '{match}' (use '{hint}')",
        """A word followed by a preposition it does not take: "appealing among"
        (appealing to), "capable to" (capable of), "comply to" (comply with),
        "emphasize on" (emphasize), "responsible of" (responsible for). Common in
        spun and in learner English; readers notice it at once.""",
        bad=["The plan is appealing among investors and capable to survive a downturn."],
        good=["The plan is appealing to investors and capable of surviving a downturn."],
        fixable=True,
    ),
    rule(
        "NL405",
        "odd-compound",
        "info",
        "Odd compound '{match}': a rare participle in a hyphenated modifier",
        """Hyphenated modifiers such as "AI-powered" or "data-driven" are built on
        a few common participles. One built on a rare participle ("AI-soothed
        decision-making") is usually a spinner's synonym for a common one. Use
        the ordinary compound or rephrase.""",
        bad=["Clients want AI-soothed decision-making tools."],
        good=["Clients want AI-assisted decision-making tools.", "A tear-streaked face."],
    ),
    rule(
        "NL406",
        "repeated-vague-modifier",
        "info",
        "'{hint}' twice in one clause: '{match}'",
        """The same vague quantifier twice in a few words ("employ various
        templates to carry out various activities") says nothing and is a
        hallmark of spun text. Name the things, or drop one quantifier.""",
        bad=["Companies employ various templates to carry out various activities."],
        good=["Companies use different models for customer service and research."],
    ),
    rule(
        "NL407",
        "broken-agreement",
        "warning",
        "Broken agreement: '{match}' ({hint})",
        """Number or verb-form errors that survive a quick read: "there's a few
        layers" (there are), "can sings" (can sing), "it depend on" (it depends
        on), "each of the players have" (has), "look forward to hear" (to
        hearing), "does not has" (have). Pattern-based and independent of the
        grammar backend.""",
        bad=[
            "There's a few layers to unpack here.",
            "The policy depends on whether it depend on tariffs.",
            "Each of the players have a contract.",
        ],
        good=[
            "There are a few layers to unpack here.",
            "Did it depend on tariffs?",
            "Each of the players has a contract.",
        ],
    ),
)

_META = {r.id: r for r in RULES}
_WORD = lazyre.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_WORD_HYPHEN = lazyre.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")

# --- NL402: spun terms --------------------------------------------------------------


@cache
def spun_table() -> dict[tuple[str, ...], str]:
    """Spun variant (lowercase tokens) -> established term, from garbledata.spun."""
    from newslint.garbledata.spun import SPUN

    return {tuple(k.split()): v for k, v in SPUN.items()}


@cache
def _lengths_by_first() -> dict[str, tuple[int, ...]]:
    """First word of a variant -> the lengths of the variants it opens, longest first:
    at a first word only those lengths can match, so the others are never tried."""
    lengths: dict[str, set[int]] = {}
    for key in spun_table():
        lengths.setdefault(key[0], set()).add(len(key))
    return {w: tuple(sorted(ns, reverse=True)) for w, ns in lengths.items()}


@cache
def _opening_pairs() -> frozenset[tuple[str, ...]] | None:
    """The first two words of every variant; None if a variant has one word only.

    Nearly every paragraph opens some variant's first word ("company", "local") but
    almost none a variant's first two: one set test over the paragraph's word pairs
    (in C) clears it before any variant is tried."""
    table = spun_table()
    if any(len(key) < 2 for key in table):
        return None
    return frozenset(key[:2] for key in table)


def _spun_terms(block: Block) -> Iterator[tuple[int, int, str]]:
    """(start, end, established term) of generated spun variants in a block."""
    table, by_first, text = spun_table(), _lengths_by_first(), block.text
    if text.isascii():  # lower() keeps ASCII offsets, so spans can come from the lowered text
        source = text.lower()
        words = _WORD.findall(source)
    else:
        source = text
        words = [w.lower() for w in _WORD.findall(text)]
    pairs = _opening_pairs()
    if pairs is not None and pairs.isdisjoint(itertools.pairwise(words)):
        return
    # Token offsets are needed only where a variant matches, which is rare.
    tokens: list[tuple[str, int, int]] = []
    count, after = len(words), 0
    for i in [i for i, w in enumerate(words) if w in by_first]:
        if i < after:
            continue
        for n in by_first[words[i]]:
            if i + n > count:
                continue
            key = tuple(words[i : i + n])
            if key in table:
                if not tokens:
                    tokens = [
                        (w, m.start(), m.end())
                        for w, m in zip(words, _WORD.finditer(source), strict=True)
                    ]
                if _adjacent(text, tokens, i, n):
                    yield tokens[i][1], tokens[i + n - 1][2], table[key]
                    after = i + n
                    break


_HYPHENATED = lazyre.compile(r"(?<![A-Za-z-])[A-Za-z]{3,}-[A-Za-z]{3,}(?![A-Za-z-])")

# A Title-Case name: capitalised words, joined by spaces or by "of", "and", "for", "the",
# "on", "&" ("Australian Rivalry and Purchaser Commission", "Preeminent Court of Allure").
_TITLE_NAME = lazyre.compile(
    r"\b[A-Z][a-z]+(?:-[A-Za-z]+)?(?:\s+(?:(?:of|and|for|the|&)\s+)?[A-Z][a-z]+(?:-[A-Za-z]+)?)+"
)
_NAME_WORD = lazyre.compile(r"[A-Z][a-z]+(?:-[A-Za-z]+)?")
_LEADING_FUNCTION = lazyre.compile(
    r"(?:(?:The|A|An|In|On|At|For|And|But|When|After|Before|Under|From|By|With|Its|This|That)\s+)+"
)


@cache
def _institution_heads() -> re.Pattern[str]:
    """Literal prefilter: a capitalised institution head somewhere in the block."""
    from newslint.garbledata.institutions import HEADS

    heads = "|".join(sorted((h.capitalize() for h in HEADS), key=len, reverse=True))
    return re.compile(rf"\b(?:{heads})\b")


def _spun_institutions(text: str, live: frozenset[int]) -> Iterator[tuple[int, int, str]]:
    """(start, end, repaired name) of institution names with a spinner's word in them.

    A Title-Case name that holds an institution head (Court, Commission, Agency ...) and
    a modifier that is a spinner's substitute for a word such names are made of
    ("Rivalry" for Competition, "Preeminent" for Supreme, "Allure" for Appeal), while
    the modifier itself stands in no institution's name. The names are unlisted; the
    words they are made of are few.
    """
    if _INSTITUTION_WORDS not in live or not _institution_heads().search(text):
        return
    from newslint.garbledata.institutions import HEADS, SUBSTITUTES

    for m in _TITLE_NAME.finditer(text):
        words = _NAME_WORD.findall(m.group())
        if not any(w.lower() in HEADS for w in words):
            continue
        lead = _LEADING_FUNCTION.match(m.group())
        start = m.start() + (lead.end() if lead else 0)
        name = text[start : m.end()]
        swapped = False
        for w in words:
            low = w.lower()
            if low in HEADS or low not in SUBSTITUTES:
                continue
            name = re.sub(rf"\b{w}\b", SUBSTITUTES[low].title(), name)
            swapped = True
        if swapped:
            yield start, m.end(), name


def _spun_compounds(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, closed compound) of hyphenated spins of a common closed compound:
    "wicket-custodian" (wicketkeeper), "blaze-quenching" (firefighting). The table
    (garbledata/compounds.py) is loaded on the first hyphenated word."""
    if "-" not in text:
        return
    from newslint.garbledata.compounds import COMPOUNDS

    for m in _HYPHENATED.finditer(text):
        term = COMPOUNDS.get(m.group(0).lower())
        if term is not None:
            yield m.start(), m.end(), term


@cache
def _signature_table() -> dict[str, tuple[tuple[str, frozenset[str], frozenset[str]], ...]]:
    """Spun word -> its senses (replaced term, marking words before, after)."""
    from newslint.garbledata.signatures import MORE_SIGNATURES, SIGNATURES

    table = {word: (entry,) for word, entry in SIGNATURES.items()}
    for word, entries in MORE_SIGNATURES.items():
        table[word] = (*table.get(word, ()), *entries)
    return table


@cache
def _verb_signature_table() -> dict[str, tuple[str, frozenset[str], frozenset[str]]]:
    from newslint.garbledata.signatures import VERB_SIGNATURES

    return VERB_SIGNATURES


def _verb_signature(
    text: str, tokens: list[tuple[str, int, int]], lowered: list[str], i: int
) -> tuple[int, int, str, str] | None:
    """A spun noun after a verb that marks the replaced sense, with at most two
    filler words between: "surpassing the desires of analysts"."""
    entry = _verb_signature_table().get(lowered[i])
    if entry is None:
        return None
    term, verbs, fillers = entry
    j = i - 1
    while j >= 0 and i - j <= 2 and lowered[j] in fillers:
        j -= 1
    if j < 0 or lowered[j] not in verbs or not _adjacent(text, tokens, j, i - j + 1):
        return None
    kept = text[tokens[j][1] : tokens[i][1]]
    return tokens[j][1], tokens[i][2], f"{kept}{term}", term


def _signatures(block: Block, live: frozenset[int]) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, repaired phrase, replaced term) where a spinner signature word sits next to a
    neighbour that marks the technical term it replaced ("relapse examination")."""
    table, text = _signature_table(), block.text
    if _SIGNATURE_WORDS not in live:  # most paragraphs hold no signature word
        return
    tokens = [(m.group(), m.start(), m.end()) for m in _WORD_HYPHEN.finditer(text)]
    lowered = [t.lower() for t, _, _ in tokens]
    for i, word in enumerate(lowered):
        for term, before, after in table.get(word, ()):
            if i > 0 and lowered[i - 1] in before and _adjacent(text, tokens, i - 1, 2):
                yield tokens[i - 1][1], tokens[i][2], f"{tokens[i - 1][0]} {term}", term
                break
            if i + 1 < len(tokens) and lowered[i + 1] in after and _adjacent(text, tokens, i, 2):
                yield tokens[i][1], tokens[i + 1][2], f"{term} {tokens[i + 1][0]}", term
                break
        else:
            hit = _verb_signature(text, tokens, lowered, i)
            if hit:
                yield hit


def _norm(phrase: str) -> str:
    return " ".join(phrase.lower().replace("-", " ").split())


_NEXT_WORD = lazyre.compile(r"[\s-]+([A-Za-z]+)")
_LAST_WORD = lazyre.compile(r"([A-Za-z]+)[\s-]+$")


def _in_pack(text: str, s: int, e: int, packed: frozenset[str]) -> bool:
    """Whether a signature pair, or the pair its spun word forms with the other
    neighbour, is a pack entry (NL401 reports it): "new assents" beside "assents
    against"."""
    if _norm(text[s:e]) in packed:
        return True
    after, before = _NEXT_WORD.match(text, e), _LAST_WORD.search(text[max(0, s - 30) : s])
    words = text[s:e].split()
    return bool(
        (after and _norm(f"{words[-1]} {after.group(1)}") in packed)
        or (before and _norm(f"{before.group(1)} {words[0]}") in packed)
    )


def _adjacent(text: str, tokens: list[tuple[str, int, int]], i: int, n: int) -> bool:
    """Tokens i..i+n-1 are separated only by single spaces or hyphens; a variant of
    four words or more may also hold a comma ("purchase currently, pay later"), which
    no ordinary phrase of that length shares with it."""
    seps = (" ", "-", ", ") if n >= 4 else (" ", "-")
    return all(text[tokens[j][2] : tokens[j + 1][1]] in seps for j in range(i, i + n - 1))


# --- NL402, whole article: a machine-spun article read with weaker evidence -----------

# The gate: distinct listed spun terms in one article, and their density. Measured
# (distinct NL402 terms per document): Brown + State of the Union prose at most 1,
# Brown news 0, bench/corpus at most 2, the non-spun documents of heldout1-30 at most
# 4 (7.5 per 1,000 words); the spun documents 2-10, most 5 or more at 8.9-30 per 1,000.
SPUN_ARTICLE_TERMS = 5
SPUN_ARTICLE_DENSITY = 8.0  # per 1,000 words
SPUN_PAIRS = 5
SPUN_PAIRS_DENSITY = 10.0
_PAIR_STOP = frozenset(
    """the a an of and or to in on at for by with from as is are was were be been that
    this it its their his her""".split()  # noqa: SIM905
)


def spun_article(terms: set[str], words: int, pairs: int = 0) -> bool:
    """Whether the listed spun terms found (and the distinct pairs of spinner
    substitutes, see `_spun_pairs`) make the article machine-spun."""
    if len(terms) >= SPUN_ARTICLE_TERMS and 1000 * len(terms) >= SPUN_ARTICLE_DENSITY * words:
        return True
    return bool(terms) and pairs >= SPUN_PAIRS and 1000 * pairs >= SPUN_PAIRS_DENSITY * words


def _likely_original(word: str) -> str | None:
    """The most common word a spinner replaced with `word`, if `word` is rarer than it
    and rare enough to tell a swap ("commerce" for trade); else None. Precomputed
    (tools/build_spun_table.py), so that linting never loads wordfreq for it."""
    from newslint.garbledata.spun_telling import TELLING

    return TELLING.get(word)


def _name_like(text: str, a: str, s1: int, b: str) -> bool:
    """A capitalised pair inside a sentence is a name ("Fibre Alliance"), not a spin."""
    if b[:1].isupper():
        return True
    return a[:1].isupper() and text[:s1].rstrip()[-1:] not in ("", ".", "!", "?", '"', "“")


def _spun_pairs(text: str, heading: bool = False) -> Iterator[tuple[int, int, str]]:
    """(start, end, likely original) of two adjacent spinner substitutes, at least one
    of them telling, that form no established term: "commerce shortfall". Outside
    headings a capitalised pair is taken for a name."""
    from newslint.garbledata.spun_words import established, originals

    subs = originals()
    tokens = [(m.group(), m.start(), m.end()) for m in _WORD_HYPHEN.finditer(text)]
    after = 0
    for (a, s1, e1), (b, s2, e2) in itertools.pairwise(tokens):
        if s1 < after or text[e1:s2] not in (" ", "-"):
            continue
        al, bl = a.lower(), b.lower()
        if al not in subs or bl not in subs or al in _PAIR_STOP or bl in _PAIR_STOP:
            continue
        if f"{al} {bl}" in established() or (not heading and _name_like(text, a, s1, b)):
            continue
        first, second = _likely_original(al), _likely_original(bl)
        if first is None and second is None:
            continue
        yield s1, e2, f"{first or al} {second or bl}"
        after = e2


# --- NL403-NL407: patterns ---------------------------------------------------------

_BE = r"(?:am|is|are|was|were)"
_BASES = "|".join(sorted(BASES))
_AFTER_BE = "|".join(sorted(AFTER_BE))
_PRON_OBJ = r"(?:me|him|her|them|us)"
_INSTITUTION = (
    r"(?:company|firm|government|ministry|agency|report|study|organi[sz]ation|bank|group|"
    r"department|council|court|police|administration|university|regulator|authority|"
    r"spokesperson|spokesman|spokeswoman)"
)

# Bare forms that are wrong after "been" or "being" ("the operator have been refuse
# to return"): verbs whose participle differs and that are not nouns after "been"
# ("there has been demand", "it has been fun"), so "change", "increase" or "work"
# are left out.
_AFTER_BEEN = "|".join(
    sorted(
        AFTER_BE
        | {
            "refuse",
            "decide",
            "approve",
            "reject",
            "confirm",
            "insist",
            "threaten",
            "accept",
            "admit",
            "deny",
            "allow",
            "ask",
            "fail",
            "arrive",
            "complain",
            "disappear",
            "explain",
            "expect",
            "ignore",
            "improve",
            "include",
            "introduce",
            "invite",
            "prefer",
            "prepare",
            "prevent",
            "receive",
            "remain",
            "remove",
            "replace",
            "require",
            "suggest",
            "suspend",
            "achieve",
            "describe",
            "discover",
            "discuss",
            "identify",
            "imagine",
            "intend",
            "obtain",
            "lose",
            "steal",
            "sell",
            "send",
            "spend",
            "teach",
            "seek",
            "say",
            "lend",
            "appoint",
            "agree",
        }
    )
)
# Finite verbs that cannot follow a subject "whom" ("patients whom stopped
# treatment"): the -s forms and past tenses of common verbs.
# Singular institutions that writers in every English treat as singular (unlike
# "government", "council", "union", "club", "team", which British copy may take in
# the plural): "the company say", "the operator have said" are spinner agreement.
_SINGULAR_BODIES = (
    "company|firm|operator|automaker|carmaker|manufacturer|retailer|airline|bank|"
    "regulator|ministry|department|agency|spokesperson|spokesman|spokeswoman|"
    "broadcaster|insurer|lender|corporation|utility|museum|hospital|university|watchdog"
)

# -ing forms that cannot follow "being" as adjectives or nouns ("being meaning that",
# "being going to"); "being living proof", "being working parents", "being loving",
# "being understanding", "being promising" are English and left out.
_BEING_ING = "|".join(
    sorted(
        (b[:-1] if b.endswith("e") and not b.endswith("ee") else b) + "ing"
        for b in BASES
        if b not in {"live", "work", "love", "understand", "promise", "care", "touch", "charm"}
        and len(b) > 2
    )
)


_IRREGULAR_PAST = frozenset(
    [
        "went",
        "said",
        "told",
        "came",
        "made",
        "took",
        "gave",
        "got",
        "found",
        "thought",
        "began",
        "ran",
        "brought",
        "bought",
        "wrote",
        "left",
        "kept",
        "held",
        "became",
        "knew",
        "saw",
        "spoke",
        "won",
        "lost",
        "paid",
        "met",
        "sent",
        "spent",
        "built",
        "sold",
        "led",
        "felt",
        "fell",
        "rose",
        "grew",
        "chose",
        "drove",
        "ate",
        "stood",
        "understood",
    ]
)


def _past(base: str) -> set[str]:
    if base.endswith("e"):
        return {base + "d"}
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return {base[:-1] + "ied"}
    return {base + "ed", base + base[-1] + "ed"}


_WHOM_VERBS = (
    frozenset(S_FORMS)
    | _IRREGULAR_PAST
    | frozenset(
        f for b in BASES | {"stop", "quit", "drop", "plan", "vote", "die"} for f in _past(b)
    )
) - {"does", "has", "is", "needs"}
_IRREGULAR_PARTICIPLES = (
    "(?:given|taken|shown|seen|known|told|paid|sent|won|lost|held|made|built|sold|granted|"
    "awarded|put|set|cut|spent|handed)"
)
# Nouns that take a zero relative clause with a passive inside ("the day it was
# handed the keys"): the double-subject pattern leaves them alone.
_TIME_NOUNS = frozenset(
    [
        "day",
        "year",
        "week",
        "month",
        "moment",
        "time",
        "way",
        "night",
        "morning",
        "evening",
        "afternoon",
        "season",
        "minute",
        "hour",
        "reason",
        "place",
        "one",
        "first",
        "last",
        "second",
        "instant",
        "era",
        "decade",
        "weekend",
    ]
)
_PREPOSITIONS = frozenset(
    [
        "to",
        "from",
        "of",
        "for",
        "with",
        "by",
        "about",
        "among",
        "against",
        "between",
        "on",
        "in",
        "at",
        "upon",
        "under",
        "over",
        "without",
        "through",
        "toward",
        "towards",
        "beside",
        "behind",
        "before",
        "after",
        "than",
        "like",
    ]
)
# Words in -s that are singular or invariable ("the series, ..., was").
_SINGULAR_S = frozenset(
    [
        "news",
        "series",
        "species",
        "means",
        "headquarters",
        "works",
        "politics",
        "economics",
        "physics",
        "ethics",
        "athletics",
        "mathematics",
        "lens",
        "bus",
        "gas",
        "bias",
        "canvas",
        "atlas",
        "chaos",
        "summons",
        "crossroads",
        "whereabouts",
        "barracks",
        "gallows",
        "measles",
        "diabetes",
        "innings",
    ]
)

# (rule, regex, hint). Hints name the repair; "{0}" is the matched text.
PATTERNS: list[tuple[str, re.Pattern[str], str]] = [
    (
        "NL403",
        re.compile(rf"\b{_BE}\s+(?:not\s+)?(?:{_AFTER_BE})\b(?![-'’])", re.I),
        'a bare verb after "be"; use the -ing form or the right tense',
    ),
    (
        "NL403",
        re.compile(r"\b(?:has|have|had)\s+ceased\s+to\s+exist\s+as\b", re.I),
        'say "is no longer"',
    ),
    (
        "NL403",
        re.compile(
            rf"\b(?:render|renders|rendered|rendering)\s+(?:{_PRON_OBJ}|it|\w+)\s+to\s+be\b", re.I
        ),
        '"render" takes no "to be": "made them appealing"',
    ),
    (
        "NL403",
        re.compile(
            rf"\b(?:make|makes|made|making|let|lets|letting)\s+{_PRON_OBJ}\s+to\s+"
            r"(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|\d)\b)[a-z]+\b",
            re.I,
        ),
        '"make/let someone do" takes a bare verb, without "to"',
    ),
    (
        "NL403",
        re.compile(rf"\b(?:the|this|that|our|its)\s+{_INSTITUTION}\s+can\s+tell\s+that\b", re.I),
        'an organisation does not "tell that"; say "says" or "can confirm"',
    ),
    (
        "NL403",
        re.compile(r"\bvisuali[sz](?:e|es|ed|ing)\s+(?:how|that|the\s+way)\b", re.I),
        'say "shows how" or "illustrates how"',
    ),
    (
        "NL403",
        re.compile(r"\bdetach(?:es|ed|ing)?\s+(?:(?!from\b)[\w-]+\s+){1,7}?of\b", re.I),
        'one detaches something "from" something',
    ),
    (
        # A spinner's "completed" for "finished" in a placing: "completed outside the top
        # ten", "completed in the top three". One finishes in a ranking; work is completed.
        "NL403",
        re.compile(
            r"\bcomplet(?:e|es|ed|ing)\s+(?:outside|inside|in|within)\s+the\s+top\s+"
            r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\b"
            r"(?!\s*(?:%|per\s*cent|percent))",
            re.I,
        ),
        'a placing is "finished", not "completed": "finished outside the top ten"',
    ),
    # NL404 wrong prepositions: (word) (wrong preposition) -> hint is the right one
    ("NL404", re.compile(r"\bappealing\s+among\b", re.I), "appealing to"),
    ("NL404", re.compile(r"\bcapable\s+to\b", re.I), "capable of"),
    ("NL404", re.compile(r"\bcompl(?:y|ies|ied|ying)\s+to\b", re.I), "comply with"),
    ("NL404", re.compile(r"\bemphasi[sz](?:e|es|ed|ing)\s+on\b", re.I), "emphasize, no 'on'"),
    ("NL404", re.compile(r"\bresponsible\s+of\b", re.I), "responsible for"),
    ("NL404", re.compile(r"\bdepend(?:s|ed|ing)?\s+(?:of|from)\b", re.I), "depend on"),
    ("NL404", re.compile(r"\binterested\s+(?:for|on|about)\b", re.I), "interested in"),
    ("NL404", re.compile(r"\baware\s+about\b", re.I), "aware of"),
    ("NL404", re.compile(r"\bafraid\s+from\b", re.I), "afraid of"),
    ("NL404", re.compile(r"\bdespite\s+of\b", re.I), "despite, no 'of'"),
    ("NL404", re.compile(r"\bconsist(?:s|ed|ing)?\s+from\b", re.I), "consist of"),
    (
        "NL404",
        re.compile(
            r"\baffected\s+from\s+(?:the|this|that|these|those|its|their)\s+"
            r"(?!(?:start|outset|beginning|onset|first|earliest|early|age|moment|day|time|very|"
            r"mid|late|north|south|east|west|top|bottom|inside|outside)\b)[a-z]+\b"
            r"(?![^.,;:!?]{0,60}\b(?:to|until|till|through|onwards?)\b)",
            re.I,
        ),
        "affected by",
    ),
    ("NL404", re.compile(r"\bcope\s+up\s+with\b", re.I), "cope with"),
    ("NL404", re.compile(r"\bin\s+the\s+other\s+hand\b", re.I), "on the other hand"),
    ("NL404", re.compile(r"\bmention(?:s|ed|ing)?\s+about\b", re.I), "mention, no 'about'"),
    ("NL404", re.compile(r"\black(?:s|ed)\s+of\b", re.I), "lack, no 'of'"),
    ("NL404", re.compile(r"\bexplain(?:s|ed|ing)?\s+(?:me|him|her|us|them)\b", re.I), "explain to"),
    (
        "NL404",
        re.compile(r"\bsuggest(?:s|ed|ing)?\s+(?:me|him|her|us|them)\s+to\b", re.I),
        "suggest that",
    ),
    # NL407 agreement
    (
        "NL407",
        re.compile(
            r"\bthere(?:'s|’s|\s+is|\s+was)\s+(?:a\s+few|several|many|numerous|two|three|four|"
            r"five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions|some\s+\w+s)\b",
            re.I,
        ),
        "plural: there are / there were",
    ),
    (
        "NL407",
        re.compile(
            r"\beach\s+of\s+(?:the|these|those|their|our|its|his|her|your)\s+\w+s\s+(?:have|are|were|do)\b",
            re.I,
        ),
        'after "each of", the verb is singular',
    ),
    (
        "NL407",
        re.compile(r"\bone\s+of\s+the\s+\w+s\s+(?:are|were|have)\b", re.I),
        'after "one of the ...", the verb is singular',
    ),
    (
        "NL407",
        re.compile(r"\bbetween\s+you\s+and\s+I\b", re.I),
        'after "between": you and me',
    ),
    (
        "NL407",
        re.compile(r"(?:^|(?<=[.!?]\s))Me\s+and\s+(?:him|her|them|my|I|he|she)\b"),
        'as a subject: "he and I", "my friend and I"',
    ),
    (
        "NL407",
        re.compile(
            r"\b(?:do|does|did)(?:n't|n’t|\s+not)\s+(?:has|had|went|was|were|knew|came|saw|made|"
            r"took|gave|got|wrote|said|told|found|thought|began|ran|brought|bought|wants|needs|"
            r"goes|does|says|makes|takes|likes)\b",
            re.I,
        ),
        'after "do/does/did", the bare verb',
    ),
    (
        "NL407",
        re.compile(
            rf"\blook(?:s|ed|ing)?\s+forward\s+to\s+(?:{'|'.join(sorted(AFTER_LOOK_FORWARD))})\b",
            re.I,
        ),
        '"look forward to" takes the -ing form',
    ),
    (
        "NL407",
        re.compile(
            r"\bsince\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+|many|several|a\s+few)\s+"
            r"(?:years|months|weeks|days|decades|hours)\b(?!\s+ago)",
            re.I,
        ),
        'a length of time takes "for", not "since"',
    ),
    (
        "NL407",
        re.compile(rf"\b(?:must|should|shall|will|would|might|may)\s+to\s+(?:{_BASES})\b", re.I),
        'a modal takes the bare verb, without "to"',
    ),
    (
        "NL407",
        re.compile(
            rf"\b(?:enjoy|avoid|finish|postpone|resist)(?:s|ed|ing)?\s+to\s+(?:{_BASES})\b",
            re.I,
        ),
        "this verb takes the -ing form",
    ),
    (
        "NL407",
        re.compile(
            r"(?:^|(?<=[.!?]\s))(?:The|These|Those|Many|Most|Some)\s+"
            r"(?:people|police|children|men|women|cattle)\s+(?:is|was|has)\b"
        ),
        "plural noun, plural verb",
    ),
    (
        "NL407",
        re.compile(
            rf"\b(?:can't|can’t|cannot|couldn't|couldn’t|won't|won’t|wouldn't|wouldn’t|"
            rf"shouldn't|shouldn’t|don't|don’t|doesn't|doesn’t|didn't|didn’t)\s+to\s+(?:{_BASES})\b",
            re.I,
        ),
        'no "to" after a negative auxiliary',
    ),
    (
        "NL407",
        re.compile(r"\b(?:I\s+am|I['’]m|he\s+is|she\s+is|he['’]s|she['’]s)\s+born\b"),
        'a birth is in the past: "was born"',
    ),
    (
        "NL407",
        re.compile(
            r"\b(?:a\s+lot\s+of|lots\s+of|many|most|several|some|few|all|both)\s+"
            r"(?:people|children|men|women|students|workers|residents|voters|users|customers|"
            r"officials|experts|analysts|citizens|parents|teachers|doctors|patients|investors|"
            r"members|players|fans|employees)\s+(?:" + "|".join(sorted(S_FORMS)) + r")\b",
            re.I,
        ),
        "plural subject, plural verb",
    ),
    (
        "NL407",
        re.compile(
            r"\bless\s+(?:friends|people|cars|jobs|students|workers|members|books|problems|"
            r"mistakes|children|items|things|countries|companies|visitors|customers)\b",
            re.I,
        ),
        'with countable nouns: "fewer"',
    ),
    (
        "NL407",
        re.compile(r"\b(?:the|this)\s+news\s+(?:are|were)\b", re.I),
        '"news" is singular',
    ),
    (
        "NL407",
        re.compile(r"\bthe\s+number\s+of\s+\w+s\s+(?:have|are|were)\b", re.I),
        '"the number of ..." takes a singular verb',
    ),
    (
        "NL407",
        re.compile(
            r"\b(?:the|its|their)\s+(?:price|cost|value|quality|level|size)\s+of\s+"
            r"(?:the\s+)?\w+s\s+(?:are|were)\b",
            re.I,
        ),
        'the verb agrees with the head noun, not the noun after "of"',
    ),
    (
        "NL407",
        re.compile(
            r"\b(?:I|we|they|he|she|you)\s+(?:live|lives|work|works|know|knows|teach|teaches)\s+"
            r"(?:[\w,]+\s+){0,4}?since\s+(?:(?:19|20)\d\d|last\s+\w+|childhood)\b"
        ),
        'with "since", the present perfect: "has lived", "have known"',
    ),
    (
        "NL407",
        re.compile(
            r"\bmuch\s+(?:people|cars|things|problems|students|children|friends|countries|companies|times)\b",
            re.I,
        ),
        'with plural nouns: "many"',
    ),
    (
        "NL407",
        re.compile(
            r"\b(?:advices|equipments|furnitures|luggages|homeworks|knowledges|datas|informations)\b",
            re.I,
        ),
        "a mass noun has no plural",
    ),
    (
        "NL403",
        re.compile(
            r"(?<!\bthere\s)(?<!\bThere\s)\b(?:(?:have|has|had)(?:n't|n’t)?|[a-z]+['’]ve)\s+"
            r"(?:not\s+|never\s+|also\s+|already\s+|since\s+|repeatedly\s+)?been\s+"
            rf"(?:{_AFTER_BEEN})\b(?![-'’])",
            re.I,
        ),
        'a bare verb after "been": "have refused", "had been refusing"',
    ),
    (
        "NL403",
        re.compile(rf"\b{_BE}\s+(?:not\s+)?being\s+(?:{_AFTER_BEEN})\b(?![-'’])", re.I),
        'a bare verb after "being": use the past participle',
    ),
    (
        "NL407",
        re.compile(
            r"\bwhom\s+(?:[a-z]{2,}ed|" + "|".join(sorted(_WHOM_VERBS)) + r")\b(?!['’])",
            re.I,
        ),
        'a subject takes "who", not "whom"',
    ),
    (
        "NL407",
        re.compile(
            r"\bwhom\s+(?:is|are|was|were|has|have)\b(?!\s+(?:he|she|it|they|we|you|I|the|a|an|"
            r"this|that|these|those|his|her|their|our|my|your|its|there)\b)",
            re.I,
        ),
        'a subject takes "who", not "whom"',
    ),
    (
        "NL407",
        re.compile(
            r"(?:^|(?<=[.!?]\s))(?:The|This|That|Our|Its|Their|His|Her)\s+"
            r"(?:[a-z][a-z'’-]*\s+){0,2}?([a-z]+)\s+(?:it|they|he|she)\s+"
            r"(?:is|was|are|were|(?:has|have|had)\s+been)\s+"
            rf"(?:[a-z]+ed|{_IRREGULAR_PARTICIPLES})\s+(?:its|their|his|her|the|a|an)\b"
        ),
        "a double subject: the noun and the pronoun name the same thing; drop the pronoun",
    ),
    (
        "NL407",
        re.compile(
            r"(?:^|(?<=[.!?]\s))(?:The|Its|Their|Our|These|Those|[A-Z][a-z]+['’]s)\s+"
            r"(?:(?!(?:of|for|in|on|at|with|from|by|to|about|among|and|or)\b)[a-z][a-z'’-]*\s+){0,2}?"
            r"([a-z]{3,}s),\s+[a-z](?:[^,.;:!?\"“”()]|(?<=\d)\.(?=\d)){2,90},\s+"
            r"(?:was|is|has)\b"
        ),
        "a plural subject takes a plural verb, whatever stands between them",
    ),
    (
        "NL407",
        re.compile(
            r"(?:^|(?<=[.!?]\s))(?:The|These|Those|Its|Their|Our|Many|Some|All|Most)\s+"
            r"(?:(?!(?:of|for|in|on|at|with|from|by|to|about|among|and|or)\b)[a-z][a-z'’-]*\s+){0,2}?"
            r"([a-z]{3,}s)\s+(?:which|who)\s+(?:was|is|has|does)\b(?!\s+to\s+say\b)"
        ),
        "a plural subject takes a plural verb in its relative clause: "
        '"the customers who were affected"',
    ),
    (
        "NL407",
        re.compile(
            rf"\b[Tt]he\s+(?:{_SINGULAR_BODIES})\s+"
            r"(?:say|have\s+(?:said|stated|confirmed|warned|announced|claimed|insisted|added|"
            r"told|admitted|denied|acknowledged|argued|maintained))\b(?![-'’])"
        ),
        'a singular subject: "the company says", "the operator has said"',
    ),
    (
        "NL403",
        re.compile(
            r"\bwhich\s+(?:the|its|their)\s+[a-z]+\s+(?:it|they|he|she)\s+"
            r"(?:will|would|is|was|are|were|has|have|had|can|could)\b"
        ),
        'a relative clause with two subjects: the noun after "which" and a pronoun',
    ),
    (
        "NL407",
        re.compile(
            r"\b(?:must|should|shall|will|would|might|may|can|could)\s+to\s+"
            r"(?:the|a|an|his|her|their|its|our|your)\s+[a-z]+\b"
        ),
        'a modal takes the bare verb, without "to"',
    ),
    (
        "NL403",
        re.compile(rf"\bbeing\s+(?:{_BEING_ING})\s+(?:that|the|a|an|to)\b"),
        'a verb in -ing after "being": "being" is one verb too many',
    ),
    (
        "NL407",
        re.compile(
            r"\b(?:I|[Ww]e|[Tt]hey|[Hh]e|[Ss]he|[Ii]t|[Yy]ou)\s+(?:am|is|are|was|were)\s+"
            r"(?:now\s+|still\s+|also\s+|already\s+|then\s+)?"
            r"(?:must|can|should|could|will|would|may|might|shall)\s+(?:not\s+)?"
            r"[a-z]+\b(?![-'’])"
        ),
        'a modal after "be": "they must now wait", not "they are now must wait"',
    ),
    (
        "NL407",
        re.compile(
            r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Oo]ur)\s+"
            r"(?:(?!(?:of|for|in|on|at|with|from|by|to|about|among|and|or)\b)[a-z][a-z'’-]*\s+){0,2}?"
            r"([a-z]{3,}s)\s+(?:is|was)\s+(?:now\s+|still\s+|also\s+)?"
            r"(?!(?:nothing|something|anything|everything|being|thing)\b)[a-z]{3,}ing\b"
        ),
        'a plural subject takes a plural verb: "the clients are expecting"',
    ),
    (
        "NL403",
        re.compile(
            r"\b(?:it|they|he|she|we|which|who)\s+(?:is|are|was|were)\s+"
            r"(?:aim|plan|intend|hope|strive|seek)\s+to\b",
            re.I,
        ),
        'a noun or bare verb after "be": "it aims to", "it plans to"',
    ),
    (
        "NL403",
        re.compile(
            r"\bin\s+excess\s+of\s+(?:[a-z]+(?:-[a-z]+)?\s+|\d[\d,.]*\s+){1,2}"
            r"(?:years|months|decades|weeks|days)\s+ago\b",
            re.I,
        ),
        '"in excess of ... ago" mixes a span with a date: "for more than twenty years" '
        'or "more than twenty years ago"',
    ),
]


def _strip_lookarounds(src: str) -> str:
    """A regex source without its lookahead/lookbehind groups (RE2 has none):
    the result matches everything the original matches, and more."""
    out, i = [], 0
    while i < len(src):
        if src[i] == "\\":
            out.append(src[i : i + 2])
            i += 2
            continue
        if not src.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            out.append(src[i])
            i += 1
            continue
        depth, j = 0, i
        while j < len(src):
            c = src[j]
            if c == "\\":
                j += 2
                continue
            if c == "[":
                j = src.index("]", j + 2 if src[j + 1] == "]" else j + 1) + 1
                continue
            depth += (c == "(") - (c == ")")
            if depth == 0:
                break
            j += 1
        i = j + 1
    return "".join(out)


def _prefilter_source(rx: re.Pattern[str]) -> str:
    """An RE2 superset of a pattern: lookarounds dropped, \\w and \\d widened to \\S
    (Python's are Unicode-aware, RE2's ASCII-only)."""
    src = _strip_lookarounds(rx.pattern).replace(r"\w", r"\S").replace(r"\d", r"\S")
    return ("(?i)" if rx.flags & re.I else "") + src


def _candidates(text: str) -> list[int]:
    """Indices of the PATTERNS that may match in text (see `_screen`)."""
    return list(_screen(text).candidates)


_MODALS = r"(?:can|could|will|would|shall|should|may|might|must)"
_MODAL_S = lazyre.compile(rf"\b{_MODALS}\s+(?:not\s+)?([a-z]+)\b", re.I)
_SUBJ_BARE = lazyre.compile(r"\b(he|she|it)\s+([a-z]+)\b", re.I)
_PLURAL_S = lazyre.compile(r"\b(I|we|they)\s+([a-z]+)\b")
_DO_QUESTION = lazyre.compile(
    r"\b(?:does|did|do)\s+(?:he|she|it|they|you|we|I)\s+(?:not\s+)?([a-z]+)\b", re.I
)
_INDEFINITE = lazyre.compile(
    r"\b(everyone|everybody|someone|somebody|nobody|anyone|anybody)\s+(have|are|were|do|don't|don’t)\b",
    re.I,
)
_KIN_BARE = lazyre.compile(
    r"\b(?:my|his|her|our|their|your)\s+(?:brother|sister|mother|father|son|daughter|friend|"
    r"wife|husband|boss|teacher|neighbour|neighbor)\s+([a-z]+)\b",
    re.I,
)
_VAGUE = lazyre.compile(r"\b(various|numerous|diverse|multiple|myriad|assorted)\b", re.I)
_COMPOUND = lazyre.compile(r"\b([A-Za-z][A-Za-z0-9]*)-([a-z]{3,}ed)\b(?=\s+[a-z])")
_PARTICIPLE_SHAPE = "[a-z]{3,}ed"  # what _COMPOUND's second group matches
_STEM_SHAPE = "[a-z]+"
_PREFIXES = frozenset(
    [
        "well",
        "ill",
        "long",
        "short",
        "high",
        "low",
        "full",
        "half",
        "self",
        "much",
        "newly",
        "so",
        "above",
        "below",
        "over",
        "under",
        "far",
        "hard",
        "old",
        "new",
        "best",
        "worst",
        "hand",
        "home",
        "sun",
        "air",
        "water",
        "state",
        "family",
        "government",
        "cash",
        "battle",
        "war",
        "time",
        "money",
        "taste",
        "drug",
        "alcohol",
        "snow",
        "ice",
        "rain",
        "wind",
        "tree",
        "world",
        "record",
        "award",
        "tear",
        "heavy",
        "light",
        "deep",
        "open",
        "close",
        "tight",
        "loose",
        "fine",
        "thick",
        "thin",
        "sweet",
        "sour",
        "dark",
        "pale",
        "bright",
        "warm",
        "cold",
        "hot",
        "densely",
        "widely",
        "closely",
        "highly",
        "poorly",
        "richly",
        "thinly",
    ]
)
_KNOWN_COMPOUND_PARTS = frozenset(
    [
        "streaked",
        "dented",
        "heeled",
        "nosed",
        "smothered",
        "flavoured",
        "flavored",
        "fuelled",
        "scarred",
        "drenched",
        "ravaged",
        "riddled",
        "embattled",
        "jowled",
        "pocketed",
    ]
)
_WORD_BEFORE = lazyre.compile(r"([A-Za-z']+)\W*$")
_DO_BEFORE = lazyre.compile(r"\b(?:do|did|does|doing|done)\b", re.I)


def _previous_word(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text[max(0, start - 30) : start])
    return m.group(1).lower() if m else ""


def _sentence_start(text: str, start: int) -> int:
    cut = max(text.rfind(". ", 0, start), text.rfind("? ", 0, start), text.rfind("! ", 0, start))
    return cut + 2 if cut >= 0 else 0


# The verbs each agreement scan reports after its subject or modal.
_MODAL_VERBS = frozenset(w for w in S_FORMS if not w.endswith("ss"))  # "can sings", not "must pass"
_BARE_VERBS = BASES - {"have", "do", "like"}  # "he go", "my brother go"
_SUBJ_VERBS = _BARE_VERBS | {"have"}  # "it have lost", checked by _main_have
_PLURAL_VERBS = frozenset(S_FORMS) - {"has", "does", "is"}  # "they goes"
_DO_VERBS = frozenset(S_FORMS) - {"has", "does", "is", "needs"}  # "does he goes"

# The agreement, vague-modifier and compound scans of _pattern_hits, in that order,
# with the verbs that make a match of the scan a finding (None: any match may be).
_SCANS: tuple[tuple[re.Pattern[str], frozenset[str] | None], ...] = (
    (_MODAL_S, _MODAL_VERBS),
    (_SUBJ_BARE, _SUBJ_VERBS),
    (_PLURAL_S, _PLURAL_VERBS),
    (_DO_QUESTION, _DO_VERBS),
    (_INDEFINITE, None),
    (_KIN_BARE, _BARE_VERBS),
    (_VAGUE, None),
    (_COMPOUND, None),
)
_FINAL_WORD = r"([a-z]+)\b"  # how each scan with a verb list ends


def _ascii_superset_source(rx: re.Pattern[str], verbs: frozenset[str] | None = None) -> str:
    """An RE2 source that matches wherever `rx` matches in ASCII text with a final word
    in `verbs`: lookarounds dropped, \\s widened to Python's ASCII whitespace (RE2's lacks
    \\v and \\x1c-\\x1f), the final word narrowed to the verbs."""
    src = _strip_lookarounds(rx.pattern)
    if verbs is not None:
        if not src.endswith(_FINAL_WORD):
            raise ValueError(f"scan does not end with {_FINAL_WORD}: {src}")
        src = src[: -len(_FINAL_WORD)] + "(" + "|".join(sorted(verbs)) + r")\b"
    src = src.replace(r"\s", r"[\t-\r\x1c-\x20]")
    return ("(?i)" if rx.flags & re.I else "") + src


# Two more members of the scan set: any signature word (NL402, `_signatures`), and an
# empty pattern that matches every text, so that a set that failed (RE2's DFA out of
# memory returns no match at all) is told from one that found nothing.
_SIGNATURE_WORDS = len(_SCANS)
_INSTITUTION_WORDS = len(_SCANS) + 1  # a capitalised spinner word of institution names
_ALL_SCANS = frozenset(range(len(_SCANS) + 2))


def _signature_source() -> str:
    """Matches wherever a signature word stands as a _WORD_HYPHEN token (letters around it
    would make it part of a longer token)."""
    words = set(_signature_table()) | set(_verb_signature_table())
    if not all(re.fullmatch(r"[a-z]+(?:-[a-z]+)*", w) for w in words):
        return ""  # a word this source cannot spell: always look
    return r"(?i)(?:^|[^a-z])(?:" + "|".join(sorted(words)) + r")(?:[^a-z]|$)"


def _institution_source() -> str:
    """Matches wherever a capitalised institution substitute ("Rivalry") stands as a word."""
    from newslint.garbledata.institutions import SUBSTITUTES

    words = sorted(re.escape(w.capitalize()) for w in SUBSTITUTES)
    return r"(?:^|[^A-Za-z])(?:" + "|".join(words) + r")(?:[^a-z]|$)"


class _Screen(NamedTuple):
    """What may match in a block, from one pass of the block set (`_block_set`)."""

    candidates: tuple[int, ...]  # indices of PATTERNS, in order
    live: frozenset[int]  # indices of _SCANS, _SIGNATURE_WORDS and _INSTITUTION_WORDS


@cache
def _block_set() -> PatternSet | None:
    """One RE2 set of the PATTERNS (as `_prefilter_source`), then the _SCANS, signature
    and institution words: a single linear pass over a block (and one UTF-8 encoding of
    it) says which can match there (most match nowhere in a paragraph), so only those
    run (instead of ~55 scans with Python's backtracking engine). None if RE2 cannot
    build it: all run."""
    patterns = [_prefilter_source(rx) for _, rx, _ in PATTERNS]
    scans = [_ascii_superset_source(rx, verbs) for rx, verbs in _SCANS]
    try:
        return PatternSet([*patterns, *scans, _signature_source(), _institution_source()])
    except Exception:  # a missing or failing RE2 only costs speed
        return None


def _screen(text: str) -> _Screen:
    """The PATTERNS and scans that may match in text.

    RE2's \\s and \\b know ASCII only, so other text is matched through its shadow
    (regexset.re_shadow); a text without one, or a failed set match, runs them all.
    """
    block_set = _block_set()
    if block_set is None:
        return _Screen(tuple(range(len(PATTERNS))), _ALL_SCANS)
    return _split(block_set.present_re(text))


@lru_cache(maxsize=1024)
def _split(found: frozenset[int]) -> _Screen:
    """A block set answer as PATTERNS and scans: few answers recur over many blocks."""
    first_scan = len(PATTERNS)
    return _Screen(
        tuple(sorted(i for i in found if i < first_scan)),
        frozenset(i - first_scan for i in found if i >= first_scan),
    )


def _live_scans(text: str) -> frozenset[int]:
    """Indices of the _SCANS (and _SIGNATURE_WORDS) that may match in text (see `_screen`)."""
    return _screen(text).live


def _pattern_hits(text: str, screen: _Screen) -> Iterator[tuple[str, int, int, str]]:
    """(rule, start, end, hint) for every structural pattern in a block's text."""
    for index in screen.candidates:
        rule_id, rx, hint = PATTERNS[index]
        for m in rx.finditer(text):
            if hint.startswith("a modal takes") and (
                _previous_word(text, m.start()) in _NOUN_DETERMINERS
                or _ELLIPSIS.search(text[max(0, m.start() - 40) : m.start()])
            ):
                continue  # "the will to pay", "whatever we must to protect"
            if hint.startswith("a bare verb") and _DO_BEFORE.search(
                text[_sentence_start(text, m.start()) : m.start()]
            ):
                continue  # pseudo-cleft: "all they did was make the case"
            if hint.startswith("a double subject") and m.group(1) in _TIME_NOUNS:
                continue  # zero relative clause: "the day it was handed the keys"
            if hint.startswith("a plural subject") and not _plural_noun(m.group(1)):
                continue
            if hint.endswith('are expecting"') and _previous_word(text, m.start()) in _PREPOSITIONS:
                continue  # "one of the players is leaving": the subject is "one"
            if hint.startswith('a modal after "be"') and (
                _previous_word(text, m.start()).lower() in _FREE_RELATIVES
            ):
                continue  # free relative: "what they are can change", "who it is will matter"
            if hint.startswith('a subject takes "who"') and (
                _previous_word(text, m.start()) in _PREPOSITIONS
            ):
                continue  # inversion: "to whom belongs the credit", "from whom came"
            yield rule_id, m.start(), m.end(), hint
    yield from _run_ons(text)
    live = screen.live
    for m in _MODAL_S.finditer(text) if 0 in live else ():
        word = m.group(1).lower()
        if word in _MODAL_VERBS:
            yield "NL407", m.start(), m.end(), f'after a modal, the bare verb "{S_FORMS[word]}"'
    for m in _SUBJ_BARE.finditer(text) if 1 in live else ():
        word = m.group(2).lower()
        if word == "have" and not _main_have(text, m):
            continue
        if word in _SUBJ_VERBS and _subject_position(text, m):
            yield "NL407", m.start(), m.end(), f'"{m.group(1)}" takes "{_s_form(word)}"'
    for m in _PLURAL_S.finditer(text) if 2 in live else ():
        word = m.group(2).lower()
        if word in _PLURAL_VERBS:
            if _previous_word(text, m.start()) in ("than", "as"):
                continue
            yield "NL407", m.start(), m.end(), f'"{m.group(1)}" takes "{S_FORMS[word]}"'
    for m in _DO_QUESTION.finditer(text) if 3 in live else ():
        word = m.group(1).lower()
        if word in _DO_VERBS:
            yield (
                "NL407",
                m.start(),
                m.end(),
                f'after "do/does/did", the bare verb "{S_FORMS[word]}"',
            )
    for m in _INDEFINITE.finditer(text) if 4 in live else ():
        if _previous_word(text, m.start()) not in LICENSORS:
            yield "NL407", m.start(), m.end(), f'"{m.group(1)}" takes a singular verb'
    for m in _KIN_BARE.finditer(text) if 5 in live else ():
        word = m.group(1).lower()
        before = _previous_word(text, m.start())
        if word in _BARE_VERBS and before not in _KIN_LICENSORS:
            yield "NL407", m.start(), m.end(), f'a singular subject takes "{_s_form(word)}"'
    if 6 in live:
        yield from _vague_repeats(text)
    if 7 in live:
        yield from _odd_compounds(text)


# Words that open a free relative, whose clause can be a subject: "what they are can change".
_FREE_RELATIVES = frozenset(
    ["what", "who", "whoever", "whatever", "how", "where", "wherever", "whichever", "when"]
)

# "he and his wife serve" is a compound subject; "let my brother go" a causative.
_KIN_LICENSORS = LICENSORS | {"and", "or", "nor", "with"}
_NOUN_DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "their",
        "his",
        "her",
        "our",
        "its",
        "my",
        "your",
        "political",
        "free",
        "good",
        "ill",
        "own",
        "whose",
    ]
)
_ELLIPSIS = lazyre.compile(r"\b(?:whatever|what|everything|anything|all)\b[^.;:!?]{0,20}$", re.I)

_CLAUSE_OPENERS = frozenset(
    [
        "and",
        "but",
        "so",
        "because",
        "although",
        "though",
        "while",
        "when",
        "whenever",
        "once",
        "until",
        "unless",
        "whether",
        "if",
        "how",
        "why",
        "where",
    ]
)


def _subject_position(text: str, m: re.Match[str]) -> bool:
    """Whether the pronoun of a match is a subject: "he/she" always are unless a
    licensor precedes ("did she go"); "it" is taken as a subject only at the start
    of a clause, since "treat it like", "work for it achieve" are objects."""
    before = _previous_word(text, m.start())
    if before in LICENSORS:
        return False
    if m.group(1).lower() != "it":
        return True
    head = text[max(0, m.start() - 3) : m.start()].rstrip()
    return (
        not before
        or before in _CLAUSE_OPENERS
        or before in _IT_SUBJECT_AFTER
        or head[-1:] in ".;:!?,"
    )


# After a relative "which" or a reporting verb, "it" opens a clause: "which it have",
# "said it remain committed".
_IT_SUBJECT_AFTER = frozenset(
    [
        "which",
        "say",
        "says",
        "said",
        "added",
        "stated",
        "warned",
        "confirmed",
        "insisted",
        "claimed",
        "announced",
    ]
)
_QUESTION_WORDS = frozenset(["why", "how", "what", "where", "when", "who", "whether", "if"])


def _main_have(text: str, m: re.Match[str]) -> bool:
    """Whether "he/she/it have" is a finite verb that should be "has": not after a
    modal or auxiliary ("could it have been", "didn't he have"), a causative ("let it
    have"), a subjunctive "that" ("insists that she have") or a question word."""
    before = _previous_word(text, m.start())
    before = before.removesuffix("n't").removesuffix("n’t")
    negated = before in ("t", "ca")  # "didn’t": the curly apostrophe ends the word
    return before not in LICENSORS and before not in _QUESTION_WORDS and not negated


def _s_form(base: str) -> str:
    from newslint.garbledata.verbs import third_person

    return third_person(base)


def _vague_repeats(text: str) -> Iterator[tuple[str, int, int, str]]:
    hits = [(m.group(1).lower(), m.start(), m.end()) for m in _VAGUE.finditer(text)]
    for (w1, s1, _), (w2, s2, e2) in itertools.pairwise(hits):
        between = text[s1:s2]
        if w1 == w2 and len(between.split()) <= 8 and not re.search(r"[.;:!?]", between):
            yield "NL406", s1, e2, w1


def _odd_compounds(text: str) -> Iterator[tuple[str, int, int, str]]:
    for m in _COMPOUND.finditer(text):
        head, part = m.group(1), m.group(2)
        if head.lower() in _PREFIXES or part in _KNOWN_COMPOUND_PARTS:
            continue
        # rare participle (Zipf < 2.7) of a rare stem (Zipf < 3.3), per wordfreq
        if part not in common_words(2.7, _PARTICIPLE_SHAPE) and part[:-2] not in common_words(
            3.3, _STEM_SHAPE
        ):
            yield "NL405", m.start(), m.end(), ""


def _plural_noun(word: str) -> bool:
    """A regular plural whose singular is a common word: "defences", "protections",
    "patients"; not "series", "status", "physics" or "glass"."""
    from wordfreq import zipf_frequency

    if word in _SINGULAR_S or word.endswith(("ss", "us", "is", "ics", "ous", "as", "os", "ys")):
        return False
    stems = [word[:-1]]
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    if word.endswith("es"):
        stems.append(word[:-2])
    return (
        any(zipf_frequency(s, "en") >= 3.0 for s in stems)
        and zipf_frequency(word, "en") < max(zipf_frequency(s, "en") for s in stems) + 1.0
    )


# An unreadable run-on: a long sentence with no comma, colon, dash or bracket, whose
# clauses are strung on "which", "and", "so", "unless" ... Edited prose has long
# unpunctuated sentences (Brown: up to 63 words) but never this many links in one.
_RUN_ON_WORDS = 50
_RUN_ON_LINKS = 10
_SENTENCE = lazyre.compile(r"[^.!?]+(?:[.!?]+|$)")
_INNER_PUNCT = lazyre.compile(r"[,;:()\u2014\u2013\"“”]|\s-\s|--")
_LINK = lazyre.compile(
    r"\b(?:which|that|and|so|unless|because|who|where|while|but|or|then|until)\b", re.I
)


# A punctuated sentence can pile up too: a sentence of 80 words or more holding a stretch
# of 40 words or more between two punctuation marks, strung on eight links or more. In
# Brown, the State of the Union addresses and the bench corpus (1.3 million words), no
# stretch of 35 words or more has more than seven links, whatever its sentence's length.
_PILED_SENTENCE_WORDS = 80
_PILED_STRETCH_WORDS = 40
_PILED_LINKS = 8


def _piled_stretch(sentence: str) -> tuple[int, int] | None:
    """(words, links) of the first comma-free stretch that piles up clauses, if any."""
    for stretch in _INNER_PUNCT.split(sentence):
        n = len(stretch.split())
        if n >= _PILED_STRETCH_WORDS:
            links = len(_LINK.findall(stretch))
            if links >= _PILED_LINKS:
                return n, links
    return None


def _run_ons(text: str) -> Iterator[tuple[str, int, int, str]]:
    if text.count(" ") < _RUN_ON_WORDS:
        return
    for m in _SENTENCE.finditer(text):
        sentence = m.group()
        words = sentence.split()
        if len(words) >= _PILED_SENTENCE_WORDS and _INNER_PUNCT.search(sentence):
            piled = _piled_stretch(sentence)
            if piled:
                start = m.start() + len(sentence) - len(sentence.lstrip())
                end = start + len(" ".join(words[:8]))
                hint = (
                    f"a sentence of {len(words)} words with {piled[1]} clauses strung on one "
                    f"stretch of {piled[0]} words; split it into sentences"
                )
                yield "NL403", start, end, hint
            continue
        if len(words) < _RUN_ON_WORDS or _INNER_PUNCT.search(sentence):
            continue
        links = len(_LINK.findall(sentence))
        if links >= _RUN_ON_LINKS:
            start = m.start() + len(sentence) - len(sentence.lstrip())
            end = start + len(" ".join(words[:8]))
            hint = (
                f"an unpunctuated run-on of {len(words)} words and {links} linked clauses; "
                "split it into sentences"
            )
            yield "NL403", start, end, hint


# --- the check ----------------------------------------------------------------------


class GarbledCheck(Check):
    """Spun terms, garbled constructions and broken agreement in prose."""

    rules = RULES

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        prose = prose_of(doc, ("paragraph", "list_item", "heading", "table_cell"))
        blocks = [block for _, block in prose.pieces]
        spans: list[tuple[int, int]] = []
        terms: set[str] = set()
        for block in blocks:
            for finding in self._block(doc, block, ctx):
                spans.append((finding.start, finding.end))
                if finding.rule == "NL402":
                    terms.add(" ".join(doc.text[finding.start : finding.end].lower().split()))
                yield finding
        # The gate costs a count of findings already made; the weak pass runs only
        # in an article shown to be machine-spun.
        if not terms:
            return
        pairs = [
            (block, s, e, original)
            for block in blocks
            if block.kind in ("paragraph", "list_item", "heading")
            for s, e, original in _spun_pairs(block.text, block.kind == "heading")
        ]
        distinct = len({block.text[s:e].lower() for block, s, e, _ in pairs})
        if spun_article(terms, len(doc.text.split()), distinct):
            yield from self._spun_article(pairs, spans)

    def _spun_article(
        self, pairs: list[tuple[Block, int, int, str]], spans: list[tuple[int, int]]
    ) -> Iterator[Finding]:
        """NL402 in a machine-spun article: adjacent spinner substitutes that no
        table lists, where no garbled finding (and no NL401 pack entry) already is."""
        from newslint.garbledata.spun import PACKED

        for block, s, e, original in pairs:
            text = block.text
            start, end = block.source_span(s, e)
            if any(start < fe and fs < end for fs, fe in spans):
                continue
            if _in_pack(text, s, e, PACKED):
                continue
            spans.append((start, end))
            found = text[s:e]
            msg = (
                f"Spun term '{found}': the article reads as machine-spun, and this "
                f"looks like a spinner's rewording of '{original}'"
            )
            yield Finding("NL402", start, end, msg)

    def _block(self, doc: Document, block: Block, ctx: Context) -> Iterator[Finding]:
        screen = _screen(block.text)  # one set pass serves both families
        if ctx.wants("NL402"):
            yield from self._spun(doc, block, screen.live)
        yield from self._patterns(block, ctx, screen)

    def _spun(self, doc: Document, block: Block, live: frozenset[int]) -> Iterator[Finding]:
        """NL402: generated variants first, then signatures that no variant and no
        pack entry (NL401) already covers, so that one phrase gets one finding."""
        from newslint.garbledata.spun import PACKED

        text, taken = block.text, []
        for s, e, term in _spun_terms(block):
            taken.append((s, e))
            found = text[s:e]
            fixed = term[:1].upper() + term[1:] if found[:1].isupper() else term
            start, end = block.source_span(s, e)
            fix = Fix(start, end, fixed) if doc.text[start:end] == found else None
            msg = _META["NL402"].message.replace("{match}", found).replace("{term}", term)
            yield Finding("NL402", start, end, msg, fix=fix)
        spans = _spun_institutions(text, live) if block.kind in ("paragraph", "list_item") else ()
        for s, e, name in spans:
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            found = text[s:e]
            start, end = block.source_span(s, e)
            fix = Fix(start, end, name) if doc.text[start:end] == found else None
            msg = _META["NL402"].message.replace("{match}", found).replace("{term}", name)
            yield Finding("NL402", start, end, msg, fix=fix)
        for s, e, term in _spun_compounds(text):
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            found = text[s:e]
            start, end = block.source_span(s, e)
            fix = Fix(start, end, term) if doc.text[start:end] == found else None
            msg = _META["NL402"].message.replace("{match}", found).replace("{term}", term)
            yield Finding("NL402", start, end, msg, fix=fix)
        for s, e, repaired, term in _signatures(block, live):
            found = text[s:e]
            if any(s < te and ts < e for ts, te in taken) or _in_pack(text, s, e, PACKED):
                continue
            taken.append((s, e))
            start, end = block.source_span(s, e)
            fix = Fix(start, end, repaired) if doc.text[start:end] == found else None
            msg = f"Spun term '{found}': a spinner's synonym for '{term}' (check the whole term)"
            yield Finding("NL402", start, end, msg, fix=fix)

    def _patterns(self, block: Block, ctx: Context, screen: _Screen) -> Iterator[Finding]:
        """NL403-NL407 from the structural patterns, quoted speech skipped."""
        text = block.text
        quotes: list[tuple[int, int]] | None = None  # found when the first hit needs them
        seen: set[tuple[str, int]] = set()
        for rule_id, s, e, hint in _pattern_hits(text, screen):
            if not ctx.wants(rule_id) or (rule_id, s) in seen:
                continue
            if quotes is None:
                quotes = quote_spans(text)
            if any(qs <= s and e <= qe for qs, qe in quotes):
                continue
            seen.add((rule_id, s))
            start, end = block.source_span(s, e)
            match = " ".join(text[s:e].split())
            msg = _META[rule_id].message.replace("{match}", match).replace("{hint}", hint)
            yield Finding(rule_id, start, end, msg)


CHECKS = [GarbledCheck]
