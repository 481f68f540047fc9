"""space.* rules: (text_in, text_out) tables, must-not-change rows included."""

import pytest

from cleaner.rules import space
from helpers import run_rule

CASES = {
    space.remove_zero_width: [
        ("来源\u200b：市卫健委", "来源：市卫健委"),
        ("\ufeff标题", "标题"),
        ("加强\u00ad管理\u180e工作", "加强管理工作"),
        ("加强\u3164管理\u2800\u2800工作", "加强管理工作"),
    ],
    space.strip_line_edges: [
        ("\u3000\u3000各位代表：", "各位代表："),
        ("福州市卫生健康委员会   \n2021年", "福州市卫生健康委员会\n2021年"),
        ("\u00a0\u2002正文\t", "正文"),
        ("  \n", "\n"),
    ],
    space.drop_blank_lines: [
        ("\n\n标题\n\n\n正文\n\n", "标题\n正文"),
        ("标题\n \n\u3000\n正文", "标题\n正文"),
    ],
    space.drop_stray_spaces: [
        ("罚没款金额326 .5万元，科技进步贡献率上升到56.\u20092%。", "罚没款金额326.5万元，科技进步贡献率上升到56.2%。"),
        ("最低奖励1000\u3000元；开工27 \u3000个项目，不少于\u3000\u300020场。", "最低奖励1000元；开工27个项目，不少于20场。"),
        ("资本充足率从8.4%  提升到13.3%，涨幅3%\u00a0左右。", "资本充足率从8.4%提升到13.3%，涨幅3%左右。"),
        ("价格形成机制。推进水\u3000价改革，研究制定办法。", "价格形成机制。推进水价改革，研究制定办法。"),
        ("第五条\u3000举报事项经核查属实\u00a0\u00a0的，按照下列标准给予奖励：", "第五条\u3000举报事项经核查属实的，按照下列标准给予奖励："),
        ("总投资 1.4025 万元，其中：开工建设项目7个。", "总投资1.4025万元，其中：开工建设项目7个。"),
        ("面对突如其来的 非典型肺炎疫情，我们沉着应对。", "面对突如其来的非典型肺炎疫情，我们沉着应对。"),
        ("来源： 市卫健委", "来源：市卫健委"),
        ("举行座谈会。（韦科 摄）", "举行座谈会。（韦科摄）"),
        ("政 府 工 作 报 告", "政府工作报告"),
        ("2021 年全区疫苗接种率保持在99%以上。", "2021年全区疫苗接种率保持在99%以上。"),
        ("既保持金融对经济发展的必要支持，又防止盲   目放松银行信贷。", "既保持金融对经济发展的必要支持，又防止盲目放松银行信贷。"),
        ("今年中央财政为此新增支出\u00a0\u00a0140亿元，用于补助。", "今年中央财政为此新增支出140亿元，用于补助。"),
        ("核电384  万千瓦。关停小火电机组7210万千瓦。", "核电384万千瓦。关停小火电机组7210万千瓦。"),
        ("第一章\u3000总 则", "第一章\u3000总则"),
        ("加强领导，\u3000压实责任。", "加强领导，压实责任。"),  # prose: an ideographic space beside a comma is a stray
        ("共有职工（ ）人。", "共有职工（）人。"),  # one ASCII space is no blank
        ("来源：\u3000\u3000市卫健委\u3000\u3000发布日期", "来源：市卫健委\u3000\u3000发布日期"),  # a value, not an empty field
        ("序号\u3000名称\n1\u3000道路工程， 一期\u3000市交通局", "序号\u3000名称\n1\u3000道路工程，一期\u3000市交通局"),
        # a justified line's padding inside a clause, an ideographic space or a mixed run
        ("我们坚持稳中求进，支撑产业\u3000\u3000振兴和经济长远发展。", "我们坚持稳中求进，支撑产业振兴和经济长远发展。"),
        ("全国新增城市污水处理能力，新增燃煤 \u3000\u3000脱硫机组容量。", "全国新增城市污水处理能力，新增燃煤脱硫机组容量。"),
        ("全民医保覆盖面超过95 %，基本养老金提高10\u2009%。", "全民医保覆盖面超过95%，基本养老金提高10%。"),  # a figure and its sign
        ("完成投资\u2003\u20031.2亿元，同比增长\u202f5%。", "完成投资1.2亿元，同比增长5%。"),  # other space characters
    ],
    space.normalize_article_gaps: [
        ("第一条 为了规范管理，制定本办法。", "第一条\u3000为了规范管理，制定本办法。"),
        ("第十二条\u00a0\u00a0申请人应当提交下列材料：", "第十二条\u3000申请人应当提交下列材料："),
        ("第三章  监督管理", "第三章\u3000监督管理"),
        ("第2节\u3000\u3000附则", "第2节\u3000附则"),
    ],
    space.normalize_space_runs: [
        ("发布时间：2020-12-22   来源：区卫生健康局", "发布时间：2020-12-22\u3000来源：区卫生健康局"),
        ("All\u00a0Rights  Reserved", "All Rights Reserved"),
        ("联系人：刘骅萱\u00a0 \u00a0 联系电话：83", "联系人：刘骅萱\u3000联系电话：83"),
    ],
}

KEEP = {
    space.drop_stray_spaces: [
        "1. 2021年以来，全市完成投资。",  # an outline marker before a figure: not a decimal point
        "版本 v1 .2 beta，已发布。",  # no Chinese figure
        "（一）工作目标\u30002021年全面建成服务体系。",  # a run-in heading before a figure: no mark before the gap
        "出席会议的有：张三\u3000李四，王五。",  # after a colon: a list
        "附件1\u3000南湖区项目名单",  # not a sentence: a heading's gap
        "国务院总理 温家宝",  # a byline: the space separates title and name
        "四川干部群众热议政府工作报告 以奋勇争先之姿，乘势而为",  # a headline
        "张三 李四 王五 赵六",  # a list of names
        "深化“赤水河谷 中国酱香”产区品牌建设，推动白酒产业高质量发展。",  # a slogan
        "马\u3000堃\u3000王少杰\u3000王庆国",  # ideographic-space separated names
        "引导居民关注健康广元 APP，提高应用率。",  # Latin word: spacing is a style choice
        "Copyright 2013 www.lzq.gov.cn All Rights Reserved",
        "发布时间：2021-03-24 14:29",
        "第一条\u3000为了规范管理，制定本办法。",  # GB/T 9704: the gap after the article marker
        "联系人：刘明\u00a0\u00a0联系电话：0571-87654321，请于3月29日前报送。",  # fields, not a stray gap
        "请于3月29日前报送材料\u3000\u3000联系电话：0571-87654321。",  # an ideographic gap is set on purpose
        "我单位共有职工（  ）人。",  # a blank to fill in
        "性别（\u3000\u3000）民族（\u3000\u3000）",
        "姓名：\u3000\u3000\u3000\u3000性别：\u3000\u3000\u3000\u3000\n工作单位：\u3000\u3000\u3000职务：",  # empty fields
        "序号\u3000项目名称\u3000建设单位\n1\u3000道路工程（一期）\u3000市交通局",  # table cells
        "根据《人力资源社会保障部 财政部关于调整失业保险金标准的通知》要求，现通知如下。",  # joint issuers
        "经中共中央 国务院同意，现将有关事项通知如下。",
        "李秀英（女）\u3000市第一人民医院护士长\n王\u3000伟\u3000市第二中学教师",  # a list's columns
        "（一）工作目标\u3000全面建成覆盖城乡的服务体系。",  # a run-in heading: no clause mark before the gap
        "出席会议的有：张三\u3000李四。",  # two short items: a list
        "参会单位：市卫健委\u3000市教育局\u3000市财政局，请准时参加。",  # several gaps in one clause: a list
        "经研究，人力资源社会保障部\u3000财政部联合印发通知。",  # joint issuers
        "经研究，请于3月29日前报送材料\u3000\u3000联系电话：0571-87654321。",  # a field follows
        "第1\u3000%的样本",  # an ideographic gap before a sign is a cell's
    ],
    space.normalize_article_gaps: [
        "第一条\u3000为了规范管理。",
        "依照本办法第六条 规定办理。",  # a reference inside a sentence, not a marker
        "第一条",
    ],
    space.normalize_space_runs: [
        "国务院总理 温家宝",
        "共有职工（\u3000\u3000\u3000）人",  # a blank's width is the room to write
        "省长\u3000王予波",
        "a b c",
    ],
    space.strip_line_edges: ["正文", "甲 乙"],
    space.drop_blank_lines: ["标题\n正文", ""],
    space.remove_zero_width: ["正文", "\u2800\u2800\u2800", "a\u3164b"],
}


@pytest.mark.parametrize(
    "rule,text_in,text_out",
    [(rule, a, b) for rule, rows in CASES.items() for a, b in rows],
    ids=lambda v: getattr(v, "__name__", None),
)
def test_fixes(rule, text_in, text_out):
    assert run_rule(rule, text_in) == text_out


@pytest.mark.parametrize(
    "rule,text",
    [(rule, t) for rule, rows in KEEP.items() for t in rows],
    ids=lambda v: getattr(v, "__name__", None),
)
def test_must_not_change(rule, text):
    assert run_rule(rule, text) == text


def test_each_space_rule_is_idempotent_on_its_output():
    for rule, rows in CASES.items():
        for text_in, _ in rows:
            once = run_rule(rule, text_in)
            assert run_rule(rule, once) == once, (rule.__name__, text_in)
