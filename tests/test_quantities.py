"""Quantity extraction and normalisation: the shapes every NL3xx check relies on."""

from __future__ import annotations

from datetime import date

import pytest

from newslint.parse import parse
from newslint.quantities import (
    analyse,
    fraction_value,
    hedge_at,
    money_figures,
    number_value,
    ordinal_value,
    parse_date_text,
    publication_date,
)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Amazon will invest $4 billion.", 4e9, "USD"),
        ("Amazon will invest $4bn.", 4e9, "USD"),
        ("Amazon will invest 4 billion dollars.", 4e9, "USD"),
        ("The club paid €2.5m for him.", 2.5e6, "EUR"),
        ("It cost £600m.", 6e8, "GBP"),
        ("A fee of $1,250,000 was paid.", 1.25e6, "USD"),
        ("It raised US$30 million.", 3e7, "USD"),
    ],
)
def test_money_is_normalised(text: str, value: float, unit: str) -> None:
    (fig,) = money_figures(text)
    assert fig.value == pytest.approx(value) and fig.unit == unit


def test_money_precision_follows_written_digits() -> None:
    (a,) = money_figures("$12 million")
    (b,) = money_figures("$12.3 million")
    assert a.precision == pytest.approx(0.5e6) and b.precision == pytest.approx(0.05e6)


def test_money_range_is_one_figure() -> None:
    (fig,) = money_figures("It will cost between $3 billion and $4 billion.")
    assert (fig.value, fig.hi) == (3e9, 4e9)


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("invest up to $4 billion", "upto"),
        ("invest as much as $4 billion", "upto"),
        ("about $4 billion", "about"),
        ("approximately $4 billion", "about"),
        ("more than $4 billion", "over"),
        ("nearly $4 billion", "under"),
        ("a $4 billion investment", ""),
        ("$4 billion or more", "over"),
    ],
)
def test_hedges(text: str, hedge: str) -> None:
    (fig,) = money_figures(text)
    assert fig.hedge == hedge
    assert hedge_at(text, fig.start, fig.end) == hedge


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("$53 million a week", "week"),
        ("$2 million per month", "month"),
        ("annual sales of $9 million", "year"),
        ("$9 million", ""),
    ],
)
def test_rate_periods(text: str, period: str) -> None:
    (fig,) = money_figures(text)
    assert fig.period == period


@pytest.mark.parametrize(
    ("text", "measure", "actor", "target"),
    [
        (
            "On Monday, Amazon said it would invest up to $4 billion in Anthropic.",
            "investment",
            "amazon",
            "anthropic",
        ),
        (
            "Amazon's $4 billion investment in Anthropic was its largest.",
            "investment",
            "amazon",
            "anthropic",
        ),
        (
            "In 2019, Microsoft invested $1 billion in ChatGPT-maker OpenAI.",
            "investment",
            "microsoft",
            "openai",
        ),
        (
            "On Tuesday, Orion agreed to acquire Kestrel for $350 million.",
            "deal",
            "orion",
            "kestrel",
        ),
        (
            "Tech giant Amazon is pledging to invest up to $4 billion in artificial intelligence (AI) startup Anthropic.",
            "investment",
            "amazon",
            "anthropic",
        ),
    ],
)
def test_subject_and_measure(text: str, measure: str, actor: str, target: str) -> None:
    doc = parse("a.txt", text + "\n")
    (fig,) = analyse(doc).figures
    assert (fig.measure, fig.actor, fig.target) == (measure, actor, target)


def test_number_words() -> None:
    assert (
        number_value("two") == 2
        and number_value("twenty-five") == 25
        and number_value("12.5") == 12.5
    )
    assert number_value("many") is None
    assert ordinal_value("fifth") == 5 and ordinal_value("25th") == 25


def test_dates() -> None:
    assert parse_date_text("9:55 AM EDT, Mon September 25, 2023") == date(2023, 9, 25)
    assert parse_date_text("2024-09-19 12:14:58") == date(2024, 9, 19)
    assert parse_date_text("25 September 2023") == date(2023, 9, 25)
    assert parse_date_text("no date here") is None


def test_publication_date_sources() -> None:
    md = parse("a.md", "---\ndate: 2024-09-19\n---\nText.\n")
    assert publication_date(md) == date(2024, 9, 19)
    assert publication_date(md, "2020-01-02") == date(2020, 1, 2)  # config wins
    plain = parse(
        "a.txt", "Published on:\n  Updated 9:55 AM EDT, Mon September 25, 2023\n\nBody.\n"
    )
    assert publication_date(plain) == date(2023, 9, 25)
    assert publication_date(parse("a.txt", "Body only.\n")) is None


def test_drafting_paragraphs_are_marked() -> None:
    doc = parse(
        "a.txt",
        "The search results mention the $4 billion investment.\n\nAmazon invested $4 billion.\n",
    )
    an = analyse(doc)
    assert [an.sentences[f.sentence].drafting for f in an.figures] == [True, False]


def test_publication_date_from_byline_line() -> None:
    doc = parse(
        "a.txt",
        "Title of the story\nBy Jane Doe | September 25, 2023\n\nOn Monday the firm said...\n",
    )
    assert publication_date(doc) == date(2023, 9, 25)
    body = parse("a.txt", "Title\n\nOn September 25, 2023, the firm said it would expand.\n")
    assert publication_date(body) is None  # a sentence, not a byline


@pytest.mark.parametrize(
    ("token", "name"),
    [
        ("RM3.2", False),
        ("Rs2,300", False),
        ("R4.5", False),
        ("N5.7", False),
        ("R101", True),
        ("N95", True),
        ("G7", True),
        ("RMT", True),
    ],
)
def test_currency_amount_is_not_a_name(token: str, name: bool) -> None:
    """'RM3.2' in 'a RM3.2 billion plant' is a sum, not a party to the story."""
    from newslint.quantities import is_name

    assert is_name(token) is name


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The port will cost S$1.2 billion to expand.", 1.2e9, "SGD"),
        ("Dangote paid ₦450 million for the site.", 4.5e8, "NGN"),
        ("The mine's owners wrote off R8.6 billion.", 8.6e9, "ZAR"),
        ("The ministry set aside KES 400 million for the roads.", 4e8, "KES"),
        ("The tower cost RM2.8 billion.", 2.8e9, "MYR"),
        ("The court awarded FJ$4.6 million.", 4.6e6, "FJ$"),
        ("The plant cost TT$5 million.", 5e6, "TT$"),
        ("The bid was worth A$5 million.", 5e6, "AUD"),
        ("The bid was worth NZ$5 million.", 5e6, "NZD"),
    ],
)
def test_analysis_reads_amounts_in_more_currencies(text: str, value: float, unit: str) -> None:
    """The shared analysis (not one check) reads the currencies money_figures does not,
    each under its own code, so every NL3xx check and the ledger see them."""
    an = analyse(parse("a.txt", text + "\n"))
    assert [(f.value, f.unit) for f in an.figures] == [(value, unit)]


def test_analysis_does_not_read_road_numbers_or_model_codes_as_money() -> None:
    an = analyse(parse("a.txt", "The R101 was closed and an A 330 landed in COVID 19 times.\n"))
    assert [f.unit for f in an.figures if f.unit in ("ZAR", "GBP")] == []


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("a third", 1 / 3),
        ("One-Third", 1 / 3),
        ("two thirds", 2 / 3),
        ("one quarter", 0.25),
        ("three-quarters", 0.75),
        ("one fifth", 0.2),
        ("four-fifths", 0.8),
        ("half", 0.5),
    ],
)
def test_fraction_value_reads_every_spelling_of_a_share(words: str, value: float) -> None:
    assert fraction_value(words) == pytest.approx(value)


def test_fraction_value_is_none_for_other_words() -> None:
    assert fraction_value("seven") is None
