"""Round 11's adversarial review: real-shaped government documents on which a round-11 rule
(cleaner/dateglue.py, dateslips.split_dates, cleaner/adsplice.py) removed or changed real
content that main kept. Each must keep the text named here (tests/data/review_r11/).

The documents are whole (title, addressee, body, signature), run through the whole pipeline.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.pipeline import clean

DATA = Path(__file__).parent / "data" / "review_r11"


def _clean(name: str) -> str:
    return clean((DATA / f"{name}.txt").read_text(encoding="utf-8"), name).text


KEPT = [
    # a room number glued to a noun the document also writes after a year (2021年办公室工作要点)
    ("room_office", "委机关2021办公室领取材料"),
    ("room_meeting", "市行政中心2021会议室召开"),
    # a count that dropped its measure word, not a year that lost 年 (2021年高校毕业生 elsewhere)
    ("count_glued", "全年共吸纳2021高校毕业生到基层就业"),
    # clock times of a meeting or exam (08:30 written 0830) in 于…前: no month and day
    ("time_0830", "请参会人员于0830前到场签到"),
    ("time_0930", "请各参赛队于0930前完成检录"),
    ("time_1130", "考生须于1130前交卷离场"),
    # 起 is the measure word of incidents: 201905起 is a count, not 2019年5月起
    ("count_qi", "查处各类交通违法行为201905起"),
    # a notice's own site or hotline in a clause between commas: the cut ran across the commas
    ("ad_quoted_name", "江岭站活动，详见www.osta.org.cn，活动由市人社局主办"),
    ("ad_url_clause", "江岭籍技能人才可登录www.jlrc.com.cn，市人才服务中心"),
    ("ad_hotline", "江岭籍考生可拨打咨询热线400-800-1234免费咨询，市人社局"),
]


@pytest.mark.parametrize("name, kept", KEPT)
def test_review_r11_keeps(name: str, kept: str) -> None:
    assert kept in _clean(name)


@pytest.mark.parametrize("name", ["cell_day_yearless", "cell_day_range"])
# a table cell whose 日 went to the next line ("截至3月15\n日"): no second 日 is inserted
def test_review_r11_no_double_day(name: str) -> None:
    assert "日\n日" not in _clean(name) and "日日" not in _clean(name)
