"""Round-6 generalisations of the meta-text family: real text in, rule/line/category out.

Each fix targets a class of leftover, with clean journalism that must stay quiet:
in-body promo links after a bare "READ |", chat preambles that hand a tidied version to
a desk, drafting notes in HTML comments that name the reporter, newsletter boxes titled
without "sign up", and social share prompts.
"""

from __future__ import annotations

import pytest

from conftest import BODY, at, between, lint


def meta(reports) -> list[tuple[str, int]]:
    return sorted((r.rule.id, r.location.line) for r in reports if r.rule.category == "meta-text")


# --- in-body promo links (NL121) ----------------------------------------------------


@pytest.mark.parametrize(
    "promo",
    [
        "READ | Critical minerals rush: Limpopo communities say they were never asked",
        "Read: Why the budget vote took three hours",
        "READ NOW » Police chief to step down in spring",
        "Read also - Mayor names new transport chief",
    ],
)
def test_bare_read_label_before_a_headline_is_a_promo_link(promo):
    assert at(lint(between(promo), "a.txt", select=["NL121"]), "NL121") == [3]


@pytest.mark.parametrize(
    "clean",
    [
        "Read the full statement on the council website.",
        "Readers wrote in their hundreds: most backed the plan.",
        "Reading: a town that votes against every budget",
    ],
)
def test_read_in_ordinary_copy_is_not_a_promo(clean):
    assert at(lint(between(clean), "a.txt", select=["NL121"]), "NL121") == []


# --- chat preambles addressed to a desk (NL102) ------------------------------------


@pytest.mark.parametrize(
    "preamble",
    [
        "Here's a cleaned-up version for the web desk, with the numbers moved up top as "
        "you asked and the quotes trimmed a little:",
        "Here is the tightened draft for the news desk:",
        "Here's a shorter version for the print desk.",
        "Here's the tidied-up rewrite, with the council figures checked:",
        "Here is the draft for the subs, as you asked:",
        "Here's a punchier version with the quotes trimmed:",
    ],
)
def test_preamble_handing_a_tidied_version_to_a_desk(preamble):
    reports = lint(preamble + "\n\n" + BODY, "a.md", select=["NL102"])
    assert at(reports, "NL102") == [1]
    assert reports[0].rule.category == "meta-text"


@pytest.mark.parametrize(
    "clean",
    [
        "Here is the version of events the council gave to the inquiry.",
        "This is the cleaned-up river the campaigners fought for, she said.",
        "Here's a draft budget for the web of agencies that run the port.",
        "This is a leaner version of the bill that passed the Senate last year.",
        "Here is a streamlined version of the plan, officials said.",
        "Here is a leaner version for 2026, the minister said.",
    ],
)
def test_ordinary_here_is_sentences_stay_clean(clean):
    assert at(lint(clean + "\n\n" + BODY, "a.md", select=["NL102"]), "NL102") == []


# --- drafting notes in HTML comments (NL109) ---------------------------------------


@pytest.mark.parametrize(
    "comment",
    [
        "<!-- TODO Gethin: confirm vacancy numbers with TfW press office before 6pm -->",
        "<!-- TODO(sam): check the spelling of the judge's name -->",
        "<!-- NB Priya - figures from the draft report, verify -->",
        "<!-- Gethin: confirm with the press office, they were reading from notes -->",
    ],
)
def test_comment_with_a_named_reporters_todo_is_an_editor_note(comment):
    page = (
        "<article>\n<p>The council approved a $2 billion budget on Wednesday.</p>\n"
        f"{comment}\n<p>The budget takes effect on July 1.</p>\n</article>\n"
    )
    assert at(lint(page, "a.html", select=["NL109"]), "NL109") == [3]


@pytest.mark.parametrize(
    "comment",
    [
        "<!-- TODO Dev: lazy-load images below the fold -->",
        "<!-- Header: start -->",
        "<!-- Google Tag Manager: add container snippet -->",
        "<!-- Footer, update year in January -->",
    ],
)
def test_template_comments_stay_clean(comment):
    page = f"<article>\n{comment}\n<p>The council approved a $2 billion budget.</p>\n</article>\n"
    assert at(lint(page, "a.html", select=["NL109"]), "NL109") == []


# --- newsletter boxes without "sign up" (NL120) -------------------------------------


def test_newsletter_box_titled_get_the_briefing_in_html():
    page = (
        "<article>\n<h1>Valleys lines hit by cancellations</h1>\n"
        "<p>Transport for Wales cancelled 1,318 services in the four weeks to 2 November, "
        "according to figures published by the operator on Wednesday.</p>\n"
        '<div class="newsletter-box">\n<h3>Get the Wales Today Morning Briefing</h3>\n'
        "<p>The stories that matter, in your inbox by 7am every weekday. "
        '<a href="/newsletters">Sign up now</a> &ndash; it\'s free.</p>\n</div>\n'
        "<p>Regulated fares in Wales are due to rise by 4.6% from March, passenger groups "
        "said on Thursday after the figures were published.</p>\n</article>\n"
    )
    reports = lint(page, "a.html", select=["NL120"])
    assert [(r.location.line, r.location.end_line) for r in reports] == [(5, 6)]
    assert "newsletter box" in reports[0].message


@pytest.mark.parametrize(
    "box",
    [
        "Love the arts? Get our weekly Culture Club newsletter",
        "Get the Morning Briefing",
        "Receive our free daily digest",
        "Get our Politics Weekly bulletin →",
        "Reviews, previews and the best things to do this weekend. Sign up",
    ],
)
def test_newsletter_box_lines_between_body_paragraphs(box):
    assert at(lint(between(box), "a.txt", select=["NL120"]), "NL120") == [3]


@pytest.mark.parametrize(
    "clean",
    [
        "Residents can get the council's weekly bulletin by post.",
        "Get the briefing right and the rest follows, the minister told aides.",
        "Families who want to sign up can do so at the library, she said.",
        "Staff now receive the bulletin every Monday, the union said.",
    ],
)
def test_newsletters_mentioned_in_the_story_stay_clean(clean):
    assert at(lint(between(clean), "a.txt", select=["NL120"]), "NL120") == []


# --- social share prompts (NL120) ---------------------------------------------------


@pytest.mark.parametrize(
    "prompt", ["Kindly Share This Story:", "Please share this article", "Spread the word!"]
)
def test_share_prompt_at_the_head_of_a_story(prompt):
    text = "UCH Ibadan performs 50th kidney transplant\nBy Folake Adeyemi\n\n" + prompt
    reports = lint(text + "\n\n" + BODY, "a.txt", select=["NL120"])
    assert meta(reports) == [("NL120", 4)]
    assert "share bar" in reports[0].message or "page widget" in reports[0].message


@pytest.mark.parametrize(
    "clean",
    [
        "Please share this story with anyone who saw the crash, police said.",
        "Neighbours spread the word about the meeting on social media.",
    ],
)
def test_share_requests_in_the_story_stay_clean(clean):
    assert at(lint(between(clean), "a.txt", select=["NL120"]), "NL120") == []
