"""Round 56: a sentence pasted into a numbered item, table rows set wide, a stop typed after a figure,
a site's column names after the date, a masthead above the title.

- A sentence of a numbered item pasted into the next item (（二）…。<a sentence of （一）>) was read by no
  dup rule: the items' lines opened with a marker, and such lines were never compared. A numbered
  line's sentences after its heading sentence are now compared like a plain line's, and flagged, never
  removed: parallel items share sentences on purpose (the fuzzer's sentence_glued_next_par and
  sentence_inside_next_par: 22 and 19 missed before, 20 and 6 now). Not compared: articles (第N条), a
  sentence three items around share (各牵头单位要于每月5日前报送…), a last sentence that closes the item
  above too (（责任单位：…）。), an amendment's old and new article (第十条 above 第十条).
- A table row whose cells stand apart by two blanks or more (序号　　重点任务　　责任单位) keeps its gaps
  when a line beside it is cut into as many cells; one such line alone (a title or a heading set wide, a
  sentence that lost its commas) is no table.
- A numeral glued to its item's words (五推进财税体制改革。) or the document's only bullet (◆加大资金
  支持。) in the gap its siblings leave was tried as the lost marker and withdrawn after an adversarial
  read (四史学习…, 二氧化碳…, 六安市… and a note's bullet under 序号保留不变 became items).
- A "." closing a Chinese line after a figure (电话：0571-12345678.) is a full stop, unless the line stops
  with "." elsewhere (a GB/T 7714 reference).
- Three four-character words or more one a line after the signature date are a site's column names.
- A masthead (青湾市文化广电旅游局文件) is no first half of the title under it.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from cleaner.pipeline import clean
from helpers import clean_restorable

_TITLE = "江岭市住房和城乡建设局2021年工作总结"
_ITEMS = [
    "一、2020年工作回顾",
    "（一）推进城市更新。计划实施老旧小区改造项目40个，完成城市道路建设18公里。全年新增城市绿地面积42万平方米。",
    "（二）完善住房保障体系。筹集保障性租赁住房800套，发放租赁补贴不少于1800户。",
    "（三）推动建筑业转型升级。培育年产值超10亿元的建筑企业3家，装配式建筑占新建建筑比例达到25%。",
]


def _doc(*lines: str) -> str:
    return "\n".join([_TITLE, *lines, "江岭市住房和城乡建设局", "2021年1月12日"])


def _dup(findings):
    return [f for f in findings if f.rule.startswith("dup")]


# --- a sentence of one numbered item pasted into the next ----------------------------------------

@pytest.mark.parametrize("where", ["end", "inside"])
def test_a_sentence_of_an_item_pasted_into_the_next_item_is_flagged(where):
    pasted = "计划实施老旧小区改造项目40个，完成城市道路建设18公里。"
    second = _ITEMS[2].replace("。筹集", "。" + pasted + "筹集") if where == "inside" else _ITEMS[2] + pasted
    raw = _doc(_ITEMS[0], _ITEMS[1], second, _ITEMS[3])
    cleaned = clean_restorable(raw)
    flags = [f for f in _dup(cleaned.findings) if f.action == "flag"]
    assert len(flags) == 1 and pasted in raw[flags[0].start:flags[0].end]
    assert cleaned.text.count(pasted) == 2  # which one was pasted does not show: both stay


def test_the_heading_sentence_of_an_item_is_no_copy():
    # parallel items may share their heading sentences' words; the heading itself is never compared
    raw = _doc("（一）加强组织领导，压实各方主体责任。各县区要成立工作专班。",
               "（二）加强组织领导，压实各方主体责任。各乡镇要明确专人负责。")
    assert _dup(clean(raw).findings) == []


@pytest.mark.parametrize("tail", ["（责任单位：市发展改革委、市财政局，完成时限：2024年12月底前）。",
                                  "所需经费由市财政统筹安排，纳入年度部门预算。"])
def test_a_closing_sentence_shared_by_parallel_items_is_no_copy(tail):
    raw = _doc("（六）加强基层卫生建设。", "1.推进基层医疗机构标准化建设，年内完成改造提升30家。" + tail,
               "2.完善家庭医生签约服务，重点人群签约率达到75%以上。" + tail, "3.健全分级诊疗制度，县域就诊率稳定在90%以上。" + tail)
    assert _dup(clean(raw).findings) == []


def test_an_amended_article_beside_its_old_wording_is_not_flagged():
    raw = ("江岭市人民政府关于修改《江岭市农村公路管理办法》的决定\n新旧条文对照如下：\n"
           "第十条 农村公路养护资金应当专款专用。任何单位和个人不得截留、挤占、挪用。\n"
           "第十条 农村公路养护资金应当专款专用。任何单位和个人不得截留、挤占、挪用。市财政部门应当加强监督检查。\n"
           "本决定自发布之日起施行。\n江岭市人民政府\n2021年3月29日")
    assert _dup(clean(raw).findings) == []


# --- a table row set wide keeps its gaps -----------------------------------------------------------

def test_a_table_row_set_with_wide_gaps_keeps_them():
    rows = ["序号\u3000\u3000重点任务\u3000\u3000责任单位\u3000\u3000完成时限",
            "一\u3000\u3000污水管网建设\u3000\u3000住建局\u3000\u300010月底前",
            "王伟  13812345678  述职材料", "李强  13912345678  述职报告"]
    out = clean(_doc(_ITEMS[1], *rows, _ITEMS[2])).text
    assert all(row in out for row in rows)


@pytest.mark.parametrize("line, kept", [
    ("培训时间：5月10日\u3000\u3000培训地点：市民中心\u3000\u3000报名方式：网上报名",
     "培训时间：5月10日\u3000培训地点：市民中心\u3000报名方式：网上报名"),  # labelled fields
    ("全年完成投资  12亿元", "全年完成投资12亿元"),  # prose: the gap before a figure goes
])
def test_field_bars_and_prose_are_no_table(line, kept):
    out = clean(_doc(_ITEMS[1], "（四）其他工作。" + line if "投资" in line else line, _ITEMS[2])).text
    assert kept in out


# --- stand-ins tried and withdrawn: a numeral in a word, a bullet of a detail ----------------------

def _plan(*middle: str) -> str:
    return _doc("一、重点任务", "（三）深化医疗体制改革。推进医联体建设，落实政务公开要求。", *middle,
                "（五）推进投资体制改革。健全政府投资管理制度。", "二、保障措施", "（一）加强组织领导。各单位要高度重视。")


@pytest.mark.parametrize("line", [
    "四史学习教育要融入日常，党史学习教育常态化。",  # 史学 written elsewhere (党史学习)
    "四新经济企业享受同等政策支持。",
    "◆本事项已下放至各县（市、区）市场监管部门办理。",  # the item above's note, in a list that skips on purpose
])
def test_a_line_opening_on_a_numeral_word_or_a_note_bullet_keeps_its_words(line):
    cleaned = clean_restorable(_plan(line))
    assert line in cleaned.text
    assert not [f for f in cleaned.findings if "stands where" in f.reason]


# --- a stop typed after a figure at a line's end --------------------------------------------------

def test_a_stop_after_a_figure_at_a_chinese_line_end_becomes_a_full_stop():
    out = clean(_doc(_ITEMS[1], "请于6月30日前报送。联系人：张三，电话：0571-12345678.", _ITEMS[2])).text
    assert "电话：0571-12345678\u3002\n" in out


@pytest.mark.parametrize("line", ["经度坐标为东经120.5.", "系统版本为V2.", "Version 2."])
def test_dotted_dates_versions_and_latin_lines_keep_their_stop(line):
    out = clean(_doc(_ITEMS[1], line, _ITEMS[2])).text
    assert line in out


# --- a site's column names after the signature date; a masthead above the title ------------------

def test_column_names_one_a_line_after_the_date_go():
    raw = _doc(_ITEMS[1], _ITEMS[2]) + "\n栏目导航\n政策解读\n通知公告\n规划计划\n政策文件"
    out = clean_restorable(raw).text
    assert out.endswith("2021年1月12日") and "政策解读" not in out


@pytest.mark.parametrize("tail", ["附件\n获奖名单\n张华\n李明\n王强", "张华\n李明\n王强\n赵丽", "政策解读\n通知公告"])
def test_an_attachment_names_and_two_words_after_the_date_stay(tail):
    out = clean(_doc(_ITEMS[1], _ITEMS[2]) + "\n" + tail).text
    assert out.endswith(tail.split("\n")[-1])


def test_a_masthead_above_the_title_is_not_joined_to_it():
    raw = ("青湾市文化广电旅游局文件\n青湾市文化广电旅游局关于印发《青湾市乡村旅游提质增效三年行动实施方案》的通知\n"
           "青文旅发〔2022〕18号\n各区县文化旅游主管部门：\n现将实施方案印发给你们，请认真组织实施。\n青湾市文化广电旅游局\n2022年4月6日")
    lines = clean(raw).text.split("\n")
    assert lines[:2] == ["青湾市文化广电旅游局文件", "青湾市文化广电旅游局关于印发《青湾市乡村旅游提质增效三年行动实施方案》的通知"]


# --- the adversarial read's documents (tests/data/r56_adversarial) ---------------------------------

_ADVERSARIAL = Path(__file__).parent / "data" / "r56_adversarial"


def _adversarial(name: str) -> str:
    return (_ADVERSARIAL / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["d01_tasks.txt", "d02_funds.txt", "d03_reg.txt", "d04_qa.txt", "d06_plan_deadline.txt"])
def test_sentences_parallel_items_share_are_no_copies(name):
    assert _dup(clean(_adversarial(name)).findings) == []


@pytest.mark.parametrize("name", ["n01_sishi.txt", "n02_sanyi.txt", "n05_sanwu.txt", "n06_liuan.txt", "n11_shisiwu.txt",
                                  "n17_erweima.txt", "n09_bullet_detail.txt", "n20_bullet_sub.txt"])
def test_a_line_opening_on_a_numeral_word_or_a_bullet_in_a_gap_keeps_its_words(name):
    raw = _adversarial(name)
    words = [line for line in raw.split("\n") if _NUMERAL_WORD_OR_BULLET.match(line)]
    out = clean_restorable(raw).text.split("\n")
    assert words and all(line in out for line in words)


_NUMERAL_WORD_OR_BULLET = re.compile("^(?:[二三四五六七八九十]\\w|[\u25c6\u25a0\u25cf])")


@pytest.mark.parametrize("name", ["s01_title_wide.txt", "s05_stray_prose.txt"])
def test_wide_gaps_in_a_title_a_heading_or_prose_are_made_single(name):
    out = clean(_adversarial(name)).text
    assert "  " not in out and "\u3000\u3000" not in out


def test_references_keep_their_closing_stop():
    refs = [line for line in clean(_adversarial("p01_refs.txt")).text.split("\n") if line.startswith("[")]
    assert len(refs) >= 3 and all(line.endswith(".") for line in refs)
