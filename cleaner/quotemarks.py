"""Straight and foreign double quotation marks paired into “ ” (rules/quote.py, convert_straight_quotes).

A line's marks are read left to right, straight ones with the curly ones already on it; a
mark after a figure with no quotation open is a unit (minutes, seconds, inches). Nothing here
changes text: it proposes edits only.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner import chars, quotenesting
from cleaner.docmodel import lines
from cleaner.textutil import ANY_HAN
from cleaner.types import Edit

_CODE_LIKE = regex.compile(r"[<>{}=]")
_LATIN = regex.compile(r"[A-Za-z]")


def straight_quote_edits(text: str) -> Iterator[Edit]:
    """The edits of quote.convert_straight_quotes (see its docstring)."""
    apostrophes = _APOSTROPHE_LIKE.search(text) is not None
    if not (apostrophes or _FOREIGN.search(text)):
        return
    double = _DOUBLE_CORNER if _reads_simplified(text) else _DOUBLE
    doc = lines(text)
    yield from _continued_openings(doc, _CONTINUED_CORNER if double is _DOUBLE_CORNER else _CONTINUED)
    for line in doc:
        if _CODE_LIKE.search(line.text):
            continue
        paired = list(_apostrophe_pairs(line)) if apostrophes else []
        yield from paired
        if _FOREIGN_DOUBLE.search(line.text):
            yield from _double(line, _unit_marks(line.text, double, '"'), double)
        if "'" in line.text and not paired:
            yield from _pairs(line, "'", chars.LEFT_SINGLE_QUOTE, chars.RIGHT_SINGLE_QUOTE,
                              _unit_marks(line.text, _SINGLE, "'"))


# Double marks of other kinds: straight ones whose direction the pairing tells (" ＂ ″), and
# directed ones (〝 〞 〟; the corner brackets 「 」 『 』 of traditional script, in a text
# written in simplified characters).
_STRAIGHT_LIKE = '"\uff02\u2033'
_OPENERS = "\u201c\u301d\u300c\u300e"
_CLOSERS = "\u201d\u301e\u301f\u300d\u300f"
_FOREIGN_DOUBLE = regex.compile('["\uff02\u2033\u301d\u301e\u301f\u300c\u300d\u300e\u300f]')
_FOREIGN = regex.compile(_FOREIGN_DOUBLE.pattern[:-1] + "']")
# Frequent characters that only simplified (first) or only traditional (second) script writes.
_SIMPLIFIED = regex.compile("[这们为发国会时个对说过动与经关应进实现业务区县]")
_TRADITIONAL = regex.compile("[這們為發國會時個對說過動與經關應進實現業務區縣]")


def _reads_simplified(text: str) -> bool:
    """Whether the text is written in simplified characters (where 「」『』 are no quotation marks)."""
    if not regex.search("[\u300c-\u300f]", text):
        return False
    return len(_SIMPLIFIED.findall(text)) > 2 * len(_TRADITIONAL.findall(text))


_STRAIGHT = regex.compile(f"[{_STRAIGHT_LIKE}]")
_DOUBLE = regex.compile(f"[{_STRAIGHT_LIKE}\u201c\u201d\u301d\u301e\u301f]")
_DOUBLE_CORNER = regex.compile(f"[{_STRAIGHT_LIKE}{_OPENERS}{_CLOSERS}]")
_SINGLE = regex.compile("['\u2018\u2019]")
_DOUBLE_OR_STRAIGHT = regex.compile(f"[{_STRAIGHT_LIKE}\u201c\u201d]")
# What a unit mark follows: a figure, a degree or a prime (120°10'20", 27").
_UNIT_BEFORE = frozenset("0123456789\u00b0\u2032\u2033")


def _unit_marks(text: str, marks: regex.Pattern, straight: str) -> frozenset[int]:
    """Positions of the straight marks in ``text`` that are units, not quotation marks.

    Read left to right with the curly marks of the same kind: a straight mark after a
    figure when no quotation is open is a minute, second or inch mark; one that closes an
    open quotation ("12393", "3个100") is a quotation mark.

    >>> sorted(_unit_marks("东经120°10'20\\"，畅通\\"12393\\"热线", _DOUBLE, '"'))
    [11]
    """
    units, opened = [], False
    for m in marks.finditer(text):
        i, c = m.start(), m.group()
        if c not in _STRAIGHT_LIKE and c != "'":  # a directed mark
            opened = c in _OPENERS or c == chars.LEFT_SINGLE_QUOTE
        elif not opened and i and text[i - 1] in _UNIT_BEFORE:
            units.append(i)
        else:
            opened = not opened
    return frozenset(units)
_CHINESE_CONTEXT = regex.compile(f"{chars.HAN}|[\u3001\u3002\uff0c\uff1b\uff1a\uff01\uff1f\uff08\uff09]")


def _double(line, units: frozenset[int], marks: regex.Pattern = _DOUBLE) -> Iterator[Edit]:
    """Straight double quotes read left to right with the curly ones, each opening or closing;
    where that reading does not balance (a curly quote that lost its partner elsewhere on the
    line), the straight ones are paired among themselves. ``units``: the marks that are not
    quotation marks (inches, seconds)."""
    text = line.text
    pairs = _with_curly(text, units, marks)
    straight_marks = any(m.start() not in units for m in _STRAIGHT.finditer(text))
    if pairs is None and not straight_marks and chars.LEFT_SINGLE_QUOTE not in text:
        # “要落实「放管服」改革”, 「要落实『放管服』改革」: a quotation inside a quotation
        nested = list(quotenesting.nested_edits(text, marks, _OPENERS))
        reason = "foreign quotation marks, a quotation inside a quotation: \u201c \u2018 \u2019 \u201d"
        yield from (Edit(line.start + a, line.start + b, text[a:b], new, reason) for a, b, new in nested)
        return
    if pairs is None:
        straight = [m.start() for m in _STRAIGHT.finditer(text) if m.start() not in units]
        pairs = list(zip(straight[::2], straight[1::2])) if len(straight) % 2 == 0 else []
    pairs = list(pairs)
    for k in reversed(quotenesting.straight_nested(text, pairs, _STRAIGHT_LIKE)):
        (a, b), (c, d) = pairs[k], pairs[k + 1]
        reason = "a straight-typed quotation inside a quotation: \u2018 \u2019 (GB/T 15834)"
        for i, new in ((b, chars.LEFT_SINGLE_QUOTE), (c, chars.RIGHT_SINGLE_QUOTE)):
            yield Edit(line.start + i, line.start + i + 1, text[i], new, reason)
        pairs[k:k + 2] = [(a, d)]
    for a, b in pairs:
        wrong = [i for i, want in ((a, chars.LEFT_DOUBLE_QUOTE), (b, chars.RIGHT_DOUBLE_QUOTE)) if text[i] != want]
        if not wrong:
            continue
        straight = [i for i in wrong if text[i] in _STRAIGHT_LIKE]
        curly_evidence = len(wrong) == 1 or len(straight) < len(wrong)  # a directed mark on the pair
        inside = ANY_HAN.search(text, a + 1, b) is not None
        around = bool(_CHINESE_CONTEXT.match(text[a - 1:a] if a else "") or _CHINESE_CONTEXT.match(text[b + 1:b + 2]))
        if not (curly_evidence and inside or straight == wrong and (len(straight) == 1 or inside or around)):
            continue
        reason = "straight or foreign quotation marks in Chinese text: \u201c \u201d"
        for i in wrong:
            new = chars.LEFT_DOUBLE_QUOTE if i == a else chars.RIGHT_DOUBLE_QUOTE
            yield Edit(line.start + i, line.start + i + 1, text[i], new, reason)


def _with_curly(text: str, units: frozenset[int], marks: regex.Pattern = _DOUBLE) -> list[tuple[int, int]] | None:
    """The quotation pairs of a line, straight and curly together, or None if they do not pair."""
    pairs, opened = [], None
    for m in marks.finditer(text):
        i, c = m.start(), m.group()
        if i in units:
            continue
        if c in _OPENERS or (c in _STRAIGHT_LIKE and opened is None):
            if opened is not None:
                return None  # an opening quote inside an open quotation: no single reading
            opened = i
        elif opened is None:
            return None  # a closing curly quote with nothing open
        else:
            pairs.append((opened, i))
            opened = None
    return None if opened is not None else pairs


def _pairs(line, mark: str, opening: str, closing: str, units: frozenset[int]) -> Iterator[Edit]:
    at = [i for i, c in enumerate(line.text) if c == mark and i not in units]
    if not at or len(at) % 2:
        return
    doubles = _DoubleScan(line.text)
    for a, b in zip(at[::2], at[1::2]):
        inside = line.text[a + 1:b]
        if not ANY_HAN.search(inside):
            continue
        if mark == "'" and (_LATIN.match(line.text[a - 1:a] or " ") or _LATIN.match(line.text[b + 1:b + 2] or " ")):
            continue  # an apostrophe in a Latin word
        left, right = opening, closing
        if mark == "'" and not doubles.inside(a):
            left, right = chars.LEFT_DOUBLE_QUOTE, chars.RIGHT_DOUBLE_QUOTE  # single marks only nest (GB/T 15834)
        reason = f"straight quotes around Chinese text: {left} {right}"
        yield Edit(line.start + a, line.start + a + 1, mark, left, reason)
        yield Edit(line.start + b, line.start + b + 1, mark, right, reason)


class _DoubleScan:
    """Whether a double quotation is open at a position of a line, for positions asked in
    increasing order: the line is walked once (asking from its start for each mark made a line
    of many marks quadratic)."""

    def __init__(self, text: str) -> None:
        self.marks = [(m.start(), m.group()) for m in _DOUBLE_OR_STRAIGHT.finditer(text)]
        self.next, self.opened = 0, False

    def inside(self, at: int) -> bool:
        """Is a double quotation open at ``at`` (its “ or " before, its ” or " after)? Curly marks
        open and close; a straight one does the other of what the last mark did.

        >>> _DoubleScan("他说：\\"要落实'放管服'改革\\"").inside(7), _DoubleScan("\\"甲\\"和'乙'").inside(4)
        (True, False)
        """
        if self.next and self.marks[self.next - 1][0] >= at:
            self.next, self.opened = 0, False  # asked out of order: walk again
        while self.next < len(self.marks) and self.marks[self.next][0] < at:
            c = self.marks[self.next][1]
            self.opened = c == chars.LEFT_DOUBLE_QUOTE or (c in _STRAIGHT_LIKE and not self.opened)
            self.next += 1
        return self.opened and self.next < len(self.marks)


# Apostrophe-like marks typed for a quotation: the full-width apostrophe ＇, a grave accent or
# reversed prime opening (`…', ‵…′), acute accents (´…´). Each pairs only with a closing mark
# of the same family, around a short Chinese phrase.
_APOSTROPHE_LIKE = regex.compile("[\uff07`\u2035\u00b4\u2032]")
_APOSTROPHE_PAIR = regex.compile("(?<![0-9A-Za-z\u00b0\u2032])([\uff07`\u2035\u00b4\u2032])"
                                 "([^\uff07`\u2035\u00b4'\u2032\u201c\u201d\u2018\u2019\u3002\uff01\uff1f\uff1b\n]{1,30}+)"
                                 "([\uff07'\u2032\u00b4])(?![A-Za-z])")
_CLOSES = {"\uff07": "\uff07", "`": "'\u00b4", "\u2035": "\u2032", "\u00b4": "\u00b4", "\u2032": "\u2032"}


def _apostrophe_pairs(line) -> Iterator[Edit]:
    """＇入园难＇, `入园难', ‵入园难′ → “入园难” (‘ ’ inside a double quotation).

    >>> from cleaner.edits import apply
    >>> t = "推进＇智慧城管＇平台建设，解决`入园难'问题"
    >>> apply(t, [e for ln in lines(t) for e in _apostrophe_pairs(ln)])
    '推进“智慧城管”平台建设，解决“入园难”问题'
    >>> apply("拨打＇12350＇热线", list(_apostrophe_pairs(lines("拨打＇12350＇热线")[0])))
    '拨打“12350”热线'
    >>> list(_apostrophe_pairs(lines("东经120`10′，café´s")[0]))
    []
    """
    doubles = _DoubleScan(line.text)
    for m in _APOSTROPHE_PAIR.finditer(line.text):
        opening, inner, closing = m.groups()
        if closing not in _CLOSES[opening] or _LATIN.search(inner):
            continue
        t = line.text
        if not ANY_HAN.search(inner) and not (m.start() and ANY_HAN.match(t, m.start() - 1) and ANY_HAN.match(t, m.end())):
            continue  # a number is quoted only between Chinese words (拨打＇12350＇热线)
        nested = doubles.inside(m.start())
        left = chars.LEFT_SINGLE_QUOTE if nested else chars.LEFT_DOUBLE_QUOTE
        right = chars.RIGHT_SINGLE_QUOTE if nested else chars.RIGHT_DOUBLE_QUOTE
        reason = f"apostrophe-like marks around Chinese text: {left} {right}"
        yield Edit(line.start + m.start(1), line.start + m.end(1), opening, left, reason)
        yield Edit(line.start + m.start(3), line.start + m.end(3), closing, right, reason)


# A quotation of several paragraphs opens each of them and closes only the last (GB/T 15834
# 4.1.3.4): a paragraph that opens with a straight (or, in simplified text, corner) mark as its
# only double mark, followed by a paragraph that opens with a double mark too, holds an opening.
_CONTINUED = regex.compile('["\uff02]')
_CONTINUED_CORNER = regex.compile('["\uff02\u300c]')
_ANY_DOUBLE = regex.compile(f"[{_STRAIGHT_LIKE}{_OPENERS}{_CLOSERS}]")


def _continued_openings(doc, opening: regex.Pattern) -> Iterator[Edit]:
    """第八条修改为：⏎"一、…。⏎"二、…。" → the first paragraph's lone " is “ (its next paragraph goes on).

    >>> from cleaner.edits import apply
    >>> t = '修改为：\\n"一、加强领导。\\n"二、完善制度。"'
    >>> apply(t, list(_continued_openings(lines(t), _CONTINUED)))
    '修改为：\\n“一、加强领导。\\n"二、完善制度。"'
    >>> t = '修改为：\\n"（一）加强领导。\\n"2.完善制度。"'
    >>> apply(t, list(_continued_openings(lines(t), _CONTINUED)))
    '修改为：\\n“（一）加强领导。\\n"2.完善制度。"'
    """
    for before, line, nxt in zip([None, *doc], doc, doc[1:]):
        t = line.text
        if before is not None and _wrapped_open(before.text):
            continue  # 推进"放管服⏎"改革，…: the line before broke inside a quotation, its " closes (review r14)
        if (opening.match(t) and len(_ANY_DOUBLE.findall(t)) == 1 and _QUOTED_PARAGRAPH_START.match(t, 1)
                and _ANY_DOUBLE.match(nxt.text) and _PARAGRAPH_ENDS.search(t.rstrip())):
            yield Edit(line.start, line.start + 1, t[0], chars.LEFT_DOUBLE_QUOTE,
                       "a quotation of several paragraphs opens each of them: \u201c (GB/T 15834)")


_PARAGRAPH_ENDS = regex.compile("[\u3002\uff01\uff1f\uff1b\uff1a.;:!?]\\Z")
# What a quoted paragraph opens with after its mark: Chinese text, or an item's outline marker
# (an amended article quotes its items: "（一）…, "1.…).
_QUOTED_PARAGRAPH_START = regex.compile(
    r"\p{Han}|[(\uff08][\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u53410-9]{1,3}[)\uff09]\p{Han}"
    r"|[0-9]{1,2}[.\uff0e\u3001]\p{Han}")


def _wrapped_open(t: str) -> bool:
    """A line with no sentence end and an odd number of double marks: a PDF wrap inside a quotation."""
    t = t.rstrip()
    return bool(t) and not _PARAGRAPH_ENDS.search(t) and len(_ANY_DOUBLE.findall(t)) % 2 == 1
