"""How plausible a piece of text is as Chinese government prose, from character frequencies.

A mojibake repair is exact when its bytes re-encode round-trip, but an exact reading can
still be the wrong one: real text whose bytes happen to decode, a run cut at the wrong byte
(寮哄 for 强农), a neighbour of another encoding pulled into the run. What tells them apart
is what the reading says: a right reading is made of the characters government text uses
all the time, a wrong one of rare ones. Each character scores the log frequency of
``data/han_freq.tsv`` (built by bench/build_han_freq.py from clean documents); one the
table does not hold scores by its GB2312 level, another script's letter lowest. Marks,
digits and ASCII are neutral. Nothing here changes text.
"""

from __future__ import annotations

import math
from functools import cache

import regex

from cleaner import chars
from cleaner.charstats import LEVEL_1, LEVEL_2
from cleaner.data import table

_HAN = regex.compile(chars.HAN)
# Neutral: ASCII, full-width forms and CJK punctuation, the quotes and dashes Chinese text uses.
_NEUTRAL = regex.compile(r"[\x20-\x7e\u3000-\u303f\uff01-\uff5e\u2014\u2026\u2018\u2019\u201c\u201d\u00b7]")
UNSEEN_LEVEL_1 = -6.0
UNSEEN_LEVEL_2 = -7.0
FOREIGN = -8.0
# A reading counts as Chinese prose when its characters average at least this (a common
# character scores about -3, a character met once in a few thousand about -4).
PROSE_FLOOR = -4.5
# And it must read this much better than the text it replaces (one order of magnitude per character).
MARGIN = 1.5


@cache
def _log_freq() -> dict[str, float]:
    rows = [(c, int(n)) for c, n in table("han_freq")]
    total = sum(n for _, n in rows)
    return {c: math.log10(n / total) for c, n in rows}


def char_score(ch: str) -> float | None:
    """The log frequency of ``ch`` in government prose; None for a neutral mark, digit or ASCII sign.

    >>> char_score("的") > -2.5, char_score("璐") <= UNSEEN_LEVEL_2, char_score("，"), char_score("é")
    (True, True, None, -8.0)
    """
    if _NEUTRAL.match(ch):
        return None
    known = _log_freq().get(ch)
    if known is not None:
        return known
    if ch in LEVEL_1:
        return UNSEEN_LEVEL_1
    if ch in LEVEL_2:
        return UNSEEN_LEVEL_2
    return FOREIGN


def score(text: str) -> float | None:
    """The mean character score of ``text``; None when it holds only neutral characters."""
    scores = [s for s in map(char_score, text) if s is not None]
    return sum(scores) / len(scores) if scores else None


def unseen(text: str) -> int:
    """How many Han characters of ``text`` the frequency table does not hold."""
    table_ = _log_freq()
    return sum(1 for c in text if _HAN.match(c) and c not in table_)


def outside_gb2312(text: str) -> int:
    """How many Han characters of ``text`` are neither in the table nor in GB2312 (extension,
    traditional or Japanese forms a wrong byte boundary yields)."""
    table_ = _log_freq()
    return sum(1 for c in text if _HAN.match(c) and c not in table_ and c not in LEVEL_1 and c not in LEVEL_2)


def reads_better(old: str, new: str) -> bool:
    """Is ``new`` plausible Chinese prose and far more plausible than ``old``? Every Han
    character of a short reading (one or two) must be one the table holds; a longer one
    may hold one unseen character in four (a place name), and that one from GB2312.

    >>> reads_better("¼ÓÇ¿", "加强"), reads_better("è´¹æ", "璐规"), reads_better("涓€椤", "一项")
    (True, False, True)
    >>> reads_better("加强管理", "鍔犲己")
    False
    """
    han = _HAN.findall(new)
    if not han:
        return False
    new_score, old_score = score(new), score(old)
    if new_score is None or new_score < PROSE_FLOOR:
        return False
    if unseen(new) > (0 if len(han) <= 2 else len(han) // 4) or outside_gb2312(new):
        return False
    return old_score is None or new_score >= old_score + MARGIN
