"""Round 19: copies that are not exact (a slip in the repeat) and a copy across a heading; and
the real text that looks like them.

Each removal keeps every word of the document once; each kept case is a shape real documents
have (parallel sentences, an amendment's old and new wording, a word deleted between clauses)."""
import pytest

from cleaner.pipeline import clean

TITLE = "江岭市住房和城乡建设局2021年工作总结\n"


def _removed(text: str) -> list[str]:
    return [f.before for f in clean(text).findings if f.rule.startswith("dup.") and f.action == "remove"]


def _dup_flags(text: str) -> list[str]:
    return [f.reason for f in clean(text).findings if f.rule.startswith("dup.") and f.action == "flag"]


@pytest.mark.parametrize("body, gone", [
    # a character lost inside a word: the shorter copy goes, whichever comes first
    ("（四）城市管理水平提升。生活垃圾无害化处理率达到100%，城市污水集中处理率达到96.5%。\n"
     "（四）城市管理水平提升。生活垃圾无害化处率达到100%，城市污水集中处理率达到96.5%。\n其他工作。",
     "\n（四）城市管理水平提升。生活垃圾无害化处率达到100%，城市污水集中处理率达到96.5%。"),
    ("深化证照分离改革，全年新市场主体2600户以上。深化证照分离改革，全年新增市场主体2600户以上。其他工作。",
     "深化证照分离改革，全年新市场主体2600户以上。"),
])
def test_near_copy_that_lost_characters_is_removed_once(body, gone):
    out = clean(TITLE + body)
    assert gone in _removed(TITLE + body)
    assert out.text.count("2600户" if "2600" in body else "96.5%") == 1


@pytest.mark.parametrize("body, detail", [
    # one character changed: a slip or a parallel sentence; only a reviewer can tell
    ("全国各族人民团结奋斗。从2004年7月1日起，全国提高企业退休人员基本养老金标准。"
     "从2004年7月1日起，金国提高企业退休人员基本养老金标准。", "全→金"),
    ("地方政府可在法定权限范围内，制定出台招商引资优惠政策。地方政府可再法定权限范围内，制定出台招商引资优惠政策。", "在→再"),
    ("一季度，全市外贸进出口总体平稳。今年一季度全市出口总额实现较快增长，增速高于全省平均水平。"
     "今年一季度全市进口总额实现较快增长，增速高于全省平均水平。", "出→进"),
])
def test_near_copy_with_a_character_changed_is_flagged_not_changed(body, detail):
    out = clean(TITLE + body)
    assert out.text == TITLE + body
    assert any(f"one character changed ({detail})" in r for r in _dup_flags(TITLE + body))


@pytest.mark.parametrize("body", [
    # parallel sentences: they differ in a numeral, a figure, or a word the document writes both ways
    "第一季度完成投资十二亿元，同比增长百分之十。第二季度完成投资十二亿元，同比增长百分之十。",
    "全市完成投资12.5亿元，同比增长10.2%，完成年度计划。全市完成投资13.5亿元，同比增长10.2%，完成年度计划。",
    "扩大出口，增加进口。出口总额比上年增长百分之十，达到历史较高水平。进口总额比上年增长百分之十，达到历史较高水平。",
    # an amendment's old and new article side by side, and a word deleted between clauses
    "第八条　县级以上人民政府应当将农村公路建设纳入国民经济和社会发展规划，并安排必要的资金。\n"
    "第八条　县级以上人民政府应当将农村公路建设纳入国民经济和社会发展规划，安排必要的资金。",
    "原文：农村公路的养护应当坚持统一规划、分级负责、保障畅通的原则，并接受社会监督。\n"
    "修改为：农村公路的养护应当坚持统一规划、分级负责、保障畅通的原则，接受社会监督。",
    # a short unit: one lost character is not evidence enough
    "加强组织领导。加强组领导。",
])
def test_parallel_or_amended_text_is_kept(body):
    out = clean(TITLE + body).text
    assert out.endswith(body.split("\n")[-1][-12:])
    assert not [r for r in _removed(TITLE + body)]


def test_paragraph_opening_two_sibling_sections_is_flagged_not_removed():
    """Round 33: a paragraph that opens two sibling sections alike may be their shared text (a 通报's
    finding under each firm): the outline cannot tell it from a paste, so it is flagged, not removed
    (round 19 removed it). A section's last paragraph pasted under the next heading still goes
    (tests/test_rules_r33.py)."""
    body = ("一、总体要求\n坚持生态优先、农旅融合、特色发展，以提升乡村旅游产品品质和服务水平为重点，打造一批特色鲜明、业态丰富的乡村旅游目的地。\n"
            "二、主要目标\n坚持生态优先、农旅融合、特色发展，以提升乡村旅游产品品质和服务水平为重点，打造一批特色鲜明、业态丰富的乡村旅游目的地。\n"
            "到2024年底，全市创建省级乡村旅游重点村15个。")
    cleaned = clean(TITLE + body)
    assert cleaned.text.count("坚持生态优先") == 2
    assert any(f.rule.startswith("dup") and f.action == "flag" for f in cleaned.findings)


@pytest.mark.parametrize("body", [
    # short or numbered text under two headings is parallel structure
    "（一）市级\n责任单位：市卫健委、市财政局、市发展改革委按职责分工负责落实。\n（二）县级\n责任单位：市卫健委、市财政局、市发展改革委按职责分工负责落实。",
    "一、目标\n加强组织领导，压实工作责任。\n二、措施\n加强组织领导，压实工作责任。",
])
def test_text_repeated_under_two_headings_for_structure_stays(body):
    assert clean(TITLE + body).text.count(body.split("\n")[1][:8]) == 2
