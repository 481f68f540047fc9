"""Quotation and title marks, round 4: a line whose every pair is turned round, marks written
twice, apostrophe-like marks, a lone 》 whose start its frame or its sentence gives, and a
quoted document name; each must-fix row has its must-not-change rows."""

from __future__ import annotations

import pytest

from cleaner.edits import apply
from cleaner.rules.quote import (convert_straight_quotes, flag_quoted_titles, repair_quote_pairs, repair_title_pairs,
                                 restore_title_mark)


def fixed(rule, text: str) -> str:
    return apply(text, list(rule(text)))


MUST_FIX = [
    (repair_quote_pairs, "坚持\u201d引进来\u201c与\u201d走出去\u201c相结合", "坚持“引进来”与“走出去”相结合"),
    (repair_quote_pairs, "扩大““少生快富””工程和“三农”工作", "扩大“少生快富”工程和“三农”工作"),
    (repair_title_pairs, "提出了《公司法》、《《传染病防治法》》修订草案", "提出了《公司法》、《传染病防治法》修订草案"),
    (convert_straight_quotes, "推进＇智慧城管＇平台建设", "推进“智慧城管”平台建设"),
    (convert_straight_quotes, "解决`入园难'问题，推行‵一网通办′", "解决“入园难”问题，推行“一网通办”"),
    (convert_straight_quotes, "拨打´12350´举报电话", "拨打“12350”举报电话"),
    (convert_straight_quotes, "他说：“要落实＇三个必须＇要求。”", "他说：“要落实‘三个必须’要求。”"),
    (restore_title_mark, "按照省政府办公厅印发的关于加强安全生产工作的实施意见》要求，制定本方案。",
     "按照省政府办公厅印发的《关于加强安全生产工作的实施意见》要求，制定本方案。"),
    (restore_title_mark, "各地要认真落实。安全生产法》明确规定，生产经营单位必须遵守。",
     "各地要认真落实。《安全生产法》明确规定，生产经营单位必须遵守。"),
    (restore_title_mark, "以习近平新时代中国特色社会主义思想为指导，以城市更新行动实施方案》为抓手，推进工作。",
     "以习近平新时代中国特色社会主义思想为指导，以《城市更新行动实施方案》为抓手，推进工作。"),
]

MUST_NOT_CHANGE = [
    (repair_quote_pairs, "他说”甲“乙“丙“"),  # two pairs wrong, not every one turned round: no single reading
    (repair_quote_pairs, "开展“双随机”检查和“一公开”监管"),
    (repair_title_pairs, "《中华人民共和国《宪法》》"),  # nested, not doubled
    (repair_title_pairs, "《关于〈规划〉的说明》"),
    (convert_straight_quotes, "坐标为东经120°10′，北纬30`15′"),  # minutes, not quotes
    (convert_straight_quotes, "the café´s menu and Rock`n'roll"),
    (restore_title_mark, "根据市政府印发的实施方案》要求"),  # two starts: after 根据 or after 印发的
    (restore_title_mark, "坚持以人民为中心。以人为本的管理办法》为"),  # 以 opens the name itself
    (restore_title_mark, "全面落实。该法》规定"),  # too short for a name
    (restore_title_mark, "各地要认真落实。安全生产法》的精神"),  # no stating verb after the name
]


@pytest.mark.parametrize(("rule", "text_in", "text_out"), MUST_FIX)
def test_must_fix(rule, text_in, text_out):
    assert fixed(rule, text_in) == text_out


@pytest.mark.parametrize(("rule", "text"), MUST_NOT_CHANGE)
def test_must_not_change(rule, text):
    assert fixed(rule, text) == text


@pytest.mark.parametrize(("text", "flagged"), [
    ("认真实施“宗教事务条例”，做好宗教工作", True),
    ("根据“关于加强安全生产工作的意见”要求", True),
    ("推动落实“谁执法谁普法”责任，全面落实“一规划两纲要”", False),
    ("落实“八项规定”，实施“学前教育三年行动计划”", False),
])
def test_quoted_document_names(text, flagged):
    assert bool(list(flag_quoted_titles(text))) is flagged
