"""The outline of a document: its numbered markers by level (GB/T 9704), read-only.

一、 / （一） / 1. / （1）, 第一章 / 第一条 and 一是… at the start of a line; markers whose shape
shows a corruption (a lost bracket or numeral) are read too, with the corruption named.
``outline(text, damaged=True)`` also reads the shapes that are only *possibly* a damaged
marker ("三加强…" for "三、加强…", "5）" for "（5）"): those can be a style of their own or
running text ("十分重要"), and only the numbering rule, which sees their neighbours, may
use them. An empty （） is read as level two; the rule decides between （一） and （1）.
A line that opens an attachment (附件) is read as a boundary of the outline ("part").
Chinese numerals go through cn2an, loaded on first use.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from cleaner import chars
from cleaner.counts import MEASURE_LOOKALIKE, MEASURE_WORD
from cleaner.docmodel import Line, lines

_N = "一二三四五六七八九十百零〇"
_OPEN = "(\uff08"
_CLOSE = ")\uff09"
# What may follow a marker whose punctuation was lost: a heading's first character.
_BODY = r"[\p{Han}\d\u201c\u300a]"
_GAP = "[ \u3000]*+"
# A numeral lost to ? by a codepage step (the page wrote ⑶, ㈢ or a private-use glyph): "（?）", "?、", "第??条".
_QMARKS = "[?\uff1f]{0,3}+"
# (level, pattern, kind); the first pattern that matches a line's start wins.
_PATTERNS = (
    ("chapter", regex.compile(rf"^第([{_N}]++)章"), "ok"),
    ("chapter", regex.compile(rf"^第{_QMARKS}()章(?=[\s\p{{Han}}])"), "lost numeral"),
    ("article", regex.compile(rf"^第([{_N}]++)条"), "ok"),
    ("article", regex.compile(rf"^第{_QMARKS}()条(?=[\s\p{{Han}}])"), "lost numeral"),
    ("l2", regex.compile(rf"^[{_OPEN}]([{_N}]++)[{_CLOSE}]"), "ok"),
    ("l4", regex.compile(rf"^[{_OPEN}](\d{{1,2}})[{_CLOSE}]"), "ok"),
    ("l2", regex.compile(rf"^[{_OPEN}]{_QMARKS}()[{_CLOSE}](?={_BODY})"), "lost numeral"),
    # （三加强… or （三　加强…: the closing bracket lost, or a space typed in its place
    ("l2", regex.compile(rf"^[{_OPEN}]([{_N}]++)(?:[ \u3000]++(?=\p{{Han}})|(?=[^\W\d_{_N}{_CLOSE}]|\d{{4}}年))"),
     "lost closing bracket"),
    ("l2", regex.compile(rf"^([{_N}]++)[{_CLOSE}](?=\p{{Han}})"), "lost opening bracket"),
    ("l2", regex.compile(rf"^()[{_CLOSE}](?=\p{{Han}})"), "lost opening bracket and numeral"),
    ("l1", regex.compile(rf"^([{_N}]++)[\u3001]"), "ok"),
    ("l1", regex.compile(rf"^{_QMARKS}()[\u3001](?={_BODY})"), "lost numeral"),
    # (not 1.5 or 2、3: a figure, a list of figures; but 2、2009年…: no list of figures has a year in it)
    ("l3", regex.compile(r"^(\d{1,2})(?:[.\uff0e](?!\d)|\u3001(?!\d)|\u3001(?=\d{4}年))"), "ok"),
    ("shi", regex.compile(rf"^([{_N}]++)是"), "ok"),
)
# Shapes that are a damaged marker only if the neighbours say so (see the module docstring).
_POSSIBLY_DAMAGED = (
    ("article", regex.compile(rf"^([{_N}]++)条(?=[\s\p{{Han}}])"), "lost mark"),  # 三条　… for 第三条　…
    ("chapter", regex.compile(rf"^([{_N}]++)章(?=[\s\p{{Han}}])"), "lost mark"),
    ("article", regex.compile(rf"^第([{_N}]++)(?=[ \u3000\t])"), "lost mark"),  # 第三　… for 第三条　… (or 章)
    ("l4", regex.compile(r"^[(\uff08](\d{1,2})(?=\p{Han})"), "lost closing bracket"),
    ("l4", regex.compile(r"^(\d{1,2})[)\uff09](?=\p{Han})"), "half bracket"),  # 1）…: a style, or （1） damaged
    ("l3", regex.compile(r"^([lI])[.\uff0e](?=\p{Han})"), "letter for digit"),
    ("l1", regex.compile(rf"^([{_N}]++)[.\uff0e\uff0c,\uff1a:](?={_BODY})"), "misshapen mark"),
    ("l3", regex.compile(r"^(\d{1,2})[\uff0c,\uff1a:](?=\p{Han})"), "misshapen mark"),
    ("l1", regex.compile(rf"^([{_N}]++){_GAP}(?={_BODY})"), "lost mark"),
    ("l3", regex.compile(rf"^(\d{{1,2}}){_GAP}(?=\p{{Han}})"), "lost mark"),
    ("l3", regex.compile(r"^(\d{1,2})[.\uff0e](?=\d)"), "figure after it"),
)
# A heading: a short line with no sentence end ("三守牢安全底线，保障群众切身利益"), or a short
# first clause closed by one ("三加强领导。成立…"); never running text ("三年来，我们…。").
_HEADING = regex.compile(r"[^\u3002\uff1b\uff01\uff1f;!?]{1,40}+$"
                         r"|[^\u3002\uff1b\uff01\uff1f\uff0c\uff1a,;:!?]{1,40}+[\u3002\uff1b\uff01\uff1f;!?]")
# A bare heading: no sentence end at all ("加强领导", "守牢安全底线，保障群众切身利益").
_BARE_HEADING = regex.compile(r"[^\u3002\uff1b\uff01\uff1f;!?]{1,40}+$")
# A set phrase that counts: a numeral again right after one word ("六稳六保", "三严三实", "两学一做").
_SET_PHRASE = regex.compile(rf"\p{{Han}}[{_N}两]")
# The same with digits: a figure again within two words ("1对1帮扶", "2选1", "1村1品").
_DIGIT_PHRASE = regex.compile(r"\p{Han}{1,2}\d")
# Table cells come out of a page set apart by an ideographic space (or tabs, or wide gaps).
_CELLS = regex.compile("\u3000|\t| {2}")
_CHAPTER_TITLE = regex.compile(r"[ \u3000\t]*+[^\p{P}\s]{1,16}+$")
_PART = regex.compile(r"^附[ \u3000]*+[件表录]")
# The characters a marker can open with (besides decimal digits, which \d matches).
_FIRST = frozenset("第" + _N + _OPEN + _CLOSE + "\u3001?\uff1f")
_FIRST_DAMAGED = _FIRST | frozenset("lIO附\u2014\uff0d\u30fc\u30cb=\uff1d+\uff0b\u25cb\u3014\uff3b[\u3010\uff5b")
# Each level's counter starts again when one of these advances (article numbers run through
# the chapters of a text; 一是… lists start again under any marker).
PARENT = {"chapter": ("part",), "article": ("part",), "l1": ("part", "chapter", "article"),
          "l2": ("part", "chapter", "article", "l1"), "l3": ("part", "chapter", "article", "l1", "l2"),
          "l4": ("part", "chapter", "article", "l1", "l2", "l3"),
          "l5": ("part", "chapter", "article", "l1", "l2", "l3", "l4"),
          "shi": ("part", "chapter", "article", "l1", "l2", "l3", "l4", "l5"), "part": ()}
CHINESE = {"chapter", "article", "l1", "l2", "shi"}
# Kinds that are a marker only in the right place (a style of their own, or running text).
UNSURE = frozenset({"lost mark", "misshapen mark", "letter for digit", "look-alike numeral", "stroke look-alike",
                    "figure after it"})
# "20.2026年10件民生实事：", "21.5+2就业之家：": a point marker whose item opens with a figure reads as a
# decimal too; it is the marker only as the very number its list calls for, and it is never rewritten.
FIGURE_AFTER = "figure after it"
# Kinds of a whole marker in a style of its own (① ⑴ ⒈ ㈠, 〔一〕 ［1］, 1）): whole like "ok" where its
# siblings share the style, a stray (to be respelled like its siblings) where they do not.
STYLE = frozenset({"enclosed", "other bracket", "half bracket"})
WHOLE = STYLE | {"ok"}
# One-character enumerators (Unicode enclosed forms) by level: ⑴ is （1）, ⒈ is 1., ㈠ is （一）;
# circled numbers (① ❶ ➀ ➊ ⓵) are a level of their own below （1）.
ENCLOSED = {"l4": "".join(map(chr, range(0x2474, 0x2488))), "l3": "".join(map(chr, range(0x2488, 0x249C))),
            "l2": "".join(map(chr, range(0x3220, 0x322A))),
            "l5": "".join(map(chr, [*range(0x2460, 0x2474), *range(0x2776, 0x2794), *range(0x24F5, 0x24FF)]))}
_ENCLOSED_AT = {c: (level, k) for level, series in ENCLOSED.items() for k, c in enumerate(series)}


@cache
def numerals() -> dict[str, int]:
    """Chinese numeral -> value for 1..199 (cn2an, loaded on first use)."""
    import cn2an

    return {cn2an.an2cn(i): i for i in range(1, 200)}


def reads_back(level: str, value: int) -> bool:
    """Whether the marker for ``value`` at ``level`` is one :func:`read_marker` reads again
    (Chinese numerals are known up to 199): a repair never writes a marker the next round
    would repair once more.

    >>> reads_back("l2", 199), reads_back("l2", 200), reads_back("l3", 500)
    (True, False, True)
    """
    return level not in CHINESE or 0 < value <= len(numerals())


@cache
def numeral(value: int) -> str:
    import cn2an

    return cn2an.an2cn(value)


@dataclass(frozen=True, slots=True)
class Item:
    """One outline marker at the start of a line."""

    line: Line
    level: str
    observed: str  # the numeral as written ("" when lost)
    value: int | None
    kind: str  # "ok" or the corruption seen in the marker's shape
    end: int  # where the marker ends in the line

    def canonical(self, value: int) -> str:
        number = numeral(value) if self.level in CHINESE else str(value)
        return {
            "chapter": f"第{number}章", "article": f"第{number}条", "l1": f"{number}\u3001",
            "l2": f"{chars.FULLWIDTH_LEFT_PAREN}{number}{chars.FULLWIDTH_RIGHT_PAREN}",
            "l3": f"{number}.", "l4": f"{chars.FULLWIDTH_LEFT_PAREN}{number}{chars.FULLWIDTH_RIGHT_PAREN}",
            "shi": f"{number}是", "l5": ENCLOSED["l5"][value - 1] if value <= 20 else f"{number})",
        }[self.level]

    def enclosed(self, value: int) -> str | None:
        """The character for ``value`` in this enclosed marker's own series (② → ③, ❷ → ❸), if any."""
        level, k = _ENCLOSED_AT[self.observed]
        start, size = (0, 20) if level != "l5" or k < 20 else (20 + (k - 20) // 10 * 10, 10)
        series = ENCLOSED[level][start:start + size]
        return series[value - 1] if 0 < value <= len(series) else None

    def style(self) -> str:
        """The marker's shape with its numeral taken out (（N）, 〔N〕, or the enclosed series)."""
        if self.kind == "enclosed":
            return "enclosed" + str(self.enclosed(1))
        return style_of(self.line.text, self.observed, self.end)

    def spelled(self, value: int) -> str:
        """The numeral of ``value`` as this level writes it (一 or 1)."""
        return numeral(value) if self.level in CHINESE else str(value)


def style_of(line: str, observed: str, end: int) -> str:
    """The shape of the marker ``line[:end]`` with its numeral ``observed`` taken out: two
    markers of one list share it (（N） and （N）, not （N） and N.)."""
    return line[:end].replace(observed, "N", 1)


def outline(text: str, damaged: bool = False) -> list[Item]:
    """The outline markers of a text, in order (``damaged``: also the unsure shapes).

    >>> [(i.level, i.value, i.kind) for i in outline("一、总体要求\\n（一）加强领导。\\n、同心同力\\n（二十提升")]
    [('l1', 1, 'ok'), ('l2', 1, 'ok'), ('l1', None, 'lost numeral'), ('l2', 20, 'lost closing bracket')]
    >>> [(i.level, i.value, i.kind) for i in outline("三加强领导\\n十分重要", damaged=True)]
    [('l1', 3, 'lost mark'), ('l1', 10, 'lost mark')]
    """
    items = []
    for line in lines(text):
        marker = read_marker(line.text, damaged)
        if marker is not None:
            items.append(Item(line, *marker))
    return items


def is_heading(item: Item) -> bool:
    """Whether the text after the marker reads as a heading (see ``_HEADING``).

    >>> [is_heading(i) for i in outline("三守牢安全底线，保障群众切身利益\\n三年来，我们做了很多工作。", damaged=True)]
    [True, False]
    """
    return heading_at(item.line.text, item.end)


def heading_at(text: str, at: int) -> bool:
    """Whether ``text`` from ``at`` reads as a heading (see ``_HEADING``), for a head not yet an Item.

    >>> heading_at("?加强组织领导", 1), heading_at("?据统计，全年完成投资12亿元。", 1)
    (True, False)
    """
    return _HEADING.match(text, at) is not None


def is_bare_heading(item: Item) -> bool:
    """Whether the text after the marker is a heading with no sentence end in it.

    >>> [is_bare_heading(i) for i in outline("三加强领导\\n三加强领导。成立小组。", damaged=True)]
    [True, False]
    """
    return bare_heading_at(item.line.text, item.end)


def bare_heading_at(text: str, at: int) -> bool:
    """Whether ``text`` from ``at`` is a heading with no sentence end in it, for a head not yet an Item."""
    return _BARE_HEADING.match(text, at) is not None


def reads_as_count(item: Item) -> bool:
    """Whether the numeral of an unsure marker reads as a count or a date with what follows it.

    A numeral right before a measure word, a unit or a time word (cleaner/data/measure_words.txt,
    "3月底前", "3名干部", "四个意识", "三大攻坚战", "三年来"), or opening a set phrase that
    counts ("六稳六保"), is running text: a marker that lost its 、 or "." cannot be told from
    it by its shape. A noun that only begins like a measure word ("3项目建设") does not count.
    The list is broad (强 of "3强" opens 强化 too, 关 opens 关于), so a count asks for more
    evidence of a marker (the next sibling, a bare heading); it never decides alone.

    >>> [reads_as_count(i) for i in outline("3月底前完成\\n四个意识\\n六稳六保\\n三加快建设\\n3项目建设\\n1对1帮扶", damaged=True)]
    [True, True, True, False, False, True]
    """
    at = item.line.text.find(item.observed) + len(item.observed)
    text = item.line.text
    if MEASURE_LOOKALIKE.match(text, at):
        return False
    if MEASURE_WORD.match(text, at):
        return True
    if item.level in CHINESE:
        return _SET_PHRASE.match(text, at) is not None
    return _DIGIT_PHRASE.match(text, at) is not None


def read_marker(line: str, damaged: bool = False) -> tuple[str, str, int | None, str, int] | None:
    """(level, numeral as written, value, kind, end) of the marker opening ``line``, or None.

    >>> read_marker("（二十）加强基层"), read_marker("十分重要")
    (('l2', '二十', 20, 'ok', 4), None)
    >>> read_marker("（二三）加强基层")
    ('l2', '二三', None, 'misshapen numeral', 4)
    """
    if line and line[0] in _ENCLOSED_AT:
        level, k = _ENCLOSED_AT[line[0]]
        value = k + 1 if level != "l5" or k < 20 else (k - 20) % 10 + 1
        return level, line[0], value, "enclosed", 1
    if not line or not (line[0] in (_FIRST_DAMAGED if damaged else _FIRST) or line[0].isdecimal()):
        return None  # most lines: no pattern can match, none is tried
    if damaged and _AUTO_NUMBER.match(line):  # "3.\t三、…": Word's number before the typed marker
        prefixed = _read_prefixed(line)
        if prefixed is not None:
            return prefixed
    for level, pattern, kind in _PATTERNS:
        m = pattern.match(line)
        if m:
            observed = m.group(1)
            value = _value(observed, level)
            if observed and value is None:
                if kind != "ok" or level == "shi" or (level == "l1" and not _HEADING.match(line, m.end())):
                    return None  # "十分重要", "三四、五月份…" and the like: not a marker
                kind = "misshapen numeral"  # a marker's shape around a numeral that lost a character
            end = m.end()
            if kind == "ok" and not observed.isascii() and observed.isdecimal():
                kind = "full-width numeral"  # （３） among （2）（4）: repaired where the list is whole
            if kind == "ok" and level == "l1" and _counts_on(line, end, value):
                return None  # 一、二级预警… / 三、四月份…: numerals listed before a measure word, no marker
            if kind == "ok":
                doubled = _doubled(line, end)
                if doubled:
                    return level, observed, value, "doubled marker", doubled
            return level, observed, value, kind, end
    if damaged:
        return _read_look_alike(line) or _read_damaged(line)
    return None


_SPACES = " \u3000\t"
_NUMERAL_RUN = regex.compile(rf"(?:[{_N}]++\u3001)*+([{_N}]++)")


def _counts_on(line: str, end: int, value: int | None) -> bool:
    """Whether "X、" opens a list of numerals that counts on from X into a measure word ("一、二级",
    "三、四月份", "一、二、三类"): the numbers of a count, not an outline marker.

    >>> _counts_on("一、二级预警", 2, 1), _counts_on("三、四月份是", 2, 3), _counts_on("一、二〇二三年工作", 2, 1)
    (True, True, False)
    >>> _counts_on("二、三农工作", 2, 2), _counts_on("一、三年来", 2, 1)
    (False, False)
    """
    m = _NUMERAL_RUN.match(line, end)
    if m is None or value is None or numerals().get(m.group(1)) is None:
        return False  # 二〇二三年: a year, no count
    first = m.group(0).split("\u3001")[0]
    return first == numeral(value + 1) and MEASURE_WORD.match(line, m.end()) is not None


def _doubled(line: str, end: int) -> int:
    """Where a marker written twice ends ("（三）（三）加强…", "三、 三、加强…"), else 0.

    A point is left out: "3.3." numbers a section of its own.
    """
    marker = line[:end]
    if marker[-1] in ".\uff0e":
        return 0
    at = end
    while at < len(line) and line[at] in _SPACES:
        at += 1
    return at + end if line.startswith(marker, at) else 0


# Characters a numeral is mistaken for (OCR, input methods): 一 as a dash or ー, 二 as ニ or =,
# 十 as +, 〇 as a circle; 1 as l or I, 0 as O.
_LOOK_CN = str.maketrans({"\u2014": "一", "\uff0d": "一", "\u30fc": "一", "\u30cb": "二", "=": "二", "\uff1d": "二",
                          "+": "十", "\uff0b": "十", "\u25cb": "〇"})
_LOOK_AR = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})
# Another width or kind of bracket for （）, and full-width digits: 〔三〕 ［三］ [三] 【三】 ｛三｝ （３） ３.
_OTHER_OPEN = "\u3014\uff3b[\u3010\uff5b"
_OTHER_CLOSE = "\u3015\uff3d]\u3011\uff5d"
# A symbol font's or OCR's marks: ﹙ ❨ ⁽ for （, 丶 ヽ for 、, 。 · ﹒ ∙ for a marker's point.
_OTHER_OPEN += "\ufe59\u2768\u207d"
_OTHER_CLOSE += "\ufe5a\u2769\u207e"
_MARK_LIKE = {"\u4e36": "\u3001", "\u30fd": "\u3001", "\u3002": ".", "\u00b7": ".", "\ufe52": ".", "\u2219": "."}
_LOOK_SHAPE = str.maketrans({**dict(zip(_OTHER_OPEN + _OTHER_CLOSE + "".join(chr(0xFF10 + d) for d in range(10)),
                                        "\uff08" * len(_OTHER_OPEN) + "\uff09" * len(_OTHER_CLOSE) + "0123456789")),
                             **_MARK_LIKE})
# 第9条 / 第１２章: an article or chapter numbered in digits (its siblings decide).
_ARTICLE_DIGITS = regex.compile(r"^第([0-9\uff10-\uff19]{1,3})([章条])")
_HEAD = 8
# Other spellings a converter, an input method or a traditional-character source gives a numeral or
# a unit: financial capitals (叁 for 三), Roman numerals (Ⅲ), pinyin homophones (山 for 三, 调 for 条),
# 條 for 条; letters of a list style for 1. / （1） (c. for 3.). Each is read only as a look-alike.
_CAPITALS = "壹一贰二貳二叁三參三肆四伍五陆六陸六柒七捌八玖九拾十"
_ROMANS = "Ⅰ一Ⅱ二Ⅲ三Ⅳ四Ⅴ五Ⅵ六Ⅶ七Ⅷ八Ⅸ九Ⅹ十"
_HOMOPHONES = "衣一以一已一亿一而二儿二尔二山三伞三散三寺四似四死四午五吴五武五舞五溜六其七期七齐七吧八把八巴八就九久九酒九"
_UNITS = "條条调条跳条挑条张章掌章账章弟第递第"  # 弟 / 递 for 第: the same pinyin (di)
# OCR of a numeral that lost or gained a stroke: 人 / 入 for 八, 大 for 六, 千 / 干 for 十, 王 for 五.
# Each is also a word that opens a line with 、 (大、中型水库, 人、财、物; the round-10 review): such a
# line is never repaired, it only holds the sequence (no tail is shifted past it).
_STROKES = "人八入八大六千十干十匕七王五"
_LOOK_STROKE = str.maketrans(dict(zip(_STROKES[::2], _STROKES[1::2])))
STROKE = "stroke look-alike"
_LOOK_SPELLING = str.maketrans(dict(zip((_CAPITALS + _ROMANS + _UNITS)[::2], (_CAPITALS + _ROMANS + _UNITS)[1::2])))
_LOOK_SOUND = str.maketrans(dict(zip(_HOMOPHONES[::2], _HOMOPHONES[1::2])))
_LOOK_LETTER = str.maketrans(dict(zip("abcdefghiABCDEFGH", "12345678912345678")))
# Something typed before a whole marker: a list bullet (●三、), the number of Word's automatic list
# (3.\t三、, (3) （三）), an ordinal 第 its siblings lack (第三、, （第三）).
_BULLET = regex.compile(r"^[\u25cf\u00b7\u25a0\u25c6\u2022\u25b2\u2605\u25cb\u25c7\u203b\-][ \u3000\t]*+")
_AUTO_NUMBER = regex.compile(r"^(?:(\d{1,2})[.\uff0e)\uff09\u3001]|[(\uff08](\d{1,2})[)\uff09])[ \u3000\t]*+"
                             r"(?=[第\uff08(一二三四五六七八九十])")  # the brackets may be widened first
_ORDINAL = regex.compile(r"^([(\uff08]?+)第(?=[一二三四五六七八九十\d]++[\u3001.\uff0e)\uff09])")
_ORDINAL_LIST = regex.compile(r"[ \u3000]*+第")
_FIRST_DAMAGED = _FIRST_DAMAGED | frozenset(_OTHER_OPEN) | frozenset((_CAPITALS + _ROMANS + _HOMOPHONES + _STROKES)[::2] + "abcdefghiABCDEFGH"
                                           + "\u25cf\u00b7\u25a0\u25c6\u2022\u25b2\u2605\u25c7\u203b-(VX\u5f1f\u9012")


def _read_look_alike(line: str) -> tuple[str, str, int | None, str, int] | None:
    """A whole marker once its numeral's look-alike characters are read as digits ("（十—）", "ニ、", "1O.").

    Unsure (a style of its own is impossible, but running text may open with such a
    character): the numbering rule takes it only where the sequence expects that number.
    """
    digits = _ARTICLE_DIGITS.match(line)
    if digits:
        observed = digits.group(1)
        level = "chapter" if digits.group(2) == "\u7ae0" else "article"
        return level, observed, int(observed), "look-alike numeral", digits.end()
    prefixed = _read_prefixed(line) or _read_roman(line)
    if prefixed is not None:
        return prefixed
    head = line[:_HEAD]
    for table in (_LOOK_CN, _LOOK_AR, _LOOK_SHAPE, _LOOK_SPELLING, _LOOK_SOUND, _LOOK_LETTER, _LOOK_STROKE):
        fixed = head.translate(table)
        if fixed == head:
            continue
        found = read_marker(fixed + line[_HEAD:])
        changed = next(i for i, (a, b) in enumerate(zip(head, fixed)) if a != b)
        bracket = table is _LOOK_SHAPE and head[0] in _OTHER_OPEN
        if found and bracket and found[3] in ("ok", "lost numeral"):
            level, observed, value, kind, end = found  # 〔三〕 a style of its own, 〔〕 a numeral lost
            return level, observed, value, "other bracket" if kind == "ok" else kind, end
        if found and found[3] == "ok" and changed < found[4] and found[0] != "shi":
            level, observed, value, _, end = found
            return level, observed, value, STROKE if table is _LOOK_STROKE else "look-alike numeral", end
    return None


def _read_prefixed(line: str) -> tuple[str, str, int | None, str, int] | None:
    """A whole marker behind a bullet, an automatic list number of the same count, or an ordinal 第
    ("●三、", "3.\t三、", "第三、", "（第三）"): read as a look-alike that spans the prefix.

    >>> _read_prefixed("● （三）加强"), _read_prefixed("3.\\t三、加强"), _read_prefixed("2.\\t三、加强")
    (('l2', '三', 3, 'look-alike numeral', 5), ('l1', '三', 3, 'look-alike numeral', 5), None)
    >>> _read_prefixed("（第三）加强"), _read_prefixed("第三、第四季度"), _read_prefixed("第三条　甲")
    (('l2', '三', 3, 'look-alike numeral', 4), None, None)
    """
    for pattern in (_BULLET, _AUTO_NUMBER, _ORDINAL):
        m = pattern.match(line)
        if m is None:
            continue
        rest = m.group(1) + line[m.end():] if pattern is _ORDINAL else line[m.end():]
        found = read_marker(rest)
        if found is None or found[3] != "ok" or found[0] == "shi":
            return None
        if pattern is _ORDINAL and _ORDINAL_LIST.match(rest, found[4]):
            return None  # 第三、第四季度: a list of ordinals, not a marker
        level, observed, value, _, end = found
        if pattern is _AUTO_NUMBER and int(m.group(1) or m.group(2)) != value:
            return None  # Word's own number counts the same items
        return level, observed, value, "look-alike numeral", end + len(line) - len(rest)
    return None


# Roman numerals typed in ASCII letters (IV、 （VII）): a converter's or a template's list style.
# A lone I stays the look-alike of 1 (_LOOK_AR).
_ROMAN_ASCII = regex.compile(r"^([(\uff08]?+)(X{0,2}+(?:IX|IV|V?+I{0,3}+))(?=[)\uff09\u3001.\uff0e])")
_ROMAN_DIGIT = {"I": 1, "V": 5, "X": 10}


def _read_roman(line: str) -> tuple[str, str, int | None, str, int] | None:
    """A Chinese-level marker written in ASCII Roman numerals, read as a look-alike.

    >>> _read_roman("（IV）加强"), _read_roman("VII、加强"), _read_roman("I、加强"), _read_roman("IV.1 x")
    (('l2', 'IV', 4, 'look-alike numeral', 4), ('l1', 'VII', 7, 'look-alike numeral', 4), None, None)
    """
    m = _ROMAN_ASCII.match(line)
    if m is None or m.group(2) in ("", "I"):
        return None
    digits = [_ROMAN_DIGIT[c] for c in m.group(2)]
    value = sum(-d if i + 1 < len(digits) and d < digits[i + 1] else d for i, d in enumerate(digits))
    if not 1 <= value <= 20:
        return None
    rest = m.group(1) + numeral(value) + line[m.end():]
    found = read_marker(rest)
    if found is None or found[3] != "ok" or found[0] not in ("l1", "l2"):
        return None
    return found[0], m.group(2), value, "look-alike numeral", found[4] + len(line) - len(rest)


def opens_part(line: str) -> bool:
    """Whether ``line`` opens an attachment (附件2, 附表), a boundary every list restarts after."""
    return _PART.match(line) is not None


def _read_damaged(line: str) -> tuple[str, str, int | None, str, int] | None:
    if opens_part(line):
        return "part", "", None, "ok", 0
    for level, pattern, kind in _POSSIBLY_DAMAGED:
        m = pattern.match(line)
        if m:
            observed = m.group(1)
            value = 1 if kind == "letter for digit" else _value(observed, level)
            # past the gap that stands for the mark (第三　…, 三　加强…): a cell gap comes after it
            cells_from = m.end() + 1 if level in ("article", "chapter") else m.end()
            if value is None or (kind == "lost mark" and _CELLS.search(line, cells_from)):
                return None  # "1　梅山高速　68公里": a table row's number cell, not a list item
            if line.startswith("第") and kind == "lost mark" and _CHAPTER_TITLE.match(line, m.end()):
                level = "chapter"  # 第三　监督管理: a short bare title is a chapter's, a sentence an article's
            return level, observed, value, kind, m.end()
    return None


def _value(observed: str, level: str) -> int | None:
    if not observed:
        return None
    if level in CHINESE:
        return numerals().get(observed)
    return int(observed)
