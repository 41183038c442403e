"""Meta-text that needs structure: reasoning traces, chat artefacts, stray markup.

Pattern-only meta-text rules (disclaimers, placeholders, editor notes, fences)
live in rules/meta-*.yaml. The checks here need more than one regex:

- NL101 scores each paragraph for "talking about the writing task" (first-person
  planning, task vocabulary, <think> tags) and reports one finding per run of
  such paragraphs, so thirteen lines of working notes are one problem, not
  thirteen.
- NL102/NL103/NL105 find chat-assistant preambles, sign-offs and interface text,
  and offer a fix (delete the line) only when the artefact fills its whole line.
- NL107 finds the prompt itself pasted into the article.
- NL110 finds markup in the wrong place: ad and script embeds, HTML tags in plain
  text, Markdown syntax in HTML.

Quoted speech is masked before scoring, so "I need to see the report," the mayor
said stays clean.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

import re2

from newslint import lazyre
from newslint.checks.base import Check, Context, rule
from newslint.checks.voice import assistant_turn
from newslint.document import Block, Document
from newslint.model import Finding, Fix
from newslint.regexset import PatternSet

# --- shared helpers (chrome.py imports these) ---------------------------------

_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.log_errors = False


class StartGate:
    """Which of several RE2 patterns can match a text, in one pass.

    A short block is tried against many patterns and most match none; one Set pass
    tells which can, so only those are run. `patterns` are asked with `.match`,
    `search` ones with `.search` and `full` ones with `.fullmatch`: each becomes a
    start-anchored member of the same set ("(?s:.*)(?:P)" and "(?:P)\\z"), so a
    block is scanned once for all of them. A `full` entry may be a pair (pattern,
    tail): it is then asked about the text less a trailing run of `tail` (an RE2
    character class), and present when the text is a match followed by that run.
    """

    def __init__(
        self,
        patterns: list[Any],
        search: tuple[Any, ...] = (),
        full: tuple[Any, ...] = (),
    ) -> None:
        fulls = [entry if isinstance(entry, tuple) else (entry, "") for entry in full]
        sources = [rx.pattern for rx in patterns]
        sources += [f"(?s:.*)(?:{rx.pattern})" for rx in search]
        sources += [f"(?:{rx.pattern}){tail and tail + '*'}\\z" for rx, tail in fulls]
        self._set = PatternSet(sources, anchor="start")
        self._patterns = [*patterns, *search, *(rx for rx, _ in fulls)]

    def present(self, text: str) -> set[int]:
        """ids of the patterns that can match `text` as asked."""
        return {id(self._patterns[i]) for i in self._set.present(text)}


def fast(pattern: str, flags: int = 0) -> Any:
    """Compile with RE2 (linear time, one pass over big alternations: about 25 times
    faster than `re` here); fall back to `re` for the few patterns that need its
    extras (lookbehind, long bounded repeats). RE2's \\w and \\b are ASCII-only, which
    is what these English-language patterns expect."""
    prefix = "".join(
        f for f, bit in (("(?i)", re.I), ("(?m)", re.M), ("(?s)", re.S)) if flags & bit
    )
    try:
        return re2.compile(prefix + pattern, _RE2_OPTIONS)
    except re2.error:
        return re.compile(pattern, flags)


_QUOTED = fast(r"“[^”]{0,3000}”|\"[^\"\n]{0,3000}\"|«[^»]{0,3000}»")
# What may stand on a line besides the artefact for the line to be removable.
_RESIDUE = fast(r"^[\s*_#>\-]*(?:</?[A-Za-z][^<>\n]{0,200}>[\s*_]*)*$")


def mask_quotes(text: str) -> str:
    """The text with quoted speech blanked (same length), so it is not scored.

    A paragraph that opens a quotation and never closes it (the first paragraph
    of a multi-paragraph quote) is blanked from the opening mark on.
    """
    if '"' not in text and "“" not in text and "«" not in text:
        return text  # nothing quoted (most paragraphs): no regex pass, no memo
    return _mask_quotes(text)


@lru_cache(maxsize=1024)
def _mask_quotes(text: str) -> str:
    """mask_quotes for a text with a quotation mark. Memoised: the trace and
    page-chrome checks both mask every block of a document."""
    masked = _QUOTED.sub(lambda m: " " * len(m.group()), text)
    for mark in ("“", '"'):
        pos = masked.find(mark)
        if pos != -1:
            masked = masked[:pos] + " " * (len(masked) - pos)
    return masked


def line_bounds(text: str, start: int, end: int) -> tuple[int, int, int]:
    """(line start, line content end, line end incl. break) around [start, end)."""
    ls = text.rfind("\n", 0, start) + 1
    nl = text.find("\n", max(end - 1, start))
    if nl == -1:
        return ls, len(text), len(text)
    return ls, nl, nl + 1


def line_removal(doc: Document, start: int, end: int) -> Fix | None:
    """A fix deleting the whole line(s) of [start, end), offered only when nothing
    but markup and whitespace stands on those lines besides the span."""
    ls, content_end, le = line_bounds(doc.text, start, end)
    before, after = doc.text[ls:start], doc.text[end:content_end].rstrip("\r")
    if _RESIDUE.match(before) and _RESIDUE.match(after):
        return Fix(ls, le, "")
    return None


def block_span(block: Block) -> tuple[int, int]:
    return block.source_span(0, len(block.text))


# --- NL101 reasoning trace ------------------------------------------------------

_TASK_VERBS = (
    r"go through|identify|check|verify|ensure|make sure|rewrite|restructure|revise|edit|"
    r"add|insert|include|keep|maintain|remove|cut|start|begin|focus|structure|write|"
    r"draft|summari[sz]e|paraphrase|link|hyperlink|format|output|craft|create|mention|"
    r"highlight|avoid|look|consider|note|list|find|search|adjust|expand|shorten|"
    r"condense|organi[sz]e|incorporate|preserve|replace|double-check|cross-check|"
    r"compare|analy[sz]e|break down|outline|address|tackle|proceed|figure out|"
    r"process|handle|flag|rephrase|reword|polish|tweak|present|respond|answer|reply|lead|"
    r"open with|quote|attribute|trim|simplify|clarify|cite|source|stick to|follow|convert|"
    r"translate|integrate|weave|wrap up|conclude|finish|mirror|match|emphasi[sz]e|prioriti[sz]e|"
    r"move|reorder|rework|reorgani[sz]e|tighten|swap|bump|shift|smooth(?: out)?|lead with|"
    r"fold|split|merge|drop|tidy(?: up)?"
)
_Q = "['’]"
# A line that only announces the answer after a visible plan ("Step 3: Format as a
# Q&A.\nFinal answer:"), ending its line or paragraph: it names the task's output and
# is the planner's voice, so it counts as both. With something after the colon on its
# line ("Final answer: Paris" in a quiz story) it is not one.
_ANSWER_LINE = fast(
    r"(?m)(?:^|[.!?)]\s+)[*_#>\s]{0,4}final (?:answer|output|response)[*_]{0,2}\s*:[*_]{0,2}\s*$",
    re.I,
)
# (regex, weight, kind): "plan" is first-person planning, "task" names the task's materials.
_TRACE_FEATURES: list[tuple[Any, float, str]] = [
    # First-person planning of the writing task.
    (
        fast(
            rf"\bI(?:{_Q}ll| will| need to| must| should| have to| want to| am going to|"
            rf"{_Q}m going to| can now| also need to| then need to)\s+(?:now\s+|also\s+|first\s+|"
            rf"then\s+|just\s+|carefully\s+)?(?:{_TASK_VERBS})\b",
            re.I,
        ),
        1.0,
        "plan",
    ),
    (
        fast(
            r"\b[Ll]et me (?:start|begin|check|think|see|look|go|first|now|try|rewrite|draft|"
            r"structure|make|verify|analy[sz]e|break|outline|consider|recall|re-?read|review|"
            r"count|compose|craft|work|figure|identify|focus|process|double-check|tackle|"
            r"summari[sz]e|organi[sz]e|parse|scan|read|restructure|rework|reorder|reorgani[sz]e|move|"
            r"tighten|trim|cut|shorten|expand|condense|rephrase|reword|swap|flip|tidy|polish|"
            r"edit|revise|tweak|smooth|bump|shift|simplify|adjust|fold|merge|split)\b"
        ),
        1.5,
        "plan",
    ),
    (fast(rf"\b[Ll]et{_Q}s (?:start|begin) (?:with|by)\b"), 0.5, "plan"),
    # "We need to..." plans only when the paragraph also names the task directly (an
    # editorial's "we need to ensure fair search results" is not a trace).
    (
        fast(
            rf"\b[Ww]e(?:{_Q}ll| will| need to| must| should| have to| are asked to)\s+"
            rf"(?:now\s+|also\s+|first\s+|then\s+)?(?:{_TASK_VERBS}|produce|respond)\b"
        ),
        1.0,
        "we",
    ),
    (
        fast(
            rf"\b[Ll]et{_Q}s (?:tackle|break (?:this|it) down|go through|figure out|analy[sz]e|"
            r"think about|look at the (?:article|text|query|request)|see what)\b"
        ),
        1.0,
        "plan",
    ),
    (
        fast(
            r"^(?:Step \d+|Plan|My plan|Approach|Thinking|Reasoning|Thought process|Scratchpad|"
            r"Analysis|Draft notes|Notes|Outline|Internal monologue)\s*:"
        ),
        1.0,
        "plan",
    ),
    # First-person report of edits made (notes appended after the text).
    (
        fast(
            rf"\bI(?:{_Q}ve| have)?(?: (?:only|just|also|simply|mostly|then|deliberately|"
            r"lightly|slightly|already))? (?:kept|removed|added|shortened|rewritten|rewrote|"
            r"revised|changed|cut|trimmed|inserted|restructured|included|replaced|made sure|"
            r"ensured|focused|highlighted|condensed|expanded|corrected|linked|preserved|"
            r"retained|omitted|left out|toned down|simplified|rephrased|reworded|adjusted|"
            r"updated|smoothed|moved|tightened|reordered|reworked|reorgani[sz]ed|swapped|"
            r"dropped|tidied|bumped|shifted|streamlined|softened|polished|folded|merged|"
            r"tweaked|flipped)\b"
        ),
        1.0,
        "plan",
    ),
    (
        fast(
            rf"^(?:Okay|OK|Alright|All right|Hmm+|Wait|So|Now|Right),? (?:so\b|let|I\b|I{_Q}|"
            r"the user|first|next|the (?:article|text|task))",
        ),
        1.0,
        "plan",
    ),
    # An aside in brackets that reports an edit in progress: "(Moving the safety
    # paragraph up here because...)", "[Cut the background to two paragraphs]".
    (
        fast(
            r"^[(\[]\s*(?:Moving|Moved|Cutting|Cut|Trimming|Trimmed|Keeping|Kept|Leaving|Left|"
            r"Dropping|Dropped|Swapping|Swapped|Bumping|Bumped|Pulling|Pulled|Putting|Shifting|"
            r"Shifted|Tightening|Tightened|Folding|Folded|Splitting|Adding|Added|Removing|"
            r"Removed|Reordering|Reordered|Restructuring|Restructured|Rewriting|Rewrote|"
            r"Condensing|Condensed|Shortening|Shortened|Smoothing|Smoothed|Tweaking|Tweaked|"
            r"Reworking|Reworked|Merging|Merged)\b"
        ),
        1.0,
        "plan",
    ),
    (fast(r"^(?:First(?:ly)?|Next|Then|Finally|Lastly|Now|Also),\s"), 0.5, ""),
    (
        fast(rf"\b(?:[Hh]ere is|[Hh]ere{_Q}s) my (?:plan|approach|outline|draft)\b"),
        2.0,
        "plan",
    ),
    (fast(r"\bmy (?:plan|approach|task|goal|job) (?:is|here|will)\b", re.I), 1.5, "plan"),
    # Task materials.
    (
        fast(
            r"\bthe (?:provided|given|original|source|input|attached|supplied|above|following|"
            rf"user{_Q}s) (?:article|text|blog|post|content|draft|passage|document|story|piece|"
            r"material|html|search results|sources?|query|request|instructions?|paragraphs?|"
            r"quotes|facts|figures|structure|wording|meaning|intent|headline|tone|length)\b",
            re.I,
        ),
        2.0,
        "task",
    ),
    (
        fast(
            rf"\bthe user(?:{_Q}s)? (?:wants|asked|asks|provided|requested|mentioned|specified|"
            r"is asking|needs|instructions?|query|prompt|request|said|expects|would|might|"
            r"probably|likely)\b",
            re.I,
        ),
        2.0,
        "task",
    ),
    (fast(r"\b(?:the|these|my|from) search results\b", re.I), 2.0, "task"),
    # The person who asked for the edit: "as you asked", "per your notes", "the desk wants".
    (
        fast(
            r"\b(?:as|like) you (?:asked|requested|wanted|suggested|specified|instructed|said)\b"
            r"|\bper your (?:request|notes?|instructions?|brief|edits?|comments?|feedback)\b"
            r"|\bas (?:requested|instructed|briefed)\s*[,.;)]"
            r"|\b(?:the|our|my) (?:desk|news ?desk|copy ?desk|subs|client|editor) (?:wants|"
            r"wanted|asked|needs|prefers|requested|said)\b",
            re.I,
        ),
        1.5,
        "task",
    ),
    # Material copied from the source being rewritten: "quotes left word-for-word as
    # they appear in the press release", "numbers unchanged from the release".
    (
        fast(
            r"\b(?:left|kept|copied|lifted|pasted|reproduced|unchanged|untouched|verbatim|"
            r"word[- ]for[- ]word|as is)\b[^.;\n]{0,40}?\b(?:from|in|as (?:it|they) "
            r"(?:appears?|appeared|stands?|stood|were|was) in) the (?:press release|release|"
            r"source (?:text|material|article|copy)|original (?:text|draft|copy|article|version)|"
            r"brief|wire copy|draft|notes)\b"
            r"|\b(?:figures|numbers|quotes|stats|data) (?:are |were )?(?:all )?(?:as (?:in|per)|"
            r"straight from|taken from|copied from|unchanged from) the (?:press release|release|"
            r"(?:company(?:[’']s)? |original )?statement|original|source|brief)\b",
            re.I,
        ),
        1.5,
        "task",
    ),
    (fast(r"\bthe prompt\b|\bthe instructions\b|\bmy instructions\b", re.I), 1.5, "task"),
    (fast(r"\b(?:my|the final) (?:response|answer|output)\b", re.I), 1.5, "task"),
    (fast(r"\bthe output\b", re.I), 0.5, "task"),
    (
        fast(
            r"\b(?:under|within|about|around|at least|no more than|roughly|exactly) \d{2,4} "
            r"words\b|\bword (?:limit|count)\b",
            re.I,
        ),
        1.0,
        "task",
    ),
    (
        fast(
            r"\banchor texts?\b|\bhyperlinks?\b|\bword count\b|\bthe (?:rewritten|revised|final) "
            r"(?:article|version|text|draft)\b|\bSEO\b|\b[Mm]arkdown\b|\bHTML (?:structure|tags?|"
            r"format|code)\b|\bthe tone\b|\bstyle guide\b|\bbullet points?\b",
        ),
        1.0,
        "task",
    ),
    (
        fast(
            r"\bthe (?:article|text|passage|post|draft|blog|piece|original|source|press release|"
            r"release|notes|source material|document|transcript|brief) (?:also )?"
            r"(?:mentions|states|says|discusses|talks about|notes|claims|points out|suggests|"
            r"describes|refers to|includes|contains|covers|starts|begins|ends)\b",
            re.I,
        ),
        1.0,
        "task",
    ),
    (fast(r"\b(?:factual|verified|unverified|key) claims?\b", re.I), 1.0, "task"),
    (
        fast(
            r"\b(?:the|this|that|each|every|next|first|second|third|last|final|opening|closing) "
            r"(?:paragraph|sentence|section|subheading|bullet point)s?\b|\bsentence by sentence\b|"
            r"\bparagraph by paragraph\b|\bthe (?:[\w-]+ ){1,2}(?:paragraph|para|graf)s?\b|"
            r"\bthe (?:lede|intro|nut ?graf|kicker|standfirst|transitions?)\b|"
            r"\bthe opening (?:paragraph|para|graf|line|sentence|section)s?\b",
            re.I,
        ),
        0.75,
        "task",
    ),
    (fast(r"\bthe reader(?:s)? (?:will|would|should|might|needs?)\b", re.I), 0.5, "task"),
    (_ANSWER_LINE, 1.5, "task"),
    (_ANSWER_LINE, 1.0, "plan"),
]
_DIRECT_TASK = fast(
    rf"\bthe user\b|\bthe (?:provided|given|supplied|attached|user{_Q}s) |\bthe prompt\b|"
    r"\bthe instructions\b|\bthe final answer\b",
    re.I,
)
# News content pulls the score down: attribution outside quotes.
_NEWS = fast(r"\b(?:said|told (?:reporters|[A-Z]\w+)|according to|announced)\b")
_THINK = fast(
    r"</?(?:think|thinking|reasoning|scratchpad|reflection|inner_monologue|chain_of_thought)>",
    re.I,
)
TRACE_THRESHOLD = 2.5
TRACE_EXTEND = 1.0


# One pass that says which features a paragraph has. Only the task's materials can
# start or extend a run, so most news paragraphs (naming none) are settled by it; the
# others are counted only for the features present.
_TRACE_SET = PatternSet([rx.pattern for rx, _, _ in _TRACE_FEATURES])
_TASK_FEATURES = frozenset(i for i, (_, _, kind) in enumerate(_TRACE_FEATURES) if kind == "task")
# The task features alone, for a whole article at once (see names_task_anywhere).
_TASK_SET = PatternSet([rx.pattern for rx, _, kind in _TRACE_FEATURES if kind == "task"])


def trace_score(text: str, full: bool = False) -> tuple[float, bool, bool]:
    """How much a paragraph reads like notes about the writing task; whether it names
    the task's materials; whether it plans in the first person.

    Without `full`, a paragraph naming no task material scores zero at once.
    """
    body = mask_quotes(text)
    present = _TRACE_SET.present(body)
    if not full and _TASK_FEATURES.isdisjoint(present):
        return 0.0, False, False
    score, task, plan = 0.0, False, False
    we = False
    for i, (rx, weight, kind) in enumerate(_TRACE_FEATURES):
        hits = len(rx.findall(body)) if i in present else 0
        if hits:
            score += weight * min(hits, 3)
            task = task or kind == "task"
            plan = plan or kind == "plan"
            we = we or kind == "we"
    if we and not plan and _DIRECT_TASK.search(body):
        plan = True
    if _NEWS.search(body):
        score -= 1.0
    return score, task, plan


def names_task_anywhere(texts: list[str]) -> bool:
    """Whether any of these (masked) paragraphs can name the task's materials.

    One set pass over them all, joined by line breaks, instead of one per paragraph:
    a run starts only at a paragraph naming them, and nearly every article has none.
    No task feature is anchored to a text's start or end (the one using ^ and $ is
    multiline) and a line break is a non-word character like a text's edge, so a
    feature present in one paragraph is present in the joined text. A failed set
    pass counts every feature present.
    """
    return bool(_TASK_SET.present("\n".join(texts)))


def _starts_run(score: tuple[float, bool, bool]) -> bool:
    """A run starts at a paragraph that names the task's materials and either plans
    in the first person or is saturated with task vocabulary: a technology story
    about prompts and search results has the vocabulary but not the planning."""
    value, task, plan = score
    return value >= TRACE_THRESHOLD and task and (plan or value >= 2 * TRACE_THRESHOLD)


class ReasoningTrace(Check):
    """NL101: runs of paragraphs that talk about the writing task, not the news."""

    rules = (
        rule(
            "NL101",
            "reasoning-trace",
            "error",
            "Drafting notes or an LLM reasoning trace left in the article",
            """Paragraphs in which the writer plans the task ("First, I need to go through
            the provided article", "the search results confirm", "Let me structure the
            output") are a model's or an editor's working notes, not reporting. They are
            scored on first-person planning, references to the task's materials (the
            user, the prompt, the provided text, search results, hyperlinks, the output)
            and <think> tags, with quoted speech ignored. One finding covers the whole
            run of such paragraphs. Delete them; check the article for claims they
            describe as unverified.""",
            bad=[
                "First, I need to go through the provided article and identify the key "
                "claims. The search results confirm the figure, so I'll keep it.\n\n"
                "The council voted 7-2 on Tuesday to close the library.",
                "<think>\nThe user wants a short news story.\n</think>\n\nThe council met.",
                "(Moved the council's response up to the third paragraph because the desk "
                "wants it higher; figures unchanged from the press release.)",
            ],
            good=[
                '"I need to make sure my kids are safe," she said, adding that she would '
                "keep them home.",
                "I need to tell you about my father. He worked at the mill for 30 years, and "
                "I will never forget the day it closed.",
                "(This story has been updated to add comment from the council.)",
            ],
        ),
    )

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        spans = list(self._think_spans(doc)) + list(self._paragraph_runs(doc))
        for start, end in _merge(spans, doc.text):
            yield Finding("NL101", start, end, self.rules[0].message)

    @staticmethod
    def _think_spans(doc: Document) -> Iterator[tuple[int, int]]:
        tags = list(_THINK.finditer(doc.text))
        i = 0
        while i < len(tags):
            tag = tags[i]
            if tag.group().startswith("</"):  # a closing tag with no opening: trace from the top
                yield _first_text_offset(doc), tag.end()
                i += 1
                continue
            close = next((t for t in tags[i + 1 :] if t.group().startswith("</")), None)
            if close is None:
                para_end = doc.text.find("\n\n", tag.end())
                yield tag.start(), len(doc.text) if para_end == -1 else para_end
                return
            yield tag.start(), close.end()
            i = tags.index(close) + 1

    @staticmethod
    def _paragraph_runs(doc: Document) -> Iterator[tuple[int, int]]:
        candidates = [b for b in doc.blocks if b.kind != "front_matter"]
        scored = [
            b.kind in ("paragraph", "list_item", "heading", "table_cell") and not b.quoted
            for b in candidates
        ]
        masked = [mask_quotes(b.text) for b, s in zip(candidates, scored, strict=True) if s]
        if not names_task_anywhere(masked):
            return  # no paragraph can start a run
        scores: list[tuple[float, bool, bool]] = [
            trace_score(b.text, full=False) if s else (0.0, False, False)
            for b, s in zip(candidates, scored, strict=True)
        ]
        strong = [_starts_run(s) for s in scores]
        full: dict[int, tuple[float, bool, bool]] = {}

        def extends(k: int) -> bool:
            """Scored in full only for neighbours of a run (the gate skips planning)."""
            if k not in full:
                block = candidates[k]
                prose = block.kind in ("paragraph", "list_item", "heading") and not block.quoted
                full[k] = trace_score(block.text, full=True) if prose else (0.0, False, False)
            return _extends(full[k])

        runs: list[list[int]] = []
        i = 0
        while i < len(candidates):
            if not strong[i]:
                i += 1
                continue
            lo = hi = i
            # Numbered plan steps ("Step 2: Cut the small talk ...") just before the
            # notes are part of them, even when each is a paragraph of its own.
            while lo > 0 and (extends(lo - 1) or _plan_step(candidates[lo - 1])):
                lo -= 1
            while hi + 1 < len(candidates) and (strong[hi + 1] or extends(hi + 1)):
                hi += 1
            # One paragraph with some planning or task vocabulary between two runs is
            # part of the same notes.
            if runs and lo - runs[-1][1] == 2 and _sandwiched(candidates[lo - 1]):
                runs[-1][1] = hi
            else:
                runs.append([lo, hi])
            i = hi + 1
        for lo, hi in runs:
            yield block_span(candidates[lo])[0], block_span(candidates[hi])[1]


_STEP = fast(r"^\W{0,4}Step \d{1,2}\W{0,4}(?::|\.|\)|—|–|-)\s*\S", re.I)


def _plan_step(block: Block) -> bool:
    return (
        block.kind in ("paragraph", "list_item", "heading")
        and not block.quoted
        and (_STEP.match(block.text) is not None)
    )


def _sandwiched(block: Block) -> bool:
    """A paragraph between two runs of notes joins them if it plans or names the task."""
    return block.kind in ("paragraph", "list_item", "heading") and (
        trace_score(block.text, full=True)[0] > 0
    )


def _extends(score: tuple[float, bool, bool]) -> bool:
    """A weaker neighbour joins a run if it still names the task's materials, or
    plans in the first person as strongly as "Alright, let me draft it now."."""
    value, task, plan = score
    return (value >= TRACE_EXTEND and task) or (value >= 2 * TRACE_EXTEND and plan)


def _first_text_offset(doc: Document) -> int:
    for b in doc.blocks:
        if b.kind != "front_matter":
            return b.source_start
    return 0


def _merge(
    spans: Iterable[tuple[int, int]], text: str, same_line: bool = False
) -> list[tuple[int, int]]:
    """Union spans that overlap or are separated only by whitespace (or, with
    `same_line`, by anything on the same line)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        gap = text[out[-1][1] : s] if out else ""
        if out and (s <= out[-1][1] or not gap.strip() or (same_line and "\n" not in gap)):
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


# --- NL102/103/105/107 chat artefacts ----------------------------------------------

_ART_NOUNS = (
    r"article|version|text|draft|rewrite|summary|story|post|piece|blog|content|news|report|"
    r"headline|copy|write-?up|paragraphs?|edits?|revisions?|update|feature|press release|op-ed|"
    r"changes|improvements|adjustments|"
    r"column|brief|explainer|output|result"
)
_REWRITE_ADJ = (
    r"rewritten|revised|updated|edited|improved|polished|final|new|expanded|shortened|"
    r"condensed|paraphrased|humani[sz]ed|SEO[- ]optimi[sz]ed|optimi[sz]ed|reworded|rephrased|"
    r"corrected|proofread|refined|restructured|requested|complete|full rewritten|"
    r"\d+[- ]word|news-style|journalistic|plagiarism-free|unique|original|engaging|"
    r"informative|professional|concise|detailed|comprehensive|short|brief|longer|shorter|"
    r"cleaned[- ]up|tidied[- ]up|copy-?edited|subbed|lightly edited|fact-checked"
)
# Words that also describe a plan or a law ("a leaner version of the bill"): they count
# only after "Here's", of an edit ("version", "draft") that is not "of" something else.
_TIDIED_ADJ = (
    r"cleaner|tidier|tightened(?:[- ]up)?|tighter|trimmed(?:[- ]down)?|pared[- ]back|"
    r"streamlined|leaner|punchier|sharper|smoother|reworked|rejigged|reshaped|snappier"
)
# Genres an assistant is asked to write, beyond _ART_NOUNS. Common English words
# ("review", "profile", "guide"), so they count only right after "Here's a ..."
# with nothing but adjectives between (see _PREAMBLE).
_GENRE_NOUNS = (
    r"review|roundup|round-up|recap|preview|obituary|obit|profile|interview|Q&A|listicle|"
    r"guide|analysis|commentary|editorial|newsletter|bulletin|dispatch|essay|script|"
    r"thread|captions?|overview|breakdown|rundown|digest|live ?blog|FAQ|FAQs|explainer|"
    r"match report|piece|news story|writeup"
)
# A word that can only describe the text: "detailed,", "SEO-friendly", "700-word",
# "punchy", "more engaging" (suffixes and hyphenated compounds, a few plain adjectives).
_ADJ_WORD = (
    r"(?:more|less|very|fully|much more|slightly more)?\s*"
    r"(?:[A-Za-z]+(?:ed|ly|ful|ive|ing|ous|al|ic|y|er|est|ble)|[\w]+-[\w-]+|\d[\d,]*|"
    r"short|brief|new|full|fresh|quick|clean|tight|crisp|warm|neutral|fair|plain|simple|"
    r"final|solid|rough|smart|sharp|strong|vivid|lively|casual|formal|balanced|"
    r"SEO|AP)[,;]?"
)
# The assistant's own yes (not "Great news!" or "OK" in a live blog).
_ASSENT = (
    r"(?:Certainly|Sure(?: thing)?|Absolutely|Of course|Gladly|Happy to help|Great question|"
    r"Got it|Understood|No problem)"
)
_INTERJECTION = (
    r"(?:Certainly|Sure(?: thing)?|Absolutely|Of course|Okay|OK|Great|Alright|All right|"
    r"Got it|Understood|No problem|Happy to help|Great question|Perfect|Definitely|Gladly)"
)
_SPEAKER = (
    r"(?:(?:assistant|chatgpt|gpt-?\d[\w.-]*|claude|gemini|copilot|ai|model|bot|response)\s*:\s*)?"
)
# A heading or line that only announces the answer.
_ANSWER_LABEL = fast(
    r"^\W{0,4}(?:final (?:answer|version|draft|article|output|text)|rewritten (?:article|version|"
    r"text|story)|revised (?:article|version|text|story|draft)|edited (?:version|article|text)|"
    r"updated (?:article|version)|improved version|humani[sz]ed version|paraphrased (?:version|"
    r"text)|output|(?:key |main |summary of )changes(?: made)?|changes made|"
    r"(?:here(?:'s|’s| is) )?what I(?:'ve|’ve| have)? (?:changed|edited|cut)|edits made|"
    # The assistant's heading over its list of edits: "A few notes on my edits:", "Quick
    # summary of the changes I made", "Some notes on this rewrite", "Changes I made:".
    r"(?:(?:a (?:few|couple of)|some|a (?:quick|brief|short)|quick|brief|short|my|editor's)\s+)?"
    # "Summary of the changes" may head a policy explainer: a word for changes to a
    # text ("edits", "rewrite") or the assistant's "my"/"I made" says whose they are.
    r"(?:notes?|summary|rundown|overview|explanation|comments?|remarks)\s+(?:on|of|about)\s+"
    r"(?:(?:the |my |these |this |your )?(?:(?:key|main|few)\s+)?(?:edits|rewrite|tweaks)"
    r"(?:\s+I(?:'ve|’ve| have)? made)?|my (?:(?:key|main)\s+)?"
    r"(?:changes|revisions|adjustments|cuts)|(?:the |these )?(?:changes|revisions|adjustments|"
    r"cuts) I(?:'ve|’ve| have)? made)|"
    r"(?:changes|edits|revisions|tweaks|cuts) I(?:'ve|’ve| have)? made|"
    # ... or over its notes on the job itself: "Notes on the edit:", "Editing notes",
    # "Revision notes:". ("Notes on the draft" may head a column on the NFL draft.)
    r"(?:(?:a (?:few|couple of)|some|quick|brief|short|my)\s+)?notes?\s+(?:on|about)\s+"
    r"(?:the |my |this |these )?(?:edit|editing|revisions?|redraft|rewrites)|"
    r"(?:edit(?:ing)?|revision|rewrite) notes|"
    r"here(?:'s|’s| is| are) (?:a |the )?(?:breakdown|summary|list|overview|rundown) of "
    r"(?:the |my )?(?:changes|edits|revisions|improvements)[^\n]{0,40})\W{0,4}$",
    re.I,
)
_PREAMBLE = fast(
    # "Okay, so here is ...", "Alright then, here's ...", "Right — here's ...": a filler word
    # after the yes; "Right" only with punctuation after it ("Right here is ..." is not one).
    rf"^{_SPEAKER}(?:\**(?:{_INTERJECTION}\s*[!,.:;—–-]*|Right\s*[!,:;—–-]+)\**\s+"
    r"(?:(?:so|then|well|right)\b\s*[,!—–-]?\s*)?(?:[^\n]{0,60}?[.!]\s+)?"
    rf"(?:here(?:{_Q}s| is| are)|below (?:is|are)|below you{_Q}ll find|I(?:{_Q}ve| have)\b|"
    rf"I{_Q}ll\b|I will\b|I can\b|this is\b)[^\n]{{0,160}}?"
    rf"\b(?:{_ART_NOUNS})\b[^\n]{{0,120}}?[:.!]"
    rf"|(?:here(?:{_Q}s| is| are)|below (?:is|are)|below you{_Q}ll find|this is) "
    rf"(?:your (?:{_ART_NOUNS})\b|(?:the|a|an|your|my)\s+"
    rf"(?:(?:more |much more |slightly more |a bit more |fully |newly )?(?:{_REWRITE_ADJ})\b"
    rf"[^\n]{{0,80}}?\b(?:{_ART_NOUNS})\b|(?:{_ART_NOUNS})\b[^\n]{{0,60}}?"
    rf"\b(?:with (?:the )?(?:hyperlinks|links|changes|edits|corrections|improvements)|"
    r"you (?:requested|asked for)|based on (?:the|your)|in (?:AP|a journalistic|news) style|"
    r"re-?formatted|formatted|converted|translated|edited|updated|polished|shortened|"
    r"expanded|adapted|optimi[sz]ed|in markdown|in html|rewritten|revised|as requested|"
    # ... addressed to the desk that asked for it: "Here's the draft for the web desk".
    r"as you asked|for (?:the |your )?(?:(?:web|online|digital|print|news|copy|night|city|"
    r"metro|foreign|sports?|business|features?|picture) )?(?:desk|subs|sub-editors?|editors?)\b)))"
    r"[^\n]{0,120}?[:.]"
    rf"|I(?:{_Q}ve| have) (?:rewritten|revised|edited|updated|created|written|drafted|prepared|"
    r"added|inserted|made|polished|expanded|condensed|paraphrased|humani[sz]ed|crafted|"
    r"put together|reworked|restructured|optimi[sz]ed|shortened)\b[^\n]{0,120}?"
    rf"\b(?:{_ART_NOUNS})\b[^\n]{{0,160}}?[:.!]"
    # "Sure! Here's a detailed, SEO-friendly review of ...:", "Absolutely — here's a
    # punchy roundup of ...": an interjection, then a genre after adjectives only.
    rf"|\**{_ASSENT}\s*[!,.:;—–-]*\**\s+(?:[^\n]{{0,60}}?[.!]\s+)?"
    rf"(?:here(?:{_Q}s| is| are)|below (?:is|are)|below you{_Q}ll find) (?:a|an|the|your|my)\s+"
    rf"(?:{_ADJ_WORD}\s+(?:and\s+)?){{0,6}}(?:{_GENRE_NOUNS}|{_ART_NOUNS})\b[^\n]{{0,200}}?[:.!]"
    # No interjection, but a word only an assistant uses of its own text: "Here is an
    # SEO-friendly review of the phone for Indian readers:".
    rf"|(?:here(?:{_Q}s| is| are)|below (?:is|are)) (?:a|an|the|your)\s+(?:{_ADJ_WORD}\s+){{0,4}}"
    r"(?:SEO[- ](?:friendly|optimi[sz]ed|rich)|plagiarism[- ]free|human[- ]like|humani[sz]ed|"
    r"AI[- ]generated|engaging,? (?:and )?(?:SEO|reader)[- ]friendly)[,;]?\s+"
    rf"(?:{_ADJ_WORD}\s+){{0,4}}(?:{_GENRE_NOUNS}|{_ART_NOUNS})\b[^\n]{{0,200}}?[:.!]"
    rf"|here(?:{_Q}s| is) (?:a|the|your|my) (?:much |bit |slightly )?(?:{_TIDIED_ADJ})[,;]?\s+"
    r"(?:and (?:[\w-]+)\s+)?(?:version|draft|rewrite|edit|cut|copy)\b(?:\s*[:.!]|[,;]?\s+"
    r"(?:with|as|that|which|below|you|I|for (?:you|the (?:[\w-]+ )?(?:desk|subs|web|site|"
    r"page|paper|newsletter)))\b[^\n]{0,160}?[:.!]))",
    re.I,
)
# A closing offer: what the assistant offers to do next with the text ("Want me to add a
# spec table?", "Shall I draft a shorter version?", "Happy to try a snappier headline if that
# would help.").
_OFFER_VERBS = (
    r"add|write|draft|try|make|do|tweak|adjust|cut|trim|shorten|expand|tighten|punch up|rework|"
    r"rewrite|redo|turn|convert|format|produce|prepare|put together|pull together|include|"
    r"create|give you|provide|suggest|swap|change|condense|summari[sz]e|translate|break|split|"
    r"build|generate|spin|tailor|polish|edit|revise|sharpen|simplify|locali[sz]e|sketch|"
    r"mock up|come up with|flesh out|insert|append|compile|fold|throw in|whip up|pitch|offer|"
    r"dig|look|check|verify|fact-check|find|pull|gather|run|work up|knock up|go through|"
    r"knock out|knock together|bang out|rustle up|dash off|turn around|spin up|run off|cook up"
)
_OFFER_NOUNS = (
    r"headlines?|hed|versions?|drafts?|rewrites?|summary|summaries|tables?|charts?|timelines?|"
    r"sidebars?|fact ?box(?:es)?|explainers?|intros?|ledes?|paragraphs?|sections?|"
    r"captions?|bullet points|bullets|subheads?|subheadings?|standfirsts?|deks?|graphics?|"
    r"infographics?|pull ?quotes?|social (?:posts?|copy)|tweets?|threads?|newsletter|"
    r"meta description|SEO|push alerts?|news alerts?|push notifications?|teasers?|blurbs?|"
    r"promos?|scripts?|breakouts?|fact ?files?|\d+[- ]word\b[^.!?\n]{0,20}"
)
_SIGNOFF = fast(
    r"\bI hope (?:this|that|these|the (?:article|rewrite|revised|updated|above|changes|edits)"
    r"[\w ]{0,20}) (?:helps|is helpful|was helpful|works for you)(?:\s*[!.]|,? (?:and |let me|"
    r"feel free|if you|please))"
    r"|\bI hope (?:this|the|my|these) (?:summary|article|rewrite|version|draft|overview|piece|"
    r"breakdown|analysis|post|explanation|information|text|edit|edits|changes|revisions?) "
    r"(?:is|was|are|were) (?:helpful|useful|what you (?:need|needed|wanted|were looking for)|"
    r"clear|informative|of use)\b"
    r"|\bI hope (?:this|the [\w ]{1,20}) (?:meets|fits|suits|matches) your (?:needs|requirements|"
    r"expectations|brief|request)"
    r"|\b(?:please )?let me know if (?:you(?:'d|’d| would)? (?:like|need|want|have|prefer)|"
    r"there(?:'s|’s| is) anything|any (?:changes|adjustments|further|other)|this (?:works|meets)|"
    r"I should|(?:the|this|that|my|any) (?:[\w-]+ ){0,2}(?:tone|length|headline|intro|lede|"
    r"draft|version|piece|article|story|structure|style|angle|format|wording|edits?|changes|"
    r"rewrite|summary|copy|paragraph|section|quotes?|figures)\b)\b"
    r"|\bfeel free to (?:modify|adjust|edit|tweak|customi[sz]e|change|adapt|let me know|swap|"
    r"expand|shorten|use (?:this|it|the (?:article|text))|ask (?:me|for))\b"
    r"|\bif you(?:'d|’d| would) like(?:,)? (?:me to|I can|I could)\b"
    r"|\bwould you like me to\b"
    r"|\b(?:would you like|do you want|shall I (?:write|make|do)|should I (?:write|make|do)) "
    r"(?:a|an|another|the|me to write a) (?:[\w-]+ ){0,3}(?:version|draft|rewrite|variant|edit|"
    r"summary|headline|thread|post|caption)s?\b"
    r"|\bI(?:'d|’d| would) be (?:happy|glad) to (?:help|assist|make|provide|adjust|revise|"
    r"expand|write|tailor)\b"
    r"|\bis there anything else (?:I can|you(?:'d|’d| would) like me to)\b"
    r"|\b(?:should|shall) I (?:adjust|revise|expand|shorten|change|add|make any)\b"
    r"|\bhappy to (?:make|provide) (?:any )?(?:further )?(?:adjustments|changes|revisions|edits)\b"
    r"|^hope (?:this|that) helps\b|\bjust let me know\s*[.!]"
    r"|\b(?:good luck|best of luck) with (?:your|the) (?:article|story|piece|publication|post|"
    r"blog|writing|project|newsletter|submission)\b|^happy (?:writing|editing|publishing)\b"
    r"|\bif you (?:need|want|would like|'d like|’d like) (?:any )?"
    r"(?:further|more|additional|other) "
    r"(?:edits|changes|revisions|adjustments|tweaks|help|assistance)\b"
    r"|\bdo you want me to\b"
    # "Want me to add a spec comparison table?", "Shall I draft a 150-word version?", "Happy
    # to try a snappier headline if that would help.": an offer opening its sentence (the
    # capital says so), a verb for working on the text, and a question, a part of the copy or
    # "if that would help" after it. "Happy to help, the mayor said" offers no work.
    rf"|\b(?-i:Want) me to (?:also |just |quickly )?(?:{_OFFER_VERBS})\b[^.!?\n]{{0,160}}\?"
    rf"|\b(?-i:Shall|Should) I (?:also |just |quickly )?(?:{_OFFER_VERBS})\b[^.!?\n]{{0,80}}?"
    rf"\b(?:{_OFFER_NOUNS})\b[^.!?\n]{{0,100}}\?"
    rf"|\b(?-i:Happy|Glad|More than happy) to (?:also |then )?(?:{_OFFER_VERBS})\b"
    rf"[^.!?\n]{{0,120}}?(?:\b(?:a|an|the|some|another|any|your|more) (?:[\w-]+ ){{0,3}}?"
    rf"(?:{_OFFER_NOUNS})\b|\bif (?:that|it|this) (?:would |will |could |might )?(?:help|helps|"
    r"be (?:useful|helpful))\b|\bif you(?:'d|’d| would)? (?:like|want|prefer|need)\b)"
    r"|\bjust (?:say the word|say so|shout)\s*[.!]"
    rf"|\bI could also (?:{_OFFER_VERBS})\b"
    # The assistant offering more work, in the first person: "If it helps, I can also knock
    # out a 40-word push alert ... just let me know which you'd prefer", "I could draft a
    # sidebar on the history if you'd like." A verb for working on the text, a piece of copy
    # it would produce, and a condition on the requester's wishes; a columnist's "I can tell
    # you" and a quoted "I can write a better headline" (quotes are masked) offer none.
    r"|\bif (?:it|that|this) (?:helps|would help|(?:is|would be|'s|’s) (?:useful|helpful))"
    rf"\s*[,—–-]\s*I (?:can|could)(?: also| easily| quickly| happily| then| always)? "
    rf"(?:{_OFFER_VERBS})\b"
    rf"|\bI (?:can|could)(?: also| easily| quickly| happily| then| always)? (?:{_OFFER_VERBS})\b"
    rf"[^.!?\n]{{0,80}}?\b(?:{_OFFER_NOUNS})\b[^.!?\n]{{0,120}}?(?:\?|\bif you(?:'d|’d| would)? "
    r"(?:like|want|prefer|need)\b|\blet me know\b|\bjust say\b|\bif (?:it|that|this) "
    r"(?:helps|would help)\b)"
    r"|\bI can also (?:provide|write|create|draft|add|expand|adjust|make|"
    r"help|tailor|shorten|rewrite|include)\b"
    rf"|\bI can also (?:{_OFFER_VERBS})\b[^.!?\n]{{0,60}}?\b(?:a|an|the|some|another|two|three|"
    rf"\d+[- ]word) (?:[\w-]+ ){{0,3}}?(?:{_OFFER_NOUNS})\b"
    # The assistant's note on its own output: "Note: I've left placeholders where ..."
    r"|^\W{0,3}(?:note|nb|please note)\W{0,4}\s*I(?:'ve|’ve| have) (?:also |lightly |slightly )?"
    r"(?:left|kept|added|included|"
    r"used|changed|removed|omitted|assumed|replaced|inserted|adjusted|retained|preserved|marked|"
    # ... or on its edits: "Note: I've tightened the intro and cut the last paragraph."
    r"tightened|trimmed|cut|shortened|condensed|rewritten|reworded|rephrased|restructured|"
    r"reordered|moved|merged|dropped|deleted|streamlined|softened|toned down|corrected|fixed|"
    r"simplified|clarified|edited|revised|polished|tweaked|smoothed|"
    r"not (?:included|changed|verified|added))\b"
    r"|\bI(?:'ve|’ve| have) (?:left|kept|used|added|inserted|included) (?:some |a few |the )?"
    r"(?:placeholders?|brackets|blanks)\b"
    r"|^\W{0,3}(?:note|nb|please note)\W{0,4}\s*I (?:couldn['’]t|could not|was unable to|"
    r"wasn['’]t able to|did not|didn['’]t|cannot|can['’]t) (?:verify|confirm|find|access|check|"
    r"locate)\b"
    r"|\byou (?:may|might) want to (?:double-check|verify|confirm|check|fact-check)\b[^.\n]{0,60}"
    r"\bbefore (?:publishing|publication|you publish|posting)\b"
    r"|\bplaceholders? (?:where|for (?:any|the|names|quotes))\b[^.\n]{0,80}"
    r"\b(?:not (?:provided|given|available|included)|missing|unknown)\b",
    re.I,
)
# Every sign-off pattern contains one of these: a cheap gate before the regex.
_SIGNOFF_KEYS = (
    "hope",
    "luck",
    "happy",
    "let me know",
    "feel free",
    "if you",
    "would you like",
    "happy to",
    "glad to",
    "anything else",
    "should i",
    "shall i",
    "do you want",
    "i can also",
    "want me to",
    "just say",
    "just shout",
    "i could also",
    "i can ",
    "i could ",
    "i've",
    "i’ve",
    "i have",
    "placeholder",
    "i couldn",
    "i could not",
    "i was unable",
    "you may want",
    "you might want",
    "note",
)
# The assistant's report of its edits, opening a sentence in a sign-off paragraph ("I left
# every quotation untouched, moved ...", "I've kept every quote exactly as it appeared in
# the transcript you pasted."): part of the sign-off, so the fix takes the paragraph whole.
_EDIT_REPORT = fast(
    rf"^I(?:{_Q}ve| have)?(?: (?:only|just|also|simply|mostly|deliberately|lightly|slightly|"
    r"already))? (?:kept|left|removed|added|shortened|rewritten|rewrote|revised|changed|cut|"
    r"trimmed|inserted|restructured|replaced|condensed|expanded|corrected|preserved|retained|"
    r"omitted|simplified|rephrased|reworded|adjusted|smoothed|moved|tightened|reordered|"
    r"reworked|swapped|dropped|tidied|streamlined|softened|polished|merged|tweaked)\b"
)
_CHAT_UI = fast(
    r"^(?:Regenerate(?: response| draft)?|Copy code|Copy to clipboard|ChatGPT said:?|You said:?|"
    r"Claude said:?|Show drafts|Draft \d+ of \d+|\d+\s*/\s*\d+\s*(?:drafts?)?|"
    r"Was this (?:response|answer) helpful\??|Is this conversation helpful so far\??|"
    r"(?:ChatGPT|Claude|Gemini|Bard|Copilot) (?:can|may) make mistakes\.?[^\n]{0,80}|"
    r"(?:ChatGPT|Gemini|Copilot|Claude|Bard)(?: \d[\w.]*)?:?|Assistant:|User:|Human:|AI:|"
    r"Thought for \d+ seconds?|Searched \d+ sites?|Edit message|"
    r"Good response|Bad response)\s*$",
    re.I,
)
# Run only where its literal "Regenerate " occurs: an `in` test costs far less than
# an RE2 call, and nearly every block lacks it.
_CHAT_UI_INLINE = fast(r"\bRegenerate (?:response|draft)\b")
_PROMPT_VERBS = (
    r"rewrite|paraphrase|summari[sz]e|rephrase|humani[sz]e|expand|write|generate|create|draft|"
    r"compose|edit|proofread|translate|make|turn|convert|improve|polish|shorten|optimi[sz]e|"
    r"add (?:hyperlinks|links)|fact-?check"
)
_PROMPT = fast(
    r"^(?:\W{0,3}(?:prompt|instructions?|task|query|user|human|me)\s*:\s*|"
    r"(?:please\s+|can you\s+|could you\s+|I want you to\s+|I need you to\s+)?)"
    rf"(?:(?:{_PROMPT_VERBS})\b[^\n]{{0,100}}?\b(?:the following|this|the below|the above|below)"
    r"\s+(?:\w+\s+){0,3}?(?:article|text|passage|content|story|post|paragraphs?|blog|press release|"
    r"news|report|draft|copy|piece)\b"
    rf"|(?:{_PROMPT_VERBS})\b[^\n]{{0,40}}?\ban? (?:\d+[- ]word |short |brief |concise |detailed )?"
    r"(?:news |blog |seo[- ]friendly |seo[- ]optimi[sz]ed |journalistic |engaging |informative )?"
    r"(?:article|story|blog post|post|summary|press release|news report|piece|write-?up)\b"
    r"[^\n]{0,200}?(?:\b(?:about|on|for|based|covering|using|in)\b)"
    r"|(?:act|acting|write|respond) as (?:a|an) (?:professional |experienced |expert |senior )?"
    r"(?:journalist|reporter|news writer|editor|copywriter|SEO|content writer|blogger)\b"
    r"|you are (?:a|an) (?:professional |experienced |expert |senior |helpful )?"
    r"(?:journalist|reporter|news writer|editor|copywriter|SEO|content writer|blogger|"
    r"assistant)\b)",
    re.I,
)
_SENTENCE_SPLIT = fast(r"(?<=[.!?])\s+")


def _whole_block_fix(doc: Document, block: Block) -> Fix | None:
    start, end = block_span(block)
    return line_removal(doc, start, end)


# The anchored patterns every block is tried against, and the sign-off keys as one
# RE2 alternation over UTF-8 bytes (one scan instead of a test per key).
_CHAT_STARTS = StartGate([_PREAMBLE, _ANSWER_LABEL, _PROMPT, _CHAT_UI])
_SIGNOFF_KEY_RX = re2.compile("|".join(re.escape(k) for k in _SIGNOFF_KEYS).encode(), re2.Options())
# The same anchored patterns for a whole article at once: "(?m)^(?:P)" finds P at
# the start of any line, so at the start of any block of the blocks joined by line
# breaks. Multiline ^ and $ hold at a block's edges there as they do at a text's,
# a line break is a non-word character like a text's edge, and more places to
# match only make the answer a wider "maybe"; so a pattern matching a block
# matches the joined text too.
_CHAT_ANYWHERE = PatternSet(
    [f"(?m)^(?:{rx.pattern})" for rx in (_PREAMBLE, _ANSWER_LABEL, _PROMPT, _CHAT_UI)]
)


def _may_hold_artefacts(texts: list[str]) -> bool:
    """Whether any of these block texts can hold a chat artefact: one pass over them
    joined, instead of four tests a block, as nearly every article holds none.

    Each test is one the block tests imply: the "Regenerate " literal, a sign-off key
    (lowering is per character, but for a final sigma, which no key holds), a start
    pattern (see _CHAT_ANYWHERE); a failed set pass counts as a yes.
    """
    joined = "\n".join(texts)
    if "Regenerate " in joined:
        return True
    try:
        data = joined.lower().encode("utf-8", "surrogatepass")
        return _SIGNOFF_KEY_RX.search(data) is not None or bool(_CHAT_ANYWHERE.present(joined))
    except UnicodeEncodeError:  # a lone surrogate: let the block tests meet it as before
        return True


class ChatArtefacts(Check):
    """NL102, NL103, NL105, NL107: a chat assistant's side of the conversation."""

    rules = (
        rule(
            "NL102",
            "chat-preamble",
            "error",
            "Chat-assistant preamble left in the article",
            """A line such as "Certainly! Here is the rewritten article:" or "I've revised
            the story to be more concise:" is the assistant talking to whoever prompted it.
            Readers should never see it. Delete the line (the fix does, when the preamble
            fills its line); the article starts after it.""",
            bad=[
                "Certainly! Here is the rewritten article:\n\nThe council voted on Tuesday.",
                "Here's the revised version of your article:",
                "Sure. I've rewritten the story in AP style below:",
                "Here is a 600-word news article about the flood:",
            ],
            good=[
                "Certainly the council will vote on Tuesday, officials said.",
                "Here is what we know about the fire.",
                "Here is the full text of the mayor's statement:",
                "Sure, the mayor said, the plan is expensive.",
            ],
            fixable=True,
        ),
        rule(
            "NL103",
            "chat-signoff",
            "error",
            "Chat-assistant sign-off left in the article",
            """Closing offers such as "I hope this helps!", "Let me know if you'd like any
            changes", "Feel free to modify the article" or "If it helps, I can also knock
            out a push alert", and the assistant's notes on
            its own output ("Note: I've left placeholders where..."), are addressed to the
            person who asked for the text, not to readers. Delete them. When the whole paragraph is
            sign-off, the fix removes its line.""",
            bad=[
                "The council will vote again in May.\n\nI hope this helps! Let me know if "
                "you'd like any changes.",
                "Feel free to adjust the tone to suit your publication.",
                "Would you like me to add quotes from the mayor?",
                "**Note:** I've left placeholders where names and quotes were not provided.",
                "Would you like a version optimized for LinkedIn as well?",
                "Want me to add a timeline of the dispute?",
                "Happy to try a shorter headline if that would help.",
                "I hope this summary is useful!",
                "**Note:** I couldn't verify the $2.75 billion figure; you may want to "
                "double-check it before publishing.",
                "If it helps, I can also knock out a 40-word push alert — just let me know.",
            ],
            good=[
                '"Let me know if you need anything," the neighbour told her.',
                "Note: figures have been rounded, and I have been told the plan may change.",
                'The mayor asked, "Would you like a version of the plan with fewer cuts?"',
                "Is there anything else you want to add? No, I think we covered it.",
                "Residents can feel free to use the pool until September.",
                "Happy to help, the harbour master said.",
                '"I can also write a shorter version if you like," the editor said.',
            ],
            fixable=True,
        ),
        rule(
            "NL105",
            "chat-interface",
            "error",
            "Chat-interface text copied into the article",
            """Buttons and labels of a chat tool ("Regenerate response", "Copy code",
            "ChatGPT said:", "Draft 2 of 3") were copied along with its answer. Delete
            the line; the fix does when the label stands alone.""",
            bad=["The council met on Tuesday.\n\nRegenerate response", "Copy code"],
            good=["The firm said it would regenerate the wetland by 2030."],
            fixable=True,
        ),
        rule(
            "NL107",
            "prompt-echo",
            "error",
            "The prompt given to a writing assistant is left in the article",
            """An instruction such as "Rewrite the following article in a neutral tone:"
            or "Act as a journalist and write..." is the request sent to a chat
            assistant, pasted along with its answer. Delete it.""",
            bad=[
                "Rewrite the following article in a neutral news style:\n\nThe council met.",
                "Write a 500-word news article about the Fed decision for a general audience.",
                "Act as a journalist and summarise this report.",
            ],
            good=[
                "Write to your MP, the campaign urged supporters.",
                "Residents were asked to write a letter to the council about the plan.",
            ],
        ),
    )

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        blocks = [
            b
            for b in doc.blocks
            if b.kind in ("paragraph", "heading", "list_item", "table_cell") and not b.quoted
        ]
        answered: set[int] = set()  # blocks a listed preamble or sign-off already reports
        if _may_hold_artefacts([b.text for b in blocks]):
            for block in blocks:
                for finding in self._block(doc, block):
                    if finding.rule in ("NL102", "NL103"):
                        answered.add(id(block))
                    yield finding
        yield from self._assistant_turns(blocks, answered)

    def _assistant_turns(self, blocks: list[Block], answered: set[int]) -> Iterator[Finding]:
        """NL102/NL103 for a block at the top or bottom of the article that no listed
        wording matched but that reads as the assistant's turn (see checks/voice.py).
        No fix: the evidence is a situation, not a phrase, so an editor deletes it."""
        prose = [b for b in blocks if b.kind != "table_cell"]
        top = prose[:2]
        edges = [(b, True) for b in top] + [(b, False) for b in prose[-3:] if b not in top]
        for block, first in edges:
            if id(block) in answered:
                continue
            turn = assistant_turn(mask_quotes(block.text), first)
            if turn is not None:
                s, e = block_span(block)
                meta = self.rules[0] if turn == "preamble" else self.rules[1]
                yield Finding(meta.id, s, e, meta.message)

    def _block(self, doc: Document, block: Block) -> Iterator[Finding]:
        text = block.text
        starts = _CHAT_STARTS.present(text)
        m = (id(_PREAMBLE) in starts and _PREAMBLE.match(text)) or (
            id(_ANSWER_LABEL) in starts and _ANSWER_LABEL.match(text)
        )
        if m:
            s, e = block.source_span(m.start(), m.end())
            fix = line_removal(doc, s, e)
            yield Finding("NL102", s, e, self.rules[0].message, fix=fix)
        m = id(_PROMPT) in starts and _PROMPT.match(text)
        if m and not text.rstrip().endswith("?"):
            s, e = block.source_span(0, len(text))
            yield Finding("NL107", s, e, self.rules[3].message)
        if id(_CHAT_UI) in starts and _CHAT_UI.match(text):
            s, e = block_span(block)
            yield Finding("NL105", s, e, self.rules[2].message, fix=_whole_block_fix(doc, block))
        elif "Regenerate " in text and (m := _CHAT_UI_INLINE.search(text)) is not None:
            s, e = block.source_span(m.start(), m.end())
            yield Finding("NL105", s, e, self.rules[2].message)
        yield from self._signoff(doc, block)

    def _signoff(self, doc: Document, block: Block) -> Iterator[Finding]:
        if _SIGNOFF_KEY_RX.search(block.text.lower().encode("utf-8", "surrogatepass")) is None:
            return
        masked = mask_quotes(block.text)
        hits = list(_SIGNOFF.finditer(masked))
        if not hits:
            return
        sentences = [s for s in _SENTENCE_SPLIT.split(block.text.strip()) if s]
        all_signoff = all(
            _SIGNOFF.search(s)
            or len(s.split()) <= 3
            or s.lower().startswith("i hope")
            or _EDIT_REPORT.match(s)
            for s in sentences
        )
        if all_signoff:
            s, e = block_span(block)
            fix = _whole_block_fix(doc, block)
        else:
            s, e = block.source_span(hits[0].start(), hits[-1].end())
            fix = None
        yield Finding("NL103", s, e, self.rules[1].message, fix=fix)


# --- NL110 stray markup -----------------------------------------------------------

_HTML_TAG = fast(
    r"</?(?:p|div|span|a|br|strong|em|b|i|u|h[1-6]|ul|ol|li|img|figure|figcaption|iframe|"
    r"script|style|ins|section|article|blockquote|table|tr|td|th|tbody|thead|noscript|header|"
    r"footer|nav|aside|button|form|input|meta|link|body|html|head|title|sup|sub|hr|picture|"
    r"source|video|audio|embed|object|svg|path|center|font)\b[^<>\n]{0,400}?/?>"
    r"|<!--[^\n]{0,400}?-->|<!DOCTYPE[^>\n]*>|\\n\\n|[.!?\"”]\\n[A-Z\"“]|\\u20[12][0-9a-f]"
    r"|&(?:nbsp|amp|quot|lt|gt|rsquo|lsquo|rdquo|ldquo|mdash|ndash|hellip|#\d{2,5}|#x[0-9a-fA-F]{2,4});",
    re.I,
)
_VISIBLE_TAG = fast(
    r"</?(?:p|div|span|a|br|strong|em|b|i|h[1-6]|ul|ol|li|img|script|iframe|ins)\b[^<>\n]{0,200}/?>",
    re.I,
)
_AD_MARKUP = fast(
    r"adsbygoogle|data-ad-(?:slot|client|format|unit)|googletag\.|div-gpt-ad|doubleclick\.net|"
    r"googlesyndication|<script\b|<noscript\b|<style\b|<ins\b|</ins>|</script>|amzn_assoc|"
    r"taboola|outbrain|<!--\s*wp:|<iframe\b[^>]*(?:ads|doubleclick|banner)",
    re.I,
)
_SUPPRESSION = fast(r"<!--\s*newslint", re.I)
# JSON string escapes left in text copied from an API response.
_ESCAPES = fast(r"\\n\\n|[.!?\"”]\\n[A-Z\"“]|\\u20[12][0-9a-f]")
# WordPress/page-builder shortcodes and script code that lost its <script> tags.
_SHORTCODE = fast(
    r"\[/?(?:caption|embed|gallery|video|audio|playlist|vc_\w+|et_pb_\w+|fusion_\w+|"
    r"av_\w+|shortcode|contact-form-7|mc4wp_form|adsense|ad)\b[^\]\n]{0,300}\]"
    r"|^\s*\(adsbygoogle\s*=\s*window\.adsbygoogle|^\s*googletag\.|^\s*window\.dataLayer|"
    r"^\s*document\.write\(|^\s*var\s+\w+\s*=\s*(?:window|document)\b",
)
_MD_IN_HTML = fast(
    r"\*\*[^*\n]{1,120}\*\*|(?<![\w])__[^_\n]{1,120}__(?![\w])|"
    r"\[[^\]\n]{1,200}\]\((?:https?://|/|www\.)[^)\s]{1,500}\)|^#{1,6} \S|```|^\s*[-*+] \[|"
    r"!\[[^\]\n]{0,200}\]\(",
    re.M,
)


def _may_hold_markdown(text: str) -> bool:
    """Whether `text` holds what every _MD_IN_HTML match holds ("**", "__", "[" for a
    link, picture or task box, "# " for a heading, "```"): substring tests cost far
    less than that pattern's scan, and most paragraphs hold none of them."""
    return "[" in text or "**" in text or "__" in text or "# " in text or "```" in text


# --- NL109 (pattern rule in rules/meta-chat.yaml): notes to editors in comments --------

_COMMENT = lazyre.compile(r"<!--(.{0,1500}?)-->", re.S)
_EDITORIAL_OBJECT = (
    r"graf|grafs|para|paras|paragraph|paragraphs|lede|lead|hed|dek|nut ?graf|kicker|"
    r"standfirst|quote|quotes|figure|figures|number|numbers|name|names|spelling|byline|"
    r"headline|caption|copy|story|sentence|stat|stats|total|score|pic|photo|attribution|source"
)
# A comment addressed to the desk ("<!-- editor: ... -->", "<!-- NOTE TO DESK ... -->",
# "<!-- TK -->"), or an instruction about the copy ("cut this graf if ...", "check the
# spelling of ...", "hold until the embargo lifts", "before publishing"). Template
# comments ("<!-- .entry-content -->", "<!-- wp:paragraph -->", "<!-- TODO: lazy-load
# images -->") name no part of the copy and stay clean.
_COMMENT_NOTE = lazyre.compile(
    r"^\s*(?:note to (?:the )?(?:editors?|eds|desk|copy ?desk|subs|sub-editors?|producers?)|"
    r"editors?|ed|eds|ed\.? note|desk|news ?desk|copy ?desk|subs|sub|producer|web ?desk|"
    r"night editor|reporter|writer|note to self|query|fact[- ]?check|tbc|(?-i:TK|TKTK))\b"
    r"\s*(?:[:—–-]|\bplease\b|\bpls\b)"
    # ... also with the name of whoever it is for: "TODO Gethin: confirm ...", "NB (sam) -".
    r"|^\s*(?:(?:TODO|FIXME|NB|N\.B\.|note)(?:\s*\(?@?[A-Za-z][\w'’-]*\)?)?|check|confirm|"
    r"verify)\s*[:—–-][^\n]{0,200}?"
    rf"\b(?:{_EDITORIAL_OBJECT}|comment|reaction|response|spokesperson|confirm|verify|"
    r"before (?:publishing|publication|we publish|it runs|going live))\b"
    r"|\b(?:cut|trim|drop|kill|spike|hold|update|swap|confirm|check|verify|chase|add|insert|"
    r"fix|move|rewrite|tighten|sub|double-check|fact-check|re-?check)\b[^.\n]{0,30}?"
    rf"\b(?:(?:this|that|these) (?:[\w'’-]+ )?(?:{_EDITORIAL_OBJECT})|(?:the|his|her|their) "
    r"(?:[\w'’-]+ )?(?:graf|grafs|para|paras|paragraph|lede|quotes?|figures?|numbers?|"
    r"spelling|stats?|total|score|attribution))\b"
    r"|\bbefore (?:publishing|publication|we publish|it runs|going live|this runs)\b"
    r"|(?-i:\bTK\b)|\b(?:graf|grafs|nut ?graf|hed|dek)\b"
    # A reporter's name, then a checking job: "<!-- Gethin: confirm with the press office -->".
    r"|^\s*(?-i:[A-Z][a-z'’-]+)\s*[:,—–-]\s*(?:pls\s+|please\s+|can you\s+|could you\s+)?"
    r"(?:confirm|check|verify|chase|double-check|fact-check|call|ring)\b",
    re.I,
)


def comment_notes(doc: Document) -> Iterator[tuple[int, int]]:
    """Spans of comments (HTML, Markdown, or left in plain text) with a note to an editor.

    Readers never see a comment, but one such as "<!-- editor: cut this graf if the
    Sunday figures change -->" shows the copy was never signed off, and it travels with
    the article into every feed that republishes the HTML.
    """
    if "<!--" not in doc.text:
        return
    for m in _COMMENT.finditer(doc.text):
        body = m.group(1)
        if _SUPPRESSION.match(m.group()) or body.lstrip().startswith(("[if", "/wp:", "wp:")):
            continue
        if _COMMENT_NOTE.search(body):
            yield m.start(), m.end()


# --- NL106 (pattern rule in rules/meta-chat.yaml): placeholders in front matter ------

# Values of a YAML front matter that were never filled in: "{{author_name}}", "{author}",
# "[AUTHOR]", "[Author Name]", "<name>", "<insert title>", or TK/TBC/XX as the whole value.
# The body's NL106 patterns never see front matter (it is not prose), but its title, author
# and description are what readers see first.
_FM_SLOT = (
    r"name|first[ _]name|last[ _]name|full[ _]name|author|authors|author[ _]name|byline|"
    r"reporter|writer|title|headline|subtitle|sub[ _]?headline|dek|description|summary|excerpt|"
    r"date|publish[ _]date|city|location|dateline|image|image[ _]url|url|link|slug|category|"
    r"tags?|keywords?|source|credit|caption|email|company|organi[sz]ation"
)
_FM_PLACEHOLDER = fast(
    # A template variable left unrendered: one bare name, no filters or dotted paths
    # ("{{ title | slugify }}" and "{{ page.fileSlug }}" in an Eleventy permalink are templates).
    r"\{\{\s*[A-Za-z_]\w*\s*\}\}|\{\{\s*(?i:insert|add|your)\b[^{}\n]{0,40}\}\}"
    r"|\{\s*[A-Za-z_]\w*\s*\}"
    # A slot name in brackets: "[AUTHOR]", "[Author Name]", "[author_name]", "[Insert title]",
    # "<name>", "<AUTHOR NAME>", "<insert headline>"; a one-word list such as "[Environment]"
    # or "[news]" is a list of tags.
    rf"|\[\s*(?:(?i:insert|add|your|enter|placeholder|tbc|tbd|tk)\b[^\]\n]{{0,40}}"
    rf"|(?:[A-Za-z]+[ _])?(?i:{_FM_SLOT})|(?-i:[A-Z]{{4,}}(?:[ _][A-Z]{{2,}})*))\s*\]"
    rf"|<\s*(?:(?i:insert|add|your|enter|placeholder)\b[^<>\n]{{0,40}}"
    rf"|(?:[A-Za-z]+[ _])?(?i:{_FM_SLOT})|(?-i:[A-Z]{{4,}}(?:[ _][A-Z]{{2,}})*))\s*>"
    # TK, TBC, XX or "lorem ipsum" as the whole value.
    r"|^(?:TK|TKTK|TBC|TBD|TBA|TODO|FIXME|XX+|PLACEHOLDER|INSERT[A-Z ]{0,30}|(?i:lorem ipsum)"
    r"[^\n]{0,200})$"
)
# Keys whose values are templates by design (Eleventy's permalink and computed data).
_FM_TEMPLATE_KEYS = frozenset({"permalink", "eleventycomputed", "eleventyexcludefromcollections"})
# Keys holding lists of labels: "[Environment]", "[NASA]" there is a one-item list, so only
# an instruction in brackets ("[insert tags]") or a template variable counts.
_FM_LIST_KEYS = frozenset(
    {"tags", "tag", "categories", "category", "keywords", "topics", "series", "sections", "labels"}
)
_FM_INSTRUCTION = fast(r"^[\[<]\s*(?i:insert|add|your|enter|placeholder|tbc|tbd|tk)\b")
# What each _FM_PLACEHOLDER alternative needs: a bracket or brace, or (for a whole
# value of TK, TBC, FIXME, XX, PLACEHOLDER, INSERT ..., lorem ipsum) its first letter.
_FM_BRACKETS = frozenset("{[<")
_FM_WHOLE_VALUE_STARTS = frozenset("TFXPIlL")


def _may_be_placeholder(value: str) -> bool:
    """Whether _FM_PLACEHOLDER can match in a front matter value: a set test instead
    of an RE2 call (and the value's encoding) for every line."""
    return value[:1] in _FM_WHOLE_VALUE_STARTS or not _FM_BRACKETS.isdisjoint(value)


_FM_LINE = lazyre.compile(r"^( *)(?:- +)?(?:([A-Za-z_][\w.-]*)\s*:(?:\s+|$))?(.*?)\s*$")


def front_matter_placeholders(doc: Document) -> Iterator[tuple[int, int, str]]:
    """Placeholders in the values of a Markdown file's YAML front matter: (start, end,
    placeholder). A value's quotes are stripped, so `author: "{{author_name}}"` and `author:
    {{author_name}}` read the same."""
    block = next((b for b in doc.blocks if b.kind == "front_matter"), None)
    if block is None:
        return
    raw = doc.text[block.source_start : block.source_end]
    if not any(c in raw for c in "{[<TXPIFl"):
        return
    offset = block.source_start
    top = ""
    for line in raw.split("\n"):
        m = _FM_LINE.match(line)
        here = offset
        offset += len(line) + 1
        if m is None or line.strip() in ("---", "..."):
            continue
        indent, key, value = m.groups()
        if key and not indent:
            top = key.lower()
        if top in _FM_TEMPLATE_KEYS or not value or value.startswith("#"):
            continue
        start = m.start(3)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value, start = (
                value[1:-1].strip(),
                start + 1 + (len(value[1:-1]) - len(value[1:-1].lstrip())),
            )
        if not _may_be_placeholder(value):
            continue
        for hit in _FM_PLACEHOLDER.finditer(value):
            slot = hit.group()
            if top in _FM_LIST_KEYS and slot[0] in "[<" and not _FM_INSTRUCTION.match(slot):
                continue
            yield here + start + hit.start(), here + start + hit.end(), hit.group()


# A link's or picture's address that was never filled in: "![Campus](IMAGE_URL_HERE)",
# "[the report](LINK)", '<img src="PHOTO_URL">', '<a href="insert-link-here">',
# "(placeholder.jpg)", "({{image_url}})". The parsers keep the address out of the text, so
# the body's NL106 patterns never see it. An address in capitals naming a slot (URL, LINK,
# SRC, HERE, TBD ...), or one of the words an editor writes for "link to come"; a real
# relative path ("/img/authors/vsosa.jpg") or "#" (a page's script-driven button) is left alone.
_TARGET_SLOT = fast(
    r"(?:\]\(\s*<?|\b(?i:href|src)\s*=\s*[\"']?)("
    r"(?:[A-Z][A-Z0-9]*[_-])*(?:URL|LINK|HREF|SRC|HERE|PLACEHOLDER|TBD|TBC|TK|TODO)"
    r"(?:[_-][A-Z0-9]+)*"
    r"|(?i:url|link|(?:image|photo|img|video|link)[-_]?(?:url|link|here|src)(?:[-_]here)?|"
    r"(?:insert|add|paste)[-_](?:the[-_])?(?:link|url|image|photo|address)[\w-]{0,30}|"
    r"placeholder(?:[-_.][\w.-]{0,40})?|tbd|tbc|tk|todo)"
    r"|\{\{\s*[A-Za-z_]\w*\s*\}\})"
    r"\s*(?:[)\"'>]|\s[\"'(])"
)


def target_placeholders(doc: Document) -> Iterator[tuple[int, int, str]]:
    """Placeholders standing for a link's or an image's address: (start, end, slot)."""
    text = doc.text
    if "](" not in text and "href" not in text and "src" not in text:
        return
    code: list[tuple[int, int]] | None = None
    for m in _TARGET_SLOT.finditer(text):
        if code is None:  # built once, and only for a file with a hit
            code = [(b.source_start, b.source_end) for b in doc.blocks if b.kind == "code"]
        if not _skipped(m.start(1), code):  # "![alt](URL)" shown in a code sample
            yield m.start(1), m.end(1), m.group(1)


class HiddenNotes(Check):
    """NL109 and NL106 (pattern rules in rules/meta-chat.yaml) where their patterns
    cannot look: notes to an editor in source comments, which the parsers drop from
    the text, and placeholders in front matter and in link and image addresses, which
    are not prose."""

    reports = ("NL106", "NL109")

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if ctx.wants("NL109"):
            for s, e in comment_notes(doc):
                note = " ".join(doc.text[s:e].split())
                note = note if len(note) <= 60 else note[:59] + "…"
                yield Finding("NL109", s, e, f"Note to an editor left in the article: '{note}'")
        if not ctx.wants("NL106"):
            return
        if doc.format == "markdown":
            for s, e, slot in front_matter_placeholders(doc):
                yield Finding("NL106", s, e, f"Placeholder left in the front matter: '{slot}'")
        if doc.format != "text":
            for s, e, slot in target_placeholders(doc):
                yield Finding(
                    "NL106", s, e, f"Placeholder left as a link or image address: '{slot}'"
                )


class StrayMarkup(Check):
    """NL110: markup that belongs to another format or to the page, not the article."""

    rules = (
        rule(
            "NL110",
            "stray-markup",
            "error",
            "Stray markup left in the article text",
            """Ad slots (<ins class="adsbygoogle">), scripts, embed code, HTML tags or
            entities in a plain-text article, and Markdown syntax (**bold**, [links](...))
            inside an HTML article are leftovers of copying or converting the text. Readers
            see them as garbage or they break the page. Remove the markup; keep the words.
            One finding covers each contiguous run of lines.""",
            bad=[
                '<ins class="adsbygoogle" data-ad-slot="123"></ins>',
                "The council met on <strong>Tuesday</strong>.&nbsp;It voted 7-2.",
            ],
            good=[
                "The council met on Tuesday. It voted 7-2 for the plan.",
                "The ratio was 3 < 4 and 5 > 2.",
            ],
        ),
    )

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if doc.format == "text":
            spans = list(self._text_lines(doc))
        elif doc.format == "markdown":
            spans = list(self._markdown(doc))
        else:
            spans = list(self._html(doc))
        for s, e in _merge(spans, doc.text, same_line=True):
            yield Finding("NL110", s, e, self.rules[0].message)

    @staticmethod
    def _code_lines(doc: Document, kinds: tuple[str, ...]) -> set[int]:
        """Where the lines start that start inside a block of these kinds (one set a
        file, so each line is asked with a set lookup, not a scan of the blocks)."""
        starts = doc.lines.starts
        skipped: set[int] = set()
        for b in doc.blocks:
            if b.kind in kinds:
                lo = bisect.bisect_left(starts, b.source_start)
                skipped.update(starts[lo : bisect.bisect_left(starts, b.source_end, lo)])
        return skipped

    def _text_lines(self, doc: Document) -> Iterator[tuple[int, int]]:
        skip = self._code_lines(doc, ("code",))
        for offset, line in doc.source_lines():
            if _TEXT_MARKUP_CHAR.search(line) is None:
                continue
            if offset in skip or _SUPPRESSION.search(line):
                continue
            tags = [m for m in _HTML_TAG.finditer(line) if not _THINK.fullmatch(m.group())]
            tags += list(_SHORTCODE.finditer(line))
            if tags:
                tags.sort(key=lambda m: m.start())
                yield offset + tags[0].start(), offset + max(m.end() for m in tags)

    def _markdown(self, doc: Document) -> Iterator[tuple[int, int]]:
        skip = self._code_lines(doc, ("code", "front_matter"))
        for offset, line in doc.source_lines():
            if _MD_MARKUP_CHAR.search(line) is None:
                continue
            if offset in skip or _SUPPRESSION.search(line):
                continue
            m = _AD_MARKUP.search(line) or _SHORTCODE.search(line)
            if m is None and "\\" in line and "`" not in line:
                m = _ESCAPES.search(line)
                if m:
                    yield offset + m.start(), offset + m.end()
                    continue
            if m:
                yield offset + len(line) - len(line.lstrip()), offset + len(line)
        for block in doc.blocks:  # an ad block's attribute lines carry no marker of their own
            if block.kind == "html" and _AD_MARKUP.search(block.text):
                yield block.source_start, block.source_end
        yield from _continued_tags(doc, skip)

    def _html(self, doc: Document) -> Iterator[tuple[int, int]]:
        fragment = not re.search(r"<(?:html|body)\b", doc.text[:5000], re.I)
        for block in doc.blocks:
            if block.kind == "html":
                if re.search(
                    r"adsbygoogle|data-ad-|googletag|div-gpt-ad|doubleclick", block.text
                ) or (
                    fragment
                    and block.info in ("script", "ins", "noscript", "style")
                    and "application/ld+json" not in block.text[:200]
                ):
                    yield block.source_start, block.source_end
            elif block.is_prose:
                if _may_hold_markdown(block.text):
                    for m in _MD_IN_HTML.finditer(block.text):
                        yield block.source_span(m.start(), m.end())
                if "<" in block.text:  # escaped tags (&lt;p&gt;) that readers see
                    for m in _VISIBLE_TAG.finditer(block.text):
                        yield block.source_span(m.start(), m.end())


def _skipped(offset: int, skip: list[tuple[int, int]]) -> bool:
    """Whether a line starting at `offset` lies in a skipped range (most files have none:
    then no generator is built for each of their lines)."""
    return bool(skip) and any(s <= offset < e for s, e in skip)


# An ad tag opening a line; compiled once, as it is tried on every line of a file.
_AD_TAG_OPEN = lazyre.compile(r"<(?:ins|script|div|iframe|noscript)\b", re.I)
# What a line must hold to be looked at: some markup's first character.
_TEXT_MARKUP_CHAR = lazyre.compile(r"[<&\[(\\]")
_MD_MARKUP_CHAR = lazyre.compile(r"[<\[(\\]|-->")


def _continued_tags(doc: Document, skip: set[int]) -> Iterator[tuple[int, int]]:
    """Lines of an ad tag whose opening line is flagged: attributes split over lines."""
    if _AD_TAG_OPEN.search(doc.text) is None:
        return  # no line can open an ad tag (nearly every file)
    lines = doc.source_lines()
    inside = False
    for offset, line in lines:
        if offset in skip:
            inside = False
            continue
        stripped = line.strip()
        if _AD_TAG_OPEN.match(stripped) and _AD_MARKUP.search(line):
            inside = ">" not in stripped or not stripped.endswith(">")
            continue
        if inside:
            if stripped:
                yield offset + len(line) - len(line.lstrip()), offset + len(line)
            if ">" in stripped:
                inside = False


CHECKS = [ReasoningTrace, ChatArtefacts, StrayMarkup, HiddenNotes]
