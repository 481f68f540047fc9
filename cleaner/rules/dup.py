"""Repeated sentences and paragraphs: an immediate repeat is removed once, a distant one flagged.

A scraper that stitches a heading to its first sentence, or a CMS that renders a block twice,
leaves "提升基本公共卫生服务能力。提升基本公共卫生服务能力。" behind. Only exact repeats count:
a heading followed by a sentence that merely starts with the same words is not one.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.docmodel import is_prose, lines, non_blank, size
from cleaner.types import Edit, Flag

# Pieces end after each run of sentence ends (linear; a find-all of "[^。]+。" is quadratic on
# long lines, and a zero-width split tests a look-behind at every position).
_SENTENCE_END_RUN = regex.compile(r"[\u3002\uff01\uff1f]+")
_MARKER = regex.compile(
    r"^(?:[一二三四五六七八九十百]+\u3001|[(\uff08][一二三四五六七八九十百\d]+[)\uff09]|\d{1,2}[.\uff0e]|[一二三四五六七八九十]+是"
    r"|第[一二三四五六七八九十百零〇\d]+[条章节]\s*+)"
)
_FIRST_MARKER = regex.compile(r"^(?:一\u3001|[(\uff08][一1][)\uff09]|1[.\uff0e\u3001]|一是|第一[条章节])")
_MIN_SENTENCE = 4  # characters: "是。是。" is not a repeated sentence worth a change
_MIN_PARAGRAPH = 20


def drop_repeated_sentences(text: str) -> Iterator[Edit]:
    """A sentence repeated right after itself (or after its own heading) is removed once.

    >>> [e.old for e in drop_repeated_sentences("（七）提升基本公共卫生服务能力。提升基本公共卫生服务能力。将基本公共卫生纳入考核。")]
    ['提升基本公共卫生服务能力。']
    >>> list(drop_repeated_sentences("（七）提升服务能力。提升服务能力的关键在基层。"))
    []
    """
    # One split of the whole text; a piece holding a line end starts a new line, whose
    # first sentence is the piece's part after its last line end.
    previous, pos = None, 0
    for piece in _sentence_pieces(text):
        if "\n" in piece:
            previous = piece[piece.rfind("\n") + 1:]
        elif (previous is not None and previous.endswith(piece) and size(piece) >= _MIN_SENTENCE
              and piece in (previous, _MARKER.sub("", previous))):
            yield Edit(pos, pos + len(piece), piece, "", "sentence repeated right after itself")
            previous = piece
        else:
            previous = piece
        pos += len(piece)


def _sentence_pieces(text: str) -> Iterator[str]:
    """``text`` cut after each run of sentence ends ("甲。乙！？丙" -> 甲。 / 乙！？ / 丙)."""
    pos = 0
    for m in _SENTENCE_END_RUN.finditer(text):
        yield text[pos:m.end()]
        pos = m.end()
    yield text[pos:]


def drop_repeated_paragraphs(text: str) -> Iterator[Edit]:
    """A paragraph repeated on the next line, or after one other paragraph, is removed once.

    A CMS that renders a block twice leaves the copy right after it or one paragraph on.
    One paragraph apart, only a sentence-length prose paragraph counts, with prose between:
    a short line, a label line ("责任单位：市卫健委", "答：可以…") or a paragraph under each of
    two headings recurs legitimately. On the next line, a table's equal cells are no repeat.

    >>> [e.old for e in drop_repeated_paragraphs("今天新增确诊病例0例。\\n今天新增确诊病例0例。\\n其他。")]
    ['\\n今天新增确诊病例0例。']
    >>> [e.old for e in drop_repeated_paragraphs("加强领导，压实责任，确保各项工作落到实处。\\n其他。\\n加强领导，压实责任，确保各项工作落到实处。")]
    ['\\n加强领导，压实责任，确保各项工作落到实处。']
    >>> list(drop_repeated_paragraphs("责任单位：市卫健委、市财政局、市发展改革委。\\n（二）任务。\\n责任单位：市卫健委、市财政局、市发展改革委。"))
    []
    """
    doc = non_blank(lines(text))
    for first, second in zip(doc, doc[1:]):
        if (first.text == second.text and size(first.text) >= 6 and second.start == first.end + 1
                and (is_prose(first.text) or _MARKER.match(first.text))):  # two equal cells of a table stay
            yield Edit(first.end, second.end, text[first.end:second.end], "", "paragraph repeated on the next line")
    for first, middle, third in zip(doc, doc[1:], doc[2:]):
        if (first.text == third.text != middle.text and _repeatable_paragraph(first.text)
                and (is_prose(middle.text) or (_MARKER.match(first.text) and not _FIRST_MARKER.match(first.text)))):
            # Text under each of two headings may be parallel structure (the same rule, or a
            # （一） restarting, under 一、 and 二、); an item repeated with a later number is a copy.
            yield Edit(middle.end, third.end, text[middle.end:third.end], "",
                       "paragraph repeated one paragraph after itself")


# "责任单位：" / "牵头部门:" open a label line, which recurs after each task on purpose.
_LABEL_OPENING = regex.compile(r"^\s*+\p{Han}{1,8}[:\uff1a]")  # 答：… answers recur too


def _repeatable_paragraph(body: str) -> bool:
    """A paragraph whose second copy one paragraph on is a rendering fault, not a list."""
    return (size(body) >= _MIN_PARAGRAPH and is_prose(body) and _LABEL_OPENING.match(body) is None
            and ("\uff0c" in body or _MARKER.match(body) is not None))


def flag_distant_repeats(text: str) -> Iterator[Flag]:
    """A paragraph that stands again further down is flagged (a reviewer decides), not removed.

    >>> [f.reason for f in flag_distant_repeats("加强领导，压实责任，确保各项工作落到实处。\\n其他。\\n另一段。\\n加强领导，压实责任，确保各项工作落到实处。")]
    ['paragraph repeats line 1 of the clean text']
    """
    seen: dict[str, int] = {}
    for line in lines(text):
        body = line.text
        if size(body) < _MIN_PARAGRAPH or not is_prose(body):
            continue
        if body in seen and seen[body] < line.index - 1:
            yield Flag(line.start, line.end, f"paragraph repeats line {seen[body] + 1} of the clean text")
        seen.setdefault(body, line.index)
