"""Variant code points of Chinese marks, recognised by their Unicode properties, for rules/punct.py.

A mark reaches a page as a code point its author never typed: a small or vertical
presentation form of a PDF or vertical-layout converter (﹙ ︵ ﹝ ︻), a canonical twin (the
Greek question mark U+037E *is* a semicolon), a modifier letter a converter put for a colon
(꞉ ː). No list of such code points is complete; their properties are: the compatibility
decomposition (NFKC) names the mark they stand for, and failing that the character name
does (MODIFIER LETTER COLON). Horizontal Chinese text sets only the standard full-width
marks (GB/T 15834), so each variant in Chinese context has one reading: the standard mark.
Nothing here changes text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import lru_cache

import regex

from cleaner import chars

# The marks Chinese running text is set with; a variant is repaired into one of these.
STANDARD = frozenset("\uff0c\u3001\u3002\uff1b\uff1a\uff01\uff1f\uff08\uff09\u201c\u201d\u2018\u2019\u300a\u300b"
                     "\u3008\u3009\u3010\u3011\u3014\u3015\u3016\u3017\u300c\u300d\u300e\u300f")
# The marks a character name may say (the first name part that matches decides); names that
# turn or double the mark (INVERTED, REVERSED, DOUBLE, TURNED) or that read "FULL STOP"
# (Armenian ։ looks like a colon) say nothing sure.
_NAMED = (("SEMICOLON", chars.FULLWIDTH_SEMICOLON), ("COLON", chars.FULLWIDTH_COLON),
          ("QUESTION MARK", chars.FULLWIDTH_QUESTION), ("EXCLAMATION MARK", chars.FULLWIDTH_EXCLAMATION),
          ("COMMA", chars.FULLWIDTH_COMMA))
_TURNED = ("INVERTED", "REVERSED", "DOUBLE", "TURNED")
_PAREN_SIDE = {"LEFT": chars.FULLWIDTH_LEFT_PAREN, "RIGHT": chars.FULLWIDTH_RIGHT_PAREN}
_UNSURE_NAME = ("INVERTED", "REVERSED", "DOUBLE", "TURNED", "QUOTATION", "RATIO", "HEAVY", "ORNAMENT", "SIGN")
# Candidates: every non-ASCII code point that is punctuation or a modifier letter/symbol,
# outside the standard marks and the CJK and full-width blocks handled elsewhere.
CANDIDATE = regex.compile(r"[\p{P}\p{Lm}\p{Sk}--[\x00-\x7f\u3000-\u303f\uff00-\uffef\u2010-\u2027\u00b7]]",
                          flags=regex.V1)
_SPACES = frozenset(chars.HORIZONTAL_SPACES.replace("\u2000-\u200a", "")) | frozenset(map(chr, range(0x2000, 0x200B)))


@lru_cache(maxsize=512)
def standard_mark(ch: str) -> str | None:
    """The standard Chinese mark a variant code point stands for, or None.

    >>> [standard_mark(c) for c in "\\ufe59\\ufe36\\u037e\\ua789\\u02d0\\ufe5d\\ufe3b\\u00bf\\u0589\\u2768\\u276b\\u2e28"]
    ['（', '）', '；', '：', '：', '〔', '【', None, None, '（', '）', None]
    """
    if ch in STANDARD or ch.isascii():
        return None
    nfkc = unicodedata.normalize("NFKC", ch)
    if nfkc in STANDARD:
        return nfkc
    if len(nfkc) == 1 and nfkc in chars.WIDE_OF:
        return chars.WIDE_OF[nfkc]
    if nfkc != ch:
        return None  # a decomposition to something else ("." or "{"): no sure reading
    name = unicodedata.name(ch, "")
    if "PARENTHESIS" in name and not any(word in name for word in _TURNED):
        # a parenthesis ornament or a flattened one (❨ ❪ ⟮) is still one side of a pair
        return _PAREN_SIDE.get("LEFT" if "LEFT" in name else "RIGHT" if "RIGHT" in name else "")
    if any(word in name for word in _UNSURE_NAME):
        return None
    for word, mark in _NAMED:
        if word in name:
            return mark
    return None


def _is_cjk(ch: str) -> bool:
    return bool(ch) and (regex.match(chars.HAN, ch) is not None or ch in STANDARD
                         or "\u3000" < ch <= "\u303f" or "\uff01" <= ch <= "\uff60")


def _nearest(text: str, i: int, step: int) -> str:
    """The nearest character from ``i`` in direction ``step`` that is not a space (max 4 away)."""
    for _ in range(4):
        if not 0 <= i < len(text):
            return ""
        if text[i] not in _SPACES:
            return text[i]
        i += step
    return ""


def variants(text: str) -> Iterator[tuple[int, str, str]]:
    """(index, variant, standard mark) for each variant code point in Chinese context: a Han
    character or a Chinese mark is the nearest character on one side, and no digit on both
    sides (9﹕00 is a time).

    >>> list(variants("规划\\ufe592021—2025年\\ufe5a实施\\ua789一是，9\\ufe5500，A\\u037eB"))
    [(2, '﹙', '（'), (13, '﹚', '）'), (16, '꞉', '：')]
    """
    for m in CANDIDATE.finditer(text):
        i, ch = m.start(), m.group()
        mark = standard_mark(ch)
        if mark is None:
            continue
        left, right = _nearest(text, i - 1, -1), _nearest(text, i + 1, 1)
        if left.isdigit() and right.isdigit() and unicodedata.category(ch) not in ("Ps", "Pe"):
            continue  # a separator between figures is the figure's (9﹕00); a bracket is not
        if _is_cjk(left) or _is_cjk(right):
            yield i, ch, mark


# A small circle read by OCR for 。 at a paragraph's end: a letter o, a white circle, a degree
# or ordinal sign, the numeral 〇. After a Han character that is no numeral (二〇 is a year),
# with the line ending right there, it has one reading.
# A letter o, a degree or ordinal sign or a small white bullet between two Han characters
# that are no numerals has the same one reading: no Chinese word holds them.
_STOP_LOOKALIKE = regex.compile(
    f"(?<=\\p{{Han}})(?<![{chars.CHINESE_NUMERALS}])(?:[o\u25cb\u00b0\u3007\u00ba\u25e6](?=\\n|\\Z)"
    f"|[o\u00b0\u00ba\u25e6](?=\\p{{Han}})(?![{chars.CHINESE_NUMERALS}]))")


def ocr_stops(text: str) -> Iterator[int]:
    """Indices of stop look-alikes ending a paragraph after Chinese text.

    >>> list(ocr_stops("加强管理o\\n完善制度\\u25cb\\n二〇\\n北纬30\\u00b0\\nlogo\\n管理o强化，第一o二，政策\\u25cb对"))
    [4, 10, 28]
    """
    for m in _STOP_LOOKALIKE.finditer(text):
        yield m.start()
