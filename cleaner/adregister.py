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
网友可私信回复“路况”查询实时路况。), so it is not read there. The learned one (:func:`ad_register`,
below) is read where a short piece stands alone too: a bracket, a tail after a paragraph's last
sentence with no sentence mark of its own, the halves of a line a break cut in two (round 57). For a
short line standing alone in words foreign to its document it agrees with any cue that sells, and with
none but the trade's words past :data:`AD_ALONE`, as for a bracket splitting a word (round 58).
"""

from __future__ import annotations

import math
import unicodedata
from functools import lru_cache
from importlib import resources

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


# The learned register (bench/build_ad_register.py): not only which pairs government text writes,
# but how much likelier each pair is in an ad's line than in a line of government text.
# A segment's score from here on reads as an ad's. Across writers (bench/build_ad_register.py's
# sources, one helper's lines left out of the table and scored): 72 and 86 in 100 of the left-out
# writer's ads, 0 and 1 of the 300 legitimate lines that writer wrote in the ads' words.
AD_LIKE = 6.0
# A short line standing alone, its words foreign to the document, with no cue of an ad at all is read
# by the register alone only from here on (round 58): of 6,676 lines of 4–60 characters of real and
# test documents, none but chrome's scan prompts and a survey widget reads so without a cue; a third
# writer's ads (eval/register_sources/writer_c, never a source of the table) 67 of 320, its 320
# legitimate lines in the ads' words none. At AD_LIKE a job list (月嫂、育儿嫂、保洁员), a table's row
# and a bilingual glossary line read so too.
AD_ALONE = 8.0
_DIGITS = regex.compile(r"[0-9]++")
_LATIN = regex.compile(r"[A-Za-z]++")
_BLANKS = regex.compile(r"\s++")


def register_form(seg: str) -> str:
    """``seg`` as the learned register reads it: widths folded, a run of digits one 0 (two for a
    longer run), of Latin letters one a (two for a longer run), of blanks one _, between ^ and $.

    >>> register_form("加V：docx_ling 138 0013")
    '^加a:aa_aa_00_00$'
    """
    seg = unicodedata.normalize("NFKC", seg).strip()
    seg = _DIGITS.sub(lambda m: "0" if len(m.group()) == 1 else "00", seg)
    seg = _LATIN.sub(lambda m: "a" if len(m.group()) == 1 else "aa", seg)
    return "^" + _BLANKS.sub("_", seg) + "$"


def register_pairs(seg: str) -> list[str]:
    form = register_form(seg)
    return [form[i:i + 2] for i in range(len(form) - 1)]


@lru_cache(maxsize=1)
def _weights() -> tuple[dict[str, float], float]:
    text = resources.files(data.__name__).joinpath("ad_register.tsv").read_text(encoding="utf-8")
    table, unseen = {}, 0.0
    for line in text.splitlines():
        if line.startswith("##unseen\t"):
            unseen = float(line.split("\t")[1])
        elif line and not line.startswith("##"):
            pair, weight = line.rsplit("\t", 1)
            table[pair] = float(weight)
    return table, unseen


def ad_likeness(seg: str) -> float:
    """How much the character pairs of ``seg`` read as an ad's rather than government text's: the
    sum of their weights over the root of their number (each pair once).

    >>> ad_likeness("欢迎入群交流，群满请私信小编") > AD_LIKE > ad_likeness("进一步加强组织领导，压实工作责任")
    True
    """
    table, unseen = _weights()
    pairs = set(register_pairs(seg))
    return sum(table.get(p, unseen) for p in pairs) / math.sqrt(len(pairs))


# Where a segment falls apart into clauses: each must read as the ad's, so that a sentence of the
# text an ad was glued to (各地要加强管理。代写材料…) keeps the ad's register from reaching it.
_CLAUSES = regex.compile(r"[^,\uff0c\u3002!\uff01?\uff1f;\uff1b]++")


def ad_register(seg: str, has_cue=None) -> bool:
    """Whether ``seg`` is written in an ad's register (:data:`AD_LIKE`) throughout: each clause of it
    with Han words holds a cue of an ad (``has_cue``) or reads more as an ad's than as government
    text's. One cue, never a verdict alone.

    >>> ad_register("公考辅导名师一对一，面试包过班火热招生中！")
    True
    >>> ad_register("各地要加强管理，公考辅导名师一对一，面试包过班火热招生中！")
    False
    """
    if han_count(seg) < 2 or ad_likeness(seg) < AD_LIKE:
        return False
    return all(han_count(c) < 2 or has_cue and has_cue(c) or ad_likeness(c) > 0 for c in _CLAUSES.findall(seg))
