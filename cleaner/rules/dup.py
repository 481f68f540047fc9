"""Repeated sentences and paragraphs: an immediate repeat is removed once, a distant one flagged.

A scraper that stitches a heading to its first sentence, or a CMS that renders a block twice,
leaves "提升基本公共卫生服务能力。提升基本公共卫生服务能力。" behind. Only exact repeats count:
a heading followed by a sentence that merely starts with the same words is not one.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.docmodel import Line, is_prose, lines, non_blank, size
from cleaner.types import Edit, Flag

# Pieces end after each run of sentence ends (linear; a find-all of "[^。]+。" is quadratic on
# long lines, and a zero-width split tests a look-behind at every position).
# An ASCII full stop right after a Han character ends a sentence too (a copy in the other
# width: "加强领导,压实责任."); after a digit it is a decimal point.
_SENTENCE_END_RUN = regex.compile(r"[\u3002\uff01\uff1f]++|(?<=\p{Han})\.(?![0-9])")
# Punctuation of either width and spaces compared alike: a copy re-rendered in the other
# width (",;:()." for "，；：（）。", "一." for "一、") or with spaces in it is the same text.
_FOLD = str.maketrans({",": "\uff0c", ";": "\uff1b", ":": "\uff1a", "(": "\uff08", ")": "\uff09", "!": "\uff01",
                       "?": "\uff1f", ".": "\u3002", "[": "\u3010", "]": "\u3011", "<": "\u300a", ">": "\u300b",
                       "\u3001": "\u3002", "\uff0e": "\u3002"})  # a heading's 一、/1． copied as 一./1.
_SPACE_RUN = regex.compile(r"\s++")


def _key(s: str) -> str:
    """``s`` with punctuation folded to one width and spaces dropped (for comparing copies).

    >>> _key("(一)加强领导, 压实责任.") == _key("（一）加强领导，压实责任。")
    True
    """
    return _SPACE_RUN.sub("", s).translate(_FOLD)
_MARKER = regex.compile(
    r"^(?:[一二三四五六七八九十百]+\u3001|[(\uff08][一二三四五六七八九十百\d]+[)\uff09]|\d{1,2}[.\uff0e]|[一二三四五六七八九十]+是"
    r"|第[一二三四五六七八九十百零〇\d]+[条章节]\s*+)"
)
_FIRST_MARKER = regex.compile(r"^(?:一\u3001|[(\uff08][一1][)\uff09]|1[.\uff0e\u3001]|一是|第一[条章节])")
_MIN_SENTENCE = 4  # characters: "是。是。" is not a repeated sentence worth a change
_MIN_PARAGRAPH = 20
_MIN_COPIED_SENTENCE = 10  # a copied last sentence: long enough not to be a slogan


def drop_repeated_sentences(text: str) -> Iterator[Edit]:
    """A sentence repeated right after itself (or after its own heading) is removed once.

    >>> [e.old for e in drop_repeated_sentences("（七）提升基本公共卫生服务能力。提升基本公共卫生服务能力。将基本公共卫生纳入考核。")]
    ['提升基本公共卫生服务能力。']
    >>> list(drop_repeated_sentences("（七）提升服务能力。提升服务能力的关键在基层。"))
    []
    >>> [e.old for e in drop_repeated_sentences("加强领导，压实责任。 加强领导,压实责任.其他。")]
    [' 加强领导,压实责任.']
    """
    # One split of the whole text; a piece holding a line end starts a new line, whose
    # first sentence is the piece's part after its last line end.
    previous, pos = None, 0  # the previous sentence's keys: itself, and without its marker
    for piece in _sentence_pieces(text):
        if "\n" in piece:
            previous = _keys(piece[piece.rfind("\n") + 1:])
            pos += len(piece)
            continue
        key = _key(piece)
        if previous is not None and key and size(piece) >= _MIN_SENTENCE and key in previous:
            # the copy's leading spaces go with it ("甲。 甲。")
            yield Edit(pos, pos + len(piece), piece, "", "sentence repeated right after itself")
        previous = _keys(piece)
        pos += len(piece)


def _keys(sentence: str) -> tuple[str, str]:
    return _key(sentence), _key(_MARKER.sub("", sentence.lstrip()))


def _sentence_pieces(text: str) -> Iterator[str]:
    """``text`` cut after each run of sentence ends ("甲。乙！？丙" -> 甲。 / 乙！？ / 丙)."""
    pos = 0
    for m in _SENTENCE_END_RUN.finditer(text):
        yield text[pos:m.end()]
        pos = m.end()
    yield text[pos:]


def drop_repeated_paragraphs(text: str) -> Iterator[Edit]:
    """A paragraph (or a run of two or three) rendered twice close together is removed once.

    A CMS that renders a block twice leaves the copy right after it or a few paragraphs on,
    sometimes in the other punctuation width. The further the copy, the more must agree:
    on the next line any prose or numbered paragraph (a table's equal cells stay); one
    paragraph on, a sentence-length prose paragraph with prose between (a label line
    "责任单位：市卫健委", "答：可以…", or a paragraph under each of two headings recurs
    legitimately); two or three on, the same with only plain prose paragraphs between.
    A paragraph's last sentence standing again as the next line, or opening the next
    paragraph, is a copy too (a scraper that splits a paragraph keeps both halves).

    >>> [e.old for e in drop_repeated_paragraphs("今天新增确诊病例0例。\\n今天新增确诊病例0例。\\n其他。")]
    ['\\n今天新增确诊病例0例。']
    >>> [e.old for e in drop_repeated_paragraphs("加强领导，压实责任，确保各项工作落到实处。\\n其他。\\n加强领导，压实责任，确保各项工作落到实处。")]
    ['\\n加强领导，压实责任，确保各项工作落到实处。']
    >>> list(drop_repeated_paragraphs("责任单位：市卫健委、市财政局、市发展改革委。\\n（二）任务。\\n责任单位：市卫健委、市财政局、市发展改革委。"))
    []
    """
    doc = non_blank(lines(text))
    keys = [_key(line.text) for line in doc]
    last: dict[str, int] = {}  # key -> the latest line holding it (copies removed are not kept)
    i = 0
    while i < len(doc):
        found = _block_copy(doc, keys, i) or _line_copy(doc, keys, i, last.get(keys[i]))
        if found:
            n, reason = found
            yield Edit(doc[i - 1].end, doc[i + n - 1].end, text[doc[i - 1].end:doc[i + n - 1].end], "", reason)
            i += n
            continue
        opening = _opening_copy(doc, i)
        if opening:
            yield opening
        last[keys[i]] = i
        i += 1


def _block_copy(doc: list[Line], keys: list[str], i: int) -> tuple[int, str] | None:
    """Lines ``i``… repeat the two or three lines right before them (A B A B)."""
    for n in (3, 2):
        if i >= n and i + n <= len(doc) and keys[i:i + n] == keys[i - n:i] and len(set(keys[i - n:i])) == n:
            block = doc[i - n:i]
            if all(size(line.text) >= 6 for line in block) and sum(is_prose(line.text) for line in block) >= n - 1:
                return n, f"{n} paragraphs repeated right after themselves"
    return None


def _line_copy(doc: list[Line], keys: list[str], i: int, first: int | None) -> tuple[int, str] | None:
    """Line ``i`` repeats line ``first`` (one, two, three or four lines up) or the last
    sentence of the line right above it."""
    if first is None:
        return _last_sentence_copy(doc, keys, i)
    body, between = doc[first].text, doc[first + 1:i]
    if not between:
        if size(body) >= 6 and doc[i].start == doc[first].end + 1 and (is_prose(body) or _MARKER.match(body) or first == 0):
            return 1, "paragraph repeated on the next line"  # the title too (in another width)
        return None
    if len(between) == 1 and _repeatable_paragraph(body) and (
            is_prose(between[0].text) or (_MARKER.match(body) and not _FIRST_MARKER.match(body))):
        # Text under each of two headings may be parallel structure (the same rule, or a
        # （一） restarting, under 一、 and 二、); an item repeated with a later number is a copy.
        return 1, "paragraph repeated one paragraph after itself"
    if len(between) <= 3 and _repeatable_paragraph(body) and size(body) >= 30 and all(_plain(l.text) for l in between):
        return 1, f"paragraph repeated {len(between)} paragraphs after itself"
    return None


def _plain(body: str) -> bool:
    """A prose paragraph with no heading marker or label: nothing that restarts a structure."""
    return is_prose(body) and _MARKER.match(body) is None and _LABEL_OPENING.match(body) is None


def _last_sentence(body: str) -> str:
    """The last sentence of a paragraph of two or more ("" otherwise)."""
    pieces = [p for p in _sentence_pieces(body) if p.strip()]
    return pieces[-1] if len(pieces) >= 2 and _SENTENCE_END_RUN.search(pieces[-1][-1]) else ""


def _last_sentence_copy(doc: list[Line], keys: list[str], i: int) -> tuple[int, str] | None:
    if not i or size(doc[i].text) < _MIN_COPIED_SENTENCE:
        return None
    above = doc[i - 1].text
    if keys[i] == _key(_last_sentence(above)):
        return 1, "the previous paragraph's last sentence repeated as a line"
    if is_prose(above) and _MARKER.match(above) and keys[i] == _key(_MARKER.sub("", above)):
        return 1, "the numbered paragraph above repeated without its number"
    return None


def _opening_copy(doc: list[Line], i: int) -> Edit | None:
    """Line ``i`` opens (after its marker) with the last sentence of the line above."""
    if not i:
        return None
    above = doc[i - 1].text
    tail, least = _last_sentence(above), _MIN_COPIED_SENTENCE
    if not tail and len(list(_sentence_pieces(above))) == 2 and _SENTENCE_END_RUN.search(above[-1:]):
        # one sentence: a numbered heading restated (its structure is the cue) or a plain paragraph
        tail, least = (_MARKER.sub("", above), 6) if _MARKER.match(above) else (above, _MIN_COPIED_SENTENCE)
    if size(tail) < least:
        return None
    body = doc[i].text
    marker = _MARKER.match(body)
    at = marker.end() if marker else len(body) - len(body.lstrip())
    head = next(_sentence_pieces(body[at:]))
    if head != body[at:] and _key(head) == _key(tail):
        start = doc[i].start + at
        return Edit(start, start + len(head), head, "", "the previous paragraph's last sentence repeated at this one's start")
    return None


# "责任单位：" / "牵头部门:" open a label line, which recurs after each task on purpose.
_LABEL_OPENING = regex.compile(r"^\s*+\p{Han}{1,8}[:\uff1a]")  # 答：… answers recur too


def _repeatable_paragraph(body: str) -> bool:
    """A paragraph whose second copy one paragraph on is a rendering fault, not a list."""
    return (size(body) >= _MIN_PARAGRAPH and is_prose(body) and _LABEL_OPENING.match(body) is None
            and ("\uff0c" in body or _MARKER.match(body) is not None))


def flag_distant_repeats(text: str) -> Iterator[Flag]:
    """A paragraph that stands again further down is flagged (a reviewer decides), not removed.

    A numbered item that recurs under another heading is a parallel list ("1.市属医院…"
    under both （一） and （二）), not a copy: it is left alone.

    >>> [f.reason for f in flag_distant_repeats("加强领导，压实责任，确保各项工作落到实处。\\n其他。\\n另一段。\\n加强领导，压实责任，确保各项工作落到实处。")]
    ['paragraph repeats line 1 of the clean text']
    >>> list(flag_distant_repeats("（一）甲类：\\n1.市属二级及以上医疗机构（每家限报2个项目）；\\n（二）乙类：\\n1. 市属二级及以上医疗机构（每家限报2个项目）；"))
    []
    """
    seen: dict[str, tuple[int, int]] = {}  # key -> (line index, headings before it)
    headings = 0
    for line in lines(text):
        body = line.text
        if _is_heading(body):
            headings += 1
        if size(body) < _MIN_PARAGRAPH or not is_prose(body):
            continue
        key = _key(body)  # a copy in the other width is a repeat too
        if key in seen and seen[key][0] < line.index - 1 and not (_MARKER.match(body) and seen[key][1] < headings):
            yield Flag(line.start, line.end, f"paragraph repeats line {seen[key][0] + 1} of the clean text")
        seen.setdefault(key, (line.index, headings))


def _is_heading(body: str) -> bool:
    """A heading line: short, and no sentence (or a lead-in ending on a colon)."""
    body = body.strip()
    return 0 < size(body) <= 40 and (not is_prose(body) or body.endswith(("\uff1a", ":")))
