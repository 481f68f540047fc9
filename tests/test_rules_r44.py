"""Round 44: a unit pasted again right in front of itself, its end mark lost.

A paste or a re-read buffer writes a sentence, or a run of them, once more right before itself
and drops the mark that closes it: "…措施。加强土地调控，…结构加强土地调控，…结构。". Both copies
are whole units, so the window rule took it for a writer's repeat; but a writer closes each copy
("跟党走！跟党走！") or sets them apart, and this one runs into the second without a mark. Measured
on 2.4 million characters of real text (the wild reference reports and pages, 31 provincial
reports, the seeds and their clean output, the TUNE base documents, the adversarial notices of
rounds 40 to 43): no window of either kind stands in any of it.
"""
from __future__ import annotations

import pytest

from cleaner.pipeline import clean

_TITLE = "南湖区住房和城乡建设局2021年上半年工作总结"
_SIGNATURE = ["南湖区住房和城乡建设局", "2021年7月10日"]
_RUN = "加强土地调控，从紧控制新增建设用地，严肃查处违法违规用地行为；加强货币信贷管理，着力调整住房供给结构"
_NUMBERS = "单位生产总值能耗比上年下降4.59%，排放量分别减少4.42%和5.95%。近三年累计，单位生产总值能耗下降10.08%"


def _doc(*body: str) -> str:
    return "\n".join([_TITLE, *body, *_SIGNATURE])


def _dup(text: str) -> list[tuple[str, str, str]]:
    return [(f.rule, f.before, f.reason) for f in clean(text).findings if f.rule.startswith("dup.")]


@pytest.mark.parametrize("original, copy", [
    (f"上半年及时采取了一系列调控措施。{_RUN}。各项措施取得实效。", _RUN),           # a run of two sentences
    (f"上半年节能减排取得新进展。{_NUMBERS}。巩固退耕还林成果。", _NUMBERS),          # ends on a figure's %
    (f"（一）推进城市更新。{_RUN}。", f"（一）推进城市更新。{_RUN}"),                 # a whole item, into its marker
], ids=["run", "percent", "item"])
def test_a_unit_pasted_before_itself_without_its_end_mark_goes(original, copy):
    at = original.index(copy)
    damaged = original[:at] + copy + original[at:]
    assert clean(_doc(damaged)).text == clean(_doc(original)).text
    findings = _dup(_doc(damaged))
    assert [(rule, before) for rule, before, _ in findings] == [("dup.drop_doubled_windows", copy)]
    assert "without its end mark" in findings[0][2]


@pytest.mark.parametrize("line", [
    "会场齐声高呼：不忘初心牢记使命永远跟党走！不忘初心牢记使命永远跟党走！",  # each copy closed by its mark
    "抄送：区委办公室综合科　　区委办公室综合科　　区政府办公室秘书科",        # cells set apart by gaps
    "联系单位 南湖区住房和城乡建设局城建科 南湖区住房和城乡建设局城建科",      # set apart by a space
    "|1|推进学前教育普惠发展|七星区教育局基础教育科|七星区教育局基础教育科|2024年12月|",  # a table row
    "联系单位：区医保局·涪城区卫生健康局办公室·涪城区卫生健康局办公室·区财政局",      # a list by dots
], ids=["chant", "cells", "spaced", "table-row", "dotted-list"])
def test_units_repeated_on_purpose_or_set_apart_stay(line):
    assert [rule for rule, _, _ in _dup(_doc("上半年各项工作有序推进。", line))
            if rule == "dup.drop_doubled_windows"] == []


# --- an ad in a cell of a line, beside the text's own words (rules/ads.py _delimited_ads) ---------

_HRSS = [
    "南湖区人力资源和社会保障局2024年上半年工作总结",
    "今年以来，区人社局围绕稳就业、保民生，扎实推进各项重点工作，全区就业形势总体稳定。",
    "一、就业创业工作",
    "{line}",
    "（二）加强重点群体就业帮扶。组织辖区重点企业开展专场招聘10场，帮扶高校毕业生就业1200人。",
    "（三）推进技能提升行动。开展企业职工技能培训2600人次，新增技能人才800人。",
    "南湖区人力资源和社会保障局",
    "2024年7月8日",
]

_EDU = [
    "七星区教育局2024年工作要点",
    "2024年，区教育局将以办好人民满意的教育为目标，推动全区教育事业高质量发展，持续提升课后服务质量。",
    "一、推进学前教育普惠发展。新建改扩建公办幼儿园5所，新增学位1350个。",
    "{line}",
    "三、加强课后服务管理。完善课后服务经费保障机制，课后服务质量评价覆盖全部中小学校。",
    "七星区教育局",
    "2024年2月20日",
]


@pytest.mark.parametrize("doc, line, kept, gone", [
    (_HRSS, "（一）开展“百日千万”招聘专项|材料互助群| 群号：６２８３９１０４ |行动。2024年5月至8月，"
            "组织辖区重点企业开展专场招聘，提供就业岗位不少于3000个。",
     ["（一）开展“百日千万”招聘专项", "2024年5月至8月，组织辖区重点企业开展专场招聘"], []),
    (_HRSS, "体制内写材料互助QQ群：71836452，验证信息：材料  组织辖区重点企业开展专场招聘10场，帮扶高校毕业生就业1200人。",
     ["组织辖区重点企业开展专场招聘10场"], ["71836452", "体制内写材料"]),
    (_EDU, "二、深化“双减”工作。规范校外培训机构管理｜代写材料加微信 jy2024｜，提升课后服务质量。",
     ["规范校外培训机构管理", "，提升课后服务质量。"], ["jy2024", "代写材料"]),
], ids=["leading-cell", "ad-cell-in-front", "cell-before-own-words"])
def test_an_ad_in_a_cell_takes_none_of_the_text_beside_it(doc, line, kept, gone):
    out = clean("\n".join(doc).replace("{line}", line)).text
    for words in kept:
        assert words in out
    for words in gone:
        assert words not in out
