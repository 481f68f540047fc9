"""Delimiters other than brackets that mark where an ad ends, for rules/ads.py.

A bracket tells where a spliced ad starts and stops; two other marks do the same:

- a *cell separator*: a page's side cell or a table row flattened into a paragraph by
  HTML-to-text joins the ad to the line's start or end with a tab, a pipe or a run of spaces
  (…落到实处。<TAB>会员下载<TAB>VIP专享<TAB>￥5.00); the cell at the line's edge is the ad's extent;
- a *rule of dashes*: a watermark framed by runs of dashes, tildes, equals signs or asterisks
  (——某某文库版权所有——, ~~摘自…~~, ====本文由…首发====), as a bracket frames it.

These give the segments; :mod:`cleaner.adcues` decides whether a segment is an ad, so a real
aside between dashes (——这是根本——) or a real table row stays. Nothing here changes text.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

# A tab, a pipe (ASCII or full width) with any spaces, or a run of two or more spaces
# (the text is folded: an ideographic space reads as a space).
_CELL_SEP = regex.compile(r"[ ]*+\t[\t ]*+|[ ]*+[|\uff5c][ ]*+|[ ]{2,}+")
# A run framing a watermark: two or more dashes, tildes, equals signs, asterisks, or an em dash pair.
_RULE = r"(?:-{2,}+|~{2,}+|={2,}+|\*{2,}+|\u2014{2,}+|\uff5e{2,}+|\u2500{2,}+)"
_FRAMED = regex.compile(rf"{_RULE}\s*+(?P<inner>[^\n\-~=*\u2014\uff5e\u2500]{{2,60}}?)\s*+{_RULE}")
_WORD = regex.compile(r"[\p{Han}A-Za-z0-9]")
# A cell longer than this is content, not an ad (rules/ads.py judges at most 80 characters).
_CELL_REACH = 160


class Cell(NamedTuple):
    """A segment at ``start:end`` of the document (the words to judge) and the span to cut with
    it (``cut_start:cut_end``: its separator or its rules too)."""
    start: int
    end: int
    cut_start: int
    cut_end: int


def trailing_cells(folded: str, start: int, end: int) -> list[Cell]:
    """Every cell from each separator to the line's end, longest first: an ad of several
    cells (会员下载 | VIP专享 | ￥5.00) glued after the text is one segment.

    >>> t = "全年完成任务。\\t会员下载\\tVIP专享"
    >>> [t[c.start:c.end] for c in trailing_cells(t, 0, len(t))]
    ['会员下载\\tVIP专享', 'VIP专享']
    """
    out = []
    stop = _rstrip(folded, start, end)
    # Only separators within an ad's reach of the line's end: linear in a line of many cells.
    for m in _CELL_SEP.finditer(folded, max(start, stop - _CELL_REACH), end):
        if _WORD.search(folded, start, m.start()) and _WORD.search(folded, m.end(), stop):
            out.append(Cell(m.end(), stop, m.start(), end))
    return out


def leading_cells(folded: str, start: int, end: int) -> list[Cell]:
    """Every cell from the line's start to each separator, longest last."""
    out = []
    for m in _CELL_SEP.finditer(folded, start, min(end, start + _CELL_REACH)):
        if _WORD.search(folded, start, m.start()) and _WORD.search(folded, m.end(), end):
            out.append(Cell(start, m.start(), start, m.end()))
    return out


def framed(folded: str, start: int, end: int) -> list[Cell]:
    """Segments framed by rules of dashes, tildes, equals signs or asterisks.

    >>> t = "落实到位。——某某文库版权所有——。下一句"
    >>> [t[c.start:c.end] for c in framed(t, 0, len(t))]
    ['某某文库版权所有']
    """
    return [Cell(m.start("inner"), m.end("inner"), m.start(), m.end()) for m in _FRAMED.finditer(folded, start, end)]


def _rstrip(folded: str, start: int, end: int) -> int:
    while end > start and folded[end - 1] in " \t":
        end -= 1
    return end
