"""Whole-paragraph copies in shapes a page break or a second rendering gives (for rules/dup.py).

Each finder compares a whole paragraph with the lines right after it, on the skeleton (Han,
digits, letters: cleaner.dupspans), and answers only when a *whole* paragraph of running text
comes back broken into rows at other places (the next page's layout, a pager line between).
A copy glued to the front of the next paragraph, or one that lost a character or two, is not
taken: an amendment adds a sentence to an article or deletes a word in just those shapes
(round-13 review). Parts of paragraphs, headings, labels and short
lines never count: those recur on purpose (parallel annexes, duty lines, table cells). One
place needs no neighbour: the last line, right under the closing date, repeating the body.
Nothing here changes text.
"""

from __future__ import annotations

from cleaner.docmodel import Line, is_prose
from cleaner.dupcues import body, key, pieces
from cleaner.dupspans import plain, skel
from cleaner.textutil import is_date_only

MIN_PARAGRAPH = 20  # skeleton characters of the paragraph that comes back
_MAX_ROWS = 30  # rows a reflowed copy may be broken into (the scan stays linear)
_MAX_PAGER = 8  # skeleton characters of a pager line between ("第3页共5页", "- 3 -")


def _source(text: str) -> str | None:
    """The skeleton of a paragraph that may come back whole, or None (short, or not running text)."""
    s = skel(text)
    if len(s) < MIN_PARAGRAPH or not is_prose(text) or sum(not c.isascii() for c in s) < MIN_PARAGRAPH // 2:
        return None
    return s


def _pager(text: str) -> bool:
    """A pager line between pages: a few characters holding a figure, no sentence.

    >>> _pager("- 3 -"), _pager("第 2 页 共 5 页"), _pager("（三）加强领导")
    (True, True, False)
    """
    s = skel(text)
    return 0 < len(s) <= _MAX_PAGER and any(c.isdigit() for c in s) and not is_prose(text) and body(text)[1] is None


def reflowed_copy(doc: list[Line], i: int) -> tuple[int, str] | None:
    """Lines ``i``… are the paragraph above (or above a pager line) again, broken into two rows
    or more: (rows, reason), or None.

    The rows joined must equal the whole paragraph, punctuation and all (widths and spaces aside); none of them may be it alone
    (that is a plain repeat, for the other finders).

    >>> from cleaner.docmodel import lines
    >>> d = list(lines("标题\\n加强组织领导，压实各方责任，确保各项任务落到实处。\\n- 3 -\\n加强组织领导，压实\\n各方责任，确保各项任务\\n落到实处。"))
    >>> reflowed_copy(d, 3)
    (3, 'paragraph repeated after a page break, broken into rows')
    >>> reflowed_copy(list(lines("标题\\n加强组织领导，压实各方责任，确保各项任务落到实处。\\n加强组织领导，压实\\n其他。")), 2) is None
    True
    """
    if i < 2:
        return None
    k = i - 1
    if _pager(doc[k].text):
        k -= 1
    if k < 1:
        return None
    if _source(doc[k].text) is None:
        return None
    # compared with its punctuation (widths and spaces folded): a layout breaks rows anywhere
    # but keeps the marks; rows that only name the paragraph's clauses (a list) lack them
    whole = key(doc[k].text)
    acc = ""
    for n, line in enumerate(doc[i:i + _MAX_ROWS], start=1):
        acc += key(line.text)
        if not whole.startswith(acc):
            return None
        if len(acc) == len(whole):
            return (n, "paragraph repeated after a page break, broken into rows") if n >= 2 else None
    return None


def appended_after_date(doc: list[Line], i: int) -> tuple[int, str] | None:
    """Line ``i``, the document's last, stands right under the closing date and repeats a whole
    paragraph of the body or its opening sentences: a template printed the summary field (or a
    second pass the text) again under the signature. (1, reason), or None.

    An annex after the signature opens with its own heading (附件1), never with a body paragraph
    again under the date; a body sentence repeated *inside* an annex is no whole line here.

    >>> from cleaner.docmodel import lines
    >>> d = list(lines("标题\\n加强基层组织领导，压实各方主体责任，健全工作机制。确保落实。\\n其他。\\n江岭市卫健委\\n2021年3月29日\\n加强基层组织领导，压实各方主体责任，健全工作机制。"))
    >>> appended_after_date(d, 5)
    (1, 'a paragraph of the body (or its opening) repeated under the closing date')
    >>> appended_after_date(list(lines("标题\\n加强组织领导，压实各方责任。确保落实。\\n2021年3月29日\\n附件：加强组织领导，压实各方责任。")), 3) is None
    True
    """
    if i != len(doc) - 1 or i < 3 or not is_date_only(doc[i - 1].text):
        return None
    copy = doc[i].text
    s = skel(copy)
    if len(s) < MIN_PARAGRAPH or not is_prose(copy) or not plain(copy):
        return None
    for line in doc[1:i - 1]:
        whole = _source(line.text)
        if whole is None or not whole.startswith(s):
            continue
        if len(whole) == len(s) or any(skel(line.text[:b]) == s for _, b in pieces(line.text)):
            return 1, "a paragraph of the body (or its opening) repeated under the closing date"
    return None
