"""Small read-only helpers the rules share: character classes, protected spans, context.

Nothing here changes text; rules use these to decide, and yield edits.
"""

from __future__ import annotations

from bisect import bisect_right

import regex

from cleaner import chars

CJK_CHAR = regex.compile(f"[{chars.CJK}]")
HAN_CHAR = regex.compile(f"[{chars.HAN}]")
ANY_HAN = regex.compile(chars.HAN)


def alternation(words) -> str:
    """A regex alternation of ``words``, longest first (so 分享到微信 wins over 分享).

    >>> alternation(["分享", "分享到"])
    '分享到|分享'
    """
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))

# Spans where ASCII punctuation and spacing are part of a token, not of the prose.
_PROTECTED = regex.compile(
    r"""
    (?:https?|ftp)://[!-~]+            # URL with scheme (printable ASCII run)
  | www\.[A-Za-z0-9.-]+(?:/[!-~]*)?    # bare www. host
  | [A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}   # e-mail address
  | &\#?[A-Za-z0-9]{2,8};              # HTML entity left in text
    """,
    regex.VERBOSE,
)


class Protected:
    """Spans of a text that rules must not touch (URLs, e-mail addresses, entities).

    >>> p = Protected("见http://a.cn/x?y=1,2。")
    >>> p.covers(17), p.covers(0)
    (True, False)
    """

    __slots__ = ("_starts", "_ends")

    def __init__(self, text: str):
        self._starts: list[int] = []
        self._ends: list[int] = []
        if "://" in text or "@" in text or "www." in text or "&" in text:
            for m in _PROTECTED.finditer(text):
                self._starts.append(m.start())
                self._ends.append(m.end())

    def covers(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]


def is_cjk(ch: str) -> bool:
    """True for a Han character or CJK / full-width punctuation (not U+3000).

    >>> is_cjk("中"), is_cjk("，"), is_cjk("a"), is_cjk("\\u3000")
    (True, True, False, False)
    """
    return bool(ch) and CJK_CHAR.match(ch) is not None


def is_han(ch: str) -> bool:
    return bool(ch) and HAN_CHAR.match(ch) is not None


SPACES_AND_QUOTES = chars.HORIZONTAL_SPACE_SET | frozenset("\"'")


def char_left(line: str, i: int, skip: frozenset = SPACES_AND_QUOTES) -> str:
    """The nearest character left of ``line[i]`` that is not in ``skip``.

    >>> char_left('中 "a', 3)
    '中'
    """
    j = i - 1
    while j >= 0 and line[j] in skip:
        j -= 1
    return line[j] if j >= 0 else ""


def char_right(line: str, i: int, skip: frozenset = SPACES_AND_QUOTES) -> str:
    """The nearest character right of ``line[i]`` that is not in ``skip``."""
    j = i + 1
    while j < len(line) and line[j] in skip:
        j += 1
    return line[j] if j < len(line) else ""


_DATE = regex.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
)


def parse_date(value: str) -> str | None:
    """The first calendar date in ``value`` as ISO ``YYYY-MM-DD``, or None.

    >>> parse_date("2021-03-30 09:52"), parse_date("2026年02月10日 07时41分"), parse_date("2021-02-30")
    ('2021-03-30', '2026-02-10', None)
    """
    import datetime

    m = _DATE.search(value)
    if not m:
        return None
    try:
        return datetime.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
    except ValueError:
        return None


def is_date_only(value: str) -> bool:
    """The value is a date (with an optional time) and nothing else.

    >>> is_date_only("2021-03-24"), is_date_only("2026-02-09 09:45:30"), is_date_only("2021年工作")
    (True, True, False)
    """
    m = _DATE.match(value.strip())
    return bool(m) and regex.fullmatch(r"\s*(?:\d{1,2}[:时]\d{1,2}(?:[:分]\d{1,2}秒?)?分?)?\s*", value.strip()[m.end():]) is not None
