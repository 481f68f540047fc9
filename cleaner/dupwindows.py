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

from collections.abc import Iterator

from cleaner.docmodel import size
from cleaner.textutil import han_count

_GRAM = 6
MIN_WINDOW = 12  # characters: shorter doublings are the sentence and run rules' (是，是，)
_MIN_HAN = 8  # Han characters in the window: a row of figures or cells repeats on purpose
_MAX_WINDOW = 2000
_GAP = ("  ", "\u3000\u3000", "\t")  # a table row's cells: equal cells side by side are data


def doubled_windows(line: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each second copy of a window of ``line`` written twice in a row.

    >>> line = "围绕优化营商环境、守牢安全底线、维护市场秩序等重点工作，扎实推进各项任务落实，境、守牢安全底线、维护市场秩序等重点工作，扎实推进各项任务落实，上半年平稳。"
    >>> [line[s:e] for s, e in doubled_windows(line)]
    ['境、守牢安全底线、维护市场秩序等重点工作，扎实推进各项任务落实，']
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
        if p is not None:
            width = k - p
            if MIN_WINDOW <= width <= _MAX_WINDOW and line[k:k + width] == line[p:k]:
                if _worth(line[p:k]) and _cut_inside_a_word(line, p, width):
                    yield k, k + width
                    k += width
                else:  # a unit repeated on purpose: step past the whole run of it, once
                    k += width
                    while k < len(line) and line[k] == line[k - width]:
                        k += 1
                last = {}
                continue
        k += 1


def _cut_inside_a_word(line: str, p: int, width: int) -> bool:
    """The doubled stretch, taken at its leftmost, starts or ends inside a word: a machine cut.
    A whole unit twice (a chant between quotes, two equal banners, cells or items:
    "…跟党走！…跟党走！", " 市委组织部 市委组织部 ", "1台；…1台；") starts after a mark or a gap
    and ends on one, as a writer repeats on purpose; those are the sentence rules' to judge."""
    while p > 0 and line[p - 1] == line[p - 1 + width]:
        p -= 1
    after = p + 2 * width
    starts_inside = p > 0 and line[p - 1].isalnum() and line[p].isalnum()
    ends_inside = after < len(line) and line[after - 1].isalnum() and line[after].isalnum()
    return starts_inside or ends_inside


def _worth(window: str) -> bool:
    """A window of prose (Han enough, no cell gaps) that is not itself one unit over and over."""
    return (han_count(window) >= _MIN_HAN and size(window) >= MIN_WINDOW
            and not any(g in window for g in _GAP) and (window + window).find(window, 1) == len(window))
