"""Round 30: outline markers damaged in the shapes the numbering fuzz found left alone
(eval/fuzz_numbering.py, TUNE base documents, every marker crossed with every kind of damage).

A doubled opening bracket or 第, a marker spaced out character by character, a "." that lost its
digit, a bracket lost before a year, a digit glued to its item in a two-item list, and a bare
numeral heading next to a paragraph opening 一年来. Each repair asks for the sibling that vouches
for the number; the look-alikes beside each stay. Every case runs the whole pipeline."""
import pytest

from cleaner.pipeline import clean

_NOTICE = ("江岭市生态环境局2022年大气污染防治工作要点\n"
           "一、工作目标\n全市细颗粒物平均浓度控制在32微克每立方米以内。\n"
           "二、重点任务\n"
           "（一）深入推进产业结构调整。\n"
           "1.严格项目准入。\n新建项目一律执行大气污染物特别排放限值。\n"
           "2.推进重点行业深度治理。\n完成钢铁企业超低排放改造3家。\n"
           "（二）持续优化能源结构。\n"
           "1.推进清洁取暖改造，全年完成农村地区清洁取暖改造1.8万户。\n"
           "2.严格控制煤炭消费总量，煤炭消费量较上年下降3%。\n"
           "（三）加快交通运输结构调整。\n1.推进大宗货物运输公转铁。\n2.推广新能源公交车。\n3.淘汰老旧营运车辆。\n"
           "（四）强化面源污染治理。\n"
           "三、保障措施\n各区县人民政府是本行政区域大气污染防治工作的责任主体。\n"
           "江岭市生态环境局\n2022年3月1日")


def _damaged(good: str, bad: str) -> str:
    assert _NOTICE.count(good) == 1
    return _NOTICE.replace(good, bad)


def _numbering(text: str):
    return [f for f in clean(text).findings if f.rule.startswith("numbering")]


@pytest.mark.parametrize("good, bad", [
    ("（三）加快", "（（三）加快"),                    # an IME's doubled bracket
    ("2.推广新能源", ".推广新能源"),                   # the digit lost, the period left: 1. above, 3. below
    ("1.严格项目", "．严格项目"),                      # the same, full-width, first of its list (2. close below)
    ("2.推进重点", "2 .推进重点"),                     # spaced out by a PDF's text layer
    ("2.推进重点", "2推进重点"),                       # the last of a two-item list lost its period: a heading
    # a sentence with a clause in it, one sibling: the document's other lists vouch for the point (round 32)
    ("2.严格控制", "2严格控制"),
])
def test_a_damaged_marker_is_repaired_where_its_sibling_vouches(good, bad):
    assert clean(_damaged(good, bad)).text == clean(_NOTICE).text


@pytest.mark.parametrize("good, bad", [
    ("2.推进重点", ".推进重点"),        # last of its list: nothing below vouches for the number
])
def test_a_marker_only_one_sibling_might_vouch_for_is_left(good, bad):
    assert any(line.startswith(bad) for line in clean(_damaged(good, bad)).text.split("\n"))


@pytest.mark.parametrize("lines", [
    "．全面落实降费政策。\n．加快发放稳岗返还资金。",          # a bullet list of its own between 1. and 2.
    "．其中，市级财政安排1.2亿元。",                          # a lone note
    "1对1结对帮扶全面落实。",                                  # a set phrase, not an item
    "（（2023）江行复字第126号）决定书已送达。",               # a bracket opened before a case number
    "（（一）项所列事项另行研究。）",                          # a cited item inside an aside
])
def test_look_alikes_of_the_repaired_shapes_stay_and_raise_no_flag(lines):
    text = _NOTICE.replace("1.严格项目准入。\n", "1.严格项目准入。\n" + lines + "\n")
    cleaned = clean(text)
    assert lines in cleaned.text
    assert _numbering(text) == []


def test_the_undamaged_notice_has_no_numbering_finding():
    assert _numbering(_NOTICE) == []


_RULES = ("江岭市医疗机构依法执业自查办法\n第一章\u3000总则\n"
          "第一条\u3000为规范医疗机构依法执业自查工作，制定本办法。\n"
          "第二条\u3000本办法适用于本市行政区域内的各级各类医疗机构。\n"
          "第二章\u3000自查内容\n"
          "第三条\u3000医疗机构应当对执业资质进行自查。\n"
          "第四条\u3000医疗机构依法执业自查主要包括以下内容：\n（一）执业许可情况；\n（二）人员资质情况。\n"
          "第三章\u3000附则\n第五条\u3000本办法自2021年10月1日起施行。")


@pytest.mark.parametrize("good, bad", [
    ("第四条\u3000医疗", "第 四 条\u3000医疗"),
    ("第二章\u3000自查", "第 二 章\u3000自查"),
    ("第五条\u3000本办法", "第第五条\u3000本办法"),
    ("（一）执业", "（（一）执业"),
])
def test_a_spaced_or_doubled_article_marker_is_repaired(good, bad):
    assert clean(_RULES.replace(good, bad)).text == clean(_RULES).text


_REPORT = ("政府工作报告\n一、过去一年工作回顾\n一年来，我们主要做了以下几方面工作。\n"
           "二、今年工作总体部署\n今年经济社会发展的主要预期目标是：国内生产总值增长8%左右。\n"
           "三、加强行政能力建设和政风建设\n一年来，我们在贯彻实施行政许可法方面取得新进展。\n"
           "四、坚持和平发展道路\n一年来，我们积极开展全方位外交。")


def test_a_bare_numeral_heading_is_repaired_beside_a_paragraph_opening_yinianlai():
    damaged = _REPORT.replace("三、加强", "三加强")
    assert clean(damaged).text == clean(_REPORT).text


@pytest.mark.parametrize("line", [
    "2号楼和3号楼外立面改造同步推进。",      # a count, not an item
    "2022年完成治理任务。",                    # a year
    "5G基站建设加快推进。",                    # a name with a digit
])
def test_a_line_opening_with_a_figure_after_a_one_item_list_stays(line):
    text = _NOTICE.replace("（三）加快交通运输结构调整。\n", f"（三）加快交通运输结构调整。\n1.推进公转铁。\n{line}\n")
    assert line in clean(text).text.split("\n")


def test_a_sentence_opening_with_er_shou_is_no_marker():
    text = _REPORT.replace("一年来，我们在贯彻", "二手车交易市场持续活跃，一年来，我们在贯彻")
    assert clean(text).text == text.replace("国内生产总值增长8%左右。", "国内生产总值增长8%左右。")


# ---- a cut teaser of the paragraph under it, marker and all ---------------------------------

_SUMMARY = ("江岭市卫生健康委员会2021年工作总结\n"
            "一、主要工作成效\n"
            "（四）推进紧密型县域医共体建设。在3个县（市）全面推开医共体“人财物”统一管理，县域内就诊率达到91%。\n"
            "（五）深化公立医院综合改革。落实《关于加强公立医院运营管理的指导意见》，开展公立医院绩效考核，"
            "二级以上公立医院全面建立总会计师制度。\n"
            "（六）完善分级诊疗制度。全年组建家庭医生签约服务团队320个，重点人群签约覆盖率达到76%。\n"
            "江岭市卫生健康委员会\n2022年1月10日")


@pytest.mark.parametrize("teaser", [
    "（五）深化公立医院综合改革。落实《关于加……",
    "（五）深化公立医院综合改革。落实《关于加...",
])
def test_a_cut_teaser_with_the_paragraphs_marker_goes_and_the_outline_stays(teaser):
    damaged = _SUMMARY.replace("（五）深化", teaser + "\n（五）深化")
    cleaned = clean(damaged)
    assert cleaned.text == clean(_SUMMARY).text  # the items after it keep their numbers
    assert any(f.rule.startswith("dup") and f.action == "remove" for f in cleaned.findings)


@pytest.mark.parametrize("above, below", [
    # a question whose blank the next line fills
    ("1.城乡居民基本医疗保险实行个人缴费和政府补助相结合的筹资方式，个人缴费标准为每人每年……",
     "1.城乡居民基本医疗保险实行个人缴费和政府补助相结合的筹资方式，个人缴费标准为每人每年380元。"),
    ("1.灵活就业人员可以按规定参加职工基本医疗保险，也可以选择参加……",
     "1.灵活就业人员可以按规定参加职工基本医疗保险，也可以选择参加城乡居民基本医疗保险。"),
    # an article cited in part before its new wording
    ("第九条　申请公共租赁住房的家庭，应当同时符合下列条件……",
     "第九条　申请公共租赁住房的家庭，应当同时符合下列条件：具有本市市区城镇户籍满一年；在本市市区无自有住房。"),
])
def test_a_line_the_next_one_completes_on_purpose_stays(above, below):
    text = f"江岭市医疗保障知识问答\n{above}\n{below}\n江岭市医疗保障局\n2024年3月1日"
    assert above.rstrip(".…") in clean(text).text.split("\n")[1]


# ---- a count set after its noun that closes its clause bare --------------------------------

def _figure_flags(text):
    return [text[f.start:f.end] for f in clean(text).findings if f.rule.startswith("figure") and f.action == "flag"]


@pytest.mark.parametrize("sentence, figure", [
    ("全年新增资质等级建筑企业23。", "23"),
    ("组织业务培训4期，培训执法人员300。", "300"),
])
def test_a_bare_count_closing_its_clause_after_a_counted_noun_is_flagged(sentence, figure):
    text = f"南湖区市场监督管理局2023年工作总结\n一、主要工作\n{sentence}\n南湖区市场监督管理局\n2023年12月20日"
    assert figure in _figure_flags(text)


@pytest.mark.parametrize("sentence", [
    "全区新增企业户数1200。",                  # 户数 names the count
    "组织开展考核，参评单位综合得分92。",        # a score
    "到2025，全市新增建筑企业达到较高水平。",    # a year
    "拨打服务热线12345。",                       # a hotline
    "组建社区110，服务居民。",                   # a service named by its number
    "全线划分施工标段6个。今年完成一期工程标段2，二期工程全面开工。",   # a section's number
    "新增限额以上商贸企业（单位：家）：新增限上批发企业26，新增限上零售企业31。",  # declared once
])
def test_a_figure_that_names_its_own_count_raises_no_flag(sentence):
    text = f"南湖区市场监督管理局2023年工作总结\n一、主要工作\n{sentence}\n南湖区市场监督管理局\n2023年12月20日"
    assert _figure_flags(text) == []


# ---- a bracket half typed in the other width -----------------------------------------------

def _punct(line):
    return clean(f"江岭市教育局2024年工作要点\n{line}\n江岭市教育局\n2024年2月1日").text.split("\n")[1]


def test_a_bracket_typed_half_in_ascii_is_widened_with_its_other_half():
    assert _punct("(1）严禁新增钢铁、焦化产能。") == "（1）严禁新增钢铁、焦化产能。"
