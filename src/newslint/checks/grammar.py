"""Grammar backends (NL410-NL419): Harper embedded by default, LanguageTool when configured.

Both backends see prose only: the prose blocks of the document (no code, markup,
front matter or blockquotes), joined into one text so that Harper is called once
per document. Quoted speech is skipped: a reporter must not "correct" what a
source said. Matches are mapped to stable NL41x rule IDs by the backend's own
category (Harper's `lint_kind`, LanguageTool's `category.id`), so that a user's
`ignore = ["grammar-spelling"]` keeps working whichever backend runs.

Precision comes first (clean copy must stay clean): Harper's style, formatting
and readability rules are switched off (our NL5xx family covers readability),
and a spelling lint is kept only on a lowercase word that `wordfreq` does not
know as a common word, so names, brands and British spellings are never flagged.
"""

from __future__ import annotations

import difflib
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from newslint.checks.base import Check, Context, rule
from newslint.document import Block, Document
from newslint.model import Finding, Fix

# --- rules -------------------------------------------------------------------------

RULES = (
    rule(
        "NL410",
        "grammar-agreement",
        "warning",
        "Agreement: {message}",
        """Subject and verb, or determiner and noun, disagree in number ("she go",
        "they is", "a research"). Reported by the grammar backend (Harper by default).
        Fix the verb or the noun so that they agree.""",
        bad=["He don't support the new policy."],
        good=["He doesn't support the new policy."],
        fixable=True,
    ),
    rule(
        "NL411",
        "grammar-spelling",
        "warning",
        "Spelling: {message}",
        """A lowercase word the dictionary does not know and that is not a common
        word on the web either. Names, brands, acronyms and capitalised words are
        never reported, nor British or American variants.""",
        bad=["The council will recieve the report on Monday."],
        good=["The council will receive the report on Monday."],
        fixable=True,
    ),
    rule(
        "NL412",
        "grammar-word-choice",
        "warning",
        "Word choice: {message}",
        """A word that is confused with another ("should of", "could care less"),
        a non-standard usage or an eggcorn. Reported by the grammar backend.""",
        bad=["The government should of acted sooner."],
        good=["The government should have acted sooner."],
        fixable=True,
    ),
    rule(
        "NL413",
        "grammar-error",
        "warning",
        "Grammar: {message}",
        """A general grammar error: wrong verb form after an auxiliary ("didn't
        went"), a mass noun in the plural ("informations"), a wrong indefinite
        article ("an university"). Reported by the grammar backend.""",
        bad=["He didn't went to the meeting."],
        good=["He didn't go to the meeting."],
        fixable=True,
    ),
    rule(
        "NL414",
        "grammar-punctuation",
        "warning",
        "Punctuation: {message}",
        """Apostrophes and capitalisation that change meaning ("its" for "it's").
        Reported by the grammar backend.""",
        bad=["Its a big day for the city."],
        good=["It's a big day for the city."],
        fixable=True,
    ),
    rule(
        "NL415",
        "grammar-repetition",
        "warning",
        "Repetition: {message}",
        """A word repeated by accident ("the the") or a redundant comparative
        ("more taller"). Reported by the grammar backend.""",
        bad=["She is more taller than her sister."],
        good=["She is taller than her sister."],
        fixable=True,
    ),
)

# Harper lint kinds -> our rule IDs. Kinds not listed (Formatting, Style,
# Readability, Enhancement, Regionalism, ...) are dropped.
HARPER_KINDS: dict[str, str] = {
    "Agreement": "NL410",
    "Spelling": "NL411",
    "Typo": "NL411",
    "WordChoice": "NL412",
    "Usage": "NL412",
    "Eggcorn": "NL412",
    "Malapropism": "NL412",
    "Nonstandard": "NL412",
    "Grammar": "NL413",
    "Miscellaneous": "NL413",
    "Punctuation": "NL414",
    "Repetition": "NL415",
    "Redundancy": "NL415",
}

# Harper rules that duplicate ours, fire on names or markup, or are matters of
# house style rather than errors. Switched off so they do not even run.
HARPER_DISABLED = (
    "LongSentences",
    "Spaces",
    "NoFrenchSpaces",
    "Dashes",
    "OxfordComma",
    "UnclosedQuotes",
    "DisjointPrefixes",
    "SplitWords",
    "PhrasalVerbAsCompoundNoun",
    "CondenseAllThe",
    "SentenceCapitalization",
    "CorrectNumberSuffix",
    "EllipsisLength",
    "AvoidCurses",
    "ExpandTimeShorthands",
    "BoringWords",
    "Hedging",
    "TerminatingConjunctions",
    "AdjectiveOfA",
    "InflectedVerbAfterTo",
    "CompoundNouns",
    "Everyone",
    "WrongNegative",
    "TheirToTheyre",
    "TheHowWhy",  # reads "the WHO" (the World Health Organization) as "the who"
    # measured false alarms on 380,000 words of edited prose (Brown press
    # sections, State of the Union addresses 1990-2020)
    "MergeWords",
    "MissingPreposition",
    "UpdatePlaceNames",
    "QuantifierNumeralConflict",
    "ToTwoToo",
    "OneOfTheSingular",
    "PossessiveYour",
    "DiscourseMarkers",
    "TheyToThem",
    "AvoidAndAlso",
    "ItsPossessive",
    "MissingTo",
    "RedundantThat",
    "ExpandMemoryShorthands",
    "LetsConfusion",
    "NounVerbConfusion",
    "TheirToThere",
    "ThereToTheir",
    "WhomSubjectOfVerb",
    "PluralDecades",
    "TheProperNounPossessive",
    "MissingDeterminer",
    "DoToDueTo",
    "SingleBe",
    "PronounKnew",
    "Damages",
    "PronounContraction",
    "Worthwhile",
    "Overall",
    "LeftRightHand",
    "ObsessPreposition",
    "RoadMap",  # "roadmap" is in the dictionaries; "road map" is one house style
    # "came to his defence", "changes to his defence" (a team's) are English
    "InOnesDefense",
    # predicative "may be out of date" takes no hyphens; only attributive use does
    "OutOfDate",
)
# Rules kept but only trusted at their word: none yet. Spelling gets extra filtering.

LT_CATEGORIES: dict[str, str] = {
    "TYPOS": "NL411",
    "GRAMMAR": "NL413",
    "CONFUSED_WORDS": "NL412",
    "COLLOCATIONS": "NL412",
    "SEMANTICS": "NL412",
    "NONSTANDARD_PHRASES": "NL412",
    "PUNCTUATION": "NL414",
    "CASING": "NL414",
    "REDUNDANCY": "NL415",
    "REPETITIONS": "NL415",
}
LT_PUBLIC = "https://api.languagetool.org"

_QUOTE = re.compile(r"“[^”]{1,2000}”|\"[^\"\n]{1,2000}\"|‘[^’]{12,2000}’")
_URLISH = re.compile(r"\S+(?:\.\w{2,4}/|://)\S*")

DIALECTS = {"american": 0, "us": 0, "en-us": 0, "british": 1, "uk": 1, "en-gb": 1}
DIALECTS.update({"australian": 2, "en-au": 2, "canadian": 3, "en-ca": 3, "indian": 4})


@dataclass(frozen=True)
class Match:
    """One backend match in prose-text coordinates."""

    rule_id: str
    start: int
    end: int
    message: str
    replacement: str | None = None


# --- prose assembly ------------------------------------------------------------


@dataclass
class Prose:
    """The prose blocks of a document joined with blank lines, with a way back."""

    text: str
    pieces: list[tuple[int, Block]]  # (start in text, block)

    def locate(self, start: int, end: int) -> tuple[Block, int, int] | None:
        """Block and block-text span for a prose-text span (None across blocks)."""
        lo, hi = 0, len(self.pieces) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.pieces[mid][0] <= start:
                lo = mid
            else:
                hi = mid - 1
        base, block = self.pieces[lo]
        s, e = start - base, end - base
        if s < 0 or e > len(block.text):
            return None
        return block, s, e


def prose_of(doc: Document, kinds: Iterable[str] = ("paragraph", "list_item")) -> Prose:
    """Readers' prose: paragraphs and list items outside blockquotes."""
    wanted = set(kinds)
    parts: list[str] = []
    pieces: list[tuple[int, Block]] = []
    pos = 0
    for block in doc.prose_blocks:
        if block.kind not in wanted or block.quoted or not block.text.strip():
            continue
        pieces.append((pos, block))
        parts.append(block.text)
        pos += len(block.text) + 2
    return Prose("\n\n".join(parts), pieces)


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted speech in a text."""
    return [m.span() for m in _QUOTE.finditer(text)]


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


# --- Harper ----------------------------------------------------------------------


@cache
def harper_linter(dialect: int = 0) -> Any:
    """One Harper Linter per process and dialect (construction takes about a second)."""
    try:
        import harper
    except ImportError:
        return None
    linter = harper.Linter(harper.Dialect(dialect))
    config = linter.get_lint_config()
    for name in HARPER_DISABLED:
        if name in config:
            config[name] = False
    linter.set_lint_config(config)
    return linter


def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def likely_typo(word: str, suggestion: str | None) -> bool:
    """A lowercase non-word whose suggested spelling is far more common.

    wordfreq knows common misspellings ("recieve" about 2.8) but the right
    spelling is two orders of magnitude more frequent; a name, a brand, jargon or a
    British spelling ("centres") has no such much-commoner neighbour.
    """
    if not word.isalpha() or not word.islower() or len(word) < 3:
        return False
    if not word.isascii():
        return False  # a diacritic marks a foreign word ("région", "réservés"): no slip adds one
    if not suggestion or suggestion.lower() == word or " " in suggestion:
        return False
    if suggestion.replace("-", "").replace("'", "").lower() == word:
        return False
    if abs(len(suggestion) - len(word)) > 1:
        return False
    if difflib.SequenceMatcher(None, word, suggestion.lower()).ratio() < 0.75:
        return False
    if word in WORLD_ENGLISH or word in NEWSROOM:
        return False
    if not _doubling_slip(word) and (
        _derived(word) or _loanword_ending(word) or _suffixed(word) or _closed_compound(word)
    ):
        return False
    own, better = _zipf(word), _zipf(suggestion)
    return own < ESTABLISHED and better >= 3.5 and better - own >= 1.5


# A word that wordfreq counts at Zipf 3.1 or more (over 1.25 per million words) is an
# established word of some English, not a slip: "lakh" (3.24) and "crore" (3.37) in
# Indian English, "bhai", "chai", "mahal", "dreamt", "focussed". The commonest real
# misspellings stay below it ("teh" 3.04, "thier" 2.99, "untill" 2.97, "recieve" 2.75).
ESTABLISHED = 3.1

# World-English words rarer than that, which Harper's dictionary lacks and for which it
# proposes a common word one edit away ("taluk" -> "talk", "marae" -> "mare"): South Asian,
# Southern African, Australian and New Zealand (Maori loanwords included), Canadian,
# Irish and Scottish, West African and Singaporean English used in news copy.
_WORLD_ENGLISH = """
    lakh lakhs crore crores tehsil tehsils taluk taluka taluks jawan jawans mela melas
    panchayat panchayats sarpanch dacoit dacoits goonda goondas hartal gherao jugaad dhaba
    dhabas tiffin godown godowns nullah bund bunds babu babus bhavan kirpan prepone
    stepney bhai didi ji sahib begum mandi mandis zila mohalla bandh bandhs
    haka iwi marae hangi tangi tapu whanau wahine pakeha aroha kai mana kaumatua hui
    bakkie bakkies braai braais stoep dorp dorps kraal kraals lobola indaba muthi sangoma
    eish lekker howzit boet bru tsotsi veld kopje
    arvo servo bottlo ute utes doona drongo dunny larrikin bogan bogans yakka dinkum
    chook chooks jandals togs bach
    toque tuque loonie toonie poutine serviette
    gardai garda taoiseach tanaiste dail seanad craic eejit outwith bairn bairns
    jollof okada danfo oga wahala
    kiasu shiok lah kopitiam
    corporator corporators nagarsevak maund maunds tola tolas bigha bighas kanal kanals
    marla marlas
"""
# Currency names and their plurals, which business copy from every country quotes and
# Harper's dictionary lacks ("1.1 billion reais" -> "reads", "40,000 cedis" -> "cedes").
_CURRENCIES = """
    reais real reals naira nairas cedi cedis kwacha kwachas ringgit rupiah rupiahs baht
    zloty zlotys zlotych forint forints koruna korunas lempira lempiras quetzal quetzales
    soles sol lari tenge som soms manat manats hryvnia hryvnias hryvnas dirham dirhams
    dinar dinars riyal riyals rial rials shekel shekels leu lei lev leva kuna kune kroner
    kronor krona kronur taka tugrik tugriks kyat kyats kip riel riels birr birrs pula loti
    maloti emalangeni nakfa ouguiya dalasi leone leones kwanza kwanzas metical meticais
    ariary guarani guaranies bolivar bolivares colon colones cordoba cordobas balboa
    balboas gourde gourdes afghani afghanis ngultrum rufiyaa vatu tala kina centavos
    centimos kopeks kopecks satang paise piastres fils halalas agorot groszy tiyin tambala
    ngwee pesewas kobo thebe rands shilingi renminbi yuan
    toea sene seniti laari tetri luma qindarka stotinki stotinka bani haleru halers santims
    santimi centas centai penni pennia aurar jiao pya centesimos centimes rappen pfennig
    pfennigs baisa baiza khoums millimes qirsh qurush halala agora kurus lisente lisenti
    butut bututs kopiyok tyiyn tiyn diram dirams avos
"""
WORLD_ENGLISH = frozenset(_WORLD_ENGLISH.split()) | frozenset(_CURRENCIES.split())

# The newsroom's own words, which turn up in copy that still carries an editor's note
# ("cut this graf", "the lede"): not typos, and meta-text is another family's business.
_NEWSROOM = "graf grafs nutgraf lede ledes hed heds dek deks"
NEWSROOM = frozenset(_NEWSROOM.split())


# Productive prefixes: a prefix on a common word of five letters or more is a coinage
# of the trade ("upzoning", "rezonings", "deplatform", "overbooked"), not a typo.
# Misspellings split this way leave no common word behind ("untill": "till" is too
# short; "recieve": "cieve" is no word).
_PREFIXES = (
    "up",
    "re",
    "de",
    "un",
    "co",
    "pre",
    "non",
    "sub",
    "mis",
    "out",
    "over",
    "under",
    "down",
    "anti",
    "inter",
    "multi",
    "micro",
    "mega",
    "cyber",
    "post",
)


def _derived(word: str) -> bool:
    """Whether the word is a known prefix on a common word.

    The word after the prefix has five letters or more ("upzoning"), or four if it is
    a very common one ("rebook", "reshot"); doubled-letter slips such as "untill" are
    kept out by `_doubling_slip` before this is asked.
    """
    for p in _PREFIXES:
        rest = word[len(p) :]
        if not word.startswith(p) or len(rest) < 4:
            continue
        if _zipf(rest) >= (3.0 if len(rest) >= 5 else 4.0):
            return True
    return False


def _doubling_slip(word: str) -> bool:
    """Whether undoing or making a double letter gives a common word ("untill", "finaly").

    Doubling a letter, or typing a double once, is the commonest slip; a word built
    from a prefix, a suffix or two words ("rebook", "leaguer", "bronzy") never turns
    into a commoner word that way.
    """
    for i in range(1, len(word)):
        if word[i] == word[i - 1] and _zipf(word[:i] + word[i + 1 :]) >= 3.5:
            return True
    return any(_zipf(word[: i + 1] + word[i:]) >= 3.5 for i in range(len(word)))


# Derivational endings a writer adds to a common word: the agent, the inhabitant, the
# plural of a noun Harper knows only as an adjective, the -y of colour words, the -ing
# of a verb Harper knows only as another word ("broking", British for brokering). Each is
# (ending of the word, what replaces it to give the base).
_SUFFIXES = (
    ("ers", ("", "e")),
    ("er", ("", "e")),
    ("ors", ("e",)),
    ("or", ("e",)),
    ("ing", ("", "e")),
    ("ians", ("y",)),
    ("ian", ("y",)),
    ("ily", ("y",)),
    ("s", ("",)),
    ("y", ("e",)),
)


def _suffixed(word: str) -> bool:
    """Whether the word is a common word of four letters or more plus a derivational ending.

    "leaguer" (league), "deluxer" (deluxe), "corporator" (corporate), "countian"
    (county), "steamily" (steamy), "anteriors" (anterior), "bronzy" (bronze) are words a
    writer builds; typing slips change the inside of a word ("severly", "recieve").
    """
    for ending, restores in _SUFFIXES:
        if not word.endswith(ending):
            continue
        stem = word[: -len(ending)]
        if ending == "ing" and stem.endswith("e") and not stem.endswith(("ee", "ye", "oe")):
            continue  # "makeing": the slip is keeping the e
        for tail in restores:
            base = stem + tail
            if len(base) >= 4 and base != word and _zipf(base) >= 3.0:
                return True
    return False


def _closed_compound(word: str) -> bool:
    """Whether the word is a word of four letters or more and one of five or more run together.

    Sports and trade copy closes compounds that the dictionary keeps open
    ("righthander", "lefthander"); a slip rarely splits into two real words.
    """
    return any(_zipf(word[:i]) >= 3.5 and _zipf(word[i:]) >= 2.5 for i in range(4, len(word) - 4))


def _loanword_ending(word: str) -> bool:
    """Whether the word is a content word plus a final "a", "i", "o" or "u".

    Loanwords and trade terms end in such vowels where an English word of one letter
    less exists: "robusta" (robust), "omena" (omen, the Lake Victoria sardine),
    "arabica", "salsa". Typing slips double or drop a letter ("untill", "recieve"),
    or run a function word into the next ("witha"), which the upper bound leaves in.
    """
    stem = word[:-1]
    return (
        len(stem) >= 4
        and word[-1] in "aiou"
        and stem[-1] not in "aeiouy"
        and 3.0 <= _zipf(stem) < 6.0
    )


# "its" is a possessive after a verb or a preposition ("had doubled its spending on
# local and regional productions", "on its lending to"); Harper's its -> it's rule
# misreads "its" + an -ing noun there. "It's" opens a clause, so it never follows those.
_POSSESSIVE_ITS_BEFORE = frozenset(
    [
        "of",
        "on",
        "in",
        "for",
        "with",
        "by",
        "to",
        "from",
        "at",
        "about",
        "into",
        "over",
        "under",
        "through",
        "against",
        "without",
        "within",
        "across",
        "after",
        "before",
        "during",
    ]
)


def _possessive_its(lint: Any, text: str) -> bool:
    """Whether an its -> it's lint stands where only the possessive can."""
    if lint.problem_text.strip().lower() != "its":
        return False
    before = re.search(r"([A-Za-z]+)\W*$", text[max(0, lint.span.start - 30) : lint.span.start])
    if before is None:
        return False
    word = before.group(1).lower()
    return word in _POSSESSIVE_ITS_BEFORE or (word.endswith("ed") and len(word) > 4)


def _causal_since(lint: Any, text: str) -> bool:
    """Whether "since" follows a comma, where it means "because" ("watching the season
    closely, since a second weak harvest would ..."), not a point in time."""
    at = text.lower().find("since", lint.span.start, lint.span.end + 1)
    return at != -1 and text[max(0, at - 3) : at].rstrip().endswith(",")


_REPEATABLE = frozenset({"the", "a", "an", "to", "of", "in", "on", "and", "for", "is", "with"})


def _article_ok(lint: Any, text: str) -> bool:
    """Trust Harper's a/an correction only where the spelling decides it: it
    misreads "a unanimous vote", "an historic" (British style) and acronyms."""
    article = lint.problem_text.strip().lower()
    if lint.problem_text.strip() == "A" and not _sentence_start(text, lint.span.start):
        return False  # a capital A inside a sentence is a letter: "277 A Okafor", "Lane A"
    nxt = text[lint.span.end :].split(maxsplit=1)
    word = nxt[0] if nxt else ""
    low = word.lower()
    if not word.isalpha() or word.isupper() or _spoken_as_letters(word):
        return False
    if article == "a":
        silent_h = low.startswith(("hour", "honest", "honor", "honour", "heir"))
        vowel = low[:1] in "aeio" and not low.startswith(("one", "once", "eu"))
        return vowel or silent_h
    if article == "an":
        return low[:1] not in "aeiouh" or low.startswith(("uni", "use", "usu", "uti", "eu"))
    return False


def _sentence_start(text: str, at: int) -> bool:
    """Whether only spaces, quotes or brackets stand between `at` and a sentence end."""
    before = text[max(0, at - 8) : at].rstrip(" \t\"'“‘([")
    return not before or before.endswith((".", "!", "?", ":", "\n"))


def _spoken_as_letters(word: str) -> bool:
    """Whether the word is an abbreviation read letter by letter ("Sp 4", "MoU", "NHS").

    The article follows the sound of the first letter's name ("an Sp 4", "an MoU"),
    which spelling cannot tell: a word without a vowel, or with a capital after its first
    letter, is such an abbreviation.
    """
    low = word.lower()
    return not any(c in "aeiouy" for c in low) or any(c.isupper() for c in word[1:])


# Harper calls many count nouns mass nouns ("a ruling", "a hearing"); only the
# classic learner errors are trusted ("a research", "informations").
MASS_NOUNS = frozenset(
    [
        "research",
        "information",
        "advice",
        "equipment",
        "furniture",
        "luggage",
        "baggage",
        "homework",
        "knowledge",
        "news",
        "evidence",
        "feedback",
        "software",
        "traffic",
        "progress",
        "weather",
        "machinery",
        "jewelry",
        "jewellery",
        "clothing",
        "vocabulary",
    ]
)


def _mass_noun_ok(lint: Any) -> bool:
    words = lint.problem_text.lower().split()
    noun = words[-1] if words else ""
    return noun in MASS_NOUNS or (noun.endswith("s") and noun[:-1] in MASS_NOUNS)


def _keep_harper(lint: Any, text: str, whole: str) -> bool:
    kind = lint.lint_kind
    if kind not in HARPER_KINDS:
        return False
    if "mass noun" in lint.message and not _mass_noun_ok(lint):
        return False
    if lint.problem_text.strip().lower() in ("a", "an") and kind == "Miscellaneous":
        return _article_ok(lint, text)
    if kind == "Punctuation" and _possessive_its(lint, text):
        return False
    if kind == "Agreement" and lint.problem_text.strip().lower() in INVARIANT_PAST:
        return False  # "She beat Nurmatov": a past tense, not a bare verb
    if "instead of 'since'" in lint.message and _causal_since(lint, text):
        return False
    if kind == "Repetition":
        words = lint.problem_text.lower().split()
        if not words or words[0] not in _REPEATABLE:
            return False
    if kind in ("Spelling", "Typo"):
        word = lint.problem_text.strip()
        first = lint.suggestions[0].replacement_text if lint.suggestions else None
        if not likely_typo(word, first):
            return False
        around = text[max(0, lint.span.start - 40) : lint.span.end + 40]
        if _URLISH.search(around) or _foreign_setting(text, lint.span.start, lint.span.end):
            return False
        if len(re.findall(rf"\b{re.escape(word)}\b", whole, re.I)) >= 3:
            return False  # used on purpose: a typo rarely repeats itself three times
    return True


# Verbs whose past tense is spelled as the base form. Harper reads "she beat", "he
# forecast", "it offset" as a bare verb after a singular pronoun and asks for the
# -s form, but in news copy, told in the past tense, they are almost always the past.
_INVARIANT_PAST = """
    beat bet bid broadcast burst cast forecast rid slit split thrust upset wed knit spit
    sublet offset recast undercut misread telecast webcast input outbid overbid reset
    podcast typeset shed shut spread hit hurt cost cut let put quit read set fit
"""
INVARIANT_PAST = frozenset(_INVARIANT_PAST.split())

_WORD = re.compile(r"[A-Za-z]+")
_LATIN_BEFORE = frozenset({"per", "pro", "nolo", "ad"})


def _foreign_setting(text: str, start: int, end: int) -> bool:
    """Whether the flagged word is part of a foreign or hyphenated expression.

    A slip stands among ordinary English words. A piece of a hyphenated compound
    ("bric-a-brac", "papier-mache", "Kai-shek"), a word after "per" ("per diem"), a word
    beside another rare lowercase word ("bete noire", "nolo contendere") or repeated
    within three words ("mano a mano") belongs to a borrowed expression.
    """
    if text[start - 1 : start] == "-" or text[end : end + 1] == "-":
        return True
    word = text[start:end].lower()
    before = _WORD.findall(text[max(0, start - 40) : start])[-3:]
    after = _WORD.findall(text[end : end + 40])[:3]
    if before and before[-1].lower() in _LATIN_BEFORE:
        return True
    if word in (w.lower() for w in before + after):
        return True
    if _zipf(word) == 0:  # a borrowed word is in wordfreq's lists; a fresh slip is not
        return False  # ("skywave intereference")
    neighbours = before[-1:] + after[:1]
    return any(w.islower() and len(w) >= 3 and _zipf(w) < 3.0 for w in neighbours)


# Harper's time per call grows faster than the text (200 KB of prose: 4.3 s in one
# call, 0.33 s in 2 KB pieces), and each call also costs a few milliseconds, so
# long prose is linted in pieces of about this size, cut between paragraphs.
HARPER_PIECE_CHARS = 3000


def prose_pieces(text: str, size: int = HARPER_PIECE_CHARS) -> list[tuple[int, str]]:
    """(offset, piece) covering `text`, each about `size` long.

    Pieces end at a blank line (between paragraphs). A paragraph longer than four
    pieces (a flattened table, a scraped wall of text) is cut after a sentence, or
    at worst at a space, so no single call can run for minutes.
    """
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > size:
        cut = text.rfind("\n\n", start + 1, start + size)
        if cut == -1:
            cut = text.find("\n\n", start + size, start + 4 * size)
        if cut == -1:
            cut = _soft_cut(text, start, start + size)
        pieces.append((start, text[start:cut]))
        start = cut
    pieces.append((start, text[start:]))
    return pieces


def _soft_cut(text: str, start: int, limit: int) -> int:
    """The last sentence end, else the last space, in text[start + 1 : limit]."""
    for mark in (". ", "\n", " "):
        at = text.rfind(mark, start + 1, limit)
        if at != -1:
            return at + len(mark)
    return limit


def harper_matches(text: str, dialect: int = 0) -> list[Match]:
    """Harper's lints on prose text, filtered for precision and mapped to NL41x."""
    linter = harper_linter(dialect)
    if linter is None or not text.strip():
        return []
    out = []
    for base, piece in prose_pieces(text):
        for lint in linter.lint(piece, language="plaintext"):
            if not _keep_harper(lint, piece, text):
                continue
            suggestion = lint.suggestions[0] if lint.suggestions else None
            replacement = None
            if suggestion is not None and int(suggestion.kind) == 0:
                replacement = suggestion.replacement_text
            out.append(
                Match(
                    HARPER_KINDS[lint.lint_kind],
                    base + lint.span.start,
                    base + lint.span.end,
                    lint.message,
                    replacement,
                )
            )
    return out


# --- LanguageTool ----------------------------------------------------------------


def _utf16_to_index(text: str) -> list[int]:
    """Map UTF-16 code-unit offsets (LanguageTool's) to Python string indices."""
    table = []
    for i, ch in enumerate(text):
        table.append(i)
        if ord(ch) > 0xFFFF:
            table.append(i)
    table.append(len(text))
    return table


def lt_matches_from_json(payload: dict[str, Any], text: str) -> list[Match]:
    """Matches from a LanguageTool /v2/check JSON response for `text`."""
    table = _utf16_to_index(text)
    out = []
    for m in payload.get("matches", []):
        rule_info = m.get("rule") or {}
        category = (rule_info.get("category") or {}).get("id", "")
        rule_id = LT_CATEGORIES.get(category)
        issue = rule_info.get("issueType", "")
        if rule_id is None or issue in ("style", "typographical", "whitespace"):
            continue
        if "AGREEMENT" in rule_info.get("id", "") or "AGREEMENT" in category:
            rule_id = "NL410"
        offset, length = int(m.get("offset", 0)), int(m.get("length", 0))
        if offset + length >= len(table):
            continue
        start, end = table[offset], table[offset + length]
        reps = m.get("replacements") or []
        replacement = reps[0].get("value") if reps else None
        if rule_id == "NL411" and not likely_typo(text[start:end], replacement):
            continue
        out.append(Match(rule_id, start, end, m.get("message", ""), replacement))
    return out


def lt_check_remote(text: str, url: str, language: str, timeout: float = 30.0) -> dict[str, Any]:
    """POST `text` to a LanguageTool server's /v2/check and return its JSON."""
    # Imported here: urllib.request pulls in http.client, email and ssl, start-up cost
    # that every run without a configured server would pay for nothing.
    import urllib.parse
    import urllib.request

    base = LT_PUBLIC if url in ("public", "api") else url.rstrip("/")
    endpoint = base if base.endswith("/v2/check") else f"{base}/v2/check"
    data = urllib.parse.urlencode({"text": text, "language": language}).encode()
    request = urllib.request.Request(endpoint, data=data, method="POST")
    request.add_header("Accept", "application/json")
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read().decode("utf-8"))


def _local_install_present() -> bool:
    """Whether a LanguageTool install exists where language-tool-python keeps it.

    Without one, language-tool-python would download LanguageTool (hundreds of
    megabytes) on first use; a linter must not go online, so it reports nothing.
    """
    root = Path(os.environ.get("LTP_PATH", Path.home() / ".cache" / "language_tool_python"))
    return root.is_dir() and any(root.glob("LanguageTool*"))


@cache
def _local_languagetool(language: str) -> Any:
    try:
        import language_tool_python
    except ImportError:
        return None
    if not _local_install_present():
        return None
    try:
        return language_tool_python.LanguageTool(language)
    except Exception:  # no Java or no local install: no findings rather than a crash
        return None


def lt_check_local(text: str, language: str) -> dict[str, Any]:
    """Check with a local LanguageTool through language-tool-python; JSON-shaped result."""
    tool = _local_languagetool(language)
    if tool is None:
        return {"matches": []}
    matches = []
    for m in tool.check(text):
        matches.append(
            {
                "offset": m.offset,
                "length": m.errorLength,
                "message": m.message,
                "replacements": [{"value": r} for r in m.replacements],
                "rule": {
                    "id": m.ruleId,
                    "issueType": m.ruleIssueType,
                    "category": {"id": m.category},
                },
            }
        )
    # language-tool-python already converted offsets to code points; re-encode
    # them as UTF-16 so that one parser handles both sources.
    table = _index_to_utf16(text)
    for m in matches:
        start, end = m["offset"], m["offset"] + m["length"]
        m["offset"], m["length"] = table[start], table[end] - table[start]
    return {"matches": matches}


def _index_to_utf16(text: str) -> list[int]:
    out, pos = [], 0
    for ch in text:
        out.append(pos)
        pos += 2 if ord(ch) > 0xFFFF else 1
    out.append(pos)
    return out


# --- the check -------------------------------------------------------------------


def _dialect(ctx: Context) -> int:
    return DIALECTS.get(str(ctx.option("dialect", "american")).lower(), 0)


class GrammarCheck(Check):
    """Runs the configured grammar backend over the article's prose."""

    rules = RULES

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        backend = ctx.option("grammar", "harper")
        if backend == "off" or not any(ctx.wants(r.id) for r in RULES):
            return
        prose = prose_of(doc)
        if not prose.text:
            return
        try:
            matches = self._matches(prose.text, backend, ctx)
        except (OSError, ValueError):  # server unreachable or bad answer: lint on
            return
        quotes = quote_spans(prose.text)
        for m in matches:
            if not ctx.wants(m.rule_id) or _inside(quotes, m.start, m.end):
                continue
            finding = self._finding(doc, prose, m)
            if finding is not None:
                yield finding

    def prepare(self, ctx: Context) -> None:
        """Build Harper's linter (about 130 MB) once, in the process that forks the workers."""
        if ctx.option("grammar", "harper") == "harper" and any(ctx.wants(r.id) for r in RULES):
            harper_linter(_dialect(ctx))

    def _matches(self, text: str, backend: str, ctx: Context) -> list[Match]:
        if backend == "languagetool":
            language = ctx.option("languagetool-language", "en-US")
            url = ctx.option("languagetool-url", "")
            payload = (
                lt_check_remote(text, url, language) if url else lt_check_local(text, language)
            )
            return lt_matches_from_json(payload, text)
        return harper_matches(text, _dialect(ctx))

    @staticmethod
    def _finding(doc: Document, prose: Prose, m: Match) -> Finding | None:
        where = prose.locate(m.start, max(m.end, m.start + 1))
        if where is None:
            return None
        block, s, e = where
        start, end = block.source_span(s, e)
        meta = next(r for r in RULES if r.id == m.rule_id)
        message = meta.message.replace("{message}", m.message.rstrip("."))
        fix = None
        if m.replacement is not None and block.text[s:e] == doc.text[start:end]:
            fix = Fix(start, end, m.replacement)
        return Finding(m.rule_id, start, end, message, fix=fix)


CHECKS = [GrammarCheck]
