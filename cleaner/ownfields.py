"""The document's own text and fields, told from the page's metadata (for rules/metadata.py).

A page's 信息公开 labels stand before the document opens. After its addressee or lead-in
("各区县统计局：", "现将有关事项通知如下：") or its first sentence, "时间：… 地点：…" lines
are the notice's own; so is a label line beside a labelled line that is no metadata (文件名称 /
文号 / 有效性: a list of the document's files). Read-only helpers.
"""

from __future__ import annotations

import regex

from cleaner import chromecues, labelpairs, labels
from cleaner.docmodel import Line, is_prose, size

# "地点：…", "文件名称：…", "主持人：…": a field of the document's own (a meeting's time and
# place, a list of files with their numbers), not of the page.
_OWN_FIELD = regex.compile(r"^\s*+\p{Han}(?:[^\S\n]{0,4}+\p{Han}){1,5}+[:\uff1a]\s*+\S")  # 地　　点：…


def document_opening(body: list[Line]) -> int:
    """Where the document's own text begins: its addressee or lead-in ("各区县统计局：",
    "现将有关事项通知如下：", a line ending on a colon that is no label) or its first
    sentence. A page's metadata stands before it; "时间：… 地点：…" after it is the notice's."""
    for k, line in enumerate(body):
        stripped = line.text.strip()
        if is_prose(stripped) or (stripped.endswith(("\uff1a", ":")) and size(stripped) <= 60
                                  and not labelpairs.parse(stripped) and _ADDRESSEE.search(stripped[:-1])):
            return k
    return len(body)


# An addressee (各区县卫生健康局, 有关单位, 市直各部门) or a lead-in (通知如下, 以下事项); an empty
# label of a header table ("组配分类：") is neither.
_ADDRESSEE = regex.compile(rf"^(?:各|有关|全[省市县区])|如下$|以下|下列|^{labels.ORG.pattern}$")


def beside_own_fields(body: list[Line], k: int) -> bool:
    """A label line next to a labelled line that is no metadata belongs to the document's own
    list ("时间：5月10日 / 地点：501会议室", "文件名称：… / 文号：… / 有效性：继续有效")."""
    for j in (k - 1, k + 1):
        if 0 <= j < len(body):
            neighbour = body[j].text
            if (_OWN_FIELD.match(neighbour) and not labelpairs.parse(neighbour) and not chromecues.WIDGET_WORD.search(neighbour[:6])
                    and not chromecues.furniture(neighbour)):  # a widget or a counter is the page's, not the document's
                return True
    return False
