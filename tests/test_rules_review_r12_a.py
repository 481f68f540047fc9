"""Round-12 review (a): false positives of the numbering and date rules on real-shaped passages.

Each document is legitimate text that main leaves alone; r12-trial changes it."""
from pathlib import Path

import pytest

from cleaner.pipeline import clean

DATA = Path(__file__).parent / "data" / "review_r12_a"


def _doc(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


# date.restore_day_mark (_DEADLINE_DAY_LOST): "N月M起" where 起 is the classifier of cases, not "from".
@pytest.mark.parametrize("name, kept", [
    ("month_case_counts_lines.txt", ["1月9起", "2月7起", "3月12起"]),
    ("month_case_counts_inline.txt", ["1月15起", "2月8起", "3月20起"]),
    ("month_accident_counts.txt", ["1月2起", "5月3起", "6月4起"]),
    ("hazard_counts_april.txt", ["4月6起"]),
])
def test_month_then_case_count_keeps_its_classifier(name, kept):
    out = clean(_doc(name)).text
    for s in kept:
        assert s in out
    assert "日起" not in out


# numbering.repair_marker_slips (_lone_markers): blank numbered lines of a form to fill in.
def test_blank_numbered_lines_of_a_receipt_stay_blank():
    out = clean(_doc("receipt_blank_numbered_lines.txt")).text
    assert "3.联系人" not in out
    assert "\n3.\n联系人：" in out


# numbering.repair_outline (_repeat_opens_tail): a heading repeated as its continuation "（续）".
def test_continued_heading_is_not_renumbered():
    out = clean(_doc("continued_heading_repeat.txt")).text
    assert "二、推进措施（续）" in out
    assert "三、保障机制" in out
    assert "四、" not in out
