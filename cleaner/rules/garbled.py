"""Text a reviewer must look at because characters were lost or mangled on the way.

Flags only: U+FFFD and its mojibake ("锟斤拷"), symbol runs inside a word ("乡~~市"),
empty brackets where a word fell out ("来()人员"), "?" for a character the encoding could not hold
("总理?李克强"), unrepaired UTF-8 read as GBK, private-use code points (a site font's glyph), OCR specks.
"""

from __future__ import annotations

import base64
import binascii
from bisect import bisect_right
from collections.abc import Iterator

import regex

from cleaner import charstats, chars, garbledshapes
from cleaner.quantities import DIGIT_SHAPED_LETTERS
from cleaner.scanning import LastMark, Occurrences
from cleaner.textutil import gbk_mojibake_runs, only_if
from cleaner.types import Flag

_HAN = chars.HAN
_HAN_CHAR = regex.compile(f"[{_HAN}]")
# U+FFFD; its UTF-8 read as GBK, 锟斤拷, also cut at either end (斤拷锟斤拷, 锟斤: the run did not
# start on the character's first byte); debug fill read as GBK (0xCC 烫, 0xCD 屯), three or more
# (two are words: 屯屯通, a Guangxi road programme; 烫烫的), but not the colloquial 热烫烫 / 滚烫烫.
_REPLACEMENT = regex.compile(rf"{chars.REPLACEMENT_CHARACTER}+|[锟斤拷]{{2,}}+|(?<![热滚烫屯])[烫屯]{{3,}}+")


@only_if("\ufffd", "锟斤", "斤拷", "烫烫烫", "屯屯屯", "烫屯", "屯烫")
def flag_replacement_characters(text: str) -> Iterator[Flag]:
    """U+FFFD, and "锟斤拷" (U+FFFD itself read through the wrong encoding), are flagged.

    >>> [(f.start, f.end) for f in flag_replacement_characters("会议\\ufffd\\ufffd召开，锟斤拷")]
    [(2, 4), (7, 10)]
    >>> t = "推进斤拷锟斤拷建设，城乡烫烫烫工作，热烫烫的，斤斤计较，屯屯通"
    >>> [t[f.start:f.end] for f in flag_replacement_characters(t)]
    ['斤拷锟斤拷', '烫烫烫']
    """
    for m in _REPLACEMENT.finditer(text):
        if m.group()[0] in "锟斤拷" and "锟斤" not in m.group() and "斤拷" not in m.group():
            continue  # 斤斤计较
        yield Flag(m.start(), m.end(), "characters lost in decoding (replacement character or its mojibake)")


# Two or more symbols, or one placeholder box, between Han characters: no Chinese word
# holds "~~", "##" or "□"; they stand where characters were dropped or masked.
# One geta mark a font put for a glyph it lacked, inside a word (王〓明); one white box
# (▢ ⬜ ▯) is as often a form's check box (同意⬜不同意⬜): no evidence alone.
_LONE_TOFU = "\u3013"
_SYMBOL_RUN = regex.compile(
    rf"(?<=[{_HAN}])(?:[~`^*#@$|\\_=<>\uff5e\u223c]{{2,}}+|[\u25a1\u25a0\u2606\u25cb]++|{_LONE_TOFU})(?=[{_HAN}])"
    # two or more bullets, stars, marks or full-width */# where characters stood: "加强◆◆建设",
    # "推进●●。" (one alone is a separator or a note mark; a run at a line start is a bullet)
    rf"|(?<=[{_HAN}])[\u25c6\u25c7\u25cf\u25ce\u203b\u25b3\u25b2\u25bd\u25bc\u2605\uff0a\uff03]{{2,}}+"
    rf"(?=[{_HAN}{chars.CJK_PUNCT}])"
)


# What a form or a date writes with these symbols, on purpose:
# ○ for zero among Chinese numerals (二○二一年);
_ZERO_RUN = regex.compile("\u25cb++")
_NUMERAL = frozenset(chars.CHINESE_NUMERALS)
# check boxes: two or more single boxes, each after (or before) a short option word, the
# group standing alone in its clause (是否党员：是□否□, 性别：男□女□, □同意□不同意);
_BOX = "\u25a1\u2610"
_OPTIONS = regex.compile(
    f"(?<![{_HAN}{_BOX}])(?:(?:[{_HAN}]{{1,4}}+[{_BOX}]){{2,}}+|(?:[{_BOX}][{_HAN}]{{1,4}}+){{2,}}+)(?![{_HAN}{_BOX}])")
# a line drawn to write on: three or more underscores (兹有____同志).
_WRITING_LINE = regex.compile("_{3,}+")
# a rating in stars (分为★★★★★至★五个等级, 评为★★★级): five at most, the scale named
# after it (级, 星) or shown again by another run of stars in the same clause.
_STARS = regex.compile("[\u2605\u2606]{1,5}+")
_CLAUSE_MARKS = (chars.FULLWIDTH_COMMA + chars.IDEOGRAPHIC_FULL_STOP + chars.FULLWIDTH_SEMICOLON + chars.FULLWIDTH_EXCLAMATION
                 + chars.FULLWIDTH_QUESTION + chars.FULLWIDTH_COLON + ",;!?\n")  # not 、: a scale lists its grades (★★★、★★、★)
_CLAUSE_END = regex.compile(f"[{_CLAUSE_MARKS}]")
_LAST_CLAUSE_END = regex.compile(f"[{_CLAUSE_MARKS}]", flags=regex.REVERSE)
_CLAUSE = 60


def _rating(text: str, start: int, end: int) -> bool:
    """Whether the stars ``text[start:end]`` state a rating, not characters masked."""
    if not _STARS.fullmatch(text, start, end):
        return False
    if text[end:end + 1] in ("\u7ea7", "\u661f"):  # 级 星
        return True
    last = _LAST_CLAUSE_END.search(text, max(0, start - _CLAUSE), start)  # a clause is short: bounded look
    before = last.end() if last else max(0, start - _CLAUSE)
    after = _CLAUSE_END.search(text, end, end + _CLAUSE)
    return bool(_STARS.search(text, before, start) or _STARS.search(text, end, after.start() if after else end + _CLAUSE))


@only_if(*"~`^*#@$|\\_=<>\uff5e\u223c\u3013\u25a1\u25a0\u2606\u25cb\u25c6\u25c7\u25cf\u25ce\u203b\u25b3\u25b2\u25bd\u25bc\u2605\uff0a\uff03")
def flag_symbol_runs(text: str) -> Iterator[Flag]:
    """A run of symbols inside a word ("乡~~市") or placeholder boxes ("某□□") are flagged.

    A single "~" between words is a range ("北京~上海") and stays unflagged; so do what a
    date or a form writes on purpose: ○ for zero among Chinese numerals (二○二一年), check
    boxes after or before short option words standing alone in their clause (是□否□), and
    a line of three or more underscores to write on (兹有____同志).

    >>> [(f.start, f.end) for f in flag_symbol_runs("构建“乡~~市”三级网络，北京~上海")]
    [(4, 6)]
    >>> t = "二○二一年三月，是否党员：是□否□，兹有____同志，由某□□同志"
    >>> [t[f.start:f.end] for f in flag_symbol_runs(t)]
    ['□□']
    >>> t = "信用等级由高到低分为★★★★★至★五个等级，评为★★★级，加强★★建设"
    >>> [t[f.start:f.end] for f in flag_symbol_runs(t)]
    ['★★']
    """
    options = None
    for m in _SYMBOL_RUN.finditer(text):
        run = m.group()
        if _ZERO_RUN.fullmatch(run) and text[m.start() - 1] in _NUMERAL and text[m.end()] in _NUMERAL:
            continue
        if _WRITING_LINE.fullmatch(run) or _rating(text, m.start(), m.end()):
            continue
        if len(run) == 1 and run in _BOX:
            if options is None:
                options = [o.span() for o in _OPTIONS.finditer(text)]  # in order, disjoint
            k = bisect_right(options, (m.start(), len(text))) - 1
            if k >= 0 and m.start() < options[k][1]:
                continue
        yield Flag(m.start(), m.end(), f"symbols {run!r} inside a word: characters were lost or masked")


# Brackets with nothing inside, right after a Han character: "来()人员" lost "往" / "沪".
# Spaced brackets "（  ）" are form blanks to fill in and are left alone.
_EMPTY_BRACKETS = regex.compile(
    rf"(?<=[{_HAN}])(?:\(\)|\uff08\uff09|\[\]|\u3010\u3011|\u3014\u3015|\u201c\u201d|\u300a\u300b)"
)


@only_if("()", "\uff08\uff09", "[]", "\u3010\u3011", "\u3014\u3015", "\u201c\u201d", "\u300a\u300b")
def flag_empty_brackets(text: str) -> Iterator[Flag]:
    """Empty brackets or quotes after a word ("来()人员") are flagged: something fell out.

    >>> [(f.start, f.end) for f in flag_empty_brackets("中高风险地区来（）人员，填写（  ）")]
    [(7, 9)]
    """
    for m in _EMPTY_BRACKETS.finditer(text):
        yield Flag(m.start(), m.end(), f"empty {m.group()} inside a sentence: the words between were lost")


# A run of ASCII "?" (possessive: one match per run), of two or more full-width "？", or of
# both mixed ("？?": a GBK save and an IME's widening met in one run; read as an ASCII run).
_QUESTION_RUN = regex.compile(r"\uff1f*+\?[?\uff1f]*+|\uff1f{2,}+")
_QUESTION_WORDS = ("吗", "呢", "么", "吧", "什么", "怎么", "怎样", "为何", "为什么", "如何", "哪", "谁", "是否", "多少", "几",
                   "能否", "可否", "何时", "何处", "是不是", "有没有", "能不能", "会不会", "要不要", "可不可以")
_SENTENCE_BREAK = regex.compile(f"[\n{chars.IDEOGRAPHIC_FULL_STOP}{chars.FULLWIDTH_EXCLAMATION}{chars.FULLWIDTH_QUESTION}]")
# A question of a Q&A: the sentence opens with a 问 label (问：… / 1.问：… / 提问：…).
_ASK_LABEL = regex.compile(f"(?:\\d{{1,2}}[.\u3001\uff0e]|[{chars.CHINESE_NUMERALS}]{{1,3}}\u3001)?+"
                           f"(?:\u95ee|\u63d0\u95ee|Q)[{chars.FULLWIDTH_COLON}:]")
_CLAUSE_BREAK = regex.compile(f"[\n{chars.IDEOGRAPHIC_FULL_STOP}{chars.FULLWIDTH_EXCLAMATION}{chars.FULLWIDTH_QUESTION}"
                              f"{chars.FULLWIDTH_SEMICOLON}{chars.FULLWIDTH_COMMA}]")


@only_if("?", "\uff1f\uff1f")
def flag_question_marks_in_words(text: str) -> Iterator[Flag]:
    """Question marks standing for characters the encoding could not hold are flagged.

    Chinese questions end with "？"; "总理?李克强" lost a character (often U+00B7 or a rare
    name character) when the page was saved in GBK, "加强???建设" lost a word. Lost
    characters: one ASCII "?" between Han characters, a run of two or more touching Han
    text, or two or more "？" between Han characters; unless the clause asks (吗, 为什么,
    是否, 能否 ...) or its sentence opens with a 问： label, and the marks close it.

    >>> [text[f.start:f.end] for text in ["国务院总理?李克强，是吗？", "加强???建设，为什么??", "深入？？？行动"]
    ...  for f in flag_question_marks_in_words(text)]
    ['?', '???', '？？？']
    >>> list(flag_question_marks_in_words("问：线上办理吗?答：可以。问：需要带证件?答：需要。"))
    []
    """
    clause_start = LastMark(_CLAUSE_BREAK, text)
    sentence_start = LastMark(_SENTENCE_BREAK, text)
    asks = None
    for m in _QUESTION_RUN.finditer(text):
        s, e = m.span()
        left_han = _is_han_at(text, s - 1)
        right_han = _is_han_at(text, e)
        wide, single = "?" not in m.group(), e - s == 1
        if not ((left_han and right_han) or (not wide and not single and (left_han or right_han))):
            continue
        if asks is None:
            asks = Occurrences(_QUESTION_WORDS, text)
        if (single or wide or not right_han) and (asks.within(clause_start.end_before(s), s)
                                                  or _ASK_LABEL.match(text, sentence_start.end_before(s))):
            continue  # a question: the marks close a clause that asks
        yield Flag(s, e, f"{m.group()!r} inside Chinese words: characters the encoding could not hold were lost")


def _is_han_at(text: str, i: int) -> bool:
    return 0 <= i < len(text) and _HAN_CHAR.match(text, i) is not None


# Code points that are no text: private use (a site font's glyph), control pictures (a
# control character drawn as a symbol: "␍␊"), noncharacters.
# Also: half-width katakana (GBK bytes read as Shift-JIS), combining marks hanging on a
# Chinese character or mark (a broken decoder), geta marks and empty boxes standing in a
# run for glyphs a font lacked.
# Letters and pieces a wrong byte table leaves: Latin Extended-B and IPA, Greek, Cyrillic,
# Armenian, Hebrew, Arabic, box drawing and blocks, bopomofo, Hangul.
_FOREIGN = r"\u0180-\u02af\u0370-\u03ff\u0400-\u06ff\u2500-\u259f\u3100-\u312f\u3131-\u318e\u31a0-\u31bf\uac00-\ud7a3"
_NOT_TEXT = regex.compile(
    r"(?P<private>[\ue000-\uf8ff]++)|(?P<control>[\u2400-\u2426]++)|(?P<nonchar>[\ufdd0-\ufdef\ufffe\uffff]++)"
    r"|(?P<kana>[\uff66-\uff9f][\uff61-\uff9f]++)"
    rf"|(?<=[{_HAN}\u3000-\u303f\uff01-\uff60])(?P<combining>[\u0300-\u036f\u20d0-\u20ff]++)"
    r"|(?P<tofu>[\u3013\u25af\u2b1c\u25a2]{2,}+)"
    # a PDF's glyph ids where its font had no map to characters: (cid:1234)
    r"|(?P<cid>(?:[(\uff08]cid[:\uff1a]\d{1,5}+[)\uff09])++)"
    # radicals without a standalone reading, for characters (stage 1 repaired the others)
    rf"|(?<=[{_HAN}])(?P<radical>[\u2e80-\u2ef3\u2f00-\u2fd5]++)|(?P<radical_start>[\u2e80-\u2ef3\u2f00-\u2fd5]++)(?=[{_HAN}])"
    # one Latin-1 letter between Chinese characters: a GBK lead byte that lost its trail byte
    rf"|(?<=[{_HAN}])(?P<latin1>[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff])(?=[{_HAN}])"
    rf"|(?<=[{_HAN}])(?P<foreign>[{_FOREIGN}]{{1,12}}+)(?=[{_HAN}])"
    rf"|(?<=[{_HAN}])(?P<foreign_end>[{_FOREIGN}]{{2,12}}+)|(?P<foreign_start>[{_FOREIGN}]{{2,12}}+)(?=[{_HAN}])")
_NOT_TEXT_REASON = {"private": "private-use characters: glyphs of a site font, not text",
                    "control": "control pictures: control characters drawn as symbols, not text",
                    "nonchar": "noncharacters: code points no text holds",
                    "kana": "half-width katakana in Chinese text: GBK bytes read as Shift-JIS",
                    "combining": "combining marks on Chinese text: a broken decoding",
                    "tofu": "a run of boxes or geta marks: glyphs lost",
                    "foreign": "letters of another script or box pieces wedged in a Chinese word: bytes decoded with the wrong table",
                    "cid": "PDF glyph ids for characters: the font had no map to text",
                    "radical": "CJK radicals for characters: a PDF font's glyph map",
                    "latin1": "a lone Latin-1 letter in a Chinese word: a GBK character lost its trail byte"}
# One Greek letter in Chinese text is a symbol (α射线, β受体); lines drawn with box pieces
# (──, │) are a text table's rules: neither is debris.
_SYMBOL_USE = regex.compile(r"[\u0370-\u03ff]|[\u2500-\u2503\u2550\u2551]++")


def flag_private_use_characters(text: str) -> Iterator[Flag]:
    """Private-use code points, control pictures and noncharacters are flagged: none is text.

    A private-use code point is a site font's glyph; a control picture ("␍␊") is a control
    character some tool drew as a symbol; no Chinese document writes either.

    Letters of scripts no Chinese sentence mixes in (Latin Extended-B and IPA, Cyrillic,
    Hebrew, Arabic, Hangul, bopomofo) and box pieces, wedged between Chinese characters or
    in a run of two touching them, are what a wrong byte table leaves ("招Ƹҽ务", "加퓻漣");
    one Greek letter (α射线) or a drawn rule (──) is a symbol and stays.

    >>> [(f.start, f.end) for f in flag_private_use_characters("编号\\ue000\\ue001号，加强\\u240d\\u240a建设")]
    [(2, 4), (8, 10)]
    >>> [(f.start, f.end) for f in flag_private_use_characters("招Ƹҽ务人员，严┍┯╋侵害，α射线，目录──第一章")]
    [(1, 3), (8, 11)]
    >>> t = "加强ｼﾓﾇｿ建设，推进\\u0301工作，开展〓〓活动，café, 1\\u20dd"
    >>> [t[f.start:f.end] for f in flag_private_use_characters(t)] == ["ｼﾓﾇｿ", "\\u0301", "〓〓"]
    True
    """
    for m in _NOT_TEXT.finditer(text):
        kind = m.lastgroup
        kind = "radical" if kind == "radical_start" else kind
        if kind.startswith("foreign"):
            if _SYMBOL_USE.fullmatch(m.group()):
                continue
            kind = "foreign"
        yield Flag(m.start(), m.end(), _NOT_TEXT_REASON[kind])


# Mojibake left after stage 1 (the shapes are cleaner.garbledshapes').


def flag_mojibake(text: str) -> Iterator[Flag]:
    """Text read in a wrong encoding that could not be repaired is flagged.

    UTF-8 read as GBK or as Latin-1/cp1252, and GBK read as Latin-1 ("Ð£±Ï" for 校毕)
    whose bytes are not whole characters any more; and a UTF-8 punctuation mark read as
    cp1252 (2021â€”2025, ï¼Œ), whose two lead bytes no word of any language writes.

    >>> garbled = "发布时间：2021年".encode("utf-8").decode("gbk", errors="replace")
    >>> [f.reason[:30] for f in flag_mojibake("正常文字" + garbled)]
    ['UTF-8 read as GBK (reads "发布时间']
    >>> t = "完成2021â€”2025年规划"
    >>> [t[f.start:f.end] for f in flag_mojibake(t)]
    ['â€”']
    """
    for start, end, reading, _ in gbk_mojibake_runs(text):
        yield Flag(start, end, f'UTF-8 read as GBK (reads "{reading}"): the bytes are partly lost')
    latin = []
    for s, e, partial_gbk in garbledshapes.latin_mojibake(text):
        latin.append((s, e))
        yield Flag(s, e, "Latin-1 letters inside Chinese text: GBK bytes read as Latin-1, partly lost" if partial_gbk
                   else "UTF-8 read as Latin-1/cp1252 that could not be repaired")
    latin.sort()
    for s, e in garbledshapes.mark_mojibake(text):
        k = bisect_right(latin, (s, len(text))) - 1  # the last run flagged that starts at or before s
        if not ((k >= 0 and latin[k][1] > s) or (k + 1 < len(latin) and latin[k + 1][0] < e)):
            yield Flag(s, e, f"a UTF-8 punctuation mark read as cp1252 ({text[s:e]!r}): its lead bytes as letters")


# Text that was never decoded or filled in: escape sequences of Chinese characters (a JSON
# "\\u52a0", a Python "\\xe5\\x8a", a URL's "%E5%8A%A0" outside a URL) and template or script
# placeholders ("{{title}}", "${name}", "<%=name%>", "[object Object]"), and the words a
# script prints for a missing value (undefined, null, NaN) standing inside Chinese text.
_ESCAPES = regex.compile(
    r"(?:=[89A-F][0-9A-F]){2,}+|(?:\\u[0-9a-fA-F]{4})++|(?:\\x[0-9a-fA-F]{2}){2,}+|(?<![A-Za-z0-9_/=?&%.#-])(?:%[89A-Fa-f][0-9A-Fa-f]){2,}+(?![A-Za-z0-9_/=?&%.-])"
)
_PLACEHOLDER = regex.compile(r"\{\{[^{}\n]{0,40}+\}\}|\$\{[^{}\n]{1,40}+\}|<%=?[^%\n]{0,40}+%>|\[object Object\]"
                          # an HTML tag or a style/class attribute printed as text
                          r"|</?(?:span|p|div|font|br|strong|b|em|i|u|td|tr|table|img|a|o:p|section|center)"
                          r"(?:\s[^<>\n]{0,200}+)?/?>|(?<![A-Za-z-])(?:style|class|align|face)=\"[^\"\n]{0,200}+\"")
_MISSING_VALUE = regex.compile(r"(?<![A-Za-z0-9_.])(?:undefined|null|NULL|NaN)(?![A-Za-z0-9_.(])")
_CJK_CHAR = regex.compile(f"[{chars.CJK}]")
_HAN_OR_LABEL = regex.compile(f"[{_HAN}{chars.FULLWIDTH_COLON}:]")


@only_if("\\u", "\\x", "%", "=", "{{", "${", "<", "=\"", "[object", "undefined", "null", "NULL", "NaN", "U+")
def flag_undecoded_residue(text: str) -> Iterator[Flag]:
    r"""Escape sequences and template placeholders left in the text are flagged.

    A page that printed "\u52a0\u5f3a" or "%E5%8A%A0" never decoded its characters; one
    that printed "{{title}}" or "undefined" never filled a value in. A missing-value word
    counts only touching Chinese text or right after a label's colon; escapes only touching
    Chinese text (a note on encodings may write "\u3000" on purpose), a %-run only outside
    a URL.

    >>> t = "加强\\u5efa\\u8bbe，推进{{item.name}}工作，发布时间：undefined，见a.html?q=%E5%8A%A0"
    >>> [t[f.start:f.end] for f in flag_undecoded_residue(t)]
    ['\\u5efa\\u8bbe', '{{item.name}}', 'undefined']
    >>> list(flag_undecoded_residue("returns null if not found; 增长5%，NaN (not a number), \\u3000 is a space"))
    []
    """
    for m in _ESCAPES.finditer(text):
        if not (_is_cjk_at(text, m.start() - 1) or _is_cjk_at(text, m.end())):
            continue  # a program's source or an English note may write escapes on purpose
        yield Flag(m.start(), m.end(), f"escape sequences never decoded: {m.group()[:24]}")
    for s, e in garbledshapes.han_code_points(text):
        if _is_han_at(text, s - 1) and _is_han_at(text, e):  # inside a word; a note (“䶮”（U+4DAE）) stays
            yield Flag(s, e, f"code points printed for Chinese characters: {text[s:e][:24]}")
    for m in _PLACEHOLDER.finditer(text):
        markup = m.group()[:1] == "<" and m.group()[:2] != "<%" or m.group()[-1:] == '"'
        if markup and not (_is_han_at(text, m.start() - 1) and _is_han_at(text, m.end())):
            continue  # markup spliced into a sentence only: a page's whole HTML is another matter
        what = "HTML markup left as text" if markup else "template placeholder never filled in"
        yield Flag(m.start(), m.end(), f"{what}: {m.group()[:40]}")
    for m in _MISSING_VALUE.finditer(text):
        s, e = m.span()
        if _is_han_at(text, e) or (s > 0 and _HAN_OR_LABEL.match(text, s - 1)):
            yield Flag(s, e, f"a script's missing value ({m.group()}) inside Chinese text")


def _is_cjk_at(text: str, i: int) -> bool:
    return 0 <= i < len(text) and _CJK_CHAR.match(text, i) is not None


# Katakana that look like Han characters (エ 工, ロ 口, カ 力, ハ 八, タ 夕, ニ 二, ト 卜, ー 一):
# one of them alone between Han characters is a typist's or OCR's slip, not Japanese.
_KANA_LOOKALIKE = regex.compile(f"(?<=[{_HAN}])[\u30a8\u30ed\u30ab\u30cf\u30bf\u30cb\u30c8\u30fc](?=[{_HAN}])")
# 一 read as a dash inside a word whose other half is known (统— 进—步 —是 第—).
_YI_BEFORE = "统进唯第万逐单专划整"
_YI_AFTER = "步是些定体批般律系项致切直带揽网"
_DASH_FOR_YI = regex.compile(f"(?<=[{_HAN}])(?<=[{_YI_BEFORE}])[\u2014\uff0d\u2500\u2012-](?=[{_HAN}])"
                             f"|(?<=[{_HAN}])[\u2014\uff0d\u2500\u2012-](?=[{_YI_AFTER}])(?![{_YI_AFTER}][\u2014\uff0d])")
# Letters read for digits inside a figure that starts with a digit (2O21年, 3l5个, 8O%); a
# formula starts with its letter (O3, SO2, H2O) and stays.
_LETTER_DIGITS = regex.compile(rf"(?<![A-Za-z0-9.])(?=[0-9.]*+[{DIGIT_SHAPED_LETTERS}])[0-9][0-9{DIGIT_SHAPED_LETTERS}.]*+"
                               r"(?<![.])(?![A-Za-z0-9])")
# A base64 run touching Chinese text: decoded, it must be Chinese text itself.
_BASE64 = regex.compile(r"(?<![A-Za-z0-9+/=])(?:[A-Za-z0-9+/]{4}){2,40}+(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?+"
                        r"(?![A-Za-z0-9+/=])")


def flag_lookalike_scripts(text: str) -> Iterator[Flag]:
    """Characters of another script standing for a look-alike, and base64, are flagged.

    A lone katakana between Han characters (エ作 for 工作), a dash for 一 inside a word (统—, 进—步),
    letters for digits inside a figure (2O21年), OCR specks (推进l工作), a space misread (聽聽, 銆€),
    base64 that decodes to Chinese (5Yqg5by6): OCR, a font's look-alike or an undecoded part.

    >>> t = "加强エ作，进—步统—思想，2O21年，5Yqg5by65bu66K6+工作，推进l工作"
    >>> [t[f.start:f.end] for f in flag_lookalike_scripts(t)]
    ['エ', '—', '—', '2O21', 'l', '5Yqg5by65bu66K6+']
    >>> list(flag_lookalike_scripts("北京—上海高速，2021—2025年，IO接口，第1页，ISO9001，PM2.5、O3、SO2，B2B"))
    []
    """
    for m in _KANA_LOOKALIKE.finditer(text):
        yield Flag(m.start(), m.end(), f"katakana {m.group()} between Chinese characters: a look-alike of a Han character")
    for m in _DASH_FOR_YI.finditer(text):
        yield Flag(m.start(), m.end(), "a dash inside a word where 一 belongs (OCR or a font's look-alike)")
    for m in _LETTER_DIGITS.finditer(text):
        if _is_han_at(text, m.end()) or _is_han_at(text, m.start() - 1):
            yield Flag(m.start(), m.end(), f"letters read for digits in the figure {m.group()}")
    for s, e in garbledshapes.mixed_script_words(text):
        yield Flag(s, e, f"a Latin word with Cyrillic or Greek look-alike letters ({text[s:e]}): OCR or a font fallback")
    yield from (Flag(s, e, why) for s, e, why in garbledshapes.stray_signs(text))
    for m in _BASE64.finditer(text):
        if (_is_han_at(text, m.start() - 1) or _is_han_at(text, m.end())) and _decodes_to_han(m.group()):
            yield Flag(m.start(), m.end(), f"base64 never decoded: {m.group()[:24]}")


def _decodes_to_han(run: str) -> bool:
    """Whether base64 ``run`` decodes to Chinese text (UTF-8 or GBK)."""
    try:
        raw = base64.b64decode(run, validate=True)
    except (binascii.Error, ValueError):
        return False
    for enc in ("utf-8", "gbk"):
        try:
            decoded = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        if decoded and all(_is_han_at(decoded, i) for i in range(len(decoded))):
            return True
    return False


def flag_unlikely_characters(text: str) -> Iterator[Flag]:
    """A cluster of characters Chinese prose does not use, touching Chinese text, is flagged.

    Kind-independent: whatever encoding pair, font map or gateway damaged the span, its
    characters fall outside the GB2312 level-1 repertoire (rare or traditional Han, other
    scripts' letters, box pieces), or, all ASCII, mix letters with signs no word holds in
    pairs. One rare character (亳州, 李堃) or one symbol letter (α射线) is no cluster.

    >>> t = "加强紗膿砿尖工作，推进~{6S>x~}工作，亳州市谯城区，PM2.5浓度为32μg/m³"
    >>> [t[f.start:f.end] for f in flag_unlikely_characters(t)]
    ['紗膿砿', '~{6S>x~}']
    """
    for s, e, w in charstats.clusters(text):
        yield Flag(s, e, f"characters Chinese text does not use ({text[s:e][:12]!r}, weight {w}): a wrong decoding or glyph map")
    for s, e in charstats.ascii_debris(text):
        yield Flag(s, e, f"ASCII debris inside Chinese text ({text[s:e][:16]!r}): bytes of characters shown as signs")
