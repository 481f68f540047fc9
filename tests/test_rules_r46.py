"""Round 46: a paragraph pasted a few lines on, where the outline around it says which copy is the paste.

The repeat fuzzer (eval/fuzz_dup.py, par_after_three) found paragraphs pasted three lines on left
in place or only flagged:

- a numbered item pasted alone under another heading (（三）建筑业稳步发展。… under 二、存在的主要问题),
  where no list stands for it to belong to, or between two siblings of a list numbered through its
  sections (（六） 三、 [（四）] （七）), or inside another list ((一) (二) [(四)] (三)): the copy's number fits
  nowhere, and the list reads right without it;
- a plain paragraph pasted under a numbered item of another level (the opening paragraph under the
  title, again under "1.梅南高速…"): parallel text opens two items of one list alike, and two lines of
  different levels are no such pair.

Parallel lists that restart, skip or start at 2 under their heading stay (tests/test_rules_r33.py),
as do parallel paragraphs under two items of one list. Every case runs the whole pipeline.
"""
from __future__ import annotations

import pytest

from cleaner.pipeline import clean

_DUP = "dup.drop_repeated_paragraphs"


def _removed(raw: str) -> list[str]:
    return [f.before for f in clean(raw).findings if f.rule == _DUP and f.action == "remove"]


_ITEM3 = "（三）建筑业稳步发展。全市建筑业总产值达到215亿元，同比增长9.6%，新增资质等级建筑企业23家。"
_ALONE = "\n".join([
    "江岭市住房和城乡建设局2020年工作总结",
    "一、主要工作成效",
    "（一）城市更新有序推进。全年改造老旧小区42个，惠及居民1.2万户。",
    "（二）保障性住房建设加快。新开工保障性租赁住房3200套，基本建成2100套。",
    _ITEM3,
    "二、存在的主要问题",
    "一是城市基础设施欠账较多，老城区排水管网改造任务较重；二是建筑业企业规模偏小。",
    _ITEM3,
    "三、2021年工作计划",
    "（一）加快推进城市更新。计划实施老旧小区改造50个。",
])

_ITEM4 = "（四）推进紧密型县域医共体建设。在3个县（市）全面推开医共体统一管理，县域内就诊率达到90%以上。"
_THROUGH = "\n".join([
    "江岭市卫生健康委2021年工作要点",
    "一、巩固疫情防控成果",
    "（一）完善监测预警。全市二级以上医疗机构发热门诊全部实现规范化运行。",
    "（二）推进疫苗接种。全年设置接种点48个，培训接种人员620名。",
    "（三）提升应急处置能力。组建市级流调队伍15支、县级流调队伍42支。",
    "二、深化医药卫生体制改革",
    _ITEM4,
    "（五）深化公立医院综合改革。开展公立医院绩效考核，二级以上公立医院全面建立总会计师制度。",
    "（六）完善分级诊疗制度。全年组建家庭医生签约服务团队320个。",
    "三、着力提升医疗服务能力",
    _ITEM4,
    "（七）加强重点专科建设。新增省级临床重点专科4个、市级临床重点专科12个。",
    "（八）夯实基层服务网底。新建标准化村卫生室36个。",
])

_INSIDE = "\n".join([
    "江岭市市场监督管理局2020年工作要点",
    "二、加强质量安全监管",
    "（三）食品安全方面，全年完成食品抽检960批次，问题发现率保持在3%以上。",
    "（四）工业产品质量安全方面，开展电动自行车、燃气器具等重点产品质量专项整治。",
    "三、加强市场秩序监管",
    "（一）开展“双随机、一公开”监管，随机抽查事项覆盖率达到100%。",
    "（二）严厉打击侵犯知识产权和制售假冒伪劣商品违法行为，全年查办案件不少于80件。",
    "（四）工业产品质量安全方面，开展电动自行车、燃气器具等重点产品质量专项整治。",
    "（三）做好消费维权工作，消费投诉按时办结率达到95%以上。",
    "四、加强自身建设",
])


@pytest.mark.parametrize("raw, copy", [
    (_ALONE, _ITEM3),
    (_THROUGH, _ITEM4),
    (_INSIDE, "（四）工业产品质量安全方面，开展电动自行车、燃气器具等重点产品质量专项整治。"),
], ids=["alone-under-another-heading", "between-siblings-numbered-through", "inside-another-list"])
def test_numbered_item_pasted_out_of_turn_goes(raw, copy):
    assert _removed(raw) == ["\n" + copy]
    assert clean(raw).text.count(copy) == 1


@pytest.mark.parametrize("raw", [
    # an item alone under a heading, but a short heading of its own, not a paragraph of text
    ("一、市级项目\n（一）基础设施类\n（二）公共服务类\n（三）保障措施\n二、县级项目\n（三）保障措施\n三、申报时间\n"),
    # a second list that starts at 2 and runs on from it (an edited parallel list)
    ("一、求职补贴\n（一）补贴对象为毕业年度内的高校毕业生。\n（二）补贴标准为每人3000元，一次性发放到个人账户。\n"
     "二、吸纳就业补贴\n吸纳就业补贴按季度申报，由企业提出申请。\n（二）补贴标准为每人3000元，一次性发放到个人账户。\n"
     "（三）补贴对象为吸纳高校毕业生就业的企业。\n三、发放程序\n"),
    # an item quoted again after a lead-in
    ("一、市级项目申报条件\n（一）在本市注册登记，从事特定细分市场时间达到2年以上。\n"
     "（二）上年度研发费用占营业收入比重不低于3%。\n（三）申报单位须具有独立法人资格，近三年内未发生重大安全、环保事故。\n"
     "二、县级推荐项目申报条件\n县级推荐项目由各县（市、区）组织初审，申报单位须同时符合市级项目第（三）项条件，即：\n"
     "（三）申报单位须具有独立法人资格，近三年内未发生重大安全、环保事故。\n三、申报材料\n（一）申报书。\n"),
    # an item cited under each company it was found at, a label line under each
    ("一、检查发现的问题\n1.部分企业安全生产责任制未层层落实到班组和岗位。\n"
     "2.危险化学品仓库未按规定设置可燃气体浓度报警装置，现场存放物品超过核定储存量。\n3.特殊作业审批手续不全。\n"
     "二、整改落实情况\n（一）江岭市宏达化工有限公司\n2.危险化学品仓库未按规定设置可燃气体浓度报警装置，现场存放物品超过核定储存量。\n"
     "整改情况：已加装报警装置12台，已整改完毕。\n"),
    # the same rule under a parallel part (…补贴 and …补贴), after a sentence
    ("一、求职创业补贴\n（一）补贴对象为毕业年度内有就业创业意愿并积极求职的困难家庭高校毕业生。\n"
     "（二）补贴标准为每人3000元，一次性发放到个人账户。\n二、吸纳就业补贴\n"
     "吸纳就业补贴对象为吸纳离校2年内未就业高校毕业生就业的中小微企业，按季度申报。\n"
     "（二）补贴标准为每人3000元，一次性发放到个人账户。\n三、发放程序\n补贴资金由各级人社部门审核后直接拨付。\n"),
], ids=["short-heading-alone", "list-starting-at-2", "quoted-after-lead-in", "cited-with-label", "parallel-parts"])
def test_parallel_structure_stays(raw):
    assert _removed(raw) == []


_OPENING = "2022年，市交通运输局坚持以交通强市建设为统领，克服疫情等不利因素影响，全力推进交通基础设施建设，全年完成交通固定资产投资86.4亿元。"
_PASTED_UNDER_ITEM = "\n".join([
    "江岭市交通运输局2022年工作总结",
    _OPENING,
    "一、重点工程建设取得新突破",
    "（一）高速公路建设。",
    "1.梅南高速公路全线建成通车，全长68公里，总投资72亿元。",
    _OPENING,
    "2.梅山至白石高速公路完成前期工作，计划2023年3月开工建设。",
])
_FINDING = "经检查，该单位安全生产责任制落实不到位，隐患排查治理台账不健全，应急预案未按规定组织演练，责令限期整改。"
_PARALLEL_FINDINGS = "\n".join([
    "江岭市应急管理局关于2023年第三季度安全生产检查情况的通报",
    "一、检查发现的问题",
    "（一）江岭市宏达化工有限公司",
    _FINDING,
    "（二）江岭市顺通物流有限公司",
    _FINDING,
    "二、下一步工作",
])


def test_plain_paragraph_pasted_under_an_item_of_another_level_goes():
    assert _removed(_PASTED_UNDER_ITEM) == ["\n" + _OPENING]
    assert clean(_PASTED_UNDER_ITEM).text.count(_OPENING) == 1


def test_the_same_finding_under_two_items_of_one_list_stays():
    assert _removed(_PARALLEL_FINDINGS) == []
    assert clean(_PARALLEL_FINDINGS).text.count(_FINDING) == 2


@pytest.mark.parametrize("teaser, line", [
    ("2.排查整治阶段（2021年5月16日至……", "2.排查整治阶段（2021年5月16日至8月31日）。对照整治重点逐项排查，建立问题清单和整改台账。"),
    ("（一）各乡镇要明确专人负责，于2024年……", "（一）各乡镇要明确专人负责，于2024年6月30日前完成离校未就业高校毕业生实名登记。"),
], ids=["cut-inside-a-bracket", "cut-after-the-year"])
def test_a_teaser_cut_inside_a_date_goes(teaser, line):
    raw = "\n".join(["江岭市道路运输安全生产专项整治行动方案", "一、工作步骤", teaser, line, "二、工作要求"])
    removed = [f.before for f in clean(raw).findings if f.rule.startswith("dup.") and f.action == "remove"]
    assert removed == ["\n" + teaser]


def test_a_question_whose_blank_the_next_line_fills_stays():
    raw = "\n".join(["江岭市城乡居民医疗保险政策问答", "一、缴费标准", "1.个人缴费标准为每人每年……",
                     "1.个人缴费标准为每人每年380元，由税务部门统一征收。", "二、待遇标准"])
    assert [f for f in clean(raw).findings if f.rule.startswith("dup.") and f.action == "remove"] == []


# ---- ads: a seller's promise of the outcome or of payment on it, made, not quoted (eval/fuzz_ads.py, own lines)

_NOTICE = ["江岭市人力资源和社会保障局关于做好2024年度职称评审工作的通知", "各县（市、区）人力资源和社会保障局：",
           "为做好2024年度职称评审工作，现将有关事项通知如下。", "一、评审范围", "全市企事业单位在职专业技术人员。",
           "江岭市人力资源和社会保障局", "2024年6月3日"]


def _with_line(line: str) -> str:
    return "\n".join(_NOTICE[:5] + [line] + _NOTICE[5:])


def _ads_removed(raw: str) -> list[str]:
    return [f.before.strip() for f in clean(raw).findings if f.rule.startswith("ads.") and f.action == "remove"]


@pytest.mark.parametrize("ad", [
    "代写个人总结、先进事迹材料，满意再付款!",
    "代写职称论文，包发表，满意后付款",
    "各类证书考试保过，详情咨询客服",
    "承接代写述职报告、调研报告，先写后付",
], ids=["pay-when-satisfied", "published-guaranteed", "pass-guaranteed", "write-first-pay-after"])
def test_a_line_selling_with_a_promise_goes(ad):
    assert _ads_removed(_with_line(ad)) == [ad]


@pytest.mark.parametrize("line", [
    "严禁培训机构以“包过”“不过退费”等虚假宣传招揽考生。",
    "证件邮寄服务费20元，办理不成功全额退费，咨询电话：0571-87654321。",
    "各地要确保过渡期内政策总体稳定，评审通过率不作硬性要求。",
    # the adversarial read's: a promise quoted, a fee per piece, a refund term, a request for one draft
    "凡声称可“包发表”“包录用”的，均非本刊行为。",
    "所谓“包上岸”“面试保过”均不可信。",
    "部分代写机构打出“先写后付”“满意再付款”的旗号，消费者应注意保留证据。",
    "审稿费每篇300元，版面费每篇1500元。",
    "扫码缴费，缴费不成功退款将原路返回。",
    "请各单位认真撰写年度总结材料，力求一稿到位。",
], ids=["against-the-promise", "own-service-refund", "ensure-transition", "quoted-promises", "quoted-promises-2",
        "quoted-pay-terms", "fee-per-piece", "own-refund-term", "one-draft-request"])
def test_the_same_words_in_a_notice_stay(line):
    assert _ads_removed(_with_line(line)) == []
