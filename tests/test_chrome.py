"""Scraped page chrome (checks/chrome.py): real text in, findings out."""

from __future__ import annotations

from conftest import BODY, at, lint


def spans(reports, rule):
    return [(r.location.line, r.location.end_line) for r in reports if r.rule.id == rule]


def test_tail_widgets_are_one_finding_spanning_their_lines():
    tail = (
        "\n👁️ 4.1K+\n\nJane Roe\n\nJane Roe\n\n"
        "Jane Roe is a reporter covering city hall and state politics.\n\n"
        "MORE FROM METRO DAILY\n\nNewsletter\n\nSubscribe to Our Newsletter\n\n"
        "Thank you for subscribing to the newsletter.\n"
    )
    reports = lint(BODY + tail, "a.txt", select=["NL120"])
    assert spans(reports, "NL120") == [(7, 21)]
    assert reports[0].rule.category == "meta-text"


def test_message_names_the_widgets_it_found():
    tail = "\nShare on Facebook\n\nSubscribe to our newsletter\n\nWe use cookies. Accept all\n"
    (report,) = lint(BODY + tail, "a.txt", select=["NL120"])
    assert "(share bar, newsletter box, cookie notice)" in report.message
    (report,) = lint(BODY + "\n👁️ 12.4K+\n", "a.txt", select=["NL120"])
    assert "(view counter)" in report.message


def test_body_paragraphs_and_subheads_are_never_flagged():
    text = (
        BODY + "\nWhat happens next\n\nThe mayor has ten days to sign the bill, and opponents "
        "have promised a legal challenge if she does.\n"
    )
    assert not lint(text, "a.txt", select=["meta-text"])


def test_byline_at_top_is_clean_but_labels_from_a_scraper_are_not():
    assert not lint("By Jane Doe, Associated Press\n\n" + BODY, "a.txt", select=["meta-text"])
    scraped = "Author: Jane Doe\nPublished on: 3 May 2024\nBody:\n\n" + BODY
    assert spans(lint(scraped, "a.txt", select=["NL122"]), "NL122") == [(1, 3)]


def test_in_body_promo_and_advertisement_lines():
    parts = BODY.split("\n\n")
    text = "\n\n".join(
        [parts[0], "Advertisement", parts[1], "READ MORE: Mortgage rates fall again", parts[2]]
    )
    reports = lint(text, "a.txt", select=["NL120", "NL121"])
    assert at(reports, "NL120") == [3]
    assert at(reports, "NL121") == [7]


def test_related_links_list_in_markdown():
    tail = (
        "\n#### More on the budget\n\n"
        "* [Council delays police contract vote](https://example.com/a)\n"
        "* [Mayor unveils pothole plan](https://example.com/b)\n"
    )
    assert spans(lint(BODY + tail, "a.md", select=["NL120"]), "NL120") == [(7, 10)]


def test_orphaned_image_word_and_file_name():
    parts = BODY.split("\n\n")
    text = "\n\n".join([parts[0], "image", parts[1], "IMG_2041.JPG", parts[2]])
    assert at(lint(text, "a.txt", select=["NL123"]), "NL123") == [3, 7]


def test_caption_next_to_a_picture_is_not_an_orphan():
    text = "![The council chamber](x.jpg)\n\n*Photo: Jane Doe*\n\n" + BODY
    assert not lint(text, "a.md", select=["meta-text"])


def test_cookie_notice_and_skip_link_at_the_top():
    head = (
        "Skip to main content\n\nWe use cookies to improve your experience. By continuing "
        "you agree to our use of cookies.\n\n"
    )
    assert spans(lint(head + BODY, "a.txt", select=["NL120"]), "NL120") == [(1, 3)]


def test_newsletter_story_body_is_not_chrome():
    text = (
        "Three years ago she started an email newsletter; today it has 41,000 subscribers, "
        "a tenth of whom pay, and readers can sign up free.\n\n" + BODY
    )
    assert not lint(text, "a.txt", select=["meta-text"])


def test_quoted_paragraphs_before_a_widget_stay_out_of_it():
    text = (
        "The council voted 7-2 on Tuesday to close two branch libraries, officials said, "
        "after a long debate.\n\n"
        '"I want my kids to have a library within walking distance, and now they will not," '
        "said Rosa Medina, a mother of three.\n\n"
        '"We will appeal," she said.\n\n'
        "Related\n\nCouncil delays vote\n\nMayor unveils pothole plan\n"
    )
    assert spans(lint(text, "a.txt", select=["NL120"]), "NL120") == [(7, 11)]


def test_byline_repeated_after_the_story():
    text = (
        "By Jane Roe\n\n" + BODY + "\nBy Jane Roe\n\nJane Roe is a reporter covering city hall.\n"
    )
    assert spans(lint(text, "a.txt", select=["NL120"]), "NL120") == [(9, 11)]


def test_cookie_consent_before_the_story_is_chrome():
    head = (
        "We value your privacy\n\nWe and our partners use cookies to store and access "
        "information on your device. Manage preferences\n\nAccept all | Reject all\n\n"
    )
    reports = lint(head + BODY, "a.txt", select=["meta-text"])
    assert spans(reports, "NL120") == [(1, 5)]


def test_disclaimers_tickers_app_and_social_promos_are_chrome():
    text = (
        "BTC $67,412 ▲ 2.3% | ETH $3,318 ▼ 1.1%\n\n"
        + BODY
        + "\nFollow @MetroDaily on X for live updates from the council chamber.\n\n"
        "Download the Metro Daily app for breaking news alerts.\n\n"
        "Disclaimer: This article is for informational purposes only and does not "
        "constitute financial advice.\n"
    )
    reports = lint(text, "a.txt", select=["meta-text"])
    assert spans(reports, "NL120") == [(1, 1), (9, 13)]


def test_caption_labels_of_a_lost_picture_are_image_placeholders():
    text = BODY + "\nImage caption: Councillors debated the plan for three hours.\n\n" + BODY
    assert at(lint(text, "a.txt", select=["meta-text"]), "NL123") == [7]


def test_a_story_about_cookies_or_an_app_is_not_chrome():
    text = (
        "The regulator fined the retailer £2 million on Tuesday after finding that its "
        "website placed advertising cookies before visitors could refuse them.\n\n"
        "The company said it would download the regulator's guidance and change its app "
        "within a month, a spokesperson told reporters on Tuesday.\n"
    )
    assert not lint(text, "a.txt", select=["meta-text"])


def test_ad_feedback_labels_are_chrome_and_app_availability_in_a_story_is_not():
    text = BODY + "\nAd Feedback\n\n" + BODY + "\nVideo Ad Feedback\n"
    reports = lint(text, "a.txt", select=["meta-text"])
    assert spans(reports, "NL120") == [(7, 7), (15, 15)]
    story = (
        "StudyPal is available on iOS and Android for $9.99 a month, with a free version "
        "that allows five questions a day, the company said on Monday.\n"
    )
    assert not lint(BODY + "\n" + story, "a.txt", select=["meta-text"])


def test_opens_new_tab_inside_a_sentence_is_chrome_but_prose_about_windows_is_not():
    text = "Amazon.com, opens new tab said on Wednesday it had invested $2.75 billion.\n"
    reports = lint(BODY + "\n" + text, "a.txt", select=["meta-text"])
    assert at(reports, "NL120") == [7]
    prose = "Each link must open in a new window, the style guide says, and use plain words.\n"
    assert not lint(BODY + "\n" + prose, "a.txt", select=["meta-text"])


def test_newsletter_forward_line_is_chrome():
    text = "Forwarded this email? [Subscribe here](https://example.com/s) for more.\n\n" + BODY
    reports = lint(text, "a.md", select=["meta-text"])
    assert spans(reports, "NL120") == [(1, 1)]


def test_syndication_line_bare_agency_and_tweet_this_after_the_story():
    tail = "\nRead the original article on Business Insider\n\nGetty Images\n\nTweet this\n"
    reports = lint(BODY + tail, "a.txt", select=["meta-text"])
    assert spans(reports, "NL120") == [(7, 11)]


def test_labelled_headline_fields_after_an_assistant_preamble():
    text = (
        "Sure thing! I've rewritten the article to be more concise and engaging. Here it is:\n\n"
        "**Headline:** Amazon Pours Up to $4 Billion Into Anthropic\n\n"
        "**Subheadline:** The deal makes AWS the startup's main cloud\n\n" + BODY
    )
    reports = lint(text, "a.md", select=["NL122"])
    assert spans(reports, "NL122") == [(3, 5)]


def test_paywall_prompt_is_chrome():
    tail = "\nAlready a member? Sign in to continue reading.\n\nEnjoy unlimited access for 99p.\n"
    reports = lint(BODY + tail, "a.txt", select=["NL120"])
    assert spans(reports, "NL120") == [(7, 9)]
    assert "paywall prompt" in reports[0].message
    good = BODY + "\nReaders who subscribe to the print edition will pay 20p more from June.\n"
    assert not lint(good, "a.txt", select=["NL120"])


def test_field_labels_joined_to_a_plain_text_headline():
    scraped = "Ferry fares to rise in spring\nPublished At: 04/02/2025 09:10\nArticle Text:\n\n"
    reports = lint(scraped + BODY, "a.txt", select=["NL122"])
    assert spans(reports, "NL122") == [(2, 3)]
    dated = "Ferry fares to rise in spring\nPublished: 4 February 2025\n\n"
    assert not lint(dated + BODY, "a.txt", select=["NL122"])


# --- breadcrumbs split by slashes, post metadata bars ------------------------------

STORY = (
    "Copper rose to a record on Thursday as a strike at one of Chile's largest mines "
    "entered its third week, traders said, and warehouse stocks fell to a ten-year low.\n\n"
    "Analysts at two banks raised their price forecasts for the rest of the year, citing "
    "the shortfall in supply from the mine.\n"
)


def test_slash_breadcrumb_in_plain_text_markdown_and_html():
    text = "Sections / Business / Markets / Commodities\n\n" + STORY
    reports = lint(text, "a.txt", select=["NL120"])
    assert spans(reports, "NL120") == [(1, 1)]
    assert "(navigation)" in reports[0].message
    md = "home / politics / elections\n\n# Turnout rises in the county vote\n\n" + STORY
    assert at(lint(md, "a.md", select=["meta-text"]), "NL120") == [1]
    html = (
        '<article>\n<div class="crumbs">Home / World / Europe</div>\n<h1>Ferry strike</h1>\n'
        "<p>Ferry crossings between the two islands were halted on Monday as crews walked out "
        "over pay, the operator said, leaving hundreds of passengers stranded.</p>\n</article>\n"
    )
    assert at(lint(html, "a.html", select=["meta-text"]), "NL120") == [2]


def test_slashes_in_prose_lyrics_and_lists_are_not_breadcrumbs():
    text = (
        STORY + "\nThe hikers followed a breadcrumb trail of painted stones / arrows / ribbons "
        "left by volunteers, the park warden said.\n\n"
        "Readers can choose print and/or digital subscriptions, the publisher said.\n\n"
        "rain on the roof / a kettle on / nobody home\n\n"
        "The new wing covers Art / Design / Architecture, the director said, and opens in May.\n"
    )
    assert not lint(text, "a.txt", select=["meta-text"])


def test_post_metadata_bar_with_counters_is_chrome():
    bar = "Posted in Mining, Latin America · 5 min read · 👁 2.1K views · 💬 8 comments\n\n"
    reports = lint(bar + STORY, "a.md", select=["NL120"])
    assert spans(reports, "NL120") == [(1, 1)]
    assert "(post metadata)" in reports[0].message
    for line in (
        "Filed under Markets • 6 min read • 18 comments • 1.2K shares",
        "By Lena Ortiz | 9 May 2025 | 2,104 views | 31 comments | Updated 2 hours ago",
    ):
        assert at(lint(line + "\n\n" + STORY, "a.txt", select=["NL120"]), "NL120") == [1]


def test_posted_and_views_in_news_sentences_stay_clean():
    text = (
        "Posted in Kabul for two years, the diplomat said she had never seen the embassy so "
        "quiet.\n\n"
        "The clip was posted on Friday and had drawn 3.4 million views and 12,000 comments by "
        "Sunday, the company said.\n\n" + STORY
    )
    assert not lint(text, "a.txt", select=["meta-text"])


def test_scraper_source_fields_at_the_top_or_bottom():
    tails = [
        "Source: https://www.hollinbrookecho.co.uk/news/2025/06/quarry-rejected",
        "Original URL: https://example.com/news/quarry",
        "Scraped from: hollinbrookecho.co.uk/news/quarry",
        "Retrieved: 4 June 2025, 09:12",
        "**Source URL:** <https://example.com/news/quarry>",
    ]
    for tail in tails:
        for path in ("a.md", "a.txt"):
            reports = lint(BODY + "\n" + tail + "\n", path, select=["NL122"])
            assert at(reports, "NL122") == [7], (path, tail)
    head = "Source: www.example.com/news/budget\n\n" + BODY
    assert at(lint(head, "a.txt", select=["NL122"]), "NL122") == [1]
    html = "<article><p>" + BODY.split("\n\n")[0] + "</p>\n<p>Source: https://example.com/a</p>"
    assert at(lint(html, "a.html", select=["NL122"]), "NL122") == [2]


def test_source_credits_stay_clean():
    # A credit for a table or chart, a named source, and a source URL in a sentence.
    text = (
        BODY + "\n| Year | Officers |\n|---|---|\n| 2024 | 1,180 |\n| 2025 | 1,300 |\n\n"
        "Source: https://www.city.gov/budget/2025\n\n"
        "![Chart of police numbers](chart.png)\n\nSource: https://data.city.gov/police\n\n"
        "Source: Office for National Statistics\n\n"
        "Via: Associated Press\n"
    )
    assert not [r for r in lint(text, "a.md", select=["meta-text"]) if r.rule.id == "NL122"]
    mid = "The figures, which the city publishes at https://data.city.gov, show a rise.\n\n" + BODY
    assert not [r for r in lint(mid, "a.txt", select=["meta-text"]) if r.rule.id == "NL122"]
    # In plain text: under a chart's caption or a pipe table.
    txt = (
        BODY + "\nChart: police officers by year, 2021-2025\n\n"
        "Source: https://data.city.gov/police\n\n"
        "| 2024 | 1,180 |\n| 2025 | 1,300 |\n\nSource: https://www.city.gov/budget\n"
    )
    assert not [r for r in lint(txt, "a.txt", select=["meta-text"]) if r.rule.id == "NL122"]
