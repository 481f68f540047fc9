"""The register cue of the ad rules: whether a segment is written in the language of government
text at all.

An ad speaks its trade's language (进群免费领材料，群满请加管理员): most of its pairs of Han
characters occur nowhere in government writing. A government sentence the table never read
still shares most of its pairs with it: of the sentences of 17 provincial work reports of 2026
(5,650 of 8–60 characters), the median shares three pairs in four and one in twenty shares
fewer than 42 in 100, while the median ad of the ad fuzzer's pool shares 27 in 100. The table
(``data/gov_pairs.tsv``, bench/build_gov_pairs.py) holds every pair of the evaluation set's TUNE
documents. It is one cue beside where a segment stands and what it offers, never a verdict alone:
a notice's own rare words (a new app's name, a festival's slogan) are foreign to the table too.
The ad rules read it for a short stand-alone line without sentence punctuation and for two such
lines read as one (rules/ads.py, adpairs): tried on sentences, brackets inside a sentence and a
paragraph's last sentence, it took a notice's own asides and instructions (稿酬每千字100元,
网友可私信回复“路况”查询实时路况。), so it is not read there.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from cleaner import data
from cleaner.textutil import han_bigrams, han_count

ALIEN_SHARE = 0.3  # of a segment's pairs government text writes, at most
MIN_PAIRS = 4  # a segment of fewer pairs says too little of its register


@lru_cache(maxsize=1)
def _pairs() -> frozenset[str]:
    return frozenset(first + second for first, seconds in data.table("gov_pairs") for second in seconds)


def known_share(seg: str) -> float | None:
    """The share of the Han pairs of ``seg`` that government text writes, or None for too few pairs.

    >>> known_share("进一步加强组织领导，压实工作责任") > 0.5
    True
    >>> known_share("欢迎入群交流，群满请私信小编") <= ALIEN_SHARE
    True
    """
    pairs = han_bigrams(seg)
    total = sum(pairs.values())
    if total < MIN_PAIRS:
        return None
    known = _pairs()
    return sum(n for pair, n in pairs.items() if pair in known) / total


def foreign_register(seg: str) -> bool:
    """Whether ``seg`` is written in a language government text does not write (:data:`ALIEN_SHARE`)."""
    share = known_share(seg)
    return share is not None and share <= ALIEN_SHARE


# Where a line falls apart into pieces set off by a wide gap (an ad glued in front of the text's own
# words: ｜材料互助群｜群号…｜　各位代表！), each piece answers for itself.
_GAP = regex.compile(r"[ \t\u3000\u00a0]{2,}|\u3000|\s[|\uff5c]\s")


def alien_throughout(seg: str, has_cue) -> bool:
    """Whether ``seg`` is foreign to government text (:func:`foreign_register`) and so is every
    piece of it set off by a wide gap that holds Han words and no cue of an ad (``has_cue``).

    >>> alien_throughout("欢迎入群交流，群满请私信小编", bool)
    True
    >>> alien_throughout("欢迎入群交流，群满请私信小编　各位代表！", lambda s: "群" in s)
    False
    """
    return foreign_register(seg) and not own_piece(seg, has_cue)


def own_piece(seg: str, has_cue) -> bool:
    """Whether a piece of ``seg`` set off by a wide gap holds Han words, no cue of an ad
    (``has_cue``) and words government text writes (or too few to say: 各位代表！)."""
    pieces = _GAP.split(seg)
    return len(pieces) > 1 and any(han_count(p) >= 2 and not has_cue(p) and not foreign_register(p)
                                   for p in pieces)
