"""A quotation inside a quotation typed with double marks, read by nesting.

GB/T 15834 nests quotations “…‘…’…”. A line whose double marks (or the corner brackets that
stand for them) open twice before closing — “要落实“放管服”改革要求”, 「要落实『放管服』改革」,
“要落实「放管服」改革” — has no flat reading, and exactly one nested one when the marks close
in order and the inner quotation sits inside its outer one with text on one side at least
(marks side by side on both sides are a doubled slip, another rule's business). Nothing here changes text.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner import chars
from cleaner.textutil import ANY_HAN

LQ, RQ = chars.LEFT_DOUBLE_QUOTE, chars.RIGHT_DOUBLE_QUOTE
LS, RS = chars.LEFT_SINGLE_QUOTE, chars.RIGHT_SINGLE_QUOTE


def _pairs(text: str, marks: regex.Pattern, openers: str) -> list[tuple[int, int, int]] | None:
    """(open, close, depth) of every pair when the marks nest two deep at most, else None;
    an inner pair comes before its outer one."""
    stack: list[int] = []
    pairs = []
    for m in marks.finditer(text):
        if m.group() in openers:
            if len(stack) == 2:
                return None
            stack.append(m.start())
        elif not stack:
            return None
        else:
            pairs.append((stack.pop(), m.start(), len(stack) + 1))
    return None if stack else pairs


def _inner_is_quoted(text: str, pairs: list[tuple[int, int, int]]) -> bool:
    """Each inner quotation holds Chinese text and has text of the outer one on one side at least."""
    inner: list[tuple[int, int]] = []
    for a, b, depth in pairs:  # an outer pair closes after its inner ones: check them then, once
        if depth == 2:
            inner.append((a, b))
            continue
        for ia, ib in inner:
            # Both sides touching (““放管服””) is one pair typed twice; one side touching
            # (““两山”理念…”, “…落实“放管服””) still has one reading only: the nested one.
            if not ANY_HAN.search(text, ia + 1, ib) or (ia == a + 1 and b == ib + 1):
                return False
        inner.clear()
    return True


def nested_edits(text: str, marks: regex.Pattern, openers: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, new) turning a two-deep quotation of double marks into “…‘…’…”; nothing
    when the line has a flat reading, nests deeper, or its inner quotation is no quotation.

    >>> line = "他说：“要落实“放管服”改革要求”，推进工作。"
    >>> marks = regex.compile(f"[{LQ}{RQ}]")
    >>> [(a, new) for a, _, new in nested_edits(line, marks, LQ)]
    [(7, '‘'), (11, '’')]
    >>> [(a, new) for a, _, new in nested_edits("开展“落实“放管服””", marks, LQ)]
    [(5, '‘'), (9, '’')]
    >>> list(nested_edits("开展““放管服””", marks, LQ)), list(nested_edits("“甲”和“乙”", marks, LQ))
    ([], [])
    """
    pairs = _pairs(text, marks, openers)
    if not pairs or all(depth == 1 for _, _, depth in pairs) or not _inner_is_quoted(text, pairs):
        return
    for a, b, depth in pairs:
        left, right = (LQ, RQ) if depth == 1 else (LS, RS)
        for i, new in ((a, left), (b, right)):
            if text[i] != new:
                yield i, i + 1, new


# A clause or sentence mark: an outer quotation that holds one is a quoted sentence.
_CLAUSE_MARK = regex.compile("[\uff0c\u3002\uff1b\uff1a\uff01\uff1f]")
# Words that join two quotations side by side (“甲"和"乙”): the gap is then no quotation.
_JOINERS = frozenset(["\u548c", "\u4e0e", "\u53ca", "\u4ee5\u53ca", "\u6216", "\u6216\u8005", "\u540c", "\u8ddf"])


# A gap that holds 的 or ends in a word and a joiner (重要理念和, 的总基调和): the text between two
# quotations side by side, not a quotation of its own (review r14).
_SIDE_BY_SIDE = regex.compile("\u7684|.(?:\u548c|\u4e0e|\u53ca|\u4ee5\u53ca|\u540c)\\Z")


def straight_nested(text: str, pairs: list[tuple[int, int]], straight: str) -> list[int]:
    """Indexes k where pairs k and k+1 of a left-to-right reading are one quotation with a
    straight-typed quotation nested in it: “要坚持"放管服"，做实。” read flat gives “要坚持" and
    "，做实。”; the two middle marks are straight (their direction is the reading's guess), the
    gap between them is a short Chinese phrase with no mark of its own, and the text around it
    holds a clause mark (the outer one is a quoted sentence, the inner one a phrase in it).

    >>> straight_nested('他说：“要坚持"放管服"，做实。”', [(3, 7), (11, 16)], '"')
    [0]
    >>> straight_nested('“放管服"、"最多跑一次”', [(0, 4), (6, 12)], '"'), straight_nested('“甲，乙"和"丙”', [(0, 4), (6, 8)], '"')
    ([], [])
    """
    out = []
    for k in range(len(pairs) - 1):
        (a1, b1), (a2, b2) = pairs[k], pairs[k + 1]
        if text[b1] not in straight or text[a2] not in straight or (out and out[-1] == k - 1):
            continue
        gap = text[b1 + 1:a2]
        outer = text[a1 + 1:b1] + text[a2 + 1:b2]
        if (0 < len(gap) <= 20 and ANY_HAN.search(gap) and not _CLAUSE_MARK.search(gap) and "\u3001" not in gap
                and gap not in _JOINERS and not _SIDE_BY_SIDE.search(gap) and _CLAUSE_MARK.search(outer)):
            out.append(k)
    return out
