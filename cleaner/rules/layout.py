"""Layout: lines that a page broke where the document did not.

Only breaks with unambiguous evidence are joined: a title whose 《 》 closes on the next
line, a short title line continued by a line that opens with 及 / 和 / 暨, a line that is
an opening bracket alone, a quotation or 《title》 cut within a few characters of its ends.
Two real paragraphs, or a heading and its body, are never joined.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.docmodel import is_prose, lines, non_blank, size
from cleaner.textutil import only_if
from cleaner.types import Edit

_ENDS_WITH_PUNCT = regex.compile(r"[。\uff0c,、\uff1b;\uff1a:\uff01\uff1f!?\uff09)”》]$")
_CONTINUATION = regex.compile(r"^[及和与暨并]")
_OUTLINE = regex.compile(r"^(?:[一二三四五六七八九十百]+、|[(\uff08][一二三四五六七八九十百\d]+[)\uff09]|\d+[.、．])")


# From the last line end of a blank run only: tried at each "\n" of a run of blank lines,
# "\n\s*" would walk the rest of the run each time.
@only_if("《", "——", pattern=r"\n(?:[^\S\n]|[\x1c-\x1f])*+[及和与暨并]")
def join_broken_title(text: str) -> Iterator[Edit]:
    """A title broken over two lines is joined into one.

    >>> t = "关于印发《六安市卫健委2022年度上半年\\n工作总结及下半年工作安排》的通知\\n各单位："
    >>> [e.start for e in join_broken_title(t)]
    [20]
    >>> list(join_broken_title("一、加强党的建设\\n（一）全面强化党的理论武装。"))
    []
    """
    doc = non_blank(lines(text))
    for first, second in zip(doc, doc[1:]):
        a, b = first.text.strip(), second.text.strip()
        if _broken_title(a, b):
            start = first.start + len(first.text.rstrip())
            end = second.start + len(second.text) - len(second.text.lstrip())
            yield Edit(start, end, text[start:end], "", "title broken across two lines joined")


def _broken_title(a: str, b: str) -> bool:
    if is_prose(a) or is_prose(b) or size(a) + size(b) > 100 or _OUTLINE.match(b):
        return False
    if a.count("《") > a.count("》") and b.count("》") > b.count("《"):
        return True  # the title mark opens on one line and closes on the next
    if a.startswith("——") and b.endswith("会议上") and not a.endswith("上") and size(b) <= 30:
        return True  # a subtitle "——…在…第十四届" / "人民代表大会…会议上"
    return (size(a) <= 40 and size(b) <= 20 and _CONTINUATION.match(b) is not None
            and not _ENDS_WITH_PUNCT.search(a) and not _ENDS_WITH_PUNCT.search(b) and _OUTLINE.match(a) is None)


_OPEN_CLAUSE = regex.compile("[\uff0c\u3001]$")
# "…不负人民重托。二、" / "二、": a heading's marker that the page left on the line before, not a clause.
_MARKER_AT_END = regex.compile("(?:^|[\u3002\uff1b\uff01\uff1f])(?:[一二三四五六七八九十百]{1,3}|[0-9]{1,2})\u3001$")
_STARTS_WITH_PUNCT = regex.compile(r"\p{P}")


@only_if(pattern=r"[\uff0c\u3001](?:[^\S\n]|[\x1c-\x1f])*+\n")  # a line ending on a comma
def join_broken_sentences(text: str) -> Iterator[Edit]:
    """A line that ends inside a sentence (on a comma) is joined with the next one.

    A paragraph never ends on "，" or "、"; the next line is joined unless it opens an
    outline heading.

    >>> from cleaner.edits import apply
    >>> t = "全面落实公立医院党委领导下的院长负责制，\\n扎实开展基层党组织整建提质专项行动。\\n一、总体要求，\\n（一）加强领导。"
    >>> apply(t, list(join_broken_sentences(t)))
    '全面落实公立医院党委领导下的院长负责制，扎实开展基层党组织整建提质专项行动。\\n一、总体要求，\\n（一）加强领导。'
    >>> list(join_broken_sentences("不负人民重托。二、\\n2015年工作总体部署"))
    []
    """
    doc = non_blank(lines(text))
    for first, second in zip(doc, doc[1:]):
        a, b = first.text.strip(), second.text.strip()
        if (_OPEN_CLAUSE.search(a) and not _OUTLINE.match(b) and not _STARTS_WITH_PUNCT.match(b)
                and second.start == first.end + 1 and not _MARKER_AT_END.search(a)):
            yield Edit(first.end, second.start, "\n", "", "sentence broken across two lines joined")


_OPENINGS = "\uff08(\u201c\u2018\u300a\u3010\u3014["
_LONE_OPENING = regex.compile(rf"(?m)^[^\S\n]*+[{_OPENINGS}][^\S\n]*+\n(?=[^\S\n]*+\S)")


@only_if(pattern=_LONE_OPENING.pattern)
def join_lone_opening_marks(text: str) -> Iterator[Edit]:
    """A line holding nothing but an opening bracket or quote belongs to the next line.

    No paragraph is an opening mark alone: the page broke the line right after it, often
    inside an outline marker ("（" / "三）改革开放…").

    >>> from cleaner.edits import apply
    >>> t = "增长11.5%。\\n（\\n三）改革开放持续深化。"
    >>> apply(t, list(join_lone_opening_marks(t)))
    '增长11.5%。\\n（三）改革开放持续深化。'
    >>> list(join_lone_opening_marks("（一）加强领导\\n（二）压实责任"))
    []
    """
    for m in _LONE_OPENING.finditer(text):
        cut = m.end() - 1  # the line end after the mark (with any space before it)
        while cut > m.start() and text[cut - 1] in " \t\u3000":
            cut -= 1
        yield Edit(cut, m.end(), text[cut:m.end()], "", "opening mark alone on a line joined with the next")


_QUOTED = {"\u201c": "\u201d", "\u300a": "\u300b"}
_NEAR = 16  # how far from the break the opening and the closing may stand
_SENTENCE_MARK = regex.compile("[\u3002\uff1b\uff01\uff1f;!?]")
_PUNCT = regex.compile(r"\p{P}")


@only_if("\u201c", "\u300a")
def join_broken_quotations(text: str) -> Iterator[Edit]:
    """A quotation or 《title》 that a page broke over two or three lines is joined.

    The opening stands unclosed within the last few characters of a line and its closing
    within the first few of the next line (or of the one after a short fragment), with no
    sentence end between: one phrase, not two paragraphs. A long title may break farther
    from its marks: a 《 left open on one line and a 》 with no 《 before it on the next
    one, a document's name of at most 60 characters between them with no clause mark
    (，。；：) in it, are one title (each mark explains the other's loss).

    >>> from cleaner.edits import apply
    >>> t = "企业找技术、成果找市场“双向\\n揭榜\\n挂帅”的简称。\\n根据《中华人民共和国\\n安全生产法》等规定。"
    >>> apply(t, list(join_broken_quotations(t)))
    '企业找技术、成果找市场“双向揭榜挂帅”的简称。\\n根据《中华人民共和国安全生产法》等规定。'
    >>> list(join_broken_quotations("他说：“我们要加强领导。\\n“我们要压实责任。”"))
    []
    >>> t = "根据《浙江省人民政府办公厅关于进一步加强\\n安全生产工作的实施意见》要求，制定本方案。"
    >>> apply(t, list(join_broken_quotations(t)))
    '根据《浙江省人民政府办公厅关于进一步加强安全生产工作的实施意见》要求，制定本方案。'
    """
    doc = lines(text)
    k = 0
    while k < len(doc) - 1:
        breaks = _quotation_breaks(doc, k)
        for line in breaks:
            yield Edit(line.end, line.end + 1, "\n", "", "quotation broken across lines joined")
        k += len(breaks) + 1


def _quotation_breaks(doc, k: int) -> list:
    """The lines from ``k`` whose ends fall inside one quotation, if it closes soon after."""
    tail = doc[k].text.rstrip()[-_NEAR:]
    opening = next((c for c in reversed(tail) if c in _QUOTED or c in _QUOTED.values()), None)
    if opening not in _QUOTED or _SENTENCE_MARK.search(tail, tail.rindex(opening)):
        return [doc[k]] if _long_title_break(doc, k) else []
    closing = _QUOTED[opening]
    for n in (1, 2):
        if k + n >= len(doc):
            return []
        part = doc[k + n].text
        if _OUTLINE.match(part):
            return []
        at = part.find(closing, 0, _NEAR)
        if at >= 0:
            inside = part[:at]
            return [] if opening in inside or _SENTENCE_MARK.search(inside) else list(doc[k:k + n])
        if size(part) > _NEAR // 2 or not part.strip() or _PUNCT.search(part):
            return []
    return []


_LONGEST_TITLE = 60  # characters of a document's name (关于…的实施意见 with its issuer)
_NOT_IN_TITLE = regex.compile("[\u3002\uff1b\uff01\uff1f\uff0c\uff1a;!?,:]")
_TITLE_OPEN, _TITLE_CLOSE = "\u300a", "\u300b"


def _long_title_break(doc, k: int) -> bool:
    """Does line ``k`` end inside a 《title》 that the next line closes, however far from the break?

    The last 《 of line ``k`` is never closed on it, the next line's first 》 has no 《 before
    it, and what stands between is short enough and free of clause marks to be one name.
    """
    if k + 1 >= len(doc):
        return False
    first, second = doc[k].text.rstrip(), doc[k + 1].text
    at = first.rfind(_TITLE_OPEN)
    head = first[at + 1:] if at >= 0 else ""
    if not head or len(head) >= _LONGEST_TITLE or _TITLE_CLOSE in head or _PUNCT.match(head[-1]):
        return False
    if _NOT_IN_TITLE.search(head):
        return False
    close = second.find(_TITLE_CLOSE, 0, _LONGEST_TITLE - len(head) + 1)
    rest = second[:close]
    return (close > 0 and _TITLE_OPEN not in rest and not _NOT_IN_TITLE.search(rest) and not _OUTLINE.match(second)
            and not _PUNCT.match(second))


# What an HTML-to-Markdown step (html2text, markdownify, turndown) leaves in a crawled text: a
# heading's hashes at a line's start (## （二）…, ### 二、…), bold marks around words (**（四）**),
# an escaped list point (3\.). No Chinese document writes them; a hashtag (#话题#) closes its #.
_MD_HEADING = regex.compile(r"^#{1,6}+[ \t\u3000]*+(?=[\p{Han}\d(\uff08\u3010\u300a\u201c*])(?!.*#)", regex.M)
_MD_BOLD = regex.compile(r"\*\*(?=[^*\n]*?\p{Han})([^*\n]{1,80}?)\*\*")
_MD_ESCAPED_POINT = regex.compile(r"^([0-9]{1,2})\\(?=\.)", regex.M)


@only_if(pattern=r"(?m)^#|\*\*|^[0-9]{1,2}\\\.")
def strip_markdown_marks(text: str) -> Iterator[Edit]:
    """Markdown marks a crawler's conversion left go: the text and its outline markers stay.

    >>> [(e.old, e.new) for e in strip_markdown_marks("## **（二）**加强领导\\n### 二、任务\\n3\\\\.加强\\n#话题#讨论\\n2**3")]
    [('## ', ''), ('### ', ''), ('**', ''), ('**', ''), ('\\\\', '')]
    """
    for m in _MD_HEADING.finditer(text):
        yield Edit(m.start(), m.end(), m.group(), "", "Markdown heading marks left by a conversion")
    for m in _MD_BOLD.finditer(text):
        yield Edit(m.start(), m.start() + 2, "**", "", "Markdown bold marks left by a conversion")
        yield Edit(m.end() - 2, m.end(), "**", "", "Markdown bold marks left by a conversion")
    for m in _MD_ESCAPED_POINT.finditer(text):
        yield Edit(m.end(1), m.end(), "\\", "", "Markdown escape before a list point left by a conversion")
