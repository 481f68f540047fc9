"""Dates that lost their 年 / 月: repaired when one reading is a valid date, flagged otherwise.

A scraper that drops characters turns "2021年3月29日" into "2021329日" and "7月1日" into
"71日". Splitting the digits back into month and day is safe only when exactly one split
is a real calendar date (in a year that fits the document); "2021112日" (1月12日 or
11月2日) is flagged for a reviewer. Codes such as "0404" and dates in Chinese numerals
(二〇二一年三月) are not touched.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import regex

from cleaner.types import Context, Edit, Flag

_WITH_YEAR = regex.compile(r"(?<![\d.\-/年月号第])((?:19|20)\d{2})(\d{2,4})日")
_WITHOUT_YEAR = regex.compile(r"(?<![\d.\-/年月号第])(\d{2,4})日(?![均报常益趋渐])")
# "持续71日" counts days; only a date-like neighbourhood makes "71日" a date.
_DURATION_BEFORE = regex.compile(r"(?:持续|历时|连续|共|累计|长达|达|用时|约|近|超过|超|前后|为期|每)$")
_DATE_AFTER = regex.compile(r"^(?:起|前|后|至|到|凌晨|上午|下午|晚|早|零时|\d{1,2}时|开始|召开|举行|以来|当天|当日)")
_DATE_BEFORE = regex.compile(r"(?:于|自|从|截至|截止|至|到|即|—|~|\uff0d)$")
_YEAR_WORDS = regex.compile(r"(?<![\d.\-/])((?:19|20)\d{2})(?=以来|以前|以后|之前|之后|上半年|下半年|全年|底|初|末)")


def _readings(digits: str, year: int) -> list[tuple[int, int]]:
    """(month, day) splits of ``digits`` that are real dates in ``year``."""
    found = []
    for cut in (1, 2):
        month, day = digits[:cut], digits[cut:]
        if not day or len(day) > 2:
            continue
        try:
            datetime.date(year, int(month), int(day))
        except ValueError:
            continue
        found.append((int(month), int(day)))
    return found


def _document_years(ctx: Context) -> range:
    years = [int(d[:4]) for d in (ctx.metadata.get("publish_date"), ctx.metadata.get("written_date")) if d]
    return range(min(years) - 5, max(years) + 2) if years else range(1949, 2101)


def repair_compacted_dates(text: str, ctx: Context) -> Iterator[Edit | Flag]:
    """"2021329日" -> "2021年3月29日" and "71日起" -> "7月1日起" when one reading is valid; else a flag.

    >>> from cleaner.edits import apply
    >>> t = "福州市卫生健康委员会\\n2021329日\\n自71日起实施，44日凌晨2时，持续71日，2021112日"
    >>> out = list(repair_compacted_dates(t, Context()))
    >>> apply(t, [e for e in out if isinstance(e, Edit)])
    '福州市卫生健康委员会\\n2021年3月29日\\n自7月1日起实施，4月4日凌晨2时，持续71日，2021112日'
    >>> [f.reason for f in out if isinstance(f, Flag)]
    ['compacted date "2021112日" reads as 2021年1月12日 or 2021年11月2日: check the source']
    """
    if "日" not in text:
        return
    years = _document_years(ctx)
    taken: set[int] = set()
    for m in _WITH_YEAR.finditer(text):
        taken.update(range(m.start(), m.end()))
        year = int(m[1])
        if year not in years:
            continue
        yield from _decide(m, _readings(m[2], year), f"{year}年")
    fallback_year = years.start + 5 if len(years) < 100 else 2000  # a leap year when unknown
    for m in _WITHOUT_YEAR.finditer(text):
        if m.start() in taken or int(m[1]) <= 31 or not _looks_like_a_date(text, m):
            continue
        yield from _decide(m, _readings(m[1], fallback_year), "")


def _looks_like_a_date(text: str, m) -> bool:
    before = text[max(0, m.start() - 4):m.start()]
    after = text[m.end():m.end() + 4]
    return not _DURATION_BEFORE.search(before) and (_DATE_AFTER.match(after) is not None or _DATE_BEFORE.search(before) is not None)


def _decide(m, readings: list[tuple[int, int]], year_text: str) -> Iterator[Edit | Flag]:
    shown = [f"{year_text}{mo}月{d}日" for mo, d in readings]
    if len(readings) == 1:
        yield Edit(m.start(), m.end(), m.group(), shown[0],
                   f"compacted date: {shown[0]} is its only valid reading (年/月 lost)")
    elif len(readings) > 1:
        yield Flag(m.start(), m.end(), f"compacted date \"{m.group()}\" reads as {' or '.join(shown)}: check the source")
    elif year_text:
        yield Flag(m.start(), m.end(), f"\"{m.group()}\" looks like a date that lost 年/月, but no reading is a valid date")


def insert_missing_year_mark(text: str) -> Iterator[Edit]:
    """A year that lost its 年 before 以来 / 上半年 / 底 … gets it back: "2022以来" -> "2022年以来".

    >>> [e.new for e in insert_missing_year_mark("2022以来，全市卫健系统；0404突发疫情；2022年以来，2021年底")]
    ['年']
    """
    for m in _YEAR_WORDS.finditer(text):
        yield Edit(m.end(), m.end(), "", "年", f"year {m[1]} without 年 before a time word")

