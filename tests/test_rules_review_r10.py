"""Round 10's adversarial review: real-shaped government documents on which a round-10 rule
removed or changed real content. Each must keep the text named here (tests/data/review_r10/).

The documents are whole, run through the whole pipeline.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.pipeline import clean

DATA = Path(__file__).parent / "data" / "review_r10"


def _clean(name: str) -> str:
    return clean((DATA / f"{name}.txt").read_text(encoding="utf-8"), name).text


KEPT = [
    # chrome (uirows.dialog "share dialog"): a notice's own sentence about scanning and sharing
    ("share_close", "欢迎广大市民扫码报名，并将活动信息分享给亲朋好友。"),
    ("share_item", "三、参赛方式：扫描下方二维码进入答题页面，答题完成后可将成绩分享至朋友圈。"),
    ("share_patient", "患者可通过扫一扫二维码完成挂号，并将挂号信息分享给好友。"),
    # chrome (uirows.dialog "dialog with its buttons"): a form's question and its options (放弃 among them)
    ("dialog_form", "您是否同意调剂岗位？ 同意 放弃"),
    ("dialog_insurance", "您是否继续参加城乡居民医保？ 继续参保 放弃参保"),
    # chrome (uirows.site_banner "site name in two languages"): a bilingual title is the document's
    ("bilingual_title", "江岭市外商投资指南 Jiangling Investment Guide"),
    ("bilingual_event", "第三届江岭国际马拉松 Jiangling International Marathon"),
    # metadata (labelpairs.bare_label, edge label 来源): the last row of the notice's own table
    ("fund_source", "来源\n江岭市财政局"),
    # ads (adcontacts._GLUED_CHANNEL): 扣 / 徽 ending a word before an amount or a code
    ("ads_deduct", "从履约保证金中扣100000元作为违约金"),
    ("ads_province_code", "资质认定证书编号：安徽202412345678。"),
    # metadata (labelpairs._BULLET dash + labels._split_trailing_date): a data source note inside the body
    ("dash_source", "——来源：江岭市统计局 2024年1月20日"),
    # dup (dupcues.one_slip): parallel sentences that differ in one meaningful character
    ("slip_trade", "今年一季度全市进口总额实现较快增长，增速高于全省平均水平。"),
    ("slip_rank", "市级领导班子副职由市委组织部负责年度考核。"),
    ("slip_contract", "合同生效后，乙方应当在十个工作日内向对方书面确认。"),
    ("slip_sex", "凡年满十八周岁的女性公民均应按时参加兵役登记。"),
    # date (datelocale.yearless): room / building numbers and fractions after 从/自 … 起
    ("room_numbers", "房间编号从1-1起依次编排"),
    ("fraction_from", "个人自付比例从1/3起逐年下降"),
    ("building_numbers", "楼栋自1-2起编号，单元号从2-1起编号"),
    # date (datelocale.glued_runs): a serial number after 自 … 起 is no glued date
    ("serial_from", "编号自2024101起按顺序编制"),
    # date (repair_compacted_dates after a date word): a count after 从 + year (万人 shared) is no date
    ("population_from", "从2023年312，减少至2024年309万人"),
    # numbering (outline _STROKES): words that open a line with 、 are no stroke-damaged numerals
    ("stroke_big", "大、中型水库要落实安全度汛责任制"),
    ("stroke_people", "人、财、物等要素要优先向基层倾斜"),
    ("stroke_wang", "王、李两位副市长分别牵头负责相关工作。"),
    ("stroke_cadre", "干、群关系是检验作风建设成效的重要标尺"),
    ("stroke_entry", "入、出境人员查验时间压缩至30秒以内"),
    # numbering (outlinewalk._ones_run): one-item lists under unnumbered case headings are no 1. 1. 1. list
    ("ones_cases", "案件二：江岭市某超市销售过期食品案\n1.处罚结果"),
    ("ones_cases", "案件三：江岭市某药店未凭处方销售处方药案\n1.处罚结果"),
]


@pytest.mark.parametrize("name,kept", KEPT)
def test_real_content_is_kept(name: str, kept: str) -> None:
    # the space family may close a space between Han characters: compare without spaces
    assert kept.replace(" ", "") in _clean(name).replace(" ", "")


def test_an_organisation_and_a_date_above_the_title_do_not_crash() -> None:
    # metadata.find_title: list_card_above and the site-name rule both drop the organisation line
    # ("edits 0:8 and 0:8 overlap"); the pipeline must run and keep the title
    assert "江岭市人民政府关于表彰2023年度优秀企业的决定" in _clean("card_crash")
