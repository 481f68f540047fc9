"""A bare numeral standing where its outline marker's brackets or mark were stripped.

A CMS that strips full-width brackets leaves "二　深入开展…" of "（二）深入开展…". Between two
siblings whose numbers leave exactly one gap ((一) above, (三) below), the one line opening with
the missing numeral itself, set off by a gap, is the lost item: it takes the marker the siblings
spell. A numeral glued to words stays (五年来，… is prose), as do table rows (cells after the
numeral, or bare numerals used as a style elsewhere in the document), a line that is not alone
in the gap, and any gap where a line between still opens with the missing number in some other
shape (二.存在问题, 2、压实责任: the outline walk reads it).

A numeral glued to words (五推进财税体制改革。) was tried in round 56, with the document's own words
as evidence (the two characters after the numeral written elsewhere, the numeral with the first of
them nowhere): an adversarial read broke it at once (四史学习, 三医联动, 三务公开, 二氧化碳, 二维码, 六安市,
九江市 in a list that skips a number on purpose), and it is left alone.

A bullet in the gap (●　压实责任) was tried as a stand-in too, again in round 56 as the document's
only bullet not led into by a colon (◆本事项已下放至… under 序号保留不变, ■其中口袋公园… broke it), and is
left alone: a lone bullet line under an item is as often that item's detail (●　办理时限：10个工作日。)
in a list that skips a number on purpose (序号保留不变), and turning the detail into the item is
worse than the renumbering with its flag.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.docmodel import Line
from cleaner.markerslips import numerals_of
from cleaner.outline import numerals
from cleaner.types import Edit

_N = "一二三四五六七八九十"
# A marker at a line's start: (opening, numeral, closing) of 一、 （一） （1） 1.
_SIBLING = regex.compile(rf"^(?:([{_N}]{{1,3}})(\u3001)|([(\uff08])([{_N}]{{1,3}}|\d{{1,2}})([)\uff09])|(\d{{1,2}})([.\uff0e])(?!\d))")
_BULLET = regex.compile(r"^[\u25cf\u25c6\u25a0\u25a1\u25b2\u2605\u25c7\u25cb\u2022\u00b7\u25aa\u2666\u27a2\u2713]\s*+(?=\p{Han})")
_BARE = regex.compile(rf"^([{_N}]{{1,3}}|\d{{1,2}})[ \u3000]++(?=\p{{Han}})")
_REACH = 30  # lines between two siblings
_GAP = regex.compile(r"[ \u3000]{2,}|\u3000|\t")


def stand_in_markers(text_lines: tuple[Line, ...]) -> Iterator[Edit]:
    """Edits that put the lost marker in place of a bare numeral, where the siblings leave that gap.

    >>> from cleaner.docmodel import lines
    >>> t = "（一）加强领导。\\n二　压实责任。\\n（三）强化督导。\\n（四）及时报送。\\n五年来，成效明显。\\n（六）其他。"
    >>> [(e.old, e.new) for e in stand_in_markers(lines(t))]
    [('二\\u3000', '（二）')]
    >>> list(stand_in_markers(lines("（一）加强领导：\\n2　县城污水处理厂　1200万元\\n（三）其他。")))
    []
    """
    markers = [_read(line.text) for line in text_lines]
    bare = sum(1 for line in text_lines if _BARE.match(line.text))
    for k, line in enumerate(text_lines):
        stand_in = _BARE.match(line.text)
        # the document's only line of its kind (bare numerals used as a style elsewhere, table
        # rows, are its own layout), and no cells after it (序号　名称　金额 rows)
        if stand_in is None or markers[k] is not None or bare != 1 or _GAP.search(line.text, stand_in.end()):
            continue
        found = _gap_around(markers, text_lines, k)
        if found is None:
            continue
        shape, value, between = found
        if _number(stand_in[1]) != value:
            continue
        if any(j != k and _names(text_lines[j].text, value) for j in between):
            continue  # the item is there in a shape the outline reads later (二.存在问题, 2、压实责任)
        marker = _spell(shape, value)
        yield Edit(line.start, line.start + stand_in.end(), stand_in.group(), marker,
                   f"{stand_in.group().strip()} stands where {marker} was lost: the siblings above and below leave that one gap")


def _read(line: str) -> tuple[tuple[str, str, str], int] | None:
    """((opening, kind, closing), value) of the marker opening ``line``, or None."""
    m = _SIBLING.match(line)
    if m is None:
        return None
    if m[1]:
        return ("", "cn", "\u3001"), _number(m[1])
    if m[4]:
        return ("\uff08", "num" if m[4].isdigit() else "cn", "\uff09"), _number(m[4])
    return ("", "num", m[7]), int(m[6])


def _gap_around(markers: list, text_lines: tuple[Line, ...], k: int) -> tuple[tuple[str, str, str], int, range] | None:
    """(shape, missing value, the lines between) when the nearest marker above and the next of its shape below are
    numbers n and n + 2, with line ``k`` the only stand-in between them."""
    above = next((j for j in range(k - 1, max(-1, k - _REACH), -1) if markers[j] is not None), None)
    if above is None or markers[above][1] is None:
        return None
    shape, value = markers[above]
    below = next((j for j in range(k + 1, min(len(markers), k + _REACH)) if markers[j] is not None and markers[j][0] == shape), None)
    if below is None or markers[below][1] != value + 2:
        return None
    between = range(above + 1, below)
    if any(j != k and (_BULLET.match(text_lines[j].text) or _BARE.match(text_lines[j].text)) for j in between):
        return None  # a list of bullets, or two stand-ins: which one is the item is not shown
    return shape, value + 1, between


# Any line that opens with a numeral in any marker shape, however slipped (二. 二： 二） 2、 ●（二）).
_ANY_MARKER = regex.compile(rf"^\s*+[^\p{{Han}}\d]{{0,2}}?[(\uff08]?\s*+([{_N}]{{1,3}}|\d{{1,2}})\s*+[)\uff09\u3001.\uff0e:\uff1a\s]")


def _names(line: str, value: int) -> bool:
    m = _ANY_MARKER.match(line)
    return m is not None and _number(m[1]) == value


def _number(numeral: str) -> int | None:
    return int(numeral) if numeral.isdigit() else numerals().get(numeral)


def _spell(shape: tuple[str, str, str], value: int) -> str:
    opening, kind, closing = shape
    return opening + (str(value) if kind == "num" else numerals_of(value)) + closing
