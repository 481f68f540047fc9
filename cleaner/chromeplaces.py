"""Where a line stands among its neighbours, for rules/chrome.py: the place that decides for a word list.

A word list says a line may be chrome; the lines around it decide. One widget word alone
between two lines of text is a table cell or a list item, a run of weak footer lines that
names the site closes the page, a line that repeats the body's first words is a share
summary, a line with no word splits running text only between prose, and a line above a
table's first row heads it. Nothing here changes text.
"""

from __future__ import annotations

import regex

from cleaner import chromecues, lineshape
from cleaner.docmodel import Line, size, zones
from cleaner.textutil import is_date_only


# 附件 / 附表 lines open the document's own attachment list, never a link box's titles.
_ATTACHMENT = regex.compile(r"^(?:附件|附表|附录)")


def document_structure(doc: list[Line], k: int, outline: regex.Pattern) -> bool:
    """``doc[k]`` belongs to the document: an outline heading, an addressee or lead-in ending
    on a colon, an attachment line, a date, or the organisation signing above a date."""
    stripped = doc[k].text.strip()
    return bool(outline.match(stripped) or _ATTACHMENT.match(stripped) or is_date_only(stripped)
                or stripped.endswith(("\uff1a", ":"))
                or (k + 1 < len(doc) and (is_date_only(doc[k + 1].text) or chromecues.date_like(doc[k + 1].text))))


def lone_word_in_body(words: list[str], doc: list[Line], k: int, strong_re: regex.Pattern) -> bool:
    """One widget word alone ("关闭", "下载") between two lines of text (``doc[k]`` follows the
    block) is a table cell or a list item of the document ("杭州某某化工有限公司 / 关闭"): a
    widget has other widgets around it, or stands at the page's edge."""
    if len(words) != 1 or len(words[0]) > 3 or strong_re.fullmatch(words[0]) is None:
        return False  # 扫一扫在手机打开当前页 is a widget wherever it stands
    return k - len(words) > 0 and k < len(doc)  # the block is doc[k - len(words):k]


def site_blocks(doc: list[Line], footer: list[bool], weak: list[bool]) -> None:
    """Mark runs of two or more weak footer lines after the last sentence that name the site."""
    tail = zones(doc).tail_start
    k = len(doc) - 1
    while k >= 0:
        j = k
        while j >= 0 and weak[j] and not footer[j]:
            j -= 1
        run = range(j + 1, k + 1)
        if len(run) >= 2 and doc[j + 1].index >= tail and any(chromecues.SITE_CUE.search(doc[r].text) for r in run):
            for r in run:
                footer[r] = True
        k = j - 1 if j < k else k - 1


def is_body_start(doc: list[Line], candidate: Line) -> bool:
    """``candidate`` repeats the start of the body (lines joined, possibly cut short)."""
    snippet = regex.sub(r"\s|\.\.\.|…", "", candidate.text)
    if len(snippet) < 10:
        return False
    body = "".join(regex.sub(r"\s", "", l.text) for l in doc if l.index < candidate.index)
    return snippet in body


def splits_text(doc: list[Line], prose: list[bool], k: int) -> bool:
    """``doc[k]`` stands in running text: prose on one side, and no short cell on either (a
    table flattened one cell per line has numbers alone between short cells)."""
    around = [j for j in (k - 1, k + 1) if 0 <= j < len(doc)]
    return any(prose[j] for j in around) and all(prose[j] or size(doc[j].text) > 6 for j in around)


def table_follows(doc: list[Line], k: int) -> bool:
    """The line after ``doc[k]`` is split into three cells or more: ``doc[k]`` heads a table."""
    return k + 1 < len(doc) and len(regex.split(r"[\s|\uff5c]++", doc[k + 1].text.strip())) >= 3


def app_furniture(doc: list[Line], prose: list[bool], k: int, tail_start: int) -> str | None:
    """What kind of app furniture ``doc[k]`` is, by its shape and its place, or None: an app's layout mark
    (arrows, a swipe prompt, the end card) between paragraphs or after the text."""
    line = doc[k]
    beside_prose = any(prose[j] for j in (k - 1, k + 1) if 0 <= j < len(doc))  # no table holds a swipe prompt
    if (mark := lineshape.app_mark(line.text)) and (line.index >= tail_start or beside_prose):
        return f"{mark} (no word of the document, between paragraphs or after the text)"
    # Withdrawn (round-16 review): attachment links and their label. A notice's own 附件 list has the same
    # shape (附件：⏎1.报名表.docx（18KB）, 附件：W020240315512345678.pdf) and is the document's.
    return None
