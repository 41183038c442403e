"""Fifth round of garbled phrasing: spun collocations of crime and security, cricket,
athletics and tennis, water restrictions, labour ballots, retail, schools, courts,
over-the-air updates and wildfires (NL402), hyphenated spins of closed compounds
(NL402), broken agreement and relative clauses from machine rewrites (NL403, NL407),
and grammar-backend false alarms (NL411 loanwords, NL414 possessive "its"). Sentences
written for these tests, not taken from any held-out article."""

from __future__ import annotations

import pytest

from conftest import at, lint
from newslint.checks.grammar import likely_typo

SPUN = [
    ("A robber siren sounded at the depot shortly after 2am.", "burglar alarm"),
    ("Sealed-circuit TV recording shows a man at the gate.", "closed circuit tv footage"),
    ("He was caught by the wicket-guardian off the first ball.", "wicket keeper"),
    ("The digit-twist bowler took two wickets before lunch.", "finger spin bowler"),
    ("She ran an individual best at the conclusion line.", "finish line"),
    ("It was his second terrific pummel title in a row.", "grand slam title"),
    ("She saved three contest factors in the final set.", "match points"),
    ("The transient use embargo starts on Monday.", "temporary use ban"),
    ("The council will review the aqueous restraints next month.", "water restrictions"),
    ("Nurses backed action in a compensate ballot last week.", "pay ballot"),
    ("Parents want smaller classification dimensions.", "class sizes"),
    ("The venality trial opens in May.", "corruption trial"),
    ("The timberland inferno forced 2,000 people from their homes.", "forest fire"),
    ("The programs redesign will be pushed through the ether.", "software update"),
    # hyphenated spins of closed compounds, from the compound table
    ("A thunder-tempest knocked out power to the valley.", "thunderstorm"),
    ("She rose to the top of the pioneer-board after round two.", "leaderboard"),
    ("The tidings-paper closed after 120 years.", "newspaper"),
]


@pytest.mark.parametrize(("sentence", "term"), SPUN)
def test_spun_terms_of_the_fifth_round(sentence, term):
    reports = lint(f"Headline\n\n{sentence}\n", select=["NL402"])
    assert at(reports, "NL402") == [3], sentence
    assert term in reports[0].message


CLEAN_SPUN = [
    "The intruder alarm went off at 3am and the police came.",
    "The sequel had a terrific opening weekend.",
    "The captain played a great knock of 80.",
    "Public outlay on roads rose by a fifth.",
    "The league crown went to the champions on the final day.",
    "Transport organizations welcomed the plan.",
    "A software upgrade fixed the bug, and a code update followed.",
    "The water deficit in the reservoir grew, and travel curbs were eased.",
    "The remuneration vote at the annual meeting passed.",
    "Shareholders will receive stock worth $21.40 a share.",
    "Preorders open on Tuesday, and pre-orders ship in December.",
    "The post-match interview ran under a sub-heading about the bottom-line result.",
    "The wicketkeeper and the finger spinner shared six wickets.",
    "The value of the shares climbs when rates fall.",
]


@pytest.mark.parametrize("sentence", CLEAN_SPUN)
def test_ordinary_english_from_the_same_words_stays_quiet(sentence):
    assert lint(f"Headline\n\n{sentence}\n", select=["NL402"]) == [], sentence


GRAMMAR = [
    ("The firm say its profits will fall this year.", "NL407"),
    ("The regulator have said the fines will stand.", "NL407"),
    ("The bank said it have closed 40 branches.", "NL407"),
    ("The plant, which it have closed twice, reopens in May.", "NL407"),
    ("The spokesman said it remain open to talks.", "NL407"),
    ("Residents which the council it will be contacting must reply.", "NL403"),
    ("Customers can to the branch return their old cards.", "NL407"),
    ("The delay is what the repairs being meaning that trains wait.", "NL403"),
]


@pytest.mark.parametrize(("sentence", "rule_id"), GRAMMAR)
def test_broken_rewrites_of_the_fifth_round_found(sentence, rule_id):
    reports = lint(f"Headline\n\n{sentence}\n", select=["NL403", "NL407"])
    assert at(reports, rule_id) == [3], sentence


CLEAN_GRAMMAR = [
    "How could it have happened so quickly?",
    "Why couldn't he have said so earlier?",
    "Didn’t she have a permit for the stall?",
    "The law requires that it have a licence before it opens.",
    "Let it have its day in court.",
    "The club have confirmed the signing, and the council have said they will appeal.",
    "Police say the man fled on foot.",
    "She said it remained open to talks.",
    "The stress of being working parents is real, and she is living proof.",
    "Which it was, nobody could say.",
    "The government has shown the will to the end, and kicked the can to the next one.",
    "The company says it has lost money, and the firm has said so before.",
]


@pytest.mark.parametrize("sentence", CLEAN_GRAMMAR)
def test_correct_sentences_of_the_fifth_round_stay_quiet(sentence):
    assert lint(f"Headline\n\n{sentence}\n", select=["NL403", "NL407"]) == [], sentence


def test_loanwords_ending_in_a_vowel_are_not_typos():
    assert not likely_typo("robusta", "robust")
    assert not likely_typo("omena", "omega")
    assert likely_typo("recieve", "receive")
    assert likely_typo("witha", "with")  # a run-together function word stays a typo


def test_harper_its_after_a_verb_or_preposition_is_possessive():
    text = (
        "Headline\n\nThe broadcaster said it had doubled its spending on local and "
        "regional productions since 2023, and sacks of omena and robusta beans were aboard.\n"
    )
    assert lint(text, select=["NL411", "NL414"], grammar="harper") == []
    assert at(lint("Headline\n\nIts a big day.\n", select=["NL414"], grammar="harper"), "NL414")
