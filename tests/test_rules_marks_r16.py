"""Quotation marks and punctuation, round 16: marks in mixed Chinese, figure and Latin context.

A quotation nested in a quotation with double marks where the inner one opens or closes the
outer one (“‘两山’理念…”) gets ‘ ’; a quotation of several paragraphs whose items open with an
outline marker ("（一）…) gets “ at each paragraph start; the 间隔号 of a day's name in quotes
(“3•15”), a 。 typed for a decimal point (7。2%), a hyphen in a year range (2021-2025年) and ASCII
commas between figures listed before one unit (2019,2020,2021年) get the right mark. Every row
runs the whole pipeline on a short notice; the must-not-change rows come first (file names with
brackets, standard and phone numbers, codes with hyphens, thousands, inches, race times, a
doubled pair, a product of figures).
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean

HEAD = "江岭市卫生健康委员会关于做好2021年重点工作的通知\n各县（市）区卫健局：\n"
TAIL = "\n江岭市卫生健康委员会\n2021年3月29日\n"


def _body(text: str) -> str:
    out = clean(HEAD + text + TAIL, "t").text
    return out.split("\n", 2)[2].rsplit("\n", 2)[0]


MUST_NOT_CHANGE = [
    "请将实施方案(2021).docx于9:30前发送至jlwjw@jl.gov.cn，附件申报表(修订版).xlsx一并报送。",
    "公文格式执行GB/T 15834-2011和GB/T 9704-2012，咨询电话0571-88001234。",
    "项目编号JL-2021-035，总投资1,234万元，占比3.5%，共1,200,000元。",
    "为各教学点配备65\"触控一体机12台，男子组冠军成绩为3'25\"。",
    "面积按3\u22c54计算，比值为“3\u22c54”。",  # a product of figures, also in quotes (no day 3·4 follows 12)
    "规划期为2021—2025年，围绕“3·15”主题开展宣传。",  # already right
    "到2025年,2030年两个阶段目标。",  # no shared unit after the last figure: the comma is widened, not a 、
    "完成12。3月份开始第二阶段。",  # a sentence ends on a figure; the next opens with a month
]


@pytest.mark.parametrize("text", MUST_NOT_CHANGE[:-2])
def test_lookalikes_stay(text):
    assert _body(text) == text


def test_figure_before_month_keeps_its_stop():
    assert _body("完成12。3月份开始第二阶段。") == "完成12。3月份开始第二阶段。"


def test_a_stop_between_digits_before_a_unit_stays_and_is_flagged():
    """Withdrawn in review: 7。2% may be a decimal point typed as 。, but 详见附件2。10万元以下… is a sentence's
    end before a figure (tests/test_rules_review_r16.py). The figure rule flags the shape; nothing is rewritten."""
    text = "全年完成投资23。5亿元，同比增长7。2%。"
    out = clean(HEAD + text + TAIL, "t")
    assert text in out.text
    assert {f.before for f in out.findings if f.action == "flag"} >= {"23。5", "7。2"}


FIXED = [
    ("开展““放管服””改革。", "开展“放管服”改革。"),  # a pair typed twice: one pair, no nested reading
    ("会议强调，““两山”理念必须贯穿各项工作”。", "会议强调，“‘两山’理念必须贯穿各项工作”。"),
    ("会议强调，“要全面落实“放管服””。", "会议强调，“要全面落实‘放管服’”。"),
    ("第八条修改为：\n\"（一）申请人应当如实提交有关材料。\n\"（二）受理机关应当在五个工作日内作出决定。\"",
     "第八条修改为：\n“（一）申请人应当如实提交有关材料。\n“（二）受理机关应当在五个工作日内作出决定。”"),
    ("第三条修改为：\n\"1.完善基层医疗卫生服务体系。\n\"2.提升家庭医生签约服务质量。\"",
     "第三条修改为：\n“1.完善基层医疗卫生服务体系。\n“2.提升家庭医生签约服务质量。”"),
    ("结合“3\u202215”国际消费者权益日和“12\u30fb4”国家宪法日开展宣传。",
     "结合“3·15”国际消费者权益日和“12·4”国家宪法日开展宣传。"),
    ("本规划期限为2021-2025年，制定实施方案（2023\u20132025年），2021年\uff0d2023年累计建成12个。",
     "本规划期限为2021—2025年，制定实施方案（2023—2025年），2021年\uff0d2023年累计建成12个。"),  # － is the publisher's own full-width mark: kept
    ("全市2019,2020,2021年连续三年获评文明城市，第1,4批试点已验收，每年6,8月份为防汛关键期。",
     "全市2019、2020、2021年连续三年获评文明城市，第1、4批试点已验收，每年6、8月份为防汛关键期。"),
]


@pytest.mark.parametrize("raw,want", FIXED)
def test_marks_fixed(raw, want):
    assert _body(raw) == want
