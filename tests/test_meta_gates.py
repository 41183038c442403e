"""The whole-article gates of the meta checks must say "maybe" wherever a block alone would.

ReasoningTrace and ChatArtefacts ask one question of an article's blocks joined by line
breaks before asking each block; a block in the middle of an article (not at the start
of the joined text) must still be seen, or its finding would be lost.
"""

from __future__ import annotations

import pytest

from newslint.checks.meta import (
    _CHAT_STARTS,
    _SIGNOFF_KEY_RX,
    _TASK_FEATURES,
    _TRACE_SET,
    ChatArtefacts,
    _may_be_placeholder,
    _may_hold_artefacts,
    mask_quotes,
    names_task_anywhere,
)

_AROUND = ("The council met on Tuesday.", "It voted 7-2 to close the library.")
_CHAT_BAD = [
    line for r in ChatArtefacts.rules for ex in r.examples.bad for line in ex.split("\n\n")
]


@pytest.mark.parametrize("text", [*_CHAT_BAD, "Final answer:", "Copy code", "2 / 3"])
def test_artefact_gate_sees_a_middle_block(text: str) -> None:
    alone = bool(_CHAT_STARTS.present(text)) or (
        _SIGNOFF_KEY_RX.search(text.lower().encode()) is not None
    )
    if alone or "Regenerate " in text:
        assert _may_hold_artefacts([_AROUND[0], text, _AROUND[1]])


def test_artefact_gate_passes_news() -> None:
    assert not _may_hold_artefacts(list(_AROUND))


@pytest.mark.parametrize(
    "text",
    [
        "First, I need to go through the provided article and identify the key claims.",
        "Step 3: Format as a Q&A.\nFinal answer:",
        "The user wants a short news story.",
        "Figures unchanged from the press release.",
    ],
)
def test_task_gate_sees_a_middle_paragraph(text: str) -> None:
    masked = mask_quotes(text)
    assert not _TASK_FEATURES.isdisjoint(_TRACE_SET.present(masked))
    assert names_task_anywhere([_AROUND[0], masked, _AROUND[1]])
    assert not names_task_anywhere(list(_AROUND))


def test_mask_quotes_without_marks_is_the_text() -> None:
    assert mask_quotes("No quotes here.") == "No quotes here."
    assert mask_quotes('He said "yes" today') == "He said       today"


@pytest.mark.parametrize(
    ("value", "maybe"),
    [
        ("{{author}}", True),
        ("[Author Name]", True),
        ("TBC", True),
        ("lorem ipsum", True),
        ("", False),
        ("Jane Doe", False),
        ("2024-05-01", False),
    ],
)
def test_front_matter_value_screen(value: str, maybe: bool) -> None:
    assert _may_be_placeholder(value) is maybe
