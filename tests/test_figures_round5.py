"""Figure relations added after the eighteenth held-out set: a restated total that
is the first with two digits swapped, even when another source states it ("all 3.2
million affected shoppers" after "2.3 million", or "the 2,300 who started", NL301); a measure converted to another
unit wrongly ("1,800 hectares (about 45 square kilometres)", NL301); a change "from a
peak of" and "N would be down X% on the M" (NL304); shares "contributed"/"takes" of a
whole and vote shares of six parties (NL305); a breakdown whose parts add up to more
than the earlier total, seat counts "out of 650", a combined sum split in the next
sentence, and rescued + dead + missing against the people on board (NL313); a
withheld valuation or "how much the X will cost" then stated (NL303); an age before a
later full birth date (NL308); "last Friday (Oct 10)" after publication, and the time
since an event's dated start ("four days after it started", "now in its third week")
against the publication date, read from an HTML <time datetime> too (NL311).
"""

from __future__ import annotations

import pytest

from conftest import at, lint


def _one(text: str, rule: str, path: str = "a.md") -> list[int]:
    reports = lint(text, path, select=[rule])
    assert all(r.rule.category == "inconsistent-figure" for r in reports)
    return at(reports, rule)


_FOUND = [
    (
        "Hackers reached the data of 2.3 million shoppers, Marlowe's Market said.\n\n"
        "Marlowe's will offer credit monitoring to all 3.2 million affected shoppers, "
        "Bielski said.",
        "NL301",
        3,
    ),
    (
        "The fire had burned an estimated 1,800 hectares (about 45 square kilometres) of forest.",
        "NL301",
        1,
    ),
    ("The route runs 100 miles (60km) along the coast.", "NL301", 1),
    (
        "More than 3,200 runners started the marathon at 7am.\n\n"
        "Of the 2,300 who started, 2,214 reached the finish.",
        "NL301",
        3,
    ),
    ("The drones fly at up to 110km/h (about 45 mph) over the hills.", "NL301", 1),
    (
        "Kudipay did not reveal the valuation at which the round was priced.\n\n"
        "The round values Kudipay at $310 million, Kamau confirmed.",
        "NL303",
        1,
    ),
    (
        "Halberd declined to say how much the Vanta will cost.\n\n"
        "At $529, the Vanta is priced well above Halberd's previous machine.",
        "NL303",
        3,
    ),
    (
        "Prices have fallen from a peak of about US$6,000 a tonne in late 2022 to about "
        "US$800 now, a drop of 75 per cent.",
        "NL304",
        1,
    ),
    ("The party's projected 64 seats would be down 20% on the 72 it won in 2024.", "NL304", 1),
    (
        "South Africa contributed 68% of group revenue, the rest of Africa 21% and online 14%.",
        "NL305",
        1,
    ),
    (
        "Capital expenditure takes 38 per cent of the total, recurrent spending 41 per "
        "cent, and debt service 27 per cent.",
        "NL305",
        1,
    ),
    (
        "The pollsters published projected vote shares: Labour 34%, Conservatives 27%, "
        "Reform 16%, Liberal Democrats 12%, Greens 7% and others 8%.",
        "NL305",
        1,
    ),
    (
        "The steelworks will close, eliminating 1,450 jobs.\n\n"
        "The job cuts include 980 positions in steelmaking, 310 in the finishing mills "
        "and 220 in administration.",
        "NL313",
        3,
    ),
    (
        "Hackers reached the data of about 2.3 million customers.\n\n"
        "Of those, 1.5 million of the affected customers live in Ohio, 520,000 in "
        "Indiana and 410,000 in Michigan.",
        "NL313",
        3,
    ),
    (
        "The poll puts Labour on 288 seats, the Conservatives on 196, the Liberal "
        "Democrats on 64, Reform on 52 and others on 60, out of 650.",
        "NL313",
        1,
    ),
    (
        "Two drug makers have agreed to pay a combined $412 million in fines.\n\n"
        "Halvorsen will pay $265 million and Trevista will pay $131 million.",
        "NL313",
        3,
    ),
    (
        "According to the manifest, 93 people were on board.\n\n"
        "Officials said 61 people had been rescued alive, 24 bodies had been recovered "
        "and six people remained unaccounted for.",
        "NL313",
        3,
    ),
]


@pytest.mark.parametrize(("text", "rule", "line"), _FOUND)
def test_found(text: str, rule: str, line: int) -> None:
    assert line in _one(text, rule)


_CLEAN = [
    # Another source's different estimate, not a digit swap.
    (
        "Hackers reached the data of 2.3 million shoppers, Marlowe's Market said.\n\n"
        "Marlowe's will offer credit monitoring to all 2.9 million affected shoppers, "
        "Bielski said.",
        "NL301",
    ),
    # "all" before a small count names a group, not a restated total.
    ("The survey covered 450 different schools.\n\nAll three schools coordinate.", "NL301"),
    ("The fire burned 1,800 hectares (about 18 square kilometres) of forest.", "NL301"),
    ("The route runs 100 miles (160km) along the coast, 26.2 miles (42.2km) of it flat.", "NL301"),
    ("He is 6ft (1.83m) tall and weighs 3kg (6.6lb) less than last year.", "NL301"),
    (
        "More than 3,200 runners started the marathon at 7am.\n\n"
        "Of the 3,200 who started, 2,214 reached the finish.",
        "NL301",
    ),
    ("The drones fly at up to 110km/h (about 68 mph) and raised $5m (4m euros).", "NL301"),
    # The valuation withheld; the round's size stated is another sum.
    (
        "Kudipay raised $38 million but did not reveal the valuation.\n\n"
        "The $38 million round was led by Savannah Growth Partners.",
        "NL303",
    ),
    (
        "Halberd declined to say how much the Vanta will cost.\n\n"
        "Its previous console launched at $399 in 2016.",
        "NL303",
    ),
    (
        "Prices have fallen from a peak of about US$6,000 a tonne to about US$800 now, a "
        "drop of 87 per cent.",
        "NL304",
    ),
    ("The party's projected 64 seats would be down 11% on the 72 it won in 2024.", "NL304"),
    (
        "South Africa contributed 68% of group revenue, the rest of Africa 21% and online 11%.",
        "NL305",
    ),
    (
        "The pollsters published projected vote shares: Labour 34%, Conservatives 27%, "
        "Reform 16%, Liberal Democrats 12%, Greens 5% and others 6%.",
        "NL305",
    ),
    # Parts listed with "include" may leave some out: fewer than the total is fine.
    (
        "The steelworks will close, eliminating 1,450 jobs.\n\n"
        "The job cuts include 780 positions in steelmaking, 310 in the finishing mills "
        "and 220 in administration.",
        "NL313",
    ),
    # A breakdown of another noun than the earlier total.
    (
        "The chain has 2,000 stores.\n\n"
        "It sold 1,500 cars in Ohio, 520 in Indiana and 410 in Michigan.",
        "NL313",
    ),
    (
        "The poll puts Labour on 288 seats, the Conservatives on 196, the Liberal "
        "Democrats on 64, Reform on 52 and others on 50, out of 650.",
        "NL313",
    ),
    (
        "Two drug makers have agreed to pay a combined $412 million in fines.\n\n"
        "Halvorsen will pay $281 million and Trevista will pay $131 million.",
        "NL313",
    ),
    # Sums in the next sentence that are not paid the same way are not the parts.
    (
        "Two drug makers have agreed to pay a combined $412 million in fines.\n\n"
        "Halvorsen earned $265 million last year and Trevista lost $131 million.",
        "NL313",
    ),
    (
        "According to the manifest, 93 people were on board.\n\n"
        "Officials said 63 people had been rescued alive, 24 bodies had been recovered "
        "and six people remained unaccounted for.",
        "NL313",
    ),
    (
        "According to the manifest, 93 people were on board.\n\n"
        "Officials said 61 people had been rescued, at least 24 had died and six were missing.",
        "NL313",
    ),
]


@pytest.mark.parametrize(("text", "rule"), _CLEAN)
def test_clean(text: str, rule: str) -> None:
    assert _one(text, rule) == []


def test_age_before_full_birth_date() -> None:
    text = (
        "---\ndate: 2025-09-21\n---\n"
        "The 24-year-old fly-half Ellie Marsh chipped for the centre to score.\n\n"
        "Marsh, who was born in Truro on 3 November 1999, was named player of the match.\n"
    )
    assert 4 in _one(text, "NL308")
    assert _one(text.replace("24-year-old", "25-year-old"), "NL308") == []


def test_last_weekday_dated_after_publication() -> None:
    text = (
        "---\ndate: 2025-10-08\n---\n"
        "StreamNest told subscribers in an e-mail last Friday (Oct 10) that prices rise.\n"
    )
    assert 4 in _one(text, "NL311")
    assert _one(text.replace("Oct 10", "Oct 3"), "NL311") == []
    assert _one(text.replace("last Friday (Oct 10)", "next Friday (Oct 10)"), "NL311") == []


_ELAPSED_FOUND = [
    (
        "---\ndate: 2025-08-12\n---\n"
        "The fire broke out on the afternoon of Sunday 10 August in hills above the village.\n\n"
        "Four days after it started, the fire was still burning on Tuesday morning.\n",
        6,
    ),
    (
        "---\ndate: 2025-10-30\n---\n"
        "Musicians played outside the hall, as a lockout that began on Sept. 22 went on.\n\n"
        "The lockout, now in its third week, has wiped out 14 concerts.\n",
        6,
    ),
    (
        "---\ndate: 2025-07-22\n---\n"
        "Visitors have been stuck since the highway was closed at midday on Sunday.\n\n"
        "The road has now been closed for five days.\n",
        6,
    ),
    (
        '<html><body><p class="byline">By A. Writer <time datetime="2025-10-30">October 30,'
        " 2025</time></p>\n<p>A lockout that began on Sept. 22 goes on.</p>\n"
        "<p>The lockout, now in its third week, has wiped out 14 concerts.</p></body></html>\n",
        3,
    ),
]


@pytest.mark.parametrize(("text", "line"), _ELAPSED_FOUND)
def test_time_since_a_dated_start(text: str, line: int) -> None:
    path = "a.html" if text.startswith("<html>") else "a.md"
    assert line in _one(text, "NL311", path)


@pytest.mark.parametrize(
    "text",
    [
        "---\ndate: 2025-08-12\n---\n"
        "The fire broke out on the afternoon of Sunday 10 August in hills above the village.\n\n"
        "Two days after it started, the fire was still burning on Tuesday morning.\n",
        "---\ndate: 2025-10-30\n---\n"
        "A lockout that began on Sept. 22 went on.\n\n"
        "The lockout, now in its sixth week, has wiped out 14 concerts.\n",
        # Counted to another day than publication.
        "---\ndate: 2025-08-14\n---\n"
        "The fire broke out on the afternoon of Sunday 10 August in hills above the village.\n\n"
        "Two days after it started, on Tuesday, the wind dropped.\n",
        # Two dated starts: which one is meant is unclear.
        "---\ndate: 2025-08-20\n---\n"
        "One fire broke out on Sunday 10 August and another began on 15 August.\n\n"
        "Four days after it started, the fire was still burning.\n",
    ],
)
def test_time_since_a_dated_start_clean(text: str) -> None:
    assert _one(text, "NL311") == []
