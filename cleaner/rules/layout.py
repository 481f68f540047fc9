"""Layout: lines that a page broke where the document did not.

Only breaks with unambiguous evidence are joined: a title whose 《 》 closes on the next
line, or a short title line continued by a line that opens with 及 / 和 / 暨. Two real
paragraphs, or a heading and its body, are never joined.
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
    """
    doc = non_blank(lines(text))
    for first, second in zip(doc, doc[1:]):
        a, b = first.text.strip(), second.text.strip()
        if (_OPEN_CLAUSE.search(a) and not _OUTLINE.match(b) and not _STARTS_WITH_PUNCT.match(b)
                and second.start == first.end + 1):
            yield Edit(first.end, second.start, "\n", "", "sentence broken across two lines joined")
