"""Where a line's own text begins behind an ad glued in front of it.

An injector that prepends an ad to a paragraph leaves the paragraph's opening whole: its
outline marker (一、 （三） 2. 第五条). Such a marker inside a line tells where the line's own
words begin when the document's outline calls for it there: the marker of the same level
before the line has the value one less, or the next one the value one more, with no marker
of a higher level between (a new section restarts its items). A marker the outline does not
call for is running text (全面落实四、五月份工作), never a seam.

Read-only: the ad rules judge the words before the seam (rules/ads.drop_front_glued_ads) and
leave a line with a seam to that judgement, not to a verdict on the whole line.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

import regex

from cleaner.docmodel import Line
from cleaner.outline import Item, outline, read_marker

# Where a marker may open inside a line: a Chinese numeral and 、, a bracketed numeral, a
# figure and its point or 、, 第N章 / 第N条.
_MARKER_START = regex.compile(r"[一二三四五六七八九十]{1,3}+、|[(\uff08][一二三四五六七八九十\d]{1,3}+[)\uff09]"
                              r"|(?<!\d)\d{1,2}+[.\uff0e\u3001](?!\d)|第[一二三四五六七八九十百]{1,4}+[章条]")
# Levels from the highest: a marker of a higher level between two of a lower one restarts them.
_RANK = {"chapter": 0, "article": 1, "l1": 1, "l2": 2, "l3": 3, "l4": 4}
_PREFIX_MAX = 80  # characters before the seam: an ad, not a paragraph


class Outline:
    """The document's outline markers at line starts, for asking whether a marker inside a
    line continues it."""

    def __init__(self, text: str):
        self.items = [i for i in outline(text) if i.value is not None and i.level in _RANK]
        self._lines = [i.line.index for i in self.items]

    def seam(self, line: Line) -> int | None:
        """The offset in ``line`` where its own text begins behind words glued in front of it,
        or None: the first marker inside the line that the outline calls for there.

        >>> t = "一、总体要求\\n正文。\\n代写材料 微信xz88二、主要任务\\n三、保障措施"
        >>> o = Outline(t)
        >>> from cleaner.docmodel import lines
        >>> [o.seam(l) for l in lines(t)]
        [None, None, 11, None]
        >>> t = "一、总体要求\\n二、主要任务\\n全面落实四、五月份工作。\\n三、保障措施"
        >>> [Outline(t).seam(l) for l in lines(t)]
        [None, None, None, None]
        """
        text = line.text
        if read_marker(text) is not None:
            return None  # the line opens with its own marker
        for m in _MARKER_START.finditer(text, 1, min(len(text), _PREFIX_MAX + 8)):
            if m.start() > _PREFIX_MAX or not text[:m.start()].strip():
                continue
            marker = read_marker(text[m.start():])
            if marker and marker[3] == "ok" and marker[2] is not None and marker[0] in _RANK \
                    and self._called_for(line.index, marker[0], marker[2]):
                return m.start()
        return None

    def _called_for(self, index: int, level: str, value: int) -> bool:
        """Whether the outline calls for ``level`` ``value`` at line ``index``: its neighbours of
        the same level (none of a higher level between) are one less before, one more after."""
        k = bisect_left(self._lines, index)
        before = self._neighbour(reversed(self.items[:k]), level)
        after = self._neighbour(self.items[k:], level)
        if before is None and after is None:
            return False
        return (before is None or before.value + 1 == value) and (after is None or after.value == value + 1)

    @staticmethod
    def _neighbour(items, level: str) -> Item | None:
        """The first item of ``level`` in ``items`` before one of a higher level, if any."""
        for item in items:
            if item.level == level:
                return item
            if _RANK[item.level] < _RANK[level]:
                return None
        return None


@lru_cache(maxsize=4)
def outline_of(text: str) -> Outline:
    """One document's :class:`Outline`, shared by the ad rules that ask it of the same text."""
    return Outline(text)
