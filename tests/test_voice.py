"""The assistant's turn at the edges of an article, found by its situation (you + the
text as a product + a conversational move), not by a listed wording (checks/voice.py,
reported as NL102 and NL103 by ChatArtefacts)."""

from __future__ import annotations

import pytest

from conftest import BODY, at, lint
from newslint.checks.voice import assistant_turn

# Openers and closers that no pattern of ChatArtefacts lists word for word.
OPENERS = [
    "Here is your article, rewritten at roughly 500 words and optimised for search 👇",
    "Okay, here you go: your story trimmed to 400 words with the quotes kept.",
    "Below is the new version of your piece, with the council figures moved up.",
]
CLOSERS = [
    "I hope this version works for you, just say the word if you want a shorter cut.",
    "Just shout if you want a punchier headline or a web version of the story.",
    "Should I trim the intro, or does the tone work for your readers?",
]


@pytest.mark.parametrize("line", OPENERS)
def test_an_opener_addressed_to_the_requester_is_a_preamble(line: str) -> None:
    reports = lint(line + "\n\n" + BODY, select=["NL102", "NL103"])
    assert at(reports, "NL102") == [1]
    assert at(reports, "NL103") == []


@pytest.mark.parametrize("line", CLOSERS)
def test_a_closer_addressed_to_the_requester_is_a_signoff(line: str) -> None:
    reports = lint(BODY + "\n" + line + "\n", select=["NL102", "NL103"])
    assert at(reports, "NL103") == [7]
    assert at(reports, "NL102") == []


# At the edges of real copy, "you" and the text's own nouns meet without an assistant.
CLEAN_EDGES = [
    # A service line to readers: no conversational move, no text-as-product.
    "If you have a story about the flood, you can email the newsroom.",
    # A quote carries the "you": quoted speech is masked.
    '"I hope this version of the plan works for you," the mayor told residents.',
    # An opener about a draft law, not the text: no "you".
    "Here is what the new version of the bill would change for renters.",
    # A column's sign-off to readers: "you" and "hope", but no text-as-product noun.
    "I hope you will join us at the library on Saturday.",
]


@pytest.mark.parametrize("line", CLEAN_EDGES)
def test_the_reporters_own_you_at_the_edges_is_not_an_assistant(line: str) -> None:
    for text in (line + "\n\n" + BODY, BODY + "\n" + line + "\n"):
        reports = lint(text, select=["NL102", "NL103"])
        assert at(reports, "NL102") == [] and at(reports, "NL103") == [], line


def test_a_line_in_the_middle_of_the_story_is_not_asked() -> None:
    first, second, third = BODY.rstrip("\n").split("\n\n")
    middle = "I hope this version works for you, just say the word if you want a shorter cut."
    closing = "The vote is on Monday."
    text = "\n\n".join([first, second, middle, third, third, closing]) + "\n"
    assert at(lint(text, select=["NL103"]), "NL103") == []


def test_long_paragraphs_are_reporting_not_a_turn() -> None:
    long = "Here is your article. " + "The council met and voted on the budget again. " * 12
    assert assistant_turn(long, first=True) is None


def test_one_finding_per_line_when_a_listed_pattern_also_matches() -> None:
    text = BODY + "\nI hope this helps! Let me know if you'd like a shorter version.\n"
    reports = lint(text, select=["NL103"])
    assert at(reports, "NL103") == [7]
