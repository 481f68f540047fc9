"""Round 16's review: real document text the round's first rules changed, removed or flagged, each kept as a
whole document under tests/data/review_r16/. A table's cells one per line read as a PDF page break (doc7), a
sentence's end before a figure read as a decimal point (doc1), a standard's number and a file name read as a
year range (doc1, doc10), an event's head line read as a counter strip and a notice's own attachment list
read as download links (doc2, doc9), a results table's column heads read as an ad's genre row (doc9), GB2312
characters before a question mark, I号线 and a headline's | read as mojibake or OCR specks (doc3), 聽 of
traditional text read as a misread space (doc5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.pipeline import clean

DATA = Path(__file__).parent / "data" / "review_r16"


# The reasons of round 16's garbled shapes (doc5's traditional text also meets an older flag, apart from this).
ROUND_16_SHAPES = ("UTF-8 read as GBK, a byte lost", "thin signs", "a space in UTF-8 read as GBK")


def _clean(name: str):
    return clean((DATA / name).read_text(encoding="utf-8"), name)


@pytest.mark.parametrize("name,kept", [
    ("doc7.txt", ["\n56\n", "\n市政府办公室文件\n", "\n112\n", "编发政务信息工作简报"]),
    ("doc1.txt", ["详见附件2。10万元以下", "DB34/T 2019-2021年版"]),
    ("doc10.txt", ["规划(2021-2025年).pdf"]),
    ("doc2.txt", ["名额：300人", "\n附件：\n", "1.报名表.docx（18KB）"]),
    ("doc9.txt", ["附件：W020240315512345678.pdf", "工作总结 工作计划 述职报告 心得体会 调研报告"]),
])
def test_real_lines_stay_as_written(name, kept):
    text = _clean(name).text
    for piece in kept:
        assert piece in text, piece


@pytest.mark.parametrize("name,words", [
    ("doc3.txt", ["氚", "氡", "I号线", "I字钢", "重磅|"]),
    ("doc5.txt", ["聽證會", "聽取"]),
])
def test_real_characters_raise_no_garbled_flag(name, words):
    raw = (DATA / name).read_text(encoding="utf-8")
    flags = [(f.start, f.end) for f in _clean(name).findings if f.action == "flag" and f.reason.startswith(ROUND_16_SHAPES)]
    for word in words:
        at = raw.index(word)
        assert not any(s < at + len(word) and at < e for s, e in flags), (word, [raw[s:e] for s, e in flags])
