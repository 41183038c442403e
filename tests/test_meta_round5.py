"""Round-5 generalisations of the meta-text family: real text in, rule/line/category out.

Each fix targets a class of leftover, with clean journalism that must stay quiet:
production tags in square brackets, embed slots, spintax, first-person assumption notes,
the assistant's offer of more work, counters in a plain-text page head, and a whole HTML
page's own <nav> menu.
"""

from __future__ import annotations

import pytest

from conftest import BODY, at, lint


def meta_lines(text: str, path: str = "a.txt") -> list[int]:
    return sorted(r.location.line for r in lint(text, path) if r.rule.category == "meta-text")


# --- production tags and embed slots in square brackets (NL109, NL106) -------------


@pytest.mark.parametrize(
    "note",
    [
        "[SUBS: confirm spelling of the native title group with the Perth desk]",
        "[DESK: hold until the embargo lifts at 10pm]",
        "[LEGAL: ok to name him now that he has been charged?]",
        "[TK: reaction quote from the chief executive, ask comms]",
        "[Subs: confirm the spelling of Ngurra with the Perth desk]",
    ],
)
def test_capitalised_desk_tag_opening_a_bracket_is_an_editor_note(note):
    text = f"The mine will employ 450 people during construction. {note}\n"
    assert at(lint(text, "a.txt", select=["NL109"]), "NL109") == [1]


@pytest.mark.parametrize(
    "slot",
    [
        "[EMBED: BCCI post — winning moment video, 0:48]",
        "[TWEET: @metoffice amber warning map]",
        "[Pull quote: “We were never told”]",
    ],
)
def test_embed_slot_in_brackets_is_a_placeholder(slot):
    text = f"India won by 141 runs on Sunday.\n\n{slot}\n\nThe fifth Test starts next week.\n"
    assert at(lint(text, "a.txt", select=["NL106"]), "NL106") == [3]


@pytest.mark.parametrize(
    "clean",
    [
        "[UPDATE: The council responded after publication and said it would appeal.]",
        '"He [the mayor] knew about it," she said.',
        "[WATCH: Footage of the flood on Mill Lane]",
        "The company's slogan, [Desk] Space for All, was dropped.",
    ],
)
def test_published_bracket_notices_stay_clean(clean):
    assert meta_lines(f"{clean}\n") == []


# --- spintax (NL106) ---------------------------------------------------------------


def test_unresolved_spintax_is_a_placeholder():
    text = "Corvane is recalling 48,200 {electric|battery-powered|zero-emission} vehicles.\n"
    reports = lint(text, "a.md", select=["NL106"])
    assert at(reports, "NL106") == [1]
    assert "{electric|battery-powered|zero-emission}" in reports[0].message


@pytest.mark.parametrize(
    "clean",
    [
        "The set $\\{ab|cd\\}$ has two members.",
        "The set {x | x > 0} is open.",
        "The template prints {{title|upper}} in the header.",
        "Run `grep -E '{foo|bar}'` to list them.",
        "```\nx = {alpha|beta}\n```",
    ],
)
def test_braces_in_math_templates_and_code_are_not_spintax(clean):
    assert at(lint(clean + "\n", "a.md", select=["NL106"]), "NL106") == []


# --- first-person assumption notes (NL109) -------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        '(I assumed "wind-down" in the release means the blast furnace goes cold first, '
        "since the document never says which line stops when.)",
        "(I've assumed the figures are in US dollars; worth confirming with the company.)",
        "[I took it to mean all three plants. Please check with the union before this runs.]",
        "(Assumed the figures are in US dollars, as the release never says.)",
    ],
)
def test_assumption_note_to_the_requester(note):
    text = BODY + "\n" + note + "\n"
    assert at(lint(text, "a.txt", select=["NL109"]), "NL109") == [7]


@pytest.mark.parametrize(
    "clean",
    [
        "(I assumed, wrongly, that the press release told the whole story.)",
        "I assumed the ferry would sail. It did not, and we spent the night on the pier.",
        "(I assumed the release was a joke until the second email arrived.)",
        "Assuming the figures are right, the statement does not say how they were reached.",
    ],
)
def test_columnists_assumptions_stay_clean(clean):
    assert at(lint(clean + "\n", "a.txt", select=["NL109"]), "NL109") == []


# --- the assistant's offer of more work (NL103) --------------------------------------


@pytest.mark.parametrize(
    "offer",
    [
        "If it helps, I can also knock out a 40-word push alert and a caption for the photo "
        "— just let me know which you'd prefer first.",
        "I can put together a 200-word version for the newsletter if you'd like.",
        "If that would help, I could draft a sidebar on the history of the dispute.",
        "I can also knock out a 40-word push alert.",
    ],
)
def test_first_person_offer_of_more_copy_is_a_signoff(offer):
    text = BODY + "\n---\n\n" + offer + "\n"
    assert at(lint(text, "a.md", select=["NL103"]), "NL103") == [9]


@pytest.mark.parametrize(
    "clean",
    [
        '"I can also write a shorter version if you like," the editor said.',
        "If it helps, I can tell you that the bins go out on Friday.",
        "I could draft a letter to the council if you want, one neighbour offered.",
        "I can make the 6.40am ferry if the wind drops, she told her sister.",
    ],
)
def test_quoted_and_columnist_first_person_stays_clean(clean):
    assert at(lint(clean + "\n", "a.txt", select=["NL103"]), "NL103") == []


# --- counters in a plain-text page head (NL120) ---------------------------------------


def test_share_row_with_counters_inside_a_joined_plain_text_head():
    head = (
        "Ferry tragedy: Divers resume search as families keep vigil on the shore\n"
        "By Achieng Odhiambo | Published: Tuesday, October 14, 2025 4:12 PM\n"
        "Share: Facebook | X | WhatsApp | Copy link     👁 18.4K views · 💬 212 comments\n\n"
    )
    reports = lint(head + BODY, "a.txt", select=["NL120"])
    assert [(r.location.line, r.location.end_line) for r in reports] == [(3, 3)]
    assert reports[0].rule.category == "meta-text"


def test_plain_text_head_without_widgets_stays_clean():
    head = (
        "Ferry tragedy: Divers resume search as families keep vigil on the shore\n"
        "By Achieng Odhiambo | Published: Tuesday, October 14, 2025 4:12 PM\n\n"
    )
    assert at(lint(head + BODY, "a.txt", select=["NL120"]), "NL120") == []


def test_hard_wrapped_body_lines_are_not_judged_one_by_one():
    wrapped = (
        "The city council approved a $2 billion budget on Wednesday that adds 120\n"
        "police officers, officials said. Shares of the contractor rose, with 12K\n"
        "views of the council stream and 212 comments on the council's page.\n\n"
    )
    assert at(lint(wrapped + BODY, "a.txt", select=["NL120"]), "NL120") == []


# --- a whole HTML page's own <nav> menu (NL120) ------------------------------------


PAGE = """<!DOCTYPE html>
<html><head><title>Line reopens</title></head>
<body>
<header class="site-header">
  <a class="logo" href="/">The Vale Courier</a>
  <nav><ul>
    <li><a href="/news">News</a></li>
    <li><a href="/transport">Transport</a></li>
    <li><a href="/sport">Sport</a></li>
  </ul></nav>
</header>
<article>
<h1>Passengers return to the Marlsby line after 61 years</h1>
<p>The first passenger train to run between Marlsby and Cheverton since 1964 left
Marlsby Parkway at 05:42 yesterday, watched by several hundred people on the platform.</p>
<p>The 14.2-mile line, closed to passengers in the Beeching cuts, has five new stations,
and the journey between the two towns takes 26 minutes, Network Rail said.</p>
</article>
</body></html>
"""


def test_site_nav_of_a_whole_html_page_is_not_scraped_chrome():
    assert at(lint(PAGE, "a.html", select=["NL120"]), "NL120") == []


def test_nav_links_in_an_html_fragment_are_still_chrome():
    fragment = (
        '<nav><ul><li><a href="/news">News</a></li><li><a href="/transport">Transport</a>'
        '</li><li><a href="/sport">Sport</a></li></ul></nav>\n'
        "<p>The first passenger train to run between Marlsby and Cheverton since 1964 left "
        "Marlsby Parkway at 05:42 yesterday, watched by several hundred people.</p>\n"
    )
    assert at(lint(fragment, "a.html", select=["NL120"]), "NL120") == [1]
