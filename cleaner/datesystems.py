"""Dates another system wrote, or a layout broke, for rules/date.py: one reading each, repaired.

Causes the shape rules do not model, each read back only inside a frame that leaves no other
reading (read-only helpers: (start, end, new text, why) tuples):

- a spreadsheet or database export left its midnight on a numeric date ("2021-03-29 00:00:00",
  "2021/3/29 0:00:00", "2021-03-29T00:00:00", a Java timestamp's ".0"): a time with seconds
  that are all zero is no time anyone wrote; the date goes back to 年月日 when the document
  writes its dates that way;
- a signature date exported as its spreadsheet serial ("44284", day 0 is 1899-12-30): only a
  line of five figures alone under the signer, closing the document, whose serial falls in the
  span of the document's years;
- one date in two numeral systems ("二〇二一年3月29日", "2021年三月二十九日"): GB/T 15835 writes a
  Gregorian date in Arabic figures throughout (and GB/T 9704 the signature date);
- a Chinese-numeral day whose 十 was lost or read by an OCR as + / 千 / 干 ("二〇二一年三月二九日",
  "二千九日"): after a Chinese-numeral year and month, 二九 before 日 is 二十九 and nothing else;
- an OCR that read the final 日 as 口 / 且 / 旦, 月 as 冂, or a figure 1 as the stroke 丨, in a whole
  year-month-day frame before what may follow a date ("2021年3月29口，"; not "29口井");
- a signature date wrapped over two lines by a narrow column ("2021年\\n3月29日").

>>> from cleaner.edits import apply
>>> from cleaner.types import Edit
>>> def fix(t):
...     return apply(t, [Edit(a, b, t[a:b], new, why) for a, b, new, why in repairs(t, lambda y: y == 2021)])
>>> fix("2021年工作。印发日期：2021-03-29 00:00:00，二〇二一年3月29日，2021年三月二十九日起")
'2021年工作。印发日期：2021年3月29日，2021年3月29日，2021年3月29日起'
>>> fix("2021年工作。系统于2021-03-29 00:00:00停止服务，农历2021年八月十五日")  # a meant midnight, a lunar date
'2021年工作。系统于2021-03-29 00:00:00停止服务，农历2021年八月十五日'
>>> fix("二〇二一年三月二九日印发，2021年3月29口起，2021年1丨月5日")
'二〇二一年三月二十九日印发，2021年3月29日起，2021年11月5日'
>>> fix("2021年工作。\\n市卫生健康委员会\\n44284")
'2021年工作。\\n市卫生健康委员会\\n2021年3月29日'
>>> fix("2021年工作。\\n市卫生健康委员会\\n2021年\\n3月29日")
'2021年工作。\\n市卫生健康委员会\\n2021年3月29日'
>>> fix("2021年工作。受理44284件，自2021年3月29日0时起，新打机井29口，二〇二一年三月二十九日，进入二九天")
'2021年工作。受理44284件，自2021年3月29日0时起，新打机井29口，二〇二一年三月二十九日，进入二九天'
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator

import regex

from cleaner.datecues import MAY_FOLLOW_DATE, valid_date
from cleaner.dateplace import is_dateline

_WRITES_MARKS = regex.compile(r"(?<![0-9])(?:19|20)[0-9]{2}年|(?<![0-9])[0-9]{1,2}月[0-9]{1,2}日")
_MIDNIGHT = regex.compile(
    r"(?<![0-9A-Za-z.\-/])((?:19|20)[0-9]{2})([\-/])([0-9]{1,2})\2([0-9]{1,2})"
    r"(?:T|[ \u00a0])0{1,2}:00:00(?:\.0{1,3})?(?:Z|\+08:?00)?(?![0-9:.])")
_FW_DIGITS = {0xFF10 + i: str(i) for i in range(10)}
_SERIAL_LINE = regex.compile(r"(?m)^[ \u3000\t]*+([0-9\uff10-\uff19]{5})(?:\.0)?[ \u3000\t]*+$")
_EXCEL_EPOCH = datetime.date(1899, 12, 30)
_CN = "〇一二三四五六七八九"
_CN_VALUE = {c: i for i, c in enumerate(_CN)} | {"零": 0}
_CN_MONTH = r"(十[一二]?|[一二三四五六七八九])"
_CN_DAY = r"(三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
_CN_YEAR = r"([〇零一二三四五六七八九]{4})"
_MIXED = regex.compile(
    rf"(?<![0-9〇零一二三四五六七八九]){_CN_YEAR}年([0-9]{{1,2}})月([0-9]{{1,2}})日"
    rf"|(?<![0-9])((?:19|20)[0-9]{{2}})年(?:{_CN_MONTH}|([0-9]{{1,2}}))月(?:{_CN_DAY}|([0-9]{{1,2}}))日(?![0-9])")
# A Chinese-numeral day that lost its 十 (二九, 三一) or carries a look-alike of it (+ 千 干).
_TEN_SLIP = regex.compile(
    rf"(?<![〇零一二三四五六七八九]){_CN_YEAR}年{_CN_MONTH}月(?:([二三])([+\uff0b千干])([一二三四五六七八九]?)"
    rf"|(二)()([一二三四五六七八九])|(三)()(一))日")
# The final 日 read as 口 / 且 / 旦, or a 1 read as 丨, inside a whole year-month-day frame.
_SHAPE_SLIP = regex.compile(r"(?<![0-9])((?:19|20)[0-9]{2})年([0-9丨]{1,2})([月冂])([0-9丨]{1,2})([日口且旦])")
_WRAPPED = regex.compile(r"(?m)^((?:19|20)[0-9]{2}年?|(?:19|20)[0-9]{2}年[0-9]{1,2}月)\n"
                         r"(年?[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}日)[ \u3000\t]*+$")


def _cn_number(s: str) -> int:
    """十 → 10, 二十九 → 29, 三 → 3 (a month or a day in Chinese numerals)."""
    if "十" not in s:
        return _CN_VALUE[s]
    tens, _, ones = s.partition("十")
    return (_CN_VALUE[tens] if tens else 1) * 10 + (_CN_VALUE[ones] if ones else 0)


def _cn_year(s: str) -> int:
    return int("".join(str(_CN_VALUE[c]) for c in s))


def midnight_exports(text: str, year_ok: Callable[[int], bool]) -> Iterator[tuple[int, int, str, str]]:
    if not _WRITES_MARKS.search(text):
        return
    for m in _MIDNIGHT.finditer(text):
        y, mo, d = int(m[1]), int(m[3]), int(m[4])
        if _timed(text, m.start(), m.end()):
            continue  # 00:00:00 as the hour something opens or closes: a real time, not an export's
        if year_ok(y) and valid_date(y, mo, d):
            yield (m.start(), m.end(), f"{y}年{mo}月{d}日",
                   "numeric date with an export's midnight time (00:00:00) in a document that writes 年月日")


def _timed(text: str, start: int, end: int) -> bool:
    """The midnight is meant: a verb or a range mark right after it (停止服务, 至), a range mark right
    before it, a cell of a table, or another time of day on the line. A deadline's 前, 起, 后 or 止
    after it is the date's own: the export printed the time of a date field."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    before, after = text[max(line_start, start - 2):start], text[end:end + 1]
    return (regex.match(r"(?![前起后止以])[\p{Han}~\uff5e\-\u2014\u2013]", after) is not None
            or regex.search(r"(?<!截)[至到~\uff5e\u2014\u2013\-]\s*$", before) is not None
            or "\t" in line or len(regex.findall(r"[0-9]{1,2}:[0-9]{2}", line)) > 1)


def serial_datelines(text: str, year_ok: Callable[[int], bool]) -> Iterator[tuple[int, int, str, str]]:
    found = list(_SERIAL_LINE.finditer(text))
    if len(found) != 1 or text[found[0].end():].strip():
        return  # one such line, the document's last: a list of figures under names is no dateline
    m = found[0]
    serial = int(m[1].translate(_FW_DIGITS))
    day = _EXCEL_EPOCH + datetime.timedelta(days=serial)
    if year_ok(day.year) and is_dateline(text, m.start(1), m.end()):
        yield (m.start(1), m.end(), f"{day.year}年{day.month}月{day.day}日",
               f"five figures alone under the signer, closing the document: spreadsheet serial {serial} "
               f"is {day.isoformat()}, in the span of the document's years")


def mixed_systems(text: str) -> Iterator[tuple[int, int, str, str]]:
    for m in _MIXED.finditer(text):
        if regex.search(r"[农阴]历\s*$", text[max(0, m.start() - 3):m.start()]):
            continue  # 农历2021年八月十五日: a lunar month and day stay in Chinese numerals
        if m[1]:
            y, mo, d = _cn_year(m[1]), int(m[2]), int(m[3])
        else:
            y = int(m[4])
            mo = _cn_number(m[5]) if m[5] else int(m[6])
            d = _cn_number(m[7]) if m[7] else int(m[8])
            if not (m[5] or m[7]):
                continue
        if valid_date(y, mo, d):
            yield (m.start(), m.end(), f"{y}年{mo}月{d}日",
                   "one date in two numeral systems: a Gregorian date takes Arabic figures throughout (GB/T 15835)")


def ten_slips(text: str) -> Iterator[tuple[int, int, str, str]]:
    for m in _TEN_SLIP.finditer(text):
        tens, slip, ones = next((m[i], m[i + 1], m[i + 2]) for i in (3, 6, 9) if m[i])
        y, mo = _cn_year(m[1]), _cn_number(m[2])
        day = tens + "十" + ones
        if valid_date(y, mo, _cn_number(day)):
            a = m.start(3) if m[3] else m.start(6) if m[6] else m.start(9)
            yield (a, m.end() - 1, day, f"Chinese-numeral day \"{m[0][a - m.start():-1]}\" after a year and a month: "
                                        f"its 十 {'read as ' + slip if slip else 'lost'}")


def shape_slips(text: str) -> Iterator[tuple[int, int, str, str]]:
    for m in _SHAPE_SLIP.finditer(text):
        slips = (m[2] + m[4]).count("丨") + (m[3] != "月") + (m[5] != "日")
        mo, d = int(m[2].replace("丨", "1")), int(m[4].replace("丨", "1"))
        if slips != 1 or not valid_date(int(m[1]), mo, d) or not MAY_FOLLOW_DATE.match(text, m.end()):
            continue
        yield (m.start(), m.end(), f"{m[1]}年{mo}月{d}日",
               "OCR look-alike in a whole year-month-day frame (口/且/旦 for 日, 冂 for 月, 丨 for 1)")


def wrapped_datelines(text: str) -> Iterator[tuple[int, int, str, str]]:
    for m in _WRAPPED.finditer(text):
        joined = m[1] + m[2]
        d = regex.fullmatch(r"((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})日", joined)
        if d and valid_date(int(d[1]), int(d[2]), int(d[3])) and is_dateline(text, m.start(), m.end(1)) \
                and not text[m.end():].strip():
            yield (m.start(), m.end(2), joined, "signature date wrapped over two lines, the document's last")


def repairs(text: str, year_ok: Callable[[int], bool]) -> Iterator[tuple[int, int, str, str]]:
    """Every repair of this module, none overlapping another (the first found wins)."""
    taken: list[tuple[int, int]] = []
    for found in (midnight_exports(text, year_ok), serial_datelines(text, year_ok), wrapped_datelines(text),
                  mixed_systems(text), ten_slips(text), shape_slips(text)):
        for a, b, new, why in found:
            if not any(a < y and x < b for x, y in taken):
                taken.append((a, b))
                yield a, b, new, why
