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

from cleaner import chars, markprops, markslips, punctslips, punctstandard, punctwiden
from cleaner.scanning import Nearest
from cleaner.textutil import ANY_HAN, Protected, is_cjk, is_han, only_if
from cleaner.types import Edit

_LINE_WITH_MARK = regex.compile(r"(?m)^[^\n,:;()?!]*+[,:;()?!][^\n]*+")


@only_if(*",:;()?!")
def widen_ascii_punctuation(text: str) -> Iterator[Edit]:
    """ASCII , : ; ( ) ? ! in CJK context become their full-width forms.

    Parentheses are decided in pairs so "(1)" never comes out half-converted; a "?"
    between two Han characters, and a run of "??" that asks nothing, are left for the
    garbled-text flag (they stand for lost characters, not a question).

    >>> from cleaner.edits import apply
    >>> apply("总投资46525万元,其中:开工(续建)项目7个", list(widen_ascii_punctuation(
    ...     "总投资46525万元,其中:开工(续建)项目7个")))
    '总投资46525万元，其中：开工（续建）项目7个'
    >>> list(widen_ascii_punctuation("发布时间 14:29 共1,200人 see http://a.cn/?a=1,2"))
    []
    """
    if not ANY_HAN.search(text):
        return
    protected = Protected(text)
    for line_match in _LINE_WITH_MARK.finditer(text):
        line, base = line_match.group(), line_match.start()
        for i in punctwiden.positions_to_widen(line, base, protected):
            mark = line[i]
            yield Edit(
                base + i, base + i + 1, mark, chars.WIDE_OF[mark],
                f"ASCII {mark!r} in Chinese text: full-width U+{ord(chars.WIDE_OF[mark]):04X} (GB/T 15834)",
            )


_FULLWIDTH_ALNUM = regex.compile(
    r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+"
    r"|(?<=[0-9\uff10-\uff19])\uff0e(?=[0-9\uff10-\uff19])"  # decimal point between digits
    r"|(?<=[0-9\uff10-\uff19])\uff05"  # percent sign after a digit
)
_NARROW = {c: c - 0xFEE0 for c in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B), 0xFF0E, 0xFF05]}


def narrow_fullwidth_alphanumerics(text: str) -> Iterator[Edit]:
    """Full-width digits and Latin letters become ASCII (GB/T 15835): １９９８ -> 1998, Ａ -> A.

    A full-width decimal point between digits and a percent sign after one go with them.

    >>> from cleaner.edits import apply
    >>> t = "１９９８年增长７．７％，ＧＤＰ"
    >>> apply(t, list(narrow_fullwidth_alphanumerics(t)))
    '1998年增长7.7%，GDP'
    """
    if not _FULLWIDTH_ALNUM.search(text):
        return
    for m in _FULLWIDTH_ALNUM.finditer(text):
        yield Edit(m.start(), m.end(), m.group(), m.group().translate(_NARROW),
                   "full-width digits and letters are written in ASCII (GB/T 15835)")


# Doubled less/greater-than signs in either width, guillemets, and the much-less/greater-than
# signs a Japanese converter puts for 《 》; the title inside holds no angle sign of its own.
_DOUBLE_ANGLES = regex.compile(
    r"(?:<<|\uff1c\uff1c)(?P<t>[^<>\uff1c\uff1e\n]{1,80})(?:>>|\uff1e\uff1e)"
    r"|\u00ab(?P<t>[^\u00ab\u00bb\n]{1,80})\u00bb|\u226a(?P<t>[^\u226a\u226b\n]{1,80})\u226b"
    r"|\u3008\u3008(?P<t>[^\u3008\u3009\n]{1,80})\u3009\u3009")  # 〈〈…〉〉: two single angles for each mark
_OLD_ANGLES = regex.compile("[\u2329\u232a]")
_LATIN_OR_FIGURE = regex.compile("[A-Za-z0-9]")


def _maths_signs(text: str, m) -> bool:
    """≪ ≫ with a Latin letter or a figure against either sign read as maths (a≪b且b≫c)."""
    around = text[m.start() - 1:m.start()] + text[m.end():m.end() + 1]
    title = m.group("t")
    return _LATIN_OR_FIGURE.search(around + title[:1] + title[-1:]) is not None


@only_if("<<", "\uff1c\uff1c", "\u00ab", "\u226a", "\u2329", "\u232a", "\u3008\u3008")
def normalize_title_marks(text: str) -> Iterator[Edit]:
    """Title marks typed as << >> (either width), « » or ≪ ≫ around a Chinese title become 《 》.

    The deprecated angle brackets U+2329/U+232A become 〈 〉.

    >>> from cleaner.edits import apply
    >>> t = "贯彻<<中华人民共和国传染病防治法>>和«条例»及\u226a办法\u226b"
    >>> apply(t, list(normalize_title_marks(t)))
    '贯彻《中华人民共和国传染病防治法》和《条例》及《办法》'
    >>> list(normalize_title_marks("if a<<b and c>>d, x\u226ay\u226bz, a\u226ab且b\u226bc"))
    []
    """
    for m in _DOUBLE_ANGLES.finditer(text):
        if not ANY_HAN.search(m.group("t")) or (m.group().startswith("\u226a") and _maths_signs(text, m)):
            continue
        width = m.start("t") - m.start()
        reason = "title marks typed as angle signs or guillemets: 《 》 (GB/T 15834)"
        yield Edit(m.start(), m.start() + width, m.group()[:width], chars.LEFT_TITLE_MARK, reason)
        yield Edit(m.end() - width, m.end(), m.group()[-width:], chars.RIGHT_TITLE_MARK, reason)
    for m in _OLD_ANGLES.finditer(text):
        new = chars.LEFT_ANGLE if m.group() == "\u2329" else chars.RIGHT_ANGLE
        yield Edit(m.start(), m.end(), m.group(), new, "deprecated angle bracket: 〈 〉 (U+3008/U+3009)")


# Runs of three or more stops of any width (. 。 ． ﹒) or middle dots, a lone … or midline ⋯.
# A run that leads to a page number at the line's end is a contents line's leader dots
# (第一章　总则．．．．1), not an ellipsis (review r12).
_ELLIPSIS = regex.compile(r"(?:\.{3,}+|(?<![ \t\u3000\u00a0])\.(?:[ \u00a0]\.){2,}+(?![ \t\u3000\u00a0])|\u3002{3,}+|\uff0e{3,}+|\ufe52{3,}+|[\u00b7\u30fb\uff65]{3,}+|\u2026++|\u22ef++)"
                          r"(?![ \t\u3000]*+\d++[ \t\u3000]*+$)", regex.MULTILINE)
# Long strokes a converter, a font or OCR sets for a dash: box-drawing lines, en and figure
# dashes, the horizontal line extension, small em dashes and hyphens. A pair of them (an em
# dash in it or not) is a dash; a longer run is a rule line. Katakana prolonged marks in
# either width only between Han characters.
_STROKES = "\u2500\u2501\u2013\u2012\u23af\ufe58\ufe63\u2014"
# A single long stroke opening a line is a dash cut to half its width (——2003年3月5日在…会议上,
# a ——-list item): the connecting mark 中国—东盟 needs a word on its left.
_DASH = regex.compile(r"-{2,}|\uff0d{2,}|\u2015{2,}|\u2e3a|(?<=\p{Han})[\u30fc\uff70]{2}(?=\p{Han})"
                      r"|(?:^|(?<=\n))[\u2014\u2015\uff0d](?![\u2014\u2015\u2500\uff0d])(?=[\p{Han}0-9])"
                      # not a page number (—3—, －4－: a figure-only line, a matching stroke after)
                      r"(?![0-9 ]++(?:\n|\Z)|[^\n]*?[\u2014\u2015\uff0d][ \t\u3000]*+(?:\n|\Z))"
                      rf"|(?<![{_STROKES}])[{_STROKES}]{{2}}(?![{_STROKES}])")


@only_if("...", ". . .", "\u3002\u3002\u3002", "\u2015", "\uff0d", "\u2014", "\uff0e\uff0e\uff0e", "\ufe52\ufe52\ufe52", "\u00b7\u00b7\u00b7", "\u30fb\u30fb\u30fb",
         "\uff65\uff65\uff65", "\u30fc\u30fc", "\uff70\uff70", "\u2026", "\u22ef", "--", "\uff0d\uff0d", "\u2015\u2015",
         "\u2e3a", *_STROKES[:-1])
def normalize_ellipsis_and_dash(text: str) -> Iterator[Edit]:
    """In Chinese text the ellipsis is …… and the dash is ——.

    "..." / "。。。" / a lone "…" / "⋯⋯" (U+22EF) become ……; "--", "－－", "――", "⸺" and a pair of
    box-drawing lines "──" or en dashes "––" (converters, fonts) become ——. A single
    "—" between two names (中国—东盟, the connecting mark) and "2020-2021" stay.

    >>> from cleaner.edits import apply
    >>> t = "等等...以及――2026年，中国—东盟，2020-2021"
    >>> apply(t, list(normalize_ellipsis_and_dash(t)))
    '等等……以及——2026年，中国—东盟，2020-2021'
    """
    near = Nearest(text, _SEE_THROUGH_RUNS)
    for m in _ELLIPSIS.finditer(text):
        if text[m.start() - 1:m.start()].isascii() and text[m.start() - 1:m.start()].isalpha():
            continue  # an English phrase's own ellipsis ("Go Further..."), whatever follows it
        if m.group() != chars.CHINESE_ELLIPSIS and near.next_to_cjk(m.start(), m.end()):
            yield Edit(m.start(), m.end(), m.group(), chars.CHINESE_ELLIPSIS, "Chinese ellipsis is …… (GB/T 15834)")
    near = Nearest(text, _SEE_THROUGH_RUNS)
    for m in _DASH.finditer(text):
        if m.group() == chars.CHINESE_DASH:
            continue
        chinese = near.next_to_cjk(m.start(), m.end()) or is_cjk(_right_past_digits(text, m.end()))
        between_digits = text[m.start() - 1:m.start()].isdigit() and text[m.end():m.end() + 1].isdigit()
        if chinese and not between_digits and not _in_markup(text, m.start(), m.end()):
            yield Edit(m.start(), m.end(), m.group(), chars.CHINESE_DASH, "Chinese dash is —— (GB/T 15834)")
    for a, b in punctstandard.spaced_dashes(text):
        yield Edit(a, b, text[a:b], chars.CHINESE_DASH, "single em or en dash with blanks between Chinese clauses: the dash is —— (GB/T 15834 4.9)")


def _right_past_digits(text: str, end: int) -> str:
    """The first character after ``end`` that is not a digit ("——2026年" reads as Chinese)."""
    m = regex.match(r"\d*(.)", text[end:end + 12])
    return m.group(1) if m else ""


def _in_markup(text: str, start: int, end: int) -> bool:
    """An HTML comment's "<!--" or "-->": markup, not a dash."""
    return text[max(0, start - 2):start] == "<!" or text[end:end + 1] == ">"


# Context for ellipses and dashes looks through the marks that rules change (widened
# punctuation, other ellipses and dashes), so converting a neighbour never changes it.
_SEE_THROUGH_RUNS = punctwiden.SEE_THROUGH | frozenset(".\u2026\u00b7-\u2014\u2015\uff0d\u3002")


_STACK = regex.compile(f"[{chars.STACKABLE}]{{2,}}")


def collapse_stacked_punctuation(text: str) -> Iterator[Edit]:
    """Stacked clause marks ("。，", "，，", "、、") collapse to the strongest of them.

    The "。," residue of a list joined with commas (a scraper's join) is the common case.

    >>> from cleaner.edits import apply
    >>> t = "签署协议。，\\n一是，，二是、、三是；。"
    >>> apply(t, list(collapse_stacked_punctuation(t)))
    '签署协议。\\n一是，二是、三是。'
    """
    for m in _STACK.finditer(text):
        strongest = max(m.group(), key=chars.STACKABLE.index)
        yield Edit(m.start(), m.end(), m.group(), strongest, f"stacked punctuation {m.group()!r}: one {strongest}")


_MARKS = r",.;:\u3001\u3002\uff0c\uff1b\uff1a"
_ORPHAN = regex.compile(f"(?m)^[{chars.HORIZONTAL_SPACES}]*+[{_MARKS}][{chars.HORIZONTAL_SPACES}{_MARKS}]*+$")


def drop_orphan_punctuation_lines(text: str) -> Iterator[Edit]:
    """A line holding nothing but commas or stops (a scraper's join residue) goes.

    >>> [e.old for e in drop_orphan_punctuation_lines("\\n,\\n农业农村部与浙江省签署协议。")]
    [',\\n']
    """
    for m in _ORPHAN.finditer(text):
        end = m.end() + 1 if m.end() < len(text) else m.end()
        yield Edit(m.start(), end, text[m.start():end], "", "line of punctuation only")


# Compatibility code points (small, vertical and half-width forms) that PDF and vertical-layout
# converters emit for a Chinese mark; horizontal running text never uses them (GB/T 15834).
_COMPAT = {
    "\ufe50": "\uff0c", "\ufe10": "\uff0c", "\ufe51": "\u3001", "\ufe11": "\u3001", "\uff64": "\u3001",
    "\uff61": "\u3002", "\ufe12": "\u3002", "\ufe54": "\uff1b", "\ufe14": "\uff1b", "\ufe55": "\uff1a",
    "\ufe13": "\uff1a", "\ufe30": "\uff1a", "\ufe56": "\uff1f", "\ufe16": "\uff1f", "\ufe57": "\uff01",
    "\ufe15": "\uff01", "\ufe41": "\u201c", "\ufe42": "\u201d", "\ufe43": "\u201c", "\ufe44": "\u201d",
    "\uff62": "\u201c", "\uff63": "\u201d", "\ufe3d": "\u300a", "\ufe3e": "\u300b", "\ufe3f": "\u3008",
    "\ufe40": "\u3009",
}
_COMPAT_MARK = regex.compile(f"[{''.join(_COMPAT)}]")
# Marks typed in English mode or by Word after Chinese text: "." for 。 (before a line end,
# Chinese text or a closing quote), "．" for 。 at a paragraph end, "\" for 、 (the 、 key),
# the ratio sign ∶ for ：. A numeral marker (一.) is the outline's business, not a full stop.
_LOOKALIKE = regex.compile(
    # (a stop also after a closing mark that follows Chinese text, and next to a 。 it doubles:
    # 两岸“三通”.加强 / 制度.。 / 意见。.; a ． between Han only after a clause: 马克思．恩格斯 is · or 、)
    # (and after a percent sign or an English-mode ")" that closes Chinese text: 增长7.2%.下一步 / (试行).;
    # a stop typed twice "管理..完善" is one stop, three are an ellipsis, left to normalize_ellipsis_and_dash)
    r"(?<=\p{Han}[\u201d\u2019\uff09\u300b\u3002)]?|[0-9][%\uff05])(?P<stop>(?:[.\uff0e]|\.\.)(?=\n|\Z|\p{Han}|[\u201d\u2019\u3002]))"
    r"|(?<=\p{Han})(?:(?P<dun>[\\\uff3c](?=\p{Han}))|(?P<colon>\u2236(?![0-9])))")
_NUMERAL_MARKER = regex.compile(f"(?m)^[{chars.CHINESE_NUMERALS}]{{1,3}}$")
# "." closing a Chinese line after a figure (电话：0571-12345678.): no decimal point or version ends a
# line, and a figure run after a dot (2021.3.29., 192.168.1.1.) or a Latin letter (V2.) is none of it.
_OTHER_STOP = regex.compile(r"(?<![0-9])\.(?![0-9])")
_FIGURE_STOP = regex.compile(r"(?m)\.(?=[ \t]*$)(?<=\p{Han}[^\n]*?(?<![0-9A-Za-z._])[0-9]+\.)")
# A ． between Han after a short run (卡尔．马克思, 马克思．恩格斯) joins names: a sentence
# ending there runs longer than five characters since its last mark.
_NAME_DOT = regex.compile(r"(?<!\p{Han})\p{Han}{1,5}\uff0e$")
_DRIVE_PATH = regex.compile(r"[A-Za-z]:[\\\uff3c]")


@only_if(*_COMPAT, ".", "\uff0e", "\\", "\uff3c", "\u2236", "\u201a", "~", "\u301c", "\u223c", "-", "\u2010", "\u2013",
         "\u2212", "\uff0f", "\uff20", "\uff3f", pattern="[0-9],[0-9]|[Hh][Tt][Tt][Pp][Ss]?\uff1a")
def replace_lookalike_marks(text: str) -> Iterator[Edit]:
    """A look-alike or compatibility code point for a Chinese mark becomes the mark.

    Converters emit small or vertical forms (﹐ ︑ ｡ ﹕ ﹁﹂ ︽︾); an English-mode keyboard
    types "." for 。 and "\\" for 、; Word types the ratio sign ∶ for ：. Each has one reading
    after Chinese text. "1∶500" (a scale), "附件1.docx", "一.加强" and a Windows path stay.

    >>> from cleaner.edits import apply
    >>> t = "北京\\\\上海先行\\ufe50通知如下\\u2236比例1\\u2236500，加强管理."
    >>> apply(t, list(replace_lookalike_marks(t)))
    '北京、上海先行，通知如下：比例1∶500，加强管理。'
    >>> t = "联系电话：0571-12345678.\\n见2021.3.29.\\n版本V2.\\n[1] 王明. 基层治理[M]. 北京: 人民出版社, 2021."
    >>> out = apply(t, list(replace_lookalike_marks(t)))
    >>> out[:37], out.endswith("2021.")
    ('联系电话：0571-12345678。\\n见2021.3.29.\\n版本V2.', True)
    >>> t = "顺利完成.2022年继续推进，目标 . 下一步\\u201a3~5个"
    >>> apply(t, list(replace_lookalike_marks(t)))
    '顺利完成。2022年继续推进，目标。下一步，3～5个'
    """
    for m in _COMPAT_MARK.finditer(text):
        yield Edit(m.start(), m.end(), m.group(), _COMPAT[m.group()], "compatibility form of a Chinese mark")
    for m in _LOOKALIKE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.group("stop") and _NUMERAL_MARKER.fullmatch(text, line_start, m.start()):
            continue
        if m.group() == "\uff0e" and is_han(text[m.end():m.end() + 1]) and _NAME_DOT.search(text, line_start, m.end()):
            continue
        line_end = text.find("\n", m.start())
        if m.group("dun") and _DRIVE_PATH.search(text, line_start, len(text) if line_end < 0 else line_end):
            continue
        new = (chars.IDEOGRAPHIC_FULL_STOP if m.group("stop") else chars.IDEOGRAPHIC_COMMA if m.group("dun")
               else chars.FULLWIDTH_COLON)
        yield Edit(m.start(), m.end(), m.group(), new, "look-alike of a Chinese mark (GB/T 15834)")
    for m in _FIGURE_STOP.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _OTHER_STOP.search(text, line_start, m.start()):
            continue  # a line that stops with "." on purpose (a GB/T 7714 reference: 作者. 题名[M]. 北京: …, 2021.)
        yield Edit(m.start(), m.end(), ".", chars.IDEOGRAPHIC_FULL_STOP, "ASCII stop closing a Chinese line after a figure: U+3002")
    yield from _stop_comma_range_slips(text)


def _stop_comma_range_slips(text: str) -> Iterator[Edit]:
    """A stop before a figure or set apart by blanks, a low-9 comma, a "~" range, a 。 for a decimal
    point, a hyphen in a year range, commas between listed figures: the right mark.

    See :mod:`cleaner.punctslips` for the evidence each needs (the script on both sides); the
    spans never overlap the look-alikes above (those need the mark right against its neighbours).
    """
    for a, b in punctslips.stop_slips(text):
        yield Edit(a, b, text[a:b], chars.IDEOGRAPHIC_FULL_STOP, "a stop after Chinese text before the next sentence: U+3002")
    for i in punctslips.low_commas(text):
        yield Edit(i, i + 1, text[i], chars.FULLWIDTH_COMMA, "low-9 quotation mark U+201A between Chinese text: U+FF0C")
    for a, b in punctslips.range_tildes(text):
        yield Edit(a, b, text[a:b], chars.FULLWIDTH_TILDE, "range of figures in Chinese text: U+FF5E (GB/T 15834)")
    for i in punctslips.year_range_dashes(text):
        yield Edit(i, i + 1, text[i], chars.EM_DASH, "hyphen-like mark between the years of a period before 年: \u2014 (GB/T 15834)")
    for i in punctslips.listed_figure_commas(text):
        yield Edit(i, i + 1, ",", chars.IDEOGRAPHIC_COMMA,
                   "ASCII comma between figures listed before one Han unit (no thousands grouping): \u3001")
    for i, mark in punctstandard.address_marks(text):
        yield Edit(i, i + 1, text[i], mark, "full-width mark inside a URL or an e-mail address (scheme, www. or @, known domain) or before a file extension: ASCII")


def replace_mark_variants(text: str) -> Iterator[Edit]:
    """A variant code point of a Chinese mark, known by its Unicode properties, becomes the mark.

    Whatever the converter, a variant's compatibility decomposition or its name says the mark
    it stands for (﹙ ︵ → （, ﹝ → 〔, U+037E → ；, ꞉ → ：); in Chinese context that reading is
    unique. OCR's small circle for 。 ending a paragraph (管理o, 管理○) is read the same way, and
    so are marks known by their place (see :mod:`cleaner.markslips`): a document number's year
    in another bracket (国发[2021]12号), 丶 ヽ ` for 、 and a bullet or katakana dot for · between
    Han characters.

    >>> from cleaner.edits import apply
    >>> t = "规划\\ufe592021—2025年\\ufe5a实施\\ua789一是\\u037e二是，完善制度\\u25cb\\n时间9\\ufe5500"
    >>> apply(t, list(replace_mark_variants(t)))
    '规划（2021—2025年）实施：一是；二是，完善制度。\\n时间9﹕00'
    """
    doc_number = dict(markslips.doc_number_brackets(text))
    for i, old, new in markprops.variants(text):
        if i not in doc_number:
            yield Edit(i, i + 1, old, new, f"variant U+{ord(old):04X} of a Chinese mark: {new} (its Unicode decomposition or name)")
    for i in markprops.ocr_stops(text):
        yield Edit(i, i + 1, text[i], chars.IDEOGRAPHIC_FULL_STOP, "a small circle read for 。 at a paragraph end (OCR)")
    for i, mark in doc_number.items():
        yield Edit(i, i + 1, text[i], mark, "bracket of a document number's year (organ + year + serial + 号): 〔 〕 (GB/T 9704)")
    for i in markslips.dunhao_lookalikes(text):
        yield Edit(i, i + 1, text[i], chars.IDEOGRAPHIC_COMMA, f"look-alike U+{ord(text[i]):04X} of 、 between Chinese characters")
    for i in markslips.middle_dot_lookalikes(text):
        yield Edit(i, i + 1, text[i], chars.MIDDLE_DOT, f"centred dot U+{ord(text[i]):04X} between Chinese characters: the 间隔号 U+00B7")
