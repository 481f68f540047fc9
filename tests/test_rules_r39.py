"""Round 39: years the clause's tense contradicts, read against the document's own date.

A work summary dated 2022 reports "2032年9月，已培训…" or strives "力争2012年底前完成…": a digit of
the year slipped (a key, a transposition). The year alone is no evidence (plans look ahead,
summaries back); a year beside a word of tense pointing the other way, two years or more beyond
the document's dates, is. Flag, never fix: which year was meant is not in the text.
"""
from __future__ import annotations

import pytest

from cleaner.pipeline import clean

_RULE = "figure.flag_years_against_tense"


def _summary(sentence: str, signed: str = "2022年7月10日") -> str:
    return "\n".join([
        "江岭市医疗保障局2022年上半年工作总结", "今年以来，市医保局坚持以人民健康为中心，扎实推进各项重点工作。",
        "一、巩固提升全民参保质量", f"全市基本医疗保险参保人数达到86.2万人，参保率稳定在95%以上。{sentence}",
        "二、深化医保支付方式改革", "全面推行按疾病诊断相关分组付费，覆盖全市28家定点医疗机构。",
        "江岭市医疗保障局", signed])


def _flags(text: str) -> list[str]:
    return [f.before for f in clean(text).findings if f.rule == _RULE]


@pytest.mark.parametrize("sentence, flagged", [
    ("2032年9月，已培训医保经办人员101名。", "2032年9月，已"),
    ("截至2032年5月底，已建成农村物流服务站点98个。", "2032年5月底，已"),
    ("力争2012年底前新开工保障性租赁住房399套。", "力争2012年底前"),
    ("确保2002年6月底前完成全部抽检任务。", "确保2002年6月底前"),
])
def test_a_year_against_its_tense_is_flagged(sentence, flagged):
    text = _summary(sentence)
    assert _flags(text) == [flagged]
    assert sentence in clean(text).text  # flag only: the year stays as written


@pytest.mark.parametrize("sentence", [
    "到2035年，已基本实现医疗保障现代化。",  # a plan's horizon
    "2023年1月，已完成年度结算清算。",  # a month after the signature: not two years
    "原计划2019年底前完成的信息系统建设已全部完成。",  # the old plan, quoted
    "2017年，我市提出力争2018年底前完成改造。",  # a summary telling the old plan
    "力争2024年底前实现全市统筹。",  # a target ahead
    "2020年以来，累计追回医保基金1200万元。",  # since a year before
    "2032年9月，预计将完成系统升级。",  # no word of done
    "2030年，已建成的燃煤电厂全部完成超低排放改造。",  # 已建成的 names things; no month: a horizon
    "我市规划提出，力争2020年底前实现全部脱贫，这一目标已如期实现。",  # a target of then, met
    "该项目计划2020年建成投用，受疫情影响实际于2021年6月完工。",
])
def test_consistent_years_stay_silent(sentence):
    assert _flags(_summary(sentence)) == []


def test_without_a_date_the_rule_is_silent():
    text = _summary("2032年9月，已培训医保经办人员101名。", signed="").rstrip("\n")
    text = text.replace("2022年上半年", "上半年")
    assert _flags(text) == []


# --- figures their own sentence contradicts (cleaner/figurelogic.py) ------------------------------

def _figure_flags(sentence: str) -> list[str]:
    return [f.before for f in clean(_summary(sentence)).findings if f.rule == "figure.flag_figure_slips"]


@pytest.mark.parametrize("sentence, flagged", [
    ("全县受理医保投诉举报673件，其中按时办结655件，办结率为93%。", "办结率为93%"),
    ("全市检测营运车辆878辆，检测合格744辆，合格率达到98.7%。", "合格率达到98.7%"),
    ("2023年全区检查定点医药机构1083家，比2024年同期下降13.1%。", "2023年全区检查定点医药机构1083家，比2024年同期下降"),
    ("与2024年相比，2022年全县医保经办服务满意度提高2.8个百分点。", "与2024年相比，2022年全县医保经办服务满意度提高"),
    ("研究制定医保信息化三年行动方案（2024—2022年）。", "2024—2022年"),
    ("门诊慢特病年度支付限额最低9200元、最高4700元。", "最低9200元、最高4700元"),
    ("定点医疗机构住院费用报销比例控制在90%至69%之间。", "90%至69%之间"),
    ("医保服务窗口日均受理业务109件，单日受理最多73件。", "日均受理业务109件，单日受理最多73件"),
    ("全县住院患者次均费用9128万元。", "次均费用9128万元"),
    ("全县医保定点药店达到39家，较上年提高2.5个百分点。", "39家，较上年提高2.5个百分点"),
    ("全县医保欺诈投诉量较上年下降3倍。", "下降3倍"),
    ("全县十三成以上的村卫生室实现医保即时结算。", "十三成"),
])
def test_a_figure_its_sentence_contradicts_is_flagged(sentence, flagged):
    assert flagged in _figure_flags(sentence)


@pytest.mark.parametrize("sentence", [
    "全县受理医保投诉举报738件，其中按时办结615件，按时办结率为83.3%。",  # 615/738 = 83.3%
    "抽检药品3023批次，合格2833批次，合格率达到94%。",  # 93.7% written as 94%
    "2023年全县参保人数较2022年增长2.1%。",
    "从2019年的62万人增加到2023年的86万人。",
    "支付限额最低150元、最高600元，报销比例为69%至90%。",
    "各级医疗机构报销比例依次为90%至70%，起付标准由低到高。",  # a list by grade runs downwards
    "固定资产投资最低5000万元，最高奖励500万元。",  # two other things bounded
    "医保服务窗口日均受理业务73件，单日受理最多109件。",
    "户均投入3.9万元，人均筹资标准达到1020元。",
    "参保率较上年提高1.2个百分点，个人账户资金增长8%。",
    "八成以上的村卫生室实现医保即时结算，基金结余增长2倍。",
    "受理诉求5362件，办结5213件，按期办结率98.6%。",  # 按期办结 is not 办结: another base
    "回访3000人次，满意2850人次，基本满意120人次，满意率99%。",
    "2020年开通的医保服务热线，今年受理量比2021年增长35%。",  # the first year dates the subject
    "全县住院人次从2020年的1.2万人次恢复到2019年同期的96%。",
    "对企业和个人均可给予最高1000万元奖励，十一成为消费高峰。",
])
def test_figures_that_hold_stay_silent(sentence):
    assert _figure_flags(sentence) == []


# --- repeats in new shapes (cleaner/dupwindows.py, dupspans.heading_opening, dupnear "led") -------

def _dup_findings(text: str) -> list[tuple[str, str, str]]:
    return [(f.rule, f.action, f.before) for f in clean(text).findings if f.rule.startswith("dup.")]


def _report(*body: str) -> str:
    return "\n".join(["南湖区市场监督管理局2023年上半年工作总结", *body, "南湖区市场监督管理局", "2023年7月10日"])


_PARAGRAPH = "今年以来，区市场监管局坚持以服务高质量发展为主线，围绕优化营商环境、守牢安全底线、维护市场秩序等重点工作，扎实推进各项任务落实，上半年工作总体平稳有序。"
_REFLOWED = ("今年以来，区市场监管局坚持以服务高质量发展为主线，围绕优化营商环境、守牢安全底线、维护市场秩序等重点工作，扎实推进各项任务落实，"
             "境、守牢安全底线、维护市场秩序等重点工作，扎实推进各项任务落实，上半年工作总体平稳有序。")


def test_a_window_written_twice_in_a_row_goes_once():
    raw = _report(_REFLOWED, "一、优化营商环境", "全面推行企业开办“一网通办”，企业开办时间压缩至1个工作日以内。")
    assert clean(raw).text == clean(_report(_PARAGRAPH, "一、优化营商环境", "全面推行企业开办“一网通办”，企业开办时间压缩至1个工作日以内。")).text
    assert [r for r, a, _ in _dup_findings(raw)] == ["dup.drop_doubled_windows"]


@pytest.mark.parametrize("line", [
    "齐声高喊加油加油加油加油加油加油，全场沸腾。",  # a chant: one unit over and over
    "全市新增就业1.2万人，全市新增就业1.3万人。",  # parallel, not a copy
    "序号　　项目名称　　实施地点　　序号　　项目名称　　实施地点",  # a row of cells
])
def test_doubled_windows_leave_chants_parallels_and_cells(line):
    assert [r for r, _, _ in _dup_findings(_report(_PARAGRAPH, line)) if r == "dup.drop_doubled_windows"] == []


@pytest.mark.parametrize("heading, glued, kept", [
    ("三、2021年工作计划", "三、2021年工作计划（一）加快推进城市更新。计划实施老旧小区改造项目40个。", "（一）加快推进城市更新。"),
    ("四、下半年工作打算", "四、下半年工作打算　（一）持续优化营商环境，力争全年新增市场主体9000户以上。", "（一）持续优化营商环境"),
    ("一、2020年工作完成情况", "2020年工作完成情况（一）城市更新有序推进。全年实施老旧小区改造项目36个。", "（一）城市更新有序推进。"),
])
def test_a_heading_glued_again_to_its_body_goes(heading, glued, kept):
    out = clean(_report(_PARAGRAPH, heading, glued)).text
    assert f"{heading}\n{kept}" in out


def test_a_heading_echoed_as_the_paragraphs_subject_stays():
    text = _report(_PARAGRAPH, "（五）大力实施科教兴国战略", "大力实施科教兴国战略，必须坚持不懈、久久为功。")
    assert "大力实施科教兴国战略，必须坚持不懈" in clean(text).text
    assert _dup_findings(text) == []


def test_a_sentence_pasted_again_behind_a_connector_is_flagged():
    text = _report(_PARAGRAPH + "全面总结整治成效，建立健全长效机制。同时，全面总结整治成效，建立健全长效机制。")
    found = _dup_findings(text)
    assert [(r, a) for r, a, _ in found] == [("dup.drop_near_copies", "flag")]
    assert clean(text).text.count("建立健全长效机制") == 2  # flagged, not removed


def test_a_connector_before_another_sentence_stays_silent():
    text = _report(_PARAGRAPH + "市级财政安排专项资金400万元，用于支持重点项目建设。同时，县级财政安排配套资金250万元，用于支持重点项目建设。")
    assert _dup_findings(text) == []


# --- a bare numeral standing in for one lost marker (cleaner/markerstandins.py) --------------------

def _notice(*body: str) -> str:
    return "\n".join(["江岭市水利局关于做好防汛工作的通知", "各县（市、区）水利局：", "一、总体要求", *body,
                      "二、工作要求", "（一）及时报送信息。各地要每日报送汛情。", "江岭市水利局", "2021年4月20日"])


@pytest.mark.parametrize("stand_in", ["二\u3000"])
def test_a_bare_numeral_between_two_siblings_becomes_the_lost_marker(stand_in):
    raw = _notice("（一）加强组织领导。各单位要高度重视。", f"{stand_in}压实工作责任。各单位主要负责人为第一责任人。",
                  "（三）强化督导检查。市局将组织督导。")
    out = clean(raw).text
    assert "（二）压实工作责任。" in out and "（三）强化督导检查。" in out  # not renumbered as a skip


@pytest.mark.parametrize("lines_between", [
    ("●\u3000由各单位主要负责人负责落实。",),  # a lone bullet: as often the item's own detail
    ("●\u3000压实工作责任。", "●\u3000强化督导检查。"),  # a bullet list
    ("五年来，成效明显，群众满意。",),  # a numeral glued to words is prose
    ("二\u3000县城污水处理厂\u30001200万元",),  # a table row
    ("二\u3000压实工作责任。", "2、各单位主要负责人为第一责任人。"),  # the item is there in another shape
])
def test_bullets_tables_and_prose_stay(lines_between):
    raw = _notice("（一）加强组织领导。各单位要高度重视：", *lines_between, "（三）强化督导检查。市局将组织督导。")
    assert not [f for f in clean(raw).findings if "stands where" in f.reason]


# --- a list quoted line by line is one quotation (quote.flag_unbalanced) -----------------------

def test_a_list_quoted_line_by_line_is_not_flagged():
    text = _notice("（一）加强组织领导。文件明确了三项具体要求：", "“1.明确整改时限；", "2.建立问题清单；", "3.定期通报进展。”",
                   "（二）强化督导检查。市局将组织督导。")
    assert [f for f in clean(text).findings if f.rule == "quote.flag_unbalanced"] == []


def test_an_opening_quote_never_closed_is_still_flagged():
    text = _notice("（一）加强组织领导。文件明确了三项具体要求：", "“1.明确整改时限；", "2.建立问题清单；", "3.定期通报进展。",
                   "（二）强化督导检查。市局将组织督导。")
    assert [f.before for f in clean(text).findings if f.rule == "quote.flag_unbalanced"] == ["\u201c"]


# --- a date glued to its time, read two ways (dateslips.glued_times) -----------------------------

def test_a_day_glued_to_its_time_two_ways_is_flagged_one_way_repaired():
    two = clean(_notice("（一）定于2023年7月219:30在局三楼会议室召开工作推进会。")).findings
    assert [f.reason for f in two if f.rule == "date.flag_date_slips"] == [
        "2023年7月219:30 reads as 2日19:30 or 21日9:30: the 日 between day and time is lost"]
    one = clean(_notice("（一）定于2021年3月2914:30在局三楼会议室召开工作推进会。")).text
    assert "2021年3月29日14:30" in one
