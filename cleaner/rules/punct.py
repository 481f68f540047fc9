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

from cleaner import chars
from cleaner.textutil import ANY_HAN, Protected, SPACES_AND_QUOTES, char_left, char_right, is_cjk, is_han, only_if
from cleaner.types import Edit

_LINE_WITH_MARK = regex.compile(r"(?m)^[^\n]*?[,:;()?!][^\n]*")
_MARK = regex.compile(r"[,:;()?!]")
_QUESTION_WORDS = regex.compile(r"[吗呢么吧]|什么|怎么|怎样|为何|为什么|如何|哪|谁|是否|多少|几")
_CLAUSE_BREAK = regex.compile(
    "[\n" + chars.IDEOGRAPHIC_FULL_STOP + chars.FULLWIDTH_EXCLAMATION + chars.FULLWIDTH_QUESTION
    + chars.FULLWIDTH_SEMICOLON + chars.FULLWIDTH_COMMA + "]"
)
# Context looks through spaces, quotes and the marks this rule converts (in either width),
# so a decision never depends on whether a neighbouring mark was already widened: the
# rule gives the same answer on its own output (idempotence).
_SEE_THROUGH = SPACES_AND_QUOTES | frozenset(chars.WIDE_OF) | frozenset(chars.WIDE_OF.values())


def _left(line: str, i: int) -> str:
    return char_left(line, i, _SEE_THROUGH)


def _right(line: str, i: int) -> str:
    return char_right(line, i, _SEE_THROUGH)


@only_if(*",:;()?!")
def widen_ascii_punctuation(text: str) -> Iterator[Edit]:
    """ASCII , : ; ( ) ? ! in CJK context become their full-width forms.

    Parentheses are decided in pairs so "(1)" never comes out half-converted; a "?"
    between two Han characters is left for the garbled-text flag (it usually stands for
    a lost character, not a question).

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
        for i in _positions_to_widen(line, base, protected):
            mark = line[i]
            yield Edit(
                base + i, base + i + 1, mark, chars.WIDE_OF[mark],
                f"ASCII {mark!r} in Chinese text: full-width U+{ord(chars.WIDE_OF[mark]):04X} (GB/T 15834)",
            )


def _positions_to_widen(line: str, base: int, protected: Protected) -> list[int]:
    """Indices in ``line`` of the marks to widen."""
    chosen: list[int] = []
    opened: list[int] = []
    for m in _MARK.finditer(line):
        i, mark = m.start(), m.group()
        if protected.covers(base + i):
            continue
        if mark == "(":
            opened.append(i)
        elif mark == ")":
            if opened:
                chosen.extend(_paren_pair(line, opened.pop(), i))
            elif _in_cjk_context(line, i):
                chosen.append(i)
        elif _widen_single(line, i, mark):
            chosen.append(i)
    chosen.extend(i for i in opened if _in_cjk_context(line, i))
    return sorted(chosen)


def _paren_pair(line: str, open_at: int, close_at: int) -> list[int]:
    """Both parentheses of a pair when the pair sits in Chinese text, else neither."""
    inside_han = ANY_HAN.search(line, open_at + 1, close_at) is not None
    if inside_han or is_cjk(_left(line, open_at)) or is_cjk(_right(line, close_at)):
        return [open_at, close_at]
    return []


def _in_cjk_context(line: str, i: int) -> bool:
    return is_cjk(_left(line, i)) or is_cjk(_right(line, i))


def _widen_single(line: str, i: int, mark: str) -> bool:
    before = line[i - 1] if i > 0 else ""
    after = line[i + 1] if i + 1 < len(line) else ""
    if mark == "," and before.isdigit() and regex.match(r"\d{3}(?!\d)", line[i + 1:i + 5]):
        return False  # thousands separator: 1,200
    if mark == ":" and before.isdigit() and after.isdigit():
        return False  # time or ratio: 14:29, 1:1000
    if mark == "?":
        return _is_question_mark(line, i, after)
    if mark == "!" and before == "<":
        return False  # "<!--" or "<!DOCTYPE": markup
    return _in_cjk_context(line, i)


def _is_question_mark(line: str, i: int, after: str) -> bool:
    """A '?' after Chinese text that ends a question (not a '?' standing for a lost character)."""
    if not is_han(_left(line, i)):
        return False
    if not is_han(after):
        return True
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(line, 0, i)), default=0)
    return _QUESTION_WORDS.search(line, clause_start, i) is not None


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


_DOUBLE_ANGLES = regex.compile(r"<<([^<>\n]{1,80})>>|\u00ab([^\u00ab\u00bb\n]{1,80})\u00bb")
_OLD_ANGLES = regex.compile("[\u2329\u232a]")


@only_if("<<", "\u00ab", "\u2329", "\u232a")
def normalize_title_marks(text: str) -> Iterator[Edit]:
    """Title marks typed as << >> or « » around a Chinese title become 《 》; U+2329/U+232A become 〈 〉.

    >>> from cleaner.edits import apply
    >>> t = "贯彻<<中华人民共和国传染病防治法>>和«条例»"
    >>> apply(t, list(normalize_title_marks(t)))
    '贯彻《中华人民共和国传染病防治法》和《条例》'
    >>> list(normalize_title_marks("if a<<b and c>>d"))
    []
    """
    for m in _DOUBLE_ANGLES.finditer(text):
        inner = m.group(1) if m.group(1) is not None else m.group(2)
        if not ANY_HAN.search(inner):
            continue
        width = 2 if m.group(1) is not None else 1
        reason = "title marks typed as ASCII or guillemets: 《 》 (GB/T 15834)"
        yield Edit(m.start(), m.start() + width, m.group()[:width], chars.LEFT_TITLE_MARK, reason)
        yield Edit(m.end() - width, m.end(), m.group()[-width:], chars.RIGHT_TITLE_MARK, reason)
    for m in _OLD_ANGLES.finditer(text):
        new = chars.LEFT_ANGLE if m.group() == "\u2329" else chars.RIGHT_ANGLE
        yield Edit(m.start(), m.end(), m.group(), new, "deprecated angle bracket: 〈 〉 (U+3008/U+3009)")


_ELLIPSIS = regex.compile(r"\.{3,}|\u3002{3,}|\u00b7{3,}|\u2026+")
_DASH = regex.compile(r"-{2,}|\uff0d{2,}|\u2015{2,}")


@only_if("...", "\u3002\u3002\u3002", "\u00b7\u00b7\u00b7", "\u2026", "--", "\uff0d\uff0d", "\u2015\u2015")
def normalize_ellipsis_and_dash(text: str) -> Iterator[Edit]:
    """In Chinese text the ellipsis is …… and the dash is ——.

    "..." / "。。。" / a lone "…" become ……; "--", "－－" and "――" become ——. A single
    "—" between two names (中国—东盟, the connecting mark) and "2020-2021" stay.

    >>> from cleaner.edits import apply
    >>> t = "等等...以及――2026年，中国—东盟，2020-2021"
    >>> apply(t, list(normalize_ellipsis_and_dash(t)))
    '等等……以及——2026年，中国—东盟，2020-2021'
    """
    for m in _ELLIPSIS.finditer(text):
        if m.group() != chars.CHINESE_ELLIPSIS and _next_to_cjk(text, m.start(), m.end()):
            yield Edit(m.start(), m.end(), m.group(), chars.CHINESE_ELLIPSIS, "Chinese ellipsis is …… (GB/T 15834)")
    for m in _DASH.finditer(text):
        chinese = _next_to_cjk(text, m.start(), m.end()) or is_cjk(_right_past_digits(text, m.end()))
        between_digits = text[m.start() - 1:m.start()].isdigit() and text[m.end():m.end() + 1].isdigit()
        if chinese and not between_digits and not _in_markup(text, m.start(), m.end()):
            yield Edit(m.start(), m.end(), m.group(), chars.CHINESE_DASH, "Chinese dash is —— (GB/T 15834)")


def _right_past_digits(text: str, end: int) -> str:
    """The first character after ``end`` that is not a digit ("——2026年" reads as Chinese)."""
    m = regex.match(r"\d*(.)", text[end:end + 12])
    return m.group(1) if m else ""


def _in_markup(text: str, start: int, end: int) -> bool:
    """An HTML comment's "<!--" or "-->": markup, not a dash."""
    return text[max(0, start - 2):start] == "<!" or text[end:end + 1] == ">"


# Context for ellipses and dashes looks through the marks that rules change (widened
# punctuation, other ellipses and dashes), so converting a neighbour never changes it.
_SEE_THROUGH_RUNS = _SEE_THROUGH | frozenset(".\u2026\u00b7-\u2014\u2015\uff0d\u3002")


def _next_to_cjk(text: str, start: int, end: int) -> bool:
    return (is_cjk(char_left(text, start, _SEE_THROUGH_RUNS))
            or is_cjk(char_right(text, end - 1, _SEE_THROUGH_RUNS)))


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
_ORPHAN = regex.compile(f"(?m)^[{chars.HORIZONTAL_SPACES}]*[{_MARKS}][{chars.HORIZONTAL_SPACES}{_MARKS}]*$")


def drop_orphan_punctuation_lines(text: str) -> Iterator[Edit]:
    """A line holding nothing but commas or stops (a scraper's join residue) goes.

    >>> [e.old for e in drop_orphan_punctuation_lines("\\n,\\n农业农村部与浙江省签署协议。")]
    [',\\n']
    """
    for m in _ORPHAN.finditer(text):
        end = m.end() + 1 if m.end() < len(text) else m.end()
        yield Edit(m.start(), end, text[m.start():end], "", "line of punctuation only")
