"""Round 10: quotation and title marks of other code points, and a doubled sign that only looks
like a misread byte pair.

Real strings through the whole pipeline: a quotation typed the TeX way (``…''), with doubled
acute accents (´´…´´) or in primes (′…′), and titles picked from a symbol table's maths page
(≪…≫, ⟪…⟫) become “ ” and 《 》 when they hold Chinese text. Coordinates, maths and English
keep their signs; a doubled sign is not read back as GBK (´´ is not 创), a real misread pair is.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean

TITLE = "江岭市医疗保障局关于做好2021年医保工作的通知"
SIG = "江岭市医疗保障局\n2021年3月29日"


def _body(text: str) -> str:
    return clean("\n".join([TITLE, text, SIG])).text.split("\n")[1]


FIXED = [
    ("坚持``以人民为中心''的发展思想。", "坚持“以人民为中心”的发展思想。"),
    ("坚持\u00b4\u00b4以人民为中心\u00b4\u00b4的发展思想。", "坚持“以人民为中心”的发展思想。"),
    ("坚持\u2032以人民为中心\u2032的发展思想。", "坚持“以人民为中心”的发展思想。"),
    ("认真贯彻\u226a安全生产法\u226b的规定。", "认真贯彻《安全生产法》的规定。"),
    ("认真贯彻\u27ea安全生产法\u27eb的规定。", "认真贯彻《安全生产法》的规定。"),
    ("开展\u201a放管服\u2018改革。", "开展“放管服”改革。"),
    # a quotation inside a quotation typed with double marks or corner brackets: ‘ ’ inside “ ”
    ("他说：“要落实“放管服”改革要求”，推进工作。", "他说：“要落实‘放管服’改革要求”，推进工作。"),
    ("他说：「要落实『放管服』改革要求」，推进工作。", "他说：“要落实‘放管服’改革要求”，推进工作。"),
    ("他说：“要落实「放管服」改革要求”，推进工作。", "他说：“要落实‘放管服’改革要求”，推进工作。"),
    ("他说：\"要落实'放管服'改革要求\"，推进工作。", "他说：“要落实‘放管服’改革要求”，推进工作。"),
]


@pytest.mark.parametrize(("raw", "want"), FIXED)
def test_other_code_points_become_chinese_marks(raw: str, want: str) -> None:
    assert _body(raw) == want


KEPT = [
    "测站位于东经120\u00b010\u2032，北纬30\u00b015\u2032。",
    "当a\u226ab且b\u226bc时，误差可以忽略。",
    "引用英文原文``open data''一词。",
    "样品编号为\u27ea12\u27eb的数据。",
    "开展“四下基层”“三服务”活动。",
    "他说：“要落实‘放管服’改革要求”，推进工作。",
]


@pytest.mark.parametrize("raw", KEPT)
def test_signs_of_figures_maths_and_english_stay(raw: str) -> None:
    assert _body(raw) == raw


def test_marks_side_by_side_are_no_nested_quotation() -> None:
    # a doubled opening mark is a slip (one goes), never an inner quotation
    assert _body("高举““三个代表”重要思想。") == "高举“三个代表”重要思想。"


def test_a_misread_byte_pair_is_still_read_back() -> None:
    misread = "实".encode("gbk").decode("latin-1")  # Êµ
    assert _body(f"落{misread}党中央决策部署。") == "落实党中央决策部署。"


def test_a_doubled_sign_is_no_misread_byte_pair() -> None:
    out = _body("坚持\u00b4\u00b4以人民为中心\u00b4\u00b4的发展思想。")
    assert "\u521b" not in out  # 创, the GBK reading of B4 B4
