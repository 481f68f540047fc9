"""Quotation and title marks, round 6: look-alike marks and sequences („…“, ''…'', 〃…〃, JSON
escapes, ＜＜…＞＞) and pairs with one wrong mark (““…”, “…’, 《…）); must-fix rows each with
must-not-change rows."""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean
from cleaner.rules.quote import normalize_mark_lookalikes, repair_mark_slips, repair_quote_pairs
from helpers import run_rule as fixed

BS = "\\"


MUST_FIX = [
    (normalize_mark_lookalikes, "要继续加大\u201e三农\u201d投入", "要继续加大“三农”投入"),
    (normalize_mark_lookalikes, "严格执行国务院''约法三章''。", "严格执行国务院“约法三章”。"),
    (normalize_mark_lookalikes, "设立\uff07\uff07企业开办专区\uff07\uff07，推行", "设立“企业开办专区”，推行"),
    (normalize_mark_lookalikes, "实施\u3003放管服\u3003改革", "实施“放管服”改革"),
    (normalize_mark_lookalikes, f"全面贯彻{BS}\"和平统一、一国两制{BS}\"的方针", "全面贯彻“和平统一、一国两制”的方针"),
    (normalize_mark_lookalikes, f"向{BS}u201c户户通{BS}u201d升级", "向“户户通”升级"),
    (normalize_mark_lookalikes, "制定实施\uff1c\uff1c中国教育现代化2030\uff1e\uff1e。", "制定实施《中国教育现代化2030》。"),
    (normalize_mark_lookalikes, "根据《民宿服务质量评定办法>>开展", "根据《民宿服务质量评定办法》开展"),
    (repair_mark_slips, "高举““三个代表”重要思想", "高举“三个代表”重要思想"),
    (repair_mark_slips, "贯彻“一国两制”、“港人治港””方针", "贯彻“一国两制”、“港人治港”方针"),
    (repair_mark_slips, "确保“三个高于\u2019，即", "确保“三个高于”，即"),
    (repair_mark_slips, "有序启动“十二五'规划", "有序启动“十二五”规划"),
    (repair_mark_slips, "解决\u2018三农”问题", "解决“三农”问题"),
    (repair_mark_slips, "落实《安全生产法）要求", "落实《安全生产法》要求"),
    (repair_mark_slips, "落实（关于加强医院管理的指导意见》，开展", "落实《关于加强医院管理的指导意见》，开展"),
    (repair_quote_pairs, "能源消耗高。\u2018十一五\u2019规划提出了", "能源消耗高。“十一五”规划提出了"),
]

MUST_NOT_CHANGE = [
    (normalize_mark_lookalikes, "if a<<b and c>>d; it''s fine"),  # no Chinese name inside
    (normalize_mark_lookalikes, "姓名 〃 〃 同上"),  # ditto marks of a table
    (normalize_mark_lookalikes, f"路径为C:{BS}u2018data"),  # no Chinese beside the escape
    (normalize_mark_lookalikes, "加大\u201e三农，“四化”投入"),  # „ lost its closer: “ opens the next quotation
    (repair_mark_slips, "他说：“要落实‘三个必须’要求。”（见《通知》）"),  # nested quotation, right
    (repair_mark_slips, "统筹推进“两重”“两新”工作"),  # quotations side by side
    (repair_mark_slips, "《关于印发〈示范区建设管理办法〉的通知》（试行）"),
    (repair_mark_slips, "1）加强领导；2）压实责任"),  # list markers, no title open
    (repair_mark_slips, "“甲‘乙”"),  # a ‘ inside an open “: a nested quotation lost its ’
    (repair_quote_pairs, "He said ‘yes’ then"),
]


@pytest.mark.parametrize(("rule", "text_in", "text_out"), MUST_FIX)
def test_must_fix(rule, text_in, text_out):
    assert fixed(rule, text_in) == text_out


@pytest.mark.parametrize(("rule", "text"), MUST_NOT_CHANGE)
def test_must_not_change(rule, text):
    assert fixed(rule, text) == text


@pytest.mark.parametrize(("text_in", "text_out"), [
    ("关于开展工作的通知\n根本解决'三农”问题，加大\u201e三农\u201c投入。", "关于开展工作的通知\n根本解决“三农”问题，加大“三农”投入。"),
    ("关于开展工作的通知\n推广人工智能（Artificial Intelligence, AI），统筹“两重”“两新”。",
     "关于开展工作的通知\n推广人工智能（Artificial Intelligence, AI），统筹“两重”“两新”。"),
])
def test_in_the_pipeline(text_in, text_out):
    assert clean(text_in, "x").text == text_out


@pytest.mark.parametrize(("text", "flagged"), [
    ("深入实施\uff3b中国制造2025\uff3d，加快大数据应用", True),
    ("根据【安全生产法】有关规定", True),
    ("依据〔2021〕12号文件精神", False),  # a document number's year
    ("【工作动态】全市召开安全生产会议", False),  # a label, no citing verb
    ("落实【一是加强领导，二是】", False),  # clause marks inside: no name
])
def test_bracketed_names_after_citing_verbs(text, flagged):
    from cleaner.rules.quote import flag_quoted_titles
    assert bool(list(flag_quoted_titles(text))) is flagged
