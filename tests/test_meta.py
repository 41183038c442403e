"""Meta-text checks in meta.py and rules/meta-chat.yaml: real text in, findings out."""

from __future__ import annotations

import json

from conftest import SEEDS, SHARED, at, lint, needs_shared, rules_of
from newslint.cli import main
from newslint.fixer import apply_fixes

ARTICLE = (
    "The council voted 7-2 on Tuesday to close two branch libraries, officials said.\n\n"
    '"This is the hardest vote I have taken," said council member Rita Okafor.\n'
)


def fixed(text: str, path: str = "a.txt", select=("meta-text",)) -> str:
    reports = lint(text, path, select=list(select))
    return apply_fixes(text, [r.fix for r in reports if r.fix])[0]


# --- NL101 reasoning trace -------------------------------------------------------


def test_trace_is_one_finding_spanning_the_run():
    notes = (
        "First, I need to read the provided article and list its factual claims.\n"
        "The search results confirm the budget figure, so that claim can stay.\n"
        "The article also mentions a second vote; the user wants a link for it.\n"
        "Finally, the output should keep the original structure and add hyperlinks.\n\n"
    )
    reports = lint(notes + ARTICLE, "a.txt", select=["NL101"])
    assert at(reports, "NL101") == [1]
    (r,) = reports
    assert (r.location.line, r.location.end_line) == (1, 4)
    assert r.rule.category == "meta-text"


def test_trace_at_the_end_of_an_article():
    notes = (
        "\nNote: I have kept the quotes verbatim and shortened the intro as the "
        "instructions asked. I removed the paragraph the user said was off topic.\n"
    )
    reports = lint(ARTICLE + notes, "a.txt", select=["NL101"])
    assert at(reports, "NL101") == [5]


def test_think_block_in_markdown():
    text = "<think>\nThe user wants 200 words.\n\nLet me plan.\n</think>\n\n" + ARTICLE
    reports = lint(text, "a.md", select=["NL101"])
    assert [(r.location.line, r.location.end_line) for r in reports] == [(1, 5)]


def test_first_person_column_and_quotes_stay_clean():
    text = (
        "I need to tell you about my father. I'll never forget the night the mill closed, "
        "and I will keep writing about it.\n\n"
        "Let me explain why. The plant employed 1,200 people at its peak.\n\n"
        '"I need to check the search results before I answer," the student said, '
        "describing how she uses the chatbot.\n\n"
        '"First, I need to go through the provided article," the model wrote in its '
        "reply, according to the researchers.\n"
    )
    assert not lint(text, "a.txt", select=["NL101"])


def test_technology_story_about_prompts_is_not_a_trace():
    text = (
        "When a user types a prompt, the search results now open with an AI summary. "
        "The output is not always right, and the instructions behind it are secret.\n\n"
        "Researchers said the prompt and the search results shape the final answer.\n"
    )
    assert not lint(text, "a.txt", select=["NL101"])


# --- chat artefacts and their fixes ------------------------------------------------


def test_preamble_fix_removes_only_its_line():
    text = "Certainly! Here is the rewritten article:\n\n" + ARTICLE
    reports = lint(text, "a.txt", select=["NL102"])
    assert at(reports, "NL102") == [1]
    assert fixed(text) == "\n" + ARTICLE


def test_preamble_sharing_a_line_with_the_story_has_no_fix():
    text = "Sure, here's the revised article: The council voted 7-2 on Tuesday.\n"
    (r,) = lint(text, "a.txt", select=["NL102"])
    assert r.fix is None


def test_signoff_paragraph_is_removed_whole():
    text = ARTICLE + "\nI hope this helps! Let me know if you'd like any changes.\n"
    reports = lint(text, "a.txt", select=["NL103"])
    assert at(reports, "NL103") == [5]
    assert fixed(text) == ARTICLE + "\n"


def test_signoff_inside_a_quote_is_clean():
    text = '"Let me know if you need anything," the neighbour told her.\n'
    assert not lint(text, "a.txt", select=["NL103"])


def test_regenerate_response_and_copy_code_lines_are_removed():
    text = ARTICLE + "\nRegenerate response\nCopy code\n"
    reports = lint(text, "a.txt", select=["NL105"])
    assert at(reports, "NL105") == [5, 6]
    assert fixed(text) == ARTICLE + "\n"


def test_fence_pair_is_removed_including_curly_quoted_fences():
    text = "“`html\n" + ARTICLE + "“`\n"
    reports = lint(text, "a.txt", select=["NL108"])
    assert at(reports, "NL108") == [1, 5]
    assert fixed(text) == ARTICLE


TECH_POST = (
    "# How we halved our build time\n\n"
    "The team cut build times in half last quarter, according to its dashboard.\n\n"
    "Run the build with eight jobs:\n\n"
    "```\nmake build -j8\n```\n\n"
    "The settings live in one file:\n\n"
    "```yaml\njobs: 8\ncache: true\n```\n\n"
    "An embed looks like this:\n\n"
    '```html\n<iframe src="https://example.org"></iframe>\n```\n\n'
    "That is all it takes, the team said.\n"
)


def test_code_examples_in_markdown_are_not_stray_fences():
    """Closed fences around code in a Markdown post are markup the author meant:
    reporting them (and --fix deleting them) would break the post."""
    assert lint(TECH_POST, "post.md", select=["NL108"]) == []
    assert fixed(TECH_POST, "post.md") == TECH_POST


def test_chat_fences_in_markdown_are_still_reported():
    unclosed = TECH_POST + "\n```\n"
    assert at(lint(unclosed, "post.md", select=["NL108"]), "NL108") == [26]
    empty = ARTICLE + "\n```\n```\n"
    assert at(lint(empty, "a.md", select=["NL108"]), "NL108") == [5, 6]
    wrapped = "```html\n<p>" + ARTICLE.replace("\n\n", "</p>\n<p>") + "</p>\n```\n"
    assert at(lint(wrapped, "a.md", select=["NL108"]), "NL108") == [1, 5]


def test_fix_command_writes_only_safe_fixes(in_tmp, capsys):
    path = in_tmp / "story.txt"
    body = "Sure! Here's the updated story:\n\n" + ARTICLE + "\nThe plant will employ TK people.\n"
    path.write_text(body, encoding="utf-8")
    main(["--fix", "--select", "meta-text", str(path)])
    after = path.read_text(encoding="utf-8")
    assert after == "\n" + ARTICLE + "\nThe plant will employ TK people.\n"
    capsys.readouterr()


def test_prompt_echo():
    text = "Rewrite the following article in a neutral tone for a general audience:\n\n" + ARTICLE
    assert at(lint(text, "a.txt", select=["NL107"]), "NL107") == [1]
    assert not lint("Write to your MP, the campaign urged supporters.\n", select=["NL107"])


# --- pattern packs -------------------------------------------------------------


def test_placeholders_and_their_lookalikes():
    bad = "The plant employs XX people [INSERT LINK] and {{city}} approved it (ADD QUOTE HERE).\n"
    assert len(at(lint(bad, select=["NL106"]), "NL106")) == 4
    good = "Shoppers queued at TK Maxx; the XX chromosome study was published in 2023.\n"
    assert not lint(good, select=["NL106"])


def test_published_editors_note_is_clean_but_a_query_is_not():
    good = (
        "Editor's note: This article has been updated to correct the spelling of a name.\n\n"
        + ARTICLE
    )
    assert not lint(good, select=["NL109"])
    bad = ARTICLE + "\nThe cost was $5.6 million [Editor's note: check this figure].\n"
    assert at(lint(bad, select=["NL109"]), "NL109") == [5]


def test_desk_notes_for_pictures_and_graphics_are_editor_notes():
    bad = ARTICLE + "\n(PIX: family to email a photo of the couple - chase Dana before 6pm)\n"
    assert at(lint(bad, select=["NL109"]), "NL109") == [5]
    bad = ARTICLE + "\n[GRAPHIC: route map to come from the highways team]\n"
    assert at(lint(bad, select=["NL109"]), "NL109") == [5]
    good = ARTICLE + "\nThe couple at their home in Leeds (Photo: Dana Whitlow).\n"
    assert not lint(good, select=["NL109"])


def test_an_assistants_note_on_its_own_edits_is_a_signoff():
    bad = ARTICLE + "\nNote: I've trimmed the second quote and moved the council's reply up.\n"
    assert at(lint(bad, select=["NL103"]), "NL103") == [5]
    good = ARTICLE + "\nNote: figures have been rounded to the nearest thousand.\n"
    assert not lint(good, select=["NL103"])


# --- NL110 stray markup ----------------------------------------------------------


def test_ad_markup_in_markdown_is_one_finding_per_run():
    text = (
        ARTICLE
        + '\n<ins class="adsbygoogle"\n     data-ad-client="ca-pub-1"\n'
        + '     data-ad-slot="2"></ins>\n'
    )
    reports = lint(text, "a.md", select=["NL110"])
    assert [(r.location.line, r.location.end_line) for r in reports] == [(5, 7)]


def test_suppression_comments_and_content_html_are_not_stray():
    text = "<!-- newslint-disable NL201 -->\n\n" + ARTICLE + "\n<!-- newslint-enable -->\n"
    assert not lint(text, "a.md", select=["NL110"])


def test_html_tags_in_plain_text_and_markdown_in_html():
    assert at(lint("The <b>council</b> met.\n", "a.txt", select=["NL110"]), "NL110") == [1]
    html = "<article><p>The **council** met on Tuesday.</p></article>\n"
    assert at(lint(html, "a.html", select=["NL110"]), "NL110") == [1]
    assert not lint("Sales rose 3% & profit < 5% of revenue.\n", "a.txt", select=["NL110"])


# --- seeds (labels live in ../shared) ----------------------------------------------


@needs_shared
def test_every_seed_meta_text_label_is_found_without_false_findings():
    from ruamel.yaml import YAML

    labels = YAML(typ="safe").load((SHARED / "eval" / "seeds.yaml").read_text())
    for doc in labels["documents"]:
        text = (SEEDS / doc["path"]).read_text(encoding="utf-8")
        reports = [r for r in lint(text, doc["path"]) if r.rule.category == "meta-text"]
        spans = [(r.location.line, r.location.end_line) for r in reports]
        for lab in doc.get("expect") or []:
            if lab["category"] != "meta-text":
                continue
            lo, hi = lab["line"], lab.get("end_line", lab["line"])
            assert any(a <= hi and lo <= b for a, b in spans), (doc["path"], lab)
        allowed = [
            (lab["line"], lab.get("end_line", lab["line"]))
            for lab in (doc.get("expect") or []) + (doc.get("optional") or [])
            if lab["category"] == "meta-text"
        ]
        for a, b in spans:
            assert any(a <= hi and lo <= b for lo, hi in allowed), (doc["path"], a, b)


def test_rules_of_the_family_are_registered():
    reports = lint("Certainly! Here is the revised article:\n\nTK\n", "a.txt")
    assert {"NL102", "NL106"} <= rules_of(reports)
    assert json.dumps([r.rule.category for r in reports]).count("meta-text") >= 2


def test_no_pattern_was_mangled_by_string_formatting():
    """A quantifier such as {0,4} inside an f-string becomes the text "(0, 4)"."""
    import re

    from newslint.checks import chrome, meta

    mangled = re.compile(r"\(\d+, \d+\)|\{\d+, \d+\}")
    patterns = [getattr(v, "pattern", None) for m in (meta, chrome) for v in vars(m).values()]
    patterns += [rx.pattern for rx, _, _ in meta._TRACE_FEATURES]
    assert not [p for p in patterns if isinstance(p, str) and mangled.search(p)]


def test_we_planning_needs_a_direct_reference_to_the_task():
    editorial = (
        "We need to ensure that search results are fair, and regulators should check the "
        "output of these algorithms.\n"
    )
    assert not lint(editorial, select=["NL101"])
    notes = "We need to produce a neutral article from the provided text and keep the quotes.\n"
    assert at(lint(notes, select=["NL101"]), "NL101") == [1]


def test_assistant_notes_to_the_user_and_bold_word_counts():
    from conftest import at as _at

    text = (
        "Amazon finished its investment on Wednesday, the company said.\n\n"
        "**Note:** I couldn't verify the $2.75 billion figure; you may want to double-check "
        "it before publishing.\n\n**Word Count:** 142\n"
    )
    reports = lint(text, "a.txt", select=["meta-text"])
    assert _at(reports, "NL103") == [3]
    assert _at(reports, "NL109") == [5]


def test_image_suggestion_in_brackets_is_a_placeholder():
    from conftest import at as _at

    text = (
        "Amazon completed the investment on Wednesday, the companies said.\n\n"
        "[Image suggestion: a photo of the AWS logo outside an Amazon office in Seattle]\n"
    )
    assert _at(lint(text, "a.txt", select=["NL106"]), "NL106") == [3]


# --- editing notes in brackets, "let me" edits, picture placeholders -----------------

AIRLINE = (
    "The regional airline will cut 12 routes from October, the company said on Monday, "
    "blaming rising fuel costs.\n\n"
    '"We have no choice," chief executive Mara Lind said.\n\n'
    "The airline carried 2.1 million passengers last year, up from 1.8 million.\n"
)


def test_bracketed_editing_notes_are_drafting_notes():
    paras = AIRLINE.strip().split("\n\n")
    notes = [
        "(Bumped the pilots' union reaction higher since the editor asked for it near the "
        "top; all figures as in the company statement.)",
        "[Cut the history section down to one paragraph and moved the fares table below the "
        "quotes, as requested.]",
        "(Quotes kept verbatim from the press release; I just tightened the intro and swapped "
        "the last two paragraphs.)",
    ]
    text = "\n\n".join([paras[0], notes[0], paras[1], notes[1], paras[2], notes[2]]) + "\n"
    reports = lint(text, "a.md", select=["meta-text"])
    assert at(reports, "NL101") == [3, 7, 11]


def test_let_me_edit_notes_to_the_requester_in_html():
    html = (
        "<p>I'll move the minister's denial into the second paragraph and tighten the lede, "
        "per your notes.</p>\n"
        "<p>The minister denied on Tuesday that she had been told about the contract before it "
        "was signed, her office said.</p>\n"
        "<p>Let me rework the ending so it closes on the vote, like you asked.</p>\n"
    )
    assert at(lint(html, "a.html", select=["NL101"]), "NL101") == [1, 3]


def test_published_notes_and_quoted_let_me_stay_clean():
    text = (
        AIRLINE + "\n"
        '"Let me restructure the opening so the headline finding comes first," the editor '
        "told the trainee, recalling her first week on the desk.\n\n"
        "(This story has been updated to remove a quote that was wrongly attributed to "
        "Ms. Lind.)\n\n"
        "(Reporting by Jane Doe; Editing by John Smith)\n\n"
        "This interview has been edited and condensed for clarity.\n\n"
        "(Quotes have been translated from Portuguese.)\n\n"
        "I only moved to the city in 2019, and I kept my old flat in Leeds for a year.\n\n"
        "(Moving forward, the airline says it will publish punctuality figures monthly.)\n\n"
        "The opening paragraph of the judgment sets out why the court rejected the appeal.\n\n"
        "Let me be clear: the airline has not been sold, the chairman said.\n"
    )
    assert not lint(text, "a.md", select=["meta-text"])


def test_picture_described_in_brackets_is_a_placeholder():
    text = (
        AIRLINE + "\n[photo: a grounded turboprop on the apron at dawn, ground crew walking past]\n"
        "\n[Image of the departures board showing cancelled flights]\n\n"
        "The routes will end in October. {graphic: passenger numbers by route since 2019}\n"
    )
    assert at(lint(text, "a.md", select=["NL106"]), "NL106") == [7, 9, 11]
    html = "<p>[PICTURE: Mara Lind at the company's headquarters in Malmo]</p>\n<p>The cuts.</p>"
    assert at(lint(html, "a.html", select=["NL106"]), "NL106") == [1]


def test_real_captions_and_bracketed_insertions_stay_clean():
    text = (
        AIRLINE + "\nPhoto: A turboprop at Malmo airport. Credit: Nordic Air\n\n"
        '"They [pictures of the stranded passengers] spread everywhere," Lind said.\n\n'
        '"He [the photographer] was there before us," she said.\n\n'
        "*Image: the departures board at Malmo on Monday, when 14 flights were cancelled.*\n"
    )
    assert not lint(text, "a.md", select=["meta-text"])


# --- held-out sets 13 and 14: drafting notes, desk fields, press-release furniture --

FERRY = (
    "The ferry between Oban and Craignure was cancelled for a third day on Friday after "
    "a fault was found in one of its engines, CalMac said.\n"
)


def test_note_for_missing_material_in_brackets():
    text = (
        FERRY + "\nThe company said repairs could take a week. (insert quote from the "
        "harbour master)\n\n"
        "Islanders have complained about the service for years [need comment from the "
        "transport minister].\n\n"
        "A relief vessel is due on Monday (still waiting on a response from the union).\n\n"
        "Fares will be refunded (add figures for the refund scheme).\n"
    )
    assert at(lint(text, "a.md", select=["NL106"]), "NL106") == [3, 5, 7, 9]
    html = "<p>Services resume Monday. (get comment from CalMac on the backlog)</p>"
    assert at(lint(html, "a.html", select=["NL106"]), "NL106") == [1]


def test_published_brackets_are_not_drafting_notes():
    text = (
        FERRY + "\nSailings resume on Monday (pending a safety inspection by the coastguard).\n\n"
        "The grant (added to the budget in March) pays for a second vessel.\n\n"
        "(Need help getting home? Call the CalMac helpline on 0800 066 5000.)\n\n"
        '"We need comment from the company, not silence," the councillor said.\n'
    )
    assert not lint(text, "a.md", select=["meta-text"])


def test_desk_field_labels_of_a_draft():
    text = (
        "HED: Ferry cancelled for third day as engine fault persists\n"
        "DEK: Islanders face week of disruption on the Mull route\n\n" + FERRY
    )
    assert at(lint(text, "a.txt", select=["NL109"]), "NL109") == [1, 2]
    md = "**Subhed:** Repairs could take a week\n\n" + FERRY
    assert at(lint(md, "a.md", select=["NL109"]), "NL109") == [1]
    html = "<p>KICKER: Travel chaos</p>\n<p>" + FERRY.strip() + "</p>"
    assert at(lint(html, "a.html", select=["NL109"]), "NL109") == [1]


def test_press_release_furniture_in_a_news_story():
    text = (
        "For Immediate Release\n\n" + FERRY + "\nMedia contact: Ailsa Grant, "
        "press@example.com, 01631 000000\n\n###\n"
    )
    assert at(lint(text, "a.txt", select=["NL109"]), "NL109") == [1, 5, 7]
    wire = FERRY + "\n-30-\n"
    assert at(lint(wire, "a.txt", select=["NL109"]), "NL109") == [3]
    html = "<p>FOR IMMEDIATE RELEASE</p>\n<p>" + FERRY.strip() + "</p>\n<p>- ENDS -</p>"
    assert at(lint(html, "a.html", select=["NL109"]), "NL109") == [1, 3]


def test_stories_about_press_releases_and_team_sheets_stay_clean():
    text = (
        FERRY + "\nIn a press release issued for immediate release on Thursday, the union "
        "said its members would strike.\n\n"
        "The company's media contact did not answer calls on Friday.\n\n"
        "Kicker: Tom Hale, who has not missed from inside 40 yards since September.\n\n"
        "The headline figure fell 3%, the deck of slides showed.\n\n"
        "* * *\n\n"
        "Editor's note: This story has been updated to correct the ferry's departure time.\n"
    )
    assert not lint(text, "a.md", select=["meta-text"])


def test_editor_note_in_an_html_comment():
    html = (
        "<article>\n<p>" + FERRY.strip() + "</p>\n"
        "<!-- desk: check the spelling of Craignure before this runs -->\n"
        "<p>A relief vessel is due on Monday.</p>\n"
        "<!-- Note to subs: swap in the new timetable figures -->\n"
        "<p>Fares will be refunded.</p>\n</article>\n"
    )
    reports = lint(html, "a.html", select=["meta-text"])
    assert at(reports, "NL109") == [3, 5]
    md = (
        FERRY + "\n<!-- editor: cut this graf if the union settles -->\n\nFares will be refunded.\n"
    )
    assert at(lint(md, "a.md", select=["meta-text"]), "NL109") == [3]


def test_template_comments_stay_clean():
    html = (
        "<!DOCTYPE html>\n<html><body>\n<!-- Google Tag Manager -->\n<main>\n"
        "<!-- wp:paragraph -->\n<p>" + FERRY.strip() + "</p>\n<!-- /wp:paragraph -->\n"
        "<!-- TODO: lazy-load images below the fold -->\n"
        "<!-- TODO: fix header line height -->\n<!-- Add the byline module -->\n"
        "<!-- tk-header -->\n"
        "<!-- newslint-disable-next-line NL120 -->\n<p>A relief vessel is due on Monday.</p>\n"
        "<!-- end .entry-content -->\n</main>\n</body></html>\n"
    )
    assert not [r for r in lint(html, "a.html", select=["meta-text"]) if r.rule.id == "NL109"]


def test_chat_preamble_before_a_review_or_roundup():
    bad = [
        "Sure! Here's a detailed, SEO-friendly review of the Lumo X2 for Indian readers, "
        "written in an engaging tone and kept to roughly 600 words:",
        "Sure thing! Below is a 500-word match report for your club website:",
        "Absolutely — here's a punchy roundup of the weekend's racing results:",
        "Of course! Here is an obituary of the former harbour master, in a warm tone:",
        "Here is an SEO-friendly profile of the new chief constable for your readers:",
    ]
    for line in bad:
        for path, text in (("a.md", line + "\n\n" + FERRY), ("a.html", f"<p>{line}</p>")):
            assert at(lint(text, path, select=["NL102"]), "NL102") == [1], (path, line)


def test_sure_and_here_is_in_news_copy_stay_clean():
    text = (
        FERRY + "\nHere is a roundup of the weekend's disruption across the network:\n\n"
        "Sure, here's the thing about the council's review: it is a year late.\n\n"
        "Great news! Here's the full interview with the new harbour master.\n\n"
        '"Sure! Here\'s a detailed review of the evidence," the judge told the court.\n\n'
        "Of course, this is a review the islanders have waited for.\n"
    )
    assert not [r for r in lint(text, "a.md", select=["meta-text"]) if r.rule.id == "NL102"]


def test_visible_plan_ending_in_final_answer():
    plan = (
        "Step 1: Identify the main facts in the ferry company's statement.\n"
        "Step 2: Keep the harbour master's words as they were said.\n"
        "Step 3: Structure it as a short news story.\n"
        "Final answer:\n\n"
    )
    reports = lint(plan + FERRY, "a.md", select=["NL101"])
    assert [(r.location.line, r.location.end_line) for r in reports] == [(1, 4)]
    # Each step a paragraph of its own, and the label bold.
    split = "Step 1: Read the statement.\n\nStep 2: Cut the repetition.\n\n**Final answer:**\n\n"
    reports = lint(split + FERRY, "a.txt", select=["NL101"])
    assert [(r.location.line, r.location.end_line) for r in reports] == [(1, 5)]


def test_government_plan_steps_and_quiz_answers_stay_clean():
    text = (
        "The council's flood plan, the document states, has three stages.\n\n"
        "Step 1: Identify the households most at risk and check their insurance.\n"
        "Step 2: Install temporary barriers on Mill Lane.\n"
        "Step 3: Review the plan with residents in the spring.\n\n"
        "Final answer: Paris. The contestant took home £32,000 after the last question, "
        "the show's producers said.\n\n"
        '"Is that your final answer?" the host asked.\n\n' + FERRY
    )
    assert not lint(text, "a.md", select=["NL101", "NL102"])


# --- heldout15/16 round: closing offers, filler preambles, desk notes, front matter, prices ---

QUARRY = (
    "Plans for a sand quarry on the edge of Hollinbrook were rejected by the county's "
    "planning committee on Tuesday after 600 objections, officials said.\n\n"
)


def test_closing_offers_in_several_wordings():
    offers = [
        "Want me to turn this into a 300-word version for the evening bulletin?",
        "Shall I add a short timeline of the planning battle?",
        "Should I draft a sidebar on the objectors?",
        "Happy to rework the intro or add a fact box on the site if that would help.",
        "Glad to write a punchier headline if you'd like.",
        "I could also put together a map of the proposed site.",
        "Let me know if the tone needs softening.",
    ]
    for offer in offers:
        for path, text in (("a.md", QUARRY + offer + "\n"), ("a.txt", QUARRY + offer + "\n")):
            assert at(lint(text, path, select=["NL103"]), "NL103") == [3], (path, offer)
    html = "<p>" + QUARRY.strip() + "</p>\n<p>Want me to add a box on the appeal process?</p>"
    assert at(lint(html, "a.html", select=["NL103"]), "NL103") == [2]


def test_edit_report_before_an_offer_goes_with_the_sign_off():
    note = (
        "I left the councillors' quotes as they were and cut the paragraph on the 2019 "
        "application. Shall I write a shorter version for the newsletter? Just say the word!\n"
    )
    reports = lint(QUARRY + note, "a.md", select=["NL103"])
    assert at(reports, "NL103") == [3]
    assert reports[0].fix is not None  # every sentence is the assistant's: the line goes
    assert fixed(QUARRY + note, "a.md") == QUARRY


def test_happy_to_and_want_me_to_in_news_copy_stay_clean():
    text = (
        QUARRY + "Happy to help, the parish clerk said when asked about the appeal.\n\n"
        "Happy to take a draw away from home, the manager made two changes at half-time.\n\n"
        "Glad to be home, the crew thanked the lifeboat volunteers.\n\n"
        "Should I write to my MP? Residents asked the question at every meeting.\n\n"
        "Want me to be honest? I never thought the quarry would be approved.\n\n"
        '"Want me to add your name to the petition?" the organiser asked.\n\n'
        "The developer said it was happy to try a smaller site if the council agreed.\n"
    )
    assert not [r for r in lint(text, "a.md", select=["meta-text"]) if r.rule.id == "NL103"]


def test_preamble_with_a_filler_word_after_the_yes():
    lines = [
        "Okay, so here is the rewritten story on the quarry decision, kept to 400 words:",
        "Alright, here's the tightened version of the planning piece:",
        "Right — here's the summary of the committee meeting you asked for:",
        "OK then, below is the revised article with the new quotes:",
    ]
    for line in lines:
        for path in ("a.md", "a.txt"):
            text = line + "\n\n" + QUARRY
            assert at(lint(text, path, select=["NL102"]), "NL102") == [1], (path, line)


def test_right_and_okay_in_news_copy_are_not_preambles():
    text = (
        QUARRY + "Right now, here is the latest on the appeal: none has been lodged.\n\n"
        "Right here is the article of the planning code the committee relied on.\n\n"
        "Okay, so the vote was close, the chairman admitted.\n"
    )
    assert not [r for r in lint(text, "a.md", select=["meta-text"]) if r.rule.id == "NL102"]


def test_desk_note_plain_bold_or_italic():
    notes = [
        "**Desk: is it Hollinbrook or Hollinbrooke? The council's papers use both**",
        "_Subs: please confirm the number of objections with the county_",
        "Night editor: check whether the appeal deadline is 28 or 56 days.",
        "*Note to desk: need a picture of the site before this runs*",
        "**Editor's note: verify the 600 figure against the committee report**",
    ]
    for note in notes:
        for path in ("a.md", "a.txt"):
            text = QUARRY + note + "\n\nThe applicant has six months to appeal.\n"
            assert at(lint(text, path, select=["NL109"]), "NL109") == [3], (path, note)
    html = "<p>" + QUARRY.strip() + "</p>\n<p><strong>Desk: confirm the spelling</strong></p>"
    assert at(lint(html, "a.html", select=["NL109"]), "NL109") == [2]


def test_mastheads_team_sheets_and_published_notes_are_not_desk_notes():
    text = (
        QUARRY + "Editor: Maria Oduya\n\n"
        "Subs: Hale, Moss, Idowu (Carter 71)\n\n"
        "Producer: Tom Reyes\n\n"
        "**Editor's note:** This story was updated on Wednesday to add the applicant's "
        "response.\n\n"
        "The news desk at the Hollinbrook Echo received 40 letters about the plan.\n"
    )
    assert not [r for r in lint(text, "a.md", select=["meta-text"]) if r.rule.id == "NL109"]


def test_currency_placeholders():
    lines = [
        "The new Mobile tier will cost A$TBC a month.",
        "Tickets will be priced at £TBA when sales open.",
        "The settlement, worth €TBD, is expected in spring.",
        "The contract is worth US$XXm over five years.",
        "The levy will raise USD TBC in its first year.",
    ]
    for line in lines:
        text = QUARRY + line + "\n"
        assert at(lint(text, "a.md", select=["NL106"]), "NL106") == [3], line


def test_tbc_without_a_currency_stays_clean():
    text = (
        QUARRY + "Fixtures: Hollinbrook v Ashby, Saturday. Kick-off TBC.\n\n"
        "The venue for the appeal hearing is TBC, the inspectorate said.\n\n"
        "The levy, still to be set (TBA in the budget), will fund road repairs.\n"
    )
    assert not [r for r in lint(text, "a.md", select=["meta-text"]) if r.rule.id == "NL106"]


def test_placeholders_in_front_matter_values():
    text = (
        "---\n"
        'title: "{{headline}}"\n'
        "author: {author}\n"
        "byline: [AUTHOR NAME]\n"
        'description: "[Insert summary here]"\n'
        "writer: <name>\n"
        "dek: TK\n"
        "date: 2025-06-03\n"
        "---\n\n" + QUARRY
    )
    reports = lint(text, "a.md", select=["NL106", "NL110"])
    assert at(reports, "NL106") == [2, 3, 4, 5, 6, 7]
    assert "{{headline}}" in reports[0].message


def test_front_matter_templates_and_lists_are_not_placeholders():
    text = (
        "---\n"
        "title: Quarry plan rejected after 600 objections\n"
        "author: Priya Nair\n"
        'permalink: "/news/{{ title | slugify }}/"\n'
        "eleventyComputed:\n"
        '  summary: "{{ description }}"\n'
        "categories: [Environment]\n"
        "tags: [NASA, planning, HOLLINBROOK]\n"
        "---\n\n" + QUARRY + '{{< figure src="/img/quarry.jpg" >}}\n\n'
        "{{% notice %}}The committee meets again in July.{{% /notice %}}\n"
    )
    assert not lint(text, "a.md", select=["meta-text"])


def test_hidden_notes_run_for_their_own_rules_alone():
    """Comment notes (NL109) and front-matter placeholders (NL106) are found when only
    their rule is selected, and not reported under another rule."""
    html = "<p>The ferry sailed at dawn, the operator said.</p>\n<!-- editor: cut this graf -->\n"
    assert at(lint(html, "a.html", select=["NL109"]), "NL109") == [2]
    assert lint(html, "a.html", select=["NL110"]) == []
    md = '---\ntitle: Ferry sails\nauthor: "{{author_name}}"\n---\n\nThe ferry sailed at dawn.\n'
    assert at(lint(md, "a.md", select=["NL106"]), "NL106") == [3]
    assert lint(md, "a.md", select=["NL110"]) == []
