"""Round-9 generalisations of the meta-text family: real text in, rule/line/category out.

Classes of leftover, each with clean copy that must stay quiet:

- page chrome in another language (a breadcrumb "Accueil / Home > Société", "LIRE
  AUSSI :", "Leer más:", "Leia também:") and chrome behind an icon ("🎧 Listen to this
  article · 4 min");
- an article's tool bar ("Comments (9) | Report an error | Print this article"), a long
  share row, prev/next navigation and a labelled author box ("About the author: ...");
- a post's own byline and date ("Posted on June 12, 2025 by Education Desk") is the
  byline, not a widget;
- a note to a named colleague asking for a check ("Kristín, pls double-check ...");
- the assistant's heading over its notes on the job ("**Notes on the edit:**");
- art still to come ("(PIC TO COME - smoke over the dump)", "(photo to follow)").
"""

from __future__ import annotations

import pytest

from conftest import BODY, at, between, lint
from conftest import meta_of as meta

# --- chrome in other languages and behind icons (NL120, NL121) ------------------------


@pytest.mark.parametrize(
    "crumb",
    [
        "Accueil / Home  >  Société  >  Éducation",
        "Inicio › Economía › Empleo",
        "Início > Política > Eleições",
    ],
)
def test_foreign_breadcrumb_is_chrome(crumb):
    assert at(lint(crumb + "\n\n" + BODY, select=["NL120"]), "NL120") == [1]


@pytest.mark.parametrize(
    "promo",
    [
        "LIRE AUSSI : Baccalauréat 2025 : les résultats région par région",
        "Leer más: Los precios del combustible no cambian en diciembre",
        "Leia também: Governo anuncia novo pacote para escolas",
        "Lesen Sie auch: Streik legt Schulen lahm",
    ],
)
def test_foreign_read_also_line_is_promo(promo):
    assert at(lint(between(promo), select=["NL121"]), "NL121") == [3]


@pytest.mark.parametrize(
    "widget",
    [
        "🎧 Listen to this article · 4 min 12 s",
        "▶ Listen to this story",
        "Comments (9)  |  Report an error  |  Print this article",
        "Share: WhatsApp | Facebook | X | LinkedIn | Copy link",
    ],
)
def test_player_and_tool_bars_are_chrome(widget):
    assert at(lint(between(widget), select=["NL120"]), "NL120") == [3]


def test_prev_next_navigation_after_story_is_chrome():
    nav = (
        "« Previous article: Airport reopens after runway works | Next article: Bonds "
        "rally on IMF talks »"
    )
    assert at(lint(BODY + "\n" + nav + "\n", select=["NL120"]), "NL120") == [7]


def test_labelled_author_box_is_chrome_however_long():
    bio = (
        "About the author: Fatou Ndiaye is an education correspondent at Dakar Daily. She "
        "has covered schools and universities in Senegal since 2016."
    )
    assert at(lint(BODY + "\n" + bio + "\n", select=["NL120"]), "NL120") == [7]


@pytest.mark.parametrize(
    "line",
    [
        # Prose that happens to hold the same words.
        "Listen to the story of a town that rebuilt its school in six weeks, she said.",
        "The previous article in the series looked at the cost of housing allowances.",
        "Readers can listen to this article on the paper's app, the editor said.",
        "About the author of the report, little is known beyond her work at the bank.",
        "Next year the council will report an error rate for every department, he said.",
        "The report, shared on WhatsApp and Facebook, drew thousands of replies.",
    ],
)
def test_prose_with_widget_words_stays_clean(line):
    assert meta(lint(between(line))) == []


# --- a post's own byline is no widget (NL120) -----------------------------------------


@pytest.mark.parametrize(
    "byline",
    [
        "Posted on June 12, 2025 by Education Desk",
        "Posted by Newsdesk on April 24, 2025",
        "Posted on 3 March 2025",
    ],
)
def test_post_byline_under_headline_is_not_chrome(byline):
    text = "Students march over budget cuts\n" + byline + "\n\n" + BODY
    assert at(lint(text, select=["NL120"]), "NL120") == []


@pytest.mark.parametrize(
    "bar",
    [
        "Posted in City Hall · 4 min read · 👁 2.2K views",
        "Posted by Dana Kowalchuk | July 21, 2025 | Fire Season",
        "Posted in: Rugby, Sevens, Samoa",
        # A CMS account, not a credited byline.
        "Posted on February 2, 2024 by admin",
    ],
)
def test_post_metadata_bars_stay_chrome(bar):
    assert at(lint(bar + "\n\n" + BODY, select=["NL120"]), "NL120") == [1]


# --- a note to a named colleague (NL109) ----------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Editor's note — Kristín, pls double-check the union rep's name spelling before "
        "this goes out.",
        "Sam, can you confirm the death toll with police before this runs?",
        "Aroha — please check the spelling of the marae's name.",
    ],
)
def test_note_to_named_colleague_is_editor_note(note):
    assert at(lint(between(note), select=["NL109"]), "NL109") == [3]


@pytest.mark.parametrize(
    "line",
    [
        '"Mary, please check the figures again," the auditor told her.',
        "Officials, please note, could not confirm the name of the second victim.",
        "Editor's note: This article has been updated to correct the spelling of a name.",
        "Police, who could not confirm the toll, said more names would follow.",
    ],
)
def test_addressed_prose_is_not_editor_note(line):
    assert at(lint(between(line), select=["NL109"]), "NL109") == []


# --- the assistant's notes on its edit (NL102) ----------------------------------------


@pytest.mark.parametrize(
    "heading",
    ["**Notes on the edit:**", "Editing notes:", "## Revision notes", "Notes on my revisions"],
)
def test_notes_on_the_edit_heading_is_answer_label(heading):
    text = BODY + "\n---\n\n" + heading + "\n\n- Moved the council quote up.\n"
    assert at(lint(text, "a.md", select=["NL102"]), "NL102") == [9]


@pytest.mark.parametrize("heading", ["Notes on the draft", "Notes on the editor's choice"])
def test_other_notes_headings_stay_clean(heading):
    assert at(lint(between(heading), "a.md", select=["NL102"]), "NL102") == []


# --- art still to come (NL106) --------------------------------------------------------


@pytest.mark.parametrize(
    "slot",
    [
        "(PIC TO COME - smoke over Baruni dump, from Napa Napa road)",
        "The new stand will seat 4,000 fans (photo to follow).",
        "[Graphic TK: turnout by district]",
        "GRAPHIC TO FOLLOW",
    ],
)
def test_art_to_come_is_placeholder(slot):
    assert at(lint(between(slot), select=["NL106"]), "NL106") == [3]


@pytest.mark.parametrize(
    "line",
    [
        "The exhibition (pictures of the flood, most never shown) opens on Friday.",
        "More photos will follow in the coming weeks, the museum said.",
        "The picture to come out of the talks is mixed, diplomats said.",
    ],
)
def test_art_words_in_prose_stay_clean(line):
    assert at(lint(between(line), select=["NL106"]), "NL106") == []
