"""edits.apply, the offset maps and restore: the machinery of a lossless record."""

import pytest

from cleaner.edits import EditError, OffsetMap, apply, map_span_back, restore
from cleaner.pipeline import clean
from cleaner.types import Edit, Finding


def test_apply_is_simultaneous_and_order_free():
    text = "甲,乙,丙"
    e1, e2 = Edit(1, 2, ",", "，", "w"), Edit(3, 4, ",", "，", "w")
    assert apply(text, [e2, e1]) == apply(text, [e1, e2]) == "甲，乙，丙"


def test_apply_rejects_overlap():
    with pytest.raises(EditError, match="overlap"):
        apply("abcdef", [Edit(0, 3, "abc", "", "r"), Edit(2, 4, "cd", "", "r")])


def test_apply_rejects_two_insertions_at_one_place():
    with pytest.raises(EditError, match="overlap"):
        apply("ab", [Edit(1, 1, "", "x", "r"), Edit(1, 1, "", "y", "r")])


def test_apply_rejects_stale_old_and_bounds():
    with pytest.raises(EditError, match="expects"):
        apply("abc", [Edit(0, 1, "b", "", "r")])
    with pytest.raises(EditError, match="out of bounds"):
        apply("abc", [Edit(2, 5, "c", "", "r")])


def test_adjacent_edits_are_fine():
    assert apply("abcd", [Edit(0, 2, "ab", "X", "r"), Edit(2, 4, "cd", "Y", "r")]) == "XY"


def test_offset_map_deletion_and_insertion():
    # "abXYcd" -> delete XY -> "abcd"
    m = OffsetMap([Edit(2, 4, "XY", "", "r")])
    assert [m.back(q) for q in range(5)] == [0, 1, 4, 5, 6]
    assert m.back(2, end=True) == 2  # a span ending at the deletion point excludes it
    # "abcd" -> insert "ZZ" at 2 -> "abZZcd"
    m = OffsetMap([Edit(2, 2, "", "ZZ", "r")])
    assert [m.back(q) for q in range(7)] == [0, 1, 2, 2, 2, 3, 4]


def test_map_span_back_through_two_steps():
    # raw "a  b,c" -> step0 removes "  " (-> "ab,c") -> step1 widens "," at 2
    step0 = OffsetMap([Edit(1, 3, "  ", "", "r")])
    assert map_span_back([step0], 2, 3) == (4, 5)


def test_restore_replays_steps_backwards():
    findings = [
        Finding("space.x", "remove", 1, 3, "  ", "", "r", step=0, pos=1),
        Finding("punct.y", "fix", 4, 5, ",", "，", "r", step=1, pos=2),
        Finding("quote.z", "flag", 0, 1, "a", "a", "r", step=2, pos=0),
    ]
    assert restore("ab，c", findings) == "a  b,c"


@pytest.mark.parametrize("raw", [
    "", "\n", "标题\r\n\r\n正文,内容\r\n", "a\rb\r\nc\n", "\u3000\u3000正文 内容 ,\n\n\n",
])
def test_clean_restores_exactly(raw):
    cleaned = clean(raw)
    assert cleaned.restore() == raw


def test_finding_offsets_point_into_raw_text():
    raw = "标题\r\n\r\n总投资 1.4025 万元,其中:"
    cleaned = clean(raw)
    for f in cleaned.findings:
        assert 0 <= f.start <= f.end <= len(raw)
        if f.rule == "punct.widen_ascii_punctuation":
            assert raw[f.start:f.end] == f.before
