"""Round 10: a machine-spun article read as a whole (NL402 weak pass behind a gate)."""

from __future__ import annotations

from pathlib import Path

from newslint.checks.garbled import SPUN_ARTICLE_TERMS, _spun_pairs, spun_article
from newslint.config import Config
from newslint.engine import lint_text

SPUN = (
    "Herders say send-out income climbed last year.\n\n"
    "The showcase portion of the firm grew, while crude substance costs rose.\n\n"
    "Analysts point to outside immediate venture and atmosphere alteration.\n\n"
    "Officials cited greatness guidelines and a commerce shortfall.\n"
)
EDITED = (
    "Herders say export revenue climbed last year.\n\n"
    "The market share of the firm grew, while raw material costs rose.\n\n"
    "Analysts point to a commerce shortfall in the region.\n"
)


def _spun_messages(text: str) -> list[tuple[int, str]]:
    result = lint_text("a.txt", text, Config())
    return [(r.location.line, r.message) for r in result.reports if r.rule.id == "NL402"]


def test_gate_needs_several_terms_at_spun_density() -> None:
    terms = {f"t{i}" for i in range(SPUN_ARTICLE_TERMS)}
    assert spun_article(terms, 300)
    assert not spun_article(terms, 5000)  # a long document with a few hits is not spun
    assert not spun_article(set(list(terms)[:4]), 100)


def test_spun_article_reports_unlisted_pair() -> None:
    found = _spun_messages(SPUN)
    weak = [(line, m) for line, m in found if "machine-spun" in m]
    assert any(line == 7 and "commerce shortfall" in m and "trade" in m for line, m in weak)


def test_edited_article_gets_no_weak_pass() -> None:
    assert not any("machine-spun" in m for _, m in _spun_messages(EDITED))


def test_pairs_skip_terms_names_and_plain_words() -> None:
    assert list(_spun_pairs("a commerce shortfall"))
    assert not list(_spun_pairs("She used a credit card."))  # established term
    assert not list(_spun_pairs("He joined the Fibre Alliance last year."))  # a name
    assert not list(_spun_pairs("The market share grew."))  # no telling substitute


def _weak_lines(path: str) -> set[int]:
    text = Path(path).read_text(encoding="utf-8")
    result = lint_text(path, text, Config(grammar="off"))
    return {
        r.location.line
        for r in result.reports
        if r.rule.id == "NL402" and "machine-spun" in r.message
    }


def test_second_gate_opens_on_a_spun_article_the_tables_barely_know() -> None:
    """tests/corpus/heldout31/k05: two listed spun terms only, but spinner-substitute
    pairs on most lines; the weak pass finds 'acknowledgment arrangements' (credit
    agreements, line 7)."""
    root = str(Path(__file__).resolve().parent / "corpus" / "heldout31") + "/"
    assert 7 in _weak_lines(root + "k05_barbados-hire-purchase-review.txt")
    # The set's clean article and its scraped page with heavy chrome: no weak pass.
    assert _weak_lines(root + "k06_timor-leste-dengue-surge.md") == set()
    assert _weak_lines(root + "k04_doha-rent-increase-cap.html") == set()


def test_telling_table_is_current() -> None:
    """garbledata/spun_telling.py is what tools/build_spun_table.py computes from the
    substitute lists and wordfreq: rebuild it when the lists change."""
    from newslint.garbledata.spun_telling import TELLING
    from newslint.garbledata.spun_words import compute_telling

    assert compute_telling() == TELLING
    assert TELLING["commerce"] == "trade" and "market" not in TELLING
