"""Round 32: the first or last item of a 1. list in another style, and a count closing a clause bare.

The numbering fuzzer (eval/fuzz_numbering.py) found the first and the last item of a list of "1."
markers left as damaged when only one sibling stands next to them ("1、" or a bare "1" or "1．"
opening a list that goes on "2.", "2、" closing a two-item list): the repair of a marker between
two siblings had no second one to confirm it. The document's other lists give the evidence: every
other "N." marker uses one point, in more lists than the item's own. The adversarial read's
look-alikes (a wrapped line opening with a count, "…选择\\n3县开展试点"; a table's rows pasted with
their cells joined; "3、" that can be the next section as much as a third item) stay as written.

The figure fuzzer (eval/fuzz_figure.py) found counts closing their clause bare after the thing a
verb counts ("开展安全生产检查不少于1000。"); they are flagged when a second cue agrees. The
adversarial read's look-alikes (scores, ranks, bounds, phone numbers, a caption declaring the unit)
raised 8 flags of the measure-word rule before, 3 after.

The ads fuzzer (eval/fuzz_ads.py) found bracketed ads with one cue kept (雨污分〔代写个人总结，满意再
付款!〕流改造). A bracket that cuts a word (the characters around it make a pair government text
writes often, cleaner/data/han_pairs.tsv) and whose words are foreign to the document takes one
ad-only cue; the adversarial read's 70 asides (which close after the word they explain) stay.
Every case runs the whole pipeline."""
from pathlib import Path

import pytest

from cleaner.pipeline import clean

_NOTICE = ("关于印发《优化营商环境工作方案》的通知\n"
           "各乡镇人民政府，县直各单位：\n"
           "现将《优化营商环境工作方案》印发给你们，请结合实际认真贯彻落实。\n"
           "一、总体要求\n"
           "（一）工作目标\n"
           "1.到2025年底，全县营商环境明显改善，市场主体活力进一步激发。\n"
           "2.政务服务事项网上可办率达到95%以上。\n"
           "3.企业开办时间压缩至1个工作日以内。\n"
           "二、重点任务\n"
           "（一）深化“放管服”改革\n"
           "1.全面推行证照分离改革，实现涉企经营许可事项全覆盖。\n"
           "2.推进“一件事一次办”集成服务改革。\n"
           "3.优化工程建设项目审批流程，压缩审批时限。\n"
           "（二）提升政务服务效能\n"
           "1.推进政务服务标准化、规范化、便利化。\n"
           "2.加快一体化政务服务平台建设。\n"
           "三、保障措施\n"
           "（一）加强组织领导\n"
           "1.成立工作专班，由分管副县长任组长，统筹推进各项工作。\n"
           "2.各成员单位明确一名联络员，负责日常联络。\n"
           "（二）强化督查考核\n"
           "1.将工作落实情况纳入年度绩效考核。\n"
           "2.对工作推进不力的单位进行通报批评。\n"
           "\n"
           "某某县人民政府办公室\n"
           "2024年3月15日")


def _damaged(good: str, bad: str) -> str:
    assert _NOTICE.count(good) == 1, good
    return _NOTICE.replace(good, bad)


@pytest.mark.parametrize("good, bad", [
    ("1.全面推行证照分离", "1、全面推行证照分离"),  # first of its list, 、 for the point
    ("1.全面推行证照分离", "1全面推行证照分离"),  # first, its point lost
    ("1.全面推行证照分离", "１、全面推行证照分离"),  # first, a wide digit and 、
    ("1.全面推行证照分离", "1，全面推行证照分离"),  # first, a comma for the point
    ("1.全面推行证照分离", "1．全面推行证照分离"),  # first, the point in full width
    ("3.优化工程建设", "3、优化工程建设"),  # last of its list
    ("3.优化工程建设", "3优化工程建设"),  # last, its point lost
    ("3.优化工程建设", "3．优化工程建设"),  # last, the point in full width
    ("2.加快一体化", "2、加快一体化"),  # the last of a two-item list
])
def test_first_or_last_item_takes_the_documents_point(good, bad):
    assert clean(_damaged(good, bad)).text == clean(_NOTICE).text


@pytest.mark.parametrize("good, look_alike", [
    # a wrapped line that opens with a count of places, after a line stopping mid-sentence
    ("2.加快一体化政务服务平台建设。", "2.加快一体化政务服务平台建设。今年在全市范围内选择\n3县开展试点，及时总结经验。"),
    ("2.加快一体化政务服务平台建设。", "2.加快一体化政务服务平台建设，按照“先行先试”的思路，\n3县（市、区）率先开展试点。"),
    # a table pasted under the list with its cells joined: the rows keep their bare numbers
    ("2.加快一体化政务服务平台建设。", "2.分县区完成情况\n序号县区名称完成投资（亿元）\n1东城区125.6\n2西城区98.3\n3南山县76.4"),
    # a count, a month after the last item
    ("2.加快一体化政务服务平台建设。", "2.加快一体化政务服务平台建设。\n3名同志获评先进个人。"),
    ("2.加快一体化政务服务平台建设。", "2.加快一体化政务服务平台建设。\n3月底前完成平台上线。"),
])
def test_look_alikes_after_a_list_stay(good, look_alike):
    text = _damaged(good, look_alike)
    found = clean(text).findings
    assert not [f for f in found if f.rule.startswith("numbering") and f.action == "fix"], found


def test_a_third_that_can_be_the_next_section_stays():
    """"3、工作要求" after （二）'s items "1." "2.": the next 三、 as much as a third item."""
    text = ("一、工作内容\n（一）甲\n1.做好甲。\n2.做好乙。\n（二）乙\n1.做好丙。\n2.做好丁。\n"
            "二、工作步骤\n1.动员部署。\n2.排查整治。\n3、工作要求\n各单位要高度重视。")
    assert not [f for f in clean(text).findings if "of its list" in f.reason]


def test_one_list_alone_gives_no_house_style():
    """The document's style must show in another list than the item's own: alone, "1、" and "2."
    are a tie."""
    text = "一、工作步骤\n1、动员部署阶段。各单位制定方案。\n2.排查整治阶段。逐项排查。\n3.总结提升阶段。全面总结。"
    assert "1、动员" in clean(text).text


# ---- a count closing its clause bare, after the thing a verb counts ------------------------------

@pytest.mark.parametrize("sentence", [
    "全年开展安全生产检查不少于1000。",  # a comparator before the figure
    "全年组织执法业务培训不少于12，培训执法人员200人。",
    "新建机场33，新增港口泊位602个。",  # a sibling of the sentence keeps its measure word
])
def test_a_count_closing_its_clause_bare_is_flagged(sentence):
    text = "某某市交通运输局2023年工作总结\n" + sentence + "\n某某市交通运输局\n2024年1月18日"
    at = text.index(sentence)
    flags = [f for f in clean(text).findings if f.rule == "figure.flag_missing_measure_words"]
    assert any(at <= f.start < at + len(sentence) for f in flags), flags


@pytest.mark.parametrize("sentence", [
    "全市中考平均成绩达到512，较上年提高6分。",  # a score: the scope word is no counting verb
    "营商环境综合得分为92，排名全省第3位。",  # a value after a link word
    "进入全省县域经济排名前10，位次前移4位。",
    "选派干部年龄原则上不超过45，具有较强的组织协调能力。",  # an upper bound
    "设立便民服务热线12345，开通企业服务专线8811，累计受理诉求3000件。",  # phone numbers
    "（单位：套）\n云岩区新建公租房360，南明区新建公租房280个。",  # the caption declares the measure word
])
def test_values_names_and_declared_units_raise_no_flag(sentence):
    text = "某某市2023年工作总结\n" + sentence + "\n某某市人民政府\n2024年1月18日"
    assert not [f for f in clean(text).findings if f.rule == "figure.flag_missing_measure_words"]


# ---- a bracket cutting a word, its words foreign to the document ---------------------------------

_REPORT = ("江岭市2023年工作总结\n"
           "今年以来，全市上下深入学习贯彻党的二十大精神，扎实推进各项工作。\n"
           "全面推进雨污分流改造，完成老旧管网改造80公里。\n"
           "营商环境持续优化，全年新设经营主体2.3万户。\n"
           "基层治理水平不断提升，“网格化+”服务覆盖全部村社。\n"
           "深入推进污染防治攻坚，空气质量优良率达到92%。\n"
           "下一步，我们将继续坚持问题导向，狠抓工作落实，推动各项工作再上新台阶。\n"
           "江岭市人民政府\n"
           "2024年1月10日")


@pytest.mark.parametrize("word, ad", [
    ("分流", "〔代写个人总结，满意再付款!〕"),
    ("环境", "【转载请注明出处】"),
    ("治理", "〖公文写作交流群〗"),
    ("攻坚", "（仅供参考，转载请注明出处）"),
])
def test_a_bracket_cutting_a_word_with_one_ad_cue_goes(word, ad):
    assert _REPORT.count(word) == 1
    raw = _REPORT.replace(word, word[0] + ad + word[1])
    assert clean(raw).text == clean(_REPORT).text


@pytest.mark.parametrize("aside", [
    # asides close after the word they explain: the characters around them make no word
    "请考生登录中国人事考试网（网址：www.cpta.com.cn）进行网上报名。",
    "参赛者可参考往届获奖作品（优秀范文见附件2）进行创作，字数不少于800字。",
    "积极吸纳快递员、外卖送餐员加入工会（成为会员后可享受免费体检）进一步扩大工会组织覆盖面。",
    "各单位可参照附件格式（更多模板见省厅网站）规范编制决算说明。",
    "投稿作品一经刊发（稿酬每千字100元）并由编辑部统一结算。",
    # the sentence speaks against ads: the bracket quotes what it fights
    "依法查处以（保证通过、不过退费）为噱头的虚假招生宣传。",
    "部分驾驶培训机构在招生中打出（包过、包拿证）等宣传，误导学员。",
])
def test_an_aside_in_a_clause_stays(aside):
    raw = _REPORT.replace("深入推进污染防治攻坚，空气质量优良率达到92%。\n", "深入推进污染防治攻坚，空气质量优良率达到92%。\n" + aside + "\n")
    assert aside in clean(raw).text


def test_a_last_item_in_another_mark_is_no_repeat_of_the_list():
    """"3、工作要求" after the items "1." "2." "3." of 二、 (a TUNE base document, as the numbering fuzz
    damaged it): not the third item repeated (renumbered "4、" before), perhaps the next section
    typed in Arabic numerals: flagged, left as written."""
    good = (Path(__file__).resolve().parent.parent / "eval" / "base" / "tune" / "w07.txt").read_text(encoding="utf-8")
    assert good.count("\n三、工作要求\n") == 1
    result = clean(good.replace("\n三、工作要求\n", "\n3、工作要求\n"))
    assert "\n3、工作要求\n" in result.text
    assert any(f.rule == "numbering.repair_outline" and f.action == "flag" and f.before == "3、" for f in result.findings)
