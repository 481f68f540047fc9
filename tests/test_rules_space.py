"""space.* rules: (text_in, text_out) tables, must-not-change rows included."""

import pytest

from cleaner.rules import space
from helpers import run_rule

CASES = {
    space.remove_zero_width: [
        ("来源\u200b：市卫健委", "来源：市卫健委"),
        ("\ufeff标题", "标题"),
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
        ("总投资 1.4025 万元，其中：开工建设项目7个。", "总投资1.4025万元，其中：开工建设项目7个。"),
        ("面对突如其来的 非典型肺炎疫情，我们沉着应对。", "面对突如其来的非典型肺炎疫情，我们沉着应对。"),
        ("来源： 市卫健委", "来源：市卫健委"),
        ("举行座谈会。（韦科 摄）", "举行座谈会。（韦科摄）"),
        ("政 府 工 作 报 告", "政府工作报告"),
        ("2021 年全区疫苗接种率保持在99%以上。", "2021年全区疫苗接种率保持在99%以上。"),
    ],
    space.normalize_space_runs: [
        ("发布时间：2020-12-22   来源：区卫生健康局", "发布时间：2020-12-22\u3000来源：区卫生健康局"),
        ("All\u00a0Rights  Reserved", "All Rights Reserved"),
        ("联系人：刘骅萱\u00a0 \u00a0 联系电话：83", "联系人：刘骅萱\u3000联系电话：83"),
    ],
}

KEEP = {
    space.drop_stray_spaces: [
        "国务院总理 温家宝",  # a byline: the space separates title and name
        "四川干部群众热议政府工作报告 以奋勇争先之姿，乘势而为",  # a headline
        "张三 李四 王五 赵六",  # a list of names
        "深化“赤水河谷 中国酱香”产区品牌建设，推动白酒产业高质量发展。",  # a slogan
        "马\u3000堃\u3000王少杰\u3000王庆国",  # ideographic-space separated names
        "引导居民关注健康广元 APP，提高应用率。",  # Latin word: spacing is a style choice
        "Copyright 2013 www.lzq.gov.cn All Rights Reserved",
        "发布时间：2021-03-24 14:29",
    ],
    space.normalize_space_runs: [
        "国务院总理 温家宝",
        "省长\u3000王予波",
        "a b c",
    ],
    space.strip_line_edges: ["正文", "甲 乙"],
    space.drop_blank_lines: ["标题\n正文", ""],
    space.remove_zero_width: ["正文"],
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
