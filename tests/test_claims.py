"""Unsupported claims (NL2xx): real text in, findings checked by rule, line and category."""

from __future__ import annotations

import time

import pytest

from conftest import SEEDS, at, lint, of_category, rules_of
from newslint.checks.claims import is_attributed
from newslint.claimmodel import clusters, features, is_check_worthy, model, score
from newslint.config import Config
from newslint.engine import _context
from newslint.parse import parse
from newslint.registry import load_ruleset

CATEGORY = "unsupported-claim"


def claims(text: str, path: str = "story.md") -> list:
    return of_category(text, CATEGORY, path, select=["NL2"])


# --- unsourced figures (NL201) -----------------------------------------------------


def test_unsourced_figure_is_a_warning_on_its_line():
    text = (
        "# Factory closes\n\n"
        "The plant on the edge of town closed its doors on Friday.\n\n"
        "The closure will cost the region 1,200 jobs and $80 million a year in wages.\n"
    )
    reports = claims(text)
    assert at(reports, "NL201") == [5]
    (finding,) = [r for r in reports if r.rule.id == "NL201"]
    assert finding.rule.category == CATEGORY
    assert finding.severity.value == "warning"
    assert "Unsourced figure" in finding.message and "source" in finding.message


def test_figure_attributed_in_sentence_is_supported():
    text = "Unemployment rose to 6.1 percent in March, the statistics office said on Tuesday.\n"
    assert claims(text, "a.txt") == []


def test_named_source_earlier_in_paragraph_covers_what_follows():
    text = (
        "Police said the crash happened shortly after midnight. Three people were taken to "
        "hospital, and 40 passengers were moved to another train.\n"
    )
    assert claims(text, "a.txt") == []


def test_source_in_another_paragraph_does_not_cover_a_later_one_fully():
    text = (
        "Brightline said on Monday that it would add four trains a day to its Miami service "
        "from June.\n\n"
        "The rail line lost 30 percent of its riders last year.\n\n"
        "Ticket sales are down by a third since 2019.\n"
    )
    # Right after a sourced paragraph the figure is only possibly unsourced: by
    # default the nearby source is trusted (in labelled copy most such figures are
    # the source's own); a strict desk opts in to NL209, which reports them as info.
    assert claims(text, "a.txt") == []
    found = lint(text, "a.txt", select=["NL2", "NL209"])
    assert at(found, "NL209") == [3, 5] and at(found, "NL201") == []
    assert {r.severity.value for r in found} == {"info"}


def test_vague_sum_near_a_source_is_still_reported():
    text = (
        "Brightline said on Monday that it would add four trains a day.\n\n"
        "The line has cost taxpayers billions of dollars since it opened.\n"
    )
    assert at(claims(text, "a.txt"), "NL201") == [3]


def test_peacock_in_an_appositive_is_the_writers_not_the_sources():
    text = "GreenGrid, a leading provider of solar panels, announced a new plant on Monday.\n"
    assert at(claims(text, "a.txt"), "NL203") == [1]
    quoted = "GreenGrid said it was a leading provider of solar panels.\n"
    assert at(claims(quoted, "a.txt"), "NL203") == []


def test_unsourced_article_figures_are_warnings():
    text = (
        "The new stadium will open next spring.\n\n"
        "It cost $1.2 billion to build, and 60% of the money came from taxpayers.\n"
    )
    reports = claims(text, "a.txt")
    assert at(reports, "NL201") == [3]
    assert reports[0].severity.value == "warning"


def test_link_or_footnote_supports_a_figure():
    linked = "Rents rose [14% last year](https://example.org/rents) across the region.\n"
    footnote = "Rents rose 14% last year across the region.[^1]\n\n[^1]: City housing report.\n"
    assert claims(linked) == []
    assert at(claims(footnote), "NL201") == []


def test_html_link_supports_a_figure():
    html = (
        "<html><body><p>Rents rose 14% last year, "
        '<a href="https://example.org/rents">the housing agency found</a>.</p></body></html>'
    )
    assert claims(html, "story.html") == []


def test_routine_figures_are_not_flagged():
    text = (
        "Shares of the company rose 4% in early trading.\n\n"
        "Tickets cost $25 a person.\n\n"
        "Smith, 42, joined the club last year.\n"
    )
    assert claims(text, "a.txt") == []


def test_quotes_questions_and_opinions_are_not_claims():
    text = (
        '"We cut costs by 40 percent," said Maria Lopez, the chief executive.\n\n'
        "Will the plan save $10 million a year?\n\n"
        "I think the plan will save at least $10 million.\n"
    )
    assert claims(text, "a.txt") == []


def test_headings_are_not_claims():
    assert claims("# Sales up 40% as $2 billion deal closes\n\nThe company said so.\n") == []


def test_public_act_of_a_named_body_is_its_own_record():
    text = "The city council voted 7-2 on Monday to approve a $1.3 billion budget.\n"
    assert claims(text, "a.txt") == []


def test_an_estimated_is_not_an_attribution():
    assert not is_attributed("The market is now worth an estimated $350 billion.")
    assert is_attributed("The market is worth $350 billion, Gartner estimated.")
    assert not is_attributed("Experts say the market is worth $350 billion.")


def test_markdown_line_numbers_with_front_matter_and_crlf():
    text = "---\r\ntitle: Budget\r\n---\r\n\r\nThe deficit reached $48 billion this year.\r\n"
    reports = claims(text)
    assert at(reports, "NL201") == [5]
    assert reports[0].location.column == 21


# --- weasel attribution (NL202) ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Experts say the bridge is unsafe.",
        "Critics argue that the deal gives away too much.",
        "It is widely believed that the merger will raise prices.",
        "Some analysts expect a recession next year.",
        "As observed by industry observers, the firm is losing ground.",
        "To most industry experts, the decision was overdue.",
        "Many people believe the tax is unfair.",
    ],
)
def test_weasel_attribution_is_a_warning(sentence):
    text = f"The company reported its results on Monday.\n\n{sentence}\n"
    reports = claims(text, "a.txt")
    assert at(reports, "NL202") == [3]
    weasel = next(r for r in reports if r.rule.id == "NL202")
    assert weasel.severity.value == "warning"


def test_named_or_definite_groups_are_not_weasels():
    text = (
        "Analysts at Barclays expect a recession next year.\n\n"
        "The researchers said the effect was small.\n\n"
        '"Experts say it is safe," the minister said.\n'
    )
    assert "NL202" not in rules_of(claims(text, "a.txt"))


# --- peacock terms, superlatives, generalisations, trends, predictions -------------


def test_peacock_terms():
    text = (
        "The company is the leader in industrial robotics.\n\n"
        "She joined one of the leading law firms in the city.\n\n"
        "Its world-class laboratories opened in 2019.\n"
    )
    reports = claims(text, "a.txt")
    assert at(reports, "NL203") == [1, 3, 5]
    assert {r.severity.value for r in reports if r.rule.id == "NL203"} == {"info"}


def test_attributed_peacock_is_fine():
    text = "Gartner said the company was the leader in industrial robotics.\n"
    assert claims(text, "a.txt") == []


def test_superlative_and_first():
    text = (
        "It is the largest infrastructure project in the country's history.\n\n"
        "The bridge was the first of its kind to be built from recycled steel.\n\n"
        "He scored in the first half.\n"
    )
    assert at(claims(text, "a.txt"), "NL204") == [1, 3]


def test_generalisation_trend_and_prediction():
    text = (
        "Studies show that children who read at home do better at school.\n\n"
        "Demand for electric bikes has soared since the pandemic.\n\n"
        "The new terminal will double the airport's capacity.\n\n"
        "Prices may fall once the mine opens.\n"
    )
    reports = claims(text, "a.txt")
    assert at(reports, "NL205") == [1]
    assert at(reports, "NL206") == [3]
    assert at(reports, "NL207") == [5]


def test_drafting_notes_are_left_to_meta_text():
    text = "I need to check the $4 billion figure before we publish.\n"
    assert claims(text, "a.txt") == []


def test_transcript_lines_are_a_named_speakers_words():
    text = "MAYOR LEE: We saved $12 million last year.\n"
    assert claims(text, "a.txt") == []


# --- the model (NL208, opt-in) -----------------------------------------------------


def test_model_scores_claims_above_opinions():
    assert score("We lost 700,000 manufacturing jobs in the last four years.") > 0.8
    assert score("I think we can do better than that.") < 0.3
    assert is_check_worthy("The unemployment rate was 7.8 percent when he took office.")
    assert not is_check_worthy("Thank you very much for having me tonight.")


def test_model_weights_are_small_and_plain():
    m = model()
    assert 1000 <= len(m["weights"]) <= 50000
    assert isinstance(m["bias"], float)


def test_model_cluster_features_reach_words_it_was_not_trained_on():
    """The shipped word clusters: a word and its neighbour share cluster features."""
    table = clusters()
    if not table:
        pytest.skip("this model has no cluster table")
    assert table["million"] == table["billion"]
    assert table["million"] != table["thank"]
    assert any(f.startswith("k:c") for f in features("It cost a million.", table))


def test_check_worthy_claim_is_opt_in():
    text = "Governor Smith cut the education budget three years in a row.\n"
    assert "NL208" not in rules_of(claims(text, "a.txt"))
    reports = lint(text, "a.txt", select=["NL208"])
    assert at(reports, "NL208") == [1]


# --- seeds and speed ---------------------------------------------------------------


def test_seed_claims_found_on_their_lines():
    reports = lint((SEEDS / "000_cb3101b0aeb73b03.txt").read_text(), "000.txt", select=["NL2"])
    lines = {r.location.line for r in reports}
    assert {17, 35, 41} <= lines


def test_speed_under_10ms_per_1000_words():
    """The family's own checks (parsing excluded), in CPU time so a busy machine does not fail it."""
    paragraph = (
        "The council said on Monday that it would spend $48 million on repairs. "
        "Experts say the work will take two years. The bridge is one of the oldest in "
        "the state, and traffic has doubled since 2010. Officials expect the cost to rise.\n\n"
    )
    doc = parse("story.md", paragraph * 60)
    ctx = _context(Config(grammar="off"))
    family = [c for c in load_ruleset().checks if any(r.id.startswith("NL2") for r in c.rules)]
    for check in family:  # warm up: load the model, compile the patterns
        list(check.run(doc, ctx))
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for check in family:
            list(check.run(doc, ctx))
        best = min(best, time.process_time() - start)
    per_1000 = best / doc.word_count * 1000
    assert per_1000 < 0.010, f"{per_1000 * 1000:.1f} ms per 1,000 words"


def test_html_article_paragraphs():
    html = (
        "<html><body><article>\n"
        "<h1>Rail strike ends</h1>\n"
        "<p>The union said on Monday that its members had voted to accept a 6% pay rise.</p>\n"
        "<p>It's widely believed that the deal will hold until 2027.</p>\n"
        "<p>The strike cost the economy £1.2 billion.</p>\n"
        "</article></body></html>\n"
    )
    reports = claims(html, "story.html")
    assert at(reports, "NL202") == [4]
    # The lead names the union as its source: the later figure is left to NL209.
    assert at(reports, "NL201") == []
    strict = lint(html, "story.html", select=["NL2", "NL209"])
    assert at(strict, "NL209") == [5]


def test_list_items_are_checked_tables_are_not():
    text = (
        "Key facts:\n\n"
        "- Revenue rose 40% to $4 billion.\n"
        "- Doctors say the drug is safe.\n\n"
        "| Team | Revenue |\n|---|---|\n| A | $4 billion |\n"
    )
    reports = claims(text)
    assert at(reports, "NL201") == [3]
    assert at(reports, "NL202") == [4]
    assert "40%" in next(r for r in reports if r.rule.id == "NL201").message


def test_small_prices_and_than_ever():
    text = (
        "A typical ride costs $3 to $5.\n\n"
        "Emergency rooms are seeing more head injuries than ever.\n"
    )
    reports = claims(text, "a.txt")
    assert at(reports, "NL201") == []
    assert at(reports, "NL204") == [3]


def test_claimmodel_command_labels_lines(tmp_path, capsys):
    from newslint.claimmodel.__main__ import main

    path = tmp_path / "sentences.txt"
    path.write_text("We lost 700,000 jobs last year.\nThank you all for coming tonight.\n")
    assert main([str(path)]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert [r[0] for r in rows] == ["1", "0"]


def test_appositive_subject_and_idioms():
    assert is_attributed("The mayor, 42, said 12 people left.")
    assert not is_attributed("Sales fell 40%, analysts said.")
    assert claims("The coach said he was 100% sure of the result.\n", "a.txt") == []
    assert at(claims("He was 100% sure that sales fell 40% last year.\n", "a.txt"), "NL201") == [1]


def test_plain_text_headline_is_not_a_claim():
    text = "Amazon invests $4 billion in Anthropic\n\nThe company said the deal closed Monday.\n"
    assert claims(text, "a.txt") == []


def test_british_single_quotes_are_speech():
    text = "‘Sales doubled. We are thrilled,’ said Ann Lee, the chief executive.\n"
    assert claims(text, "a.txt") == []


def test_a_figure_given_with_its_source_elsewhere_is_covered():
    text = (
        "- Nimbus raised $750 million\n\n"
        "Nimbus announced on Monday that it had closed a $750 million round led by "
        "Horizon Capital, the company said in a statement.\n"
    )
    assert at(claims(text), "NL201") == []
    alone = "- Nimbus raised $750 million\n\nNimbus plans to hire 300 engineers next year.\n"
    assert at(claims(alone), "NL201") == [1]


def test_the_month_may_is_not_a_hedge():
    text = "BOSTON, May 12, 2025 – Brightwave, the nation's most innovative tutor maker, launched an app.\n"
    assert at(claims(text, "a.txt"), "NL204") == [1]


def test_passive_estimates_are_weasels():
    text = "It is estimated that over 70% of software companies now use such tools.\n"
    assert at(claims(text, "a.txt"), "NL202") == [1]


def test_crowds_by_many_and_everyone_in_the_industry():
    text = (
        "Claude is considered by many as the most capable assistant for long documents.\n\n"
        "Everyone in the industry knows that benchmark scores rarely tell the whole story.\n"
    )
    reports = claims(text, "a.txt")
    assert at(reports, "NL202") == [1]
    assert at(reports, "NL205") == [3]


def test_a_participle_names_the_source():
    text = (
        "Anthropic released its models on Monday, saying the largest, Opus, beat GPT-4 on "
        "several benchmarks.\n"
    )
    assert claims(text, "a.txt") == []


def test_unnamed_reports_and_obvious_truths():
    text = (
        "According to a recent report, nearly half of all enterprise AI projects run on AWS.\n\n"
        "It goes without saying that the partnership will reshape the cloud market.\n"
    )
    reports = claims(text, "a.txt")
    assert at(reports, "NL202") == [1]
    assert at(reports, "NL205") == [3]
    named = "According to a recent report by Gartner, nearly half of AI projects run on AWS.\n"
    assert at(claims(named, "a.txt"), "NL202") == []


def test_match_crowds_and_meeting_votes_are_routine() -> None:
    text = (
        "Rovers beat City 2-1 in front of a sell-out crowd of 52,000 at Wembley on Saturday.\n\n"
        "The 48,000 fans inside the stadium applauded both teams.\n\n"
        "Councillors backed the plan by 31 votes to 12 on Wednesday.\n"
    )
    assert at(lint(text, "a.txt", select=["NL201", "NL209"]), "NL201") == []


def test_a_jury_or_court_finding_is_a_source() -> None:
    text = "Bayline must pay $8.5 million in damages to residents, the jury decided.\n"
    unsourced = "Bayline must pay $8.5 million in damages to residents.\n"
    assert lint(text, "a.txt", select=["NL201", "NL209"]) == []
    assert at(lint(unsourced, "a.txt", select=["NL201"]), "NL201") == [1]


def test_pundits_have_suggested_is_weasel() -> None:
    text = "Pundits have suggested that the manager is now the leading candidate.\n"
    assert at(lint(text, "a.txt", select=["NL202"]), "NL202") == [1]


# --- heldout9/10 families: interest groups, quiet weasels, standings, restatements ------


def test_interest_group_and_market_watchers_are_weasels() -> None:
    bad = (
        "Activists say air quality near the ring road has worsened every year.\n\n"
        "Container rates have stopped falling, market watchers say.\n"
    )
    assert at(lint(bad, "a.txt", select=["NL202"]), "NL202") == [1, 3]
    good = (
        "Activists from Clean Air Dunmore say air quality near the ring road has worsened.\n\n"
        "The activists say they will take the council to court.\n"
    )
    assert at(lint(good, "a.txt", select=["NL202"]), "NL202") == []


def test_it_is_thought_without_that_is_a_weasel() -> None:
    bad = "It was believed the stolen paintings had been shipped to Antwerp.\n"
    assert at(lint(bad, "a.txt", select=["NL202"]), "NL202") == [1]
    good = "It was thought unlikely that the line would reopen before May, the operator said.\n"
    assert at(lint(good, "a.txt", select=["NL202"]), "NL202") == []


def test_finest_decline_and_sharp_rises_are_claims() -> None:
    text = (
        "The gallery, long established as the finest collection of Dutch prints in Britain, "
        "reopened on Saturday.\n\n"
        "Ferry traffic on the western route has been in steady decline for two decades.\n\n"
        "Complaints about late trains have risen sharply since the timetable changed.\n"
    )
    reports = lint(text, "a.txt", select=["NL2"])
    assert at(reports, "NL204") == [1]
    assert at(reports, "NL206") == [3, 5]
    sourced = (
        "Complaints about late trains have risen sharply since the timetable changed, "
        "the rail regulator said on Monday.\n"
    )
    assert lint(sourced, "a.txt", select=["NL2"]) == []


def test_standing_promised_and_widely_expected_forecasts() -> None:
    text = (
        "The new terminal is a landmark project that will secure Hull's position as a "
        "leading freight hub.\n\n"
        "Rents are widely expected to ease once the new towers are finished.\n"
    )
    assert at(lint(text, "a.txt", select=["NL207"]), "NL207") == [1, 3]
    attributed = (
        "Rents are expected to ease by 2% next year, the letting agency Harcourt forecast.\n"
    )
    assert at(lint(attributed, "a.txt", select=["NL207"]), "NL207") == []


def test_a_central_bank_rate_decision_is_its_own_record() -> None:
    lead = "Mortgage lenders cut prices again this week, the trade body UK Finance said.\n\n"
    text = lead + (
        "The Reserve Bank of Australia kept its cash rate at 3.85% on Tuesday. Its governor "
        "said the board would move cautiously.\n"
    )
    assert lint(text, "a.txt", select=["NL201", "NL209"]) == []
    lenders = lead + "Lenders cut their fixed rates to 4.1% last month.\n"
    assert at(lint(lenders, "a.txt", select=["NL209"]), "NL209") == [3]


def test_a_definite_figure_restating_a_sourced_one_is_covered() -> None:
    text = (
        "Tarnby Foods reported a 7% rise in annual profit to $88 million on Monday, the "
        "company said.\n\n"
        "The board also approved a new headquarters in Leeds.\n\n"
        "The $88 million profit will help pay down $40 million of debt.\n\n"
        "The $12 million contract runs for three years.\n"
    )
    reports = lint(text, "a.txt", select=["NL201", "NL209"])
    # The restated profit is covered; the new sums in the same paragraphs are not.
    assert [(r.location.line, r.location.column) for r in reports] == [(5, 43), (7, 5)]


def test_a_company_compiled_consensus_is_a_source() -> None:
    text = "Profit beat the $80 million expected by analysts in a company-compiled consensus.\n"
    assert lint(text, "a.txt", select=["NL201", "NL209"]) == []


def test_prepare_loads_the_model_before_workers_fork():
    from newslint.checks.claims import UnsupportedClaims

    model.cache_clear()
    clusters.cache_clear()
    UnsupportedClaims().prepare(_context(Config(select=("NL1",))))
    assert model.cache_info().currsize == 0  # no claims rule wanted: nothing loaded
    UnsupportedClaims().prepare(_context(Config()))
    assert model.cache_info().currsize == 1 and clusters.cache_info().currsize == 1


# --- held-out set 11 and 12: general fixes, new sentences ---------------------------

SOURCED_LEAD = "Harbour Rail said on Monday that it would add 40 trains a day from June.\n\n"


def test_a_covered_figure_does_not_cover_the_writers_own_framing() -> None:
    text = SOURCED_LEAD + (
        "Ridership has exploded across the valley since 2020, and the new service will "
        "cost $12 million a year.\n\n"
        "The timetable is the most ambitious the network has seen in a generation, with "
        "40 extra trains.\n\n"
        "Its profit doubled to $80 million from $40 million.\n"
    )
    reports = lint(text, "a.txt", select=["NL2"])
    assert sorted((r.rule.id, r.location.line) for r in reports) == [
        ("NL204", 5),
        ("NL206", 3),
    ]  # "doubled to $80 million from $40 million" is a trend the sentence quantifies


def test_anonymous_crowds_are_weasels_but_named_wire_usage_is_not() -> None:
    text = (
        "Insiders at the agency suggest the chief executive will step down.\n\n"
        "According to unconfirmed reports, the striker has already signed.\n\n"
        "Some in the industry are already pricing in a rate cut.\n\n"
        "Plenty of people in the village are convinced the quarry will close.\n\n"
        "It has long been accepted among economists that tariffs raise prices.\n\n"
        "The deal is close, people familiar with the talks said.\n\n"
        "Some in the crowd left before the final whistle.\n\n"
        "According to police reports filed on Monday, two cars were damaged.\n"
    )
    assert at(lint(text, "a.txt", select=["NL202"]), "NL202") == [1, 3, 5, 7, 9]


def test_a_share_of_a_population_is_not_covered_by_the_storys_source() -> None:
    text = (
        "Skyline Air said on Tuesday that its quarterly revenue rose to $2.1 billion as more "
        "passengers flew on its new routes.\n\n"
        "Almost half of business travellers now pay for their own upgrades.\n\n"
        "In the trial, 34.2% of patients taking the drug were in remission.\n"
    )
    reports = lint(text, "a.txt", select=["NL201"])
    assert at(reports, "NL201") == [3]  # the trial's patients are the source's own figure


def test_superlatives_that_name_or_sell_are_not_rankings() -> None:
    ranking = "It was the costliest stadium project in the city's history.\n"
    assert at(lint(ranking, "a.txt", select=["NL204"]), "NL204") == [1]
    quiet = (
        "The airline added flights on its busiest routes between Dallas and Denver.\n\n"
        "The biggest business stories, straight to your inbox every morning.\n"
    )
    assert lint(quiet, "a.txt", select=["NL204"]) == []


def test_outcomes_and_future_costs_stated_as_certain_are_predictions() -> None:
    text = (
        "The closure will cost local shops more than £2m in lost trade.\n\n"
        "With him in goal, the club will finish in the top four this season.\n\n"
        "The council will vote on the plan next week.\n"
    )
    assert at(lint(text, "a.txt", select=["NL207"]), "NL207") == [1, 3]


# --- held-out sets 13 and 14: general fixes, new sentences --------------------------


def test_crowd_habits_and_certainties_are_claims() -> None:
    text = (
        "Every Leeds commuter knows the ring road jams first.\n\n"
        "Fares always rise in the run-up to Christmas.\n\n"
        "Most lenders agree that now is the time to fix a rate.\n\n"
        "Nobody in Westminster saw this coming.\n\n"
        "The shares will definitely recover before the spring.\n\n"
        "Turnout among students was the highest ever recorded in the county.\n"
    )
    found = sorted((r.rule.id, r.location.line) for r in lint(text, "a.txt", select=["NL2"]))
    assert found == [
        ("NL204", 11),
        ("NL205", 1),
        ("NL205", 3),
        ("NL205", 5),
        ("NL205", 7),
        ("NL207", 9),
    ]


def test_places_families_spans_and_driving_are_not_rankings_or_causes() -> None:
    text = (
        "Up to 80mm of rain could fall over the highest ground, forecasters at the Met "
        "Office said.\n\n"
        "Born in Cork in 1931, she was the youngest of six children.\n\n"
        "The first passenger train to run on the line since 1964 left at dawn.\n\n"
        "I drove out to the rest centre on Saturday with supplies.\n"
    )
    assert lint(text, "a.txt", select=["NL204", "NL206"]) == []


def test_a_population_share_after_a_source_in_the_same_paragraph_is_reported() -> None:
    text = (
        "The agency logged 41C on Tuesday, a daily record according to its archive. "
        "Close to half the homes in the valley still have no air conditioning.\n\n"
        "Storms like this now arrive twice as often as they did in the 1990s.\n"
    )
    assert at(lint(text, "a.txt", select=["NL201"]), "NL201") == [1, 3]


def test_reviews_interviews_and_prices_are_not_unsourced_claims() -> None:
    review = (
        "The Lumo 7 goes on sale on Friday, the company said in a statement on Monday.\n\n"
        "With the screen on for six hours a day, we regularly ended the evening with 35 "
        "to 40 per cent left.\n\n"
        "At ₹29,999 for the base model, it is easy to recommend.\n"
    )
    assert lint(review, "a.txt", select=["NL201"]) == []
    interview = (
        "# Q&A: the measles outbreak\n\n"
        "**Why is the outbreak spreading so fast?**\n\n"
        "For measles you need about 95% of people protected to stop it spreading.\n\n"
        "**Some parents say they were never told. Is that fair?**\n\n"
        "Some of them were told three times, and the letters are on file.\n\n"
        "**What happens next?**\n\n"
        "Clinics will open on Saturdays until the end of March.\n"
    )
    assert lint(interview, "q.md", select=["NL2"]) == []


def test_a_plan_stated_with_its_before_and_after_is_not_a_forecast() -> None:
    text = SOURCED_LEAD + (
        "The new depot will double the firm's workforce, from 540 to 1,080.\n\n"
        "The strike will cost local businesses more than £1m in lost trade.\n"
    )
    assert at(lint(text, "a.txt", select=["NL207"]), "NL207") == [5]


def test_a_source_in_the_paragraph_does_not_cover_the_writers_verdict() -> None:
    text = (
        "Since March the trust has recorded 212 cancelled operations. It is the worst "
        "administrative failure in the region's history.\n\n"
        "The station recorded 41C on Tuesday. It was the hottest day in the county's "
        "history.\n"
    )
    assert at(lint(text, "a.txt", select=["NL204"]), "NL204") == [1]


# --- held-out sets 15 and 16: general fixes, new sentences --------------------------


def test_anonymous_talk_and_the_understood_passive_are_weasels() -> None:
    text = (
        "A figure close to the negotiations let slip that a deal was near.\n\n"
        "Someone familiar with the auction said the painting went for twice its estimate.\n\n"
        "Paddock gossip has it that the team will be sold.\n\n"
        "The striker is understood to have asked for a transfer.\n\n"
        "Critics have whispered for years about the club's finances.\n\n"
        "The deal is close, people familiar with the talks said.\n\n"
        "Legend has it that the bridge was built in a single night.\n"
    )
    assert at(lint(text, "a.txt", select=["NL202"]), "NL202") == [1, 3, 5, 7, 9]


def test_sweeping_habits_are_generalisations() -> None:
    text = (
        "Magistrates in rural Wales almost always grant bail in such cases.\n\n"
        "Commuters are abandoning the line in droves as fares climb.\n\n"
        "The number of pupils taking physics has doubled in two years, from 45 to 90.\n"
    )
    found = lint(text, "a.txt", select=["NL205", "NL206"])
    assert sorted((r.rule.id, r.location.line) for r in found) == [("NL205", 1), ("NL205", 3)]


def test_match_statistics_person_firsts_and_listed_rankings_are_not_claims() -> None:
    text = (
        "His first-serve percentage dropped to 54 per cent in the fourth set.\n\n"
        "At 23 she becomes the first Brazilian woman to win the title since 1964.\n\n"
        "Health received the largest allocation at £5.6 billion, followed by education "
        "at £4.1 billion.\n"
    )
    assert lint(text, "a.txt", select=["NL204"]) == []
    assert at(lint(text, "a.txt", select=["NL201"]), "NL201") == [5]  # the sums, not the stat


def test_a_trend_restating_the_figures_before_it_is_not_bare() -> None:
    text = (
        "After a year, 36% of patients on the drug were in remission, against 11% on "
        "placebo. In other words, the drug tripled the remission rate.\n\n"
        "The drug tripled the remission rate.\n"
    )
    assert at(lint(text, "a.txt", select=["NL206"]), "NL206") == [3]


def test_market_levels_shares_bodies_and_sets_are_not_unsourced_rankings() -> None:
    text = (
        "The price of cocoa has climbed to its highest level in almost half a century.\n\n"
        "Ghana, the second-largest grower, suffered what its national weather service "
        "described as the worst drought in decades.\n\n"
        "Vietnam, the largest robusta grower with a 17 per cent share, was hit too.\n\n"
        "Four days on, the largest of them had begun to weaken.\n"
    )
    assert lint(text, "a.txt", select=["NL204"]) == []
    assert at(
        lint("Vietnam is the largest grower of robusta.\n", "a.txt", select=["NL204"]), "NL204"
    ) == [1]
