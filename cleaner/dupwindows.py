"""A stretch of a line written twice in a row, wherever it starts and ends.

A converter that re-flows hard-wrapped text, or a scraper that re-reads a buffer, emits a window of
the line again right after itself: "…扎实推进各项任务落实，境、守牢安全底线…扎实推进各项任务落实，上半年…"
(the window "境、守牢…落实，" stands twice). The window starts and ends anywhere, inside a word or
across sentences, so the sentence rules do not see it; on the characters it is a tandem repeat,
and removing either copy gives the same text. Found in linear time: each six-character gram
remembers where it last stood, and a gram seen again L characters on proposes a window of L
characters, kept when the L characters after it equal the L before.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from cleaner.docmodel import size
from cleaner.textutil import han_count

_GRAM = 6
MIN_WINDOW = 12  # characters: shorter doublings are the sentence and run rules' (是，是，)
_MIN_HAN = 8  # Han characters in the window: a row of figures or cells repeats on purpose
_MAX_WINDOW = 2000
# Signs a figure ends on: a copy closing on one (…减少6.61%|单位…) ends on its figure, not on a mark.
_FIGURE_ENDS = frozenset("%\u2030\uff05")
_GAP = ("  ", "\u3000\u3000", "\t")  # a table row's cells: equal cells side by side are data


def doubled_windows(line: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, why) of each copy to drop of a window of ``line`` written twice in a row: the
    second copy of a window cut inside words, the first of a whole unit that lost its end mark.

    >>> line = "围绕优化营商环境、守牢安全底线、维护市场秩序等重点工作，扎实推进各项任务落实，境、守牢安全底线、维护市场秩序等重点工作，扎实推进各项任务落实，上半年平稳。"
    >>> [line[s:e] for s, e, _ in doubled_windows(line)]
    ['境、守牢安全底线、维护市场秩序等重点工作，扎实推进各项任务落实，']
    >>> line = "中央采取了调控措施。加强土地调控，严肃查处违法用地行为加强土地调控，严肃查处违法用地行为。"
    >>> [(line[s:e], why) for s, e, why in doubled_windows(line)]
    [('加强土地调控，严肃查处违法用地行为', 'lost its end mark')]
    >>> list(doubled_windows("加油加油加油加油加油加油加油加油！全市新增就业1.2万人，全市新增就业1.3万人。"))
    []
    >>> list(doubled_windows("齐声高呼“不忘初心、牢记使命、永远跟党走！不忘初心、牢记使命、永远跟党走！”"))
    []
    """
    last: dict[str, int] = {}
    k = 0
    while k + _GRAM <= len(line):
        gram = line[k:k + _GRAM]
        p = last.get(gram)
        last[gram] = k
        width = k - p if p is not None else 0
        spot = _tandem(line, p, k, width) if MIN_WINDOW <= width <= _MAX_WINDOW else None
        if spot is None:
            k += 1
            continue
        first, second = spot
        worth = _worth(line[second:second + width])
        if worth and _cut_inside_a_word(line, first, width):
            yield second, second + width, "cut inside words"
            k = second + width
        elif worth and _glued_inside_a_word(line, first + width):
            # a whole unit twice whose first copy lost its end mark: that copy goes
            yield first, first + width, "lost its end mark"
            k = first + 2 * width
        else:  # a unit repeated on purpose: step past the whole run of it, once
            k = second + width
            while k < len(line) and line[k] == line[k - width]:
                k += 1
        last = {}


def _tandem(line: str, p: int, k: int, width: int) -> tuple[int, int] | None:
    """(start of the first copy, taken leftmost; start of the copy found) of a window of ``width``
    written twice in a row that the gram standing at ``p`` and again at ``k`` belongs to, or None.
    The copy found starts at ``k`` when the window runs on from it; else (the gram sits late in the
    unit, and its first occurrence inside the unit moved the gram's memory) the second copy."""
    if line[k:k + width] == line[p:k]:
        return _leftmost(line, p, width), k
    if p == 0 or line[p - 1] != line[k - 1]:
        return None  # the window starts at p, and it does not run on from k
    first = _leftmost(line, p, width)
    end = first + 2 * width
    if end <= len(line) and line[end - 1] == line[end - 1 - width] and line[first + width:end] == line[first:first + width]:
        return first, first + width
    return None


def _leftmost(line: str, p: int, width: int) -> int:
    """Where the first copy of the doubled stretch at ``p`` starts, taken as far left as it goes."""
    while p > 0 and line[p - 1] == line[p - 1 + width]:
        p -= 1
    return p


def _cut_inside_a_word(line: str, p: int, width: int) -> bool:
    """The doubled stretch, taken at its leftmost ``p``, starts or ends inside a word: a machine
    cut. A whole unit twice (a chant between quotes, two equal banners, cells or items:
    "…跟党走！…跟党走！", " 市委组织部 市委组织部 ", "1台；…1台；") starts after a mark or a gap
    and ends on one, as a writer repeats on purpose; those are the sentence rules' to judge."""
    after = p + 2 * width
    starts_inside = p > 0 and line[p - 1].isalnum() and line[p].isalnum()
    ends_inside = after < len(line) and line[after - 1].isalnum() and line[after].isalnum()
    return starts_inside or ends_inside


def _glued_inside_a_word(line: str, seam: int) -> bool:
    """The first copy of a whole unit ends on a word or a figure and runs straight into the
    second's word or opening bracket (…住房供给结构|加强土地调控…, …达到68%|（一）…): it lost the
    mark that closes the second, as a paste does. A writer who repeats a unit on purpose closes
    each copy ("…跟党走！…跟党走！") or sets them apart: by a space, a cell's rule or a list's
    dot (" 市委组织部 市委组织部 ", "|教育局基础教育科|教育局基础教育科|", "·数学·数学")."""
    end, then = line[seam - 1], line[seam]
    return (end.isalnum() or end in _FIGURE_ENDS) and (then.isalnum() or unicodedata.category(then) in ("Ps", "Pi"))


def _worth(window: str) -> bool:
    """A window of prose (Han enough, no cell gaps) that is not itself one unit over and over."""
    return (han_count(window) >= _MIN_HAN and size(window) >= MIN_WINDOW
            and not any(g in window for g in _GAP) and (window + window).find(window, 1) == len(window))
