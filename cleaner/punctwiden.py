"""Which ASCII marks of a line sit in Chinese text: the decisions of :func:`cleaner.rules.punct.widen_ascii_punctuation`.

A mark is decided by its nearest characters past spaces, quotes and other convertible marks;
parentheses in pairs; a comma or a colon between figures is the figure's (1,200 / 14:29); a
"?" only where it ends a question (a run of them stands for lost characters).
"""

from __future__ import annotations

import regex

from cleaner import chars, punctslips
from cleaner.scanning import LastMark, Occurrences
from cleaner.textutil import ANY_HAN, Protected, SPACES_AND_QUOTES, is_cjk, is_han

_MARK = regex.compile(r"[,:;()?!]")
# An A-not-A question: the same one or two characters on both sides of 不/没 (是不是, 满意不满意).
_A_NOT_A = regex.compile(r"(\p{Han}{1,2})[不没]\1")
_QUESTION_WORDS = ("吗", "呢", "么", "吧", "什么", "怎么", "怎样", "为何", "为什么", "如何", "哪", "谁", "是否", "多少", "几")
_CLAUSE_BREAK = regex.compile(
    "[\n" + chars.IDEOGRAPHIC_FULL_STOP + chars.FULLWIDTH_EXCLAMATION + chars.FULLWIDTH_QUESTION
    + chars.FULLWIDTH_SEMICOLON + chars.FULLWIDTH_COMMA + "]"
)
# Context looks through spaces, quotes and the marks this rule converts (in either width),
# so a decision never depends on whether a neighbouring mark was already widened: the
# rule gives the same answer on its own output (idempotence).
SEE_THROUGH = SPACES_AND_QUOTES | frozenset(chars.WIDE_OF) | frozenset(chars.WIDE_OF.values())


class _Marks:
    """The ASCII marks of one line and the context each is decided by, read in one pass.

    A mark looks through its neighbouring marks, spaces and quotes to the nearest other
    character on each side: a run of marks is walked once for all of them, not once per
    mark (that is quadratic: a line of 16,000 "(" took 71 s). The Han characters between
    two marks and the clause before a "?" are found the same way, once per line.
    """

    def __init__(self, line: str):
        self.line = line
        self.at = [m.start() for m in _MARK.finditer(line)]
        self.left = self._nearest(range(len(self.at)), -1)
        self.right = self._nearest(range(len(self.at) - 1, -1, -1), 1)
        self._han_gap: list[int] | None = None
        self._clause_start = LastMark(_CLAUSE_BREAK, line)
        self._question_words: Occurrences | None = None

    def _nearest(self, order: range, step: int) -> list[str]:
        """For each mark, the nearest character past the see-through ones, in direction ``step``."""
        line, at, found = self.line, self.at, [""] * len(self.at)
        previous = None  # the mark visited before, on the side being looked at
        for k in order:
            j = at[k] + step
            stop = at[previous] if previous is not None else (-1 if step < 0 else len(line))
            while j != stop and line[j] in SEE_THROUGH:
                j += step
            found[k] = found[previous] if j == stop and previous is not None else (line[j] if j != stop else "")
            previous = k
        return found

    def in_cjk_context(self, k: int) -> bool:
        return is_cjk(self.left[k]) or is_cjk(self.right[k])

    def han_between(self, a: int, b: int) -> bool:
        """Is there a Han character between mark ``a`` and mark ``b`` (a < b)?"""
        if self._han_gap is None:  # the last gap (between marks g - 1 and g) up to each mark holding Han
            line, at, gaps, last = self.line, self.at, [], -1
            for g, i in enumerate(at):
                last = g if ANY_HAN.search(line, at[g - 1] + 1 if g else 0, i) else last
                gaps.append(last)
            self._han_gap = gaps
        return self._han_gap[b] > a

    def question_word_in_clause(self, i: int) -> bool:
        """A question word, or an A-not-A question (满意不满意, 有没有), stands between the clause
        break before ``i`` and ``i``."""
        if self._question_words is None:
            self._question_words = Occurrences(_QUESTION_WORDS, self.line)
        start = self._clause_start.end_before(i)
        return self._question_words.within(start, i) or _A_NOT_A.search(self.line, max(start, i - 12), i) is not None


def positions_to_widen(line: str, base: int, protected: Protected) -> list[int]:
    """Indices in ``line`` of the marks to widen."""
    marks = _Marks(line)
    chosen: list[int] = []
    opened: list[int] = []  # marks, by their number in the line
    for k, i in enumerate(marks.at):
        mark = line[i]
        if protected.covers(base + i):
            continue
        if mark == "(":
            opened.append(k)
        elif mark == ")":
            if opened:
                chosen.extend(_paren_pair(marks, opened.pop(), k))
            elif marks.in_cjk_context(k):
                chosen.append(i)
        elif _widen_single(marks, k, mark):
            chosen.append(i)
    chosen.extend(marks.at[k] for k in opened if marks.in_cjk_context(k) or _closed_wide(line, marks.at[k]))
    return sorted(chosen)


def _closed_wide(line: str, i: int) -> bool:
    """Whether the ASCII "(" at ``i`` is closed by a full-width "）" shortly after it, with no other
    bracket between ("(1）严禁…"): one half of a pair typed in the other width."""
    close = line.find(chars.FULLWIDTH_RIGHT_PAREN, i + 1, i + 24)
    return close > 0 and not any(c in "()\uff08" for c in line[i + 1:close])


def _paren_pair(marks: _Marks, open_k: int, close_k: int) -> list[int]:
    """Both parentheses of a pair when the pair sits in Chinese text, else neither.

    A pair with no Han inside that opens right after a Latin word or a figure belongs to that
    token, whatever follows: a call or a formula (SUM(B2:B9)), a build after a version
    (V3.2.1(Build 1024)), an English name's part (Smart City (Phase II)).
    """
    if _FILE_EXTENSION.match(marks.line, marks.at[close_k] + 1):
        return []  # 实施方案(2021).docx: a file name keeps its brackets
    inside = marks.han_between(open_k, close_k)
    if not inside and _LATIN_TOKEN_END.search(marks.line, max(0, marks.at[open_k] - 2), marks.at[open_k]):
        return []
    if inside or is_cjk(marks.left[open_k]) or is_cjk(marks.right[close_k]):
        return [marks.at[open_k], marks.at[close_k]]
    return []


# The extension of a file name right after the closing bracket (方案(2021).docx).
_FILE_EXTENSION = regex.compile(punctslips.FILE_EXTENSION)
# The end of a Latin word or a figure, with at most one blank before the bracket.
_LATIN_TOKEN_END = regex.compile(r"[A-Za-z0-9][ ]?$")


def _widen_single(marks: _Marks, k: int, mark: str) -> bool:
    line, i = marks.line, marks.at[k]
    before = line[i - 1] if i > 0 else ""
    after = line[i + 1] if i + 1 < len(line) else ""
    if mark == "," and before.isdigit() and regex.match(r"\d{3}(?!\d)", line[i + 1:i + 5]):
        return False  # thousands separator: 1,200
    if mark == ":" and before.isdigit() and after.isdigit():
        return False  # time or ratio: 14:29, 1:1000
    if mark == "?":
        return _is_question_mark(marks, k, after)
    if mark == "!" and before == "<":
        return False  # "<!--" or "<!DOCTYPE": markup
    return marks.in_cjk_context(k) or _between_figures_in_chinese(line, i, mark)


# A figure's end that no number goes on from (a percent, a unit sign) and a figure after the mark.
_FIGURE_CLAUSE_END = regex.compile(r"(?:[%\uff05\u2030\u2103]|[0-9](?=;))[,;](?:[0-9]|[A-Z]{1,8}+\p{Han})")
_HAN_WITHIN = regex.compile(r"\p{Han}")


def _between_figures_in_chinese(line: str, i: int, mark: str) -> bool:
    """A "," or ";" between a percent (or, for ";", any figure) and the next clause's figure, in a
    Chinese sentence: 增长7.2%,2022年… / 完成95%;2.加强… / 增长6%,CPI涨幅 (a Latin word that runs
    into Han). A "," between two bare figures may be a thousands separator or a list (1,2,3), so it needs the percent; Han near on both sides says the
    sentence is Chinese, not a formula or a code."""
    return (i > 0 and _FIGURE_CLAUSE_END.match(line, i - 1) is not None
            and _HAN_WITHIN.search(line, max(0, i - 10), i) is not None
            and _HAN_WITHIN.search(line, i + 1, i + 10) is not None)


_QUESTION_CLOSERS = frozenset([chars.RIGHT_DOUBLE_QUOTE, chars.RIGHT_SINGLE_QUOTE])


def _is_question_mark(marks: _Marks, k: int, after: str) -> bool:
    """A '?' after Chinese text that ends a question (not a '?' standing for a lost character).

    A run of two or more stands for lost characters ("加强???建设") unless it closes a
    clause that asks ("为什么??"): it is left as it is, for the garbled-text flag, so the
    reviewer sees what the page showed.
    """
    if not is_han(marks.left[k]):
        # 群众问“怎么办”?: a question that closes with its quotation or title mark
        return marks.left[k] in _QUESTION_CLOSERS and marks.question_word_in_clause(marks.at[k])
    i = marks.at[k]
    if after == "?" or (i > 0 and marks.line[i - 1] == "?"):
        return not is_han(marks.right[k]) and marks.question_word_in_clause(i)
    if not is_han(after):
        return True
    return marks.question_word_in_clause(marks.at[k])
