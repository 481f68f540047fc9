"""Where an ad spliced into a sentence without brackets begins and ends, for rules/ads.py.

The cues of an ad mark its core (代写…加薇xz72); its other words (长期, 获取更多范文, @一点通)
carry none. A splice leaves a seam all the same: the text on either side of the ad joins into
the document's own words once the ad is out (整治行|长期承接…|动取得 → 行动), while the ad's own
character pairs, and the two pairs across its edges, occur nowhere else in the document.
The extent is the cut around the core that leaves the line most like the rest of the
document: the pair it closes up is one the document uses, it keeps few pairs the document
never uses near the cut, and it takes few pairs the document does use.

Only the document itself is read (no corpus, no word list); the counts are plain character
pairs, built once per document. Nothing here changes text.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

import regex

# How far beyond its cues an ad's words may reach, each side (characters).
REACH = 14
# A clause mark or a line end bounds an ad spliced into a word: a cut across a comma takes
# the clause the text closes up with (江岭籍…可登录www…，市人才中心 → 江岭|市).
_STOP = frozenset("\n\u3002\uff01\uff1f\uff1b!?;\uff0c,\u3001\uff1a:")
_HAN = regex.compile(r"\p{Han}")
# Brackets of any type (full widths folded), as in rules/ads.py.
_OPEN = frozenset("([{<\u3010\u3016\u3014\u300c\u300e\u3008\u27e8\ufe5d\u2985\uff5f\u3018\u301a")
_CLOSE = frozenset(")]}>\u3011\u3017\u3015\u300d\u300f\u3009\u27e9\ufe5e\u2986\uff60\u3019\u301b")
# Kept pairs next to a cut that count against it (leftover words of the ad).
_NEAR = 3


class Pairs:
    """Character pair counts of one document (folded), to tell its own pairs from foreign ones."""

    def __init__(self, text: str):
        self.text = text
        self.counts = Counter(text[i:i + 2] for i in range(len(text) - 1))

    def known(self, pair: str, local: Counter) -> bool:
        """Whether ``pair`` occurs in the document outside the window counted in ``local``."""
        return self.counts[pair] - local[pair] > 0


@lru_cache(maxsize=4)
def pairs_of(text: str) -> Pairs:
    """The pair counts of ``text``, shared by the spliced ads of one document."""
    return Pairs(text)


def extent(pairs: Pairs, start: int, end: int, lo: int, hi: int) -> tuple[int, int, bool]:
    """The ad's (start, end) around its core ``start:end`` within ``lo:hi`` (its line), and
    whether the cut is a seam: the pair it closes up is the document's own and the two pairs
    across its edges are not.

    >>> doc = "整治行动取得实效。整治行动。" + "确保整治行长期承接各类文稿写作服务动取得实效"
    >>> p = Pairs(doc)
    >>> s = doc.index("承接"); e = doc.index("动取得实效", s)
    >>> a, b, seam = extent(p, s, e, 14, len(doc))
    >>> doc[a:b], seam
    ('长期承接各类文稿写作服务', True)
    """
    text = pairs.text
    lefts = _edges(text, start, max(lo, start - REACH), -1)
    rights = _edges(text, end, min(hi, end + REACH), 1)
    left, right = lefts[-1], rights[-1]
    w0, w1 = max(lo, left - _NEAR - 1), min(hi, right + _NEAR + 1)
    local = Counter(text[i:i + 2] for i in range(w0, w1 - 1))
    # known[i - w0]: the pair text[i], text[i+1] occurs outside the window; prefix sums make
    # every candidate's cost a constant-time sum (an ad's reach is bounded: REACH**2 cuts).
    known = [pairs.known(text[i:i + 2], local) for i in range(w0, w1 - 1)]
    sums = [0]
    for flag in known:
        sums.append(sums[-1] + flag)

    def n_known(i: int, j: int) -> int:  # known pairs starting in [i, j)
        i, j = max(i, w0), min(j, w1 - 1)
        return sums[j - w0] - sums[i - w0] if j > i else 0

    def n_unknown(i: int, j: int) -> int:
        i, j = max(i, w0), min(j, w1 - 1)
        return (j - i) - n_known(i, j) if j > i else 0

    def cost(ab: tuple[int, int]) -> tuple[int, int]:
        a, b = ab
        taken = n_known(a, start - 1) + n_known(end, b - 1)
        kept = n_unknown(a - 1 - _NEAR, a - 1) + n_unknown(b, b + _NEAR)
        join = _joins(text, a, b, lo, hi, local, pairs)
        return 2 * taken + kept - 2 * join, (start - a) + (b - end)

    a, b = min(((a, b) for a in lefts for b in rights), key=cost)
    seam = (_joins(text, a, b, lo, hi, local, pairs) == 1 and a > lo and b < hi
            and not n_known(a - 1, a) and not n_known(b - 1, b))
    return a, b, seam


def _edges(text: str, at: int, limit: int, step: int) -> list[int]:
    """Where the ad may end, walking from ``at`` towards ``limit`` (``step`` 1: rightwards): up
    to a sentence mark, and never inside a bracket. A bracketed aside is whole or not at all
    (材料润色 in （…）); a bracket the core stands in (系统(http://…)中) is the bracket rule's:
    the walk stops at it."""
    out, depth = [at], 0
    pos = at
    while pos != limit:
        ch = text[pos] if step > 0 else text[pos - 1]
        if ch in _STOP:
            break
        depth += (ch in _OPEN) - (ch in _CLOSE) if step > 0 else (ch in _CLOSE) - (ch in _OPEN)
        if depth < 0:
            break
        pos += step
        if depth == 0:
            out.append(pos)
    return out


def _joins(text: str, a: int, b: int, lo: int, hi: int, local: Counter, pairs: Pairs) -> int:
    """1 when the pair the cut closes up is the document's own, else 0."""
    if a <= lo or b >= hi or not (_HAN.match(text[a - 1]) and _HAN.match(text[b])):
        return 0  # a pair with a mark or a digit in it (一、 设， 02) is in every document: no evidence
    return int(pairs.known(text[a - 1] + text[b], local))


def foreign_share(pairs: Pairs, a: int, b: int) -> float:
    """The share of the pairs of ``a:b`` with a letter in them found nowhere else in the document."""
    seg = pairs.text[a:b]
    # Pairs of digits and marks (00, 1-) are in every document with figures: no evidence.
    own = Counter(seg[i:i + 2] for i in range(len(seg) - 1) if seg[i].isalpha() or seg[i + 1].isalpha())
    if not own:
        return 0.0
    alien = sum(n for p, n in own.items() if pairs.counts[p] <= n)
    return alien / sum(own.values())
