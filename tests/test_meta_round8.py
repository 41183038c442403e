"""Round-8 generalisations of the meta-text family: real text in, rule/line/category out.

Four classes of leftover, each with clean copy that must stay quiet:

- a widget the page's own markup names (a newsletter sign-up box, an author card, a
  consent banner) whose short blocks no wording makes certain chrome;
- the wording of such widgets in any format ("... in your inbox before 7am", "Join
  free", "Follow her on X @handle", a footer "Site name © 2025");
- a placeholder standing for a link's or picture's address ("![Campus](IMAGE_URL_HERE)"),
  which the parsers keep out of the text, and template slots in capitals joined by
  underscores ("PHOTO_URL_HERE") in the text itself;
- the assistant's heading over its list of edits ("A few notes on my edits:").
"""

from __future__ import annotations

import pytest

from conftest import PARAS, at, between, html_page, lint
from conftest import meta_of as meta

# --- widgets named by the page's markup (NL120) --------------------------------------


@pytest.mark.parametrize(
    "widget",
    [
        '<div class="newsletter-signup"><h4>Morning Markets Brief</h4><p>Cocoa, gold and the '
        'cedi, every weekday.</p><input type="email"><button>Go</button></div>',
        '<aside class="c-newsletter"><h3>City Hall Weekly</h3><p>Budget fights and zoning '
        "rows, decoded</p></aside>",
        '<div id="cookie-consent"><p>Your choices matter to us</p><button>OK</button></div>',
        '<div class="paywall-prompt"><p>You have two stories left this month</p></div>',
    ],
)
def test_widget_named_by_markup_is_chrome(widget):
    reports = lint(html_page(widget), "a.html", select=["NL120"])
    assert at(reports, "NL120") == [6]
    assert reports[0].rule.category == "meta-text"


def test_author_card_after_story_is_chrome():
    card = (
        '<div class="author-card"><img src="/img/vsosa.jpg" alt=""><p><strong>Valentina '
        "Sosa</strong> covers trade and ports for the Review.</p></div>"
    )
    reports = lint(html_page("", card), "a.html", select=["NL120"])
    assert at(reports, "NL120") == [9]


@pytest.mark.parametrize(
    "widget",
    [
        # An element with a widget-like class that holds a body paragraph is the story's.
        f'<div class="share-enabled newsletter-inline"><p>{PARAS[0]} The council also '
        "voted to keep library opening hours unchanged for the rest of the year.</p></div>",
        # "author" alone is a byline's class; "shared" is a word, not the "share" token.
        '<p class="author">By Jane Doe</p>',
        '<div class="shared-content"><p>Budget at a glance</p></div>',
        # A box longer than a widget is part of the story whatever its class.
        '<div class="related"><p>'
        + " ".join(["The council voted on the plan after a long debate."] * 10)
        + "</p></div>",
    ],
)
def test_story_parts_with_widget_like_classes_stay_clean(widget):
    assert at(lint(html_page(widget), "a.html", select=["NL120"]), "NL120") == []


# --- widget wording in any format (NL120) ---------------------------------------------


def test_newsletter_box_in_plain_text_is_chrome():
    # The box's title alone could be a subheading: the finding starts at the pitch.
    box = (
        "Morning Markets Brief\n\nCocoa, gold and the cedi — in your inbox before 7am.\n\nJoin free"
    )
    assert at(lint(between(box), select=["NL120"]), "NL120") == [5]


def test_author_card_and_footer_in_plain_text_are_chrome():
    tail = (
        "Valentina Sosa covers trade, ports and labour for RPBR. Follow her on X @vsosa_rpbr."
        "\n\nRío de la Plata Business Review © 2025 · Contact · Privacy policy\n"
    )
    reports = lint("\n\n".join(PARAS) + "\n\n" + tail, select=["NL120"])
    assert at(reports, "NL120") == [7]
    assert "copyright footer" in reports[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Phishing emails that land in your inbox are getting harder to spot, the agency said.",
        "Follow the money, the auditor told the committee on Tuesday.",
        "She told followers to follow her on X for updates on the strike, and thousands did.",
        "Join the queue early, officials advised, as the free tickets ran out by noon.",
    ],
)
def test_widget_wording_in_body_sentences_stays_clean(text):
    assert at(lint(between(text), select=["NL120"]), "NL120") == []


# --- placeholders for link and image addresses, slots in capitals (NL106) -------------


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("![Veritrace campus, Ballincollig](IMAGE_URL_HERE)", "a.md"),
        ("Read [the full ruling](LINK) on the court's website.", "a.md"),
        ("![The new depot](placeholder.jpg)", "a.md"),
        ("![The new depot]({{image_url}})", "a.md"),
        ('<p><img src="PHOTO_URL" alt="The depot"></p>', "a.html"),
        ('<p>Read <a href="insert-link-here">the ruling</a> in full.</p>', "a.html"),
        ("The plant, pictured above (PHOTO_URL_HERE), opened in 1998.", "a.txt"),
        ("INSERT_SPOKESPERSON_NAME said the cuts were painful.", "a.txt"),
    ],
)
def test_unfilled_address_or_slot_is_a_placeholder(text, path):
    reports = lint(between(text), path, select=["NL106"])
    assert at(reports, "NL106") == [3]
    assert reports[0].rule.category == "meta-text"


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("![Veritrace campus](/img/veritrace-campus.jpg)", "a.md"),
        ("Read [the full ruling](https://courts.example.org/ruling.pdf) online.", "a.md"),
        ("See [the table below](#table-1) for the results.", "a.md"),
        ('<p><a href="#">Share</a> the story.</p>', "a.html"),
        ("The bug sits in the MAX_PATH limit of the old Windows API, engineers said.", "a.txt"),
        ("```\n![alt](URL)\n```", "a.md"),
    ],
)
def test_real_addresses_and_constants_stay_clean(text, path):
    assert at(lint(between(text), path, select=["NL106"]), "NL106") == []


# --- the assistant's heading over its notes on the edits (NL102) ----------------------


@pytest.mark.parametrize(
    "label",
    [
        "A few notes on my edits:",
        "Some notes on the rewrite:",
        "**Quick summary of the changes I made**",
        "Notes on my changes",
        "Changes I've made:",
        "What I changed:",
        "Here's what I changed:",
    ],
)
def test_heading_over_list_of_edits_is_chat(label):
    text = "\n\n".join(PARAS) + f"\n\n{label}\n- I moved the quote up.\n- I cut two lines.\n"
    assert ("NL102", 7) in meta(lint(text, "a.md"))


@pytest.mark.parametrize(
    "label",
    [
        "Summary of the revisions",
        "Overview of the changes",
        "Notes on the amendments",
        "What I did next",
    ],
)
def test_policy_explainer_subheads_stay_clean(label):
    text = "\n\n".join(PARAS) + f"\n\n## {label}\n\nThe bill cuts the waiting period to 30 days.\n"
    assert at(lint(text, "a.md", select=["NL102"]), "NL102") == []
