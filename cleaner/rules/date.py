"""Dates that lost 年, 月 or 日: repaired when exactly one reading is a valid date, flagged otherwise.

A scraper or an editor that drops characters leaves "2021年3月29日" as "2021329日",
"2021年329日", "20210329", "2021年3月29" or "20213月29日". Putting the marks back is safe
only when exactly one reading is a real calendar date (month 1-12, a day that month has
in that year, leap years included) in a year the document itself shows (its dates, its
"2021年" mentions, its metadata); "2021112日" (1月12日 or 11月2日) is flagged with both
readings for a reviewer. The same shapes are counts, amounts and codes far more often
than dates ("时限压缩至45日", "不低于20210510元", a phone number under 联系人), so a figure
without its year is a date only with positive evidence of a date and no sign of a count
(``cleaner.datecues``); eight bare digits only with date context (于/截至 … before, 前/起
… after, a line of their own under a signer); codes, phone, ICP and index numbers, day
ranges (3月29—31日) and 号 dates are left alone; a date in Chinese numerals (二〇二一年三月二十九)
only gets back the 日 or 月 it lost (``cleaner.datefold``).
Full-width digits are read as digits (the rules match an ASCII-digit copy of the text).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.chars import ASCII_DIGIT_OF
from cleaner.datecues import (
    DAMAGED_DATE,
    MAY_FOLLOW_DATE,
    RANGE_END,
    STOP_SEPARATED,
    SWAPPED_MARKS,
    damaged_marks,
    month_day_readings as _readings,
    one_digit_away,
    valid_date as _valid,
    swapped_readings,
    yearless_date_cue,
)
from cleaner.dateplace import in_date_place, is_dateline
from cleaner import dateframes, dateglue, datefold, datelocale, datereader, dateshapes, dateslips, datesystems
from cleaner.types import Context, Edit, Flag

# The years a document shows: 2021年, 2021-03-29, 二〇二一年.
_SHOWN_YEAR = regex.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?:年|[-/.][0-9]{1,2}[-/.][0-9]{1,2}(?![0-9]))")
_CHINESE_YEAR = regex.compile(r"([\u3007零一二三四五六七八九]{4})年")  # U+3007 〇
_CHINESE_DIGIT = {c: str(i) for i, c in enumerate("\u3007一二三四五六七八九")} | {"零": "0"}


def _ascii_digits(text: str) -> str:
    return text.translate(ASCII_DIGIT_OF)


class _Years:
    """The years a document shows, widened a little (a report looks back, a plan ahead)."""

    def __init__(self, text: str, ctx: Context):
        shown = {int(m[1]) for m in _SHOWN_YEAR.finditer(text)}
        shown |= {int("".join(_CHINESE_DIGIT[c] for c in m[1])) for m in _CHINESE_YEAR.finditer(text)}
        shown |= {int(d[:4]) for d in (ctx.metadata.get("publish_date"), ctx.metadata.get("written_date")) if d}
        self.shown = shown
        self.span = range(min(shown) - 5, max(shown) + 2) if shown else range(1949, 2101)
        # For a date without a year: the document's latest year, or a leap year when unknown.
        self.latest = max(shown) if shown else 2000

    def __contains__(self, year: int) -> bool:
        return year in self.span

    def reaches_back(self, year: int, years_back: int) -> bool:
        """Is ``year`` within ``years_back`` years before the span (a report looking back)?"""
        return self.span.start - years_back <= year < self.span.stop


def repair_compacted_dates(text: str, ctx: Context) -> Iterator[Edit | Flag]:
    """"2021329日" / "2021年329日" -> "2021年3月29日", "71日起" -> "7月1日起", when one reading is valid; else a flag.

    With the year in its digits the figure is a date. Without it, "45日" in 办法 and
    营商环境 wording is far more often a count of days ("时限由60日压缩至45日", "期满45日
    前", "30—45日"), so it is read as a date only where a date stands and nothing says
    count (see ``cleaner.datecues``): a time of day or 召开 after it, 截至 before it, a
    clause of "71日起" alone, a frame (于…前, 自…起), or a month nearby its reading agrees with.

    >>> from cleaner.edits import apply
    >>> t = "福州市卫生健康委员会\\n2021329日\\n自71日起实施，2021年415日前，持续71日，2021112日"
    >>> out = list(repair_compacted_dates(t, Context()))
    >>> apply(t, [e for e in out if isinstance(e, Edit)])
    '福州市卫生健康委员会\\n2021年3月29日\\n自7月1日起实施，2021年4月15日前，持续71日，2021112日'
    >>> [f.reason for f in out if isinstance(f, Flag)]
    ['compacted date "2021112日" reads as 2021年1月12日 or 2021年11月2日: check the source']
    >>> t = "2021年办法。审批时限由60日压缩至45日，合同期满45日前，为30—45日，于1230日召开"
    >>> apply(t, list(repair_compacted_dates(t, Context())))
    '2021年办法。审批时限由60日压缩至45日，合同期满45日前，为30—45日，于12月30日召开'
    >>> t = "2021年办法。自2021年415起，2021 329日，3月5日～37日，2021年121个，2021年415万元"
    >>> apply(t, [e for e in repair_compacted_dates(t, Context()) if isinstance(e, Edit)])
    '2021年办法。自2021年4月15日起，2021年3月29日，3月5日～37日，2021年121个，2021年415万元'
    """
    if "日" not in text and "年" not in text:
        return
    digits = _ascii_digits(text)
    years = _Years(digits, ctx)
    taken: set[int] = set()
    for m in dateshapes.WITH_YEAR.finditer(digits):
        taken.update(range(m.start(), m.end()))
        year = int(m[1])
        if year in years:
            yield from _decide(text, m, _readings(m[3], year), f"{year}年")
    for m in dateshapes.MARKS_LOST.finditer(digits):
        if int(m[1]) in years and (dateshapes.START_OR_DEADLINE.match(digits, m.end()) or is_dateline(digits, m.start(), m.end())):
            yield from _decide(text, m, _readings(m[2], int(m[1])), f"{m[1]}年")
    # "3月5日～37日": a day range whose end no month has is flagged (flag_broken_date_marks), not read as 3月7日
    range_ends = {r.start(1) for r in RANGE_END.finditer(digits)}
    for m in dateshapes.WITHOUT_YEAR.finditer(digits):
        if m.start() in taken or int(m[1]) <= 31 or m.start() in range_ends:
            continue
        readings = _readings(m[1], years.latest)
        # Without a year "45日" is far more often a count of days: a date needs its place.
        if readings and yearless_date_cue(digits, m.start(), m.end(), [mo for mo, _ in readings]):
            yield from _decide(text, m, readings, "")


def _decide(text: str, m, readings: list[tuple[int, int]], year_text: str) -> Iterator[Edit | Flag]:
    old = text[m.start():m.end()]
    shown = [f"{year_text}{mo}月{d}日" for mo, d in readings]
    if len(readings) == 1:
        yield Edit(m.start(), m.end(), old, shown[0], f"compacted date: {shown[0]} is its only valid reading (年/月 lost)")
    elif len(readings) > 1:
        yield Flag(m.start(), m.end(), f"compacted date \"{old}\" reads as {' or '.join(shown)}: check the source")
    elif year_text:
        yield Flag(m.start(), m.end(), f"\"{old}\" looks like a date that lost 年/月, but no reading is a valid date")


def expand_eight_digit_dates(text: str, ctx: Context) -> Iterator[Edit]:
    """Eight digits that are a date where a date stands become one: "于20210415前" -> "于2021年4月15日前".

    A valid YYYYMMDD in a year the document shows, not inside a longer run, a URL or a
    code, counts as a date when its place says so: a date word just before (于, 自,
    截至, 日期：…) with what may follow a date after it (an event, a place, a mark, not a
    unit or a noun: "不低于20210510元", "增长至20201130人" are amounts; 低于/用于 and
    增长至 are no date words), a date word just after (前, 起, 施行 …), a line (or
    brackets) of its own under a signer or under the title, the end of the signer's line,
    or a whole clause ("20210426，市政府召开…", unless a list or a code's label says
    otherwise). A label of a number (电话, 编号, 索引号, 备案, ICP …) nearer than any date
    word keeps it a number; so do 号/版/期 after it and a line under 联系人 or "如下：".

    >>> from cleaner.edits import apply
    >>> t = "各单位于20210415前报送。\\n市卫健委\\n20210416\\n联系电话：20210329，编号20210329前"
    >>> apply(t, list(expand_eight_digit_dates(t, Context())))
    '各单位于2021年4月15日前报送。\\n市卫健委\\n2021年4月16日\\n联系电话：20210329，编号20210329前'
    >>> t = "2021年总结\\n投资不低于20210510元，发布20210329版。\\n联系人：王某某\\n20211215"
    >>> list(expand_eight_digit_dates(t, Context()))
    []
    """
    digits = _ascii_digits(text)
    years = None
    for m in dateshapes.EIGHT_DIGITS.finditer(digits):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
        if not _valid(year, month, day) or not in_date_place(digits, m.start(), m.end()):
            continue
        years = years or _Years(digits, ctx)
        if year in years:
            yield Edit(m.start(), m.end(), text[m.start():m.end()], f"{year}年{month}月{day}日",
                       "eight digits in a date's place: YYYYMMDD written without 年/月/日")


def restore_day_mark(text: str) -> Iterator[Edit]:
    """A full date that lost its final 日 gets it back: "自2021年10月1起施行" -> "自2021年10月1日起施行".

    Only when the day is valid for its month and what follows can follow a date (a verb,
    起/前/止, punctuation, the end of the line); not before a day range or list, a unit, 号,
    a time or more digits.

    >>> from cleaner.edits import apply
    >>> t = "自2021年10月1起施行，截至2022年4月6，2021年3月29至31日，2021年3月29号，2021年2月30前"
    >>> apply(t, list(restore_day_mark(t)))
    '自2021年10月1日起施行，截至2022年4月6日，2021年3月29至31日，2021年3月29号，2021年2月30前'
    >>> t = "市交通运输局\\n2023年1月\\u300018\\n2023年1月 18个项目"
    >>> apply(t, list(restore_day_mark(t)))
    '市交通运输局\\n2023年1月18日\\n2023年1月 18个项目'
    """
    if "月" not in text:
        return
    digits = _ascii_digits(text)
    framed = list(dateglue.yearless_day_lost(digits))  # "于3月29前": the frame is the year's stand-in
    yield from _glued(text, framed)
    yield from _glued(text, dateframes.weekday_day_lost(digits), {a for a, *_ in framed})  # "3月29（星期一）"
    for m in dateshapes.DAY_WITHOUT_MARK.finditer(digits):
        follow = dateshapes.AFTER_DAY.match(digits, m.end())
        if follow is None or follow["ok"] is None or not _valid(int(m[1]), int(m[2]), int(m[4])):
            continue
        if digits[m.end():m.end() + 1] in datereader.MARK_KINDS or digits[m.end() + 1:m.end() + 2] in ("日", "号"):
            continue  # "5臼", "10，日": the date has its day mark, slipped; read_date_clusters sets it right
        if dateshapes.FIGURE_GOES_ON.match(digits, m.end()):
            continue  # "2021年3月3\n1日前": the day's figure goes on after a line break, its 日 is there
        if m[3]:
            if dateshapes.GAPPED_DAY_END.match(digits, m.end()):
                yield Edit(m.start(3), m.end(), text[m.start(3):m.end()], text[m.start(4):m.end()] + "日",
                           f"date {text[m.start():m.end()]!r} with a blank before its day and without its 日")
            continue
        yield Edit(m.end(), m.end(), "", "日", f"date {text[m.start():m.end()]} without its final 日")


def insert_missing_year_mark(text: str, ctx: Context) -> Iterator[Edit]:
    """A year that lost its 年 gets it back: "2022以来" -> "2022年以来", "20213月" -> "2021年3月", "2021度" -> "2021年度".

    Glued to a month (year digits, then 1-12, then 月: one split only), to 初/底/末 or to
    度, the year must be one the document shows, and what follows must read as a time:
    "2020底前" is 年底, "2020底数" and "2000初步" are words; "2021度工作要点" is 年度,
    "用电2021度电", "发电量2020度以上" count kilowatt-hours.

    >>> from cleaner.edits import apply
    >>> t = "2021年工作。2022以来，20213月起，2021度工作要点；2020底前；摸清2020底数；用电2021度电；202113月；2021 3月9日"
    >>> apply(t, list(insert_missing_year_mark(t, Context())))
    '2021年工作。2022年以来，2021年3月起，2021年度工作要点；2020年底前；摸清2020底数；用电2021度电；202113月；2021年3月9日'
    >>> t = "2021年工作。\\n2021，全市完成投资；到2021，累计2021，"
    >>> apply(t, list(insert_missing_year_mark(t, Context())))
    '2021年工作。\\n2021年，全市完成投资；到2021年，累计2021，'
    >>> t = "2021年工作。2021-3月起，2021.12月底前，V2.3月，2009-3月"
    >>> apply(t, list(insert_missing_year_mark(t, Context())))
    '2021年工作。2021年3月起，2021年12月底前，V2.3月，2009-3月'
    """
    digits = _ascii_digits(text)
    years, done = None, set()
    for m in dateshapes.YEAR_WITHOUT_MARK.finditer(digits):
        if m["du"] and digits[m.start() - 1:m.start()] in dateshapes.MEASURED_BEFORE:
            continue
        if m["gap"] and dateshapes.TABLE_ROW_AFTER.match(digits, m.end()):
            continue  # "2021 3月份 120": a table's year and month columns, figures in the next cell (review r14)
        if not m["word"]:
            years = years or _Years(digits, ctx)
            # 初/底/末 before a time word is a year's edge, a decade back too ("2005底前注册的车辆")
            if int(m[1]) not in years and not (m["edge"] and years.reaches_back(int(m[1]), 15)):
                continue
        mark = m["word"] or m["edge"] or m["du"]
        where = (f"before {mark}" if mark else "a space in its place" if m["gap"]
                 else f"{m['sep']!r} in its place" if m["sep"] else "glued to its month")
        end = m.end("gap") if m["gap"] else m.end("sep") if m["sep"] else m.end(1)  # a space or separator goes where 年 comes
        done.add(m.end(1))
        yield Edit(m.end(1), end, text[m.end(1):end], "年", f"year {m[1]} without 年 {where}")
    # read from the frame (cleaner.dateglue): "202106底前" (年 and 月 lost); the document's years
    # and its month style are read only when such a run is there
    if dateglue.has_year_month_run(digits):
        years = years or _Years(digits, ctx)
        pad = regex.search(r"年0[1-9]月", digits) is not None
        yield from _glued(text, dateglue.year_month_runs(digits, years.__contains__, pad), done)
    # a year and month typed with a separator before a month's word ("2021.3底前")
    if dateglue.has_numeric_year_month(digits):
        years = years or _Years(digits, ctx)
        pad = regex.search(r"年0[1-9]月", digits) is not None
        yield from _glued(text, dateglue.numeric_year_months(digits, years.__contains__, pad), done)
    # the end of a period whose start has its 年 ("2021年至2025期间")
    for edit in _glued(text, dateglue.period_end_years(digits), done):
        done.add(edit.start)
        yield edit
    # a year alone at a clause's edge ("2004，全国…", "到2025，"): only a year the text writes with 年
    if dateglue.has_year_at_clause(digits):
        years = years or _Years(digits, ctx)
        yield from _glued(text, dateglue.years_at_clause(digits, years.shown), done)


def _glued(text: str, found, done=frozenset()) -> Iterator[Edit]:
    """Edits for the (start, end, new, why) readings of ``cleaner.dateglue``, not where a rule already edits."""
    for a, b, new, why in found:
        if a not in done and b not in done:
            yield Edit(a, b, text[a:b], new, why)


def repair_date_marks(text: str) -> Iterator[Edit]:
    """A written date with damaged marks is set right: "2021 年 3 月 29 日" -> "2021年3月29日".

    Damaged: spaces inside ("2021 年 3 月 29 日"), a mark doubled ("2021年年3月29日"), a mark
    read as a look-alike ("2020年10曰29日", "29⽇").

    Spaces inside a date (a justified line, a PDF copy) carry nothing; a doubled mark is an
    editing slip; OCR and PDF extraction put 曰/午 or a Kangxi radical (⽉ ⽇) where 日/年/月
    stand. The shape decides: four year digits, a month 1-12 and a valid day around the
    marks, at most one look-alike and only in a whole date with its other marks right, and
    "29日日" only where no word follows (日均, 日报 are words).

    >>> from cleaner.edits import apply
    >>> t = "于2021 年 3 月 29 日前，2020年10曰29日，2021年年4月，2021年13月 1日，29日日均"
    >>> apply(t, list(repair_date_marks(t)))
    '于2021年3月29日前，2020年10月29日，2021年4月，2021年13月 1日，29日日均'
    """
    if not any(c in text for c in "年午牛"):
        return
    digits = _ascii_digits(text)
    spaced = list(dateframes.spaced_datelines(digits))  # "2 0 2 1 年 3 月 2 9 日" alone on a line
    yield from _glued(text, spaced)
    for m in DAMAGED_DATE.finditer(digits):
        if any(a < m.end() and m.start() < b for a, b, *_ in spaced):
            continue
        year, month = int(m["y"]), int(m["mo"])
        day = int(m["d"]) if m["d"] else 1
        if not _valid(year, month, day) or not damaged_marks(m, digits):
            continue
        new = f"{text[m.start('y'):m.end('y')]}年{text[m.start('mo'):m.end('mo')]}月"
        if m["d"]:
            new += f"{text[m.start('d'):m.end('d')]}日"
        yield Edit(m.start(), m.end(), text[m.start():m.end()], new, "date marks damaged (spaces, a doubled or look-alike mark)")


def flag_impossible_dates(text: str, ctx: Context) -> Iterator[Flag]:
    """A date that cannot be right as written is flagged with the readings it may have been.

    A year of three or five digits where the document's years are one digit away
    ("202年", "20211年": a digit lost or doubled), or a month or day no calendar has
    ("2021年13月", "2021年2月30日", "2021年29月3日": figures swapped or transposed). Which
    digit went wrong cannot be known, so it is not repaired.

    >>> for f in flag_impossible_dates("2021年工作。自021年10月1日起；2021年29月3日", Context()):
    ...     print(f.reason)
    year 021 of "021年10月1日" has 3 digits: 2021, a year the document shows, is one digit away
    "2021年29月3日" is no calendar date: 2021年3月29日?
    >>> list(flag_impossible_dates("2021年3月29日，公元618年3月，2021年2月28日", Context()))
    []
    """
    if "年" not in text:
        return
    digits = _ascii_digits(text)
    years = None
    for m in dateshapes.WRITTEN_DATE.finditer(digits):
        old = text[m.start():m.end()]
        if len(m[1]) != 4:
            if not m[3]:
                continue  # "20211年3月" alone may be a code's digits; a whole date is a date
            years = years or _Years(digits, ctx)
            near = sorted(y for y in years.shown if one_digit_away(m[1], str(y)))
            if near and _valid(near[0], int(m[2]), int(m[3] or 1)):
                shown = ", ".join(map(str, near))
                yield Flag(m.start(), m.end(), f"year {m[1]} of \"{old}\" has {len(m[1])} digits: "
                                               f"{shown}, a year the document shows, is one digit away")
        elif m[1][:2] in ("19", "20") and not _valid(int(m[1]), int(m[2]), int(m[3] or 1)):
            guesses = swapped_readings(int(m[1]), m[2], m[3])
            hint = " or ".join(guesses) + "?" if guesses else "check the source"
            yield Flag(m.start(), m.end(), f"\"{old}\" is no calendar date: {hint}")


def flag_broken_date_marks(text: str) -> Iterator[Flag]:
    """A date whose marks were swapped or replaced, or a range whose end day no month has, is flagged.

    "2021年29日3月" (月 and 日 swapped), "2021。3。29" (the marks turned into one repeated
    sentence mark, the rest of the sentence closing after it) and "3月1日—35日" (a range end
    above 31) are dates for sure, but which figure or mark went wrong is not.

    >>> t = "于2021年29日3月召开，于2021。3。29。3月1日—35日，3月1日—5日，分别为2021、3、5家"
    >>> [t[f.start:f.end] for f in flag_broken_date_marks(t)]
    ['2021年29日3月', '2021。3。29', '35日']
    """
    digits = _ascii_digits(text)
    for m in SWAPPED_MARKS.finditer(digits):
        if _valid(int(m[1]), int(m[3]), int(m[2])) or _valid(int(m[1]), int(m[2]), int(m[3])):
            yield Flag(m.start(), m.end(), f"date marks swapped: \"{text[m.start():m.end()]}\"")
    for m in STOP_SEPARATED.finditer(digits):
        after = digits[m.end():m.end() + 1]
        if _valid(int(m[1]), int(m[3]), int(m[4])) and (after in ("", "\n") or MAY_FOLLOW_DATE.match(digits, m.end())
                                                        or not regex.match(r"[\p{Han}\p{L}]", after)):
            yield Flag(m.start(), m.end(), f"date marks lost, \"{m[2]}\" in their place: check the source")
    for m in RANGE_END.finditer(digits):
        if int(m[1]) > 31:
            yield Flag(m.start(1), m.end(), f"range end \"{m[1]}日\" is no day of a month")


def repair_date_systems(text: str, ctx: Context) -> Iterator[Edit]:
    """A date another system wrote or a layout broke goes back to 年月日 (``cleaner.datesystems``).

    An export's midnight ("2021-03-29 00:00:00"), a spreadsheet serial as the signature date
    ("44284"), two numeral systems in one date ("二〇二一年3月29日"), a Chinese-numeral day
    without its 十 ("二九日"), an OCR's 口/旦 for 日, a signature date wrapped over two lines.

    >>> from cleaner.edits import apply
    >>> t = "2021年工作。于2021/3/29 0:00:00前，2021年三月二十九日起"
    >>> apply(t, list(repair_date_systems(t, Context())))
    '2021年工作。于2021年3月29日前，2021年3月29日起'
    """
    years = _Years(_ascii_digits(text), ctx)
    yield from _glued(text, datesystems.repairs(text, years.__contains__))


def repair_date_slips(text: str) -> Iterator[Edit]:
    """Slips inside a date with one repair: OCR letters for figures, a line break, a look-alike 〇.

    OCR reads 0 as O and 1 as l or I ("2O21年3月1I日"), a PDF copy breaks the line inside a
    date ("2021年3\\n月29日"), a year in Chinese numerals gets a circle or a letter for its
    〇 ("二○二一年") and a Chinese-numeral date loses its 日 before 起 (``cleaner.dateslips``).

    >>> from cleaner.edits import apply
    >>> t = "自2O21年3月1I日起，于2021年3\\n月29日前，二○二一年三月二十九起施行"
    >>> apply(t, list(repair_date_slips(t)))
    '自2021年3月11日起，于2021年3月29日前，二〇二一年三月二十九日起施行'
    """
    yield from dateslips.letter_figures(text)
    yield from dateslips.line_breaks(text)
    yield from _glued(text, dateframes.chinese_line_breaks(text))  # "三月\n二十九日" (``cleaner.dateframes``)
    yield from dateslips.chinese_year_slips(text)
    yield from dateslips.chinese_day_mark(text)
    yield from dateslips.mark_slips(text)
    yield from dateslips.split_figures(text)
    yield from dateslips.separated_with_ri(text)
    yield from dateslips.range_end_month(text)
    yield from _glued(text, dateglue.grouped_years(text))


def flag_date_slips(text: str) -> Iterator[Flag]:
    """A weekday the date does not have, a date figure lost or doubled, a day glued to its time, is flagged.

    >>> t = "定于2021年3月29日（星期二）召开，2021年3月日报到，2021年3月299日截止"
    >>> [t[f.start:f.end] for f in flag_date_slips(t)]
    ['2021年3月29日（星期二', '2021年3月日', '2021年3月299日']
    """
    if "年" not in text:
        return
    yield from dateslips.wrong_weekdays(text)
    yield from dateslips.figure_slips(text)
    yield from dateslips.glued_times(text)  # "7月219:30": 2日19:30 or 21日9:30
    yield from dateframes.dotted_month_days(text, _ascii_digits(text))  # "须在7.25前": a date or a decimal


def read_date_clusters(text: str, ctx: Context) -> Iterator[Edit | Flag]:
    """Every cluster of figures and date marks is read every way; one valid reading repairs it, several flag it.

    The kind-independent reader (``cleaner.datereader``) after the shape rules: whatever
    damage a date took (a homophone or look-alike mark, 号 for 日, separators, blanks, a stray
    mark, a 0 typed as 〇, a two-figure year), its figures still read as a date in one of the
    document's years, or in several ways (flagged), or in none (left).

    >>> from cleaner.edits import apply
    >>> t = "2021年工作要点。于2021、3、29前报送，21年4月2号召开，2021年3用5日起，2021年3.29亿元"
    >>> apply(t, [e for e in read_date_clusters(t, Context()) if isinstance(e, Edit)])
    '2021年工作要点。于2021年3月29日前报送，2021年4月2日召开，2021年3月5日起，2021年3.29亿元'
    >>> t = "二〇二一年工作要点。自二〇二一年三月二十九起施行，二〇二一年四二十日召开"
    >>> apply(t, [e for e in read_date_clusters(t, Context()) if isinstance(e, Edit)])
    '二〇二一年工作要点。自二〇二一年三月二十九日起施行，二〇二一年四月二十日召开'
    """
    if "\u5e74" not in text and not any(c.isdigit() for c in text):
        return
    years = _Years(_ascii_digits(text), ctx)
    # a numeric range ("2021/5/16至8/31") is read whole: its end alone would read as a decimal
    ranges = list(datelocale.range_repairs(text, years.__contains__))
    yield from ranges
    if any(c.isdigit() for c in text):
        for found in datereader.read_clusters(text, years.__contains__, years.shown):
            if not any(r.start < found.end and found.start < r.end for r in ranges):
                yield found
    # a month that lost its 月 before 底/末/旬 ("2021年6底前"): ``cleaner.dateglue``
    if "\u5e74" in text:
        yield from _glued(text, dateglue.month_mark_lost(_ascii_digits(text), years.__contains__))
    yield from _glued(text, dateframes.month_word_lost(_ascii_digits(text)))  # "于7下旬前", "十二底前"
    # a date in Chinese numerals that lost its 日 or 月 ("二〇二一年三月二十九起"): ``cleaner.datefold``
    yield from datefold.repairs(text, years.__contains__)
    # no mark at all, framed as a date: 于2021329前, 3/29/2021 (``cleaner.datelocale``)
    yield from datelocale.framed_repairs(text, _ascii_digits(text), years.__contains__)
    # a numeric month-day without a year in a deadline's frame: 于3/29前 (``cleaner.datelocale``)
    yield from datelocale.deadline_month_days(text, _ascii_digits(text))
