"""Review r14 (marks and dates): false positives of the round-14 rules on real-shaped passages.

Each document under tests/data/review_r14/ holds legitimate text; the pipeline must keep it.
"""
import re
from pathlib import Path

import pytest

from cleaner.pipeline import clean

DATA = Path(__file__).parent / "data" / "review_r14"

# document -> passages that must survive cleaning unchanged
KEPT = {
    # quote.repair_mark_slips (_empty_pairs): a form's tick box “” before a quoted option
    "form_checkbox_quoted.txt": ["“”“四上”企业", "“”“专精特新”企业"],
    "form_checkbox_school.txt": ["“”“双一流”建设高校"],
    "form_checkbox_options.txt": ["“”“一网通办”", "“”“优秀”“”“良好”“”“合格”"],
    # punct.normalize_ellipsis_and_dash (_DASH at a line's start): page numbers —3— / －4－
    "page_numbers_dash.txt": ["\n—3—\n", "\n－4－\n"],
    # quote.convert_straight_quotes (quotenesting.straight_nested): two quotations side by side
    "quotes_side_by_side.txt": ["“人民城市人民建，人民城市为人民”重要理念和“绿水青山就是金山银山”理念",
                                "“稳中求进，以进促稳”的总基调和“先立后破”的原则"],
    # date.restore_day_mark (_OPENING_DAY_LOST): month-by-month figures, not a day
    "monthly_figures_list.txt": ["1月5，2月8，3月12。"],
    "monthly_figures_open.txt": ["3月5，同比提高2个百分点；4月6，同比持平。"],
    # date.restore_day_mark (_LABELLED_DAY_LOST): days listed under no 日 ("3月1，3，5")
    "label_day_list.txt": ["时间：3月1，3，5（"],
    # date.insert_missing_year_mark (YEAR_WITHOUT_MARK gap widened to 月份/起/底…): a table's year and month columns
    "year_month_columns.txt": ["2021 3月份 120", "2021 4月份 130"],
    # date.read_date_clusters (_evidence: is_dateline under a unit's name): extension numbers in an annex
    "duty_extensions.txt": ["南湖区应急管理局\n2023-710\n", "南湖区水利局\n2023-120\n", "南湖区财政局\n2023-115"],
    # date.repair_date_slips (split_day_figures): a month heading over a list of days
    "schedule_month_heading.txt": ["日程如下：3月\n1日 报到\n2日 开幕式"],
}

# document -> regular expressions that must not match: a closing mark made an opening
OPENED = {
    # quote.convert_straight_quotes (_continued_openings): the " after a PDF wrap closes "放管服"
    "wrap_quote_closing.txt": [r"\n“改革"],
}

# document -> regular expressions that must not match the cleaned text (a mark doubled over a PDF wrap)
DOUBLED = {
    # date.insert_missing_year_mark (dateglue.period_end_years): the end year's 年 is on the next line
    "wrap_period_end_year.txt": [r"2025年\s*年"],
    # date.restore_day_mark (_LABELLED_DAY_LOST): the day's 日 is on the next line
    "wrap_label_day.txt": [r"3月29日\s*日", r"4月6日\s*日"],
}

# document -> the flags it must not raise
NOT_FLAGGED = {
    # quote.flag_unbalanced (_odd_straight_quotes): a table's ditto mark " (同上)
    "ditto_marks_table.txt": "quote.flag_unbalanced",
    # quote.flag_unbalanced (_odd_straight_quotes): a quotation wrapped over two lines pairs across them
    "wrap_straight_quote.txt": "quote.flag_unbalanced",
}


@pytest.mark.parametrize("name", sorted(KEPT))
def test_real_content_kept(name):
    text = (DATA / name).read_text(encoding="utf-8")
    out = clean(text).text
    for passage in KEPT[name]:
        assert passage in out, (name, passage, out)


@pytest.mark.parametrize("name", sorted({**DOUBLED, **OPENED}))
def test_no_wrong_mark(name):
    text = (DATA / name).read_text(encoding="utf-8")
    out = clean(text).text
    for pattern in {**DOUBLED, **OPENED}[name]:
        assert re.search(pattern, out) is None, (name, pattern, out)


@pytest.mark.parametrize("name", sorted(NOT_FLAGGED))
def test_no_false_flag(name):
    text = (DATA / name).read_text(encoding="utf-8")
    rules = [f.rule for f in clean(text).findings if f.action == "flag"]
    assert NOT_FLAGGED[name] not in rules, rules
