"""Quotation marks and brackets: convert straight quotes, restore a lost 《, flag what does not pair.

A fix is made only when the pairing has one answer (an even number of straight quotes on a
line of Chinese text; a 》 closing a title the document states elsewhere). Everything else
that does not balance within its paragraph is flagged with its span, never guessed.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from cleaner import chars
from cleaner.docmodel import is_prose, lines, size
from cleaner.scanning import LastMark
from cleaner.textutil import ANY_HAN
from cleaner.types import Edit, Flag

_CODE_LIKE = regex.compile(r"[<>{}=]")
_LATIN = regex.compile(r"[A-Za-z]")


def convert_straight_quotes(text: str) -> Iterator[Edit]:
    """Straight quotes around Chinese text become “ ” (and ‘ ’) when they pair up unambiguously.

    A line with an odd number of them, or that looks like markup or code, is left alone.

    >>> from cleaner.edits import apply
    >>> t = '评选"名院、名科、名医"活动和"首都名中医"'
    >>> apply(t, list(convert_straight_quotes(t)))
    '评选“名院、名科、名医”活动和“首都名中医”'
    >>> list(convert_straight_quotes('他说"好。')) + list(convert_straight_quotes('<p style="a">中</p>'))
    []
    """
    if '"' not in text and "'" not in text:
        return
    for line in lines(text):
        if _CODE_LIKE.search(line.text):
            continue
        yield from _pairs(line, '"', chars.LEFT_DOUBLE_QUOTE, chars.RIGHT_DOUBLE_QUOTE)
        yield from _pairs(line, "'", chars.LEFT_SINGLE_QUOTE, chars.RIGHT_SINGLE_QUOTE)


def _pairs(line, mark: str, opening: str, closing: str) -> Iterator[Edit]:
    if mark not in line.text:
        return
    at = [i for i, c in enumerate(line.text) if c == mark]
    if not at or len(at) % 2:
        return
    for a, b in zip(at[::2], at[1::2]):
        inside = line.text[a + 1:b]
        if not ANY_HAN.search(inside):
            continue
        if mark == "'" and (_LATIN.match(line.text[a - 1:a] or " ") or _LATIN.match(line.text[b + 1:b + 2] or " ")):
            continue  # an apostrophe in a Latin word
        reason = f"straight quotes around Chinese text: {opening} {closing}"
        yield Edit(line.start + a, line.start + a + 1, mark, opening, reason)
        yield Edit(line.start + b, line.start + b + 1, mark, closing, reason)


_CLAUSE_START = regex.compile("[\u3001\u3002\uff0c\uff1b\uff1a\uff01\uff1f\u201c\u201d\uff08\uff09\u300a\u300b]")
_MIN_TITLE = 4


def restore_title_mark(text: str) -> Iterator[Edit]:
    """A 》 with no 《 gets its 《 back when the title it closes is stated elsewhere in the document.

    The title must stand elsewhere as a line of its own, inside 《 》, or after 印发 in the
    document's title; otherwise the lone 》 is left for :func:`flag_unbalanced`.

    >>> from cleaner.edits import apply
    >>> t = "关于印发2021年工作要点的通知\\n2021年工作要点》已经研究通过，现印发给你们。\\n2021年工作要点"
    >>> apply(t, list(restore_title_mark(t)))
    '关于印发2021年工作要点的通知\\n《2021年工作要点》已经研究通过，现印发给你们。\\n2021年工作要点'
    """
    if chars.RIGHT_TITLE_MARK not in text:
        return
    doc = lines(text)
    known, longest = None, 0  # the stated titles (and the longest's length), gathered once a stray 》 is found
    for line in doc:
        if chars.RIGHT_TITLE_MARK not in line.text:
            continue
        clause_start = LastMark(_CLAUSE_START, line.text)  # strays come left to right: read once
        for pos in _unmatched(line.text, chars.LEFT_TITLE_MARK, chars.RIGHT_TITLE_MARK)[1]:
            if known is None:
                known = _stated_titles(doc)
                longest = max(map(len, known), default=0)
            start = _title_start(line.text, pos, known, max(clause_start.end_before(pos), pos - longest))
            if start is not None:
                yield Edit(line.start + start, line.start + start, "", chars.LEFT_TITLE_MARK,
                           f"《 restored: the document states the title {line.text[start:pos]!r} elsewhere")


def _stated_titles(doc) -> set[str]:
    titles = set()
    for line in doc:
        stripped = line.text.strip()
        if _MIN_TITLE <= size(stripped) <= 60 and not is_prose(stripped):
            titles.add(stripped)
        titles.update(regex.findall("\u300a([^\u300a\u300b]{4,60})\u300b", line.text))
    if doc:
        titles.update(regex.findall(r"印发(.{4,60}?)的(?:通知|函)", doc[0].text))
    return titles


def _title_start(line: str, pos: int, known: set[str], earliest: int) -> int | None:
    """Where the title that ends at ``pos`` starts, if a known title ends there (the longest
    first). ``earliest``: the clause start, or the longest title's length back from ``pos``
    if that is later (trying every start of a long clause is quadratic)."""
    for start in range(earliest, pos - _MIN_TITLE + 1):
        if line[start:pos] in known:
            return start
    return None


def _unmatched(line: str, opening: str, closing: str) -> tuple[list[int], list[int]]:
    """Positions of openings never closed and of closings never opened, in ``line``."""
    open_at: list[int] = []
    stray: list[int] = []
    # Visit the marks only, not every character, and each once (looking for the next of
    # each kind from every mark walks to the line's end per mark when one kind is absent).
    for m in _either(opening, closing).finditer(line):
        i = m.start()
        if line[i] == opening:
            open_at.append(i)
        elif open_at:
            open_at.pop()
        else:
            stray.append(i)
    return open_at, stray


@lru_cache(maxsize=None)
def _either(opening: str, closing: str) -> regex.Pattern:
    return regex.compile(f"[{regex.escape(opening)}{regex.escape(closing)}]")


# "1）加强领导；2）压实责任": a closing bracket after a short number is a list marker.
_LIST_MARKER = regex.compile(
    r"(?:^|(?<=[\s;,:\u3001\u3002\uff0c\uff1b\uff1a]))(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[A-Za-z])[)\uff09]"
)


def flag_unbalanced(text: str) -> Iterator[Flag]:
    """Quotes and brackets that do not pair within their paragraph are flagged (“ ” ‘ ’ 《 》 （ ） 【 】).

    A closing bracket that serves as a list marker ("1）") is not a stray.

    >>> [(f.start, f.reason) for f in flag_unbalanced("大力培育医心党建”“健康学院”等品牌")]
    [(8, 'closing ” without its opening “ in this paragraph')]
    >>> list(flag_unbalanced("增强“四个意识”、坚定“四个自信”。"))
    []
    """
    if not any(c in text for pair in chars.PAIRS.items() for c in pair):
        return
    for line in lines(text):
        markers = {m.end() - 1 for m in _LIST_MARKER.finditer(line.text)}
        for opening, closing in chars.PAIRS.items():
            if opening not in line.text and closing not in line.text:
                continue
            open_at, stray = _unmatched(line.text, opening, closing)
            for i in open_at:
                yield Flag(line.start + i, line.start + i + 1, f"opening {opening} never closed in this paragraph")
            for i in stray:
                if i in markers:
                    continue
                yield Flag(line.start + i, line.start + i + 1, f"closing {closing} without its opening {opening} in this paragraph")
