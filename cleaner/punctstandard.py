"""Marks that GB/T 15834-2011 and the ASCII of addresses prescribe one exact form for.

Read-only helpers for rules/punct.py (they yield spans and the mark that belongs there):

- full-width marks inside a URL or an e-mail address (www．jl．gov．cn, jlwjw＠163．com,
  http：／／…): an address is ASCII whatever the IME was in, so each such mark becomes ASCII.
  The address must read as one: a scheme, www. or an @, then dotted labels holding a known
  top-level label;
- a full-width stop before a file's extension (附件1．docx, 申报表．xlsx): a file name is ASCII
  there too;
- a 破折号 typed the English way, one em or en dash with blanks beside it between two Chinese
  clauses (加强队伍建设 — 这是…): GB/T 15834 4.9 sets the dash as —— with no blanks. A lone
  unspaced — between words is the 一字线 (中国—东盟) and stays.

Withdrawn before review (r17): a hyphen between two figures of a range (3-5个, 9:00-12:00, 6-8月)
is ～ or — by GB/T 15834 4.13.3.2-3, but the project's protected forms keep it as written (t1_times,
t21_r10, r8's 3-5个, r7's 2021年1-6月): a decision for the lead, not for a rule.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner import chars

_TLD = regex.compile(r"[.\uff0e](?:cn|com|net|org|gov|edu|top|info)(?![A-Za-z0-9])")
_FW_ADDR = "\uff0e\uff0f\uff1a\uff20\uff3f"
# An address: a scheme (http：／／), www．, or user＠host; then its host of dotted labels, which must
# hold a known top-level label (so Chinese prose never reads as one), then an optional path.
_ADDRESS = regex.compile(
    r"(?:https?[:\uff1a][/\uff0f]{2}(?:www[.\uff0e])?|www[.\uff0e]|(?<![A-Za-z0-9_.\-\uff0e\uff3f])[A-Za-z0-9_.\-\uff0e\uff3f]+[@\uff20])"
    r"(?P<host>[A-Za-z0-9\-]+(?:[.\uff0e][A-Za-z0-9\-]+)+)(?:[/\uff0f][A-Za-z0-9\-_./?=&%\uff0e\uff0f]*)?")
_HAN_AFTER = regex.compile(r"\p{Han}")
_FIGURE_TAIL = regex.compile(r"(?:\uff0e[0-9]+)+$")
_OUTLINE_DOT = regex.compile(r"[ \t\u3000]*+[0-9]{1,2}")
_NARROW = {ord(c): ord(c) - 0xFEE0 for c in _FW_ADDR}
_FILE_DOT = regex.compile(r"(?<=[\p{Han}0-9A-Za-z\uff09)\u300b])\uff0e(?=(?i:docx?|xlsx?|pptx?|pdf|wps|ofd|txt|zip|rar|jpe?g|png)(?![A-Za-z]))")


def address_marks(text: str) -> Iterator[tuple[int, str]]:
    """(index, ASCII mark) of a full-width . / : @ _ inside a URL or an e-mail address, or of a
    full-width stop before a file's extension.

    >>> t = "登录www．jl．gov．cn，或http：／／zwfw.jl.gov.cn/col，邮箱：jl_wjw＠163．com。"
    >>> "".join(m for _, m in address_marks(t))
    '...://@.'
    >>> [t[i - 2:i + 4] for t in ["详见附件1．docx和《申报表》．xlsx"] for i, _ in address_marks(t)]
    ['件1．doc', '表》．xls']
    >>> list(address_marks("电话：0571，时间：９．３０，全年增长７．７％，百分之．．．"))
    []
    """
    for m in _ADDRESS.finditer(text):
        if not _TLD.search(m.group("host") + " "):
            continue
        body = m.group().rstrip("\uff0e")  # a full stop after the address is the sentence's
        if _HAN_AFTER.match(text, m.end()):
            body = _FIGURE_TAIL.sub("", body)  # www．jl．gov．cn．2021年: the stop ends the sentence, 2021 starts one
        for k, c in enumerate(body):
            if c in _FW_ADDR:
                yield m.start() + k, c.translate(_NARROW)
    for m in _FILE_DOT.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not _OUTLINE_DOT.fullmatch(text, line_start, m.start()):  # 1．PDF文件须…: an item's number, not a file name
            yield m.start(), "."


_SPACED_DASH = regex.compile(
    rf"(?<=\p{{Han}})(?:[{chars.HORIZONTAL_SPACES}]+[\u2014\u2013](?![\u2014\u2013])[{chars.HORIZONTAL_SPACES}]*"
    rf"|[\u2014\u2013](?![\u2014\u2013])[{chars.HORIZONTAL_SPACES}]+)(?=\p{{Han}})")


_CELL_OR_RANGE = regex.compile(r"\t|\u3000\u3000|\s{2}")


def spaced_dashes(text: str) -> Iterator[tuple[int, int]]:
    """Spans of a single em or en dash with blanks beside it between two Han characters: a 破折号
    typed the English way (fix: ——, no blanks).

    >>> t = "加强队伍建设 — 这是保障，坚持问题导向\u3000\u2013\u3000全年整改，中国—东盟，A - B"
    >>> [t[a:b] for a, b in spaced_dashes(t)]
    [' — ', '\u3000–\u3000']
    """
    for m in _SPACED_DASH.finditer(text):
        if _CELL_OR_RANGE.search(m.group()) or text[m.start() - 2:m.start() - 1] == text[m.end():m.end() + 1]:
            continue  # a table's empty cell (\t—\t), or a range between like words (周一 – 周五, 第一 — 第三)
        yield m.start(), m.end()
