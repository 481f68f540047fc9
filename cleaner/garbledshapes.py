"""Shapes of garbled text the garbled rules share: each one a reading no real text gives.

Read-only helpers (no rule here): Latin-1 / cp1252 readings left after stage 1, the cp1252 reading of a UTF-8 punctuation mark (â€” for —),
a Latin word with a Cyrillic or Greek look-alike letter in it (GDР), and U+XXXX code points
written for Han characters. Each yields spans; the rules in ``cleaner.rules.garbled`` flag them.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner import chars
from cleaner.textutil import gbk_latin1_runs

_HAN_CHAR = regex.compile(f"[{chars.HAN}]")
_CJK_CHAR = regex.compile(f"[{chars.CJK}]")

# Mojibake left after stage 1: UTF-8 bytes read as GBK leave runs of rare characters
# whose GBK bytes are UTF-8 again; Latin-1 readings leave "Ã", "â€" and the like.
# A UTF-8 lead byte read as a letter (Â … ï) and continuation bytes read as cp1252 (€ ‚ ƒ …
# – — ‰ Š … Ÿ) or Latin-1 (\u0080-\u00bf): two such pairs, or one whole three-byte
# character (a Han character: "æ–½" for 施) touching Chinese text.
_CONTINUATION_BYTE = "\u0080-\u00bf\u2013\u2014\u2018-\u203a\u0152-\u0178\u0192\u02c6\u02dc\u20ac\u2122"
LATIN_MOJIBAKE = regex.compile(
    rf"(?:[\u00c2-\u00ef][{_CONTINUATION_BYTE}]){{2,}}+|(?:[\u00e2-\u00ef][{_CONTINUATION_BYTE}]{{2}})++")


def _is_cjk_at(text: str, i: int) -> bool:
    return 0 <= i < len(text) and _CJK_CHAR.match(text, i) is not None


def latin_mojibake(text: str) -> Iterator[tuple[int, int, bool]]:
    """Latin-1 / cp1252 readings left after stage 1, in text order: ``(start, end, partial_gbk)``,
    partial GBK-as-Latin-1 runs (True) and UTF-8 read as Latin-1 / cp1252 (False).

    >>> t = "会议â€œ加强"
    >>> [(t[s:e], g) for s, e, g in latin_mojibake(t)]
    [('â€œ', False)]
    """
    flagged_to = 0  # the end of the last Latin-1 run yielded (runs and matches come in text order)
    latin1 = iter(gbk_latin1_runs(text))  # whole ones were repaired in stage 1: these are partial
    run = next(latin1, None)
    for m in LATIN_MOJIBAKE.finditer(text):
        while run is not None and run[0] < m.end():
            yield run[0], run[1], True
            flagged_to, run = run[1], next(latin1, None)
        if m.start() >= flagged_to and (len(m.group()) > 3 or _is_cjk_at(text, m.start() - 1) or _is_cjk_at(text, m.end())):
            yield m.start(), m.end(), False
    while run is not None:
        yield run[0], run[1], True
        run = next(latin1, None)

# A UTF-8 mark read as cp1252 / Latin-1 keeps its lead bytes as two fixed letters whatever the
# mark: E2 80 (â€: — “ ” ‘ ’ … ·), E3 80 (ã€: 、 。 《 》 【 】), EF BC / EF BD (ï¼ ï½: ， ： （ ） ～),
# and C2 (Â: NBSP, ·, °, ±). No word of any language writes "â€", "ã€" or "ï¼"; "Â" before a
# Latin-1 sign is the lead byte of that sign. The third byte may be shown as a cp1252 sign, a
# C1 control, "?" or U+FFFD (an undefined byte), or be gone.
_CONTINUATION = _CONTINUATION_BYTE + "?\ufffd"
MARK_MOJIBAKE = regex.compile(
    rf"(?:(?:\u00e2\u20ac|\u00e3\u20ac|\u00ef\u00bc|\u00ef\u00bd)[{_CONTINUATION}]?+"
    rf"|\u00c2[\u00a0-\u00bf])++")


def mark_mojibake(text: str) -> Iterator[tuple[int, int]]:
    """Spans of UTF-8 punctuation read as cp1252 (â€” â€œ ï¼Œ ã€‚ Â·), each an exact byte reading.

    >>> t = "2021â€”2025年，推进â€?放管服â€?改革ï¼Œ王Â·明，Âge, café"
    >>> [t[s:e] for s, e in mark_mojibake(t)]
    ['â€”', 'â€?', 'â€?', 'ï¼Œ', 'Â·']
    """
    for m in MARK_MOJIBAKE.finditer(text):
        yield m.span()


# Letters of another script that look exactly like Latin capitals (and the lower-case
# Cyrillic ones that do): in a word that also holds Latin letters, one of them is an OCR
# engine's or a font fallback's misreading (GDР, РM2.5, ЕTC). Greek lower-case letters
# (α β γ μ) are symbols of science and stay (TNF-α, Hβ, 5μm).
_LOOKALIKE = ("\u0391\u0392\u0395\u0396\u0397\u0399\u039a\u039c\u039d\u039f\u03a1\u03a4\u03a5\u03a7"  # Greek capitals
              "\u0400-\u042f\u0430-\u044f\u0450-\u045f")  # Cyrillic
_WORD = regex.compile(rf"[A-Za-z0-9{_LOOKALIKE}]++")
_HAS_LATIN = regex.compile("[A-Za-z]")
_HAS_LOOKALIKE = regex.compile(f"[{_LOOKALIKE}]")


def mixed_script_words(text: str) -> Iterator[tuple[int, int]]:
    """Spans of words that mix Latin letters with Cyrillic or Greek capital look-alikes.

    >>> t = "全市GDР增长，РM2.5下降，TNF-α、Hβ和5μm，俄文Москва，GDP"
    >>> [t[s:e] for s, e in mixed_script_words(t)]
    ['GDР', 'РM2.5']
    """
    for m in _WORD.finditer(text):
        word = m.group()
        if _HAS_LATIN.search(word) and _HAS_LOOKALIKE.search(word):
            s, e = m.span()
            while e + 1 < len(text) and text[e] == "." and text[e + 1].isdigit():  # PM2.5
                e += 1
                while e < len(text) and text[e].isdigit():
                    e += 1
            yield s, e


# U+XXXX written for a character: a tool that printed code points instead of text.
_CODE_POINTS = regex.compile(r"(?:U\+[0-9A-Fa-f]{4,5}+(?![0-9A-Fa-f]) ?+)++")
_ONE = regex.compile(r"U\+([0-9A-Fa-f]{4,5}+)")


def han_code_points(text: str) -> Iterator[tuple[int, int]]:
    """Spans of U+XXXX notations that stand for Han characters (U+3000, a space, is a note).

    >>> t = "新建城U+5E02 U+9053路，全角空格为U+3000。"
    >>> [t[s:e] for s, e in han_code_points(t)]
    ['U+5E02 U+9053']
    """
    for m in _CODE_POINTS.finditer(text):
        points = [int(p, 16) for p in _ONE.findall(m.group())]
        if all(p < 0x110000 and _HAN_CHAR.match(chr(p)) for p in points):
            yield m.start(), m.end() - (1 if m.group().endswith(" ") else 0)


# OCR specks: a scan's dust or a table's rule read as a thin sign between two Han characters
# (推进l工作, 管¦理). Only thin strokes no Chinese word holds. Not | (a headline's or menu's separator:
# 重磅|我市出台…) and not a capital I (I号线, I字钢, I标段, I级: a Roman one or a shape): withdrawn in review.
_SPECK = regex.compile(rf"(?<=[{chars.HAN}])[l\u00a6\u2032]{{1,2}}+(?=[{chars.HAN}])"
                       # a dot of i or j beside a stroke (li, i′); i or j alone may be a word (i深圳)
                       rf"|(?<=[{chars.HAN}])(?:[ij][l\u00a6\u2032]|[l\u00a6\u2032][ij])(?=[{chars.HAN}])")


def ocr_specks(text: str) -> Iterator[tuple[int, int]]:
    """Spans of one or two thin signs wedged inside a Chinese word.

    >>> t = "国家发改委|中国浙江|简体\\n推进l工作，加强|建设，启动I级响应，I号线，推进I工作，U盘，维生素C，建li设，推进i深圳"
    >>> [t[s:e] for s, e in ocr_specks(t)]
    ['l', 'li']
    """
    for m in _SPECK.finditer(text):
        if "\u00a6" in m.group():
            a, b = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
            line = text[a:len(text) if b < 0 else b]
            if line.count("\u00a6") > len(m.group()) or not _SENTENCE_MARK.search(line):
                continue  # a separator between links or menu items (国家发改委|中国浙江), not a speck
        yield m.start(), m.end()


_SENTENCE_MARK = regex.compile(f"[{chars.IDEOGRAPHIC_FULL_STOP}{chars.FULLWIDTH_COMMA}]")


# A no-break space (C2 A0) or the ideographic space (E3 80 80) in UTF-8 read as GBK:
# 聽 and 銆€ (cp936 reads 80 as €); read as cp1252: Â\xa0 and ã€€. 聽 is a real character
# of traditional text only (聽取, 聽證, also at a line's head: (1)聽證會): in a run, or before an ASCII
# sign or a space (2021年聽3月), it is a misread space.
_MISREAD_SPACE = regex.compile(
    r"(?:\u9286\u20ac)++|(?:\u00e3\u20ac\u20ac)++|(?:\u00c2[\u00a0 ])++|\u807d{2,}+"
    r"|\u807d(?=[\x20-\x7e\u3000\u00a0])", regex.MULTILINE)


def misread_spaces(text: str) -> Iterator[tuple[int, int]]:
    """Spans of spaces in UTF-8 read as GBK or cp1252.

    >>> t = "聽聽加强管理，2021年聽3月，銆€銆€推进，ã€€工作，聽取意见"
    >>> [t[s:e] for s, e in misread_spaces(t)]
    ['聽聽', '聽', '銆€銆€', 'ã€€']
    """
    for m in _MISREAD_SPACE.finditer(text):
        yield m.start(), m.end()


# A character whose GBK bytes are a UTF-8 lead byte (E2-EF) and a continuation byte (80-BF),
# then the ? or U+FFFD of the byte that had no pair: a UTF-8 character read as GBK, cut
# (，→ 锛?, 。→ 銆?, 个 → 涓?). Such a byte pair is outside GB2312: no common character.
_LOST_TAIL = regex.compile("[^\\x00-\\x7f](?=[?\ufffd])")


def cut_gbk_readings(text: str) -> Iterator[tuple[int, int]]:
    """Spans of one character of UTF-8 read as GBK with the mark of its lost byte.

    >>> t = "加强管理锛?完成任务銆?新建2涓?学校，为什么？"
    >>> [t[s:e] for s, e in cut_gbk_readings(t)]
    ['锛?', '銆?', '涓?']
    """
    for m in _LOST_TAIL.finditer(text):
        b = m.group().encode("gbk", errors="ignore")
        if len(b) == 2 and 0xE2 <= b[0] <= 0xEF and 0x80 <= b[1] <= 0xBF and (b[1] < 0xA1 or _mid_clause(text, m.end())):
            yield m.start(), m.end() + 1


def _mid_clause(text: str, at: int) -> bool:
    """Does the mark at ``at`` stand inside a clause (Han right after it)? A GB2312 character before it
    (氚, 涓) is mangled only then: a question ends on its mark."""
    return at + 1 < len(text) and regex.match(r"\p{Han}", text[at + 1]) is not None


def stray_signs(text: str) -> Iterator[tuple[int, int, str]]:
    """OCR specks, misread spaces and cut GBK readings, each with the reason a flag gives."""
    for s, e in cut_gbk_readings(text):
        yield s, e, f"UTF-8 read as GBK, a byte lost ({text[s:e]!r}): a character or mark mangled"
    for s, e in ocr_specks(text):
        yield s, e, f"thin signs {text[s:e]!r} inside a Chinese word: OCR specks or a table's rule"
    for s, e in misread_spaces(text):
        yield s, e, f"a space in UTF-8 read as GBK or cp1252 ({text[s:e]!r}): a misread no-break or ideographic space"
