"""Round 12: Chinese marks set with another mark's code point, decided by shape and place.

Must-change rows: a document number's year in square brackets, parentheses (either width),
【】 or ［］; 、 typed as 丶, ヽ or a backtick between Han characters; an ellipsis of full-width
or small stops; a dash of katakana prolonged marks, figure dashes, a line extension, small em
dashes or hyphens, or one box line with one em dash; title marks as full-width doubled angle
signs or ≪ ≫. Must-not-change rows: a court case number （2021）京01民初12号, a reference [3], a
range 3-5, a standard's year, an English phrase's own ellipsis, a comparison, inner title
marks, a connecting dash, a 破折号 already right, a rule line of many strokes, 一一.
All run through the whole pipeline.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean
from cleaner.rules import punct

_TITLE = "关于做好2021年卫生健康工作的通知"
_HEAD = "各区县卫生健康局，各有关单位："
_SIGN = "江岭市卫生健康委员会\n2021年3月29日"


def _body(line: str) -> str:
    """The body line as the whole pipeline leaves it, inside a small notice."""
    out = clean(f"{_TITLE}\n{_HEAD}\n{line}\n{_SIGN}", "r12").text.split("\n")
    return "\n".join(out[2:-2])


@pytest.mark.parametrize("text_in,text_out", [
    ("具体要求按照《关于做好年度考核工作的通知》（江政办发[2020]35号）执行。",
     "具体要求按照《关于做好年度考核工作的通知》（江政办发〔2020〕35号）执行。"),
    ("此前印发的市政发(2019)12号文件同时废止。", "此前印发的市政发〔2019〕12号文件同时废止。"),
    ("各单位要对照县政办函【2021】7号文件精神抓好落实。", "各单位要对照县政办函〔2021〕7号文件精神抓好落实。"),
    ("各单位要对照青卫办\uff3b2022\uff3d18号文件精神抓好落实。", "各单位要对照青卫办〔2022〕18号文件精神抓好落实。"),
    ("各单位要对照青卫办（2022）18号文件精神抓好落实。", "各单位要对照青卫办〔2022〕18号文件精神抓好落实。"),
    ("按照县政办函\ufe392018\ufe3a42号执行。", "按照县政办函〔2018〕42号执行。"),
    ("按照县政办函\ufe5d2018\ufe5e42号执行。", "按照县政办函〔2018〕42号执行。"),
    ("重点抓好教育\u4e36医疗\u4e36养老等工作。", "重点抓好教育、医疗、养老等工作。"),
    ("重点抓好教育\u30fd医疗\u30fd养老等工作。", "重点抓好教育、医疗、养老等工作。"),
    ("群众关心的教育、医疗、养老\uff0e\uff0e\uff0e都有新的进展。", "群众关心的教育、医疗、养老\u2026\u2026都有新的进展。"),
    ("群众关心的教育、医疗、养老\ufe52\ufe52\ufe52都有新的进展。", "群众关心的教育、医疗、养老\u2026\u2026都有新的进展。"),
    ("要求可以概括为四个字\uff70\uff70守正创新。", "要求可以概括为四个字\u2014\u2014守正创新。"),
    ("要求可以概括为四个字\u2012\u2012守正创新。", "要求可以概括为四个字\u2014\u2014守正创新。"),
    ("要求可以概括为四个字\u23af\u23af守正创新。", "要求可以概括为四个字\u2014\u2014守正创新。"),
    ("要求可以概括为四个字\ufe58\ufe58守正创新。", "要求可以概括为四个字\u2014\u2014守正创新。"),
    ("要求可以概括为四个字\ufe63\ufe63守正创新。", "要求可以概括为四个字\u2014\u2014守正创新。"),
    ("要求可以概括为四个字\u2500\u2014守正创新。", "要求可以概括为四个字\u2014\u2014守正创新。"),
    ("认真学习\uff1c\uff1c中华人民共和国传染病防治法\uff1e\uff1e。", "认真学习《中华人民共和国传染病防治法》。"),
    ("认真学习\u226a基层减负十条措施\u226b。", "认真学习《基层减负十条措施》。"),
    ("举办中国\u2022杭州数字经济论坛。", "举办中国\u00b7杭州数字经济论坛。"),
    ("学习马丁\u30fb路德\uff65金的演讲。", "学习马丁\u00b7路德\u00b7金的演讲。"),
])
def test_marks_repaired(text_in, text_out):
    assert _body(text_in) == text_out


@pytest.mark.parametrize("text", [
    "（2021）京01民初12号案件已审结，相关研究见文献[3]。",
    "办理时限为3-5个工作日，格式执行GB/T 9704-2012标准。",
    "宣传片英文名为“Go Further...”，合作方为Smart Health Lab (2019)。",
    "全年PM2.5<35微克/立方米的天数明显增加，查询网址为https://www.example.gov.cn/query?id=3&type=1。",
    "会议传达了《关于印发〈基层减负十条措施〉的通知》精神。",
    "第三届中国—东盟合作论坛如期举办，文化、旅游、商贸……各类项目一一签约。",
    "这项工作的要求可以概括为四个字——守正创新。",
    "测绘成果比例尺为1:1000，成果验收会于上午9:30开始。",
    "检测结果x\u226ay\u226bz不作判定，公式为a<<b。",
    "当a\u226ab且b\u226bc时，误差可以忽略。",
    "第2021页[2021]12条另有规定。",
    "主要任务如下：\n\u2022 加强队伍建设。",
])
def test_right_marks_kept(text):
    assert _body(text) == text


def test_rule_line_of_strokes_kept():
    """A run of many box lines or figure dashes (a table's rule) is no dash: the dash rule leaves it."""
    for stroke in ("\u2500", "\u2012", "\u23af"):
        text = f"开展工作{stroke * 12}附件名单"
        assert list(punct.normalize_ellipsis_and_dash(text)) == []
