"""Punctuation width: ASCII punctuation inside Chinese running text becomes full-width.

GB/T 15834 sets Chinese running text with full-width marks; scrapes often carry ASCII
ones (a CMS that stored half-width forms, a copy through an English keyboard). A mark is
widened only in CJK context, and tokens whose ASCII punctuation is part of the token
stay: times (14:29), thousands separators (1,200), URLs, e-mail addresses, HTML
entities, Latin phrases.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner import chars
from cleaner.textutil import SPACES_AND_QUOTES, Protected, char_left, char_right, is_cjk, is_han
from cleaner.types import Edit

_LINE_WITH_MARK = regex.compile(r"(?m)^[^\n]*?[,:;()?!][^\n]*")
_MARK = regex.compile(r"[,:;()?!]")
_ANY_HAN = regex.compile(chars.HAN)
_QUESTION_WORDS = regex.compile(r"[吗呢么吧]|什么|怎么|怎样|为何|为什么|如何|哪|谁|是否|多少|几")
_CLAUSE_BREAK = regex.compile(
    "[\n" + chars.IDEOGRAPHIC_FULL_STOP + chars.FULLWIDTH_EXCLAMATION + chars.FULLWIDTH_QUESTION
    + chars.FULLWIDTH_SEMICOLON + chars.FULLWIDTH_COMMA + "]"
)
# Context looks through spaces, quotes and the marks this rule converts (in either width),
# so a decision never depends on whether a neighbouring mark was already widened: the
# rule gives the same answer on its own output (idempotence).
_SEE_THROUGH = SPACES_AND_QUOTES | frozenset(chars.WIDE_OF) | frozenset(chars.WIDE_OF.values())


def _left(line: str, i: int) -> str:
    return char_left(line, i, _SEE_THROUGH)


def _right(line: str, i: int) -> str:
    return char_right(line, i, _SEE_THROUGH)


def widen_ascii_punctuation(text: str) -> Iterator[Edit]:
    """ASCII , : ; ( ) ? ! in CJK context become their full-width forms.

    Parentheses are decided in pairs so "(1)" never comes out half-converted; a "?"
    between two Han characters is left for the garbled-text flag (it usually stands for
    a lost character, not a question).

    >>> from cleaner.edits import apply
    >>> apply("总投资46525万元,其中:开工(续建)项目7个", list(widen_ascii_punctuation(
    ...     "总投资46525万元,其中:开工(续建)项目7个")))
    '总投资46525万元，其中：开工（续建）项目7个'
    >>> list(widen_ascii_punctuation("发布时间 14:29 共1,200人 see http://a.cn/?a=1,2"))
    []
    """
    if not _ANY_HAN.search(text):
        return
    protected = Protected(text)
    for line_match in _LINE_WITH_MARK.finditer(text):
        line, base = line_match.group(), line_match.start()
        for i in _positions_to_widen(line, base, protected):
            mark = line[i]
            yield Edit(
                base + i, base + i + 1, mark, chars.WIDE_OF[mark],
                f"ASCII {mark!r} in Chinese text: full-width U+{ord(chars.WIDE_OF[mark]):04X} (GB/T 15834)",
            )


def _positions_to_widen(line: str, base: int, protected: Protected) -> list[int]:
    """Indices in ``line`` of the marks to widen."""
    chosen: list[int] = []
    opened: list[int] = []
    for m in _MARK.finditer(line):
        i, mark = m.start(), m.group()
        if protected.covers(base + i):
            continue
        if mark == "(":
            opened.append(i)
        elif mark == ")":
            if opened:
                chosen.extend(_paren_pair(line, opened.pop(), i))
            elif _in_cjk_context(line, i):
                chosen.append(i)
        elif _widen_single(line, i, mark):
            chosen.append(i)
    chosen.extend(i for i in opened if _in_cjk_context(line, i))
    return sorted(chosen)


def _paren_pair(line: str, open_at: int, close_at: int) -> list[int]:
    """Both parentheses of a pair when the pair sits in Chinese text, else neither."""
    inside_han = _ANY_HAN.search(line, open_at + 1, close_at) is not None
    if inside_han or is_cjk(_left(line, open_at)) or is_cjk(_right(line, close_at)):
        return [open_at, close_at]
    return []


def _in_cjk_context(line: str, i: int) -> bool:
    return is_cjk(_left(line, i)) or is_cjk(_right(line, i))


def _widen_single(line: str, i: int, mark: str) -> bool:
    before = line[i - 1] if i > 0 else ""
    after = line[i + 1] if i + 1 < len(line) else ""
    if mark == "," and before.isdigit() and regex.match(r"\d{3}(?!\d)", line[i + 1:i + 5]):
        return False  # thousands separator: 1,200
    if mark == ":" and before.isdigit() and after.isdigit():
        return False  # time or ratio: 14:29, 1:1000
    if mark == "?":
        return _is_question_mark(line, i, after)
    return _in_cjk_context(line, i)


def _is_question_mark(line: str, i: int, after: str) -> bool:
    """A '?' after Chinese text that ends a question (not a '?' standing for a lost character)."""
    if not is_han(_left(line, i)):
        return False
    if not is_han(after):
        return True
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(line, 0, i)), default=0)
    return _QUESTION_WORDS.search(line, clause_start, i) is not None
