"""Credit lines that end a page one under another (一审 / 二审 / 三审, 编辑 / 审核 / 终审): each goes,
and the last one must not take the line end the line above already took (two removals overlapping
made the whole document fail: a TUNE draw of the evaluation set, 一审：吴迪⏎二审:孙悦⏎三审：吴迪)."""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean

BODY = ("关于做好2024年春季防火工作的通知\n各乡镇人民政府，县直各单位：\n"
        "为切实做好春季森林草原防火工作，现将有关事项通知如下。\n"
        "一、各地要压实责任，加强巡查，严防火灾发生。\n临泉县应急管理局\n2024年3月1日")


@pytest.mark.parametrize("tail", [
    "一审：吴迪\n二审:孙悦\n三审：吴迪",
    "编辑：李华\n审核：刘洋",
    "编辑：李华\n审核：刘洋\n终审：王强\n",
])
def test_credit_lines_one_under_another_at_the_end_all_go(tail):
    cleaned = clean(f"{BODY}\n{tail}", "credits")
    assert cleaned.text == BODY
    removed = [f.before for f in cleaned.findings if f.rule == "metadata.drop_credit_lines"]
    assert "".join(removed).replace("\n", "") == tail.replace("\n", "")

