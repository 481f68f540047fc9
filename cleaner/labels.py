"""Metadata labels and the shapes of their values, for the metadata rules (read-only helpers).

A page's header or footer writes its fields in many ways: ``发布日期：2021-03-29``,
``【发布日期】2021-03-29``, ``[来源] 市卫健委``, ``信息发布时间:``, several on a line
with ``|`` between them and a widget tail (``【字体：大 中 小】 打印``) after the last.
:func:`parse_line` reads a line made only of such fields; what the value may look like is
decided per field (:func:`value_fits`), so a label never takes a sentence as its value.
"""

from __future__ import annotations

import regex

from cleaner import chars, data
from cleaner.textutil import is_date_only, parse_date

LABELS: dict[str, tuple[str, str]] = {row[0]: (row[1], row[2]) for row in data.table("metadata_labels")}
DATE_FIELDS = frozenset({"publish_date", "written_date"})
_OPEN, _CLOSE = r"【〖［\[〔", r"】〗］\]〕"  # bracket classes (escaped for a character set)
_LABEL = "|".join(r"\s*+".join(map(regex.escape, label)) for label in sorted(LABELS, key=len, reverse=True))
_COLON = f"[:{chars.FULLWIDTH_COLON}]"
# A label as a line's fields write it: bracketed (colon optional), or bare with a colon.
FIELD_LABEL = regex.compile(
    rf"[{_OPEN}]\s*+(?P<label>{_LABEL})\s*+[{_CLOSE}]\s*+(?:{_COLON}\s*+)?|(?P<label2>{_LABEL})\s*+{_COLON}\s*+"
)
# The first label of a line may carry a prefix that names the page or the document
# ("信息发布时间", "文件索引号", "稿件来源"); later ones may not (the prefix would eat the value
# before them). Any other prefix makes it another field: "成绩发布时间", "报名网址" are the
# document's own schedule and links.
_PREFIX = r"(?:信息|文件|网站|新闻|稿件|文章|页面|原文|本文|本页|内容|政务|公文)?"
_LEAD_LABEL = regex.compile(
    rf"[{_OPEN}]\s*+{_PREFIX}(?P<label>{_LABEL})\s*+[{_CLOSE}]\s*+(?:{_COLON}\s*+)?"
    rf"|{_PREFIX}(?P<label2>{_LABEL})\s*+{_COLON}\s*+"
)
# A strong label with no colon, only a space, before a value of a strict shape ("发布日期 2021-03-29").
_BARE_LABEL = regex.compile(rf"(?P<label>{_LABEL})[\s{chars.IDEOGRAPHIC_SPACE}]++(?=\S)")
# What ends a value before the next label: a field separator, or a page widget trailing it.
_VALUE_END = regex.compile(r"\s*+(?:[|｜¦]|【|〖|\[(?!\d)|字体|字号|打印|关闭|分享到?|收藏|纠错)")
_SENTENCE_MARK = regex.compile(f"[{chars.IDEOGRAPHIC_FULL_STOP}{chars.FULLWIDTH_SEMICOLON}{chars.FULLWIDTH_EXCLAMATION}"
                               f"{chars.FULLWIDTH_QUESTION}]")
_PUNCT_ONLY = regex.compile(r"[\p{P}\s]*+")
_INDEX_NUMBER = regex.compile(r"[0-9A-Za-z]{2,}+(?:[-/][0-9A-Za-z]++){1,4}")
DOC_NUMBER = regex.compile(rf"\p{{Han}}{{1,12}}[〔\[［({chars.FULLWIDTH_LEFT_PAREN}]\d{{4}}[〕\]］){chars.FULLWIDTH_RIGHT_PAREN}]"
                           r"\s*+第?\d{1,5}号")
ORG = regex.compile(r"\p{Han}{2,24}(?:局|委|委员会|政府|办公室|办公厅|厅|中心|院|会|部|署|所|站|处|网|组|室|馆|社|台|校|公司)")


def field_of(label: str) -> tuple[str, str]:
    """``(field, strength)`` of a label as written (spaces inside it ignored)."""
    return LABELS[regex.sub(r"\s", "", label)]


def parse_line(line: str) -> list[tuple[str, str]]:
    """The ``(label, value)`` pairs of a line made only of labelled fields, else [].

    >>> parse_line("【发布日期】2021-03-29 【信息来源】 市卫健委")
    [('发布日期', '2021-03-29'), ('信息来源', '市卫健委')]
    >>> parse_line("信息发布时间：2021-03-29 | 来源：市卫健委 | 【字体：大 中 小】 打印")
    [('发布时间', '2021-03-29'), ('来源', '市卫健委')]
    >>> parse_line("请各单位于3月29日前报送。")
    []
    """
    lead = _LEAD_LABEL.match(line)
    if lead is None:
        return _bare(line)
    matches = [lead, *FIELD_LABEL.finditer(line, lead.end())]
    pairs = []
    for m, nxt in zip(matches, matches[1:] + [None]):
        value = line[m.end():nxt.start() if nxt else len(line)]
        cut = _VALUE_END.search(value)
        tail = value[cut.start():] if cut else ""
        value = (value[:cut.start()] if cut else value).strip()
        if _PUNCT_ONLY.fullmatch(value):
            value = ""  # "发布时间:," holds no value (and the comma is collapsed away later)
        if nxt is None and tail and not _is_widget_tail(tail):
            return []  # text after the last value that is neither a field nor a widget
        pairs.append((regex.sub(r"\s", "", m["label"] or m["label2"]), value))
    return pairs


def _is_widget_tail(tail: str) -> bool:
    """What trails the last value: separators, bracketed widget words, short tool words."""
    return len(tail) <= 40 and not _SENTENCE_MARK.search(tail)


def _bare(line: str) -> list[tuple[str, str]]:
    """A strong label followed by a space and a value of a strict shape (a date, an index
    number, a document number, an organisation), alone on the line."""
    m = _BARE_LABEL.match(line)
    if m is None:
        return []
    label = regex.sub(r"\s", "", m["label"])
    field, strength = LABELS[label]
    value = line[m.end():].strip()
    cut = _VALUE_END.search(value)
    value = value[:cut.start()].strip() if cut else value
    return [(label, value)] if strength == "strong" and strict_value(field, value) else []


def strict_value(field: str, value: str) -> bool:
    """Does ``value`` have the one shape ``field`` takes (used where no colon vouches for it)?

    >>> strict_value("publish_date", "2021年3月29日"), strict_value("publisher", "现将有关事项通知如下")
    (True, False)
    """
    if field in DATE_FIELDS:
        return is_date_only(value)
    if field == "index_number":
        return _INDEX_NUMBER.fullmatch(value) is not None
    if field == "doc_number":
        return DOC_NUMBER.fullmatch(value) is not None
    if field == "publisher":
        return ORG.fullmatch(value) is not None
    return False


def normalized(field: str, value: str) -> str:
    """A field's value as recorded: dates in ISO form, inner spaces closed up in a title."""
    if field in DATE_FIELDS:
        return parse_date(value) or value
    return regex.sub(r"\s+", "" if field == "title" else " ", value)
