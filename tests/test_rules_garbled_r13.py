"""garbled, round 13: shapes of garbled text the seeds never showed, through the real pipeline.

Flagged: a UTF-8 punctuation mark read as cp1252 (2021â€”2025, â€?放管服â€?, ï¼Œ), a Latin word with
a Cyrillic or Greek look-alike letter (GDР, РM2.5), U+XXXX code points for Han characters, one
geta mark or white box inside a word (王〓明), a run mixing ASCII and full-width question marks
(问？?的), 锟斤拷 cut at either end and two 烫 / 屯 of debug fill, C1 controls wedged in a word (removed, and flagged: the character is lost).
Must not change or flag: a form's checkboxes (□是 □否, 是□ 否□, ☑同意), ○ / ■ / ※ / △ items,
〇 in a year, rare name characters, a link with percent-escaped Chinese, credit codes, ICP
numbers, Greek letters of science (TNF-α, Hβ, 5μm), a note naming U+3000, a doubled question
mark closing a question, a Latin-1 name.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean

_TITLE = "关于做好2021年度重点工作的通知\n"


def _run(line: str):
    doc = _TITLE + line
    result = clean(doc, "t")
    flags = [doc[f.start:f.end] for f in result.findings if f.action == "flag"]
    return result, flags


@pytest.mark.parametrize("line,flagged", [
    ("完成2021â€”2025年规划编制，按期报送。", "â€”"),
    ("深入推进â€?放管服â€?改革，优化营商环境。", "â€?"),
    ("全市GDР增长6.5%，高于全省平均水平。", "GDР"),
    ("全年РM2.5平均浓度持续下降。", "РM2.5"),
    ("新建改造城U+5E02 U+9053路14条，全部通车。", "U+5E02 U+9053"),
    ("推进城镇〓划建设管理工作。", "〓"),
    ("医疗机构自查发现问？?的，应当立即整改。", "？?"),
    ("推进城乡烫烫烫建设工作。", "烫烫烫"),
    ("推进城乡斤拷锟斤拷建设工作。", "斤拷锟斤拷"),
])
def test_garbled_shapes_are_flagged(line, flagged):
    result, flags = _run(line)
    assert flagged in flags
    assert line in result.text  # a flag never changes text


def test_c1_controls_in_a_word_are_removed_and_flagged():
    line = "选择10个基础条件\x83好的村开展提升改造。"
    result, flags = _run(line)
    assert "\x83" in flags
    assert "\x83" not in result.text


def test_c1_controls_beside_latin_letters_are_only_removed():
    line = "请见附件Ab\x85cd说明。"
    result, flags = _run(line)
    assert "\x85" not in flags
    assert "\x85" not in result.text


@pytest.mark.parametrize("line", [
    "是否已完成备案：□是 □否",
    "是□ 否□（请在相应方框内打“√”）",
    "审核意见：☑同意 □不同意",
    "申报类型：□新办 □变更 □注销",
    "□ 已签订承诺书 ■ 已提交材料",
    "○ 第一阶段：动员部署",
    "※注：带“△”的项目为新增项目。",
    "二〇二一年度工作人员：王堃、李喆、陈犇、赵昇、刘珺。",
    "具体名单可登录https://www.example.gov.cn/search?q=%E5%8C%BB%E4%BF%9D&page=2查询。",
    "该企业统一社会信用代码为91330100MA2H3K7X0Y，网站备案号为浙ICP备12345678号-1。",
    "检测项目包括TNF-α、IFN-γ和Hβ等，颗粒物粒径小于5μm。",
    "Ⅳ类水质断面比例下降，ISO9001认证企业新增12家，B2B交易额增长。",
    "文件编码统一为UTF-8，全角空格为U+3000。",
    # review r13: a form's single check boxes, a road programme's 屯屯通, a code point noted in brackets
    "同意⬜不同意⬜，邮寄▢电子邮件▢",
    "推进村村通、屯屯通硬化路建设。",
    "生僻字“䶮”（U+4DAE）可用输入法录入。",
    "这项工作能不能按期完成？？请各单位认真研究。",
    "邀请外籍专家José Martínez作专题讲座。",
    "阿卜杜拉·买买提同志作表态发言。",
    "2021—2025年，全市累计完成投资……",
    "工作人员不得斤斤计较，屯兵驻守的历史遗迹得到保护。",
])
def test_real_text_is_not_flagged(line):
    result, flags = _run(line)
    garbled = [f for f in result.findings if f.action == "flag" and f.rule.startswith(("garbled.", "encoding."))]
    assert garbled == []
    assert line in result.text
