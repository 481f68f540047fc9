"""Round 33: a numbered paragraph pasted again, and an ad that is a sentence alone on its line.

The repeat fuzzer (eval/fuzz_dup.py) found numbered paragraphs pasted a few lines on, or their
opening sentence pasted under them, left in place: list items never counted as copies, since
parallel lists repeat their items on purpose ("1.市属医院…" under 甲类 and 乙类). The outline tells
them apart: a copy's number repeats the paragraph above it, or breaks a sequence that reads right
without it, where a parallel list starts again and goes on from the repeated number.

The ads fuzzer (eval/fuzz_ads.py) found ads that close with a sentence mark on a line of their
own ("承接代写心得体会、党课讲稿，价格优惠，质量保证！") kept: a sentence had to stand by its cues
alone. A short sentence whose words occur nowhere else in the document and that holds two cues
no government text writes of itself now stands where an ad stands. The adversarial read showed
one such cue is not enough: a notice's own rules and offers (不得请人代笔。 学员可免费领取教材。)
hold one, in words of their own.

A trade's promotion glued behind a numbered item took the item's sentence with it.
Every case runs the whole pipeline."""
from pathlib import Path

import pytest

from cleaner.pipeline import clean


def _removed(raw: str, rule: str) -> list[str]:
    return [f.before for f in clean(raw).findings if f.rule == rule and f.action == "remove"]


_DUP = "dup.drop_repeated_paragraphs"

_SUMMARY = ("江岭市住房和城乡建设局2021年工作总结\n"
            "一、主要工作成效\n"
            "（一）城市更新有序推进。全年实施老旧小区改造项目36个，涉及居民8650户，完成投资3.2亿元。\n"
            "（二）住房保障持续加强。新开工公共租赁住房420套，发放租赁补贴1860户。\n"
            "（三）建筑业稳步发展。全市建筑业总产值达到215亿元，同比增长9.6%。\n"
            "（四）城市管理水平提升。生活垃圾无害化处理率达到100%，城市污水集中处理率达到96.5%。\n"
            "二、存在的主要问题\n"
            "一是城市基础设施欠账较多；二是建筑业企业规模偏小，龙头企业数量不足。\n"
            "三、2022年工作计划\n"
            "（一）加快推进城市更新。计划实施老旧小区改造项目40个，完成城市道路建设18公里。\n"
            "（二）完善住房保障体系。筹集保障性租赁住房800套，发放租赁补贴不少于1800户。\n"
            "（三）推动建筑业转型升级。培育年产值超10亿元的建筑企业3家，装配式建筑占新建建筑比例达到25%。\n"
            "江岭市住房和城乡建设局\n"
            "2022年1月10日")


def _insert(text: str, at: int, line: str) -> str:
    lines = text.split("\n")
    return "\n".join(lines[:at] + [line] + lines[at:])


@pytest.mark.parametrize("at, copy", [
    # the opening sentence of the paragraph above, its number kept
    (12, "（三）推动建筑业转型升级。"),
    (5, "（三）建筑业稳步发展。"),
    # pasted as the first item under a heading, the list's own first item taking its number
    (9, "（一）城市更新有序推进。全年实施老旧小区改造项目36个，涉及居民8650户，完成投资3.2亿元。"),
])
def test_numbered_copy_removed(at, copy):
    raw = _insert(_SUMMARY, at, copy)
    assert _removed(raw, _DUP) == ["\n" + copy]
    assert clean(raw).text == clean(_SUMMARY).text


def test_numbered_copy_out_of_a_continuous_list():
    """The second-level numbers run on through the sections; the copy's number goes back."""
    raw = ("江岭市卫生健康委员会2021年工作要点\n"
           "一、深化医药卫生体制改革\n"
           "（一）深化公立医院综合改革。落实公立医院绩效考核，推进薪酬制度改革。\n"
           "（二）推进分级诊疗。建成紧密型县域医共体3个，县域内就诊率达到90%。\n"
           "二、提升医疗服务能力\n"
           "（三）加强重点专科建设。新增省级重点专科4个，市级重点专科10个。\n"
           "（一）深化公立医院综合改革。落实公立医院绩效考核，推进薪酬制度改革。\n"
           "（四）推进智慧医疗建设。建成市级全民健康信息平台，电子健康档案建档率达到92%。\n"
           "三、全面加强党的建设\n"
           "（五）压实管党治党责任。落实全面从严治党主体责任。\n")
    assert _removed(raw, _DUP) == ["\n（一）深化公立医院综合改革。落实公立医院绩效考核，推进薪酬制度改革。"]


def test_article_opening_clause_pasted_under_it():
    raw = ("第六条\u3000多人联名举报同一事项的，由举报人协商分配奖金；协商不成的，平均分配。\n"
           "第六条\u3000多人联名举报同一事项的，由举报人协商分配奖金；\n"
           "第七条\u3000区应急管理局应当自核查终结之日起15个工作日内作出奖励决定。")
    assert _removed(raw, _DUP) == ["\n第六条\u3000多人联名举报同一事项的，由举报人协商分配奖金；"]


@pytest.mark.parametrize("raw", [
    # parallel lists: the same items under 甲类 and 乙类
    ("一、甲类项目\n1.市属二级及以上医疗机构，每家限报2个项目。\n2.区属医疗机构，每家限报1个项目。\n"
     "二、乙类项目\n1.市属二级及以上医疗机构，每家限报2个项目。\n2.区属医疗机构，每家限报1个项目。\n三、申报时间\n"),
    # the second list has one item, then the third starts again
    ("一、甲类项目\n1.市属二级及以上医疗机构，每家限报2个项目。\n2.区属医疗机构，每家限报1个项目。\n"
     "二、乙类项目\n1.市属二级及以上医疗机构，每家限报2个项目。\n三、丙类项目\n1.社会办医疗机构，每家限报1个项目。\n"),
    # the second list skips a number: an edited parallel list, not a paste
    ("一、市级标准\n1.企业注册地在本市，依法经营。\n2.企业总资产不低于5000万元。\n3.企业带动农户数量不少于500户。\n"
     "二、县级标准\n1.企业总资产不低于1000万元。\n3.企业带动农户数量不少于500户。\n三、申报程序\n企业提出申请。\n"),
    # the second list starts at 2 under its heading
    ("一、求职补贴\n1.补贴对象为毕业年度内的高校毕业生。\n2.补贴标准为每人3000元。\n"
     "二、吸纳就业补贴\n2.补贴标准为每人3000元。\n3.补贴对象为吸纳高校毕业生就业的企业。\n三、发放程序\n"),
    # the same form section opening two attachments
    ("二、报送要求\n请于10月31日前报送申报材料。\n附件1\n一、申报单位基本情况（由申报单位如实填写）\n"
     "二、创建工作主要成效\n附件2\n一、申报单位基本情况（由申报单位如实填写）\n"),
    # one-item parallel lists under unnumbered labels
    ("一、申报条件\n重点项目：\n1.申报单位须为在本市注册的文化企业。近三年营业收入年均增长10%以上。\n"
     "一般项目：\n1.申报单位须为在本市注册的文化企业。\n二、申报方式\n"),
    # the opening again, but another numbered line between: not shown to be a copy
    ("（四）推动建筑业转型升级。培育龙头企业3家。\n（五）提升城市管理水平。推进智慧城管建设。\n（四）推动建筑业转型升级。\n"),
])
def test_numbered_repeats_that_are_structure_stay(raw):
    assert _removed(raw, _DUP) == []


_ADS = "ads.drop_solicitation_lines"


@pytest.mark.parametrize("ad", [
    "承接代写心得体会、党课讲稿，价格优惠，质量保证！",
    "专业代写各类材料，包写包过，当天交稿。",
])
def test_ad_sentence_alone_on_its_line_removed(ad):
    raw = _insert(_SUMMARY, 6, ad)
    assert _removed(raw, _ADS) == [ad + "\n"]
    assert clean(raw).text == clean(_SUMMARY).text


@pytest.mark.parametrize("line", [
    "请关注“江岭住建”微信公众号，及时了解最新政策。",
    "严禁代写代考，一经发现依法处理。",
    "各单位要及时报送典型案例和优秀范文。",
    # one cue no government text writes of itself is also a notice's own rule or offer
    "参赛作品不得请人代笔。",
    "学员结业时均可免费领取教材。",
    "引用他人观点须注明出处。",
    "报告全文可在“数据开放”栏目免费下载。",
])
def test_sentence_alone_that_is_the_documents_own_stays(line):
    raw = _insert(_SUMMARY, 6, line)
    assert line in clean(raw).text


def test_trade_promotion_glued_to_a_numbered_item_takes_only_itself():
    """The seller's shortcut judged the whole line: the item's own sentence went with the promotion."""
    base = (Path(__file__).parent.parent / "eval" / "base" / "tune" / "w21.txt").read_text(encoding="utf-8")
    item = "1.全年淘汰国三及以下排放标准营运柴油货车1200辆。"
    ad = " 专业承接钢结构厂房、彩钢瓦工程（电话: 13700009999）欢迎新老客户来电洽谈"
    assert item in base
    out = clean(base.replace(item, item + ad)).text
    assert item in out and "钢结构" not in out


def test_shared_paragraph_of_parallel_sections_stays():
    """A long plain paragraph under two sibling headings is the sections' shared rule, not a paste
    (a tried extension removed 31 of 35 such look-alikes; a paste there is flagged only)."""
    rule = "考生须凭本人有效居民身份证和准考证进入考场，开考30分钟后不得入场，考试结束前不得提前交卷离场。"
    raw = ("关于2024年度事业单位公开招聘笔试有关事项的通知\n各位考生：\n现将笔试有关事项通知如下。\n"
           "一、上午场\n笔试时间为6月15日9:00至11:00，考试科目为综合基础知识。\n" + rule + "\n"
           "二、下午场\n笔试时间为6月15日14:00至16:00，考试科目为职业能力测验。\n" + rule + "\n"
           "三、其他事项\n考生应提前熟悉考点位置。\n")
    out = clean(raw)
    assert out.text.count(rule) == 2
    assert _removed(raw, _DUP) == []


def test_shared_finding_opening_sibling_sections_stays():
    """Two sections of one list opening with the same finding (a 通报's firms): parallel, not a paste.
    The old reading of a long plain paragraph under the next heading removed the second."""
    finding = "经检查，该单位安全生产责任制落实到位，隐患排查治理台账齐全规范，现场管理有序，未发现重大事故隐患。"
    raw = ("关于2024年第二季度安全生产明查暗访情况的通报\n各乡镇（街道）：\n"
           "5月至6月，县安委会办公室组织对部分企业开展了明查暗访，现将检查情况通报如下：\n"
           "（一）县城关水泥有限公司\n" + finding + "\n（二）县新华印刷厂\n" + finding + "\n"
           "（三）县恒达建材有限公司\n经检查，该单位存在消防通道堵塞、配电箱未上锁等问题，已责令限期整改。\n")
    assert clean(raw).text.count(finding) == 2


def test_last_paragraph_pasted_under_the_next_heading_still_goes():
    """A section's last paragraph pasted as the next section's first stands apart from its own heading."""
    last = "全年开展安全生产检查1260次，排查整改隐患2380处，全市交通运输领域未发生较大以上安全生产事故。"
    raw = ("三、安全生产形势总体平稳\n（一）强化隐患排查。开展道路运输安全专项整治。\n" + last + "\n"
           "四、存在的不足\n" + last + "\n一是农村公路养护资金不足；二是运输结构调整任务较重。\n")
    assert _removed(raw, _DUP) == ["\n" + last]
