"""The held-out style sets (tests/corpus/heldout*/): every label found, nothing else.

tests/corpus/heldout/ holds 15 realistic documents written for newslint (scraped
pages in plain text, Markdown and HTML; LLM rewrites and chat output; clean wire
copy); tests/corpus/heldout2/ to heldout10/ hold 6 more each and heldout11/ to
heldout30/ 8 more each (heldout31/ to heldout34/ are kept out: held back), each written after
the detectors were tuned on the sets before it and scored once before any change. Both are labelled in the
format of ../shared/eval/score.py: a label is found when a
finding of its category overlaps its lines (or one of its `alt_lines`); a finding
of a scored category that overlaps no label of its category is a false positive.

Only the families this set was built for are asserted here (meta-text,
unsupported-claim, inconsistent-figure); garbled-phrasing labels are scored by
score.py and tested by that family's own suite.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from newslint.config import Config, ConfigResolver
from newslint.engine import lint_paths

CORPUS = Path(__file__).resolve().parent / "corpus"
SETS = (
    "heldout",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
    "heldout13",
    "heldout14",
    "heldout15",
    "heldout16",
    "heldout17",
    "heldout18",
    "heldout19",
    "heldout20",
    "heldout21",
    "heldout22",
    "heldout23",
    "heldout24",
    "heldout25",
    "heldout26",
    "heldout27",
    "heldout28",
    "heldout29",
    "heldout30",
)
DOCS = [
    {**doc, "path": f"{name}/{doc['path']}"}
    for name in SETS
    for doc in YAML(typ="safe").load((CORPUS / name / "labels.yaml").read_text(encoding="utf-8"))[
        "documents"
    ]
]
FAMILIES = {"meta-text", "unsupported-claim", "inconsistent-figure"}

# Labels not found today, with the reason.
KNOWN_MISSES = {
    # Sets 29-30 (written blind, tuned in round 10): figures with no general relation yet.
    # A duration stated two ways ("two-day hearing" / "argued over three days").
    ("heldout29/i03_namibia_hydrogen_ruling.html", 37, "inconsistent-figure"),
    # "next month, in August" + 18 months of work against "reopening by December 2026".
    ("heldout29/i08_ciudad_del_este_stadium.txt", 19, "inconsistent-figure"),
    # "25% of 1,080 MW" in one sentence against "180 MW" in another: phrased too
    # differently to link safely.
    ("heldout30/j01_zambia_power_cuts_spun.txt", 20, "inconsistent-figure"),
    # "last week" against "on Monday" of the same week.
    ("heldout30/j04_senegal_media_register.html", 31, "inconsistent-figure"),
    # "about a quarter" against "lost 40%": the two come from different sources.
    ("heldout30/j05_argentina_university_funding_spun.txt", 20, "inconsistent-figure"),
    # "K14 million a year" against a four-year K48 million: kina are not read as money.
    ("heldout30/j06_port_moresby_rubbish.txt", 18, "inconsistent-figure"),
    # 3.8 against 3.2-3.5 million tonnes: "El" of "El Nino" is read as a second party.
    ("heldout30/j07_malawi_fertiliser_subsidy.md", 33, "inconsistent-figure"),
    # "the 24 applicants" against "forty-two policyholders": different nouns.
    ("heldout30/j08_botswana_funeral_cover_ruling.txt", 23, "inconsistent-figure"),
    # "Examiners anticipate that the new model should sell ...": spun text hides the
    # anonymous analysts ("examiners") from the weasel patterns; garbled-phrasing's job.
    ("heldout2/f05_phone_spun.txt", 13, "unsupported-claim"),
    # Sets 11 to 16: what the general fixes made from them did not reach.
    # A Markdown table's rounds against a stated total.
    ("heldout12/r08_fintech_funding.md", 29, "inconsistent-figure"),
    # Physical units (mm, mAh) are not figures; live-blog entry times are not read.
    ("heldout13/r01_weather_warning.txt", 31, "inconsistent-figure"),
    ("heldout13/r03_sydney_storms_live.md", 44, "inconsistent-figure"),
    ("heldout13/r05_phone_review.html", 50, "inconsistent-figure"),
    ("heldout13/r05_phone_review.html", 52, "inconsistent-figure"),
    # A union's pay demand against another percentage; race times.
    ("heldout15/r01_port_strike.txt", 36, "inconsistent-figure"),
    ("heldout15/r03_city_marathon.html", 17, "inconsistent-figure"),
    # Rotated (not swapped) digits; tennis set scores that give the match to the loser.
    ("heldout16/r02_waiting_list.txt", 28, "inconsistent-figure"),
    ("heldout16/r03_tennis_final.html", 19, "inconsistent-figure"),
    # Sets 17 and 18 (first contact 0.55 and 0.38): tries counted across sentences, a
    # "next Saturday" a British reader may place a week on, two sources' counts of
    # stolen objects, "yesterday" against an approval date, a joint venture's shares
    # that need not be complete, a cricket margin from a scorecard, evacuees against
    # residents, a lede broken by spintax, contractors against contract workers.
    ("heldout17/r03_rugby_semi_final.html", 29, "inconsistent-figure"),
    ("heldout17/r03_rugby_semi_final.html", 36, "inconsistent-figure"),
    ("heldout17/r05_museum_theft.md", 32, "inconsistent-figure"),
    ("heldout17/r07_lithium_mine.md", 11, "inconsistent-figure"),
    ("heldout17/r07_lithium_mine.md", 19, "inconsistent-figure"),
    ("heldout18/r03_ranchi_test.html", 8, "inconsistent-figure"),
    ("heldout18/r01_wildfire.md", 27, "inconsistent-figure"),
    ("heldout18/r05_ev_recall.md", 27, "inconsistent-figure"),
    ("heldout18/r08_steelworks.txt", 30, "inconsistent-figure"),
    # Sets 19 and 20 (first contact 0.47 and 0.54): a percentage rise applied to a
    # price, counts restated in other words (1,318 vs "more than 1,800"; 140 people
    # vs 410 visitors), scorers against a scoreline and a
    # margin against scores, a win dated only in another sentence, a yearly sum
    # against a multi-year contract, new-value-first changes ("up 38% from 6,100"),
    # parts with an "other" remainder, "less than a quarter" of a speed.
    ("heldout19/r03_rail_cancellations.html", 32, "inconsistent-figure"),
    ("heldout19/r03_rail_cancellations.html", 34, "inconsistent-figure"),
    ("heldout19/r05_hockey_pro_league.md", 7, "inconsistent-figure"),
    ("heldout19/r05_hockey_pro_league.md", 15, "inconsistent-figure"),
    ("heldout19/r06_proctoring_software.html", 17, "inconsistent-figure"),
    ("heldout19/r08_heat_pump_grants.txt", 9, "inconsistent-figure"),
    ("heldout20/r01_avalanche_milford.md", 43, "inconsistent-figure"),
    ("heldout20/r02_kidney_transplant_ibadan.txt", 11, "inconsistent-figure"),
    ("heldout20/r05_nbn_speed_fine.txt", 14, "inconsistent-figure"),
    ("heldout20/r08_golf_open.md", 16, "inconsistent-figure"),
    # Sets 21 and 22 (first contact 0.43 and 0.53): shares that need to know who has
    # filed, "yesterday" against a differently worded event, a round total after
    # undisclosed earlier rounds, a time margin (14 vs 41 seconds), parts within the
    # rounding of an "about" total, a spun noun between two counts, one player's goals
    # in one game against three, "in line with that average", a peak from years ago.
    # ("yesterday" against a dated ruling and "taken yesterday" are found since round 9.)
    ("heldout21/a03_jeepney_deadline.md", 21, "inconsistent-figure"),
    ("heldout21/a05_ai_support_startup_spun.md", 29, "inconsistent-figure"),
    ("heldout21/a06_cycling_tour_colombia.txt", 29, "inconsistent-figure"),
    ("heldout21/a07_flour_prices_lahore.md", 18, "inconsistent-figure"),
    ("heldout22/b02_bnpl_cairo_spun.md", 27, "inconsistent-figure"),
    ("heldout22/b06_handball_cup_final.txt", 24, "inconsistent-figure"),
    ("heldout22/b07_chile_tuition.md", 14, "inconsistent-figure"),
    ("heldout22/b08_locust_ethiopia.html", 23, "inconsistent-figure"),
    # Sets 23 to 26 (first contact 0.56, 0.60, 0.50, 0.51): a change whose new price
    # is in the sentence before; "lasted three weeks" against dates in other
    # sentences; a restated count, size or amount that needs a judgment on what is
    # measured (at least 14 vs 17 killed, 9 vs 12 GW, three vs four projects, $3bn vs
    # $3.5bn, 58.4 vs more than 60 million, a restructuring charge, halving a cap
    # stated elsewhere); undisclosed sums given in other words;
    # a duration times a daily rate; a rate move whose verb
    # does not say which way; a share of GDP with the GDP lines away.
    ("heldout23/c04_cocoa_farmgate.html", 15, "inconsistent-figure"),
    ("heldout23/c07_pension_vote_bratislava.md", 23, "inconsistent-figure"),
    ("heldout23/c08_landslide_badulla.html", 22, "inconsistent-figure"),
    ("heldout24/d01_solar_module_spun.txt", 21, "inconsistent-figure"),
    ("heldout24/d02_ojek_drivers_llm.md", 24, "inconsistent-figure"),
    ("heldout24/d07_student_rent_warsaw.md", 27, "inconsistent-figure"),
    ("heldout24/d08_glacier_survey_swiss.html", 17, "inconsistent-figure"),
    ("heldout25/e02_textile_wages_fergana.md", 18, "inconsistent-figure"),
    ("heldout25/e03_tirana_tower_ruling.html", 23, "inconsistent-figure"),
    ("heldout25/e04_sohar_rail_freight_llm.md", 21, "inconsistent-figure"),
    ("heldout25/e08_montevideo_port_strike.html", 27, "inconsistent-figure"),
    ("heldout26/f01_mobile_money_spun.txt", 9, "inconsistent-figure"),
    ("heldout26/f07_cork_tech_jobs.md", 21, "inconsistent-figure"),
    ("heldout26/f08_laos_power_debt.txt", 15, "inconsistent-figure"),
    ("heldout26/f08_laos_power_debt.txt", 23, "inconsistent-figure"),
    # Sets 27 and 28 (first contact 0.42 and 0.56; 0.47 and 0.56 after two rounds they
    # were held back from; 0.52 and 0.63 after their own, which fixed every meta-text
    # miss with general detectors): the figure contradictions (21) need arithmetic
    # across sentences or a sense of what is measured, as in sets 19 to 26; the claims
    # left are a comparison ("larger than ... combined"), a universal ("Everybody in
    # the communities is opposed"), a causal reading ("a major reason why"), a
    # superlative inside spun text and one region ranking in a long sourced paragraph.
    ("heldout27/g01_galapagos_rats_spun.txt", 9, "unsupported-claim"),
    ("heldout27/g01_galapagos_rats_spun.txt", 13, "inconsistent-figure"),
    ("heldout27/g02_maternal_clinics_tajikistan.md", 16, "inconsistent-figure"),
    ("heldout27/g02_maternal_clinics_tajikistan.md", 22, "inconsistent-figure"),
    ("heldout27/g02_maternal_clinics_tajikistan.md", 28, "inconsistent-figure"),
    ("heldout27/g05_apia_sevens_final.txt", 11, "inconsistent-figure"),
    ("heldout27/g05_apia_sevens_final.txt", 20, "inconsistent-figure"),
    ("heldout27/g07_paraguay_telehealth_spun.md", 9, "inconsistent-figure"),
    ("heldout27/g07_paraguay_telehealth_spun.md", 19, "inconsistent-figure"),
    ("heldout27/g08_uyuni_lithium_water.txt", 12, "unsupported-claim"),
    ("heldout27/g08_uyuni_lithium_water.txt", 14, "inconsistent-figure"),
    ("heldout27/g08_uyuni_lithium_water.txt", 18, "unsupported-claim"),
    ("heldout27/g08_uyuni_lithium_water.txt", 26, "inconsistent-figure"),
    ("heldout28/h02_uganda_school_fees.md", 20, "inconsistent-figure"),
    ("heldout28/h02_uganda_school_fees.md", 26, "inconsistent-figure"),
    ("heldout28/h03_cambodia_scam_raids_spun.txt", 7, "inconsistent-figure"),
    ("heldout28/h03_cambodia_scam_raids_spun.txt", 9, "inconsistent-figure"),
    ("heldout28/h04_belize_housing.html", 22, "inconsistent-figure"),
    ("heldout28/h04_belize_housing.html", 32, "inconsistent-figure"),
    ("heldout28/h06_guatemala_teachers_strike.txt", 5, "inconsistent-figure"),
    ("heldout28/h06_guatemala_teachers_strike.txt", 21, "inconsistent-figure"),
    ("heldout28/h08_latvia_public_media.md", 7, "inconsistent-figure"),
    ("heldout28/h08_latvia_public_media.md", 9, "inconsistent-figure"),
    ("heldout28/h08_latvia_public_media.md", 21, "inconsistent-figure"),
}
# Findings that overlap no label, with the reason.
KNOWN_FALSE = {
    # "A crowd of 8,412 ..., the biggest at Riverside Park this season": a superlative
    # scoped to one ground and one season, which the reporter can see for himself.
    ("heldout/h07_cup_report.html", 17, "unsupported-claim"),
    # Spun text read literally: "their most noticeably terrible" and "record levels" are
    # superlatives (labelled as spin, not as claims), "the largest" in a spun sentence
    # the set labels only as garbled, and "Cambodian specialists say", spun from
    # "authorities", which reads as an anonymous expert crowd.
    ("heldout27/g07_paraguay_telehealth_spun.md", 17, "unsupported-claim"),
    ("heldout28/h01_honduras_coffee_spun.txt", 5, "unsupported-claim"),
    ("heldout28/h01_honduras_coffee_spun.txt", 17, "unsupported-claim"),
    ("heldout28/h03_cambodia_scam_raids_spun.txt", 5, "unsupported-claim"),
}


@pytest.fixture(scope="module")
def reports():
    out: dict[str, list] = {}
    for name in SETS:
        # One run per set: cross-file rules compare the articles of one run.
        files = [str(p) for p in sorted((CORPUS / name).iterdir()) if p.suffix != ".yaml"]
        # Default rules: a figure under a sourced lead counts as covered (NL209, which
        # questions it, is opt-in and measured in claims_corpus.py).
        run = lint_paths(files, ConfigResolver(explicit=Config()), jobs=1)
        assert run.errors == []
        for r in run.reports:
            if r.rule.category in FAMILIES:
                out.setdefault(f"{name}/{Path(r.path).name}", []).append(r)
    return out


def _overlaps(r, label) -> bool:
    first, last = label["line"], label.get("end_line", label["line"])
    if r.location.line <= last and first <= r.location.end_line:
        return True
    return any(r.location.line <= alt <= r.location.end_line for alt in label.get("alt_lines", ()))


def test_every_label_is_found(reports):
    missing = set()
    for doc in DOCS:
        got = reports.get(doc["path"], [])
        for label in doc.get("expect") or []:
            if label["category"] not in FAMILIES:
                continue
            if not any(r.rule.category == label["category"] and _overlaps(r, label) for r in got):
                missing.add((doc["path"], label["line"], label["category"]))
    assert missing == KNOWN_MISSES


def test_no_finding_outside_the_labels(reports):
    false = set()
    for doc in DOCS:
        labels = (doc.get("expect") or []) + (doc.get("optional") or [])
        for r in reports.get(doc["path"], []):
            mine = [lab for lab in labels if lab["category"] == r.rule.category]
            if not any(_overlaps(r, lab) for lab in mine):
                false.add((doc["path"], r.location.line, r.rule.category))
    assert false == KNOWN_FALSE


def test_clean_documents_are_clean(reports):
    for name in (
        "heldout/h04_clean_earnings.txt",
        "heldout/h12_clean_housing.html",
        "heldout/h13_clean_library.md",
        "heldout2/f04_clean_rain.txt",
        "heldout3/g04_clean_transit.txt",
        "heldout4/k04_clean_cloud.md",
        "heldout5/m04_clean_policy.txt",
        "heldout6/n04_clean_ai_chips.md",
        "heldout7/p04_clean_council.md",
        "heldout8/q04_clean_comet.txt",
        "heldout9/r04_clean_measles.md",
        "heldout10/r04_clean_first_buyers.md",
        "heldout11/r04_clean_retail_results.md",
        "heldout12/r03_clean_university_ranking.txt",
        "heldout13/r02_obituary.html",
        "heldout13/r06_brisbane_property.md",
        "heldout14/r06_clean_cricket_final.md",
        "heldout15/r04_school_inspection.txt",
        "heldout15/r07_satellite_launch.html",
        "heldout16/r04_airline_merger.md",
        "heldout16/r06_volcano_eruption.html",
        "heldout19/r04_clean_gecko_species.txt",
        "heldout19/r07_clean_snow_budget.md",
        "heldout20/r07_clean_water_tariff.txt",
        "heldout21/a02_clean_tea_auction.md",
        "heldout22/b03_clean_argan_cooperative.txt",
        "heldout23/c02_clean_olive_harvest.md",
        "heldout24/d03_clean_bridge_porto.txt",
        "heldout25/e06_clean_ferry_tender_norway.txt",
        "heldout27/g06_clean_forest_carbon_finland.md",
        "heldout28/h05_dublin_rents_clean.md",
        "heldout29/i04_ljubljana_cardiology_clean.md",
        "heldout30/j03_mongolia_livestock_insurance.md",
    ):
        assert reports.get(name, []) == [], name
