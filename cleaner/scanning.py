"""Matching that runs in linear time by construction, for the rules' costlier questions.

A pattern with nested or overlapping repetition, or a question asked at every position
of a long line that walks back over the line each time, is quadratic or worse on
pathological input (a run of 16,000 marks, 26 user phrases that contain each other).
These helpers answer such questions in one pass: a line tiled by words, the last mark
before a position, whether a word lies within a span, the nearest characters around
spans, an alignment of two texts.
Nothing here changes text; rules use these to decide, and yield edits.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator

import regex

from cleaner.textutil import alternation, is_cjk


class Tiling:
    """Does a line split wholly into known words and filler characters? Decided in linear time.

    An alternation under ``+`` (``^(?:sep|\\d+|w1|w2|…)+$``) can split a line in
    exponentially many ways and tries them all before it fails: with 返回, 顶部 and 返回顶部
    all listed, a line of 26 × 返回顶部 and one stray character never finishes. Here one
    left-to-right pass marks the positions a tiling can reach; each position tries one
    filler character and the words that start with its character, so the cost is the
    line's length times the number of words sharing a first character, whatever the
    words contain of each other.

    >>> t = Tiling(["返回", "顶部", "返回顶部"], filler=r"[\\s|]|\\d")
    >>> t.covers("返回顶部 | 返回 12"), t.covers("返回顶部返"), t.covers("")
    (True, False, False)
    """

    __slots__ = ("_filler", "_by_first", "_alphabet")

    def __init__(self, words: Iterable[str], filler: str):
        self._filler = regex.compile(filler).match
        by_first: dict[str, list[str]] = {}
        for word in sorted(set(words), key=len, reverse=True):
            if word:
                by_first.setdefault(word[0], []).append(word)
        self._by_first = {first: tuple(group) for first, group in by_first.items()}
        # A character no word holds and no filler matches rules a line out in one C-speed pass.
        letters = "".join(sorted({c for group in by_first.values() for w in group for c in w}))
        self._alphabet = regex.compile(rf"(?:{filler}|[{regex.escape(letters, special_only=False)}])*+" if letters
                                       else rf"(?:{filler})*+")

    def covers(self, line: str) -> bool:
        """True when ``line`` (not empty) is a sequence of words and filler characters."""
        if not line or self._alphabet.fullmatch(line) is None:
            return False
        n, filler, by_first = len(line), self._filler, self._by_first
        reach = bytearray(n + 1)
        reach[0] = 1
        for i in range(n):
            if not reach[i]:
                continue
            if filler(line, i):
                reach[i + 1] = 1
            for word in by_first.get(line[i], ()):
                if line.startswith(word, i):
                    reach[i + len(word)] = 1
        return reach[n] == 1


class LastMark:
    """Where the last mark of a character class before a position ends (``default`` if none).

    Positions are asked about left to right and the text is read once: searching back
    from each of many positions of a long line is quadratic. A position left of the
    last one asked starts the reading over. ``mark`` matches one character.

    >>> last = LastMark(regex.compile("[、。]"), "甲、乙。丙")
    >>> last.end_before(1), last.end_before(3), last.end_before(5), last.end_before(2)
    (0, 2, 4, 2)
    """

    __slots__ = ("_mark", "_text", "_default", "_read", "_end")

    def __init__(self, mark: regex.Pattern, text: str, default: int = 0):
        self._mark, self._text, self._default = mark, text, default
        self._read, self._end = 0, default

    def end_before(self, i: int) -> int:
        if i < self._read:
            self._read, self._end = 0, self._default
        for m in self._mark.finditer(self._text, self._read, i):
            self._end = m.end()
        self._read = i
        return self._end


class Occurrences:
    """Whether any of ``words`` lies wholly within a span of ``text``, asked for many spans.

    ``pattern.search(text, start, end)`` walks its span each time: quadratic when the spans
    are the growing prefixes of one long clause. The words are found once, overlapping
    ones too, and a span is a bisection plus a look at its last few positions.

    >>> o = Occurrences(("增长", "比"), "同比增长")
    >>> o.within(0, 4), o.within(2, 3), o.within(3, 4), o.within(1, 2)
    (True, False, False, True)
    """

    __slots__ = ("_pattern", "_text", "_longest", "_starts")

    def __init__(self, words: Iterable[str], text: str):
        words = tuple(words)
        self._pattern = regex.compile(alternation(words))
        self._text, self._longest = text, max(map(len, words))
        self._starts = [m.start() for m in self._pattern.finditer(text, overlapped=True)]

    def within(self, start: int, end: int) -> bool:
        """What ``pattern.search(text, start, end)`` tells: a word starts at or after
        ``start`` and ends by ``end``."""
        sure = end - self._longest  # a word that starts by here ends by ``end``
        k = bisect_right(self._starts, sure) - 1
        if k >= 0 and self._starts[k] >= start:
            return True
        return any(self._pattern.match(self._text, s, end) for s in range(max(start, sure + 1), end))


def changed_spans(old: str, new: str, anchor: int = 2) -> Iterator[tuple[int, int, int, int]]:
    """``(i1, i2, j1, j2)`` for each region where ``old[i1:i2]`` became ``new[j1:j2]``, in linear time.

    Equal characters are walked past; after a difference, the two texts meet again at the
    first ``anchor`` characters of ``old`` that stand in ``new`` at or after the current
    position (each ``anchor``-gram of ``new`` is indexed once). Not the smallest diff in
    every case, as difflib's can be, but always one that turns ``old`` into ``new``, and at
    a cost difflib (quadratic to cubic on long lines with many changes) cannot promise.

    >>> list(changed_spans("中文xyz中文", "中文工作中文"))
    [(2, 5, 2, 4)]
    >>> list(changed_spans("abc", "abcd")), list(changed_spans("", "x"))
    ([(3, 3, 3, 4)], [(0, 0, 0, 1)])
    """
    grams: dict[str, list[int]] = {}
    for j in range(len(new) - anchor + 1):
        grams.setdefault(new[j:j + anchor], []).append(j)
    seen = dict.fromkeys(grams, 0)  # per gram, how many of its positions are behind us
    i = j = 0
    while True:
        while i < len(old) and j < len(new) and old[i] == new[j]:
            i, j = i + 1, j + 1
        if i == len(old) and j == len(new):
            return
        for i2 in range(i, len(old) - anchor + 1):
            j2 = _position_from(grams, seen, old[i2:i2 + anchor], j)
            if j2 is not None:
                break
        else:
            i2, j2 = len(old), len(new)
        yield i, i2, j, j2
        i, j = i2, j2


def _position_from(grams: dict[str, list[int]], seen: dict[str, int], gram: str, j: int) -> int | None:
    """The first position at or after ``j`` of ``gram`` in the indexed text (positions asked grow)."""
    at = grams.get(gram)
    if at is None:
        return None
    k = seen[gram]
    while k < len(at) and at[k] < j:
        k += 1
    seen[gram] = k
    return at[k] if k < len(at) else None


class Nearest:
    """The nearest characters outside ``skip`` around spans visited left to right.

    What was walked for one span is remembered for the next: a chain of "...," is walked
    once, not once per ellipsis (quadratic). A span to the left of the last one is
    answered by a plain walk.
    """

    def __init__(self, text: str, skip: frozenset):
        self.text, self.skip = text, skip
        self._left = (0, -1)  # (asked at, index of the nearest character before it, -1: none)
        self._right = (0, -1)  # (asked at, index of the nearest character from it on; -1: not yet)

    def next_to_cjk(self, start: int, end: int) -> bool:
        return is_cjk(self._char_before(start)) or is_cjk(self._char_from(end))

    def _char_before(self, i: int) -> str:
        text, skip = self.text, self.skip
        asked, found = self._left if i >= self._left[0] else (0, -1)
        j = i - 1
        while j >= asked and text[j] in skip:
            j -= 1
        j = j if j >= asked else found
        self._left = (i, j)
        return text[j] if j >= 0 else ""

    def _char_from(self, i: int) -> str:
        text, skip = self.text, self.skip
        asked, found = self._right
        j = found if asked <= i <= found else i
        while j < len(text) and text[j] in skip:
            j += 1
        self._right = (i, j)
        return text[j] if j < len(text) else ""
