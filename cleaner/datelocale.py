"""Dates written in another convention than the document's 年月日, framed as dates, for rules/date.py.

A form field that strips everything but digits leaves "于2021329前"; a foreign-locale form or a
spreadsheet pastes "3/29/2021" or "29.03.2021". None of these has a date mark, so the shape alone never says date ("2021329" is a count as often, "3/29"
a fraction, "1.2.2021" a version). Each is read as a date only where the text frames it as one on
BOTH sides: a date word right before it (于, 自, 从, 截至, 截止 — not 低于/用于, not a bare 至 that a
quantity verb may own) and a deadline or start word (前, 起, 止, 以前 …) or the end of a clause right
after it; and, for the numeric orders, only in a document that writes its dates with 年月日. The
figures must give a calendar date in a year the document shows; one reading repairs, two (3/4/2021:
3月4日 or 4月3日) flag. A month and day with no year (于3/29前, 从1-1起) is not read: the
round-10 review found 从…起 framing room numbers and fractions (房间编号从1-1起, 自付比例从1/3起).
A glued run under a number's label (编号自2024101起) is no date either. Read-only helpers: they yield (start, end, readings) and never change text.

>>> ok = lambda y: y == 2021
>>> [(t[a:b], r) for t in ("于2021329前报送", "自202141起", "编号2021329前", "增长至2021329，", "自202112起")
...  for a, b, r in glued_runs(t, ok)]
[('2021329', [(2021, 3, 29)]), ('202141', [(2021, 4, 1)])]
>>> [t for t in ("编号自2024101起按顺序编制",) for _ in glued_runs(t, lambda y: y == 2024)]
[]
>>> [(t[a:b], r) for t in ("2021年。于3/29/2021前", "2021年。29.03.2021召开", "2021年。于3/4/2021前",
...                        "2021年。版本1.2.2021发布", "2021年。编号3/29/2021")
...  for a, b, r in other_orders(t, ok)]
[('3/29/2021', [(2021, 3, 29)]), ('29.03.2021', [(2021, 3, 29)]), ('3/4/2021', [(2021, 3, 4), (2021, 4, 3)])]
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex

from cleaner import chars
from cleaner.datecues import MAY_FOLLOW_DATE, month_day_readings, valid_date
from cleaner.dateplace import code_label_before
from cleaner.types import Edit, Flag

# A date word right before: 于 of a time (not 低于, 用于, 等于 …), 自/从, 截至/截止.
_DATE_WORD_BEFORE = regex.compile(
    r"(?:(?<![低高小少多等用优劣亚属对基鉴趋归致由关当过免终善乐])于|(?<![来各独亲])自|(?<![听服])从|截至|截止)$")
_DEADLINE_WORD_BEFORE = regex.compile(r"(?:截至|截止)$")
# What ends the frame: a deadline or start word, or (after 截至/截止 only) the end of the clause.
_FRAME_END = regex.compile(r"前|起|止|以前|之前|以后|之后|以来|为止")
_CLAUSE_END = regex.compile(
    rf"[{regex.escape(chars.FULLWIDTH_COMMA + chars.IDEOGRAPHIC_FULL_STOP + chars.FULLWIDTH_SEMICOLON)},;]")
# Year and month-day figures glued together, nothing else: 2021329, 202141 (eight are EIGHT_DIGITS').
_GLUED = regex.compile(r"(?<![0-9A-Za-z.\-/_])((?:19|20)[0-9]{2})([0-9]{2,3})(?![0-9A-Za-z.%\-/_])")
# Month and day, then the year, one separator twice: 3/29/2021, 29.03.2021, 29-3-2021.
_DAY_FIRST = regex.compile(r"(?<![0-9A-Za-z.\-/_])([0-9]{1,2})([/.\-])([0-9]{1,2})\2((?:19|20)[0-9]{2})(?![0-9A-Za-z.\-/_])")
# The document writes its dates with marks: a year with 年, or a month and day with 月日.
_WRITES_MARKS = regex.compile(r"(?<![0-9])(?:19|20)[0-9]{2}年|(?<![0-9])[0-9]{1,2}月")


def _framed(text: str, start: int, end: int) -> bool:
    """A date word right before ``start`` and a deadline or start word right after ``end`` (a clause
    end is enough after 截至/截止: "截至2021331，" is a date, "于2021329，" may be an amount)."""
    before = text[max(0, start - 3):start]
    if _DATE_WORD_BEFORE.search(before) is None:
        return False
    return _FRAME_END.match(text, end) is not None or (
        _DEADLINE_WORD_BEFORE.search(before) is not None and _CLAUSE_END.match(text, end) is not None)


def glued_runs(text: str, year_ok: Callable[[int], bool]) -> Iterator[tuple[int, int, list]]:
    """Six or seven figures, a year and its month and day glued, framed as a date (于2021329前)."""
    for m in _GLUED.finditer(text):
        year = int(m[1])
        if len(m[2]) == 2 and 10 <= int(m[2]) <= 12:
            continue  # "自202112起" is 2021年12月 as often as 2021年1月2日: a year and a month, left
        if any(code_label_before(text, m.start() - k) for k in range(3)):
            continue  # 编号自2024101起: a serial number under its label, not a date
        if year_ok(year) and _framed(text, m.start(), m.end()):
            found = month_day_readings(m[2], year)
            if found:
                yield m.start(), m.end(), [(year, mo, d) for mo, d in found]


def other_orders(text: str, year_ok: Callable[[int], bool]) -> Iterator[tuple[int, int, list]]:
    """A month-day-year or day-month-year date framed as a date, in a document that writes 年月日."""
    if not _WRITES_MARKS.search(text):
        return
    for m in _DAY_FIRST.finditer(text):
        year, a, b = int(m[4]), int(m[1]), int(m[3])
        if not year_ok(year) or not (_framed(text, m.start(), m.end()) or _in_prose(text, m)):
            continue
        found = [(year, mo, d) for mo, d in dict.fromkeys(((a, b), (b, a))) if valid_date(year, mo, d)]
        if found:
            yield m.start(), m.end(), found


def _in_prose(text: str, m) -> bool:
    """A slash or dot date between Chinese text and what may follow a date, under no number's label.

    "3/29/2021" and "29.03.2021" with a four-figure year last are no fraction, decimal or version in a
    Chinese sentence when padded (1.2.2021 may be a version); "-" joins codes (编号1-2-2021), so it
    needs the frame.
    """
    if m[2] == "-" or code_label_before(text, m.start()):
        return False
    if m[2] == "." and not (len(m[1]) == len(m[3]) == 2):
        return False  # 1.2.2021 may be a version; 29.03.2021, padded as a date is, is not
    left = text[m.start() - 1:m.start()]
    return (left in ("", "\n") or regex.match(r"[\p{Han}\p{P}]", left) is not None) and \
        MAY_FOLLOW_DATE.match(text, m.end()) is not None


# A numeric date range: Y s M s D, a range word, M s D with the same separator (2021/5/16至8/31).
_NUMERIC_RANGE = regex.compile(
    r"(?<![0-9A-Za-z.\-/_])((?:19|20)[0-9]{2})([/.\-])([0-9]{1,2})\2([0-9]{1,2})"
    r"(至|到|\u2014{1,2}|\uff5e|~|\uff0d|-)([0-9]{1,2})\2([0-9]{1,2})(?![0-9A-Za-z.\-/_%])")


def numeric_ranges(text: str, year_ok: Callable[[int], bool]) -> Iterator[tuple[int, int, str]]:
    """A range of two numeric dates in a document that writes 年月日: "2021/5/16至8/31" -> 2021年5月16日至8月31日.

    The start carries a year the document shows and the end uses the start's separator; both
    must be calendar dates, the end no earlier than the start, no number's label before and
    what may follow a date after (not a unit: "2021.5.1至9.30亿元" stays).

    >>> ok = lambda y: y == 2021
    >>> [(t[a:b], new) for t in ("2021年。（2021/5/16至8/31）", "2021年。2021.9.1—9.30集中", "2021年。2021.5.1至9.30亿元",
    ...                           "2021年。2021-05-01～04-30，", "2021年。编号2021-5-1至8-31，")
    ...  for a, b, new in numeric_ranges(t, ok)]
    [('2021/5/16至8/31', '2021年5月16日至8月31日'), ('2021.9.1—9.30', '2021年9月1日—9月30日')]
    """
    if not _WRITES_MARKS.search(text):
        return
    for m in _NUMERIC_RANGE.finditer(text):
        year, mo1, d1, mo2, d2 = int(m[1]), int(m[3]), int(m[4]), int(m[6]), int(m[7])
        if not (year_ok(year) and valid_date(year, mo1, d1) and valid_date(year, mo2, d2)) or (mo2, d2) <= (mo1, d1):
            continue
        if code_label_before(text, m.start()) or not MAY_FOLLOW_DATE.match(text, m.end()):
            continue
        yield m.start(), m.end(), f"{year}年{mo1}月{d1}日{m[5]}{mo2}月{d2}日"


def range_repairs(text: str, year_ok: Callable[[int], bool]) -> Iterator[Edit]:
    """The edits of :func:`numeric_ranges`: each range is read whole (its end alone reads as a decimal)."""
    for a, b, new in numeric_ranges(text, year_ok):
        yield Edit(a, b, text[a:b], new, f"numeric date range \"{text[a:b]}\" in a text that writes 年月日: {new}")


# A month and day typed numerically, no year, in a deadline's frame: 于3/29前, 截至3.31止. Only the
# deadline frame (于 or 截至/截止 before, 前/止/为止 after): 从…起 and 自…起 frame room numbers and
# fractions too (房间编号从1-1起, 自付比例从1/3起, review r10), a deadline does not.
_DEADLINE_MD = regex.compile(
    r"(?:(?<![低高小少多等用优劣亚属对基鉴趋归致由关当过免终善乐位限处兼])于|截至|截止)"
    r"((?:1[0-2]|0?[1-9]))([/.\-\uff0f\uff0e\uff0d])([0-9]{1,2})(?![0-9A-Za-z%.\-/\uff0f\uff0e\uff0d])"
    r"(?=前|以前|之前|为止|止)")


def deadline_month_days(text: str, digits: str | None = None) -> Iterator[Edit]:
    """"于3/29前" -> "于3月29日前": a numeric month-day in a deadline's frame, in a text that writes 月日.

    >>> from cleaner.edits import apply
    >>> t = "2021年3月1日起。于3/29前报送，截至4.30止，于3-29前，自付比例从1/3起，低于1.5前，于2/30前"
    >>> apply(t, list(deadline_month_days(t)))
    '2021年3月1日起。于3月29日前报送，截至4月30日止，于3月29日前，自付比例从1/3起，低于1.5前，于2/30前'
    """
    digits = text if digits is None else digits  # full-width figures read as ASCII, edits on the text
    if not _WRITES_MARKS.search(digits):
        return
    for m in _DEADLINE_MD.finditer(digits):
        month, day = int(m[1]), int(m[3])
        if not valid_date(2000, month, day) or code_label_before(digits, m.start(1)):
            continue  # 2000 is a leap year: 2月29日 may stand
        old = text[m.start(1):m.end(3)]
        yield Edit(m.start(1), m.end(3), old, f"{month}月{day}日",
                   f"month and day \"{old}\" written with {m[2]!r} in a deadline's frame (于/截至 … 前/止)")


def framed_repairs(text: str, digits: str, year_ok: Callable[[int], bool]) -> Iterator[Edit | Flag]:
    """The edits (one reading) and flags (several) of :func:`glued_runs` and :func:`other_orders`."""
    for start, end, readings in (*glued_runs(digits, year_ok), *other_orders(digits, year_ok)):
        old = text[start:end]
        shown = [f"{y}年{mo}月{d}日" for y, mo, d in readings]
        what = "its figures glued" if old.isdigit() else "another order or separator"
        if len(shown) == 1:
            yield Edit(start, end, old, shown[0], f"date \"{old}\" ({what}) between date words: {shown[0]}, its only reading")
        else:
            yield Flag(start, end, f"date \"{old}\" ({what}) reads as {' or '.join(shown)}: check the source")
