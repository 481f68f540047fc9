"""Spacing: zero-width characters, odd spaces, stray spaces in Chinese text, blank lines.

Chinese running text has no word spaces: a space between two Han characters, or between
Han text and a figure, is left over from a layout (a justified line, a padded name, an
HTML indent). What a space *does* carry is kept: a gap of two or more spaces or an
ideographic space separating two items becomes one U+3000, a single space inside a list
of short names stays, and spacing in Latin text is only normalized.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner import chars
from cleaner.spacecues import (
    LABEL_AHEAD,
    Slogans,
    after_inline_article,
    beside_middle_dot,
    between_issuers,
    inside_decimal,
    is_letter_spaced,
    kept_gaps,
    padding_in_clause,
    separates_fields,
    spaced_letters,
    wide_table_rows,
)
from cleaner.textutil import is_cjk, is_han
from cleaner.types import Edit

_H = chars.HORIZONTAL_SPACES
# Soft hyphens (Word's optional hyphen), the Mongolian vowel separator and the left-to-right /
# right-to-left marks (&lrm; &rlm; a rich-text editor leaves) are invisible too; fillers that
# only look blank (Hangul, braille) go when Chinese text is beside them.
_INVISIBLE = chars.ZERO_WIDTHS + "\u00ad\u180e\u200e\u200f"
_ZERO_WIDTH_RUN = regex.compile(f"[{_INVISIBLE}]+|(?<=\\p{{Han}})[\u3164\u2800\u115f\u1160]++|(?<![\u3164\u2800\u115f\u1160])[\u3164\u2800\u115f\u1160]++(?=\\p{{Han}})")
# A run is matched from its first character only (the look-behind): tried at every
# character of a long inner run, "[ ]+$" would walk the rest of the run each time.
_LINE_EDGE = regex.compile(f"(?m)^[{_H}]++|(?<![{_H}])[{_H}]++$")
_BLANK_LINES = regex.compile(f"\\A(?:[{_H}]*+\\n)++|(?<=\\n)(?:[{_H}]*+\\n)++|\\n[{_H}\\n]*+\\Z")
_INNER_RUN = regex.compile(f"(?<=[^{_H}\\n])[{_H}]++(?=[^{_H}\\n])")
_LINE_AT = regex.compile(r"[^\n]*")
_SPACE_SPLIT = regex.compile(f"[{_H}]+")
_PUNCT = regex.compile(f"[{chars.CJK_PUNCT}]")
_SENTENCE_END = regex.compile("[\N{IDEOGRAPHIC FULL STOP}\N{FULLWIDTH SEMICOLON}\N{FULLWIDTH EXCLAMATION MARK}\N{FULLWIDTH QUESTION MARK}]")
_SPACE_BY_PUNCT = regex.compile(f"(?<![{_H}])[{_H}]++(?=[{chars.CJK_PUNCT}])|(?<=[{chars.CJK_PUNCT}])[{_H}]++")
# A chapter, section or article marker at the start of a line, and the gap after it:
# GB/T 9704 sets "第一章　总则" and "第一条　为了……" with one ideographic space
# (a 第 doubled by an IME, 第第五条, keeps its gap for the numbering rule to mend).
_ARTICLE_GAP = regex.compile(f"(?m)^(第第?+[{chars.CHINESE_NUMERALS}0-9]++(?:章|节|条|编|部分))([{_H}]++)(?=[^{_H}\n])")


def remove_zero_width(text: str) -> Iterator[Edit]:
    """Zero-width characters, soft hyphens and blank fillers beside Chinese text go.

    Zero-width spaces and joiners (U+200B, U+200C, U+200D, U+2060, U+FEFF), direction marks
    (U+200E, U+200F), soft hyphens and fillers that only look blank (U+3164, U+2800) beside Chinese text: they are invisible, split words for search and come from copy-and-paste, never from
    the author.

    >>> [e.old for e in remove_zero_width("来源\\u200b：市卫健委")]
    ['\\u200b']
    """
    if not any(ch in text for ch in _INVISIBLE + "\u3164\u2800\u115f\u1160"):
        return
    for m in _ZERO_WIDTH_RUN.finditer(text):
        yield Edit(m.start(), m.end(), m.group(), "", "invisible zero-width character")


def strip_line_edges(text: str) -> Iterator[Edit]:
    """Spaces at the start or end of a line (indents, U+3000 runs, NBSP, trailing blanks) go.

    The output holds one paragraph per line, so an indent carries nothing.

    >>> [(e.old, e.reason) for e in strip_line_edges("\\u3000\\u3000各位代表：  ")]
    [('\\u3000\\u3000', 'indent at line start'), ('  ', 'trailing space')]
    """
    for m in _LINE_EDGE.finditer(text):
        at_start = m.start() == 0 or text[m.start() - 1] == "\n"
        yield Edit(m.start(), m.end(), m.group(), "", "indent at line start" if at_start else "trailing space")


def drop_blank_lines(text: str) -> Iterator[Edit]:
    """Empty and whitespace-only lines are removed: one paragraph per line, none blank.

    >>> [e.old for e in drop_blank_lines("\\n标题\\n\\n \\n正文\\n")]
    ['\\n', '\\n \\n', '\\n']
    """
    for m in _BLANK_LINES.finditer(text):
        if m.group():
            yield Edit(m.start(), m.end(), m.group(), "", "blank line")


def normalize_article_gaps(text: str) -> Iterator[Edit]:
    """The gap after a line-initial 第N章 / 第N节 / 第N条 marker becomes one ideographic space.

    GB/T 9704 sets it so; scrapes bring it as ASCII spaces, no-break spaces or several
    ideographic ones. It is layout that carries meaning (the marker, then the text), so
    it is never dropped as a stray space.

    >>> [(e.old, e.new) for e in normalize_article_gaps("第一条 为了规范管理，制定本办法。\\n第二章\\u00a0\\u00a0总则")]
    [(' ', '\\u3000'), ('\\xa0\\xa0', '\\u3000')]
    >>> list(normalize_article_gaps("第一条\\u3000为了规范管理。\\n依照第六条 规定"))
    []
    """
    for m in _ARTICLE_GAP.finditer(text):
        if m.group(2) != chars.IDEOGRAPHIC_SPACE:
            yield Edit(m.start(2), m.end(2), m.group(2), chars.IDEOGRAPHIC_SPACE,
                       "the gap after a chapter or article marker is one ideographic space (GB/T 9704)")


def drop_stray_spaces(text: str) -> Iterator[Edit]:
    """A single space inside Chinese prose, or beside full-width punctuation, is removed.

    Removed: one space between two Han characters of a prose line ("突如其来的 非典型"),
    between Han text and a figure ("总投资 1.4025 万元"), any space run touching
    full-width punctuation ("来源： 市卫健委"), and the spaces of a letter-spaced heading
    ("政 府 工 作 报 告"). Kept, because there a space separates items: spaces in a line
    that is not prose (a byline "省长 李炳军", a headline "热议报告 以奋勇争先之姿"), in
    a list of short names, between parts of a quoted slogan ("“赤水河谷 中国酱香”"),
    an ideographic space or a wider gap (see :func:`normalize_space_runs`), and spaces
    next to Latin words. Such a gap is kept beside full-width punctuation too where it is
    a form's or a table's: a blank to fill in ("共有职工（　　）人"), an empty field before
    the next label ("姓名：　　性别："), a cell gap on a line whose cells are set apart
    by gaps ("1　道路工程（一期）　市交通局").

    >>> from cleaner.edits import apply
    >>> t = "总投资 1.4025 万元，其中 ：开工建设项目7个。"
    >>> apply(t, list(drop_stray_spaces(t)))
    '总投资1.4025万元，其中：开工建设项目7个。'
    >>> list(drop_stray_spaces("张三 李四 王五 赵六")) + list(drop_stray_spaces("国务院总理 温家宝"))
    []
    >>> list(drop_stray_spaces("共有职工（  ）人，性别（\u3000\u3000）")) + list(drop_stray_spaces("姓名：\u3000\u3000性别："))
    []
    """
    wide = wide_table_rows(text)
    for line_start, line, runs in _lines_with_inner_runs(text):
        tokens = _tokens(line)
        head = _ARTICLE_GAP.match(line)  # its gap is layout (normalize_article_gaps), never a stray
        after_head = _tokens(line[head.end():]) if head else []
        letter_spaced = (len(tokens) >= 3 and all(len(t) == 1 and is_han(t) for t in tokens)) or (
            len(after_head) >= 2 and all(len(t) == 1 and is_han(t) for t in after_head))  # 第一章　总 则
        keeps_spaces = not _is_prose("".join(tokens)) or _short_items(tokens)
        slogans = Slogans(line, runs) if not keeps_spaces and chars.LEFT_DOUBLE_QUOTE in line else None
        no_sentence = not _SENTENCE_END.search(line)
        first_mark = _CLAUSE_BEFORE.search(line)  # read once: a gap before it may head a run-in title
        first_mark = first_mark.start() if first_mark else len(line)
        cells = no_sentence and any(  # the gap after 第五条 is the article's, not a cell's
            chars.IDEOGRAPHIC_SPACE in m.group() and not _beside_punct(line, m) for m in runs
            if head is None or m.start() != head.start(2))
        spread, kept = is_letter_spaced(line, runs), kept_gaps(line) or _row_of(line_start, line, wide)
        spaced_word = spaced_letters(line, runs)
        for k, m in enumerate(runs):
            if head is not None and m.start() == head.start(2) or any(a <= m.start() < b for a, b in kept) \
                    or _glued_article_gap(line, m):
                continue  # the article's gap (its line glued to the one above too), a blank date to fill in, a photo credit
            if spread:
                yield Edit(line_start + m.start(), line_start + m.end(), m.group(), "", "letter-spaced heading")
                continue
            left, right = line[m.start() - 1], line[m.end()]
            if _is_gap(m.group()) and (cells and not _CLAUSE_MARK.search(left + right) or _is_blank(line, m)
                                       or no_sentence and _column_after_bracket(line, m)):
                continue  # a table's cell gap, a blank to fill in or an empty field of a form
            if m.group() == " " and between_issuers(line, m.start(), m.end()):
                continue  # 人力资源社会保障部 财政部关于…: joint issuers are set apart by a space
            reason = _stray_reason(m.group(), left, right, letter_spaced, keeps_spaces, first_mark < m.start())
            if not reason and inside_decimal(line, m):
                reason = "space inside a figure"
            if not reason and not keeps_spaces and not letter_spaced and padding_in_clause(line, m, first_mark):
                reason = "stray ideographic space inside a sentence"
            if not reason:
                reason = _inline_layout_gap(line, m, k in spaced_word)
            slogan_gap = slogans is not None and slogans.separates(m.start()) and reason != _DOT_GAP
            if reason and not slogan_gap and not (
                    reason.startswith("stray") and m.group() != " " and separates_fields(line, m.start(), m.end())):
                yield Edit(line_start + m.start(), line_start + m.end(), m.group(), "", reason)


# An article heading glued after the sentence before it (…不得泄露。第九条　举报人…): a paragraph
# break lost, not a citation; its full-width gap is the heading's (another rule may split the line).
_GLUED_ARTICLE = regex.compile(r"[\u3002\uff1b]第[一二三四五六七八九十百零〇]{1,6}+[条章]\Z")


def _glued_article_gap(line: str, m) -> bool:
    return m.group() == chars.IDEOGRAPHIC_SPACE and _GLUED_ARTICLE.search(line, max(0, m.start() - 12), m.start()) is not None


_FIGURE = regex.compile(r"[0-9.%]+")
# the dot already sets the two words of a quoted name apart: a space beside it is a stray
_DOT_GAP = "space beside a middle dot between Chinese words"


def _short_items(tokens: list[str]) -> bool:
    """Three or more short space-separated items (names "张三 李四 王五"); a bare figure is
    no item of such a list: "共有 3 个县 12 个乡镇" is a sentence with spaces around figures."""
    return len(tokens) >= 3 and all(len(t) <= 4 and not _FIGURE.fullmatch(t) for t in tokens)


def _inline_layout_gap(line: str, m, in_spaced_word: bool) -> str:
    """A gap the page's layout left inside a sentence or after a list marker, or ""."""
    if in_spaced_word:
        return "letter-spaced word inside a sentence"
    if after_inline_article(line, m):
        return "gap after an article cited inside a sentence (only a heading's marker keeps one)"
    if beside_middle_dot(line, m):
        return _DOT_GAP
    return ""


# （女）　市第一人民医院: a gap after an aside closes a column, unless the aside is a marker.
_OUTLINE_ASIDE = regex.compile(r"[(\uff08][一二三四五六七八九十\d]{1,3}[)\uff09]$")


def _column_after_bracket(line: str, m) -> bool:
    """A gap right after a closing bracket (on a line with no sentence): a column of a list
    ("李秀英（女）　市第一人民医院护士长"), not a space beside punctuation."""
    return (line[m.start() - 1] in (chars.FULLWIDTH_RIGHT_PAREN, ")") and is_han(line[m.end()])
            and _OUTLINE_ASIDE.search(line, max(0, m.start() - 6), m.start()) is None)


def _is_gap(run: str) -> bool:
    """A gap set on purpose: an ideographic space or two spaces and more."""
    return chars.IDEOGRAPHIC_SPACE in run or len(run) >= 2


def _beside_punct(line: str, m) -> bool:
    return _PUNCT.match(line, m.start() - 1) is not None or _PUNCT.match(line, m.end()) is not None


# Clause marks: a gap beside one is a stray even in a table row ("来源：　市卫健委").
_CLAUSE_MARK = regex.compile(f"[{chars.FULLWIDTH_COMMA}{chars.FULLWIDTH_COLON}{chars.IDEOGRAPHIC_COMMA}"
                             f"{chars.FULLWIDTH_SEMICOLON}{chars.IDEOGRAPHIC_FULL_STOP}]")
_BLANK_BRACKETS = {chars.FULLWIDTH_LEFT_PAREN: chars.FULLWIDTH_RIGHT_PAREN, "(": ")"}


def _is_blank(line: str, m) -> bool:
    """Is the gap ``m`` a blank to fill in: all a pair of brackets holds, or the empty value
    of a label whose line goes on with another label (姓名：　　性别：)?"""
    left, right = line[m.start() - 1], line[m.end()]
    if _BLANK_BRACKETS.get(left) == right:
        return True
    return left in (chars.FULLWIDTH_COLON, ":") and LABEL_AHEAD.match(line, m.end()) is not None


def _is_prose(line: str) -> bool:
    """A line of running text (a sentence end, or a long line with commas), not a heading."""
    if _SENTENCE_END.search(line) is not None or (len(line) >= 40 and chars.FULLWIDTH_COMMA in line):
        return True
    # a sentence that introduces a list: "经核查属实的，按照下列标准给予奖励："
    return chars.FULLWIDTH_COMMA in line and line.rstrip(_H).endswith(chars.FULLWIDTH_COLON)


def _stray_reason(run: str, left: str, right: str, letter_spaced: bool, keeps_spaces: bool,
                  after_mark: bool = False) -> str:
    if _PUNCT.match(left) or _PUNCT.match(right):
        return "space beside full-width punctuation"
    if left.isdigit() and right in _FIGURE_TAIL:
        return "space inside a figure"  # 95 %: a figure and its sign are one token
    if letter_spaced:
        return "letter-spaced heading"
    figure_left = left.isdigit() or left in _FIGURE_TAIL  # "3%  左右": the sign ends the figure
    if not keeps_spaces and chars.IDEOGRAPHIC_SPACE in run and len(run) <= 3 and (
            (figure_left and is_han(right)) or (after_mark and is_han(left) and right.isdigit())):
        # a figure and its unit are never set apart ("1000　元", "27　个"), nor is a figure from
        # the clause it stands in ("不少于　20场"); a run-in heading's gap comes before any mark
        return "stray ideographic space beside a figure inside a sentence"
    # An ideographic space is set on purpose (a gap between items, GB/T 9704 layout); a
    # run of ASCII or no-break spaces inside a sentence is layout left over, whatever its width.
    if chars.IDEOGRAPHIC_SPACE in run or keeps_spaces:
        return ""
    what = "space" if len(run) == 1 else "spaces"
    if is_han(left) and is_han(right):
        return f"stray {what} between Chinese characters"
    if (is_han(left) and right.isdigit()) or (figure_left and is_han(right)):
        return f"stray {what} between Chinese text and a figure"
    return ""


# What follows a figure as part of it: a percent or per-mille sign.
_FIGURE_TAIL = frozenset("%\u2030" + chars.FULLWIDTH_PERCENT)
_CLAUSE_BEFORE = regex.compile(f"[{chars.FULLWIDTH_COMMA}{chars.IDEOGRAPHIC_COMMA}{chars.FULLWIDTH_SEMICOLON}"
                               f"{chars.FULLWIDTH_COLON}{chars.IDEOGRAPHIC_FULL_STOP}]")
def normalize_space_runs(text: str) -> Iterator[Edit]:
    """A gap inside a line becomes one U+3000 in Chinese text and one ASCII space elsewhere.

    A wide gap between Chinese items ("发布时间 2020-12-22   来源") separates fields or
    names and is kept as a single ideographic space; an NBSP or a double space between
    Latin words becomes one ASCII space.

    >>> [e.new for e in normalize_space_runs("2020-12-22   来源 All\\u00a0Rights")]
    ['\\u3000', ' ']
    """
    wide = wide_table_rows(text)
    for line_start, line, runs in _lines_with_inner_runs(text):
        kept = kept_gaps(line) or _row_of(line_start, line, wide)
        for m in runs:
            run = m.group()
            left, right = line[m.start() - 1], line[m.end()]
            if _BLANK_BRACKETS.get(left) == right and _is_gap(run) or any(a <= m.start() < b for a, b in kept):
                continue  # a blank to fill in: its width is the room to write
            chinese = is_cjk(left) or is_cjk(right)
            if chinese and (len(run) > 1 or chars.IDEOGRAPHIC_SPACE in run):
                new = chars.IDEOGRAPHIC_SPACE
            elif chinese and run != " ":
                new = " "
            elif not chinese and run == chars.IDEOGRAPHIC_SPACE and _HAN_IN.search(line):
                continue  # one ideographic space in a Chinese line is its layout (表1　2003年…, 图2　…)
            elif not chinese:
                new = " "
            else:
                continue
            if new != run:
                yield Edit(line_start + m.start(), line_start + m.end(), run, new, "space gap normalized")


_HAN_IN = regex.compile(r"\p{Han}")


def _row_of(line_start: int, line: str, wide: frozenset[int]) -> list[tuple[int, int]]:
    """The whole line as kept gaps when it is a row of a table set with wide gaps."""
    return [(0, len(line))] if line_start in wide else []


def _lines_with_inner_runs(text: str) -> Iterator[tuple[int, str, list]]:
    """(line start, line, inner space runs) for each line that has a space inside it."""
    pos = 0
    while (m := _INNER_RUN.search(text, pos)) is not None:
        line_start = text.rfind("\n", 0, m.start()) + 1
        line = _LINE_AT.match(text, line_start).group()
        yield line_start, line, list(_INNER_RUN.finditer(line))
        pos = line_start + len(line) + 1


def _tokens(line: str) -> list[str]:
    """The line's space-separated items, spaces beside full-width punctuation ignored."""
    core = _SPACE_BY_PUNCT.sub("", line)
    return [t for t in _SPACE_SPLIT.split(core) if t]
