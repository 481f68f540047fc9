"""Outline markers in shapes the outline walk cannot read, put back where both siblings agree.

Other sites, editors and OCR leave a marker the walk does not know as one: a circled number
from a symbol list ("\u2462加强…" for "3."), full-width digits that also lost their point or one
bracket ("\uff13加强…", "\uff13\uff09加强…"), a bracket pair whose numeral did not render ("\uff08\u3000\uff09",
"(  )"), a numeral's 、 left as a comma ("\uff0c保障措施"), a numeral off by one with the mark of
another list ("2\u3001" among "1." "3." "4."). Such a head is repaired only from the list around it:
the nearest marker of one kind above is N-1 and the nearest below is N+1 (no marker of a
higher level between), and only one kind says so; the repair is that list's marker N in
the siblings' own style. Anything else (a table row of figures, a list that starts again)
has no such pair of siblings and stays as it is.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.counts import AFTER_NUMBER, COUNT_NOUN
from cleaner.docmodel import Line
from cleaner.outline import bare_heading_at, heading_at, numerals
from cleaner.types import Edit

_N = "\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e"  # 一二三四五六七八九十百
_OPEN = "(\uff08"
_CLOSE = ")\uff09"
_DOT = ".\uff0e"
_DUN = "\u3001"
# Readable markers at a line's start, by kind (GB/T 9704 levels, highest first).
_READABLE = {
    "cn_dun": regex.compile(rf"([{_N}]++){_DUN}"),
    "cn_paren": regex.compile(rf"[{_OPEN}]([{_N}]{{1,4}})[{_CLOSE}]"),
    "ar_dot": regex.compile(rf"([0-9]{{1,2}})[{_DOT}](?![0-9])"),
    "ar_paren": regex.compile(rf"[{_OPEN}]([0-9]{{1,2}})[{_CLOSE}]"),
}
_RANK = {"cn_dun": 0, "cn_paren": 1, "ar_dot": 2, "ar_paren": 3}
_BLANK = " \u3000\u00a0\t"
# ① .. ⑳, then ⑴ .. ⒇ and ⒈ .. ⒛ (the parenthesized and full-stop number forms)
_CIRCLED = "".join(chr(0x2460 + i) for i in range(20)) + "".join(chr(0x2474 + i) for i in range(40))
_WIDE_DIGITS = "".join(chr(0xFF10 + i) for i in range(10))
# Heads the walk cannot read, each with the kinds it can stand for.
_UNREAD = (
    # ③ / ③、 / ③. : a symbol-list number
    (regex.compile(rf"[{_CIRCLED}][{_DUN}{_DOT}]?+"), ("ar_dot", "ar_paren")),
    # ３ / ３） / （３ / ３、: digits (of either width) with the mark lost or another mark
    (_DIGITS := regex.compile(rf"[{_OPEN}]?+[0-9{_WIDE_DIGITS}]{{1,2}}+[{_CLOSE}{_DUN},\uff0c]?+"), ("ar_dot", "ar_paren")),
    # （　） / (  ) / 【】 / ［］: a pair whose numeral did not render
    # (the walk itself reads an empty pair without blanks, （） or 【】, as a lost numeral)
    (regex.compile(rf"[{_OPEN}\u3010\uff3b\[\u3014][{_BLANK}]++[{_CLOSE}\u3011\uff3d\]\u3015]"), ("cn_paren", "ar_paren")),
    # 2、 / 4， / 3 among 1. 3. 4. fall under the digits above: the siblings give the number
    # ，保障措施 / , 保障措施: the 、 left as a comma
    # (a bare 、, with or without blanks, the walk reads itself)
    (regex.compile(rf"[{_BLANK}]*+[,\uff0c][{_BLANK}]*+"), ("cn_dun",)),
    # 3 . / ３　． : a point a justified heading set apart from its numeral
    (regex.compile(rf"[0-9{_WIDE_DIGITS}]{{1,2}}+[{_BLANK}]++[{_DOT}]"), ("ar_dot",)),
    # ?. / ? / ？? : a numeral, or a whole one-character marker (⑶ ㈢), lost to ? by a codepage step
    # (?、 （?） 第?条 the walk reads itself, as a lost numeral)
    (regex.compile(rf"[?\uff1f]{{1,3}}+[{_DOT}]"), ("ar_dot",)),
    (_LOST_WHOLE := regex.compile(r"[?\uff1f]{1,3}+[ \u3000]?+"), ("cn_dun", "cn_paren", "ar_dot", "ar_paren")),
    # C四) / (八J / 「二」: OCR read a bracket as a letter or a corner bracket
    (regex.compile(rf"(?:[Cc\u300c][{_N}]{{1,4}}[{_CLOSE}Jj\u300d]|[{_OPEN}][{_N}]{{1,4}}[Jj\u300d])"), ("cn_paren",)),
    # S. / Z． / (B) : OCR read a digit as a letter (5 S, 2 Z, 8 B, 6 b, 9 g, 0 O, 1 I l)
    (regex.compile(rf"[SZBbgOIl][{_DOT}](?![0-9A-Za-z])"), ("ar_dot",)),
    (regex.compile(rf"[{_OPEN}][SZBbgOIl][{_CLOSE}]"), ("ar_paren",)),
    # 4.3 鼓励… under 四、 among （一）（二）（四）: a legal-style number (a Word multilevel list, a
    # paste from a 1.1 document); its last part must be the number the siblings call for
    # (the blank after it may be gone: not before a unit, where it reads as a figure, 2.2亿元)
    (_LEGAL := regex.compile(rf"[0-9]{{1,2}}(?:[{_DOT}]([0-9]{{1,2}})){{1,2}}+(?:[{_BLANK}]++|(?![万亿千百元个倍米吨亩户人家项%\uff05]))"),
     ("cn_paren", "ar_dot", "ar_paren")),
)
# An Arabic numeral with another mark heading a line: a list that goes on in that style.
_OTHER_STYLE = regex.compile(rf"[0-9{_WIDE_DIGITS}]{{1,2}}+[{_DUN},\uff0c{_CLOSE}]")
_WINDOW = 40  # lines looked at on each side for the two siblings


def _read(text: str) -> tuple[str, int, str] | None:
    """(kind, value, marker text) of a readable marker at the start of ``text``."""
    for kind, pat in _READABLE.items():
        m = pat.match(text)
        if m:
            value = int(m[1]) if m[1].isdigit() else numerals().get(m[1])
            return (kind, value, m[0]) if value else None
    return None


class _Heads:
    """Each line's readable marker, and whether it opens a list in another style, read once:
    every line is looked at from up to twice ``_WINDOW`` neighbours and for every kind."""

    def __init__(self, text_lines: tuple[Line, ...]):
        self.lines = text_lines
        self.read = [_read(line.text) for line in text_lines]
        self.other_style = [not got and _OTHER_STYLE.match(line.text) is not None
                            for got, line in zip(self.read, text_lines)]


def _sibling(heads: _Heads, k: int, kind: str, step: int) -> tuple[int, str] | None:
    """The nearest marker of ``kind`` from line k in direction ``step``, unless a higher level comes first."""
    j = k + step
    while 0 <= j < len(heads.lines) and abs(j - k) <= _WINDOW:
        got = heads.read[j]
        if heads.other_style[j]:
            return None  # "3、" after "2." with "4、" "5、" below: the list changed style, no agreement
        if got and got[0] == kind:
            return got[1], got[2]
        if got and _RANK[got[0]] < _RANK[kind]:
            return None
        j += step
    return None


def _styled(kind: str, value: int, like: str) -> str:
    """Marker ``value`` of ``kind`` in the brackets or point its sibling ``like`` uses."""
    num = str(value) if kind.startswith("ar") else next(n for n, v in numerals().items() if v == value)
    if kind == "cn_dun":
        return num + _DUN
    if kind == "ar_dot":
        return num + like[-1]
    return like[0] + num + like[-1]


def unread_markers(text_lines: tuple[Line, ...]) -> Iterator[Edit]:
    """A head the walk cannot read becomes the marker both its siblings call for.

    >>> from cleaner.docmodel import lines
    >>> t = "1.甲\\n2.乙\\n\\u2462加强\\n4.丁\\n（一）子\\n（\\u3000）丑\\n（三）寅\\n一、甲\\n\\uff0c乙\\n三、丙"
    >>> [(e.old, e.new) for e in unread_markers(lines(t))]
    [('\\u2462', '3.'), ('（\\u3000）', '（二）'), ('\\uff0c', '二、')]
    >>> [e.new for e in unread_markers(lines("1.甲\\n2、乙\\n3.丙\\n4\\uff0e丁\\n5.戊"))]
    ['2.', '.']
    >>> list(unread_markers(lines("1.甲\\n\\u2462乙\\n5.丙\\n1 2 3 4 5 6 年")))
    []
    >>> list(unread_markers(lines("1.甲\\n2.乙\\n3、丙\\n4、丁\\n5、戊\\n1.己\\n4.庚")))
    []
    """
    heads = _Heads(text_lines)
    for k, line in enumerate(text_lines):
        text = line.text
        if not text:
            continue
        if heads.read[k]:
            yield from _point_width(heads, k)
            yield from _other_level(heads, k)
            continue
        restyled = list(_other_level(heads, k))  # "３．" between 二、 and 四、
        if restyled:
            yield from restyled
            continue
        for pat, kinds in _UNREAD:
            m = pat.match(text)
            opens = r"[\p{Han}\u201c\u300a\d]" if pat is _LOST_WHOLE else r"[\p{Han}\u201c\u300a]"
            if not m or not regex.match(opens, text[m.end():m.end() + 1]):
                continue
            fits = []
            for kind in kinds:
                above, below = _sibling(heads, k, kind, -1), _sibling(heads, k, kind, 1)
                if above and below and below[0] == above[0] + 2:
                    fits.append((kind, above[0] + 1, above[1]))
            if pat is _LOST_WHOLE and fits and not _shaped_like_sibling(text_lines, k, m.end(), fits[0][2]):
                break  # a ? before running text among headings is a lost character of the text
            if pat is _LEGAL:
                fits = [f for f in fits if int(m[1]) == f[1]]  # its last part (the last capture)
            if len(fits) == 1:
                kind, value, like = fits[0]
                new = _styled(kind, value, like)
                yield Edit(line.start, line.start + m.end(), m[0], new,
                           f"unreadable marker {m[0]!r} between {kind} siblings {value - 1} and {value + 1}: {new}")
            elif not fits and pat is _DIGITS:
                yield from _list_end_digits(heads, k, m)
            break


def _shaped_like_sibling(text_lines: tuple[Line, ...], k: int, at: int, like: str) -> bool:
    """Whether line k reads from ``at`` as its sibling above reads after ``like``: a heading
    where it is a heading, a sentence where it is an item of sentences."""
    for j in range(k - 1, max(-1, k - _WINDOW - 1), -1):
        if text_lines[j].text.startswith(like):
            return heading_at(text_lines[k].text, at) == heading_at(text_lines[j].text, len(like))
    return False


def _point_width(heads: _Heads, k: int) -> Iterator[Edit]:
    """"3\uff0e" among "2." and "4.": the point typed in another width than both its siblings'
    (or, first or last of its list, than its one sibling and every other 1. marker of the document)."""
    line = heads.lines[k]
    kind, value, marker = heads.read[k]
    if kind != "ar_dot":
        return
    above, below = _sibling(heads, k, kind, -1), _sibling(heads, k, kind, 1)
    if above and below and above[0] == value - 1 and below[0] == value + 1:
        point = above[1][-1]
        if below[1][-1] == point != marker[-1]:
            yield Edit(line.start + len(marker) - 1, line.start + len(marker), marker[-1], point,
                       f"point of {marker!r} in another width than its siblings {above[1]!r} and {below[1]!r}")
        return
    end = _list_end(heads, k, value, above, below)
    if end and end[1][-1] != marker[-1] and _house_point(heads, k, end[0]) == end[1][-1] and _shaped_like(
            heads.lines, k, len(marker), end[1]):
        point = end[1][-1]
        yield Edit(line.start + len(marker) - 1, line.start + len(marker), marker[-1], point,
                   f"point of {marker!r}, {end[0]} of its list, in another width than its sibling {end[1]!r} "
                   f"and every other such marker of the document")


# ---- the first or the last item of a list: one sibling, and the document's own style -------

_HOUSE_MIN = 3  # markers of the document's one style that make it the house style


def _list_end(heads: _Heads, k: int, value: int, above, below) -> tuple[str, str] | None:
    """("first" or "last", the one sibling's marker) when line k, numbered ``value``, opens its
    list (1, its sibling below is 2, a higher level's marker above) or closes it (its sibling
    above is N-1, a higher level's marker or the text's end below); else None."""
    if value == 1 and below and below[0] == 2 and above is None and _parent_side(heads, k, -1):
        end = "first", below[1]
    elif above and above[0] == value - 1 and below is None and _parent_side(heads, k, 1):
        end = "last", above[1]
    else:
        return None
    return None if _fits_other_kind(heads, k, value) else end


def _fits_other_kind(heads: _Heads, k: int, value: int) -> bool:
    """Whether another level's list also calls for ``value`` at line k ("3、保障措施" after "二、"
    and its items "1." "2.": the next section as much as a third item): two readings, none taken."""
    for kind in _READABLE:
        if kind == "ar_dot":
            continue
        above, below = _sibling(heads, k, kind, -1), _sibling(heads, k, kind, 1)
        above_fits = above[0] == value - 1 if above else value == 1
        below_fits = below[0] == value + 1 if below else True
        if above_fits and below_fits and (above or below):
            return True
    return False


def _parent_side(heads: _Heads, k: int, step: int) -> bool:
    """Whether the nearest marker from line k in direction ``step`` is of a higher level (the
    list's parent above, the next section below), or the text ends below with none."""
    j = k + step
    while 0 <= j < len(heads.lines) and abs(j - k) <= _WINDOW:
        if heads.other_style[j]:
            return False
        got = heads.read[j]
        if got and _RANK[got[0]] <= _RANK["ar_dot"]:  # (1) items under an item are passed over
            return _RANK[got[0]] < _RANK["ar_dot"]
        j += step
    return step > 0 and j >= len(heads.lines)


def _house_point(heads: _Heads, k: int, end: str) -> str | None:
    """The point of the document's 1. markers when all but line k's use one, there are at least
    ``_HOUSE_MIN`` of them in more lists than line k's own, and no other line heads in digits
    with another mark."""
    marks = [got for j, got in enumerate(heads.read) if got and got[0] == "ar_dot" and j != k]
    points = {got[2][-1] for got in marks}
    other_lists = sum(1 for got in marks if got[1] == 1) - (end == "last")
    others = sum(1 for j, other in enumerate(heads.other_style) if other and j != k)
    return points.pop() if len(points) == 1 and len(marks) >= _HOUSE_MIN and other_lists and not others else None


def _list_end_digits(heads: _Heads, k: int, m: regex.Match) -> Iterator[Edit]:
    """"1、" or "1" opening a list that goes on "2." (or "3、" closing one after "2."), where every
    other 1. marker of the document has the same point: the mark is the list's, the numeral the
    line's own (it must be the one the list calls for). Its line must read as its sibling's does
    (a heading, or an item of sentences), and a bare numeral must not read as a count ("3名…", "3县…")."""
    line = heads.lines[k]
    digits = regex.search(r"[0-9]++", m[0].translate(_ASCII_DIGITS))
    if m[0].startswith(tuple(_OPEN)) or m[0].endswith(tuple(_CLOSE)) or not digits:
        return
    value = int(digits[0])
    end = _list_end(heads, k, value, _sibling(heads, k, "ar_dot", -1), _sibling(heads, k, "ar_dot", 1))
    if not end or _house_point(heads, k, end[0]) != end[1][-1]:
        return
    bare = m[0].translate(_ASCII_DIGITS) == digits[0]
    if bare and (AFTER_NUMBER.match(line.text, m.end()) or COUNT_NOUN.match(line.text, m.end())) or not _shaped_like(
            heads.lines, k, m.end(), end[1]):
        return
    if (bare or m[0][-1] in ",\uff0c") and not _line_before_closes(heads, k):
        return  # "…选择\n3县开展试点": a wrapped line, or a table's row, opening with a count
    new = _styled("ar_dot", value, end[1])
    yield Edit(line.start, line.start + m.end(), m[0], new,
               f"marker {m[0]!r}, {end[0]} of its list, in another style than its sibling {end[1]!r} "
               f"and every other such marker of the document: {new}")


_SENTENCE_END = regex.compile(r"[\u3002\uff1b\uff01\uff1f\uff1a.;!?:][\u201d\u2019\uff09)]*+[ \u3000]*+$")


def _line_before_closes(heads: _Heads, k: int) -> bool:
    """Whether the line before line k ends a sentence, or is a marker's heading with no sentence
    in it ("（二）国省干线公路建设"): a numeral after it can open an item; after a line that stops
    mid-sentence or a table's row it is the wrapped text's or the row's own."""
    j = k - 1
    while j >= 0 and not heads.lines[j].text.strip():
        j -= 1
    if j < 0:
        return False
    text, got = heads.lines[j].text, heads.read[j]
    return _SENTENCE_END.search(text) is not None or (got is not None and bare_heading_at(text, len(got[2])))


def _shaped_like(text_lines: tuple[Line, ...], k: int, at: int, like: str) -> bool:
    """Whether line k reads from ``at`` as the nearest line opening with ``like`` does after it:
    both a bare heading or neither ("3、工作要求" is no third item after "2.推进…。")."""
    for j in sorted(range(max(0, k - _WINDOW), min(len(text_lines), k + _WINDOW + 1)), key=lambda j: abs(j - k)):
        if j != k and text_lines[j].text.startswith(like):
            return bare_heading_at(text_lines[k].text, at) == bare_heading_at(text_lines[j].text, len(like))
    return False


def _other_level(heads: _Heads, k: int) -> Iterator[Edit]:
    """A whole marker in the style of another level, with the value that level's gap calls for
    ("3." between "（二）" and "（四）", "（三）" between "2." and "4.", "（3）" between "二、" and "四、"):
    its own kind has no list around it (no sibling N-1 above nor N+1 below), and exactly one other
    kind has N-1 above and N+1 below with no higher marker between. Wide digits read as digits."""
    line = heads.lines[k]
    got = _read(line.text.translate(_ASCII_DIGITS))
    if got is None:
        return
    kind, value, marker = got
    above, below = _sibling(heads, k, kind, -1), _sibling(heads, k, kind, 1)
    if above and above[0] == value - 1 or below and below[0] == value + 1:
        return  # a list of its own kind goes through here
    fits = []
    for other in _READABLE:
        if other == kind:
            continue
        above, below = _sibling(heads, k, other, -1), _sibling(heads, k, other, 1)
        if above and below and above[0] == value - 1 and below[0] == value + 1:
            fits.append((other, above[1]))
    if len(fits) == 1:
        other, like = fits[0]
        new = _styled(other, value, like)
        yield Edit(line.start, line.start + len(marker), line.text[:len(marker)], new,
                   f"marker {line.text[:len(marker)]!r} in another level's style between {other} siblings "
                   f"{value - 1} and {value + 1}, none of its own kind around: {new}")


_ASCII_DIGITS = str.maketrans(_WIDE_DIGITS, "0123456789")
