"""figure, round 5: kinds from GB/T 15835 and from typing damage (a percent sign typed twice,
百分之 with the sign), totals stated after a change word (扩大到), a part above a change,
a count after its noun that lost its measure word, and numbers that belong to names.

Must-flag rows (the span the flag covers) and must-not-flag rows (correct text of the same shape).
"""

from __future__ import annotations

import pytest

from cleaner.rules import figure

MUST_FLAG = [
    (figure.flag_broken_numbers, "同比增长8.2%%，", "8.2%%"),
    (figure.flag_broken_numbers, "占比达到12\uff05%。", "12\uff05%"),
    (figure.flag_broken_numbers, "增长率为百分之15%。", "百分之15%"),
    (figure.flag_parts_exceeding_total, "耕地面积扩大到120万亩，其中高标准农田150万亩。", "150万亩"),
    (figure.flag_parts_exceeding_total, "床位数增加至800张，其中重症床位950张。", "950张"),
    (figure.flag_parts_exceeding_total, "全市贫困人口减少3000人，其中农村贫困人口3500人。", "3500人"),
    (figure.flag_missing_measure_words, "全年培训教师300人，培训校长45人，培训班主任120。", "120"),
]

MUST_NOT_FLAG = [
    (figure.flag_broken_numbers, "同比增长8.2%，占比12\uff05，百分之十五。"),
    (figure.flag_broken_numbers, "提高到15%以上，占百分之八十。"),
    (figure.flag_parts_exceeding_total, "耕地面积扩大到120万亩，其中高标准农田85万亩。"),
    (figure.flag_parts_exceeding_total, "全市贫困人口减少3000人，其中农村贫困人口2100人。"),
    (figure.flag_parts_exceeding_total, "赤字1.2万亿元，比去年增加4000亿元，其中中央8500亿元。"),
    (figure.flag_missing_measure_words, "投入300万元建设365展贸网，开设网店20家。"),
    (figure.flag_missing_measure_words, "新建12366纳税服务平台，实施520工程。"),
    (figure.flag_missing_measure_words, "接诊患者45人次，平均年龄45。"),
    (figure.flag_missing_measure_words, "培训校长45人，时长120分钟。"),
]


def _spans(rule, text):
    return [text[f.start:f.end] for f in rule(text)]


@pytest.mark.parametrize("rule,text,span", MUST_FLAG, ids=lambda v: getattr(v, "__name__", None))
def test_flags_the_span(rule, text, span):
    assert span in _spans(rule, text)


@pytest.mark.parametrize("rule,text", MUST_NOT_FLAG, ids=lambda v: getattr(v, "__name__", None))
def test_raises_nothing(rule, text):
    assert _spans(rule, text) == []
