"""Slips of a Chinese mark that the look-alike table of rules/punct.py does not reach.

Read-only helpers (they yield spans, never change text). Each slip is decided by the
script of the characters on both sides, not by what the words say:

- a sentence stop typed as "." or "．" where the next sentence opens with a figure or an
  opening mark (顺利完成.2022年 / 完成.“十四五”), or set apart by blanks (完成目标 . 下一步):
  after a Han character a "." starts no decimal, no file name and no Latin abbreviation;
- the single low quotation mark "‚" (U+201A, a comma look-alike of converters and fonts)
  between Chinese text on both sides, no single closing quote after it: no Chinese text opens
  a quotation with it;
- "~" or the wave dash "〜" (U+301C) joining two figures of a range in Chinese text
  (3~5个, 3月~5月): GB/T 15834 sets the range mark as "～" (U+FF5E);
- the 连接号 of a year range typed as an ASCII hyphen-minus, a hyphen, an en dash or a minus
  sign: 2021-2025年, 2023年–2025年 (GB/T 15834 sets the span of a period with —). Two years
  of this century or the last, the second later (by at most 30), 年 after it, in prose only;
- ASCII commas between figures listed before one Han unit (2019,2020,2021年, 第1,2批,
  6,8月份): Chinese lists figures with 、. No group after a comma has three digits (that
  is a thousands separator), four-digit groups are ascending years, Han or a Chinese mark
  stands before.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner import chars

_H = chars.HORIZONTAL_SPACES
_OPENERS = chars.LEFT_DOUBLE_QUOTE + chars.LEFT_TITLE_MARK + chars.FULLWIDTH_LEFT_PAREN
_CLOSERS = chars.RIGHT_DOUBLE_QUOTE + chars.RIGHT_SINGLE_QUOTE + chars.FULLWIDTH_RIGHT_PAREN + chars.RIGHT_TITLE_MARK
_STOPS = "." + chars.FULLWIDTH_FULL_STOP
# A stop after Chinese text (or a closing mark after it) and before a figure that a Han
# character follows (2022年, 3月) or an opening mark: the next sentence starts there.
# Or a stop with blanks before or after it, before Chinese text, a line end or an opener.
# The look-behind reads at most two characters; matched runs are bounded.
_AFTER = rf"(?<=\p{{Han}}[{_CLOSERS}]?|[0-9][%\uff05])"  # Chinese text, or a percent that ends its figure
_STOP_SLIP = regex.compile(
    rf"{_AFTER}[{_STOPS}](?=[0-9]{{1,4}}\p{{Han}}|[{_OPENERS}])"
    rf"|{_AFTER}[{_H}]{{1,3}}[{_STOPS}][{_H}]{{0,3}}(?=\p{{Han}}|[{_OPENERS}]|[0-9]{{1,4}}\p{{Han}}|\n|\Z)"
    rf"|{_AFTER}[{_STOPS}][{_H}]{{1,3}}(?=\p{{Han}}|[{_OPENERS}]|[0-9]{{1,4}}\p{{Han}})"
)
# An outline marker "一." or "1." opening its line is the outline's business, not a stop.
_MARKER_BEFORE = regex.compile(rf"(?m)^[{chars.CHINESE_NUMERALS}0-9]{{1,3}}$")
_LOW_COMMA = regex.compile(rf"(?<=[\p{{Han}}{_CLOSERS}])\u201a(?=[\p{{Han}}0-9{_OPENERS}])")
_SINGLE_CLOSE = regex.compile("[^\n]{0,20}?[\u2018\u2019\u201b]")
_WAVE = regex.compile(r"(?<=[0-9\p{Han}%])(?P<w>[~\u301c\u223c])(?=[0-9])|(?<=[0-9])[ \u00a0]*+(?P<w>[~\u301c\u223c\uff5e])[ \u00a0]*+(?=[0-9])(?<![0-9]\uff5e|\uff5e(?=[0-9]))")
_HAN_NEAR = regex.compile(r"\p{Han}")


def stop_slips(text: str) -> Iterator[tuple[int, int]]:
    """Spans (blanks included) of a "." or "．" that ends a Chinese sentence.

    >>> t = "顺利完成.2022年继续推进。完成目标 . 下一步，完成.“十四五”开局. 2023年\\n一.2021年\\n见附件1.2项"
    >>> [t[a:b] for a, b in stop_slips(t)]
    ['.', ' . ', '.', '. ']
    >>> t = "同比增长8.3%. 主要做法，占比12%.2023年起，growth of 5%. Next"
    >>> [t[a:b] for a, b in stop_slips(t)]
    ['. ', '.']
    """
    for m in _STOP_SLIP.finditer(text):
        dot = m.start() + len(m.group()) - len(m.group().lstrip(_H))
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _MARKER_BEFORE.fullmatch(text, line_start, dot):
            continue
        yield m.start(), m.end()


def low_commas(text: str) -> Iterator[int]:
    """Indices of a "‚" (U+201A) between Chinese text: a comma look-alike.

    >>> [list(low_commas(t)) for t in ("加强管理\\u201a完善制度", "强调\\u201a推进\\u2018工作", "说\\u201aquoted\\u2018")]
    [[4], [], []]
    """
    for m in _LOW_COMMA.finditer(text):
        if _SINGLE_CLOSE.match(text, m.end()) is None:  # „…“ / ‚…‘ style quote
            yield m.start()


def range_tildes(text: str) -> Iterator[tuple[int, int]]:
    """Spans of a "~", "〜" or "∼" between the figures of a range in Chinese text (a Han
    character within three characters on one side), with the blanks an English editor set
    around it (3 ~ 5个: the range mark takes no blanks).

    >>> list(range_tildes("3~5个工作日，3月~5月，x~5, http://a.cn/~u1，压缩至3 ~ 5天"))
    [(1, 2), (10, 11), (39, 42)]
    """
    for m in _WAVE.finditer(text):
        i, j = m.start("w"), m.end("w")
        if _HAN_NEAR.search(text, max(0, i - 3), i) or _HAN_NEAR.search(text, j, j + 4):
            yield m.start(), m.end()


# Withdrawn in review: a 。 between digits before a unit read as a decimal point (7。2% → 7.2%). A sentence
# ending on a reference's number before a figure has the same shape (详见附件2。10万元以下…): the figure rule flags it.


_YEAR_RANGE = regex.compile(
    r"(?:(?<=^|[\p{Han}\u3001-\u3011\uff08\uff0c\uff1a\uff1b])|(?<=\n))(?P<a>(?:19|20)[0-9]{2})(?P<y>\u5e74?)"
    r"(?P<d>[\-\u2010\u2013\u2212])(?P<b>(?:19|20)[0-9]{2})(?=\u5e74)")
# A file name runs on to its extension (规划（2021-2025年）.pdf): its characters are the file's, not prose.
# The extension of a file name (方案(2021).docx); punctwiden keeps such a name's brackets ASCII with it too.
FILE_EXTENSION = r"\.(?i:docx?|xlsx?|pptx?|pdf|wps|et|ofd|txt|zip|rar|7z|jpe?g|png|csv)(?![A-Za-z])"
_FILE_AHEAD = regex.compile(r"[^\s\u3002\uff0c\uff1b]{0,40}?" + FILE_EXTENSION)


def year_range_dashes(text: str) -> Iterator[int]:
    """Indices of a hyphen-like mark between the two years of a period (the 连接号 —). The full-width
    － (U+FF0D) stays: it is a Chinese-width mark that published reports use there (2006－2020年).

    Only in prose: after Chinese text, a Chinese mark or at a line's start; not in a standard's number
    (DB34/T 2019-2021年版), not in a file name (规划(2021-2025年).pdf).

    >>> list(year_range_dashes("2021-2025年，2023年\u20132025年，GB/T 9704-2012，2025-2021年，0571-2021年"))
    [4, 16]
    >>> list(year_range_dashes("执行DB34/T 2019-2021年版，附件：规划（2021-2025年）.pdf，规划(2021-2025年)"))
    []
    """
    for m in _YEAR_RANGE.finditer(text):
        if 0 < int(m.group("b")) - int(m.group("a")) <= 30 and not _FILE_AHEAD.match(text, m.end()):
            yield m.start("d")


_LISTED_FIGURES = regex.compile(
    r"(?m)(?:(?<=\p{Han}|[\u3002\uff0c\uff1b\uff1a\uff08\u3001])|^)[0-9]{1,4}(?:,[0-9]{1,4})+(?=\u5e74|\u6708|\u6279|\u671f|\u5c4a|\u6b21|\u53f7|\u6761|\u6b3e|\u9879|\u5b63\u5ea6)")


def listed_figure_commas(text: str) -> Iterator[int]:
    """Indices of the ASCII commas of figures listed before one Han unit (2019,2020年 → 、).

    >>> t = "自2019,2020,2021年起，第1,4批，每年6,8月份，共1,234年，达2,30年。2021,2022年；x1,2年"
    >>> [t[i - 1:i + 2] for i in listed_figure_commas(t)]
    ['9,2', '0,2', '1,4', '6,8', '2,3', '1,2']
    """
    for m in _LISTED_FIGURES.finditer(text):
        groups = m.group().split(",")
        if any(len(g) == 3 for g in groups[1:]):
            continue  # 1,234: a thousands separator
        years = [int(g) for g in groups if len(g) == 4]
        if years and (len(years) != len(groups) or years != sorted(set(years)) or not 1900 <= years[0] <= 2099):
            continue
        at = m.start()
        for g in groups[:-1]:
            at += len(g)
            yield at
            at += 1
