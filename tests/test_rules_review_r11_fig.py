"""Round 11 review (figure family): legitimate passages the r11-figure rules flag.

Each document is real-shaped text whose figure is correct as written; the named rule must not
flag the given span (a false flag: the figure family never edits).
"""

from pathlib import Path

import pytest

from cleaner.pipeline import clean

DATA = Path(__file__).parent / "data" / "review_r11_fig"

SLIPS = "figure.flag_figure_slips"
PARTS = "figure.flag_parts_exceeding_total"
PERCENT = "figure.flag_impossible_percentages"
AMOUNTS = "figure.flag_implausible_amounts"

CASES = [
    # figurebare: a score, an index, years or a ratio is no percentage
    ("bare_score_vs_last_year", SLIPS, "4.2"),
    ("bare_life_expectancy", SLIPS, "0.3"),
    ("bare_table_unit_header", SLIPS, "6.5"),
    ("bare_score_next_to_rate", SLIPS, "3.5"),
    ("bare_parking_ratio", SLIPS, "1.2"),
    ("bare_air_quality_index", SLIPS, "0.15"),
    ("bare_pmi", SLIPS, "0.4"),
    ("bare_schooling_years", SLIPS, "0.5"),
    ("bare_test_score", SLIPS, "2.3"),
    # figurescale: a small amount that is right (a remainder, a price, a fee, a minimum)
    ("scale_fines_total", SLIPS, "300元"),
    ("scale_land_auction", SLIPS, "2500元"),
    ("scale_procurement_fee", SLIPS, "500元"),
    ("scale_donation", SLIPS, "800元"),
    ("scale_subsidy_range", SLIPS, "120元"),
    # quantities in a base unit: both banks / both sides exceed the length of the river or road
    ("qty_revetment_both_banks", PARTS, "8600米"),
    ("qty_revetment_two_banks", PARTS, "9000米"),
    ("qty_sidewalks_both_sides", PARTS, "4200米"),
    # shares: "增长120%的企业占比" is a growth of the enterprises, not the share
    ("share_growth_enterprises", PERCENT, "120%"),
    ("share_growth_over_200", PERCENT, "200%"),
    ("share_execution_rate", PERCENT, "110%"),
    # decimal slip under a 其中 total: parts in 万元 to 3 decimals that add up exactly
    ("decimal_donation_adds_up", AMOUNTS, "1.828万元"),
]


@pytest.mark.parametrize(("name", "rule", "span"), CASES, ids=[c[0] for c in CASES])
def test_legit_figure_not_flagged(name, rule, span):
    text = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    assert span in text
    result = clean(text)
    assert result.text == text or span in result.text
    flagged = [f for f in result.findings if f.rule == rule and span in text[f.start:f.end]]
    assert not flagged, [(f.rule, text[f.start:f.end], f.reason) for f in flagged]
