"""Round-7 generalisations of the meta-text family: real text in, rule/line/category out.

Two classes of leftover, each with clean copy that must stay quiet: an ad slot whose
label and advertiser link a scraper joined into one block (told by the page's own class
names, or by a label followed by a separator or a link), and a drafting note to the
writer opening a paragraph ("NOTE: update with ... figures before publishing").
"""

from __future__ import annotations

import pytest

from conftest import at, between, html_page, lint
from conftest import meta_of as meta

# --- ad slots named by the page's markup (NL120) -------------------------------------


@pytest.mark.parametrize(
    "slot",
    [
        '<div class="ad-slot"><span class="ad-label">Sponsored</span> '
        '<a href="https://partners.example.com/deal">Book Kyoto ryokan from &yen;9,800 a night '
        "&ndash; limited offer</a></div>",
        '<aside class="promo-box"><p>Save 40% on your first year of home broadband with '
        '<a href="https://isp.example.com">FastNet</a></p></aside>',
        '<div id="div-gpt-ad-1719-mrec-2"><p>Try the new Rivian R2 today</p></div>',
        '<div class="native-ad"><p><a href="https://x.example.com">Five tricks insurers '
        "hate</a> Acme Insurance</p></div>",
    ],
)
def test_ad_slot_named_by_markup_is_chrome(slot):
    reports = lint(html_page(slot), "a.html", select=["NL120"])
    assert at(reports, "NL120") == [6]
    assert reports[0].rule.category == "meta-text"


@pytest.mark.parametrize(
    "slot",
    [
        # An empty slot: the paragraph after it is the article's.
        '<div class="ad-slot"></div>\n<p>The vote was 7-2.</p>',
        # Class names that only contain the letters "ad" or "promo" as part of a word.
        '<div class="header-lead"><p>The vote was 7-2.</p></div>',
        '<div class="thread"><p>The vote was 7-2.</p></div>',
        # A sponsored article marks its <article> or <section>, not a slot in it.
        '<section class="sponsored"><p>The vote was 7-2.</p></section>',
    ],
)
def test_body_text_near_ad_markup_stays_quiet(slot):
    reports = lint(html_page(slot), "a.html", select=["NL120"])
    assert at(reports, "NL120") == []


# --- ad label leading the advertiser's line (NL120) --------------------------------


@pytest.mark.parametrize(
    "block",
    [
        "Sponsored [Book Kyoto ryokan from ¥9,800 a night – limited offer]"
        "(https://partners.example.com/x)",
        "ADVERTISEMENT | Save 40% on flights to Osaka this spring",
        "Paid partnership with Acme Travel: win a week in Kyoto",
        "Sponsored · Five credit cards with no annual fee",
    ],
)
def test_ad_label_leading_the_ad_is_chrome(block):
    reports = lint(between(block), "a.md", select=["NL120"])
    assert at(reports, "NL120") == [3]
    assert "advertisement" in reports[0].message


@pytest.mark.parametrize(
    "block",
    [
        "Sponsored by the council, the fair drew 4,000 people over the weekend.",
        "Advertising revenue fell 4% last year, the company said.",
        "Promoted stories from partners are now labelled clearly, the paper said.",
        "Advertisement spending by the two campaigns passed $1 billion, filings show.",
    ],
)
def test_sentences_about_ads_stay_quiet(block):
    assert at(lint(between(block), "a.md", select=["NL120"]), "NL120") == []


# --- drafting notes to the writer (NL109) ------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "NOTE: update with Mineduc figures on gratuidad coverage before publishing",
        "Note: replace once the ONS publishes the final count.",
        "Note: fill in the turnout when the commission reports.",
        "**Note:** add the council's figures here.",
        "NOTE: rewrite this graf, it repeats the intro.",
        "Note: swap the quote for the one from the hearing.",
        "Note: update the casualty figures when police confirm them.",
    ],
)
def test_drafting_note_to_the_writer_is_flagged(note):
    reports = lint(between(note), "a.md")
    assert ("NL109", 3) in meta(reports)


@pytest.mark.parametrize(
    "note",
    [
        "Note: Figures are rounded.",
        "Note: updated at 3pm with the final score.",
        "Note: update the app to the latest version to see the new feature.",
        "Note: remove the batteries before recycling the device.",
        "Note: Correct as of March 2024.",
        "Note: figures are updated with the latest census data each spring.",
        "Note: This article has been updated to correct the spelling of a name.",
        "Note: The figures in this story exclude Scotland.",
    ],
)
def test_notes_to_readers_stay_quiet(note):
    assert ("NL109", 3) not in meta(lint(between(note), "a.md"))
