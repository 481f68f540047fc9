"""Quotation marks and brackets: convert straight quotes, restore a lost 《, flag what does not pair.

A fix is made only when the pairing has one answer: straight quotes that pair, among
themselves or with the curly quotes on their line, in Chinese text; a 》 closing a title
that the document states elsewhere, or whose shape (a document's name, one place its
clause lets it start) admits one opening. Everything else that does not balance within
its paragraph is flagged with its span, never guessed.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from cleaner import chars
from cleaner.docmodel import lines, size
from cleaner.quoteinner import inner_single_marks, nested_title_marks, swapped_nesting_marks
from cleaner.quotemarks import straight_quote_edits
from cleaner.quoteslips import lookalike_edits, quote_like_pattern, slip_edits
from cleaner.scanning import LastMark
from cleaner.textutil import ANY_HAN, only_if
from cleaner.titleshape import (
    LONGEST_NAME,
    bracketed_titles,
    name_end,
    quote_pair_edits,
    quoted_titles,
    shaped_start,
    stated_titles,
    title_kinds,
    title_pair_edits,
    title_start,
)
from cleaner.types import Edit, Flag


def convert_straight_quotes(text: str) -> Iterator[Edit]:
    """Straight quotes in Chinese text become “ ” (and ‘ ’) when they pair up unambiguously.

    Double quotes pair with each other and with the curly quotes already on the line
    (“两客一危" is an opening curly quote closed by a straight one); a line where they do not
    pair, or that looks like markup or code, is left alone. A pair converts when it holds
    Chinese text or stands in it ("12393" between Han characters). A mark right after a
    figure, with no quotation open, is a unit (东经120°10'20", 27"显示器: minutes, seconds,
    inches): it is no quotation mark and does not count for the pairing.

    >>> from cleaner.edits import apply
    >>> t = '评选"名院、名科、名医"活动和“首都名中医"，畅通"12393"热线'
    >>> apply(t, list(convert_straight_quotes(t)))
    '评选“名院、名科、名医”活动和“首都名中医”，畅通“12393”热线'
    >>> list(convert_straight_quotes('他说"好。')) + list(convert_straight_quotes('<p style="a">中</p>'))
    []
    >>> list(convert_straight_quotes("坐标为东经120°10'，北纬30°15'。采购27\\"显示器，21\\"显示器"))
    []
    """
    yield from straight_quote_edits(text)


@only_if("\u201e", "''", "``", "\u00b4\u00b4", "\uff07\uff07", "\u2018\u2018", "\u3003", "\u02ba", '\\"', "\\u", "<<",
         "\uff1c\uff1c", ">>", "\uff1e\uff1e", "\u226a", "\u27ea", pattern=quote_like_pattern())
def normalize_mark_lookalikes(text: str) -> Iterator[Edit]:
    """Marks that stand for “ ” or 《 》 become them where the line then pairs up.

    German marks „…“ (a converter or a foreign keyboard), two apostrophes for each double
    quote ''…'' / ＇＇…＇＇ (a typewriter habit), the ditto mark or double prime 〃…〃 beside Chinese
    text (picked from the IME symbol table), quotes left as JSON escapes \\"…\\" or \\u201c
    (a scraper that saved an API's string undecoded), and title marks typed as doubled
    less/greater-than signs <<…>> / ＜＜…＞＞ (or one of them with 《 / 》), and quotation marks of
    other code points that Unicode names so (‟…”, ❝…❞, ‶…″, ‚…‘). The repaired line's
    double quotes must alternate and its brackets and title marks pair (cleaner.quoteslips).

    >>> from cleaner.edits import apply
    >>> t = "加大\u201e三农\u201c投入，落实''约法三章''，制定\uff1c\uff1c民宿办法\uff1e\uff1e"
    >>> apply(t, list(normalize_mark_lookalikes(t)))
    '加大“三农”投入，落实“约法三章”，制定《民宿办法》'
    >>> apply(t := '贯彻\\\\"一国两制\\\\"方针和\\\\u201c户户通\\\\u201d工程', list(normalize_mark_lookalikes(t)))
    '贯彻“一国两制”方针和“户户通”工程'
    >>> list(normalize_mark_lookalikes("if a<<b and c>>d; it''s 〃 〃"))
    []
    """
    yield from lookalike_edits(text)


@only_if("\u201c\u201c", "\u201d\u201d", "\u201c\u201d\u201c", "\u201d\u201c\u201d", "\u2018", "\u2019", "'", "\u300a", "\u300b",
         pattern="\u201c[^\u201d\n]*\u201c|\u201d[^\u201c\n]*\u201d")
def repair_mark_slips(text: str) -> Iterator[Edit]:
    """A quotation or title with one wrong mark is repaired where the line then pairs up.

    One mark typed twice (““三个代表”, “港人治港””), a double quotation closed or opened with a
    single mark (“三个高于’, ‘十一五”: the IME toggles ‘ and “ on one key), a title closed
    or opened with a parenthesis (《安全生产法）, （安全生产法》: the neighbouring key). A ’ that
    closes an open ‘, and a ‘ inside an open “, are nested quotations, not slips; a quotation
    inside a quotation typed with double marks (“要落实“放管服”要求”) gets ‘ ’ (GB/T 15834).

    >>> from cleaner.edits import apply
    >>> t = "高举““三个代表”重要思想，确保“三个高于\u2019，落实《安全生产法）"
    >>> apply(t, list(repair_mark_slips(t)))
    '高举“三个代表”重要思想，确保“三个高于”，落实《安全生产法》'
    >>> list(repair_mark_slips("他说：“要落实‘三个必须’要求。”（见《通知》）"))
    []
    """
    yield from slip_edits(text)


# Marks typed for a title's 《 》: single angle brackets (〈 〉 belong inside 《 》 only),
# less-than and greater-than signs (＜ ＞ < >), single guillemets (‹ ›).
_ANGLE_OPEN = "\u3008\uff1c<\u2039"
_ANGLE_CLOSE = "\u3009\uff1e>\u203a"
_ANGLE_MARKS = regex.compile(f"[{_ANGLE_OPEN}{_ANGLE_CLOSE}\u300a\u300b]")
_SIGNS = "<>\uff1c\uff1e"
_NOT_IN_NAME = regex.compile("[\u3002\uff0c\uff1b\uff1a\uff01\uff1f,;:!?=/\"'<>]")


def convert_angle_titles(text: str) -> Iterator[Edit]:
    """A title set in angle marks outside any 《 》 gets 《 》 (〈…〉, ＜…＞, <…>, ‹…›, 《…〉).

    Single angle brackets belong inside 《 》 only; signs and guillemets are typed for them,
    and a pair may mix one 《 or 》 with one of them.

    The marks pair on their line; a pair converts when it stands at the top level (〈 〉
    inside an open 《 is the nested title mark, right as it is) and what it holds reads as
    a name: it opens with a Han character, holds one, and holds no clause mark or markup
    ("a<b>c", "<p style=…>" never do). Less-than and greater-than signs also serve as
    brackets (学会协会<省级分会>): between them the name must end like a document's
    (…条例, …方案, …规划: ``data/title_kinds.txt``).

    >>> from cleaner.edits import apply
    >>> t = "认真实施〈中国制造2025〉和＜宗教事务条例＞，发布了《政策与行动〉白皮书，《关于〈规划〉的说明》"
    >>> apply(t, list(convert_angle_titles(t)))
    '认真实施《中国制造2025》和《宗教事务条例》，发布了《政策与行动》白皮书，《关于〈规划〉的说明》'
    >>> list(convert_angle_titles("当x<5且y>3时，学会协会<省级分会>认证"))
    []

    〈 〉 before a lone 》 on the line are the nested marks of a title whose 《 was lost: they stay.

    >>> list(convert_angle_titles("贯彻关于〈安全生产法〉的实施意见》"))
    []
    """
    for i, new in nested_title_marks(text):
        yield Edit(i, i + 1, text[i], new, "inner marks of a title nested in a title: \u3008 \u3009 (GB/T 15834 4.15.3)")
    if not regex.search(f"[{_ANGLE_OPEN}{_ANGLE_CLOSE}]", text):
        return
    for line in lines(text):
        stack: list[int] = []
        strays = _unmatched(line.text, chars.LEFT_TITLE_MARK, chars.RIGHT_TITLE_MARK)[1]
        for m in _ANGLE_MARKS.finditer(line.text):
            i, c = m.start(), m.group()
            if c in _ANGLE_OPEN or c == chars.LEFT_TITLE_MARK:
                stack.append(i)
                continue
            if not stack:
                continue
            a = stack.pop()
            if stack or (line.text[a] == chars.LEFT_TITLE_MARK and c == chars.RIGHT_TITLE_MARK):
                continue  # nested (〈 〉 inside 《 》), or a right pair already
            if line.text[a] == chars.LEFT_ANGLE and c == chars.RIGHT_ANGLE and any(k > i for k in strays):
                continue  # 关于〈…〉的意见》: the nested mark of a title whose 《 was lost (restore_title_mark)
            inner = line.text[a + 1:i]
            if not (inner and ANY_HAN.match(inner) and size(inner) <= LONGEST_NAME) or _NOT_IN_NAME.search(inner):
                continue
            signs = line.text[a] in _SIGNS or c in _SIGNS
            if signs and not any(inner.endswith(kind) for kind in title_kinds()):
                continue  # signs serve as brackets too (学会协会<省级分会>): only a document's name is sure
            reason = "a title set in angle brackets or signs: \u300a \u300b (GB/T 15834)"
            for at, new in ((a, chars.LEFT_TITLE_MARK), (i, chars.RIGHT_TITLE_MARK)):
                if line.text[at] != new:
                    yield Edit(line.start + at, line.start + at + 1, line.text[at], new, reason)


_CLAUSE_START = regex.compile("[\u3001\u3002\uff0c\uff1b\uff1a\uff01\uff1f\u201c\u201d\uff08\uff09\u300a\u300b]")


def restore_title_mark(text: str) -> Iterator[Edit]:
    """A 》 with no 《 gets its 《 back where the title it closes can only start at one place.

    Either the title is stated elsewhere in the document (as a line of its own, inside 《 》,
    or after 印发 in the document's title), or the shape gives it: the text before 》 ends
    like the name of a law, plan or form (…法, …条例, …方案, …表: ``data/title_kinds.txt``),
    and the clause it stands in offers exactly one start: right after the verb that governs
    it (根据, 落实, 印发, 填写 …: ``data/title_verbs.txt``), after 和 / 及 right after another title, at 关于,
    or at the start of a clause that a list opens (、 “ （ or the line's start). Two
    candidate starts (根据市政府印发的实施方案》: after 根据 or after 印发的) or none leave the
    lone 》 for :func:`flag_unbalanced`; so does a start at the line's start when the line
    before leaves a 《 open (a long title broken across lines, not a lost mark).

    >>> from cleaner.edits import apply
    >>> t = "关于印发2021年工作要点的通知\\n2021年工作要点》已经研究通过，现印发给你们。\\n2021年工作要点"
    >>> apply(t, list(restore_title_mark(t)))
    '关于印发2021年工作要点的通知\\n《2021年工作要点》已经研究通过，现印发给你们。\\n2021年工作要点'
    >>> t = "为改善空气质量，根据空气质量持续改善行动计划》和省有关要求，制定本方案。"
    >>> apply(t, list(restore_title_mark(t)))
    '为改善空气质量，根据《空气质量持续改善行动计划》和省有关要求，制定本方案。'
    """
    if chars.RIGHT_TITLE_MARK not in text:
        return
    doc = lines(text)
    known, longest = None, 0  # the stated titles (and the longest's length), gathered once a stray 》 is found
    for k, line in enumerate(doc):
        if chars.RIGHT_TITLE_MARK not in line.text:
            continue
        # A 《 left open on the line before: the title may run on to this line's 》, so a
        # start at this line's start is no start (the break, not a lost mark, split it).
        continued = k > 0 and bool(_unmatched(doc[k - 1].text, chars.LEFT_TITLE_MARK, chars.RIGHT_TITLE_MARK)[0])
        clause_start = LastMark(_CLAUSE_START, line.text)  # strays come left to right: read once
        for pos in _unmatched(line.text, chars.LEFT_TITLE_MARK, chars.RIGHT_TITLE_MARK)[1]:
            if known is None:
                known = stated_titles(doc)
                longest = max(map(len, known), default=0)
            core = name_end(line.text, pos)
            clause = clause_start.end_before(core)
            stated = title_start(line.text, pos, known, max(clause, pos - longest))
            shaped, cue, governed = shaped_start(line.text, pos, core, clause)
            if continued and 0 in (shaped, stated):
                continue
            if shaped is not None and (stated is None or governed and shaped < stated):
                # a longer name than the one stated (…规划纲要草案》, stated as 《纲要草案》: its short form)
                yield Edit(line.start + shaped, line.start + shaped, "", chars.LEFT_TITLE_MARK,
                           f"《 restored: {line.text[shaped:pos]!r} ends like a document's name and {cue}")
            elif stated is not None:
                yield Edit(line.start + stated, line.start + stated, "", chars.LEFT_TITLE_MARK,
                           f"《 restored: the document states the title {line.text[stated:pos]!r} elsewhere")


def _unmatched(line: str, opening: str, closing: str) -> tuple[list[int], list[int]]:
    """Positions of openings never closed and of closings never opened, in ``line``."""
    open_at: list[int] = []
    stray: list[int] = []
    # Visit the marks only, not every character, and each once (looking for the next of
    # each kind from every mark walks to the line's end per mark when one kind is absent).
    for m in _either(opening, closing).finditer(line):
        i = m.start()
        if line[i] == opening:
            open_at.append(i)
        elif open_at:
            open_at.pop()
        else:
            stray.append(i)
    return open_at, stray


@lru_cache(maxsize=None)
def _either(opening: str, closing: str) -> regex.Pattern:
    return regex.compile(f"[{regex.escape(opening)}{regex.escape(closing)}]")


# "1）加强领导；2）压实责任": a closing bracket after a short number is a list marker.
_LIST_MARKER = regex.compile(
    r"(?:^|(?<=[\s;,:\u3001\u3002\uff0c\uff1b\uff1a]))(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[A-Za-z])[)\uff09]"
)


def flag_unbalanced(text: str) -> Iterator[Flag]:
    """Quotes and brackets that do not pair within their paragraph are flagged (“ ” ‘ ’ 《 》 （ ） 【 】).

    A closing bracket that serves as a list marker ("1）") is not a stray.

    >>> [(f.start, f.reason) for f in flag_unbalanced("大力培育医心党建”“健康学院”等品牌")]
    [(8, 'closing ” without its opening “ in this paragraph')]
    >>> list(flag_unbalanced("增强“四个意识”、坚定“四个自信”。"))
    []

    A quotation of several paragraphs opens each of them with “ and closes only the last
    (GB/T 15834): its paragraphs are one quotation, not unclosed ones.

    >>> list(flag_unbalanced("他指出：“要加强领导。\\n“要完善制度。\\n“要压实责任。”"))
    []

    So is a passage or list quoted line by line, opened once and closed once a few lines on:

    >>> list(flag_unbalanced("文件明确了三项要求：\\n“1.明确整改时限；\\n2.建立问题清单；\\n3.定期通报进展。”"))
    []
    """
    yield from _odd_straight_quotes(text)
    if not any(c in text for pair in chars.PAIRS.items() for c in pair):
        return
    doc = lines(text)
    continued = _quoted_paragraphs(doc) if chars.LEFT_DOUBLE_QUOTE in text else frozenset()
    for k, line in enumerate(doc):
        markers = {m.end() - 1 for m in _LIST_MARKER.finditer(line.text)}
        for opening, closing in chars.PAIRS.items():
            if opening not in line.text and closing not in line.text:
                continue
            open_at, stray = _unmatched(line.text, opening, closing)
            if opening == chars.LEFT_DOUBLE_QUOTE and k in continued:
                continue
            for i in open_at:
                yield Flag(line.start + i, line.start + i + 1, f"opening {opening} never closed in this paragraph")
            for i in stray:
                if i in markers:
                    continue
                yield Flag(line.start + i, line.start + i + 1, f"closing {closing} without its opening {opening} in this paragraph")


# A straight double quote that is a quotation mark: not a second or inch mark after a figure.
_QUOTING_STRAIGHT = regex.compile('(?<![0-9\u00b0\u2032])["\uff02]')


# A " standing alone as a table's cell, blanks or tabs on both sides: a ditto mark (同上), no quote.
_DITTO = regex.compile('(?:(?<=[ \t\u3000])|(?<=^))["\uff02](?=[ \t\u3000]|$)')


def _odd_straight_quotes(text: str) -> Iterator[Flag]:
    """Straight double quotes the converter left in a Chinese paragraph, odd in number: one of
    them lost its partner and which one cannot be told (推进"放管服"改革，叫响"最多跑一次。).

    >>> [(f.start, f.end) for f in _odd_straight_quotes('推进"放管服"改革，叫响"最多跑一次。\\n采购27"显示器')]
    [(2, 13)]
    >>> list(_odd_straight_quotes('推进"放管服\\n"改革。\\n2 李四 " 科员'))
    []
    """
    if '"' not in text and "\uff02" not in text:
        return
    doc = lines(text)
    marks = [[m.start() for m in _QUOTING_STRAIGHT.finditer(line.text) if not _DITTO.match(line.text, m.start())]
             for line in doc]
    wrapped = set()  # 推进"放管服⏎"改革: a quotation wrapped over a line break without a sentence end pairs across it
    for k in range(len(doc) - 1):
        if (k not in wrapped and len(marks[k]) % 2 and len(marks[k + 1]) % 2
                and not _PARAGRAPH_END.search(doc[k].text.rstrip())):
            wrapped.update((k, k + 1))
    for k, line in enumerate(doc):
        at = marks[k]
        if k not in wrapped and len(at) % 2 and ANY_HAN.search(line.text) and not regex.search(r"[<>{}=]", line.text):
            yield Flag(line.start + at[0], line.start + at[-1] + 1,
                       "straight quotation marks that do not pair in this paragraph (one lost its partner)")


_PARAGRAPH_END = regex.compile("[\u3002\uff01\uff1f\u2026]\\Z")
_DOUBLE_MARKS = regex.compile("[\u201c\u201d]")
_CLOSES_PARAGRAPH = regex.compile("\u201d[\u3002\uff01\uff1f]?\\Z")


def _quoted_paragraphs(doc) -> frozenset[int]:
    """Lines that open or continue a quotation of several paragraphs.

    The first ends with a sentence, its last quotation mark a “ that stays open; each next
    one opens with “ and holds no other mark; the last ends with ” (”。) and is the only
    closing of the run. A passage or list quoted line by line is one too: a line whose only
    mark is “, lines with no mark, and a line ending on its only mark ” (``_quoted_lines_end``).
    A run that does not close that way is left to the flags.
    """
    found: set[int] = set()
    k = 0
    while k < len(doc):
        first, j = doc[k].text.rstrip(), k + 1  # each line is read once: k goes on from j
        marks = _DOUBLE_MARKS.findall(first)
        opens_run = (marks and marks[-1] == chars.LEFT_DOUBLE_QUOTE and _PARAGRAPH_END.search(first)
                     and len(_unmatched(first, chars.LEFT_DOUBLE_QUOTE, chars.RIGHT_DOUBLE_QUOTE)[0]) == 1)
        if marks == [chars.LEFT_DOUBLE_QUOTE]:
            end = _quoted_lines_end(doc, k)
            if end is not None:  # a quoted list or passage broken into lines: one quotation
                found.update(range(k, end + 1))
                k = end + 1
                continue
        while opens_run and j < len(doc) and doc[j].text.startswith(chars.LEFT_DOUBLE_QUOTE):
            part = doc[j].text.rstrip()
            inner = _DOUBLE_MARKS.findall(part, 1)
            if not inner and _PARAGRAPH_END.search(part):
                j += 1  # a middle paragraph: opened, not closed
                continue
            if inner == [chars.RIGHT_DOUBLE_QUOTE] and _CLOSES_PARAGRAPH.search(part):
                found.update(range(k, j))
            break
        k = j
    return frozenset(found)


_QUOTED_LINES = 8  # lines of a quoted passage broken into lines ("1.…；⏎2.…；⏎3.…。”)


def _quoted_lines_end(doc, k: int) -> int | None:
    """The line that closes a quotation opened by the single “ of line ``k`` a few lines on,
    the lines between holding no double mark at all; or None. A list quoted item by item
    ("“1.明确整改时限；⏎2.建立问题清单；⏎3.定期通报进展。”") is one quotation, not two strays."""
    for j in range(k + 1, min(len(doc), k + 1 + _QUOTED_LINES)):
        marks = _DOUBLE_MARKS.findall(doc[j].text)
        if marks == [chars.RIGHT_DOUBLE_QUOTE] and _CLOSES_PARAGRAPH.search(doc[j].text.rstrip()):
            return j
        if marks:
            return None
    return None


def repair_quote_pairs(text: str) -> Iterator[Edit]:
    """A pair of “ ” turned round (”…“) or with one mark twice (“…“) becomes “…”, and so does a top-level ‘…’.

    Only where the line's marks read as consecutive pairs, one pair is wrong, and it encloses
    a short phrase with no sentence end (titleshape.quote_pair_edits).

    >>> from cleaner.edits import apply
    >>> t = "推进\u201d两客一危\u201c整治，开展\u201c双随机\u201d检查"
    >>> apply(t, list(repair_quote_pairs(t)))
    '推进“两客一危”整治，开展“双随机”检查'
    >>> list(repair_quote_pairs("他说：\u201c要落实\u2018三个必须\u2019要求。\u201d"))
    []
    """
    yield from quote_pair_edits(text)
    for i, new in swapped_nesting_marks(text):
        yield Edit(i, i + 1, text[i], new, "a quotation nested single outside, double inside: \u201c\u2026\u2018\u2026\u2019\u2026\u201d (GB/T 15834 4.5.3.2)")
    for i, new in inner_single_marks(text):
        yield Edit(i, i + 1, text[i], new, "single marks of a quotation inside \u201c\u2026\u201d the wrong way: \u2018\u2026\u2019 (GB/T 15834 4.5.3.2)")


def repair_title_pairs(text: str) -> Iterator[Edit]:
    """Title marks turned round (》…《), doubled (《《…》, 《…》》) or closed with 《 become one 《…》.

    Only where every other title mark of the line pairs (titleshape.title_pair_edits).

    >>> from cleaner.edits import apply
    >>> [apply(t, list(repair_title_pairs(t))) for t in ("根据\u300b安全生产法\u300a规定", "印发\u300a\u300a实施方案\u300b的通知")]
    ['根据《安全生产法》规定', '印发《实施方案》的通知']
    >>> list(repair_title_pairs("《中华人民共和国《宪法》》"))
    []
    """
    yield from title_pair_edits(text)



def flag_quoted_titles(text: str) -> Iterator[Flag]:
    """A document's name in quotation marks after the verb that cites it is flagged: 《 》 belong there.

    Not fixed: a quotation can end like a name (titleshape.quoted_titles has the shape).

    >>> [(f.start, f.end) for f in flag_quoted_titles("根据\u201c关于加强安全生产工作的意见\u201d要求")]
    [(2, 17)]

    A name in 【】 / 〔〕 / ［］ right after such a verb is flagged too (titleshape.bracketed_titles).

    >>> [(f.start, f.end) for f in flag_quoted_titles("深入实施\uff3b中国制造2025\uff3d，加快发展")]
    [(4, 14)]
    """
    for line in lines(text):
        for a, b in quoted_titles(line.text):
            yield Flag(line.start + a, line.start + b,
                       "a document name in \u201c \u201d after the verb citing it: \u300a \u300b expected")
        for a, b in bracketed_titles(line.text):
            yield Flag(line.start + a, line.start + b,
                       "a name in square brackets after the verb citing it: \u300a \u300b expected?")
