"""Round 9: punctuation and spacing slips decided by the script of the neighbours.

Must-change rows (a stop before a figure or an opener, a stop set apart by blanks, a low-9
comma, a "~" range, parenthesis ornaments, a letter-spaced word in a sentence, the gap after
an article cited mid-sentence, beside a middle dot) and must-not-change rows
(decimals, file names, versions, URLs, Latin text, a heading's own 第一条　 gap, a list of
names), run through the whole pipeline.
"""

from __future__ import annotations

import pytest

from cleaner.edits import apply
from cleaner.pipeline import clean
from cleaner.rules import punct

_TITLE = "关于做好2021年卫生健康工作的通知"
_HEAD = "各区县卫生健康局，各有关单位："
_SIGN = "江岭市卫生健康委员会\n2021年3月29日"


def _body(line: str) -> str:
    """The body line as the whole pipeline leaves it, inside a small notice."""
    out = clean(f"{_TITLE}\n{_HEAD}\n{line}\n{_SIGN}", "r9").text.split("\n")
    return "\n".join(out[2:-2])


@pytest.mark.parametrize("text_in,text_out", [
    ("顺利完成全年目标.2022年继续推进。", "顺利完成全年目标。2022年继续推进。"),
    ("顺利完成全年目标\uff0e2022年继续推进。", "顺利完成全年目标。2022年继续推进。"),
    ("全面完成目标.“十四五”实现良好开局。", "全面完成目标。“十四五”实现良好开局。"),
    ("完成全年目标. 下一步继续推进。", "完成全年目标。下一步继续推进。"),
    ("完成全年目标 . 下一步继续推进。", "完成全年目标。下一步继续推进。"),
    ("各项工作有序推进，完成全年目标 .", "各项工作有序推进，完成全年目标。"),
    ("要加强\u201a推进基层卫生建设。", "要加强，推进基层卫生建设。"),
    ("申请人应在3~5个工作日内办结。", "申请人应在3\uff5e5个工作日内办结。"),
    ("活动于3月\u301c5月集中开展。", "活动于3月\uff5e5月集中开展。"),
    ("开展活动\u2768含民办学校\u2769工作。", "开展活动（含民办学校）工作。"),
    ("开展活动\u276a含民办学校\u276b工作。", "开展活动（含民办学校）工作。"),
    ("坚持 安 全 第 一 方针，推进工作。", "坚持安全第一方针，推进工作。"),
    ("坚持安\u3000全\u3000第\u3000一方针，推进工作。", "坚持安全第一方针，推进工作。"),
    ("依照本办法第十二条\u3000的规定执行。", "依照本办法第十二条的规定执行。"),
    ("扎实推进“投资中国 \u00b7 选择陕西”行动。", "扎实推进“投资中国\u00b7选择陕西”行动。"),
    ("扎实推进“投资中国\u00b7 选择陕西”行动。", "扎实推进“投资中国\u00b7选择陕西”行动。"),
    ("全市共有 3 个县 12 个乡镇。", "全市共有3个县12个乡镇。"),
    ("任务艰巨\u30fb\u30fb\u30fb我们必须努力。", "任务艰巨\u2026\u2026我们必须努力。"),
    ("这是一项工作\u30fc\u30fc也是任务。", "这是一项工作\u2014\u2014也是任务。"),
    ("完成全年目标. 2022年继续推进。", "完成全年目标。2022年继续推进。"),
])
def test_slips_repaired(text_in, text_out):
    assert _body(text_in) == text_out


@pytest.mark.parametrize("text", [
    "增长3.5个百分点，达到12.6%。",
    "请下载附件1.docx并填写。",
    "系统升级至V2.1.3版本，意见请发送至zhang.ming@jl-wjw.gov.cn。",
    "详见http://www.example.gov.cn/a?b=1&c=2页面。",
    "市县两级按1:1比例配套，会议于10:30开始。",
    "补助标准为每人1,200-1,500元，执行GB/T 19001-2016标准。",
    "活动主题为“Think globally, act locally.”，终端安装Windows 10系统。",
    "第十二条\u3000本办法自发布之日起施行。",
    "出席会议：张三 李四 王五",
    "加强???建设。",
    "地址：杭州市~西湖区",
    "扎实推进“赤水河谷 中国酱香”行动。",
    "由Tom · Lee负责联络。",
    "1. 中医药领域专家建议名单（以姓氏笔画为序）",  # a list's own "1. " style (wild bjtcm_06)
])
def test_must_not_change(text):
    assert _body(text) == text


def test_low_comma_paired_with_a_closing_quote_is_a_quote_not_a_comma():
    # ‚…‘ is a low-high quotation pair: the quote rule reads it as one, the comma rule stays out
    assert _body("强调\u201a推进\u2018工作。") == "强调\u201c推进\u201d工作。"


@pytest.mark.parametrize("text", [
    "第一章\u3000总则",
    "3.5万亩高标准农田建成。",
    "一.加强组织领导",
])
def test_stop_rule_leaves_alone(text):
    assert list(punct.replace_lookalike_marks(text)) == []


def test_stop_rule_reason_names_evidence():
    edits = list(punct.replace_lookalike_marks("完成目标.2022年继续"))
    assert [e.new for e in edits] == ["\u3002"] and "before the next sentence" in edits[0].reason
    assert apply("完成目标.2022年继续", edits) == "完成目标\u30022022年继续"
