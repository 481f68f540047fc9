"""Comparing copies: what makes two renderings of one sentence or paragraph the same text.

A scraper, a CMS or a PDF extractor re-renders the text it repeats: the copy may come in the
other punctuation width (",;:." for "，；：。"), with digits and letters in full width
("２０２１" for "2021"), with stray spaces, with another sentence end ("；" for "。") or with its
outline marker restyled or dropped. The dup rules compare *keys* that fold all of that, so a
decision rests on the text's shape (length, position), never on its words.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

import regex

from cleaner import chars
from cleaner.outline import read_marker

# Punctuation of either width compared alike, after NFKC made everything narrow: a heading's
# 一、/1． copied as 一./1. is the same marker; brackets of any shape are one bracket.
_FOLD = str.maketrans({",": chars.FULLWIDTH_COMMA, ";": chars.FULLWIDTH_SEMICOLON, ":": chars.FULLWIDTH_COLON,
                       "(": chars.FULLWIDTH_LEFT_PAREN, ")": chars.FULLWIDTH_RIGHT_PAREN,
                       "!": chars.FULLWIDTH_EXCLAMATION, "?": chars.FULLWIDTH_QUESTION,
                       ".": chars.IDEOGRAPHIC_FULL_STOP, chars.IDEOGRAPHIC_COMMA: chars.IDEOGRAPHIC_FULL_STOP,
                       "[": chars.LEFT_BLACK_LENTICULAR, "]": chars.RIGHT_BLACK_LENTICULAR,
                       "<": chars.LEFT_TITLE_MARK, ">": chars.RIGHT_TITLE_MARK,
                       # Quotes and brackets of other shapes a copy may carry ("…", 「…」, 〈…〉, 〔…〕):
                       # a quote is one mark whatever its side, a bracket one bracket.
                       '"': chars.LEFT_DOUBLE_QUOTE, chars.RIGHT_DOUBLE_QUOTE: chars.LEFT_DOUBLE_QUOTE,
                       "\u300c": chars.LEFT_DOUBLE_QUOTE, "\u300d": chars.LEFT_DOUBLE_QUOTE,
                       "\u300e": chars.LEFT_DOUBLE_QUOTE, "\u300f": chars.LEFT_DOUBLE_QUOTE,
                       chars.LEFT_ANGLE: chars.LEFT_TITLE_MARK, chars.RIGHT_ANGLE: chars.RIGHT_TITLE_MARK,
                       "\u3014": chars.FULLWIDTH_LEFT_PAREN, "\u3015": chars.FULLWIDTH_RIGHT_PAREN})
_GAPS = regex.compile(rf"[\s{chars.ZERO_WIDTHS}]++")
# What may end a sentence's copy instead of its 。 (a re-typed or re-rendered end); stripped
# with rstrip, as a run anchored at the end ("[。，]+$") is quadratic on a line of marks.
CLOSING = "\u3002\uff01\uff1f\uff1b\uff0c"
# One character for one character (no deletions): offsets found on the folded text hold on the raw.
_FOLD1 = str.maketrans({**{chr(0xFF01 + i): chr(0x21 + i) for i in range(0x5E)},
                        chars.IDEOGRAPHIC_SPACE: " "})


@lru_cache(maxsize=16384)
def key(s: str) -> str:
    """``s`` with widths folded (NFKC, punctuation one width) and spaces dropped (cached: the
    dup rules key the same lines and sentences again and again).

    >>> key("(一)加强领导, 压实责任. ２０２１年") == key("（一）加强领导，压实责任。2021年")
    True
    """
    return simplified(_GAPS.sub("", unicodedata.normalize("NFKC", s)).translate(_FOLD))


def simplified(s: str) -> str:
    """``s`` in simplified characters when it mixes the two scripts: a copy a converter half
    turned into traditional (推進新型城鎮化…解决, 副市長任組長的工作专班) is the same text as its
    original. A text wholly in traditional script (兩岸一家親，共圓中國夢 beside its simplified
    line, its Taiwan or Hong Kong forms 台 群 峰 with it) is a rendering of its own, kept as it is. For comparing only: the length may change.

    >>> simplified("成立由分管副市長任組長的工作专班，研究解决问题")
    '成立由分管副市长任组长的工作专班，研究解决问题'
    >>> simplified("兩岸一家親，共圓中國夢。"), simplified("兩岸一家親，台灣青年與大陸群眾共赴峰會。")
    ('兩岸一家親，共圓中國夢。', '兩岸一家親，台灣青年與大陸群眾共赴峰會。')
    """
    if not _MAYBE_TRADITIONAL.search(s):
        return s
    simple = _converter("t2s").convert(s)
    if simple == s or _simplified_only(s) < _MIXED_MIN:
        return s  # one script throughout
    return simple


# Characters only simplified script writes that a half-converted copy still holds (解决, 专班, 问题):
# two make a copy mixed.
_MIXED_MIN = 2


def _simplified_only(s: str) -> int:
    """How many characters of ``s`` every traditional standard writes otherwise (s2t, s2tw and s2hk
    all change them): 台, 群, 峰 are traditional forms in Taiwan or Hong Kong, 决 and 专 nowhere."""
    spelled = [_converter(config).convert(s) for config in ("s2t", "s2tw", "s2hk")]
    if any(len(t) != len(s) for t in spelled):
        return 0  # a phrase converted to another length: no character-by-character reading
    return sum(all(t[k] != c for t in spelled) for k, c in enumerate(s))


# A key without a Han character is returned as it is, without calling the converter.
_MAYBE_TRADITIONAL = regex.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@cache
def _converter(config: str):
    """OpenCC's converter between the scripts (t2s, s2t, s2tw, s2hk), loaded on first use (not at import:
    the command line starts without it)."""
    import opencc

    return opencc.OpenCC(config)


def core(s: str) -> str:
    """The key without its closing punctuation: "甲。" and "甲；" (or "甲") are one sentence.

    >>> core("加强领导，压实责任。") == core("加强领导,压实责任;") == core("加强领导，压实责任")
    True
    """
    return key(s).rstrip(CLOSING)


def fold1(s: str) -> str:
    """``s`` with full-width ASCII forms made narrow, one character for one (offsets hold).

    >>> fold1("２０２１年，ＧＤＰ")
    '2021年,GDP'
    """
    return s.translate(_FOLD1)


def body(line: str) -> tuple[str, str | None, int]:
    """(the text after the outline marker, the marker's level or None, the marker's end).

    >>> body("（三）加强领导。"), body("加强领导。")
    (('加强领导。', 'l2', 3), ('加强领导。', None, 0))
    """
    stripped = line.lstrip()
    lead = len(line) - len(stripped)
    marker = read_marker(stripped)
    if marker is None:
        return stripped, None, lead
    level, _observed, _value, _kind, end = marker
    rest = stripped[end:]
    gap = len(rest) - len(rest.lstrip())
    return rest[gap:], level, lead + end + gap


def overlap(tail_of: str, head_of: str) -> int:
    """Length of the longest end of ``tail_of`` that ``head_of`` starts with (folded widths).

    Linear: the prefix function of ``head_of`` run over ``tail_of`` (Knuth-Morris-Pratt).

    >>> overlap("……，着力推动高质量发展。", "着力推动高质量发展。加快建设。")
    10
    """
    pattern, text = fold1(head_of), fold1(tail_of)
    fail = [0] * (len(pattern) + 1)
    k = 0
    for i in range(1, len(pattern)):
        while k and pattern[i] != pattern[k]:
            k = fail[k]
        if pattern[i] == pattern[k]:
            k += 1
        fail[i + 1] = k
    k = 0
    for ch in text:
        while k and (k == len(pattern) or ch != pattern[k]):
            k = fail[k]
        if k < len(pattern) and ch == pattern[k]:
            k += 1
    return k


# Pieces end after each run of sentence ends (linear; a find-all of "[^。]+。" is quadratic on
# long lines). ； ends a piece too: a copy may carry it where the first has 。. An ASCII mark
# right after a Han character ends one as well (a copy in the other width: "压实责任."); after
# a digit "." is a decimal point.
_END_RUN = regex.compile(r"[\u3002\uff01\uff1f\uff1b]++|(?<=\p{Han})[.;!?\uff0e](?![0-9\uff10-\uff19])")
FULL_END = frozenset("\u3002\uff01\uff1f.!?\uff0e")
# A clause ends after a comma (either width, the narrow one after Han only).
_CLAUSE_END = regex.compile(r"\uff0c|(?<=\p{Han}),")


# A page number a PDF or print view leaves where a page broke (－2－, - 2 -, —3—): the text
# after it may restart with what stood before the break (a copy across the page join).
# (第2页 is no such mark: an erratum cites pages line by line, 第2页…应为…; a figure with a
# unit or a range right after the dash is a range, -2-3℃, not a page break; a bracketed number
# in the other brackets, （2）, is an outline marker.)
_DIGITS = "[0-9\uff10-\uff19]{1,3}+"
_DASH = "[-\uff0d\u2014\u2013\u2212]"
_DASHED = rf"{_DASH}\s*+{_DIGITS}\s*+{_DASH}"
# [2], 【2】 and a page count 2/3 are page numbers too, but also a note's number, a list's item,
# a date (3/22) or a share (2/3 以上): read as a page number only on the copy, never on the line
# it copies (:func:`past_page_mark`).
_PAGE_MARK = rf"{_DASHED}|[\[\u3010]\s*+{_DIGITS}\s*+[\]\u3011]|{_DIGITS}\s*+/\s*+{_DIGITS}(?![0-9\uff10-\uff19])"
_NOT_A_RANGE = r"(?![0-9\uff10-\uff19]++(?:[.\uff0e][0-9]|[\u2103%\uff05\-\uff0d~\uff5e度]))"
_PAGE_TOKEN = regex.compile(rf"\s*+{_DASHED}\s*+(?=\S){_NOT_A_RANGE}")
_ANY_PAGE_TOKEN = regex.compile(rf"\s*+(?:{_PAGE_MARK})\s*+(?=\S){_NOT_A_RANGE}")
_LONE_PAGE = regex.compile(rf"\s*+(?:{_PAGE_MARK})\s*+")


def past_page_number(s: str) -> str:
    """``s`` without a page number between dashes it opens with (－2－ 全年… → 全年…).

    >>> past_page_number("  －2－  全年中央财政"), past_page_number("—3—二、健全"), past_page_number("-2-3℃：小雪")
    ('全年中央财政', '二、健全', '-2-3℃：小雪')
    >>> past_page_number("[3]（三）妇幼健康")
    '[3]（三）妇幼健康'
    """
    m = _PAGE_TOKEN.match(s)
    return s[m.end():] if m else s


def page_mark(s: str) -> tuple[str, str] | None:
    """The page number of any form ``s`` opens with and the text past it, or None when it opens
    with none: for a line or sentence that may be the copy after a page join.

    >>> page_mark("[3]（三）妇幼健康"), page_mark("【2】 全年"), page_mark("2/3 全年"), page_mark("全年")
    (('[3]', '（三）妇幼健康'), ('【2】', '全年'), ('2/3', '全年'), None)
    """
    m = _ANY_PAGE_TOKEN.match(s)
    return (m.group().strip(), s[m.end():]) if m else None


class PageMarks:
    """Where a bracketed number or a page count ([3], 【3】, 2/3) may be a page number in one
    document: a page number stands once and nothing cites it. Two such numbers, or one the text
    writes again (注：[2]为…), are a list's or a note's own (notes [1] [2], a log 3/15 3/22,
    shares 1/2 2/3, a reading's 【1】 【2】). Numbers between dashes (－2－) are page numbers
    wherever they stand.

    >>> PageMarks("甲\\n【3】\\n甲").allowed("【3】"), PageMarks("甲\\n[1]\\n乙\\n[2]\\n丙").allowed("[1]")
    (True, False)
    >>> PageMarks("甲。[2]甲。\\n注：[2]为原文").allowed("[2]")
    False
    """

    def __init__(self, text: str):
        self.text = text
        self.marks = sum(1 for _ in _MARK_ANYWHERE.finditer(text))

    def allowed(self, token: str) -> bool:
        token = token.strip()
        if _DASHED_ONLY.fullmatch(token):
            return True
        return self.marks == 1 and self.text.count(token) == 1


@lru_cache(maxsize=4)
def page_marks(text: str) -> PageMarks:
    """The page-number view of ``text``, shared by the duplicate rules that read the same text."""
    return PageMarks(text)


_MARK_ANYWHERE = regex.compile(rf"(?<![0-9\uff10-\uff19/])(?:[\[\u3010]\s*+{_DIGITS}\s*+[\]\u3011]"
                               rf"|{_DIGITS}\s*+/\s*+{_DIGITS}(?![0-9\uff10-\uff19]))")
_DASHED_ONLY = regex.compile(rf"\s*+{_DASHED}\s*+")


def lone_page_lines(texts: list[str], marks: PageMarks) -> set[int]:
    """Indices of the lines that are a page number alone that ``marks`` allows.

    >>> t = ["甲", "- 2 -", "乙", "【3】", "丙"]; sorted(lone_page_lines(t, PageMarks("\\n".join(t))))
    [1, 3]
    >>> t = ["[1]", "甲", "[2]", "乙"]; sorted(lone_page_lines(t, PageMarks("\\n".join(t))))
    []
    """
    return {k for k, t in enumerate(texts) if lone_page_number(t) and marks.allowed(t)}


def lone_page_number(s: str) -> bool:
    """Whether the line ``s`` is a page number and nothing else (－2－, [3], 【3】, 2/3).

    >>> lone_page_number(" - 2 - "), lone_page_number("【3】"), lone_page_number("（3）"), lone_page_number("2/3的资金")
    (True, True, False, False)
    """
    return _LONE_PAGE.fullmatch(s) is not None


def pieces(line: str) -> list[tuple[int, int]]:
    """(start, end) of the sentences of ``line``, each with its leading spaces and its end run.

    >>> [("甲。乙；丙！？丁"[a:b]) for a, b in pieces("甲。乙；丙！？丁")]
    ['甲。', '乙；', '丙！？', '丁']
    """
    out, pos = [], 0
    for m in _END_RUN.finditer(line):
        out.append((pos, m.end()))
        pos = m.end()
    if pos < len(line):
        out.append((pos, len(line)))
    return out


def clauses(piece: str) -> list[tuple[int, int]]:
    """(start, end) of the comma clauses of a sentence, each with its comma.

    >>> [("甲乙，丙丁，戊。"[a:b]) for a, b in clauses("甲乙，丙丁，戊。")]
    ['甲乙，', '丙丁，', '戊。']
    """
    out, pos = [], 0
    for m in _CLAUSE_END.finditer(piece):
        out.append((pos, m.end()))
        pos = m.end()
    if pos < len(piece):
        out.append((pos, len(piece)))
    return out


def doubled(piece: str) -> tuple[int, int] | None:
    """(start, end) of the second half of a sentence that is one run written twice, or None.

    "加强组织领导压实责任加强组织领导压实责任。": a copy glued on with no sentence end of its
    own (or only a comma or a space between); each half at least six characters.

    >>> s = "加强组织领导压实责任加强组织领导压实责任。"
    >>> a, b = doubled(s); s[a:b], doubled("加快发展。")
    ('加强组织领导压实责任', None)
    """
    text = fold1(piece.rstrip())
    end = len(text)
    while end and text[end - 1] in "\u3002\uff01\uff1f\uff1b.;!?":
        end -= 1
    start = len(text) - len(text.lstrip())
    n = end - start
    for gap in (0, 1):
        half = (n - gap) // 2
        if half < 6 or 2 * half + gap != n:
            continue
        if text[start:start + half] == text[start + half + gap:end] and (
                not gap or text[start + half] in "\uff0c,\u3001 "):
            return start + half, end
    return None
