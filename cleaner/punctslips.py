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
  (3~5个, 3月~5月): GB/T 15834 sets the range mark as "～" (U+FF5E).
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
_STOP_SLIP = regex.compile(
    rf"(?<=\p{{Han}}[{_CLOSERS}]?)[{_STOPS}](?=[0-9]{{1,4}}\p{{Han}}|[{_OPENERS}])"
    rf"|(?<=\p{{Han}}[{_CLOSERS}]?)[{_H}]{{1,3}}[{_STOPS}][{_H}]{{0,3}}(?=\p{{Han}}|[{_OPENERS}]|[0-9]{{1,4}}\p{{Han}}|\n|\Z)"
    rf"|(?<=\p{{Han}}[{_CLOSERS}]?)[{_STOPS}][{_H}]{{1,3}}(?=\p{{Han}}|[{_OPENERS}]|[0-9]{{1,4}}\p{{Han}})"
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
