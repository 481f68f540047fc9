"""Round 41: counts that lost their measure word in shapes the clause alone shows, and a sentence
pasted into another paragraph told from its original by its neighbours.

Measured on 1.4 million characters of clean reports (the wild reference reports and pages, the
31 provincial reports of 2026, the seeds, the TUNE base documents): a whole figure of two digits
closing a clause right after Han text, a bound between a figure and a noun (10以上企业), and a
figure of one or two digits right before a word stand nowhere but in enumerations and names. A
full sentence of fourteen characters or more stands twice in one document only where a 罚则
article repeats it on purpose; a pasted copy shares no words with the sentences around it.
"""
from __future__ import annotations

import pytest

from cleaner.pipeline import clean
from cleaner.rules.figure import flag_missing_measure_words


def _flagged(text: str) -> list[str]:
    return [text[f.start:f.end] for f in flag_missing_measure_words(text)]


@pytest.mark.parametrize("text, figure", [
    ("今年招募留用银龄人才5494。", "5494"),            # a whole figure closes the clause after its noun
    ("全市日均新增科技企业超过320。", "320"),            # past a link word (超过) to the subject
    ("机场增至28，铁路运营里程达9200公里。", "28"),
    ("力争外贸实绩企业突破9500。", "9500"),
    ("新建“爱心驿站”1000。", "1000"),                    # the thing counted is a quoted name
])
def test_whole_figure_closing_its_clause_is_flagged(text, figure):
    assert any(span.startswith(figure) for span in _flagged(text))


@pytest.mark.parametrize("text", [
    "全市空气质量综合指数稳定在105，",    # the subject is a value
    "全省排名提高12，位居前列。",
    "全市平均成绩512，",
    "考核得分为92，",
    "重污染天数控制在5以内。",
    "占比分别提高15、22个百分点。",      # figures sharing the measure word of the last
    "开展“川字号”优品100、“天府粮仓”行动。",
    "全年完成投资33。9亿元，同比增长12.5%。",  # a point typed as 。 is another rule's
])
def test_values_and_enumerations_stay_silent(text):
    assert _flagged(text) == []


@pytest.mark.parametrize("text, span", [
    ("新建10以上省级质量基础设施。", "10以上"),  # a counting verb opens the clause
    ("与8东盟国家开展合作。", "8东盟国家"),
    ("与54国家和地区开展科技合作。", "54国家和地"),   # 国 opens 国家, not a terse count of 国
    ("办好15市级重点民生实事。", "15市级重点"),
])
def test_figure_right_before_a_word_is_flagged(text, span):
    assert span in _flagged(text)


@pytest.mark.parametrize("text", [
    "年龄在60以上的人员优先。",      # an age is a value
    "招聘对象年龄一般不超过35，",
    "学生掌握20以内加减法。",         # nothing in the clause counts
    "年度考核结果在90以上的为优秀。",
    "定于2024年3月5日上午9\uff1a30召开会议。",  # a time, a score, a formula
    "我市代表队以3\uff1a1战胜对手。",
    "出席东盟与中日韩10\uff0b3领导人会议。",
    "积极参与99公益日活动。",         # names a day
    "地址：西御街3号，邮编610015。",  # codes and addresses
    "地址：市行政中心东楼1218，",
    "电话63215678，分机8021。",
    "上证综指收于3200，",
    "全省88县市全部摘帽。",           # two terse units joined
    "全镇12村居全面完成改造。",
    "开展双11购物节促消费活动。",     # 双11 names a day
    "评出10佳青年。",                 # an idiom's figure
    "昇腾384超节点集群建成投用。",    # three digits before a word: a name's number
    "以20国集团金融峰会为契机。",     # 国 then 集团: a terse count of 国
    "玉树3县5乡受灾。",
    "11县被认定为国家义务教育优质均衡发展县。",
])
def test_names_idioms_and_terse_counts_stay_silent(text):
    assert _flagged(text) == []


_ABOVE = ("国有企业三年改革与脱困目标基本实现。大多数国有大中型骨干企业初步建立现代企业制度，"
          "国有企业改革和重组取得明显进展。")
_BELOW_HEAD = "现代流通和营销方式不断拓展，城乡市场繁荣活跃。"
_BELOW_TAIL = "整顿和规范市场经济秩序取得阶段性成果，食品药品安全专项整治深入开展。"
_PASTED = "国有企业三年改革与脱困目标基本实现。"


def test_sentence_pasted_into_a_later_paragraph_goes():
    raw = f"关于经济工作的报告\n{_ABOVE}\n{_BELOW_HEAD}{_PASTED}{_BELOW_TAIL}\n"
    result = clean(raw)
    assert result.text.count(_PASTED) == 1
    assert f"{_BELOW_HEAD}{_BELOW_TAIL}" in result.text
    assert any(f.rule == "dup.drop_skeleton_copies" and f.action == "remove" and "pasted again" in f.reason
               for f in result.findings)


def test_sentence_pasted_into_an_earlier_paragraph_goes_from_there():
    raw = f"关于经济工作的报告\n{_BELOW_HEAD}{_PASTED}{_BELOW_TAIL}\n{_ABOVE}\n"
    result = clean(raw)
    assert result.text.count(_PASTED) == 1
    assert result.text.split("\n")[2] == _ABOVE  # the original stays where its neighbours are
    assert any("pasted in above" in f.reason for f in result.findings)


def test_a_sentence_an_article_repeats_on_purpose_is_only_flagged():
    rule = "对直接负责的主管人员和其他直接责任人员，依法给予处分。"
    raw = ("医疗机构管理办法\n医疗机构未按规定报送数据的，由卫生健康行政部门责令改正。" + rule + "\n"
           "医疗机构隐瞒、谎报信息的，由卫生健康行政部门予以通报批评。" + rule + "\n")
    result = clean(raw)
    assert result.text.count(rule) == 2
    assert any(f.rule == "dup.drop_skeleton_copies" and f.action == "flag" for f in result.findings)
